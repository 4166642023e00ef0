package io.schemadiff.parser.expr;

/**
 * The names the server gives an expression that has none (FigureColnameInternal()): an output column of a query
 * ({@code ?column?} when nothing better), an index key in the index's default name ({@code expr}).
 */
public final class ColumnNames {
    private ColumnNames() {}

    /** FigureColname(): the name of a query's output column written without an alias. */
    public static String forOutput(Expr e) {
        String n = figure(e);
        return n == null ? "?column?" : n;
    }

    /** FigureIndexColname(): the name an index expression contributes to the index's default name. */
    public static String forIndex(Expr e) {
        String n = figure(e);
        return n == null ? "expr" : n;
    }

    private static String figure(Expr e) {
        if (e instanceof Expr.ColumnRef r) {
            // the last field name, a trailing * aside
            return r.names().isEmpty() ? null : r.names().get(r.names().size() - 1);
        }
        if (e instanceof Expr.FuncCall f) {
            return switch (f.name().get(f.name().size() - 1)) {
                // rewritten from special syntax: the server's raw tree had no function name there
                case "timezone", "like_escape", "similar_to_escape" -> null;
                default -> f.name().get(f.name().size() - 1);
            };
        }
        if (e instanceof Expr.TypeCast tc) {
            String n = figure(tc.arg());
            return n != null ? n : tc.type().lastName().contains(" ") ? null : tc.type().lastName();
        }
        if (e instanceof Expr.Collate c) {
            return figure(c.arg());
        }
        if (e instanceof Expr.Case) {
            return "case";
        }
        if (e instanceof Expr.ArrayExpr) {
            return "array";
        }
        if (e instanceof Expr.Row) {
            return "row";
        }
        if (e instanceof Expr.SqlValue v) {
            return v.name();
        }
        if (e instanceof Expr.Indirection i) {
            String suffix = i.canonicalSuffix();
            int dot = suffix.lastIndexOf('.');
            if (dot >= 0 && !suffix.endsWith("]") && !suffix.endsWith("*")) {
                return suffix.substring(dot + 1).replace("\"", "");
            }
            return figure(i.arg());
        }
        if (e instanceof Expr.SubLink s) {
            return switch (s.kind()) {
                case "EXISTS" -> "exists";
                case "ARRAY" -> "array";
                default -> null;
            };
        }
        return null;
    }
}
