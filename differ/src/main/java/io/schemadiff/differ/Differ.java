package io.schemadiff.differ;

import io.schemadiff.differ.object.Changes;
import io.schemadiff.differ.object.IndexChanges;
import io.schemadiff.differ.object.SimpleChanges;
import io.schemadiff.differ.object.TableChanges;
import io.schemadiff.differ.object.ViewChanges;
import io.schemadiff.differ.plan.Plan;
import io.schemadiff.differ.plan.Planner;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Extension;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.RenameSet;
import io.schemadiff.model.Schema;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The diffing half of the library: two catalogs in, the plan that turns the first into the second out.
 *
 * <pre>
 * Plan plan = Differ.diff(SchemaReader.read("old.sql").catalog(), SchemaReader.read("new.sql").catalog());
 * System.out.print(plan.sql());
 * </pre>
 */
public final class Differ {
    private Differ() {}

    /**
     * As {@link #diff(Catalog, Catalog)}, beginning with {@code renames} (resolved against these two schemas, by the
     * parser's rename package): what they rename is renamed, and the rest of the plan sees it under its new name.
     */
    public static Plan diff(Catalog from, Catalog to, RenameSet renames) {
        if (renames.isEmpty()) {
            return diff(from, to);
        }
        if (renames.original() != from) {
            throw new IllegalArgumentException("the renames were resolved against another source schema");
        }
        List<Step> steps = new ArrayList<>();
        for (RenameSet.Rename r : renames.renames()) {
            steps.add(new Step(Step.Action.ALTER, r.object(), r.statement(), false, Set.of(), Optional.of(r.reason()),
                List.of(), Set.of(), Set.of(), Set.of()));
        }
        steps.addAll(diff(renames.renamed(), to).steps());
        return new Plan(steps);
    }

    public static Plan diff(Catalog from, Catalog to) {
        Changes ch = new Changes(from, to);
        // the target's order first (so new objects come out in the author's order), then what only the source has
        Set<ObjectId> ids = new LinkedHashSet<>(to.objects().keySet());
        ids.addAll(from.objects().keySet());
        for (ObjectId id : ids) {
            Optional<SchemaObject> a = from.get(id);
            Optional<SchemaObject> b = to.get(id);
            if (a.equals(b)) {
                continue;
            }
            if (a.isPresent() && b.isPresent() && !io.schemadiff.differ.object.TypeChanges.sameKind(a.get(), b.get())) {
                // a relation or type that changes kind (an enum becoming a domain): drop one, create the other
                dispatch(ch, a, Optional.empty());
                dispatch(ch, Optional.empty(), b);
                continue;
            }
            dispatch(ch, a, b);
        }
        return new Plan(RenameSuggestions.annotate(from, to, Planner.plan(from, to, ch.steps())));
    }

    private static void dispatch(Changes ch, Optional<SchemaObject> a, Optional<SchemaObject> b) {
        SchemaObject any = b.orElseGet(a::get);
        ObjectId id = any.id();
        {
            if (any instanceof Schema) {
                SimpleChanges.schema(ch, a.map(Schema.class::cast), b.map(Schema.class::cast));
            } else if (any instanceof Extension) {
                SimpleChanges.extension(ch, a.map(Extension.class::cast), b.map(Extension.class::cast));
            } else if (any instanceof io.schemadiff.model.Collation) {
                SimpleChanges.collation(ch, a.map(io.schemadiff.model.Collation.class::cast),
                    b.map(io.schemadiff.model.Collation.class::cast));
            } else if (any instanceof EnumType) {
                SimpleChanges.enumType(ch, a.map(EnumType.class::cast), b.map(EnumType.class::cast));
            } else if (any instanceof Sequence) {
                SimpleChanges.sequence(ch, a.map(Sequence.class::cast), b.map(Sequence.class::cast));
            } else if (any instanceof Table) {
                TableChanges.table(ch, a.map(Table.class::cast), b.map(Table.class::cast));
            } else if (any instanceof Index) {
                IndexChanges.index(ch, a.map(Index.class::cast), b.map(Index.class::cast));
            } else if (any instanceof View) {
                ViewChanges.view(ch, a.map(View.class::cast), b.map(View.class::cast));
            } else if (any instanceof io.schemadiff.model.Function) {
                io.schemadiff.differ.object.RoutineChanges.function(ch, a.map(io.schemadiff.model.Function.class::cast),
                    b.map(io.schemadiff.model.Function.class::cast));
            } else if (any instanceof io.schemadiff.model.Aggregate) {
                io.schemadiff.differ.object.RoutineChanges.aggregate(ch,
                    a.map(io.schemadiff.model.Aggregate.class::cast), b.map(io.schemadiff.model.Aggregate.class::cast));
            } else if (any instanceof io.schemadiff.model.EventTrigger) {
                io.schemadiff.differ.object.DatabaseChanges.eventTrigger(ch,
                    a.map(io.schemadiff.model.EventTrigger.class::cast),
                    b.map(io.schemadiff.model.EventTrigger.class::cast));
            } else if (any instanceof io.schemadiff.model.Statistics) {
                IndexChanges.statistics(ch, a.map(io.schemadiff.model.Statistics.class::cast),
                    b.map(io.schemadiff.model.Statistics.class::cast));
            } else if (any instanceof io.schemadiff.model.Operator) {
                io.schemadiff.differ.object.DatabaseChanges.operator(ch,
                    a.map(io.schemadiff.model.Operator.class::cast), b.map(io.schemadiff.model.Operator.class::cast));
            } else if (any instanceof io.schemadiff.model.Cast) {
                io.schemadiff.differ.object.DatabaseChanges.cast(ch, a.map(io.schemadiff.model.Cast.class::cast),
                    b.map(io.schemadiff.model.Cast.class::cast));
            } else if (any instanceof io.schemadiff.model.Publication) {
                io.schemadiff.differ.object.DatabaseChanges.publication(ch,
                    a.map(io.schemadiff.model.Publication.class::cast),
                    b.map(io.schemadiff.model.Publication.class::cast));
            } else if (any instanceof io.schemadiff.model.Trigger) {
                io.schemadiff.differ.object.RoutineChanges.trigger(ch, a.map(io.schemadiff.model.Trigger.class::cast),
                    b.map(io.schemadiff.model.Trigger.class::cast));
            } else if (any instanceof io.schemadiff.model.Domain) {
                io.schemadiff.differ.object.TypeChanges.domain(ch, a.map(io.schemadiff.model.Domain.class::cast),
                    b.map(io.schemadiff.model.Domain.class::cast));
            } else if (any instanceof io.schemadiff.model.CompositeType) {
                io.schemadiff.differ.object.TypeChanges.composite(ch,
                    a.map(io.schemadiff.model.CompositeType.class::cast),
                    b.map(io.schemadiff.model.CompositeType.class::cast));
            } else if (any instanceof io.schemadiff.model.RangeType) {
                io.schemadiff.differ.object.TypeChanges.range(ch, a.map(io.schemadiff.model.RangeType.class::cast),
                    b.map(io.schemadiff.model.RangeType.class::cast));
            } else if (any instanceof io.schemadiff.model.Policy) {
                io.schemadiff.differ.object.TypeChanges.policy(ch, a.map(io.schemadiff.model.Policy.class::cast),
                    b.map(io.schemadiff.model.Policy.class::cast));
            } else {
                throw new IllegalStateException("object kind not handled: " + id);
            }
        }
    }
}
