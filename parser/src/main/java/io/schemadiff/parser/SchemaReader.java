package io.schemadiff.parser;

import io.schemadiff.model.Catalog;
import io.schemadiff.parser.ddl.DdlParser;
import io.schemadiff.parser.interp.Interpreter;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading half of the library: SQL sources in, a normalized {@link Catalog} out.
 *
 * <pre>
 * SchemaReader.Result r = SchemaReader.read(Sources.open("db/schema.sql"));
 * Catalog catalog = r.catalog();
 * </pre>
 *
 * Sources are replayed in order into one catalog, as psql would run them one after the other into one database.
 * Bad input throws {@link InputError}; statements the model does not hold yet become {@link Warning}s.
 */
public final class SchemaReader {
    private SchemaReader() {}

    public record Result(Catalog catalog, List<Warning> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    public static Result read(List<Source> sources) {
        Interpreter interpreter = new Interpreter();
        for (Source source : sources) {
            StatementSplitter.each(source, st -> interpreter.apply(source, DdlParser.parse(st)));
        }
        return new Result(interpreter.catalog(), new ArrayList<>(interpreter.warnings()));
    }

    /** Reads SQL text given directly (tests, the library's users). */
    public static Result read(String name, String sql) {
        return read(List.of(new Source(name, sql)));
    }

    /** Opens and reads what a user names: a file, a folder, {@code -}, or {@code REV:path}. */
    public static Result read(String spec) {
        return read(Sources.open(spec));
    }
}
