package io.schemadiff.parser.interp;

import io.schemadiff.parser.expr.ColumnNames;
import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnSettings;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Identity;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.CheckBody;
import io.schemadiff.parser.ddl.Ddl.ColumnConstraint;
import io.schemadiff.parser.ddl.Ddl.ColumnDef;
import io.schemadiff.parser.ddl.Ddl.ColumnKey;
import io.schemadiff.parser.ddl.Ddl.CreateTable;
import io.schemadiff.parser.ddl.Ddl.Default;
import io.schemadiff.parser.ddl.Ddl.ForeignKeyBody;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.NotNull;
import io.schemadiff.parser.ddl.Ddl.Nullable;
import io.schemadiff.parser.ddl.Ddl.PrimaryKeyBody;
import io.schemadiff.parser.ddl.Ddl.TableConstraint;
import io.schemadiff.parser.ddl.Ddl.UniqueBody;
import io.schemadiff.parser.ddl.Ddl.UnsupportedAction;
import io.schemadiff.parser.ddl.Ddl.UsingIndexBody;
import io.schemadiff.parser.expr.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CREATE TABLE (its columns, constraints in the server's order, LIKE, inheritance, partitioning) and CREATE TABLE
 * AS.
 */
final class Tables {
    private final WorkingCatalog cat;
    private final Names names;
    private final Resolver resolver;
    private final Columns columns;
    private final Constraints constraints;
    private final Inheritance inheritance;

    Tables(WorkingCatalog cat, Columns columns, Constraints constraints, Inheritance inheritance) {
        this.cat = cat;
        this.names = cat.names();
        this.resolver = cat.resolver();
        this.columns = columns;
        this.constraints = constraints;
        this.inheritance = inheritance;
    }

    // ================================================================== tables

    void createTable(CreateTable ct) {
        QualifiedName name = cat.newName(ct.name());
        ObjectId id = ObjectId.of(ObjectKind.TABLE, name);
        if (names.relationTaken(name)) {
            if (ct.ifNotExists()) {
                return;
            }
            throw cat.errorAt(ct.name().at(), "relation \"" + name + "\" already exists");
        }
        for (UnsupportedAction u : ct.unsupported()) {
            cat.warnAt(u.at(), "not modeled yet, ignored: " + u.what() + " of table " + name);
        }
        TableState t = new TableState(name, ct.unlogged());
        t.options = ct.options();
        List<TableState> parents = new ArrayList<>();
        if (ct.partitionOf().isPresent()) {
            TableState parent = cat.requireTable(ct.partitionOf().get().parent());
            if (parent.partitionBy.isEmpty()) {
                throw cat.errorAt(ct.partitionOf().get().parent().at(), "table \"" + parent.name.name()
                    + "\" is not partitioned");
            }
            parents.add(parent);
        }
        for (Name n : ct.inherits()) {
            TableState parent = cat.requireTable(n);
            if (parent.partitionBy.isPresent()) {
                throw cat.errorAt(n.at(), "cannot inherit from partitioned table \"" + parent.name.name() + "\"");
            }
            if (parents.contains(parent)) {
                throw cat.errorAt(n.at(), "relation \"" + parent.name.name()
                    + "\" would be inherited from more than once");
            }
            parents.add(parent);
        }
        cat.put(id, t);
        names.addRelation(name);
        // the parents' columns come first, in their order (MergeAttributes)
        for (TableState parent : parents) {
            for (Column pc : parent.columns.values()) {
                Column have = t.columns.get(pc.name());
                if (have == null) {
                    inheritance.inherit(parent, t, pc);
                } else if (!have.type().equals(pc.type())) {
                    throw cat.errorAt(ct.at(), "inherited column \"" + pc.name() + "\" has a type conflict");
                } else if (pc.notNull()) {
                    t.columns.put(pc.name(), have.withNotNull(true));
                }
            }
        }
        List<TableConstraint> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Runnable> afterLikes = new ArrayList<>();
        for (int ci = 0; ci <= ct.columns().size(); ci++) {
            for (Ddl.Like like : ct.likes()) {
                if (like.position() == ci) {
                    afterLikes.add(like(t, like, seen));
                }
            }
            if (ci == ct.columns().size()) {
                break;
            }
            ColumnDef cd = ct.columns().get(ci);
            if (!seen.add(cd.name())) {
                throw cat.errorAt(cd.at(), "column \"" + cd.name() + "\" specified more than once");
            }
            if (cd.type() == null) {
                // PARTITION OF's column options: on a column the partition has from its parent
                Column c = cat.requireColumn(t, cd.name(), cd.at());
                for (ColumnConstraint cc : cd.constraints()) {
                    if (cc instanceof NotNull) {
                        c = c.withNotNull(true);
                    } else if (cc instanceof Default d) {
                        Set<ObjectId> refs = t.refsOf(c.name());
                        refs.removeIf(r -> r.kind() != ObjectKind.TYPE);
                        c = c.withDefault(columns.defaultExpr(t, c, d.value(), refs));
                    } else if (cc instanceof ColumnKey ck) {
                        keys.add(Columns.withColumn(ck.constraint(), cd.name()));
                    } else if (!(cc instanceof Nullable)) {
                        throw cat.errorAt(cd.at(), "this column option is not supported on a partition's column");
                    }
                }
                t.columns.put(c.name(), c);
            } else if (t.columns.containsKey(cd.name())) {
                // a column of the parent written again: merged, the local default and NOT NULL win
                Column inherited = t.columns.get(cd.name());
                LinkedHashMap<String, Column> order = new LinkedHashMap<>(t.columns);
                t.columns.remove(cd.name());
                t.columnRefs.remove(cd.name());
                keys.addAll(columns.addColumn(t, cd, true));
                Column local = t.columns.get(cd.name());
                if (!local.type().equals(inherited.type())) {
                    throw cat.errorAt(cd.at(), "column \"" + cd.name() + "\" has a type conflict");
                }
                // a DEFAULT written here wins, DEFAULT NULL too (it takes the parent's away: pg_dump writes it so)
                boolean ownDefault = cd.constraints().stream().anyMatch(x -> x instanceof Default);
                order.put(cd.name(), local.withNotNull(local.notNull() || inherited.notNull())
                    .withDefault(ownDefault ? local.defaultValue() : local.defaultValue().or(inherited::defaultValue)));
                t.columns.clear();
                t.columns.putAll(order);
            } else {
                keys.addAll(columns.addColumn(t, cd, true));
            }
        }
        for (TableState parent : parents) {
            parent.children.add(name);
            t.tableRefs.add(parent.id());
        }
        if (ct.partitionOf().isPresent()) {
            TableState parent = parents.get(0);
            t.partitionOf = Optional.of(new Table.PartitionOf(parent.name,
                Partitions.bound(ct.partitionOf().get().bound(), parent.partitionKeyTypes, cat.searchPath())));
        } else {
            t.inherits = parents.stream().map(p -> p.name).toList();
        }
        t.options = withoutToastOptionsIfNoToast(t, t.options);
        if (ct.partitionBy().isPresent()) {
            try {
                t.partitionBy = Optional.of(Partitions.key(ct.partitionBy().get(), t, resolver, t.tableRefs,
                    cat.searchPath()));
            } catch (IllegalArgumentException e) {
                throw cat.errorAt(ct.partitionBy().get().at(), e.getMessage());
            }
            t.partitionKeyTypes = Partitions.keyTypes(ct.partitionBy().get(), t);
        }
        // constraints in the order they were written (column and table constraints mixed), which is the order the
        // server names them in; NOT VALID means nothing in CREATE TABLE (there are no rows to skip)
        List<TableConstraint> all = new ArrayList<>(keys);
        all.addAll(ct.constraints());
        all.sort(Comparator.comparingInt(TableConstraint::at));
        all.replaceAll(c -> c.notValid() ? new TableConstraint(c.name(), c.body(), c.deferrability(), false, c.at(),
            c.notEnforced())
            : c);
        all = withoutRepeatedKeys(all);
        // the server names check constraints first, then index-backed keys, then foreign keys
        for (TableConstraint tc : all) {
            if (tc.body() instanceof CheckBody || tc.body() instanceof Ddl.NotNullBody) {
                constraints.addConstraint(t, tc, false);
            }
        }
        for (TableConstraint tc : all) {
            if (tc.body() instanceof PrimaryKeyBody) {
                constraints.addConstraint(t, tc, false);
            }
        }
        for (TableConstraint tc : all) {
            if (tc.body() instanceof UniqueBody || tc.body() instanceof UsingIndexBody
                || tc.body() instanceof Ddl.ExcludeBody) {
                constraints.addConstraint(t, tc, false);
            }
        }
        for (TableConstraint tc : all) {
            if (tc.body() instanceof ForeignKeyBody) {
                constraints.addConstraint(t, tc, false);
            }
        }
        afterLikes.forEach(Runnable::run);
    }

    /** {@code CREATE TABLE … AS query}: a table with the query's columns and their types, nothing more. */
    void createTableAs(Ddl.CreateTableAs cta) {
        QualifiedName name = cat.newName(cta.name());
        if (names.relationTaken(name)) {
            if (cta.ifNotExists()) {
                return;
            }
            throw cat.errorAt(cta.name().at(), "relation \"" + name + "\" already exists");
        }
        Optional<LinkedHashMap<String, DataType>> cols = ViewQuery.columns(cta.query(), cta.columns(),
            resolver, cat, new LinkedHashSet<>());
        if (cols.isEmpty()) {
            cat.warnAt(cta.at(), "not modeled yet, ignored: CREATE TABLE " + name
                + " AS (the types of its columns could "
                + "not be worked out from the query)");
            return;
        }
        TableState t = new TableState(name, cta.unlogged());
        for (Map.Entry<String, DataType> e : cols.get().entrySet()) {
            t.columns.put(e.getKey(), Column.of(e.getKey(), e.getValue()));
            DataType dt = e.getValue();
            if (!dt.isBuiltin()) {
                ObjectId tid = ObjectId.of(ObjectKind.TYPE, new QualifiedName(dt.schema(), dt.name()));
                if (cat.has(tid)) {
                    t.refsOf(e.getKey()).add(tid);
                }
            }
        }
        cat.put(t.id(), t);
        names.addRelation(name);
    }

    /**
     * {@code LIKE source INCLUDING …}: the source's columns now (their NOT NULL always, defaults, generation,
     * identity, storage, compression and comments as included); its CHECK constraints, keys and indexes (named
     * afresh for this table) come after the table's own, in what the returned step does.
     */
    private Runnable like(TableState t, Ddl.Like like, Set<String> seen) {
        TableState src = cat.requireTable(like.source());
        Set<String> inc = like.including();
        for (Column sc : src.columns.values()) {
            if (!seen.add(sc.name())) {
                throw cat.errorAt(like.at(), "column \"" + sc.name() + "\" specified more than once");
            }
            ColumnSettings ss = sc.settings();
            ColumnSettings settings = ColumnSettings.NONE
                .withStorage(inc.contains("STORAGE") ? ss.storage() : Optional.empty())
                .withCompression(inc.contains("COMPRESSION") ? ss.compression() : Optional.empty());
            Optional<Identity> identity = Optional.empty();
            if (inc.contains("IDENTITY") && sc.identity().isPresent()) {
                String seqName = names.chooseRelationName(t.name.schema(), t.name.name(), sc.name(), "seq", false,
                    Set.of());
                QualifiedName seq = new QualifiedName(t.name.schema(), seqName);
                names.addRelation(seq);
                identity = Optional.of(new Identity(sc.identity().get().always(), seq, sc.identity().get().options()));
            }
            boolean generated = inc.contains("GENERATED") && sc.generated().isPresent();
            Column c = new Column(sc.name(), sc.type(), sc.collation(),
                inc.contains("DEFAULTS") && sc.generated().isEmpty() ? sc.defaultValue() : Optional.empty(),
                sc.notNull(), identity, generated ? sc.generated() : Optional.empty(), generated && sc.virtual(),
                inc.contains("COMMENTS") ? sc.comment() : Optional.empty(), settings);
            t.columns.put(c.name(), c);
            Set<ObjectId> refs = t.refsOf(c.name());
            for (ObjectId r : src.columnRefs.getOrDefault(sc.name(), Set.of())) {
                if (r.kind() == ObjectKind.TYPE || r.kind() == ObjectKind.COLLATION
                    || (inc.contains("DEFAULTS") && sc.generated().isEmpty())) {
                    refs.add(r.kind() == ObjectKind.COLUMN && r.qualifiedName().equals(src.name)
                        ? ObjectId.column(t.name, r.member()) : r);
                }
            }
            if (generated && src.generatedTrees.containsKey(sc.name())) {
                t.generatedTrees.put(sc.name(), src.generatedTrees.get(sc.name()));
            }
        }
        return () -> {
            String schema = t.name.schema();
            boolean comments = inc.contains("COMMENTS");
            if (inc.contains("CONSTRAINTS")) {
                for (Constraint con : src.constraints.values()) {
                    if (con instanceof Constraint.Check ck && !t.constraints.containsKey(ck.name())) {
                        t.constraints.put(ck.name(), comments ? ck : ck.withComment(Optional.empty()));
                        names.addConstraint(new QualifiedName(schema, ck.name()));
                        Set<ObjectId> refs = new LinkedHashSet<>();
                        for (ObjectId r : src.constraintRefs.getOrDefault(ck.name(), Set.of())) {
                            refs.add(r.kind() == ObjectKind.COLUMN && r.qualifiedName().equals(src.name)
                                ? ObjectId.column(t.name, r.member()) : r);
                        }
                        t.constraintRefs.put(ck.name(), refs);
                        if (src.checkTrees.containsKey(ck.name())) {
                            t.checkTrees.put(ck.name(), src.checkTrees.get(ck.name()));
                        }
                    }
                }
            }
            if (!inc.contains("INDEXES")) {
                return;
            }
            Set<String> onTable = t.constraints.keySet();
            for (Constraint con : new ArrayList<>(src.constraints.values())) {
                Constraint copy;
                if (con instanceof Constraint.PrimaryKey pk) {
                    if (t.constraints.values().stream().anyMatch(x -> x instanceof Constraint.PrimaryKey)) {
                        throw cat.errorAt(like.at(), "multiple primary keys for table \"" + t.name.name()
                            + "\" are not allowed");
                    }
                    String name = names.chooseRelationName(schema, t.name.name(), null, "pkey", true, onTable);
                    copy = new Constraint.PrimaryKey(name, pk.columns(), pk.include(), pk.deferrability(),
                        pk.withoutOverlaps(), comments ? pk.comment() : Optional.empty());
                } else if (con instanceof Constraint.Unique u) {
                    List<String> nameCols = new ArrayList<>(u.columns());
                    nameCols.addAll(u.include());
                    String name = names.chooseRelationName(schema, t.name.name(), Names.columnsAddition(nameCols),
                        "key", true, onTable);
                    copy = new Constraint.Unique(name, u.columns(), u.include(), u.nullsNotDistinct(),
                        u.deferrability(), u.withoutOverlaps(), comments ? u.comment() : Optional.empty());
                } else if (con instanceof Constraint.Exclude ex) {
                    List<String> nameCols = new ArrayList<>();
                    for (Index.Key k : ex.keys()) {
                        nameCols.add(k.column().orElse("expr"));
                    }
                    nameCols.addAll(ex.include());
                    String name = names.chooseRelationName(schema, t.name.name(), Names.columnsAddition(nameCols),
                        "excl", true, onTable);
                    copy = ex.withName(name).withComment(comments ? ex.comment() : Optional.empty());
                    Set<ObjectId> refs = new LinkedHashSet<>();
                    for (ObjectId r : src.constraintRefs.getOrDefault(ex.name(), Set.of())) {
                        refs.add(r.kind() == ObjectKind.COLUMN && r.qualifiedName().equals(src.name)
                            ? ObjectId.column(t.name, r.member()) : r);
                    }
                    t.constraintRefs.put(name, refs);
                } else {
                    continue;
                }
                t.constraints.put(copy.name(), copy);
                names.addConstraint(new QualifiedName(schema, copy.name()));
                names.addRelation(new QualifiedName(schema, copy.name()));
                if (copy instanceof Constraint.PrimaryKey pk) {
                    for (String col : pk.columns()) {
                        t.columns.computeIfPresent(col, (k, v) -> v.withNotNull(true));
                    }
                }
            }
            for (Object o : new ArrayList<>(cat.objects().values())) {
                if (!(o instanceof Index si) || !si.table().equals(src.name)) {
                    continue;
                }
                Map<Integer, Expr> trees = cat.indexTrees(si.id());
                List<String> nameCols = new ArrayList<>();
                for (int k = 0; k < si.keys().size(); k++) {
                    Index.Key key = si.keys().get(k);
                    String cn = key.column().orElse("expr");
                    if (key.column().isEmpty()) {
                        Expr tree = trees.get(k);
                        cn = tree == null ? "expr" : ColumnNames.forIndex(tree);
                    }
                    nameCols.add(IndexKeys.unique(cn, nameCols));
                }
                nameCols.addAll(si.include());
                String name = names.chooseRelationName(schema, t.name.name(), Names.columnsAddition(nameCols), "idx",
                    false, Set.of());
                QualifiedName qn = new QualifiedName(schema, name);
                Index copy = new Index(qn, t.name, si.unique(), si.method(), si.keys(), si.include(), si.where(),
                    si.nullsNotDistinct(), si.parameters(), comments ? si.comment() : Optional.empty());
                cat.put(copy.id(), copy);
                Set<ObjectId> refs = new LinkedHashSet<>();
                for (ObjectId r : cat.refs(si.id())) {
                    refs.add(r.kind() == ObjectKind.COLUMN && r.qualifiedName().equals(src.name)
                        ? ObjectId.column(t.name, r.member()) : r.equals(src.id()) ? t.id() : r);
                }
                cat.putRefs(copy.id(), refs);
                if (!trees.isEmpty()) {
                    cat.putIndexTrees(copy.id(), trees);
                }
                names.addRelation(qn);
            }
        };
    }

    /**
     * {@code toast.*} parameters of a table without a TOAST table (no column of a type that can be toasted) go
     * nowhere: the server keeps nothing of them.
     */
    static List<String> withoutToastOptionsIfNoToast(TableState t, List<String> options) {
        if (options.stream().noneMatch(o -> o.startsWith("toast."))) {
            return options;
        }
        for (Column c : t.columns.values()) {
            if (!ColumnSettings.defaultStorage(c.type()).equals(Optional.of("PLAIN"))) {
                return options;
            }
        }
        return options.stream().filter(o -> !o.startsWith("toast.")).toList();
    }

    /**
     * transformIndexConstraints(): a key that repeats an earlier one of the same CREATE TABLE (same columns, INCLUDE,
     * NULLS NOT DISTINCT and deferrability; the primary key counts first) is not made; an unnamed one that is kept
     * takes the repeated one's name ({@code id int PRIMARY KEY UNIQUE} is one primary key).
     */
    private static List<TableConstraint> withoutRepeatedKeys(List<TableConstraint> all) {
        List<TableConstraint> keys = new ArrayList<>();
        for (TableConstraint tc : all) {
            if (tc.body() instanceof PrimaryKeyBody) {
                keys.add(tc);
            }
        }
        for (TableConstraint tc : all) {
            if (tc.body() instanceof UniqueBody) {
                keys.add(tc);
            }
        }
        if (keys.size() < 2) {
            return all;
        }
        List<TableConstraint> kept = new ArrayList<>();
        Map<TableConstraint, TableConstraint> replaced = new IdentityHashMap<>();
        Set<TableConstraint> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TableConstraint tc : keys) {
            TableConstraint same = null;
            for (TableConstraint k : kept) {
                if (keyShape(k).equals(keyShape(tc)) && k.deferrability() == tc.deferrability()) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(tc);
                continue;
            }
            dropped.add(tc);
            if (replaced.getOrDefault(same, same).name().isEmpty() && tc.name().isPresent()) {
                TableConstraint orig = same;
                TableConstraint cur = replaced.getOrDefault(orig, orig);
                replaced.put(orig, new TableConstraint(tc.name(), cur.body(), cur.deferrability(), cur.notValid(),
                    cur.at(), cur.notEnforced()));
            }
        }
        List<TableConstraint> out = new ArrayList<>();
        for (TableConstraint tc : all) {
            if (!dropped.contains(tc)) {
                out.add(replaced.getOrDefault(tc, tc));
            }
        }
        return out;
    }

    /** What makes two keys' indexes the same: columns, INCLUDE, NULLS NOT DISTINCT, WITHOUT OVERLAPS. */
    private static List<Object> keyShape(TableConstraint tc) {
        if (tc.body() instanceof PrimaryKeyBody pk) {
            return List.of(pk.columns(), pk.include(), false, pk.withoutOverlaps());
        }
        UniqueBody u = (UniqueBody) tc.body();
        return List.of(u.columns(), u.include(), u.nullsNotDistinct(), u.withoutOverlaps());
    }
}
