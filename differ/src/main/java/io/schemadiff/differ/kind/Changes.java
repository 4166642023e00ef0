package io.schemadiff.differ.kind;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The two catalogs being compared, and the steps found so far. Each kind adds its own. */
final class Changes {
    private final Catalog from;
    private final Catalog to;
    private final List<Step> steps = new ArrayList<>();
    private Map<QualifiedName, List<Index>> indexesByTable;
    private Map<QualifiedName, List<Sequence>> ownedByTable;

    Changes(Catalog from, Catalog to) {
        this.from = from;
        this.to = to;
    }

    Catalog from() {
        return from;
    }

    Catalog to() {
        return to;
    }

    List<Step> steps() {
        return steps;
    }

    /** The source's indexes on a table (or materialized view), looked up without scanning the catalog. */
    List<Index> indexesOn(QualifiedName table) {
        if (indexesByTable == null) {
            indexesByTable = new HashMap<>();
            for (Index i : from.all(Index.class)) {
                indexesByTable.computeIfAbsent(i.table(), k -> new ArrayList<>()).add(i);
            }
        }
        return indexesByTable.getOrDefault(table, List.of());
    }

    /** The source's sequences owned by a column of a table. */
    List<Sequence> sequencesOwnedBy(QualifiedName table) {
        if (ownedByTable == null) {
            ownedByTable = new HashMap<>();
            for (Sequence s : from.all(Sequence.class)) {
                s.ownedBy().ifPresent(o -> ownedByTable.computeIfAbsent(o.table(), k -> new ArrayList<>()).add(s));
            }
        }
        return ownedByTable.getOrDefault(table, List.of());
    }

    void add(Step s) {
        steps.add(s);
    }

    /** The last step found, with a reason a reviewer reads above it. */
    void because(String why) {
        int last = steps.size() - 1;
        steps.set(last, steps.get(last).withReason(why));
    }

    /** A statement creating {@code provides}, which holds {@code id}. */
    void create(ObjectId id, String sql, Set<ObjectId> provides, Set<Hazard> hazards, List<String> path) {
        steps.add(new Step(Action.CREATE, id, sql, false, hazards, Optional.empty(), path, provides, Set.of(),
            Set.of()));
    }

    void alter(ObjectId id, String sql, Set<ObjectId> provides, boolean dataLoss, Set<Hazard> hazards,
               List<String> path, Set<ObjectId> needs) {
        steps.add(new Step(Action.ALTER, id, sql, dataLoss, hazards, Optional.empty(), path, provides, Set.of(),
            needs));
    }

    void drop(ObjectId id, String sql, Set<ObjectId> removes, boolean dataLoss, Set<Hazard> hazards) {
        steps.add(new Step(Action.DROP, id, sql, dataLoss, hazards, Optional.empty(), List.of(), Set.of(), removes,
            Set.of()));
    }

    /** A change made after the object exists, that changes nothing the plan orders by (a setting, an ALTER … SET). */
    void set(ObjectId id, String sql) {
        alter(id, sql, Set.of(), false, Set.of(), List.of(), Set.of(id));
    }

    /** A comment on an object, which must exist first. */
    void comment(ObjectId id, String what, Optional<String> text) {
        set(id, Sql.comment(what, text));
    }
}
