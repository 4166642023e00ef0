package io.schemadiff.differ;

import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles a table gives one of its indexes: the replica identity ({@code REPLICA IDENTITY USING INDEX}, or
 * DEFAULT / FULL / NOTHING) and the cluster order ({@code CLUSTER ON}). Set once the rest of the plan is known: an
 * index the plan creates or re-creates starts without its role, so the statement is written again.
 */
final class IndexRoles {
    private IndexRoles() {}

    static List<Step> steps(Catalog from, Catalog to, List<Step> steps) {
        Fresh fresh = null;
        List<Step> out = new ArrayList<>();
        for (SchemaObject o : to.objects().values()) {
            if (!(o instanceof Table y)) {
                continue;
            }
            Optional<Table> x = from.table(y.name());
            boolean plain = y.replicaIdentity().equals(Table.REPLICA_DEFAULT) && y.clusterOn().isEmpty();
            if (plain && (x.isEmpty() || x.get().replicaIdentity().equals(Table.REPLICA_DEFAULT)
                && x.get().clusterOn().isEmpty())) {
                continue;
            }
            if (fresh == null) {
                fresh = new Fresh(from, steps);
            }
            boolean made = x.isEmpty() || fresh.is(y.id());
            String replicaBefore = made ? Table.REPLICA_DEFAULT : x.get().replicaIdentity();
            Optional<String> clusterBefore = made ? Optional.empty() : x.get().clusterOn();
            Optional<String> replicaIndex = y.replicaIdentity().startsWith("USING INDEX ")
                ? Optional.of(y.replicaIdentity().substring("USING INDEX ".length())) : Optional.empty();
            final Fresh f = fresh;
            boolean replicaRemade = replicaIndex.map(i -> f.is(index(to, y.name(), i))).orElse(false);
            boolean clusterRemade = y.clusterOn().map(i -> f.is(index(to, y.name(), i))).orElse(false);
            if (!replicaBefore.equals(y.replicaIdentity()) || replicaRemade) {
                Step s = step(y, "REPLICA IDENTITY " + replicaIndex.map(i -> "USING INDEX " + Identifiers.quote(i))
                    .orElse(y.replicaIdentity()), replicaIndex.map(i -> index(to, y.name(), i)));
                if (replicaBefore.startsWith("USING INDEX ") && replicaIndex.isEmpty()) {
                    // the old index leaves its role first: while it has it, the server refuses to drop NOT NULL on
                    // its columns (a drop-like step, ordered among the drops)
                    s = new Step(Action.DROP, s.object(), s.sql(), false, Set.of(), Optional.empty(), List.of(),
                        Set.of(), Set.of(), Set.of());
                }
                out.add(s);
            }
            if (!clusterBefore.equals(y.clusterOn()) || clusterRemade) {
                out.add(step(y, y.clusterOn().map(i -> "CLUSTER ON " + Identifiers.quote(i))
                    .orElse("SET WITHOUT CLUSTER"), y.clusterOn().map(i -> index(to, y.name(), i))));
            }
        }
        return out;
    }

    /** The id of an index as the model holds it: an index, or the key constraint that owns it. */
    private static ObjectId index(Catalog c, QualifiedName table, String name) {
        ObjectId idx = ObjectId.of(ObjectKind.INDEX, new QualifiedName(table.schema(), name));
        return c.get(idx).isPresent() ? idx : ObjectId.constraint(table, name);
    }

    private static Step step(Table t, String action, Optional<ObjectId> index) {
        Set<ObjectId> needs = new LinkedHashSet<>();
        needs.add(t.id());
        index.ifPresent(needs::add);
        return new Step(Action.ALTER, t.id(), "ALTER TABLE " + t.name().sql() + " " + action, false, Set.of(),
            Optional.empty(), List.of(), Set.of(), Set.of(), needs);
    }
}
