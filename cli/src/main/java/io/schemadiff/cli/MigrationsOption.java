package io.schemadiff.cli;

import io.schemadiff.parser.source.MigrationFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code --migrations-format LAYOUT}: how a folder is read. {@code auto} (the default, and a null field) tells the
 * layout from the folder's files.
 */
final class MigrationsOption implements CommandLine.ITypeConverter<MigrationFormat>, Iterable<String> {
    static final String DESCRIPTION = "How a folder of migrations is read: ${COMPLETION-CANDIDATES}; auto (the "
        + "default) tells it from the folder's files (sqitch.plan, V1__x.sql, 1_x.up.sql, -- +goose Up, …).";

    @Override
    public MigrationFormat convert(String value) {
        if (value.equals("auto")) {
            return null;
        }
        return MigrationFormat.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
            "unknown layout '" + value + "' (auto, " + MigrationFormat.names() + ")"));
    }

    /** The names picocli lists as candidates. */
    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>(List.of("auto"));
        for (MigrationFormat f : MigrationFormat.values()) {
            names.add(f.cliName());
        }
        return names.iterator();
    }
}
