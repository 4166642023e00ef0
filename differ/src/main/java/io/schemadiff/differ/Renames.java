package io.schemadiff.differ;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectFilter;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Warning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The renames a migration begins with: what the target schema's rename hints ({@code -- schemadiff: renamed from
 * old_name} on the renamed object's line) and {@code --rename OLD=NEW} flags say, resolved against the two schemas.
 * With them, {@link Differ#diff(Catalog, Catalog, Renames)} renames ({@code ALTER … RENAME}, {@code ALTER TYPE …
 * RENAME VALUE}) and keeps the data, where it would otherwise drop the old object and create the new one.
 *
 * <pre>
 * SchemaReader.Result a = SchemaReader.read("old.sql");
 * SchemaReader.Result b = SchemaReader.read("new.sql");
 * Renames renames = Renames.resolve(a, b, List.of("public.orders.note=remark"));
 * Plan plan = Differ.diff(a.catalog(), b.catalog(), renames);
 * </pre>
 *
 * A flag must rename something: one that names nothing, or whose rename the schemas contradict, is an
 * {@link InputError}. A hint lives on in the schema after its migration ran, so one whose old object the source
 * does not have is passed over quietly (its rename is done, or the source is older than the object); one the
 * schemas contradict is passed over with a {@link #warnings() warning}.
 */
public final class Renames {
    private static final Renames NONE = new Renames(null, null, List.of(), List.of(), List.of());

    private final Catalog original;
    private final Catalog renamed;
    private final List<Step> steps;
    private final List<Warning> warnings;
    /** The renames that undo these, in the target's terms. */
    private final List<RenameResolver.Rename> back;

    Renames(Catalog original, Catalog renamed, List<Step> steps, List<Warning> warnings,
            List<RenameResolver.Rename> back) {
        this.original = original;
        this.renamed = renamed;
        this.steps = List.copyOf(steps);
        this.warnings = List.copyOf(warnings);
        this.back = List.copyOf(back);
    }

    /** No renames. */
    public static Renames none() {
        return NONE;
    }

    /**
     * The renames from {@code to}'s hints and from {@code flags} (each {@code OLD=NEW}: OLD the object's whole name
     * in {@code from} — {@code schema}, {@code schema.table}, {@code schema.function(argument types)},
     * {@code schema.table.column}, a constraint, trigger or policy as {@code schema.table.name}, an enum label as
     * {@code schema.type.label} — and NEW its new name alone), checked against both schemas.
     *
     * @throws InputError for a flag that cannot be read or applied, or renames that cannot be made (a cycle, a name
     *                    taken), at the flag's or the hint's place
     */
    public static Renames resolve(SchemaReader.Result from, SchemaReader.Result to, List<String> flags) {
        return RenameResolver.resolve(from, to, flags);
    }

    /**
     * The renames that undo these, for a down migration from {@code to} back to {@code from} (the schemas these were
     * resolved with): {@code Differ.diff(back.original(), from.catalog(), back)} renames back and keeps the data.
     */
    public Renames reversed(SchemaReader.Result to, SchemaReader.Result from) {
        return RenameResolver.reverse(to, from, back);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The renames, in the order the migration runs them. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * These renames with {@code filter} applied: the source schemas without what it leaves out, and without the
     * renames of what it leaves out (which is taken as it is).
     */
    public Renames filtered(ObjectFilter filter) {
        if (isEmpty() || filter.isEmpty()) {
            return this;
        }
        List<Step> kept = steps.stream().filter(s -> !filter.excludes(s.object())).toList();
        List<RenameResolver.Rename> keptBack = back.stream().filter(r -> !filter.excludes(r.old())).toList();
        return new Renames(filter.apply(original), filter.apply(renamed), kept, warnings, keptBack);
    }

    /** Hints passed over because the schemas contradict them, each with its place. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** The source schema the renames were resolved against (as filtered, if they were). */
    public Catalog original() {
        return original;
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

    /** The source schema as it is after the renames. */
    Catalog renamed() {
        return Objects.requireNonNull(renamed);
    }
}
