package io.schemadiff.differ.fuzz;

import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * Inputs at the edges: nested deep (parentheses, brackets, CASE, operators, subqueries, DO blocks, comments), wide
 * (columns, lists, statements, branches) and long (names, strings, comments, lines). Each form takes a size; what
 * the reader must do with each, whatever the size, is finish in time with a model or an error at a place.
 */
enum Pathological {
    PARENS(d -> column("int DEFAULT " + "(".repeat(d) + "1" + ")".repeat(d))),
    BRACKETS(d -> column("int[] DEFAULT " + "ARRAY[".repeat(d) + "1" + "]".repeat(d))),
    CASES(d -> column("int DEFAULT " + "CASE WHEN true THEN ".repeat(d) + "1" + " END".repeat(d))),
    UNARY(d -> column("int DEFAULT " + "- ".repeat(d) + "1")),
    NOTS(d -> "CREATE TABLE t (a bool CHECK (" + "NOT ".repeat(d) + "a));"),
    CALLS(d -> column("int DEFAULT " + "abs(".repeat(d) + "1" + ")".repeat(d))),
    SUBSTRINGS(d -> column("text DEFAULT " + "substring(".repeat(d) + "'x'" + ", 1)".repeat(d))),
    CASTS(d -> column("int DEFAULT 1" + "::int".repeat(d))),
    PLUS_CHAIN(d -> column("int DEFAULT 1" + " + 1".repeat(d))),
    CONCAT_CHAIN(d -> column("text DEFAULT 'a'" + " || 'a'".repeat(d))),
    MIXED_CHAIN(d -> "CREATE TABLE t (a int CHECK (" + "(".repeat(d / 2) + "a" + " + a".repeat(d / 2)
        + ")".repeat(d / 2) + " * a".repeat(d / 2) + " > 0));"),
    AND_CHAIN(d -> "CREATE TABLE t (a bool CHECK (a" + " AND a".repeat(d) + " OR a" + " OR NOT a".repeat(d) + "));"),
    VIEW_SUBQUERIES(d -> "CREATE VIEW v AS SELECT " + "(SELECT ".repeat(d) + "1" + ")".repeat(d) + " AS x;"),
    FROM_SUBQUERIES(d -> "CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT * FROM " + "(SELECT * FROM ".repeat(d) + "t"
        + ") s".repeat(d) + ";"),
    VIEW_PARENS(d -> "CREATE TABLE t (a int);\nCREATE VIEW v AS " + "(".repeat(d) + "SELECT a FROM t" + ")".repeat(d)
        + ";"),
    UNION_CHAIN(d -> "CREATE VIEW v AS SELECT 1 AS a" + " UNION ALL SELECT 1".repeat(d) + ";"),
    JOIN_CHAIN(d -> "CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT t0.a FROM t t0" + join(d) + ";"),
    INDEX_EXPRESSION(d -> "CREATE TABLE t (a int);\nCREATE INDEX ON t ((" + "(".repeat(d) + "a" + " + 1)".repeat(d)
        + "));"),
    DO_BLOCKS(d -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d; i++) {
            sb.append("DO $b").append(i).append("$ BEGIN ");
        }
        sb.append("CREATE TABLE u (a int);");
        for (int i = d - 1; i >= 0; i--) {
            sb.append(" END $b").append(i).append("$;");
        }
        return sb.toString();
    }),
    NESTED_COMMENTS(d -> "/*".repeat(d) + " x " + "*/".repeat(d) + "\nCREATE TABLE t (a int);"),
    ARRAY_TYPE(d -> column("int" + "[]".repeat(d))),
    COLUMNS(w -> {
        StringJoiner j = new StringJoiner(", ", "CREATE TABLE t (", ");");
        for (int i = 0; i < w; i++) {
            j.add("c" + i + " int DEFAULT " + i);
        }
        return j.toString();
    }),
    IN_LIST(w -> "CREATE TABLE t (a int CHECK (a IN (" + "1, ".repeat(w) + "2)));"),
    VALUES_ROWS(w -> "CREATE VIEW v AS VALUES " + "(1, 'a'), ".repeat(w) + "(2, 'b');"),
    ENUM_LABELS(w -> {
        StringJoiner j = new StringJoiner(", ", "CREATE TYPE e AS ENUM (", ");");
        for (int i = 0; i < w; i++) {
            j.add("'l" + i + "'");
        }
        return j.toString();
    }),
    STATEMENTS(w -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w; i++) {
            sb.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY").append(i > 0 ? ", p int REFERENCES t"
                + (i - 1) : "").append(");\n");
        }
        return sb.toString();
    }),
    SEMICOLONS(w -> ";".repeat(w) + "CREATE TABLE t (a int);" + "\n;".repeat(w)),
    ARGUMENTS(w -> column("text DEFAULT concat(" + "'a', ".repeat(w) + "'b')")),
    LONG_NAME(l -> "CREATE TABLE " + "t".repeat(l) + " (a int);\nCREATE TABLE \"" + "q".repeat(l) + "\" (a int);"),
    LONG_STRING(l -> "CREATE TABLE t (a text DEFAULT '" + "x".repeat(l) + "');\nCOMMENT ON TABLE t IS $$" + "y".repeat(l)
        + "$$;"),
    LONG_COMMENT(l -> "-- " + "c".repeat(l) + "\n/* " + "d".repeat(l) + " */\nCREATE TABLE t (a int);"),
    LONG_NUMBER(l -> column("numeric DEFAULT " + "9".repeat(l) + "." + "9".repeat(l))),
    LONG_LINE(l -> "CREATE TABLE t (a int);" + " ".repeat(l) + "CREATE TABLE u (a int);"),
    UNCLOSED(l -> "CREATE TABLE t (a int DEFAULT (" + "1 + ".repeat(l) + "1;\nCREATE TABLE u (b int);\n");

    private final IntFunction<String> sql;

    Pathological(IntFunction<String> sql) {
        this.sql = sql;
    }

    String sql(int size) {
        return sql.apply(size);
    }

    private static String column(String definition) {
        return "CREATE TABLE t (a " + definition + ");";
    }

    private static String join(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(" JOIN t t").append(i).append(" ON t").append(i).append(".a = t").append(i - 1).append(".a");
        }
        return sb.toString();
    }
}
