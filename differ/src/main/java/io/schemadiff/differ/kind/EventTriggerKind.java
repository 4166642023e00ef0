package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.EventTrigger;
import io.schemadiff.model.ObjectKind;
import java.util.List;
import java.util.Set;

/**
 * Event triggers: re-created when their event, filter or function changes (ALTER EVENT TRIGGER changes only
 * whether one fires).
 */
final class EventTriggerKind extends Kind<EventTrigger> {
    EventTriggerKind() {
        super(EventTrigger.class, ObjectKind.EVENT_TRIGGER);
    }

    @Override
    String what(EventTrigger t) {
        return "EVENT TRIGGER " + q(t.name());
    }

    @Override
    void create(Changes ch, EventTrigger t, boolean onExistingTable) {
        ch.create(t.id(), definition(t), Set.of(t.id()), Set.of(), List.of());
        if (t.enabled() != 'O') {
            ch.set(t.id(), enable(t));
        }
        commentCreated(ch, t);
    }

    @Override
    void drop(Changes ch, EventTrigger t) {
        ch.drop(t.id(), "DROP EVENT TRIGGER " + q(t.name()), Set.of(t.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, EventTrigger a, EventTrigger b) {
        if (!a.event().equals(b.event()) || !a.tags().equals(b.tags()) || !a.function().equals(b.function())) {
            drop(ch, a);
            create(ch, b, false);
            return;
        }
        if (a.enabled() != b.enabled()) {
            ch.set(b.id(), enable(b));
        }
        commentChanged(ch, a, b);
    }

    private static String enable(EventTrigger t) {
        return "ALTER EVENT TRIGGER " + q(t.name()) + " " + Sql.enabled(t.enabled());
    }

    /** {@code CREATE EVENT TRIGGER} as pg_dump writes it. */
    private static String definition(EventTrigger t) {
        StringBuilder sb = new StringBuilder("CREATE EVENT TRIGGER ").append(q(t.name())).append(" ON ")
            .append(q(t.event()));
        if (!t.tags().isEmpty()) {
            sb.append("\n         WHEN TAG IN (").append(String.join(", ", t.tags().stream().map(Sql::literal)
                .toList())).append(')');
        }
        sb.append("\n   EXECUTE FUNCTION ").append(t.function().schema().equals("pg_catalog") ? q(t.function().name())
            : t.function().sql()).append("()");
        return sb.toString();
    }
}
