package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnSettings;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.expr.Expr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Inheritance and partitions: the columns a child gets from its parents, ATTACH and DETACH PARTITION, INHERIT and
 * NO INHERIT, and the partitions' indexes attached to their parent's.
 */
final class Inheritance {
    private final WorkingCatalog cat;
    private final Names names;
    private final Constraints constraints;

    Inheritance(WorkingCatalog cat, Constraints constraints) {
        this.cat = cat;
        this.names = cat.names();
        this.constraints = constraints;
    }

    /** A parent's column as a child gets it: type, collation, default, NOT NULL, generation, storage. */
    void inherit(TableState parent, TableState child, Column pc) {
        ColumnSettings ps = pc.settings();
        Column c = new Column(pc.name(), pc.type(), pc.collation(), pc.defaultValue(), pc.notNull(), Optional.empty(),
            pc.generated(), pc.virtual(), Optional.empty(), ColumnSettings.NONE.withStorage(ps.storage())
            .withCompression(ps.compression()));
        child.columns.put(pc.name(), c);
        // created after the parent's column exists, so that its columns come in the parent's order
        child.tableRefs.add(ObjectId.column(parent.name, pc.name()));
        Set<ObjectId> refs = child.refsOf(pc.name());
        refs.clear();
        for (ObjectId r : parent.columnRefs.getOrDefault(pc.name(), Set.of())) {
            refs.add(r.kind() == ObjectKind.COLUMN && r.qualifiedName().equals(parent.name)
                ? ObjectId.column(child.name, r.member()) : r);
        }
        Expr g = parent.generatedTrees.get(pc.name());
        if (g != null) {
            child.generatedTrees.put(pc.name(), g);
        }
    }

    /**
     * {@code ATTACH PARTITION}: what the partition holds that the parent makes its own becomes the parent's (its
     * copies of the parent's CHECK constraints and foreign keys are no longer its own).
     */
    void attachPartition(TableState parent, Ddl.AttachPartition ap) {
        TableState child = cat.requireTable(ap.child());
        if (parent.partitionBy.isEmpty()) {
            throw cat.errorAt(ap.at(), "table \"" + parent.name.name() + "\" is not partitioned");
        }
        if (child.partitionOf.isPresent()) {
            throw cat.errorAt(ap.at(), "\"" + child.name.name() + "\" is already a partition");
        }
        for (String col : parent.columns.keySet()) {
            if (!child.columns.containsKey(col)) {
                throw cat.errorAt(ap.at(), "table \"" + child.name.name() + "\" is missing column \"" + col + "\"");
            }
        }
        // the parent's checks and foreign keys, and those it has from its own parents (a partition of a partition)
        List<Constraint> fromAbove = new ArrayList<>();
        Set<QualifiedName> climbed = new HashSet<>();
        for (TableState up = parent; up != null && climbed.add(up.name); ) {
            fromAbove.addAll(up.constraints.values());
            QualifiedName next = up.partitionOf.map(x -> x.parent()).orElse(up.inherits.isEmpty() ? null
                : up.inherits.get(0));
            up = next != null && cat.get(ObjectId.of(ObjectKind.TABLE, next)) instanceof TableState ts ? ts : null;
        }
        for (Constraint pc : fromAbove) {
            Constraint cc = child.constraints.get(pc.name());
            if (cc != null && ((pc instanceof Constraint.Check && cc instanceof Constraint.Check)
                || (pc instanceof Constraint.ForeignKey && cc instanceof Constraint.ForeignKey))) {
                constraints.removeConstraint(child, cc);
                names.addConstraint(new QualifiedName(child.name.schema(), cc.name()));
            }
        }
        for (Constraint cc : new ArrayList<>(child.constraints.values())) {
            if (cc instanceof Constraint.ForeignKey fk && parent.constraints.values().stream().anyMatch(pc ->
                pc instanceof Constraint.ForeignKey pf && pf.columns().equals(fk.columns())
                    && pf.referencedTable().equals(fk.referencedTable())
                    && pf.referencedColumns().equals(fk.referencedColumns()))) {
                constraints.removeConstraint(child, cc);
                names.addConstraint(new QualifiedName(child.name.schema(), cc.name()));
            }
        }
        child.partitionOf = Optional.of(new Table.PartitionOf(parent.name,
            Partitions.bound(ap.bound(), parent.partitionKeyTypes, cat.searchPath())));
        child.tableRefs.add(parent.id());
        parent.children.add(child.name);
        constraints.absorb(parent, child);
    }

    /** {@code DETACH PARTITION}: the partition is a table of its own again. */
    void detachPartition(TableState t, Ddl.DetachPartition dp) {
        TableState child = cat.requireTable(dp.child());
        if (child.partitionOf.isEmpty() || !child.partitionOf.get().parent().equals(t.name)) {
            throw cat.errorAt(dp.at(), "relation \"" + child.name.name() + "\" is not a partition of relation \""
                + t.name.name() + "\"");
        }
        child.partitionOf = Optional.empty();
        child.tableRefs.remove(t.id());
        t.children.remove(child.name);
        cat.warnAt(dp.at(), "not modeled yet: the detached partition keeps copies of " + t.name
            + "'s indexes, keys and foreign keys, which are not added to " + child.name);
    }

    /** {@code INHERIT parent} / {@code NO INHERIT parent}. */
    void inherit(TableState t, Ddl.Inherit in) {
        TableState parent = cat.requireTable(in.parent());
        if (in.add()) {
            if (!t.inherits.contains(parent.name)) {
                List<QualifiedName> l = new ArrayList<>(t.inherits);
                l.add(parent.name);
                t.inherits = l;
            }
            parent.children.add(t.name);
            t.tableRefs.add(parent.id());
        } else {
            if (!t.inherits.contains(parent.name)) {
                throw cat.errorAt(in.at(), "relation \"" + parent.name.name() + "\" is not a parent of relation \""
                    + t.name.name() + "\"");
            }
            t.inherits = t.inherits.stream().filter(x -> !x.equals(parent.name)).toList();
            parent.children.remove(t.name);
            t.tableRefs.remove(parent.id());
        }
    }

    /**
     * {@code ALTER INDEX parent ATTACH PARTITION child}: the partition's index (or the key constraint it backs)
     * becomes part of the parent's; it is not the partition's own any more.
     */
    void attachIndex(Ddl.AttachIndex ai) {
        Optional<ObjectId> parentIdx = cat.find(ai.parent(), ObjectKind.INDEX);
        QualifiedName childName = new QualifiedName(ai.child().parts().size() > 1 ? ai.child().parts().get(0)
            : parentIdx.map(ObjectId::schema).orElse(cat.searchPath().isEmpty() ? "public" : cat.searchPath().get(0)),
            ai.child().parts().get(ai.child().parts().size() - 1));
        if (parentIdx.isEmpty() && !names.relationTaken(new QualifiedName(childName.schema(),
            ai.parent().parts().get(ai.parent().parts().size() - 1)))) {
            throw cat.errorAt(ai.at(), "relation \"" + ai.parent() + "\" does not exist");
        }
        ObjectId idx = ObjectId.of(ObjectKind.INDEX, childName);
        if (cat.get(idx) instanceof Index) {
            cat.remove(idx);
            cat.removeRefs(idx);
            cat.removeIndexTrees(idx);
            return;
        }
        for (Object o : cat.objects().values()) {
            if (o instanceof TableState t && t.partitionOf.isPresent() && t.name.schema().equals(childName.schema())) {
                Constraint con = t.constraints.get(childName.name());
                if (con instanceof Constraint.PrimaryKey || con instanceof Constraint.Unique) {
                    t.constraints.remove(con.name());
                    t.constraintRefs.remove(con.name());
                    return;
                }
            }
        }
        throw cat.errorAt(ai.at(), "index \"" + childName.name() + "\" does not exist");
    }
}
