package io.schemadiff.differ;

import io.schemadiff.differ.kind.Columns;
import io.schemadiff.differ.kind.Kinds;
import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Ordering;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Function;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a plan of the steps the kinds found, as one algorithm over data (pg_dump's way): every step says what it
 * provides, removes and needs; the catalogs say what depends on what.
 * <ol>
 * <li>Objects that a change takes away but the target still has (a view over a column whose type changes, a
 * foreign key on a primary key that is re-created, an index of a re-created materialized view) are dropped
 * before the change and created again after it, by their kind's own drop and create ({@link Kinds}).</li>
 * <li>What needs the whole plan known is added: the roles a table gives its indexes ({@link IndexRoles}), owners
 * and privileges ({@link PrivilegeChanges}).</li>
 * <li>The steps are sorted ({@link Ordering}).</li>
 * </ol>
 */
final class Planner {
    private final Catalog from;
    private final Catalog to;
    private final List<Step> steps;
    private final Map<ObjectId, Set<ObjectId>> sourceDependents;

    private Planner(Catalog from, Catalog to, List<Step> steps) {
        this.from = from;
        this.to = to;
        this.steps = new ArrayList<>(steps);
        this.sourceDependents = from.dependents();
    }

    static List<Step> plan(Catalog from, Catalog to, List<Step> steps) {
        boolean privileges = !from.privileges().isEmpty() || !to.privileges().isEmpty();
        if (steps.isEmpty() && !privileges) {
            // nothing else changes: only an index's role can (each statement stands alone)
            return IndexRoles.steps(from, to, steps);
        }
        Planner p = new Planner(from, to, steps);
        p.recreateDependents();
        p.dedupe();
        p.steps.addAll(IndexRoles.steps(from, to, p.steps));
        if (privileges) {
            // last: which objects the plan creates or re-creates (their lists start over) is known only now. First in
            // the list, so that among steps ready at once (a sequence's new owner, its OWNED BY) they go first
            p.steps.addAll(0, PrivilegeChanges.steps(from, to, p.steps));
            PrivilegeChanges.ownerBeforeOwnedBy(p.steps);
        }
        return Ordering.sort(from, to, p.steps);
    }

    // ------------------------------------------------------------------ re-creating around changes

    private void recreateDependents() {
        Set<ObjectId> recreated = new HashSet<>();
        Set<ObjectId> defaults = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<ObjectId> removed = new HashSet<>();
            Set<ObjectId> created = new HashSet<>();
            for (Step s : steps) {
                removed.addAll(s.removes());
                if (s.action() == Action.CREATE) {
                    created.addAll(s.provides());
                }
            }
            for (Step s : new ArrayList<>(steps)) {
                if (s.action() == Action.DROP) {
                    // what the drop takes along that the target still has, and nothing creates
                    for (ObjectId y : s.removes()) {
                        if (!created.contains(y) && existsIn(to, y) && Kinds.recreatable(y)) {
                            changed |= recreate(y, "dropped together with " + s.object(), recreated, false);
                        }
                    }
                    for (ObjectId r : s.removes()) {
                        List<ObjectId> columns = new ArrayList<>();
                        for (ObjectId y : sourceDependents.getOrDefault(r, Set.of())) {
                            if (removed.contains(y) || !existsIn(to, y) || releasedBy(y, r)) {
                                continue;
                            }
                            if (defaultUses(y, r)) {
                                columns.add(y);
                                continue;
                            }
                            changed |= recreate(y, r + " is dropped or re-created", recreated, true);
                        }
                        // the columns stay; only their defaults go, and come back after (in the tables' order)
                        columns.sort(Comparator.comparing((ObjectId c) -> c.qualifiedName().sql())
                            .thenComparingInt(this::position));
                        for (ObjectId y : columns) {
                            changed |= recreateDefault(y, r + " is dropped or re-created", defaults);
                        }
                    }
                } else if (s.action() == Action.ALTER && s.object().kind() == ObjectKind.COLUMN
                    && (typeChanges(s.object()) || s.hazards().contains(Hazard.TABLE_REWRITE))) {
                    // the server refuses to change the type of a column a view or a generated column uses; when the
                    // type itself is replaced (an enum re-created), checks and indexes over it cannot be converted;
                    // a foreign key whose two ends both change type may not hold between the new and the old type
                    // (so does it for a trigger's WHEN or UPDATE OF and a policy's expressions); and the change
                    // recurses to the partitions and inheritance children, whose dependents count as well
                    boolean replaced = !typeChanges(s.object());
                    for (ObjectId y : dependentsWithDescendants(s.object())) {
                        boolean must = y.kind() == ObjectKind.VIEW || y.kind() == ObjectKind.MATERIALIZED_VIEW
                            || y.kind() == ObjectKind.TRIGGER || y.kind() == ObjectKind.POLICY || sqlBody(y)
                            || generated(y) || replaced && (y.kind() == ObjectKind.CONSTRAINT
                            || y.kind() == ObjectKind.INDEX) || foreignKeyBreaks(y);
                        if (must && !removed.contains(y) && !y.equals(s.object())) {
                            changed |= recreate(y, "the type of " + s.object() + " changes", recreated, true);
                        }
                    }
                }
            }
        }
    }

    /** A function with a SQL-standard body (BEGIN ATOMIC, RETURN): the server tracks what it uses. */
    private boolean sqlBody(ObjectId y) {
        return y.kind() == ObjectKind.FUNCTION && from.get(y).map(o -> o instanceof Function f
            && f.sqlBody()).orElse(false);
    }

    /** What depends on a column, and on the same column of the table's partitions and inheritance children. */
    private Set<ObjectId> dependentsWithDescendants(ObjectId column) {
        Set<ObjectId> out = new LinkedHashSet<>(sourceDependents.getOrDefault(column, Set.of()));
        Deque<QualifiedName> todo = new ArrayDeque<>();
        todo.add(column.qualifiedName());
        Set<QualifiedName> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            QualifiedName parent = todo.poll();
            if (!seen.add(parent)) {
                continue;
            }
            for (Table t : children().getOrDefault(parent, List.of())) {
                if (t.column(column.member()).isPresent()) {
                    out.addAll(sourceDependents.getOrDefault(ObjectId.column(t.name(), column.member()), Set.of()));
                    todo.add(t.name());
                }
            }
        }
        return out;
    }

    private Map<QualifiedName, List<Table>> children;

    /** The source's partitions and inheritance children of each table. */
    private Map<QualifiedName, List<Table>> children() {
        if (children == null) {
            children = new HashMap<>();
            for (Table t : from.all(Table.class)) {
                t.partitionOf().ifPresent(p -> children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(t));
                for (QualifiedName p : t.inherits()) {
                    children.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
                }
            }
        }
        return children;
    }

    private static boolean existsIn(Catalog c, ObjectId id) {
        return switch (id.kind()) {
            case COLUMN -> c.table(id.qualifiedName()).flatMap(t -> t.column(id.member())).isPresent();
            case CONSTRAINT -> c.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member())).isPresent();
            default -> c.get(id).isPresent();
        };
    }

    /** Whether a step changing {@code y} makes it stop depending on {@code r} (so {@code r} can go after it). */
    private boolean releasedBy(ObjectId y, ObjectId r) {
        if (to.dependencies(y).contains(r)) {
            return false;
        }
        for (Step s : steps) {
            if (s.action() != Action.DROP && s.provides().contains(y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether it is the default of column {@code y} (kept by the target) that uses {@code r}: a function in a
     * column's expression that is not generated. Its type cannot use a function.
     */
    private boolean defaultUses(ObjectId y, ObjectId r) {
        return y.kind() == ObjectKind.COLUMN && r.kind() == ObjectKind.FUNCTION && from.table(y.qualifiedName())
            .flatMap(t -> t.column(y.member())).map(c -> c.defaultValue().isPresent() && c.generated().isEmpty())
            .orElse(false);
    }

    /**
     * Takes the default of column {@code y} off before what it uses is dropped, and sets the target's after
     * (sort() puts the drop after the first, and the second needs what the default uses). The column's own
     * change (its type) is made without its default, between the two.
     */
    private boolean recreateDefault(ObjectId y, String why, Set<ObjectId> done) {
        if (!done.add(y)) {
            return false;
        }
        String reason = "re-created: " + why;
        steps.removeIf(s -> s.action() != Action.DROP && s.object().equals(y) && s.provides().contains(y));
        steps.add(Columns.dropDefault(y).withReason(reason));
        steps.addAll(Columns.alterWithoutDefault(from, to, y));
        Columns.setDefault(to, y).ifPresent(s -> steps.add(s.withReason(reason)));
        return true;
    }

    private int position(ObjectId column) {
        List<Column> cols = from.table(column.qualifiedName()).map(t -> t.columns()).orElse(List.of());
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(column.member())) {
                return i;
            }
        }
        return cols.size();
    }

    /** A generated column (it can be dropped and added again: its values are computed). */
    private boolean generated(ObjectId id) {
        return id.kind() == ObjectKind.COLUMN && from.table(id.qualifiedName()).flatMap(t -> t.column(id.member()))
            .map(c -> c.generated().isPresent()).orElse(false)
            && to.table(id.qualifiedName()).flatMap(t -> t.column(id.member())).map(c -> c.generated().isPresent())
            .orElse(false);
    }

    /**
     * Whether a foreign key the target keeps as it is cannot stay while its columns change type. Each ALTER
     * COLUMN … TYPE makes the server build the foreign keys on the column again, and refuse one it cannot
     * implement: between the referencing column's type and the referenced one's there must be an equality in
     * the key's operator family, or an implicit cast. When only one end of a pair changes, one statement takes
     * it from the source's types to the target's; when both do, the first statement leaves the key between a
     * new type and an old one (integer to text on both ends: text against integer). That holds, in either order,
     * when all four types are of one family (checked on PostgreSQL 13 and 18): the integers, the floats, date and
     * the timestamps, the strings, inet and cidr; or one type with other modifiers. Otherwise the key is dropped
     * before and added after.
     */
    private boolean foreignKeyBreaks(ObjectId y) {
        if (y.kind() != ObjectKind.CONSTRAINT) {
            return false;
        }
        Optional<Constraint> a = from.table(y.qualifiedName()).flatMap(t -> t.constraint(y.member()));
        Optional<Constraint> b = to.table(y.qualifiedName()).flatMap(t -> t.constraint(y.member()));
        if (a.isEmpty() || b.isEmpty() || !(a.get() instanceof Constraint.ForeignKey fk)
            || !(b.get() instanceof Constraint.ForeignKey)) {
            return false;
        }
        for (int i = 0; i < fk.columns().size() && i < fk.referencedColumns().size(); i++) {
            ObjectId referencing = ObjectId.column(y.qualifiedName(), fk.columns().get(i));
            ObjectId referenced = ObjectId.column(fk.referencedTable(), fk.referencedColumns().get(i));
            if (typeChanges(referencing) && typeChanges(referenced)) {
                Set<String> families = new HashSet<>();
                for (ObjectId c : List.of(referencing, referenced)) {
                    for (Catalog cat : List.of(from, to)) {
                        cat.table(c.qualifiedName()).flatMap(t -> t.column(c.member()))
                            .ifPresent(col -> families.add(keyFamily(col.type())));
                    }
                }
                if (families.size() != 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The types a foreign key can hold between while its ends change one at a time (see foreignKeyBreaks). */
    private static String keyFamily(DataType t) {
        String name = t.array() || !t.isBuiltin() ? null : t.name();
        if (name != null) {
            switch (name) {
                case "smallint", "integer", "bigint" -> {
                    return "integer";
                }
                case "real", "double precision" -> {
                    return "float";
                }
                case "date", "timestamp without time zone", "timestamp with time zone" -> {
                    return "datetime";
                }
                case "text", "character varying", "character", "bpchar" -> {
                    return "string";
                }
                case "inet", "cidr" -> {
                    return "network";
                }
                default -> {
                }
            }
        }
        return t.withTypmod("").sql(); // the same type, its modifiers aside
    }

    private boolean typeChanges(ObjectId column) {
        Optional<Column> a = from.table(column.qualifiedName()).flatMap(t -> t.column(column.member()));
        Optional<Column> b = to.table(column.qualifiedName()).flatMap(t -> t.column(column.member()));
        return a.isPresent() && b.isPresent() && (!a.get().type().equals(b.get().type())
            || !a.get().collation().equals(b.get().collation()));
    }

    /** Drops {@code y} (when {@code drop}) and creates it again from the target; false if already done. */
    private boolean recreate(ObjectId y, String why, Set<ObjectId> recreated, boolean drop) {
        if (!(Kinds.recreatable(y) || generated(y)) || !recreated.add(y)) {
            return false;
        }
        String reason = "re-created: " + why;
        if (drop) {
            boolean alreadyDropped = steps.stream().anyMatch(s -> s.action() == Action.DROP && s.removes().contains(y));
            if (!alreadyDropped) {
                for (Step s : Kinds.drop(from, to, y)) {
                    steps.add(s.withReason(reason));
                }
            }
        }
        // a replacement made in place is superseded by the re-creation
        steps.removeIf(s -> s.action() != Action.DROP && s.object().equals(y) && s.provides().contains(y));
        boolean existing = existingParent(y);
        for (Step s : Kinds.create(from, to, y, existing)) {
            steps.add(s.provides().isEmpty() ? s : s.withReason(reason));
        }
        return true;
    }

    private boolean existingParent(ObjectId y) {
        if (y.kind() == ObjectKind.INDEX) {
            return to.get(y).map(o -> from.table(((Index) o).table()).isPresent()).orElse(false);
        }
        return true;
    }

    private void dedupe() {
        Set<String> seen = new HashSet<>();
        steps.removeIf(s -> !seen.add(s.action() + "\u0000" + s.sql()));
    }
}
