package io.schemadiff.differ.kind;

import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Operators: a changed one is dropped and created again (ALTER OPERATOR … SET reaches only some attributes). */
final class OperatorKind extends Kind<Operator> {
    OperatorKind() {
        super(Operator.class, ObjectKind.OPERATOR);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Operator o) {
        return "OPERATOR " + o.symbol() + " " + o.id().member();
    }

    @Override
    void create(Changes ch, Operator o, boolean onExistingTable) {
        ch.create(o.id(), definition(o), Set.of(o.id()), Set.of(), List.of());
        commentCreated(ch, o);
    }

    @Override
    void drop(Changes ch, Operator o) {
        ch.drop(o.id(), "DROP " + what(o), Set.of(o.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, Operator a, Operator b) {
        remade(ch, a, b, a.withComment(Optional.empty()).equals(b.withComment(Optional.empty())));
    }

    /** {@code CREATE OPERATOR}, its attributes in pg_dump's order. */
    private static String definition(Operator o) {
        List<String> attrs = new ArrayList<>();
        attrs.add("FUNCTION = " + o.function());
        o.left().ifPresent(t -> attrs.add("LEFTARG = " + t.sql()));
        attrs.add("RIGHTARG = " + o.right().sql());
        o.commutator().ifPresent(x -> attrs.add("COMMUTATOR = OPERATOR(" + x + ")"));
        o.negator().ifPresent(x -> attrs.add("NEGATOR = OPERATOR(" + x + ")"));
        if (o.merges()) {
            attrs.add("MERGES");
        }
        if (o.hashes()) {
            attrs.add("HASHES");
        }
        o.restrict().ifPresent(x -> attrs.add("RESTRICT = " + x));
        o.join().ifPresent(x -> attrs.add("JOIN = " + x));
        return "CREATE OPERATOR " + o.symbol() + " (\n    " + String.join(",\n    ", attrs) + "\n)";
    }
}
