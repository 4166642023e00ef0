package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.IndexElem;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Partition keys and bounds in canonical form. A bound's values are compared as the server stores them: constants
 * of the key columns' types (so {@code ('1')} and {@code (1)} are one bound for an integer key, and a timestamptz
 * bound written with another UTC offset is the same instant).
 */
final class Partitions {
    private Partitions() {}

    /** {@code RANGE (a, lower(b) COLLATE "C" text_pattern_ops)}: strategy upper case, keys canonical. */
    static Expression key(Ddl.PartitionKey k, TableState t, Resolver resolver, Set<ObjectId> refs, List<String> path) {
        List<String> parts = new ArrayList<>();
        for (IndexElem el : k.elems()) {
            StringBuilder sb = new StringBuilder();
            if (el.column().isPresent()) {
                String col = el.column().get();
                if (!t.columns.containsKey(col)) {
                    throw new IllegalArgumentException("column \"" + col + "\" named in partition key does not exist");
                }
                refs.add(ObjectId.column(t.name, col));
                sb.append(Identifiers.quote(col));
            } else {
                Canonicalizer can = resolver.canonicalizer(t, refs, null);
                sb.append('(').append(can.canonical(el.expression().get().expr())).append(')');
            }
            el.collation().flatMap(c -> resolver.collation(c.parts())).ifPresent(c -> sb.append(" COLLATE ").append(c.sql()));
            el.opclass().ifPresent(o -> sb.append(' ').append(resolver.opclass(o)));
            parts.add(sb.toString());
        }
        String canonical = k.strategy().toUpperCase(Locale.ROOT) + " (" + String.join(", ", parts) + ")";
        return new Expression(k.text(), canonical, path);
    }

    /** The key columns' types, in key order; null for an expression key. */
    static List<DataType> keyTypes(Ddl.PartitionKey k, TableState parent) {
        List<DataType> out = new ArrayList<>();
        for (IndexElem el : k.elems()) {
            Column c = el.column().map(parent.columns::get).orElse(null);
            out.add(c == null ? null : c.type());
        }
        return out;
    }

    static Expression bound(Ddl.PartitionBound b, List<DataType> keyTypes, List<String> path) {
        String canonical = switch (b.kind()) {
            case "default" -> "DEFAULT";
            case "hash" -> "FOR VALUES WITH (modulus " + b.modulus() + ", remainder " + b.remainder() + ")";
            case "in" -> {
                List<String> vs = new ArrayList<>();
                DataType t = keyTypes.isEmpty() ? null : keyTypes.get(0);
                for (ExprText e : b.values()) {
                    vs.add(value(e.expr(), t));
                }
                yield "FOR VALUES IN (" + String.join(", ", vs) + ")";
            }
            default -> {
                List<String> from = new ArrayList<>();
                List<String> to = new ArrayList<>();
                for (int i = 0; i < b.values().size(); i++) {
                    int pos = i < b.split() ? i : i - b.split();
                    DataType t = pos < keyTypes.size() ? keyTypes.get(pos) : null;
                    (i < b.split() ? from : to).add(value(b.values().get(i).expr(), t));
                }
                yield "FOR VALUES FROM (" + String.join(", ", from) + ") TO (" + String.join(", ", to) + ")";
            }
        };
        return new Expression(b.text(), canonical, path);
    }

    private static String value(Expr e, DataType type) {
        Expr x = e;
        while (x instanceof Expr.TypeCast tc) {
            x = tc.arg();
        }
        if (x instanceof Expr.ColumnRef r && r.names().size() == 1
            && (r.names().get(0).equals("minvalue") || r.names().get(0).equals("maxvalue"))) {
            return r.names().get(0).toUpperCase(Locale.ROOT);
        }
        String v;
        boolean negative = false;
        if (x instanceof Expr.Prefix p && p.op().equals("-") && p.arg() instanceof Expr.Const k
            && k.kind() == Expr.Const.Kind.NUMBER) {
            x = k;
            negative = true;
        }
        if (x instanceof Expr.Const k) {
            if (k.kind() == Expr.Const.Kind.NULL) {
                return "NULL";
            }
            v = (negative ? "-" : "") + k.value();
        } else {
            return Canonicalizer.shallow(e);
        }
        String name = type == null || !type.isBuiltin() || type.array() ? "" : type.name();
        if (Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision").contains(name)) {
            return v.trim();
        }
        return Identifiers.literal(Timestamps.canonical(v, name).orElse(v));
    }

}
