package io.schemadiff.parser.interp;

import io.schemadiff.parser.expr.Expr;

/** FigureIndexColname(): the name an index expression contributes to the index's default name. */
final class IndexNames {
    private IndexNames() {}

    static String figureColname(Expr e) {
        String n = figure(e);
        return n == null ? "expr" : n;
    }

    private static String figure(Expr e) {
        if (e instanceof Expr.ColumnRef r) {
            return r.star() ? null : r.names().get(r.names().size() - 1);
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
