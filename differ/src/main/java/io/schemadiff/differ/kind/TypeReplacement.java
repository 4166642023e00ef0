package io.schemadiff.differ.kind;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Column;
import io.schemadiff.model.Domain;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replacing a type whose definition cannot change in place (an enum losing a label, a domain's base type, a
 * composite type's attribute while columns use it): the new one is created beside the old, which is renamed aside
 * and dropped when nothing uses it.
 */
final class TypeReplacement {
    private TypeReplacement() {}

    /** The name a type (or collation) being replaced is renamed to while what uses it moves to the new one. */
    static QualifiedName aside(QualifiedName name) {
        return new QualifiedName(name.schema(), Identifiers.truncate(name.name() + "__schemadiff_old"));
    }

    /**
     * Renames the type aside, converts the columns the target keeps that use it (through text), drops the old one
     * after them and creates the new one with {@code createSql}. Columns of other kinds of use (the planner's
     * re-creation) follow it on their own.
     */
    static void replace(Changes ch, ObjectId id, String createSql, String why) {
        dropRoutinesUsing(ch, id, why);
        QualifiedName aside = aside(id.qualifiedName());
        ObjectId asideId = ObjectId.of(ObjectKind.TYPE, aside);
        String kind = ch.from().get(id).orElseThrow() instanceof Domain ? "DOMAIN " : "TYPE ";
        ch.add(new Step(Action.ALTER, id, "ALTER " + kind + id.qualifiedName().sql() + " RENAME TO "
            + Identifiers.quote(aside.name()), false, Set.of(), Optional.of(why), List.of(), Set.of(asideId),
            Set.of(), Set.of()));
        Set<ObjectId> uses = new LinkedHashSet<>();
        uses.add(asideId);
        for (Table t : ch.to().all(Table.class)) {
            for (Column c : t.columns()) {
                if (c.type().userType().map(id.qualifiedName()::equals).orElse(false)
                    && ch.from().table(t.name()).flatMap(x -> x.column(c.name())).isPresent()
                    && !TableKind.inheritedColumn(ch.to(), t, c.name())) {
                    ObjectId col = ObjectId.column(t.name(), c.name());
                    String name = Identifiers.quote(c.name());
                    ch.add(new Step(Action.ALTER, col, Sql.alterTable(t.name(), "ALTER COLUMN " + name + " TYPE "
                        + c.type().sql() + " USING " + name + "::text::" + c.type().sql()), true,
                        Set.of(Hazard.TABLE_REWRITE), Optional.of(why), List.of(), Set.of(col), Set.of(),
                        Set.of(id)));
                    uses.add(col);
                }
            }
        }
        ch.add(new Step(Action.DROP, asideId, "DROP " + kind + aside.sql(), false, Set.of(), Optional.empty(),
            List.of(), Set.of(), Set.of(asideId), uses));
        ch.add(new Step(Action.CREATE, id, createSql, false, Set.of(), Optional.empty(), List.of(), Set.of(id),
            Set.of(), Set.of(asideId)));
    }

    /**
     * Functions whose arguments or result are of a type that is replaced (renamed aside, dropped, created anew):
     * dropped first, before the rename (their signatures name the type); the planner creates them again after
     * the new type, and what uses them around them.
     */
    static void dropRoutinesUsing(Changes ch, ObjectId type, String why) {
        for (ObjectId dep : ch.from().dependents().getOrDefault(type, Set.of())) {
            if (dep.kind() == ObjectKind.FUNCTION && ch.to().get(dep).isPresent()) {
                for (Step s : Kinds.drop(ch.from(), ch.to(), dep)) {
                    ch.add(s.withReason("re-created: " + why));
                }
            }
        }
    }
}
