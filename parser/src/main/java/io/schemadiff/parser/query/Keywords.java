package io.schemadiff.parser.query;

import java.util.Set;

/**
 * The keyword classes of the server's grammar (src/include/parser/kwlist.h, PostgreSQL 18), as far as a query's
 * names need them: which words may name a column or table unquoted, and which may follow an output column as its
 * name without {@code AS}.
 */
final class Keywords {
    private Keywords() {}

    /** RESERVED_KEYWORD: never a name unquoted (but after {@code AS} and a dot). */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
        "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
        "current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
        "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
        "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading",
        "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing",
        "primary", "references", "returning", "select", "session_user", "some", "symmetric", "system_user",
        "table", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
        "window", "with");

    /** TYPE_FUNC_NAME_KEYWORD: a function or type name, not a column or table name. */
    private static final Set<String> TYPE_FUNC_NAME = Set.of("authorization", "binary", "collation",
        "concurrently", "cross", "current_schema", "freeze", "full", "ilike", "inner", "is", "isnull", "join",
        "left", "like", "natural", "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose");

    /** Keywords that name an output column only after {@code AS} (those not marked BARE_LABEL). */
    private static final Set<String> AS_LABEL = Set.of("array", "as", "char", "character", "create", "day",
        "except", "fetch", "filter", "for", "from", "grant", "group", "having", "hour", "intersect", "into",
        "isnull", "limit", "minute", "month", "notnull", "offset", "on", "order", "over", "overlaps", "precision",
        "returning", "second", "to", "union", "varying", "where", "window", "with", "within", "without", "year");

    /** {@code ColId}: a word that may name a table, column or alias unquoted. */
    static boolean isColId(String word) {
        return !RESERVED.contains(word) && !TYPE_FUNC_NAME.contains(word);
    }

    /** {@code BareColLabel}: a word that may name an output column without {@code AS}. */
    static boolean isBareLabel(String word) {
        return !AS_LABEL.contains(word);
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }
}
