package io.schemadiff.differ;

import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan creates, or drops and creates again: such an object starts over with what the server gives a new one
 * (privileges, an index's place as the replica identity or the cluster order), whatever the source's had.
 */
final class Fresh {
    private final Catalog from;
    private final Set<ObjectId> made = new HashSet<>();

    Fresh(Catalog from, List<Step> steps) {
        this.from = from;
        for (Step s : steps) {
            if (s.action() == Action.CREATE) {
                for (ObjectId p : s.provides()) {
                    if (!exists(from, p)) {
                        made.add(p);
                    }
                }
            } else if (s.action() == Action.DROP) {
                made.addAll(s.removes());
            }
        }
    }

    boolean is(ObjectId id) {
        return made.contains(id) || !exists(from, id);
    }

    static boolean exists(Catalog c, ObjectId id) {
        if (id.kind() == ObjectKind.COLUMN) {
            Optional<SchemaObject> rel = relation(c, id);
            return rel.isPresent() && (rel.get() instanceof Table t ? t.column(id.member()).isPresent()
                : rel.get() instanceof View v && v.outputs().stream().anyMatch(o -> o.name().equals(id.member())));
        }
        if (id.kind() == ObjectKind.CONSTRAINT) {
            return c.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member())).isPresent();
        }
        return c.get(id).isPresent();
    }

    /** The table, view or materialized view a column id belongs to. */
    static Optional<SchemaObject> relation(Catalog c, ObjectId column) {
        for (ObjectKind k : List.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW)) {
            Optional<SchemaObject> o = c.get(ObjectId.of(k, column.qualifiedName()));
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }
}
