package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Extension;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.SchemaObject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dependency edges of the catalog, from what the interpreter recorded while resolving names. */
final class Dependencies {
    private Dependencies() {}

    static void ofObject(SchemaObject so, Set<ObjectId> deps) {
        if (so instanceof Schema) {
            return;
        }
        if (so instanceof Extension e) {
            if (!e.schema().equals("pg_catalog")) {
                deps.add(ObjectId.schema(e.schema()));
            }
            return;
        }
        if (!so.id().schema().isEmpty()) {
            deps.add(ObjectId.schema(so.id().schema()));
        }
        if (so instanceof EnumType) {
            return;
        }
    }

    static void ofTable(TableState t, Map<QualifiedName, TableState> tables,
                        Map<QualifiedName, List<Index>> indexes, Map<ObjectId, Set<ObjectId>> deps) {
        ObjectId tid = t.id();
        if (t.tableRefs.isEmpty()) {
            deps.put(tid, Set.of(ObjectId.schema(t.name.schema())));
        } else {
            Set<ObjectId> d = new LinkedHashSet<>(t.tableRefs);
            d.remove(tid);
            d.removeIf(r -> r.kind() == ObjectKind.COLUMN && r.qualifiedName().equals(t.name));
            d.add(ObjectId.schema(t.name.schema()));
            deps.put(tid, d);
        }
        for (Column c : t.columns.values()) {
            Set<ObjectId> d = t.columnRefs.get(c.name());
            if (d != null && !d.isEmpty()) {
                ObjectId cid = ObjectId.column(t.name, c.name());
                d.remove(cid);
                deps.put(cid, d);
            }
        }
        for (Constraint con : t.constraints.values()) {
            ObjectId id = ObjectId.constraint(t.name, con.name());
            Set<ObjectId> d = new LinkedHashSet<>();
            for (String col : columnsOf(con)) {
                d.add(ObjectId.column(t.name, col));
            }
            d.addAll(t.constraintRefs.getOrDefault(con.name(), Set.of()));
            if (con instanceof Constraint.ForeignKey fk) {
                TableState ref = tables.get(fk.referencedTable());
                ObjectId key = ref == null ? null : referencedKey(ref, fk.referencedColumns(),
                    indexes.getOrDefault(fk.referencedTable(), List.of()));
                d.add(key != null ? key : ObjectId.of(ObjectKind.TABLE, fk.referencedTable()));
                for (String col : fk.referencedColumns()) {
                    d.add(ObjectId.column(fk.referencedTable(), col));
                }
            }
            deps.put(id, d);
        }
    }

    static List<String> columnsOf(Constraint con) {
        if (con instanceof Constraint.PrimaryKey pk) {
            return pk.columns();
        }
        if (con instanceof Constraint.Unique u) {
            return u.columns();
        }
        if (con instanceof Constraint.ForeignKey fk) {
            return fk.columns();
        }
        return List.of();
    }

    /** The primary key, unique constraint or unique index a foreign key's referenced columns match. */
    private static ObjectId referencedKey(TableState ref, List<String> cols, List<Index> indexes) {
        Set<String> want = new HashSet<>(cols);
        for (Constraint c : ref.constraints.values()) {
            if ((c instanceof Constraint.PrimaryKey || c instanceof Constraint.Unique)
                && new HashSet<>(columnsOf(c)).equals(want)) {
                return ObjectId.constraint(ref.name, c.name());
            }
        }
        for (Index i : indexes) {
            Set<String> keyCols = new HashSet<>();
            boolean plain = i.unique() && i.where().isEmpty();
            for (Index.Key k : i.keys()) {
                plain &= k.column().isPresent();
                k.column().ifPresent(keyCols::add);
            }
            if (plain && keyCols.equals(want)) {
                return i.id();
            }
        }
        return null;
    }
}
