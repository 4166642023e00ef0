package io.schemadiff.parser.interp;

import io.schemadiff.model.Collation;
import io.schemadiff.model.CompositeType;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Domain;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.RangeType;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Statistics;
import io.schemadiff.model.View;
import java.util.Map;
import java.util.Optional;

/** {@code RENAME TO} and {@code SET SCHEMA}: the object under its new name, and what refers to it by name. */
final class Renames {
    private Renames() {}

    static Object renamed(Object o, QualifiedName to) {
        if (o instanceof TableState t) {
            t.name = to;
            return t;
        }
        if (o instanceof View v) {
            return v.withName(to);
        }
        if (o instanceof Sequence s) {
            return new Sequence(to, s.options(), s.ownedBy(), s.comment());
        }
        if (o instanceof Index i) {
            return new Index(to, i.table(), i.unique(), i.method(), i.keys(), i.include(), i.where(),
                i.nullsNotDistinct(), i.parameters(), i.comment(), i.statistics());
        }
        if (o instanceof EnumType e) {
            return new EnumType(to, e.labels(), e.comment());
        }
        if (o instanceof Domain d) {
            return d.withName(to);
        }
        if (o instanceof CompositeType c) {
            return c.withName(to);
        }
        if (o instanceof RangeType r) {
            return r.withName(to);
        }
        if (o instanceof Statistics st) {
            return st.withName(to);
        }
        if (o instanceof Collation c) {
            return new Collation(to, c.options(), c.comment());
        }
        throw new IllegalStateException("cannot rename " + o);
    }

    /** After a table is renamed: its indexes, owned sequences and the foreign keys pointing at it follow. */
    static void relinkReferences(Map<ObjectId, Object> objects, ObjectId old, ObjectId now) {
        if (old.kind() != ObjectKind.TABLE) {
            return;
        }
        QualifiedName from = old.qualifiedName();
        QualifiedName to = now.qualifiedName();
        for (Map.Entry<ObjectId, Object> e : objects.entrySet()) {
            Object o = e.getValue();
            if (o instanceof Index i && i.table().equals(from)) {
                e.setValue(new Index(i.name(), to, i.unique(), i.method(), i.keys(), i.include(), i.where(),
                    i.nullsNotDistinct(), i.parameters(), i.comment(), i.statistics()));
            } else if (o instanceof Sequence s && s.ownedBy().isPresent() && s.ownedBy().get().table().equals(from)) {
                e.setValue(s.withOwnedBy(Optional.of(new Sequence.ColumnRef(to, s.ownedBy().get().column()))));
            } else if (o instanceof TableState t) {
                for (Constraint c : t.constraints.values().toArray(new Constraint[0])) {
                    if (c instanceof Constraint.ForeignKey fk && fk.referencedTable().equals(from)) {
                        t.constraints.put(fk.name(), fk.withReferencedTable(to));
                    }
                }
            }
        }
    }
}
