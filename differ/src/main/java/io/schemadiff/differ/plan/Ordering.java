package io.schemadiff.differ.plan;

import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders the steps of a plan, as one algorithm over data (pg_dump's way): every step says what it provides,
 * removes and needs; the catalogs say what depends on what. The steps are sorted topologically: a step after the
 * steps providing what it needs, a drop after the drops and changes that release what depended on the dropped
 * object, a drop before the creation of something of the same name. Ties keep pg_dump's order of object kinds, and
 * the order the steps were found in (the target schema's own order).
 */
public final class Ordering {
    private final Catalog from;
    private final Catalog to;
    private final List<Step> steps;
    private final Map<ObjectId, Set<ObjectId>> sourceDependents;

    private Ordering(Catalog from, Catalog to, List<Step> steps) {
        this.from = from;
        this.to = to;
        this.steps = steps;
        this.sourceDependents = from.dependents();
    }

    /** The steps, found in comparing {@code from} with {@code to}, in the order they run. */
    public static List<Step> sort(Catalog from, Catalog to, List<Step> steps) {
        return new Ordering(from, to, steps).sort();
    }

    private List<Step> sort() {
        int n = steps.size();
        Map<ObjectId, List<Integer>> providers = new HashMap<>();
        Map<ObjectId, List<Integer>> removers = new HashMap<>();
        Map<ObjectId, List<Integer>> creators = new HashMap<>();
        Map<String, List<Integer>> nameRemovers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            for (ObjectId p : s.provides()) {
                providers.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                if (s.action() == Action.CREATE) {
                    creators.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                }
            }
            for (ObjectId r : s.removes()) {
                removers.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
                final int idx = i;
                relationName(from, r).ifPresent(name -> nameRemovers.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(idx));
            }
        }
        List<Set<Integer>> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            after.add(new LinkedHashSet<>());
        }
        // (f) an overload that goes is dropped before what is created calling a function of its name: the server
        // would bind the call to the old overload (or find the call ambiguous)
        Map<QualifiedName, List<Integer>> callers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            if (s.action() == Action.DROP) {
                continue;
            }
            for (ObjectId p : s.provides()) {
                for (ObjectId d : to.dependencies(p)) {
                    if (d.kind() == ObjectKind.FUNCTION) {
                        callers.computeIfAbsent(d.qualifiedName(), k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            if (s.action() != Action.DROP) {
                continue;
            }
            for (ObjectId r : s.removes()) {
                if (r.kind() == ObjectKind.FUNCTION && !existsIn(to, r)) {
                    for (int j : callers.getOrDefault(r.qualifiedName(), List.of())) {
                        if (j != i) {
                            after.get(i).add(j);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            // (a) after whatever provides what it needs
            Set<ObjectId> needs = new LinkedHashSet<>(s.needs());
            for (ObjectId p : s.provides()) {
                needs.addAll(to.dependencies(p));
                if (p.kind() == ObjectKind.COLUMN || p.kind() == ObjectKind.CONSTRAINT) {
                    needs.add(p.owner());
                }
            }
            needs.removeAll(s.provides());
            for (ObjectId need : needs) {
                for (int j : providers.getOrDefault(need, List.of())) {
                    if (j != i) {
                        after.get(j).add(i);
                    }
                }
                if (s.action() == Action.DROP && s.needs().contains(need)) {
                    // a drop that waits for something to be gone (an old type, for the columns that used it)
                    for (int j : removers.getOrDefault(need, List.of())) {
                        if (j != i) {
                            after.get(j).add(i);
                        }
                    }
                }
            }
            if (s.action() == Action.DROP) {
                // (e) a dependent dropped (to be re-created) goes before any change to what it depends on
                for (ObjectId r : s.removes()) {
                    for (ObjectId dep : from.dependencies(r)) {
                        for (int j : providers.getOrDefault(dep, List.of())) {
                            if (j != i && steps.get(j).action() == Action.ALTER) {
                                after.get(i).add(j);
                            }
                        }
                    }
                }
                // (b) after the drops and changes that release what depended on what it removes
                for (ObjectId r : s.removes()) {
                    for (ObjectId y : sourceDependents.getOrDefault(r, Set.of())) {
                        if (s.removes().contains(y)) {
                            continue;
                        }
                        for (int j : removers.getOrDefault(y, List.of())) {
                            if (j != i) {
                                after.get(j).add(i);
                            }
                        }
                        // a column default that uses it is taken off first (and set again later)
                        for (int j : providers.getOrDefault(Markers.defaultReleased(y), List.of())) {
                            if (j != i) {
                                after.get(j).add(i);
                            }
                        }
                        if (!to.dependencies(y).contains(r)) {
                            for (int j : providers.getOrDefault(y, List.of())) {
                                if (j != i && steps.get(j).action() != Action.DROP) {
                                    after.get(j).add(i);
                                }
                            }
                        }
                    }
                }
            } else {
                // (d) a foreign key is added after the keys of its referenced table that go away are gone: the
                // server attaches it to an index that matches, and would then refuse to drop that one
                if (s.action() == Action.CREATE && s.object().kind() == ObjectKind.CONSTRAINT) {
                    Optional<Constraint> fk = to.table(s.object().qualifiedName())
                        .flatMap(t -> t.constraint(s.object().member())).filter(c -> c instanceof Constraint.ForeignKey);
                    if (fk.isPresent()) {
                        QualifiedName ref = ((Constraint.ForeignKey) fk.get()).referencedTable();
                        for (int j = 0; j < n; j++) {
                            Step d = steps.get(j);
                            if (d.action() == Action.DROP && removesKeyOf(d, ref)) {
                                after.get(j).add(i);
                            }
                        }
                    }
                }
                // (c) a drop of the same object (when this creates it), or of anything of the same name, comes first
                for (ObjectId p : s.provides()) {
                    if (s.action() == Action.CREATE) {
                        for (int j : removers.getOrDefault(p, List.of())) {
                            after.get(j).add(i);
                        }
                    }
                    Optional<String> name = relationName(to, p);
                    if (name.isPresent()) {
                        for (int j : nameRemovers.getOrDefault(name.get(), List.of())) {
                            if (j != i) {
                                after.get(j).add(i);
                            }
                        }
                    }
                }
            }
        }
        int[] indegree = new int[n];
        for (Set<Integer> succ : after) {
            for (int j : succ) {
                indegree[j]++;
            }
        }
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> group(steps.get(i)))
            .thenComparingInt(i -> rank(steps.get(i))).thenComparingInt(i -> i);
        PriorityQueue<Integer> ready = new PriorityQueue<>(order);
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        List<Step> out = new ArrayList<>(n);
        while (out.size() < n) {
            if (ready.isEmpty()) {
                // a cycle: take the first remaining step in kind order and go on
                int pick = -1;
                for (int i = 0; i < n; i++) {
                    if (!done[i] && (pick < 0 || order.compare(i, pick) < 0)) {
                        pick = i;
                    }
                }
                indegree[pick] = 0;
                ready.add(pick);
            }
            int i = ready.poll();
            if (done[i]) {
                continue;
            }
            done[i] = true;
            out.add(steps.get(i));
            for (int j : after.get(i)) {
                if (--indegree[j] == 0 && !done[j]) {
                    ready.add(j);
                }
            }
        }
        return out;
    }

    /** Whether a drop removes a primary key, unique constraint or unique index of {@code table}. */
    private boolean removesKeyOf(Step d, QualifiedName table) {
        for (ObjectId r : d.removes()) {
            if (r.kind() == ObjectKind.CONSTRAINT && r.qualifiedName().equals(table)) {
                Optional<Constraint> c = from.table(table).flatMap(t -> t.constraint(r.member()));
                if (c.isPresent() && (c.get() instanceof Constraint.PrimaryKey || c.get() instanceof Constraint.Unique)) {
                    return true;
                }
            }
            if (r.kind() == ObjectKind.INDEX && from.get(r).map(o -> o instanceof Index i
                && i.unique() && i.table().equals(table)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The pg_class name an object takes (relations, and the indexes of key constraints). */
    private static Optional<String> relationName(Catalog c, ObjectId id) {
        return switch (id.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, INDEX -> Optional.of(id.schema() + "." + id.name());
            case CONSTRAINT -> c.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member()))
                .filter(k -> k instanceof Constraint.PrimaryKey || k instanceof Constraint.Unique)
                .map(k -> id.schema() + "." + k.name());
            default -> Optional.empty();
        };
    }

    /** Drops first; taking a default off (to set it again later) is one too. */
    private static int group(Step s) {
        return s.action() == Action.DROP || !s.provides().isEmpty() && s.provides().stream()
            .allMatch(p -> p.equals(Markers.defaultReleased(s.object()))) ? 0 : 1;
    }

    private int rank(Step s) {
        ObjectKind k = s.object().kind();
        if (s.action() != Action.DROP && group(s) == 0) {
            return 0; // a default taken off: like a view over what is dropped, before the other drops
        }
        if (s.action() == Action.DROP) {
            return switch (k) {
                case VIEW, MATERIALIZED_VIEW, TRIGGER, POLICY, PUBLICATION, EVENT_TRIGGER, DEFAULT_PRIVILEGES, CAST,
                     OPERATOR, STATISTICS -> 0;
                case CONSTRAINT -> isForeignKey(from, s.object()) ? 1 : 2;
                case INDEX -> 3;
                case COLUMN -> 4;
                case TABLE -> 5;
                case FUNCTION -> 6;
                case SEQUENCE -> 7;
                case TYPE -> 8;
                case EXTENSION, COLLATION -> 9;
                case SCHEMA -> 10;
            };
        }
        if (s.provides().isEmpty()) {
            return 20; // comments, sequence ownership
        }
        return switch (k) {
            case SCHEMA -> 0;
            case EXTENSION, COLLATION -> 1;
            case TYPE -> 2;
            case FUNCTION -> 3;
            case SEQUENCE -> 4;
            case TABLE -> 5;
            case COLUMN -> 6;
            case CONSTRAINT -> isForeignKey(to, s.object()) ? 9 : 7;
            case INDEX, STATISTICS -> 8;
            case VIEW -> 10;
            case MATERIALIZED_VIEW -> 11;
            case TRIGGER, POLICY -> 12;
            case PUBLICATION, EVENT_TRIGGER -> 13;
            case CAST, OPERATOR -> 4;
            case DEFAULT_PRIVILEGES -> 14;
        };
    }

    private static boolean isForeignKey(Catalog c, ObjectId id) {
        return c.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member()))
            .map(k -> k instanceof Constraint.ForeignKey).orElse(false);
    }

    private static boolean existsIn(Catalog c, ObjectId id) {
        return switch (id.kind()) {
            case COLUMN -> c.table(id.qualifiedName()).flatMap(t -> t.column(id.member())).isPresent();
            case CONSTRAINT -> c.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member())).isPresent();
            default -> c.get(id).isPresent();
        };
    }

}
