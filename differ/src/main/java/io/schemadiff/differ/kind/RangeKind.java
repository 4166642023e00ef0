package io.schemadiff.differ.kind;

import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.RangeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Range types: nothing of one changes in place but its comment; a changed one is dropped and created again. */
final class RangeKind extends Kind<RangeType> {
    RangeKind() {
        super(RangeType.class, ObjectKind.TYPE);
    }

    @Override
    void create(Changes ch, RangeType r, boolean onExistingTable) {
        ch.create(r.id(), definition(r), Set.of(r.id()), Set.of(), List.of());
        commentCreated(ch, r);
    }

    @Override
    void drop(Changes ch, RangeType r) {
        ch.drop(r.id(), "DROP TYPE " + r.name().sql(), Set.of(r.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, RangeType a, RangeType b) {
        remade(ch, a, b, a.withComment(Optional.empty()).equals(b.withComment(Optional.empty())));
    }

    @Override
    String what(RangeType r) {
        return "TYPE " + r.name().sql();
    }

    private static String definition(RangeType r) {
        StringBuilder sb = new StringBuilder("CREATE TYPE ").append(r.name().sql()).append(" AS RANGE (\n    subtype = ")
            .append(r.subtype().sql());
        for (String o : r.options()) {
            int eq = o.indexOf('=');
            sb.append(",\n    ").append(o, 0, eq).append(" = ").append(o.substring(eq + 1));
        }
        return sb.append("\n)").toString();
    }
}
