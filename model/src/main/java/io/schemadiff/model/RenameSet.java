package io.schemadiff.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The renames a migration begins with, resolved against its two schemas (by the parser's rename package, from the
 * target's rename hints and {@code --rename} flags): the statements, in the order they run, and the source schema
 * before and after them. The differ begins a plan with them, and compares the rest from {@link #renamed()}.
 *
 * @param original the source schema the renames were resolved against
 * @param renamed  the source schema as it is after the renames (read again with them replayed after it)
 * @param renames  the renames, in the order the migration runs them
 */
public record RenameSet(Catalog original, Catalog renamed, List<Rename> renames) {
    private static final RenameSet NONE = new RenameSet(Catalog.empty(), Catalog.empty(), List.of());

    public RenameSet {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(renamed, "renamed");
        renames = List.copyOf(renames);
    }

    /**
     * One rename.
     *
     * @param object    the renamed object as the target schema names it (for an enum label: the enum)
     * @param statement the {@code ALTER … RENAME} statement, naming the object as the schema before it does
     * @param reason    why the migration renames it (the hint or flag that says so)
     */
    public record Rename(ObjectId object, String statement, String reason) {
        public Rename {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No renames. */
    public static RenameSet none() {
        return NONE;
    }

    public boolean isEmpty() {
        return renames.isEmpty();
    }

    /**
     * These renames with {@code filter} applied: the source schemas without what it leaves out, and without the
     * renames of what it leaves out (which is taken as it is).
     */
    public RenameSet filtered(ObjectFilter filter) {
        if (isEmpty() || filter.isEmpty()) {
            return this;
        }
        List<Rename> kept = renames.stream().filter(r -> !filter.excludes(r.object())).toList();
        return new RenameSet(filter.apply(original), filter.apply(renamed), kept);
    }

    /**
     * What exists before the plan runs, as its statements find it: the source's objects under their old names (the
     * renames name them so) and under their new names (the statements after the renames do). A report tells locks
     * on relations that exist from locks on relations the plan creates with it.
     */
    public Catalog existing() {
        if (isEmpty()) {
            return original;
        }
        Map<ObjectId, SchemaObject> both = new LinkedHashMap<>(original.objects());
        both.putAll(renamed.objects());
        return new Catalog(both, renamed.dependencies(), renamed.privileges());
    }
}
