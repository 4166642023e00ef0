package io.schemadiff.parser.rename;

import io.schemadiff.model.ObjectFilter;
import io.schemadiff.model.RenameSet;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Warning;
import java.util.List;

/**
 * The renames a migration begins with: what the target schema's rename hints ({@code -- schemadiff: renamed from
 * old_name} on the renamed object's line) and {@code --rename OLD=NEW} flags say, resolved against the two schemas.
 * With their {@link #set()}, the differ renames ({@code ALTER … RENAME}, {@code ALTER TYPE … RENAME VALUE}) and
 * keeps the data, where it would otherwise drop the old object and create the new one.
 *
 * <pre>
 * SchemaReader.Result a = SchemaReader.read("old.sql");
 * SchemaReader.Result b = SchemaReader.read("new.sql");
 * Renames renames = Renames.resolve(a, b, List.of("public.orders.note=remark"));
 * Plan plan = Differ.diff(a.catalog(), b.catalog(), renames.set());
 * </pre>
 *
 * A flag must rename something: one that names nothing, or whose rename the schemas contradict, is an
 * {@link InputError}. A hint lives on in the schema after its migration ran, so one whose old object the source
 * does not have is passed over quietly (its rename is done, or the source is older than the object); one the
 * schemas contradict is passed over with a {@link #warnings() warning}.
 */
public final class Renames {
    private static final Renames NONE = new Renames(RenameSet.none(), List.of(), List.of());

    private final RenameSet set;
    private final List<Warning> warnings;
    /** The renames that undo these, in the target's terms. */
    private final List<RenameResolver.Rename> back;

    Renames(RenameSet set, List<Warning> warnings, List<RenameResolver.Rename> back) {
        this.set = set;
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
    public static Renames resolve(Replayable from, Replayable to, List<String> flags) {
        return RenameResolver.resolve(from, to, flags);
    }

    /**
     * The renames that undo these, for a down migration from {@code to} back to {@code from} (the schemas these were
     * resolved with): {@code Differ.diff(back.set().original(), from.catalog(), back.set())} renames back and keeps
     * the data.
     */
    public Renames reversed(Replayable to, Replayable from) {
        return RenameResolver.reverse(to, from, back);
    }

    /** The renames, the source schema they were resolved against, and that schema after them. */
    public RenameSet set() {
        return set;
    }

    public boolean isEmpty() {
        return set.isEmpty();
    }

    /**
     * These renames with {@code filter} applied: the source schemas without what it leaves out, and without the
     * renames of what it leaves out (which is taken as it is).
     */
    public Renames filtered(ObjectFilter filter) {
        if (isEmpty() || filter.isEmpty()) {
            return this;
        }
        List<RenameResolver.Rename> keptBack = back.stream().filter(r -> !filter.excludes(r.old())).toList();
        return new Renames(set.filtered(filter), warnings, keptBack);
    }

    /** Hints passed over because the schemas contradict them, each with its place. */
    public List<Warning> warnings() {
        return warnings;
    }
}
