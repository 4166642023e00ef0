package io.schemadiff.parser.interp;

import io.schemadiff.model.Constraint;
import io.schemadiff.model.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code RENAME COLUMN} in the column lists of keys and indexes (the server tracks columns by number). */
final class ColumnRenames {
    private ColumnRenames() {}

    private static List<String> rename(List<String> cols, String from, String to) {
        List<String> out = new ArrayList<>(cols.size());
        for (String c : cols) {
            out.add(c.equals(from) ? to : c);
        }
        return out;
    }

    static Constraint inConstraint(Constraint con, String from, String to) {
        if (con instanceof Constraint.PrimaryKey pk) {
            return new Constraint.PrimaryKey(pk.name(), rename(pk.columns(), from, to), rename(pk.include(), from, to),
                pk.deferrability(), pk.withoutOverlaps(), pk.comment());
        }
        if (con instanceof Constraint.Unique u) {
            return new Constraint.Unique(u.name(), rename(u.columns(), from, to), rename(u.include(), from, to),
                u.nullsNotDistinct(), u.deferrability(), u.withoutOverlaps(), u.comment());
        }
        if (con instanceof Constraint.ForeignKey fk) {
            return fk.withColumns(rename(fk.columns(), from, to));
        }
        if (con instanceof Constraint.Exclude ex) {
            return new Constraint.Exclude(ex.name(), ex.method(), keys(ex.keys(), from, to), ex.operators(),
                rename(ex.include(), from, to), ex.where(), ex.deferrability(), ex.comment());
        }
        return con;
    }

    /** A foreign key of the renamed column's own table that references it. */
    static Constraint.ForeignKey inReferenced(Constraint.ForeignKey fk, String from, String to) {
        return fk.withReferencedColumns(rename(fk.referencedColumns(), from, to));
    }

    private static List<Index.Key> keys(List<Index.Key> in, String from, String to) {
        List<Index.Key> keys = new ArrayList<>();
        for (Index.Key k : in) {
            if (k.column().isPresent() && k.column().get().equals(from)) {
                keys.add(new Index.Key(Optional.of(to), k.expression(), k.collation(), k.opclass(), k.descending(),
                    k.nullsFirst()));
            } else {
                keys.add(k);
            }
        }
        return keys;
    }

    static Index inIndex(Index idx, String from, String to) {
        List<Index.Key> keys = keys(idx.keys(), from, to);
        return new Index(idx.name(), idx.table(), idx.unique(), idx.method(), keys, rename(idx.include(), from, to),
            idx.where(), idx.nullsNotDistinct(), idx.parameters(), idx.comment(), idx.statistics());
    }
}
