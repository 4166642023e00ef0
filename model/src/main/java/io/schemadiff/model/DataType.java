package io.schemadiff.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A column or cast type in PostgreSQL's canonical spelling (what format_type() prints).
 *
 * @param schema the type's schema; empty for built-in types, which are printed unqualified
 * @param name   canonical name, e.g. {@code character varying}, {@code timestamp with time zone},
 *               {@code interval day to second}
 * @param typmod the modifier as written after the name, e.g. {@code (100)}, {@code (10,2)}; empty when none
 * @param array  whether it is an array; the server ignores declared dimensions and sizes
 */
public record DataType(String schema, String name, String typmod, boolean array) {

    public DataType {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typmod, "typmod");
    }

    public static DataType builtin(String name) {
        return new DataType("", name, "", false);
    }

    public static DataType builtin(String name, String typmod) {
        return new DataType("", name, typmod, false);
    }

    public static DataType user(QualifiedName name) {
        return new DataType(name.schema(), name.name(), "", false);
    }

    public DataType asArray() {
        return new DataType(schema, name, typmod, true);
    }

    public DataType elementType() {
        return new DataType(schema, name, typmod, false);
    }

    public DataType withTypmod(String mod) {
        return new DataType(schema, name, mod, array);
    }

    public boolean isBuiltin() {
        return schema.isEmpty();
    }

    /** The qualified name of a user-defined (or extension) type; empty for built-ins. */
    public Optional<QualifiedName> userType() {
        return isBuiltin() ? Optional.empty() : Optional.of(new QualifiedName(schema, name));
    }

    /** The type as format_type() prints it, schema-qualified when not built in. */
    public String sql() {
        StringBuilder sb = new StringBuilder();
        if (!isBuiltin()) {
            sb.append(Identifiers.qualify(schema, name)).append(typmod);
        } else if (!typmod.isEmpty() && (name.startsWith("timestamp ") || name.startsWith("time "))) {
            int sp = name.indexOf(' ');
            sb.append(name, 0, sp).append(typmod).append(name, sp, name.length());
        } else if (name.equals("\"char\"") || QUOTED_BUILTINS.contains(name) || name.indexOf(' ') > 0
            || BUILTIN_NAMES.contains(name)) {
            sb.append(name).append(typmod);
        } else {
            sb.append(Identifiers.quote(name)).append(typmod);
        }
        if (array) {
            sb.append("[]");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return sql();
    }

    private static final Set<String> QUOTED_BUILTINS = Set.of("\"char\"", "\"bit\"");

    /**
     * Aliases the grammar accepts for built-in types, mapped to the canonical name format_type() prints.
     * Names with a length default (char, bit) are handled by the parser, which knows whether a typmod was given.
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
        Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
        Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
        Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
        Map.entry("float4", "real"), Map.entry("real", "real"),
        Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
        Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("numeric", "numeric"),
        Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
        Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
        Map.entry("char varying", "character varying"), Map.entry("national character varying", "character varying"),
        Map.entry("national char varying", "character varying"), Map.entry("nchar varying", "character varying"),
        Map.entry("bpchar", "bpchar"),
        Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
        Map.entry("timestamp", "timestamp without time zone"),
        Map.entry("timestamp without time zone", "timestamp without time zone"),
        Map.entry("timestamptz", "timestamp with time zone"),
        Map.entry("timestamp with time zone", "timestamp with time zone"),
        Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
        Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"));

    /** Built-in type names that pg_catalog holds and format_type() prints unqualified as they are. */
    private static final Set<String> BUILTIN_NAMES = Set.of(
        "integer", "smallint", "bigint", "real", "double precision", "numeric", "boolean", "character varying",
        "character", "bpchar", "bit", "bit varying", "timestamp without time zone", "timestamp with time zone",
        "time without time zone", "time with time zone", "date", "interval", "text", "name", "bytea", "uuid",
        "json", "jsonb", "jsonpath", "xml", "inet", "cidr", "macaddr", "macaddr8", "money", "point", "line", "lseg",
        "box", "path", "polygon", "circle", "tsvector", "tsquery", "oid", "regclass", "regproc", "regprocedure",
        "regoper", "regoperator", "regtype", "regconfig", "regdictionary", "regnamespace", "regrole",
        "regcollation", "xid", "xid8", "cid", "tid", "oidvector", "int2vector", "pg_lsn", "pg_snapshot",
        "txid_snapshot", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
        "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
        "record", "void", "trigger", "event_trigger", "cstring", "internal", "anyelement", "anyarray",
        "anynonarray", "anyenum", "anyrange", "anymultirange", "anycompatible", "anycompatiblearray",
        "anycompatiblenonarray", "anycompatiblerange", "anycompatiblemultirange", "language_handler",
        "fdw_handler", "index_am_handler", "tsm_handler", "table_am_handler", "unknown", "aclitem", "refcursor",
        "gtsvector", "pg_node_tree", "pg_ndistinct", "pg_dependencies", "pg_mcv_list", "pg_ddl_command",
        "pg_brin_bloom_summary", "pg_brin_minmax_multi_summary", "\"char\"");

    /**
     * The canonical name of a built-in type written as {@code spelled} (lower case, words separated by one
     * space), or empty when it is not a built-in type name.
     */
    public static Optional<String> canonicalBuiltin(String spelled) {
        String alias = ALIASES.get(spelled);
        if (alias != null) {
            return Optional.of(alias);
        }
        if (BUILTIN_NAMES.contains(spelled)) {
            return Optional.of(spelled);
        }
        if (spelled.startsWith("interval ")) {
            return Optional.of(spelled);
        }
        return Optional.empty();
    }

    /** Types whose values are strings (the "string category"): relabelled to text by the server freely. */
    public boolean isStringLike() {
        return isBuiltin() && !array && (name.equals("text") || name.equals("character varying")
            || name.equals("character") || name.equals("bpchar") || name.equals("name"));
    }
}
