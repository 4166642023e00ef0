package io.schemadiff.differ.kind;

import io.schemadiff.model.Cast;
import io.schemadiff.model.ObjectKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Casts: nothing to alter; one that changes is dropped and created again. */
final class CastKind extends Kind<Cast> {
    CastKind() {
        super(Cast.class, ObjectKind.CAST);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Cast c) {
        return "CAST " + c.signature();
    }

    @Override
    void create(Changes ch, Cast c, boolean onExistingTable) {
        ch.create(c.id(), definition(c), Set.of(c.id()), Set.of(), List.of());
        commentCreated(ch, c);
    }

    @Override
    void drop(Changes ch, Cast c) {
        ch.drop(c.id(), "DROP " + what(c), Set.of(c.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, Cast a, Cast b) {
        remade(ch, a, b, a.withComment(Optional.empty()).equals(b.withComment(Optional.empty())));
    }

    /** {@code CREATE CAST} as pg_dump writes it. */
    private static String definition(Cast c) {
        String how = switch (c.method()) {
            case "FUNCTION" -> "WITH FUNCTION " + c.function().orElseThrow();
            case "INOUT" -> "WITH INOUT";
            default -> "WITHOUT FUNCTION";
        };
        String context = switch (c.context()) {
            case 'a' -> " AS ASSIGNMENT";
            case 'i' -> " AS IMPLICIT";
            default -> "";
        };
        return "CREATE CAST " + c.signature() + " " + how + context;
    }
}
