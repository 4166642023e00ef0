package io.schemadiff.differ.object;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The two catalogs being compared, and the steps found so far. Each object kind adds its own. */
public final class Changes {
    private final Catalog from;
    private final Catalog to;
    private final List<Step> steps = new ArrayList<>();

    public Changes(Catalog from, Catalog to) {
        this.from = from;
        this.to = to;
    }

    public Catalog from() {
        return from;
    }

    private java.util.Map<io.schemadiff.model.QualifiedName, List<io.schemadiff.model.Index>> indexesByTable;
    private java.util.Map<io.schemadiff.model.QualifiedName, List<io.schemadiff.model.Sequence>> ownedByTable;

    /** The source's indexes on a table (or materialized view), looked up without scanning the catalog. */
    public List<io.schemadiff.model.Index> indexesOn(io.schemadiff.model.QualifiedName table) {
        if (indexesByTable == null) {
            indexesByTable = new java.util.HashMap<>();
            for (io.schemadiff.model.Index i : from.all(io.schemadiff.model.Index.class)) {
                indexesByTable.computeIfAbsent(i.table(), k -> new ArrayList<>()).add(i);
            }
        }
        return indexesByTable.getOrDefault(table, List.of());
    }

    /** The source's sequences owned by a column of a table. */
    public List<io.schemadiff.model.Sequence> sequencesOwnedBy(io.schemadiff.model.QualifiedName table) {
        if (ownedByTable == null) {
            ownedByTable = new java.util.HashMap<>();
            for (io.schemadiff.model.Sequence s : from.all(io.schemadiff.model.Sequence.class)) {
                s.ownedBy().ifPresent(o -> ownedByTable.computeIfAbsent(o.table(), k -> new ArrayList<>()).add(s));
            }
        }
        return ownedByTable.getOrDefault(table, List.of());
    }

    public Catalog to() {
        return to;
    }

    public List<Step> steps() {
        return steps;
    }

    public void add(Step s) {
        steps.add(s);
    }

    /** A statement creating {@code provides}, which holds {@code id}. */
    public Step create(ObjectId id, String sql, Set<ObjectId> provides, Set<Hazard> hazards, List<String> path) {
        Step s = new Step(Action.CREATE, id, sql, false, hazards, Optional.empty(), path, provides, Set.of(), Set.of());
        steps.add(s);
        return s;
    }

    public Step alter(ObjectId id, String sql, Set<ObjectId> provides, boolean dataLoss, Set<Hazard> hazards,
                      List<String> path, Set<ObjectId> needs) {
        Step s = new Step(Action.ALTER, id, sql, dataLoss, hazards, Optional.empty(), path, provides, Set.of(), needs);
        steps.add(s);
        return s;
    }

    public Step drop(ObjectId id, String sql, Set<ObjectId> removes, boolean dataLoss, Set<Hazard> hazards) {
        Step s = new Step(Action.DROP, id, sql, dataLoss, hazards, Optional.empty(), List.of(), Set.of(), removes,
            Set.of());
        steps.add(s);
        return s;
    }

    /** A comment on an object, which must exist first. */
    public void comment(ObjectId id, String what, Optional<String> text) {
        alter(id, io.schemadiff.differ.write.Statements.comment(what, text), Set.of(), false, Set.of(), List.of(),
            Set.of(id));
    }
}
