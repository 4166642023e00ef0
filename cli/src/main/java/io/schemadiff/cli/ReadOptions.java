package io.schemadiff.cli;

import io.schemadiff.model.ObjectFilter;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.MigrationFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How schemas are read and which of their objects are compared: the options every comparing command shares. */
final class ReadOptions {
    /** The ignore file found in the working directory when none is named. */
    static final String IGNORE_FILE = ".schemadiffignore";

    @Option(names = "--with-privileges", description = "Also compare owners, GRANT / REVOKE on objects and columns, "
        + "and default privileges (ALTER DEFAULT PRIVILEGES). Without it they are not read.")
    boolean withPrivileges;

    @Option(names = "--role", paramLabel = "ROLE", description = "With --with-privileges: the role that runs the "
        + "schemas' scripts and the migration (postgres, for instance). It owns what no OWNER TO gives away, so "
        + "that a schema without OWNER TO compares equal to its pg_dump. Without it, that owner is not known.")
    String role;

    @Option(names = "--schema", paramLabel = "SCHEMA",
        description = "Compare only this schema (repeatable); the others are taken as they are.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-schema", paramLabel = "SCHEMA",
        description = "Leave this schema out (repeatable): it is taken as it is.")
    List<String> excludedSchemas = new ArrayList<>();

    @Option(names = "--ignore-file", paramLabel = "FILE", description = "Objects to leave out, one pattern a line "
        + "([KIND ]schema.name, * and ** globs, ! to take back; see README). Default: " + IGNORE_FILE
        + " in the working directory, if there is one.")
    Path ignoreFile;

    @Option(names = "--migrations-format", paramLabel = "LAYOUT", converter = MigrationsOption.class,
        completionCandidates = MigrationsOption.class, description = MigrationsOption.DESCRIPTION)
    MigrationFormat migrationsFormat;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "Rename instead of dropping and creating "
        + "(repeatable): OLD the object's whole name in FROM (public.audit_log, public.orders.note, "
        + "public.mood.happy for an enum label, public.f(integer)), NEW its new name alone. A comment "
        + "'-- schemadiff: renamed from OLD' on the object's line in TO says the same.")
    List<String> renames = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Do not report statements that are not modeled (warnings); "
        + "errors and refusals are still reported.")
    boolean quiet;

    /** The layout a folder of migrations is read in; empty: told from its files. */
    Optional<MigrationFormat> layout() {
        return Optional.ofNullable(migrationsFormat);
    }

    /** The filter these options describe, reading the ignore file; an input error when it cannot be read. */
    ObjectFilter filter(Path workDir) {
        List<String> patterns = List.of();
        Path file = ignoreFile != null ? workDir.resolve(ignoreFile) : workDir.resolve(IGNORE_FILE);
        if (ignoreFile != null || Files.isRegularFile(file)) {
            try {
                patterns = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputError("cannot read ignore file " + file + ": " + e.getMessage());
            }
        }
        try {
            return ObjectFilter.of(schemas, excludedSchemas, patterns);
        } catch (IllegalArgumentException e) {
            throw new InputError(file + ": " + e.getMessage());
        }
    }
}
