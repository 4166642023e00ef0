package io.schemadiff.model;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * PostgreSQL's rules for identifiers: when one must be quoted, how long one may be.
 * The single quoting helper of the project: every identifier written anywhere goes through {@link #quote}.
 */
public final class Identifiers {
    private Identifiers() {}

    /** NAMEDATALEN - 1: the server truncates longer identifiers to this many bytes. */
    public static final int MAX_BYTES = 63;

    /**
     * Keywords that quote_ident() quotes: every keyword that is not UNRESERVED_KEYWORD in
     * src/include/parser/kwlist.h (PostgreSQL 18: reserved, type/function-name and column-name keywords).
     */
    private static final Set<String> NON_UNRESERVED = Set.of(
        // RESERVED_KEYWORD
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
        "unique", "user", "using", "variadic", "when", "where", "window", "with",
        // TYPE_FUNC_NAME_KEYWORD
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
        "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
        "right", "similar", "tablesample", "verbose",
        // COL_NAME_KEYWORD
        "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
        "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "json_array",
        "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar",
        "json_serialize", "json_table", "json_value", "least", "merge_action", "national", "nchar", "none",
        "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row", "setof",
        "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes",
        "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
        "xmlserialize", "xmltable");

    /** Keywords that cannot be used as a column name or alias without quoting (RESERVED_KEYWORD only). */
    private static final Set<String> RESERVED = Set.of(
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
        "unique", "user", "using", "variadic", "when", "where", "window", "with");

    /** True when {@code word} (already lower case) is a RESERVED_KEYWORD. */
    public static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    /** True when quote_ident() would quote this keyword. */
    public static boolean isNonUnreservedKeyword(String word) {
        return NON_UNRESERVED.contains(word);
    }

    /** quote_ident(): the identifier as PostgreSQL prints it, quoted only when it must be. */
    public static String quote(String ident) {
        if (!needsQuotes(ident)) {
            return ident;
        }
        StringBuilder sb = new StringBuilder(ident.length() + 2).append('"');
        for (int i = 0; i < ident.length(); i++) {
            char c = ident.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String qualify(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    private static boolean needsQuotes(String ident) {
        if (ident.isEmpty()) {
            return true;
        }
        char first = ident.charAt(0);
        if (!((first >= 'a' && first <= 'z') || first == '_')) {
            return true;
        }
        for (int i = 1; i < ident.length(); i++) {
            char c = ident.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return true;
            }
        }
        return NON_UNRESERVED.contains(ident);
    }

    /** The identifier as the server stores it: cut to {@link #MAX_BYTES} bytes of UTF-8 on a character boundary. */
    public static String truncate(String ident) {
        if (ident.length() <= MAX_BYTES / 4) {
            return ident; // cannot exceed 63 bytes
        }
        byte[] bytes = ident.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return ident;
        }
        int bytesSoFar = 0;
        int i = 0;
        while (i < ident.length()) {
            int cp = ident.codePointAt(i);
            int len = utf8Length(cp);
            if (bytesSoFar + len > MAX_BYTES) {
                break;
            }
            bytesSoFar += len;
            i += Character.charCount(cp);
        }
        return ident.substring(0, i);
    }

    /** Length of {@code s} in UTF-8 bytes. */
    public static int byteLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += utf8Length(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The longest prefix of {@code s} that fits in {@code maxBytes} bytes of UTF-8. */
    public static String clipBytes(String s, int maxBytes) {
        int bytesSoFar = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = utf8Length(cp);
            if (bytesSoFar + len > maxBytes) {
                break;
            }
            bytesSoFar += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /**
     * makeObjectName() of PostgreSQL's indexcmds.c: {@code name1_name2_label}, where the longer of the two
     * names is shortened first until the whole fits in 63 bytes. Used for every default name the server chooses.
     */
    public static String makeObjectName(String name1, String name2, String label) {
        int overhead = 0;
        int name1chars = byteLength(name1);
        int name2chars = 0;
        if (name2 != null) {
            name2chars = byteLength(name2);
            overhead++;
        }
        if (label != null) {
            overhead += byteLength(label) + 1;
        }
        int avail = MAX_BYTES - overhead;
        while (name1chars + name2chars > avail) {
            if (name1chars > name2chars) {
                name1chars--;
            } else {
                name2chars--;
            }
        }
        StringBuilder sb = new StringBuilder(clipBytes(name1, name1chars));
        if (name2 != null) {
            sb.append('_').append(clipBytes(name2, name2chars));
        }
        if (label != null) {
            sb.append('_').append(label);
        }
        return sb.toString();
    }

    /** A string constant as PostgreSQL's quote_literal writes it (E'' form when it holds a backslash). */
    public static String literal(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2);
        boolean backslash = value.indexOf('\\') >= 0;
        if (backslash) {
            sb.append('E');
        }
        sb.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || (backslash && c == '\\')) {
                sb.append(c);
            }
            sb.append(c);
        }
        return sb.append('\'').toString();
    }
}
