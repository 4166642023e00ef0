package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.literal;
import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.Aggregate;
import io.schemadiff.model.Function;
import io.schemadiff.model.ObjectKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregates. {@code CREATE OR REPLACE AGGREGATE} (PostgreSQL 12+) changes one that keeps its kind, its direct
 * arguments and its result type; otherwise it is dropped and created again.
 */
final class AggregateKind extends Kind<Aggregate> {
    AggregateKind() {
        super(Aggregate.class, ObjectKind.FUNCTION);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Aggregate a) {
        return "AGGREGATE " + a.name().sql() + a.signature();
    }

    @Override
    void create(Changes ch, Aggregate a, boolean onExistingTable) {
        ch.create(a.id(), definition(a, false), Set.of(a.id()), Set.of(), List.of());
        commentCreated(ch, a);
    }

    @Override
    void drop(Changes ch, Aggregate a) {
        ch.drop(a.id(), "DROP " + what(a), Set.of(a.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, Aggregate x, Aggregate y) {
        if (!x.withComment(Optional.empty()).equals(y.withComment(Optional.empty()))) {
            if (x.orderedSet() == y.orderedSet() && x.star() == y.star() && x.returns().isPresent()
                && x.returns().equals(y.returns()) && x.arguments().equals(y.arguments())
                && x.options().containsKey("HYPOTHETICAL") == y.options().containsKey("HYPOTHETICAL")) {
                ch.alter(y.id(), definition(y, true), Set.of(y.id()), false, Set.of(), List.of(), Set.of());
            } else {
                drop(ch, x);
                create(ch, y, false);
                return;
            }
        }
        commentChanged(ch, x, y);
    }

    /** {@code CREATE AGGREGATE} as pg_dump writes it. */
    private static String definition(Aggregate a, boolean orReplace) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (orReplace) {
            sb.append("OR REPLACE ");
        }
        sb.append("AGGREGATE ").append(a.name().sql()).append('(');
        if (a.star()) {
            sb.append('*');
        }
        for (int i = 0; i < a.arguments().size(); i++) {
            Function.Argument arg = a.arguments().get(i);
            if (i == a.orderedSet()) {
                sb.append(i > 0 ? " " : "").append("ORDER BY ");
            } else if (i > 0) {
                sb.append(", ");
            }
            if (!arg.mode().equals("IN")) {
                sb.append(arg.mode()).append(' ');
            }
            arg.name().ifPresent(n -> sb.append(q(n)).append(' '));
            sb.append(arg.type().sql());
        }
        if (a.orderedSet() >= 0 && a.orderedSet() == a.arguments().size()) {
            sb.append(a.arguments().isEmpty() ? "" : " ").append("ORDER BY");
        }
        sb.append(") (");
        boolean first = true;
        for (Map.Entry<String, String> e : a.options().entrySet()) {
            sb.append(first ? "\n    " : ",\n    ").append(e.getKey());
            first = false;
            String k = e.getKey();
            if (Aggregate.FLAG_OPTIONS.contains(k)) {
                continue;
            }
            sb.append(" = ");
            if (Aggregate.LITERAL_OPTIONS.contains(k)) {
                sb.append(literal(e.getValue()));
            } else if (k.equals("SORTOP") && e.getValue().contains(".")) {
                sb.append("OPERATOR(").append(e.getValue()).append(')');
            } else {
                sb.append(e.getValue());
            }
        }
        return sb.append("\n)").toString();
    }
}
