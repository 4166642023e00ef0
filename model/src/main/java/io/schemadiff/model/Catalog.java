package io.schemadiff.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole database schema as the model sees it: every top-level object by identity, in the order it was
 * defined, and what each object depends on.
 *
 * <p>Dependencies point from an object (or a column / constraint) to what it needs: a view to the tables
 * and columns it reads, a column to its type and to the sequence of its default, a foreign key to the key
 * it references. They order the plan and decide what must be re-created around a change.
 */
public final class Catalog {
    private final Map<ObjectId, SchemaObject> objects;
    private final Map<ObjectId, Set<ObjectId>> dependencies;
    private final Privileges privileges;

    public Catalog(Map<ObjectId, SchemaObject> objects, Map<ObjectId, Set<ObjectId>> dependencies) {
        this(objects, dependencies, Privileges.NONE);
    }

    public Catalog(Map<ObjectId, SchemaObject> objects, Map<ObjectId, Set<ObjectId>> dependencies,
                   Privileges privileges) {
        this.privileges = java.util.Objects.requireNonNull(privileges, "privileges");
        this.objects = Collections.unmodifiableMap(new LinkedHashMap<>(objects));
        Map<ObjectId, Set<ObjectId>> deps = new java.util.HashMap<>(dependencies.size() * 2);
        dependencies.forEach((k, v) -> {
            if (!v.isEmpty()) {
                deps.put(k, SmallSet.copyOf(v));
            }
        });
        this.dependencies = Collections.unmodifiableMap(deps);
    }

    public static Catalog empty() {
        return new Catalog(Map.of(), Map.of());
    }

    /** Owners and privileges; {@link Privileges#NONE} unless the schema was read with them. */
    public Privileges privileges() {
        return privileges;
    }

    /** Every top-level object, in definition order. */
    public Map<ObjectId, SchemaObject> objects() {
        return objects;
    }

    public Optional<SchemaObject> get(ObjectId id) {
        return Optional.ofNullable(objects.get(id));
    }

    /** What {@code id} depends on; empty when nothing. Members (columns, constraints) have their own entries. */
    public Set<ObjectId> dependencies(ObjectId id) {
        return dependencies.getOrDefault(id, Set.of());
    }

    /** Every dependency entry (in no particular order). */
    public Map<ObjectId, Set<ObjectId>> dependencies() {
        return dependencies;
    }

    public <T extends SchemaObject> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (SchemaObject o : objects.values()) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    public Optional<Table> table(QualifiedName name) {
        return get(ObjectId.of(ObjectKind.TABLE, name)).map(Table.class::cast);
    }

    private Map<ObjectId, Set<ObjectId>> dependents;

    /** Objects that depend on each object directly: the dependency map inverted (computed once). */
    public synchronized Map<ObjectId, Set<ObjectId>> dependents() {
        if (dependents != null) {
            return dependents;
        }
        Map<ObjectId, Set<ObjectId>> out = new LinkedHashMap<>();
        dependencies.forEach((from, tos) -> {
            for (ObjectId to : tos) {
                out.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
            }
        });
        dependents = Collections.unmodifiableMap(out);
        return dependents;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog c && c.objects.equals(objects) && c.privileges.equals(privileges);
    }

    @Override
    public int hashCode() {
        return objects.hashCode();
    }

    @Override
    public String toString() {
        return "Catalog" + objects.keySet();
    }
}
