package io.schemadiff.differ.kind;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Collation;
import io.schemadiff.model.Column;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collations: created, dropped, or (changed) dropped and created again; while columns use it, the old one is
 * renamed aside and dropped once they have the new one.
 */
final class CollationKind extends Kind<Collation> {
    CollationKind() {
        super(Collation.class, ObjectKind.COLLATION);
    }

    @Override
    void create(Changes ch, Collation y, boolean onExistingTable) {
        ch.create(y.id(), definition(y), Set.of(y.id()), Set.of(), List.of());
        commentCreated(ch, y);
    }

    @Override
    void drop(Changes ch, Collation x) {
        ch.drop(x.id(), "DROP COLLATION " + x.name().sql(), Set.of(x.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, Collation a, Collation b) {
        if (a.options().equals(b.options())) {
            ch.comment(b.id(), what(b), b.comment());
            return;
        }
        // columns use it: the old one is renamed aside, and dropped once they have the new one
        QualifiedName name = a.name();
        QualifiedName aside = TypeReplacement.aside(name);
        Set<ObjectId> converted = new LinkedHashSet<>();
        for (Table t : ch.to().all(Table.class)) {
            for (Column c : t.columns()) {
                if (c.collation().map(name::equals).orElse(false) && ch.from().table(t.name())
                    .flatMap(x -> x.column(c.name())).flatMap(Column::collation).map(name::equals).orElse(false)
                    && !TableKind.inheritedColumn(ch.to(), t, c.name())) {
                    ObjectId col = ObjectId.column(t.name(), c.name());
                    ch.alter(col, Sql.alterTable(t.name(), "ALTER COLUMN " + Identifiers.quote(c.name()) + " TYPE "
                        + c.type().sql() + " COLLATE " + name.sql()), Set.of(col), false, Set.of(Hazard.TABLE_REWRITE),
                        List.of(), Set.of(b.id()));
                    converted.add(col);
                }
            }
        }
        if (converted.isEmpty()) {
            drop(ch, a);
            create(ch, b, false);
            return;
        }
        ObjectId asideId = ObjectId.of(ObjectKind.COLLATION, aside);
        ch.add(new Step(Action.ALTER, a.id(), "ALTER COLLATION " + name.sql() + " RENAME TO "
            + Identifiers.quote(aside.name()), false, Set.of(), Optional.of("the collation " + name
            + " changes while columns use it"), List.of(), Set.of(asideId), Set.of(), Set.of()));
        Set<ObjectId> needs = new LinkedHashSet<>(converted);
        needs.add(asideId);
        ch.add(new Step(Action.DROP, asideId, "DROP COLLATION " + aside.sql(), false, Set.of(), Optional.empty(),
            List.of(), Set.of(), Set.of(asideId), needs));
        // after the old one is renamed aside
        ch.add(new Step(Action.CREATE, b.id(), definition(b), false, Set.of(), Optional.empty(), List.of(),
            Set.of(b.id()), Set.of(), Set.of(asideId)));
        commentCreated(ch, b);
    }

    @Override
    String what(Collation c) {
        return "COLLATION " + c.name().sql();
    }

    private static String definition(Collation y) {
        StringBuilder sb = new StringBuilder("CREATE COLLATION ").append(y.name().sql());
        if (y.options().size() == 1 && y.options().get(0).startsWith("from=")) {
            return sb.append(" FROM ").append(y.options().get(0).substring(5)).toString();
        }
        sb.append(" (");
        List<String> opts = new ArrayList<>(y.options());
        if (opts.stream().noneMatch(o -> o.startsWith("provider="))) {
            opts.add(0, "provider=libc");
        }
        for (int i = 0; i < opts.size(); i++) {
            String o = opts.get(i);
            int eq = o.indexOf('=');
            String v = o.substring(eq + 1);
            boolean word = o.startsWith("provider=") || o.startsWith("deterministic=");
            sb.append(i > 0 ? ", " : "").append(o, 0, eq).append(" = ").append(word ? v : Identifiers.literal(v));
        }
        return sb.append(')').toString();
    }
}
