package io.schemadiff.differ;

import io.schemadiff.differ.kind.Kinds;
import io.schemadiff.differ.plan.Plan;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.RenameSet;
import java.util.ArrayList;
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
 *
 * The objects are compared kind by kind ({@link Kinds}), the steps found are planned ({@link Planner}: what a
 * change takes along re-created, index roles and privileges, the order), and drops that look like renames are
 * pointed out.
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
        List<Step> steps = Planner.plan(from, to, Kinds.compare(from, to));
        return new Plan(RenameSuggestions.annotate(from, to, steps));
    }
}
