package io.schemadiff.parser.interp;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.Extension;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Warning;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The replay state, and its only holder: the objects read so far (a model record each, or a {@link TableState}
 * for a table, which statements change in place until {@link #freeze()}), what each uses, the names taken, the
 * search path, owners and privileges ({@link Acls}), and what was reported. Statement handlers read and change it
 * through these methods; names resolve here as the server resolves them.
 */
final class WorkingCatalog {
    static final List<String> DEFAULT_SEARCH_PATH = List.of("$user", "public");
    static final ObjectKind[] RELATIONS = {ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
        ObjectKind.SEQUENCE, ObjectKind.INDEX};

    private final List<Warning> warnings = new ArrayList<>();
    /** Which source created or dropped each object last, for errors about objects (a folder of migrations). */
    private final ObjectHistory history = new ObjectHistory(() -> this.source);
    /** In definition order: what {@link #freeze()} lists them in. */
    private final Map<ObjectId, Object> objects = history.new Tracked();
    private final Map<ObjectId, Object> objectsView = Collections.unmodifiableMap(objects);
    /** What each object uses (tables keep their own, by column and constraint). */
    private final Map<ObjectId, Set<ObjectId>> objectRefs = new LinkedHashMap<>();
    private final Map<ObjectId, Set<ObjectId>> objectRefsView = Collections.unmodifiableMap(objectRefs);
    private final Names names = new Names();
    /** Expression trees of indexes (key position, or -1 for WHERE), to follow a renamed column. */
    private final Map<ObjectId, Map<Integer, Expr>> indexTrees = new LinkedHashMap<>();
    /** Functions and aggregates by qualified name, for overloads and for resolving calls. */
    private final Map<QualifiedName, Set<ObjectId>> functions = new HashMap<>();
    /** Operators by symbol: most schemas have none, and expressions ask for each operator they apply. */
    private final Map<String, Set<ObjectId>> operators = new HashMap<>();
    private final Resolver resolver = new Resolver(this);
    private final Acls acls;
    private List<String> searchPath = DEFAULT_SEARCH_PATH;
    private Source source;
    /** Whether a temporary table or view was created (passed over: not the schema's, but a view may use one). */
    private boolean temporaryObjects;
    /** The database a {@code \connect} named (null: none yet). */
    private String database;
    /** What an empty database holds, to tell whether anything of a schema was read. */
    private final Map<ObjectId, Object> initial;

    /**
     * With {@code privileges}: owners and privileges are kept; {@code role} is the role that runs the scripts (null:
     * not known), who owns what they create.
     */
    WorkingCatalog(boolean privileges, String role) {
        this.acls = new Acls(this, privileges, role);
        // what initdb creates: the public schema, and PL/pgSQL
        objects.put(ObjectId.schema("public"), new Schema("public", Optional.of("standard public schema")));
        objects.put(ObjectId.schema("pg_catalog"), new Schema("pg_catalog", Optional.empty()));
        objects.put(ObjectId.extension("plpgsql"), new Extension("plpgsql", "pg_catalog", Optional.empty()));
        initial = Map.copyOf(objects);
    }

    // ================================================================== where statements come from, what is said

    /** The statement being replayed comes from {@code src}: errors and warnings name it. */
    void readingFrom(Source src) {
        this.source = src;
    }

    Source source() {
        return source;
    }

    List<Warning> warnings() {
        return warnings;
    }

    void warnAt(int offset, String message) {
        warnings.add(new Warning(source, offset, message));
    }

    /** The error a statement fails with, with what the history knows of its object (which file made or dropped it). */
    InputError errorAt(int offset, String message) {
        return new InputError(source, offset, history.explain(message, source));
    }

    /** A column (or another member of an object) was added, for what errors say about it later. */
    void memberCreated(ObjectId id) {
        history.created(id);
    }

    void memberDropped(ObjectId id) {
        history.dropped(id);
    }

    Resolver resolver() {
        return resolver;
    }

    Acls acls() {
        return acls;
    }

    Names names() {
        return names;
    }

    // ================================================================== the session

    List<String> searchPath() {
        return searchPath;
    }

    void setSearchPath(List<String> schemas) {
        searchPath = List.copyOf(schemas);
    }

    void temporaryObjectCreated() {
        temporaryObjects = true;
    }

    /**
     * {@code \connect db}: the first one names the database what follows is read into (pg_dump --create writes it
     * after CREATE DATABASE); one to another database after a schema was read is reported, since what follows is
     * read into the same model (a pg_dumpall file holds several databases).
     */
    void connect(Ddl.Connect cn) {
        if (cn.database().isEmpty() || cn.database().get().equals(database)) {
            return;
        }
        if (!warnings.isEmpty() || !objects.equals(initial)) {
            warnAt(cn.at(), "\\connect to another database (\"" + cn.database().get() + "\"): what follows is read "
                + "into the same schema as what came before; one database is compared at a time");
        }
        database = cn.database().get();
    }

    /**
     * Whether a relation the model does not hold may still exist: something not modeled was read (a foreign table,
     * a DO block, …), a temporary object was created, or an extension (which brings tables and views of its own).
     * Otherwise a name that is not a relation here is not one on the server either.
     */
    boolean mayHoldUnknownRelations() {
        return temporaryObjects || !warnings.isEmpty() || objects.keySet().stream()
            .anyMatch(id -> id.kind() == ObjectKind.EXTENSION && !id.name().equals("plpgsql"));
    }

    // ================================================================== objects

    /** Every object, in definition order (read only: change them through the methods below). */
    Map<ObjectId, Object> objects() {
        return objectsView;
    }

    /** The object of that id: a model record, or the {@link TableState} of a table; null when there is none. */
    Object get(ObjectId id) {
        return objects.get(id);
    }

    boolean has(ObjectId id) {
        return objects.containsKey(id);
    }

    /** Adds an object at the end, or gives an existing one a new value in its place. */
    void put(ObjectId id, Object o) {
        objects.put(id, o);
    }

    /** Removes the object alone (what it uses stays recorded until {@link #removeRefs}); returns what was there. */
    Object remove(ObjectId id) {
        return objects.remove(id);
    }

    /** Each object's value replaced by what {@code f} makes of it (itself when unchanged), in place. */
    void replaceAll(BiFunction<ObjectId, Object, Object> f) {
        objects.replaceAll(f);
    }

    /**
     * The objects again in their definition order, some under a new id: each {@code key(id)} holds
     * {@code value(id, old value)}. An object that only changes its id was never dropped nor created.
     */
    void rebuild(UnaryOperator<ObjectId> key, BiFunction<ObjectId, Object, Object> value) {
        Map<ObjectId, Object> copy = new LinkedHashMap<>(objects);
        objects.clear();
        copy.forEach((k, v) -> objects.put(key.apply(k), value.apply(k, v)));
    }

    /** Object {@code old} is {@code now} from here on, holding {@code value}, in the place {@code old} had. */
    void replace(ObjectId old, ObjectId now, Object value) {
        rebuild(k -> k.equals(old) ? now : k, (k, v) -> k.equals(old) ? value : v);
    }

    // ================================================================== what objects use

    /** What object {@code id} uses (empty when nothing is recorded). */
    Set<ObjectId> refs(ObjectId id) {
        return objectRefs.getOrDefault(id, Set.of());
    }

    /** What object {@code id} uses, to add to (recorded empty if nothing was). */
    Set<ObjectId> refsToChange(ObjectId id) {
        return objectRefs.computeIfAbsent(id, k -> new LinkedHashSet<>());
    }

    void putRefs(ObjectId id, Set<ObjectId> refs) {
        objectRefs.put(id, refs);
    }

    void removeRefs(ObjectId id) {
        objectRefs.remove(id);
    }

    /** What {@code from} used, {@code to} uses now. */
    void moveRefs(ObjectId from, ObjectId to) {
        Set<ObjectId> refs = objectRefs.remove(from);
        if (refs != null) {
            objectRefs.put(to, refs);
        }
    }

    /** What every object uses, in the order recorded (read only; the sets are each object's own). */
    Map<ObjectId, Set<ObjectId>> allRefs() {
        return objectRefsView;
    }

    /** An id as it is after {@code from} became {@code to}: the object itself, or a column or key of it. */
    private static ObjectId remap(ObjectId r, ObjectId from, ObjectId to) {
        if (r.equals(from)) {
            return to;
        }
        boolean member = r.kind() == ObjectKind.COLUMN || r.kind() == ObjectKind.CONSTRAINT
            || r.kind() == ObjectKind.TRIGGER || r.kind() == ObjectKind.POLICY;
        if (member && from.kind() != ObjectKind.TYPE && from.kind() != ObjectKind.SEQUENCE
            && r.qualifiedName().equals(from.qualifiedName())) {
            return new ObjectId(r.kind(), to.schema(), to.name(), r.member());
        }
        return r;
    }

    static void remapAll(Set<ObjectId> refs, ObjectId from, ObjectId to) {
        if (refs == null || refs.isEmpty()) {
            return;
        }
        List<ObjectId> now = new ArrayList<>(refs.size());
        boolean changed = false;
        for (ObjectId r : refs) {
            ObjectId m = remap(r, from, to);
            changed |= m != r;
            now.add(m);
        }
        if (changed) {
            refs.clear();
            refs.addAll(now);
        }
    }

    /** Every reference to {@code old}, in what anything depends on, is to {@code now} instead. */
    void remapEverywhere(ObjectId old, ObjectId now) {
        for (Object o : objects.values()) {
            if (o instanceof TableState t) {
                t.remapRefs(old, now);
            }
        }
        for (Set<ObjectId> refs : objectRefs.values()) {
            remapAll(refs, old, now);
        }
    }

    // ================================================================== index expression trees

    /** The trees of an index's expressions, by key position (-1: its WHERE); empty for an index of columns only. */
    Map<Integer, Expr> indexTrees(ObjectId index) {
        return indexTrees.getOrDefault(index, Map.of());
    }

    void putIndexTrees(ObjectId index, Map<Integer, Expr> trees) {
        indexTrees.put(index, trees);
    }

    void removeIndexTrees(ObjectId index) {
        indexTrees.remove(index);
    }

    /** Every index's trees; a tree may be replaced in place (a renamed column). */
    Set<Map.Entry<ObjectId, Map<Integer, Expr>>> allIndexTrees() {
        return indexTrees.entrySet();
    }

    // ================================================================== functions and operators by name

    /** Functions of that name, every overload. */
    Set<ObjectId> functionsNamed(QualifiedName name) {
        return functions.getOrDefault(name, Set.of());
    }

    void functionAdded(ObjectId id) {
        functions.computeIfAbsent(id.qualifiedName(), k -> new LinkedHashSet<>()).add(id);
    }

    void functionRemoved(ObjectId id) {
        Set<ObjectId> s = functions.get(id.qualifiedName());
        if (s != null) {
            s.remove(id);
        }
    }

    /** A function's identity changed (a type of its arguments was renamed): overloads are found under the new one. */
    void functionRekeyed(ObjectId old, ObjectId now) {
        functionRemoved(old);
        functionAdded(now);
    }

    /** User-defined operators of a symbol, in any schema. */
    Set<ObjectId> operatorsNamed(String symbol) {
        Set<ObjectId> ids = operators.get(symbol);
        if (ids == null) {
            return Set.of();
        }
        // one dropped along with its schema is still listed: only those that exist
        Set<ObjectId> out = new LinkedHashSet<>();
        for (ObjectId id : ids) {
            if (objects.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    void operatorAdded(String symbol, ObjectId id) {
        operators.computeIfAbsent(symbol, k -> new LinkedHashSet<>()).add(id);
    }

    void operatorRemoved(String symbol, ObjectId id) {
        operators.getOrDefault(symbol, new LinkedHashSet<>()).remove(id);
    }

    /** An operator's identity changed (a type of its operands was renamed, or its schema). */
    void operatorRekeyed(ObjectId old, ObjectId now) {
        Set<ObjectId> ids = operators.get(old.name());
        if (ids != null && ids.remove(old)) {
            ids.add(now);
        }
    }

    // ================================================================== names

    /** The schema an unqualified new object goes to: the first schema of the search path that exists. */
    String creationSchema(int at) {
        for (String s : searchPath) {
            if (schemaExists(s) && !s.equals("pg_catalog")) {
                return s;
            }
        }
        throw errorAt(at, "no schema has been selected to create in (search_path is "
            + (searchPath.isEmpty() ? "empty" : String.join(", ", searchPath)) + ")");
    }

    boolean schemaExists(String s) {
        return objects.containsKey(ObjectId.schema(s));
    }

    /** The qualified name a CREATE gives its object. */
    QualifiedName newName(Name n) {
        List<String> p = n.parts();
        if (p.size() == 1) {
            return new QualifiedName(creationSchema(n.at()), p.get(0));
        }
        String schema = p.get(p.size() - 2);
        if (!schemaExists(schema)) {
            throw errorAt(n.at(), "schema \"" + schema + "\" does not exist");
        }
        return new QualifiedName(schema, p.get(p.size() - 1));
    }

    /** Schemas an unqualified reference is looked up in: pg_catalog first unless the path places it. */
    List<String> lookupPath() {
        List<String> out = new ArrayList<>();
        if (!searchPath.contains("pg_catalog")) {
            out.add("pg_catalog");
        }
        for (String s : searchPath) {
            if (!s.equals("$user")) {
                out.add(s);
            }
        }
        return out;
    }

    /** Finds an existing object of one of {@code kinds} by a name as written. */
    Optional<ObjectId> find(Name n, ObjectKind... kinds) {
        return find(n.parts(), kinds);
    }

    Optional<ObjectId> find(List<String> parts, ObjectKind... kinds) {
        if (parts.size() > 1) {
            QualifiedName q = new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
            for (ObjectKind k : kinds) {
                ObjectId id = ObjectId.of(k, q);
                if (objects.containsKey(id)) {
                    return Optional.of(id);
                }
            }
            return Optional.empty();
        }
        for (String s : lookupPath()) {
            QualifiedName q = new QualifiedName(s, parts.get(0));
            for (ObjectKind k : kinds) {
                ObjectId id = ObjectId.of(k, q);
                if (objects.containsKey(id)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    Optional<ObjectId> findRelation(List<String> parts) {
        return find(parts, RELATIONS);
    }

    /** A relation that must exist, or the statement fails as it would on the server. */
    ObjectId requireRelation(Name n, ObjectKind... kinds) {
        return find(n, kinds).orElseThrow(() -> errorAt(n.at(), "relation \"" + n + "\" does not exist"));
    }

    TableState requireTable(Name n) {
        ObjectId id = requireRelation(n, ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW);
        if (id.kind() != ObjectKind.TABLE) {
            throw errorAt(n.at(), "\"" + n + "\" is not a table");
        }
        return (TableState) objects.get(id);
    }

    Column requireColumn(TableState t, String col, int at) {
        Column c = t.columns.get(col);
        if (c == null) {
            throw errorAt(at, "column \"" + col + "\" of relation \"" + t.name.name() + "\" does not exist");
        }
        return c;
    }

    /** A column of a table or view named in a column privilege: it must exist. */
    void requireColumnOf(ObjectId relation, String column, int at) {
        Object o = objects.get(relation);
        if (o instanceof TableState t) {
            requireColumn(t, column, at);
        } else if (o instanceof View v && v.outputs().stream().noneMatch(x -> x.name().equals(column))) {
            throw errorAt(at, "column \"" + column + "\" of relation \"" + relation.name() + "\" does not exist");
        }
    }

    void checkRelationFree(QualifiedName q, int at) {
        if (names.relationTaken(q)) {
            throw errorAt(at, "relation \"" + q + "\" already exists");
        }
    }

    /** A domain's base type, through domains over domains (an array of a domain stays as it is). */
    DataType baseType(DataType type) {
        DataType t = type;
        for (int depth = 0; depth < 32 && !t.isBuiltin() && !t.array(); depth++) {
            if (objects.get(ObjectId.of(ObjectKind.TYPE, new QualifiedName(t.schema(),
                t.name()))) instanceof Domain d) {
                t = d.baseType();
            } else {
                break;
            }
        }
        return t;
    }

    // ================================================================== the result

    /** The catalog as replayed so far, with every dependency the differ needs. */
    Catalog freeze() {
        Map<ObjectId, SchemaObject> out = new LinkedHashMap<>(objects.size() * 2);
        Map<ObjectId, Set<ObjectId>> deps = new HashMap<>(objects.size() * 4);
        Map<QualifiedName, TableState> tables = new LinkedHashMap<>();
        Map<QualifiedName, List<Index>> indexes = new HashMap<>();
        for (Object o : objects.values()) {
            if (o instanceof TableState t) {
                tables.put(t.name, t);
            } else if (o instanceof Index i) {
                indexes.computeIfAbsent(i.table(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<ObjectId, Object> e : objects.entrySet()) {
            ObjectId id = e.getKey();
            if (id.equals(ObjectId.schema("pg_catalog")) || id.equals(ObjectId.extension("plpgsql"))) {
                continue;
            }
            Object o = e.getValue();
            SchemaObject so;
            if (o instanceof TableState t) {
                resolveForeignKeys(t, tables);
                so = t.freeze();
                Dependencies.ofTable(t, tables, indexes, deps);
            } else {
                so = (SchemaObject) o;
                Set<ObjectId> d = new LinkedHashSet<>(objectRefs.getOrDefault(id, Set.of()));
                Dependencies.ofObject(so, d);
                d.remove(id);
                deps.put(id, d);
            }
            out.put(id, so);
        }
        if (!acls.reading()) {
            return new Catalog(out, deps);
        }
        Predicate<ObjectId> exists = id -> {
            if (id.kind() != ObjectKind.COLUMN) {
                return out.containsKey(id);
            }
            SchemaObject rel = out.get(ObjectId.of(ObjectKind.TABLE, id.qualifiedName()));
            if (rel == null) {
                rel = out.get(ObjectId.of(ObjectKind.VIEW, id.qualifiedName()));
            }
            if (rel == null) {
                rel = out.get(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, id.qualifiedName()));
            }
            return rel instanceof Table t ? t.column(id.member()).isPresent()
                : rel instanceof View v && v.outputs().stream().anyMatch(x -> x.name().equals(id.member()));
        };
        return new Catalog(out, deps, acls.freeze(exists));
    }

    /** A foreign key written without referenced columns references the primary key. */
    private static void resolveForeignKeys(TableState t, Map<QualifiedName, TableState> tables) {
        for (Constraint con : new ArrayList<>(t.constraints.values())) {
            if (con instanceof Constraint.ForeignKey fk && fk.referencedColumns().isEmpty()) {
                TableState ref = tables.get(fk.referencedTable());
                if (ref == null) {
                    continue;
                }
                ref.constraints.values().stream().filter(c -> c instanceof Constraint.PrimaryKey).findFirst()
                    .ifPresent(pk -> t.constraints.put(fk.name(),
                        fk.withReferencedColumns(((Constraint.PrimaryKey) pk).columns())));
            }
        }
    }
}
