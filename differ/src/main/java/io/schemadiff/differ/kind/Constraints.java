package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.cols;
import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Table constraints, as members of their table: added, dropped, and (changed) dropped and added again. The planner
 * re-creates one around a change to what it depends on (a key a foreign key references, a column's type).
 */
final class Constraints {
    private Constraints() {}

    static String what(Table t, Constraint c) {
        return "CONSTRAINT " + q(c.name()) + " ON " + t.name().sql();
    }

    static boolean sameDefinition(Constraint x, Constraint y) {
        return x.withComment(Optional.empty()).equals(y.withComment(Optional.empty()));
    }

    /** {@code ADD CONSTRAINT}, with the locks and reads it takes on an existing table. */
    static void add(Changes ch, Table t, Constraint c, boolean existingTable) {
        ObjectId id = ObjectId.constraint(t.name(), c.name());
        Set<Hazard> hazards = new LinkedHashSet<>();
        if (existingTable) {
            if (c instanceof Constraint.PrimaryKey || c instanceof Constraint.Unique
                || c instanceof Constraint.Exclude) {
                hazards.add(Hazard.INDEX_BUILD);
            } else if (!(c instanceof Constraint.Check ck && (ck.notValid() || ck.notEnforced()))
                && !(c instanceof Constraint.ForeignKey fk && (fk.notValid() || fk.notEnforced()))) {
                // NOT VALID and NOT ENFORCED constraints are added without reading the table
                hazards.add(Hazard.TABLE_SCAN);
            }
        }
        List<String> path = c instanceof Constraint.Check ck ? ck.expression().searchPath() : List.of();
        ch.create(id, Sql.alterTable(t.name(), "ADD CONSTRAINT " + q(c.name()) + " " + definition(c)), Set.of(id),
            hazards, path);
    }

    static void drop(Changes ch, QualifiedName table, String name) {
        ObjectId id = ObjectId.constraint(table, name);
        ch.drop(id, Sql.alterTable(table, "DROP CONSTRAINT " + q(name)), Set.of(id), false, Set.of());
    }

    /** The constraint {@code id} as the target has it, added to its existing table, its comment included. */
    static void create(Changes ch, ObjectId id) {
        ch.to().table(id.qualifiedName()).ifPresent(t -> t.constraint(id.member()).ifPresent(c -> {
            add(ch, t, c, true);
            c.comment().ifPresent(x -> ch.comment(id, what(t, c), c.comment()));
        }));
    }

    /** The drop of the constraint {@code id} as the source has it. */
    static void drop(Changes ch, ObjectId id) {
        ch.from().table(id.qualifiedName()).flatMap(t -> t.constraint(id.member()))
            .ifPresent(c -> drop(ch, id.qualifiedName(), c.name()));
    }

    /** What follows {@code CONSTRAINT name} in CREATE TABLE and ADD CONSTRAINT. */
    static String definition(Constraint c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof Constraint.PrimaryKey pk) {
            sb.append("PRIMARY KEY (").append(cols(pk.columns())).append(pk.withoutOverlaps() ? " WITHOUT OVERLAPS" : "")
                .append(')');
            if (!pk.include().isEmpty()) {
                sb.append(" INCLUDE (").append(cols(pk.include())).append(')');
            }
            sb.append(pk.deferrability().sql());
        } else if (c instanceof Constraint.Exclude ex) {
            sb.append("EXCLUDE");
            if (!ex.method().equals("btree")) {
                sb.append(" USING ").append(ex.method());
            }
            sb.append(" (");
            for (int k = 0; k < ex.keys().size(); k++) {
                sb.append(k > 0 ? ", " : "").append(IndexKind.key(ex.keys().get(k))).append(" WITH ")
                    .append(ex.operators().get(k).contains(".") ? "OPERATOR(" + ex.operators().get(k) + ")"
                    : ex.operators().get(k));
            }
            sb.append(')');
            if (!ex.include().isEmpty()) {
                sb.append(" INCLUDE (").append(cols(ex.include())).append(')');
            }
            ex.where().ifPresent(w -> sb.append(" WHERE ").append(Sql.parenthesized(w.text())));
            sb.append(ex.deferrability().sql());
        } else if (c instanceof Constraint.Unique u) {
            sb.append("UNIQUE ");
            if (u.nullsNotDistinct()) {
                sb.append("NULLS NOT DISTINCT ");
            }
            sb.append('(').append(cols(u.columns())).append(u.withoutOverlaps() ? " WITHOUT OVERLAPS" : "").append(')');
            if (!u.include().isEmpty()) {
                sb.append(" INCLUDE (").append(cols(u.include())).append(')');
            }
            sb.append(u.deferrability().sql());
        } else if (c instanceof Constraint.ForeignKey fk) {
            sb.append("FOREIGN KEY (").append(periodCols(fk.columns(), fk.period())).append(") REFERENCES ")
                .append(fk.referencedTable().sql());
            if (!fk.referencedColumns().isEmpty()) {
                sb.append('(').append(periodCols(fk.referencedColumns(), fk.period())).append(')');
            }
            if (fk.match() == Constraint.ForeignKey.MatchType.FULL) {
                sb.append(" MATCH FULL");
            }
            if (fk.onUpdate() != Constraint.ForeignKey.Action.NO_ACTION) {
                sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
            }
            if (fk.onDelete() != Constraint.ForeignKey.Action.NO_ACTION) {
                sb.append(" ON DELETE ").append(fk.onDelete().sql());
                if (!fk.onDeleteColumns().isEmpty()) {
                    sb.append(" (").append(cols(fk.onDeleteColumns())).append(')');
                }
            }
            sb.append(fk.deferrability().sql());
            if (fk.notEnforced()) {
                sb.append(" NOT ENFORCED"); // PostgreSQL 18: not checked at all (and so not valid)
            } else if (fk.notValid()) {
                sb.append(" NOT VALID");
            }
        } else {
            Constraint.Check ch = (Constraint.Check) c;
            sb.append("CHECK (").append(ch.expression().text()).append(')');
            if (ch.noInherit()) {
                sb.append(" NO INHERIT");
            }
            if (ch.notEnforced()) {
                sb.append(" NOT ENFORCED");
            } else if (ch.notValid()) {
                sb.append(" NOT VALID");
            }
        }
        return sb.toString();
    }

    /** A temporal foreign key's columns: the last one {@code PERIOD}. */
    private static String periodCols(List<String> columns, boolean period) {
        if (!period || columns.isEmpty()) {
            return cols(columns);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add((i == columns.size() - 1 ? "PERIOD " : "") + q(columns.get(i)));
        }
        return String.join(", ", out);
    }
}
