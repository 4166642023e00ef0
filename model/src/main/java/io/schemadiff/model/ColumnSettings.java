package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A column's planner and storage settings ({@code ALTER COLUMN … SET STATISTICS | STORAGE | COMPRESSION | (…)}),
 * each at its default unless set: pg_dump writes them only then.
 *
 * @param statistics  the statistics target, -1 for the default
 * @param storage     PLAIN, EXTERNAL, EXTENDED or MAIN when it is not the type's default
 * @param compression {@code pglz} or {@code lz4}; empty for the server's default
 * @param options     attribute options ({@code n_distinct=100}), sorted
 */
public record ColumnSettings(int statistics, Optional<String> storage, Optional<String> compression,
                             List<String> options) {
    public static final ColumnSettings NONE = new ColumnSettings(-1, Optional.empty(), Optional.empty(), List.of());

    public ColumnSettings {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(compression, "compression");
        options = List.copyOf(options);
    }

    public boolean isDefault() {
        return equals(NONE);
    }

    public ColumnSettings withStatistics(int s) {
        return new ColumnSettings(s, storage, compression, options);
    }

    public ColumnSettings withStorage(Optional<String> s) {
        return new ColumnSettings(statistics, s, compression, options);
    }

    public ColumnSettings withCompression(Optional<String> c) {
        return new ColumnSettings(statistics, storage, c, options);
    }

    public ColumnSettings withOptions(List<String> o) {
        return new ColumnSettings(statistics, storage, compression, o);
    }

    /** Built-in types whose storage is MAIN (pg_type.typstorage 'm'). */
    private static final Set<String> MAIN = Set.of("numeric", "inet", "cidr");
    /** Built-in types whose storage is EXTENDED ('x'); the rest are PLAIN. */
    private static final Set<String> EXTENDED = Set.of("text", "character varying", "character", "bpchar", "bit",
        "bit varying", "bytea", "json", "jsonb", "jsonpath", "xml", "tsvector", "path", "polygon", "refcursor",
        "txid_snapshot", "pg_snapshot", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
        "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange");

    /**
     * A built-in type's default storage (arrays are EXTENDED); empty for a type of the user's or an extension's,
     * which the catalog alone does not tell.
     */
    public static Optional<String> defaultStorage(DataType t) {
        if (t.array()) {
            return Optional.of("EXTENDED");
        }
        if (!t.isBuiltin()) {
            return Optional.empty();
        }
        String n = t.name();
        if (n.startsWith("character varying") || n.startsWith("bit varying")) {
            return Optional.of("EXTENDED");
        }
        return Optional.of(MAIN.contains(n) ? "MAIN" : EXTENDED.contains(n) ? "EXTENDED" : "PLAIN");
    }
}
