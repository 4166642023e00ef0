package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.literal;
import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.Constraint;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Trigger;
import java.util.List;
import java.util.Set;

/**
 * Triggers: re-created when their definition changes; whether they fire (ENABLE / DISABLE) and their comment change
 * in place. Dropped with their table or view by the server.
 */
final class TriggerKind extends Kind<Trigger> {
    TriggerKind() {
        super(Trigger.class, ObjectKind.TRIGGER);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Trigger t) {
        return "TRIGGER " + q(t.name()) + " ON " + t.table().sql();
    }

    @Override
    void create(Changes ch, Trigger t, boolean onExistingTable) {
        ch.create(t.id(), definition(t), Set.of(t.id()), Set.of(), t.when().map(w -> w.searchPath())
            .orElse(List.of()));
        if (t.enabled() != 'O') {
            ch.set(t.id(), enable(t));
        }
        commentCreated(ch, t);
    }

    @Override
    void drop(Changes ch, Trigger t) {
        ch.drop(t.id(), "DROP TRIGGER " + q(t.name()) + " ON " + t.table().sql(), Set.of(t.id()), false, Set.of());
    }

    @Override
    void removed(Changes ch, Trigger t) {
        boolean tableGoes = ch.to().get(ObjectId.of(ObjectKind.TABLE, t.table())).isEmpty()
            && ch.to().get(ObjectId.of(ObjectKind.VIEW, t.table())).isEmpty();
        if (!tableGoes) {
            drop(ch, t);
        }
    }

    @Override
    void altered(Changes ch, Trigger x, Trigger y) {
        if (!x.sameDefinition(y)) {
            drop(ch, x);
            create(ch, y, false);
            return;
        }
        if (x.enabled() != y.enabled()) {
            ch.set(y.id(), enable(y));
        }
        commentChanged(ch, x, y);
    }

    /** The ALTER TABLE that puts a trigger in its enabled state (O, D, R, A). */
    private static String enable(Trigger t) {
        return "ALTER TABLE " + t.table().sql() + " " + Sql.enabled(t.enabled()) + " TRIGGER " + q(t.name());
    }

    /** {@code CREATE TRIGGER} as pg_get_triggerdef() writes it. */
    private static String definition(Trigger t) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (t.constraint()) {
            sb.append("CONSTRAINT ");
        }
        sb.append("TRIGGER ").append(q(t.name())).append(' ').append(t.timing()).append(' ')
            .append(String.join(" OR ", t.events())).append(" ON ").append(t.table().sql());
        t.fromTable().ifPresent(f -> sb.append(" FROM ").append(f.sql()));
        if (t.constraint()) {
            sb.append(t.deferrability() == Constraint.Deferrability.NOT_DEFERRABLE ? " NOT DEFERRABLE INITIALLY IMMEDIATE"
                : t.deferrability() == Constraint.Deferrability.DEFERRABLE ? " DEFERRABLE INITIALLY IMMEDIATE"
                : " DEFERRABLE INITIALLY DEFERRED");
        }
        if (!t.referencing().isEmpty()) {
            sb.append(' ').append(t.referencing());
        }
        sb.append(t.forEachRow() ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        t.when().ifPresent(w -> sb.append(" WHEN ").append(Sql.parenthesized(w.text())));
        sb.append(" EXECUTE FUNCTION ").append(t.function().schema().equals("pg_catalog") ? q(t.function().name())
            : t.function().sql()).append('(');
        for (int i = 0; i < t.arguments().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(literal(t.arguments().get(i)));
        }
        return sb.append(')').toString();
    }
}
