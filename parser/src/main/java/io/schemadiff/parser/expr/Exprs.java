package io.schemadiff.parser.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Rewriting expression trees. */
public final class Exprs {
    private Exprs() {}

    /**
     * The expression with every reference to column {@code from} of table {@code table} (written {@code from} or
     * {@code table.from}) renamed to {@code to}. Subqueries are left alone.
     */
    public static Expr renameColumn(Expr e, String table, String from, String to) {
        return map(e, x -> {
            if (x instanceof Expr.ColumnRef r && !r.star() && !r.names().isEmpty()
                && r.names().get(r.names().size() - 1).equals(from)
                && (r.names().size() == 1 || r.names().get(r.names().size() - 2).equals(table))) {
                List<String> n = new ArrayList<>(r.names());
                n.set(n.size() - 1, to);
                return new Expr.ColumnRef(n, false);
            }
            return x;
        });
    }

    /**
     * How deep the tree is (a leaf is 1), found without recursion: what walks it recursively (printing, rewriting)
     * needs that much stack.
     */
    public static int depth(Expr root) {
        int max = 0;
        ArrayDeque<Expr> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Expr e = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Expr child : children(e)) {
                nodes.push(child);
                depths.push(d + 1);
            }
        }
        return max;
    }

    /** The expressions directly under {@code e}: its operands, arguments, sort keys, window and filter. */
    public static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.TypeCast x) {
            out.add(x.arg());
        } else if (e instanceof Expr.Prefix x) {
            out.add(x.arg());
        } else if (e instanceof Expr.Binary x) {
            out.add(x.left());
            out.add(x.right());
        } else if (e instanceof Expr.BoolExpr x) {
            out.addAll(x.args());
        } else if (e instanceof Expr.ArrayCompare x) {
            out.add(x.left());
            out.add(x.right());
        } else if (e instanceof Expr.IsTest x) {
            out.add(x.arg());
            x.other().ifPresent(out::add);
        } else if (e instanceof Expr.Case x) {
            x.arg().ifPresent(out::add);
            out.addAll(x.whens());
            out.addAll(x.thens());
            x.otherwise().ifPresent(out::add);
        } else if (e instanceof Expr.ArrayExpr x) {
            out.addAll(x.elements());
        } else if (e instanceof Expr.Row x) {
            out.addAll(x.fields());
        } else if (e instanceof Expr.Indirection x) {
            out.add(x.arg());
        } else if (e instanceof Expr.Collate x) {
            out.add(x.arg());
        } else if (e instanceof Expr.Between x) {
            out.add(x.arg());
            out.add(x.low());
            out.add(x.high());
        } else if (e instanceof Expr.SubLink x) {
            x.test().ifPresent(out::add);
        } else if (e instanceof Expr.FuncCall x) {
            out.addAll(x.args());
            x.orderBy().forEach(s -> out.add(s.expr()));
            x.filter().ifPresent(out::add);
            x.over().ifPresent(w -> {
                out.addAll(w.partitionBy());
                w.orderBy().forEach(s -> out.add(s.expr()));
            });
        }
        return out;
    }

    /** Applies {@code f} bottom-up to every node. */
    public static Expr map(Expr e, UnaryOperator<Expr> f) {
        Expr out;
        if (e instanceof Expr.TypeCast x) {
            out = new Expr.TypeCast(map(x.arg(), f), x.type());
        } else if (e instanceof Expr.Prefix x) {
            out = new Expr.Prefix(x.op(), map(x.arg(), f));
        } else if (e instanceof Expr.Binary x) {
            out = new Expr.Binary(x.op(), map(x.left(), f), map(x.right(), f));
        } else if (e instanceof Expr.BoolExpr x) {
            out = new Expr.BoolExpr(x.op(), all(x.args(), f));
        } else if (e instanceof Expr.ArrayCompare x) {
            out = new Expr.ArrayCompare(x.op(), x.any(), map(x.left(), f), map(x.right(), f));
        } else if (e instanceof Expr.IsTest x) {
            out = new Expr.IsTest(map(x.arg(), f), x.not(), x.what(), x.other().map(o -> map(o, f)));
        } else if (e instanceof Expr.Case x) {
            out = new Expr.Case(x.arg().map(a -> map(a, f)), all(x.whens(), f), all(x.thens(), f),
                x.otherwise().map(o -> map(o, f)));
        } else if (e instanceof Expr.ArrayExpr x) {
            out = new Expr.ArrayExpr(all(x.elements(), f));
        } else if (e instanceof Expr.Row x) {
            out = new Expr.Row(all(x.fields(), f), x.explicit());
        } else if (e instanceof Expr.Indirection x) {
            out = new Expr.Indirection(map(x.arg(), f), x.canonicalSuffix());
        } else if (e instanceof Expr.Collate x) {
            out = new Expr.Collate(map(x.arg(), f), x.collation());
        } else if (e instanceof Expr.Between x) {
            out = new Expr.Between(map(x.arg(), f), x.not(), x.symmetric(), map(x.low(), f), map(x.high(), f));
        } else if (e instanceof Expr.SubLink x) {
            out = new Expr.SubLink(x.kind(), x.test().map(t -> map(t, f)), x.op(), x.subquery());
        } else if (e instanceof Expr.FuncCall x) {
            List<Expr.Sort> order = new ArrayList<>();
            for (Expr.Sort s : x.orderBy()) {
                order.add(new Expr.Sort(map(s.expr(), f), s.descending(), s.nullsFirst(), s.using()));
            }
            Optional<Expr.Window> over = x.over().map(w -> {
                List<Expr.Sort> wo = new ArrayList<>();
                for (Expr.Sort s : w.orderBy()) {
                    wo.add(new Expr.Sort(map(s.expr(), f), s.descending(), s.nullsFirst(), s.using()));
                }
                return new Expr.Window(w.name(), all(w.partitionBy(), f), wo, w.frame());
            });
            out = new Expr.FuncCall(x.name(), all(x.args(), f), x.argNames(), x.star(), x.distinct(), x.variadic(),
                order, x.withinGroup(), x.filter().map(g -> map(g, f)), over);
        } else {
            out = e;
        }
        return f.apply(out);
    }

    private static List<Expr> all(List<Expr> items, UnaryOperator<Expr> f) {
        List<Expr> out = new ArrayList<>(items.size());
        for (Expr e : items) {
            out.add(map(e, f));
        }
        return out;
    }
}
