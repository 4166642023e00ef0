package io.schemadiff.differ.object;

import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.Aggregate;
import io.schemadiff.model.Function;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Trigger;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Functions, procedures and triggers. A function changes in place ({@code CREATE OR REPLACE}) unless the
 * server forbids it — another return type, renamed or removed parameters, dropped defaults, a function
 * becoming a procedure — when it is dropped and created again (and what depends on it with it).
 */
public final class RoutineChanges {
    private RoutineChanges() {}

    static List<String> pathOf(Function f) {
        for (Function.Argument a : f.arguments()) {
            if (a.defaultValue().isPresent()) {
                return a.defaultValue().get().searchPath();
            }
        }
        return List.of();
    }

    public static void function(Changes ch, Optional<Function> a, Optional<Function> b) {
        if (Recreate.addedOrRemoved(ch, a, b)) {
            return;
        }
        Function x = a.get();
        Function y = b.get();
        if (!x.withComment(Optional.empty()).equals(y.withComment(Optional.empty()))) {
            if (replaceable(x, y)) {
                ch.alter(y.id(), Statements.createFunction(y, true), Set.of(y.id()), false, Set.of(), pathOf(y),
                    Set.of());
            } else {
                Recreate.drop(ch.from(), x.id()).ifPresent(ch::add);
                Recreate.create(ch.to(), y.id(), false).forEach(ch::add);
                return;
            }
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), (y.procedure() ? "PROCEDURE " : "FUNCTION ") + Statements.functionSignature(y),
                y.comment());
        }
    }

    public static void aggregate(Changes ch, Optional<Aggregate> a, Optional<Aggregate> b) {
        if (Recreate.addedOrRemoved(ch, a, b)) {
            return;
        }
        Aggregate x = a.get();
        Aggregate y = b.get();
        if (!x.withComment(Optional.empty()).equals(y.withComment(Optional.empty()))) {
            // CREATE OR REPLACE AGGREGATE (PostgreSQL 12+) keeps the kind, the direct arguments and the result type
            if (x.orderedSet() == y.orderedSet() && x.star() == y.star() && x.returns().isPresent()
                && x.returns().equals(y.returns()) && x.arguments().equals(y.arguments())
                && x.options().containsKey("HYPOTHETICAL") == y.options().containsKey("HYPOTHETICAL")) {
                ch.alter(y.id(), Statements.createAggregate(y, true), Set.of(y.id()), false, Set.of(), List.of(),
                    Set.of());
            } else {
                Recreate.drop(ch.from(), x.id()).ifPresent(ch::add);
                Recreate.create(ch.to(), y.id(), false).forEach(ch::add);
                return;
            }
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), "AGGREGATE " + y.name().sql() + y.signature(), y.comment());
        }
    }

    /** What CREATE OR REPLACE may change: not the result type, the parameter names, or away defaults. */
    static boolean replaceable(Function x, Function y) {
        if (x.procedure() != y.procedure() || !x.returns().equals(y.returns())
            || x.arguments().size() != y.arguments().size()) {
            return false;
        }
        for (int i = 0; i < x.arguments().size(); i++) {
            Function.Argument p = x.arguments().get(i);
            Function.Argument q = y.arguments().get(i);
            if (!p.mode().equals(q.mode()) || !p.name().equals(q.name()) || !p.type().equals(q.type())
                || (p.defaultValue().isPresent() && q.defaultValue().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    public static void trigger(Changes ch, Optional<Trigger> a, Optional<Trigger> b) {
        if (a.isEmpty()) {
            Recreate.create(ch.to(), b.get().id(), false).forEach(ch::add);
            return;
        }
        if (b.isEmpty()) {
            Trigger t = a.get();
            boolean tableGoes = ch.to().get(ObjectId.of(ObjectKind.TABLE, t.table())).isEmpty()
                && ch.to().get(ObjectId.of(ObjectKind.VIEW, t.table())).isEmpty();
            if (!tableGoes) {
                Recreate.drop(ch.from(), t.id()).ifPresent(ch::add);
            }
            return;
        }
        Trigger x = a.get();
        Trigger y = b.get();
        if (!x.sameDefinition(y)) {
            Recreate.drop(ch.from(), x.id()).ifPresent(ch::add);
            Recreate.create(ch.to(), y.id(), false).forEach(ch::add);
            return;
        }
        if (x.enabled() != y.enabled()) {
            ch.alter(y.id(), Statements.enableTrigger(y), Set.of(), false, Set.of(), List.of(), Set.of(y.id()));
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), "TRIGGER " + Identifiers.quote(y.name()) + " ON " + y.table().sql(), y.comment());
        }
    }
}
