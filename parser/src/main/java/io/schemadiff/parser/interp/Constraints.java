package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.CheckBody;
import io.schemadiff.parser.ddl.Ddl.ForeignKeyBody;
import io.schemadiff.parser.ddl.Ddl.PrimaryKeyBody;
import io.schemadiff.parser.ddl.Ddl.TableConstraint;
import io.schemadiff.parser.ddl.Ddl.UniqueBody;
import io.schemadiff.parser.ddl.Ddl.UsingIndexBody;
import io.schemadiff.parser.expr.Canonicalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Table constraints: added as the server adds them (names chosen as it chooses them, the indexes of keys taking
 * relation names), dropped, renamed; and what a key on a partitioned table does to the partitions' own equal keys
 * and indexes, which become part of it.
 */
final class Constraints {
    private final WorkingCatalog cat;
    private final Names names;
    private final Resolver resolver;

    Constraints(WorkingCatalog cat) {
        this.cat = cat;
        this.names = cat.names();
        this.resolver = cat.resolver();
    }

    void addConstraint(TableState t, TableConstraint tc, boolean onlyThisTable) {
        Ddl.ConstraintBody body = tc.body();
        String schema = t.name.schema();
        Set<String> onTable = t.constraints.keySet();
        Constraint con;
        if (body instanceof CheckBody cb) {
            Set<String> used = new LinkedHashSet<>();
            Set<ObjectId> refs = new LinkedHashSet<>();
            Canonicalizer can = resolver.canonicalizer(t, refs, used);
            String canonical = can.canonical(cb.expr().expr());
            String name = tc.name().orElseGet(() -> names.chooseConstraintName(schema, t.name.name(),
                used.size() == 1 ? used.iterator().next() : null, "check", onTable));
            con = new Constraint.Check(name, new Expression(cb.expr().text(), canonical, cat.searchPath()),
                cb.noInherit(),
                tc.notValid(), Optional.empty(), tc.notEnforced());
            t.constraintRefs.put(name, refs);
            t.checkTrees.put(name, cb.expr().expr());
        } else if (body instanceof PrimaryKeyBody pk) {
            checkColumns(t, pk.columns(), tc.at());
            if (t.constraints.values().stream().anyMatch(c -> c instanceof Constraint.PrimaryKey)) {
                throw cat.errorAt(tc.at(), "multiple primary keys for table \"" + t.name.name() + "\" are not allowed");
            }
            String name = tc.name().orElseGet(() -> names.chooseRelationName(schema, t.name.name(), null, "pkey",
                true, onTable));
            for (String col : pk.columns()) {
                t.columns.computeIfPresent(col, (k, v) -> v.withNotNull(true));
            }
            // the server sets NOT NULL on the partitions' columns too
            notNullInPartitions(t, pk.columns(), new HashSet<>());
            con = new Constraint.PrimaryKey(name, pk.columns(), pk.include(), tc.deferrability(), pk.withoutOverlaps(),
                Optional.empty());
            names.addRelation(new QualifiedName(schema, name));
        } else if (body instanceof UniqueBody u) {
            checkColumns(t, u.columns(), tc.at());
            List<String> nameCols = new ArrayList<>(u.columns());
            nameCols.addAll(u.include());
            String name = tc.name().orElseGet(() -> names.chooseRelationName(schema, t.name.name(),
                Names.columnsAddition(nameCols), "key", true, onTable));
            con = new Constraint.Unique(name, u.columns(), u.include(), u.nullsNotDistinct(), tc.deferrability(),
                u.withoutOverlaps(), Optional.empty());
            names.addRelation(new QualifiedName(schema, name));
        } else if (body instanceof Ddl.ExcludeBody ex) {
            Set<ObjectId> refs = new LinkedHashSet<>();
            IndexKeys keys = IndexKeys.of(cat, t.name, t, ex.elems(), refs, tc.at());
            List<String> nameCols = new ArrayList<>(keys.names());
            nameCols.addAll(ex.include());
            checkColumns(t, ex.include(), tc.at());
            String name = tc.name().orElseGet(() -> names.chooseRelationName(schema, t.name.name(),
                Names.columnsAddition(nameCols), "excl", true, onTable));
            Optional<Expression> where = ex.where().map(w -> {
                Canonicalizer can = resolver.canonicalizer(t, refs, null);
                return new Expression(w.text(), can.canonical(w.expr()), cat.searchPath());
            });
            con = new Constraint.Exclude(name, ex.method(), keys.keys(), ex.operators(), ex.include(), where,
                tc.deferrability(), Optional.empty());
            t.constraintRefs.put(name, refs);
            names.addRelation(new QualifiedName(schema, name));
        } else if (body instanceof Ddl.NotNullBody nn) {
            // a not-null constraint is the column's NOT NULL; its name (PostgreSQL 18) is not modeled
            Column col = cat.requireColumn(t, nn.column(), tc.at());
            t.columns.put(col.name(), col.withNotNull(true));
            return;
        } else if (body instanceof UsingIndexBody ui) {
            con = constraintFromIndex(t, tc, ui);
        } else if (body instanceof ForeignKeyBody fk) {
            checkColumns(t, fk.columns(), tc.at());
            QualifiedName ref = cat.find(fk.table(), ObjectKind.TABLE).map(ObjectId::qualifiedName).orElseGet(() -> {
                if (fk.table().parts().size() == 1) {
                    QualifiedName guess = new QualifiedName(cat.creationSchema(fk.table().at()), fk.table().last());
                    if (guess.equals(t.name)) {
                        return guess;
                    }
                }
                throw cat.errorAt(fk.table().at(), "relation \"" + fk.table() + "\" does not exist");
            });
            String name = tc.name().orElseGet(() -> names.chooseConstraintName(schema, t.name.name(),
                Names.columnsAddition(fk.columns()), "fkey", onTable));
            con = new Constraint.ForeignKey(name, fk.columns(), ref, fk.referencedColumns(), fk.match(),
                fk.onUpdate(), fk.onDelete(), fk.onDeleteColumns(), tc.deferrability(), tc.notValid(), fk.period(),
                Optional.empty(), tc.notEnforced());
        } else {
            throw new IllegalStateException("constraint not handled: " + body);
        }
        if (t.constraints.containsKey(con.name())) {
            throw cat.errorAt(tc.at(), "constraint \"" + con.name() + "\" for relation \"" + t.name.name()
                + "\" already exists");
        }
        t.constraints.put(con.name(), con);
        names.addConstraint(new QualifiedName(schema, con.name()));
        if (!onlyThisTable && (con instanceof Constraint.PrimaryKey || con instanceof Constraint.Unique
            || con instanceof Constraint.Exclude)) {
            absorbIntoPartitions(t);
        }
    }

    /**
     * A partitioned table's index or key that a partition already has an equal one of: the server attaches the
     * partition's (it becomes part of the parent's) rather than building another, so it is no longer the partition's
     * own.
     */
    void absorbIntoPartitions(TableState parent) {
        if (parent.partitionBy.isEmpty()) {
            return;
        }
        for (QualifiedName cn : parent.children) {
            if (cat.get(ObjectId.of(ObjectKind.TABLE, cn)) instanceof TableState child) {
                absorb(parent, child);
                absorbIntoPartitions(child);
            }
        }
    }

    void absorb(TableState parent, TableState child) {
        for (Constraint pc : parent.constraints.values()) {
            for (Constraint cc : new ArrayList<>(child.constraints.values())) {
                if (sameKey(pc, cc)) {
                    child.constraints.remove(cc.name());
                    child.constraintRefs.remove(cc.name());
                }
            }
        }
        // one pass over the objects for both tables' indexes
        List<Index> parentIndexes = new ArrayList<>();
        List<Index> childIndexes = new ArrayList<>();
        for (Object o : cat.objects().values()) {
            if (o instanceof Index i && i.table().equals(parent.name)) {
                parentIndexes.add(i);
            } else if (o instanceof Index i && i.table().equals(child.name)) {
                childIndexes.add(i);
            }
        }
        for (Index ci : childIndexes) {
            if (parentIndexes.stream().anyMatch(pi -> sameIndex(pi, ci))) {
                cat.remove(ci.id());
                cat.removeRefs(ci.id());
                cat.removeIndexTrees(ci.id());
            }
        }
    }

    private static boolean sameKey(Constraint a, Constraint b) {
        if (a instanceof Constraint.PrimaryKey x && b instanceof Constraint.PrimaryKey y) {
            return x.columns().equals(y.columns()) && x.include().equals(y.include());
        }
        if (a instanceof Constraint.Unique x && b instanceof Constraint.Unique y) {
            return x.columns().equals(y.columns()) && x.include().equals(y.include())
                && x.nullsNotDistinct() == y.nullsNotDistinct();
        }
        if (a instanceof Constraint.Exclude x && b instanceof Constraint.Exclude y) {
            return x.withName("").withComment(Optional.empty()).equals(y.withName("").withComment(Optional.empty()));
        }
        return false;
    }

    private static boolean sameIndex(Index a, Index b) {
        return a.unique() == b.unique() && a.method().equals(b.method()) && a.keys().equals(b.keys())
            && a.include().equals(b.include()) && a.where().equals(b.where())
            && a.nullsNotDistinct() == b.nullsNotDistinct();
    }

    private Constraint constraintFromIndex(TableState t, TableConstraint tc, UsingIndexBody ui) {
        QualifiedName iname = new QualifiedName(t.name.schema(), ui.index());
        ObjectId iid = ObjectId.of(ObjectKind.INDEX, iname);
        Object o = cat.get(iid);
        if (!(o instanceof Index idx) || !idx.table().equals(t.name)) {
            throw cat.errorAt(tc.at(), "index \"" + ui.index() + "\" does not exist on table \"" + t.name.name()
                + "\"");
        }
        List<String> cols = new ArrayList<>();
        for (Index.Key k : idx.keys()) {
            cols.add(k.column().orElseThrow(() -> cat.errorAt(tc.at(), "index \"" + ui.index()
                + "\" contains expressions")));
        }
        // the index is renamed to the constraint and belongs to it from now on
        cat.remove(iid);
        cat.removeRefs(iid);
        names.removeRelation(iname);
        String name = tc.name().orElse(ui.index());
        names.addRelation(new QualifiedName(t.name.schema(), name));
        if (ui.primaryKey()) {
            for (String col : cols) {
                t.columns.computeIfPresent(col, (k, v) -> v.withNotNull(true));
            }
            return new Constraint.PrimaryKey(name, cols, idx.include(), tc.deferrability(), Optional.empty());
        }
        return new Constraint.Unique(name, cols, idx.include(), idx.nullsNotDistinct(), tc.deferrability(),
            Optional.empty());
    }

    private void checkColumns(TableState t, List<String> cols, int at) {
        for (String c : cols) {
            if (!t.columns.containsKey(c)) {
                throw cat.errorAt(at, "column \"" + c + "\" named in key does not exist");
            }
        }
    }

    void removeConstraint(TableState t, Constraint con) {
        t.indexRenamed(con.name(), null);
        t.constraints.remove(con.name());
        t.constraintRefs.remove(con.name());
        names.removeConstraint(new QualifiedName(t.name.schema(), con.name()));
        if (con instanceof Constraint.PrimaryKey || con instanceof Constraint.Unique
            || con instanceof Constraint.Exclude) {
            names.removeRelation(new QualifiedName(t.name.schema(), con.name()));
        }
    }

    void renameConstraint(TableState t, Constraint con, String to) {
        Optional<String> cluster = t.clusterOn;
        String replica = t.replicaIdentity;
        removeConstraint(t, con);
        t.clusterOn = cluster;
        t.replicaIdentity = replica;
        t.indexRenamed(con.name(), to);
        Constraint renamed = renamedConstraint(con, to);
        t.constraints.put(to, renamed);
        names.addConstraint(new QualifiedName(t.name.schema(), to));
        if (con instanceof Constraint.PrimaryKey || con instanceof Constraint.Unique
            || con instanceof Constraint.Exclude) {
            names.addRelation(new QualifiedName(t.name.schema(), to));
        }
    }

    private static Constraint renamedConstraint(Constraint con, String to) {
        if (con instanceof Constraint.PrimaryKey pk) {
            return new Constraint.PrimaryKey(to, pk.columns(), pk.include(), pk.deferrability(), pk.withoutOverlaps(),
                pk.comment());
        } else if (con instanceof Constraint.Unique u) {
            return new Constraint.Unique(to, u.columns(), u.include(), u.nullsNotDistinct(), u.deferrability(),
                u.withoutOverlaps(), u.comment());
        } else if (con instanceof Constraint.ForeignKey fk) {
            return fk.withName(to);
        } else if (con instanceof Constraint.Exclude ex) {
            return ex.withName(to);
        } else {
            Constraint.Check ch = (Constraint.Check) con;
            return new Constraint.Check(to, ch.expression(), ch.noInherit(), ch.notValid(), ch.comment());
        }
    }

    /** A primary key's columns are NOT NULL in the partitions too, as the server sets them. */
    private void notNullInPartitions(TableState t, List<String> columns, Set<QualifiedName> seen) {
        for (QualifiedName cn : t.children) {
            if (seen.add(cn) && cat.get(ObjectId.of(ObjectKind.TABLE, cn)) instanceof TableState child
                && child.partitionOf.isPresent()) {
                for (String col : columns) {
                    child.columns.computeIfPresent(col, (k, v) -> v.withNotNull(true));
                }
                notNullInPartitions(child, columns, seen);
            }
        }
    }
}
