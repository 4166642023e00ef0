package io.schemadiff.differ.kind;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Markers;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnSettings;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tables: created with their columns and constraints (foreign keys after), dropped with what goes along, and changed
 * in place: partitions and inheritance, storage parameters, logging, row-level security, and their columns
 * ({@link Columns}) and constraints ({@link Constraints}). A table whose partition key changes is a new table.
 */
final class TableKind extends Kind<Table> {
    TableKind() {
        super(Table.class, ObjectKind.TABLE);
    }

    @Override
    String what(Table t) {
        return "TABLE " + t.name().sql();
    }

    @Override
    void altered(Changes ch, Table a, Table b) {
        if (!a.partitionBy().equals(b.partitionBy())) {
            // a partition key cannot change, nor can a table become partitioned or stop being: a new table
            drop(ch, a);
            create(ch, b, false);
        } else {
            alter(ch, a, b);
        }
    }

    // ------------------------------------------------------------------ creating

    @Override
    void create(Changes ch, Table t, boolean onExistingTable) {
        // text written under another search_path than the table's first is set afterwards, under its own path
        List<String> path = pathOf(t);
        List<Column> columns = new ArrayList<>();
        List<Column> laterDefaults = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.defaultValue().isPresent() && !c.defaultValue().get().searchPath().isEmpty()
                && !c.defaultValue().get().searchPath().equals(path)) {
                laterDefaults.add(c);
                columns.add(c.withDefault(Optional.empty()));
            } else {
                columns.add(c);
            }
        }
        List<Constraint> constraints = new ArrayList<>();
        List<Constraint> laterChecks = new ArrayList<>();
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Check ck && !ck.expression().searchPath().isEmpty()
                && !ck.expression().searchPath().equals(path)) {
                laterChecks.add(c);
            } else {
                constraints.add(c);
            }
        }
        Map<String, Column> inherited = parentColumns(ch.to(), t);
        List<Column> written = columns;
        if (t.partitionOf().isEmpty() && !inherited.isEmpty()) {
            // an inheritance child writes only its own columns (pg_dump's way); the rest come from its parents
            written = columns.stream().filter(c -> !inherited.containsKey(c.name())
                || !inheritable(c).equals(inheritable(inherited.get(c.name())))).toList();
        }
        createTable(ch, t.withColumns(written).withConstraints(constraints), path);
        if (t.partitionOf().isPresent()) {
            // a partition's columns are its parent's: set what differs
            for (Column c : columns) {
                Column pc = inherited.get(c.name());
                if (pc == null) {
                    continue;
                }
                String col = "ALTER COLUMN " + Sql.q(c.name());
                ObjectId cid = ObjectId.column(t.name(), c.name());
                if (!c.defaultValue().equals(pc.defaultValue())) {
                    ch.alter(cid, Sql.alterTable(t.name(), c.defaultValue().map(d -> col + " SET DEFAULT "
                        + d.text()).orElse(col + " DROP DEFAULT")), Set.of(), false, Set.of(), List.of(),
                        Set.of(t.id()));
                }
                if (c.notNull() && !pc.notNull()) {
                    ch.alter(cid, Sql.alterTable(t.name(), col + " SET NOT NULL"), Set.of(), false, Set.of(),
                        List.of(), Set.of(t.id()));
                }
            }
        }
        for (Column c : laterDefaults) {
            ObjectId id = ObjectId.column(t.name(), c.name());
            ch.alter(id, Sql.alterTable(t.name(), "ALTER COLUMN " + Sql.q(c.name()) + " SET DEFAULT "
                + c.defaultValue().get().text()), Set.of(), false, Set.of(), c.defaultValue().get().searchPath(),
                Set.of(id));
        }
        for (Constraint c : laterChecks) {
            Constraints.add(ch, t, c, false);
        }
        for (Column c : t.columns()) {
            Column pc = inherited.get(c.name());
            // a child has its parent's storage and compression from the start
            ColumnSettings start = pc == null ? ColumnSettings.NONE : ColumnSettings.NONE
                .withStorage(pc.settings().storage()).withCompression(pc.settings().compression());
            Columns.settings(ch, t, c, start, c.settings());
        }
        comments(ch, t);
    }

    private static void createTable(Changes ch, Table t, List<String> path) {
        Set<ObjectId> provides = new LinkedHashSet<>();
        provides.add(t.id());
        for (Column c : t.columns()) {
            provides.add(ObjectId.column(t.name(), c.name()));
        }
        for (Constraint c : t.constraints()) {
            if (!(c instanceof Constraint.ForeignKey)) {
                provides.add(ObjectId.constraint(t.name(), c.name()));
            }
        }
        ch.create(t.id(), definition(t), provides, Set.of(), path);
        rowSecurity(ch, new Table(t.name(), List.of(), List.of(), false, false, false, Optional.empty()), t);
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.ForeignKey) {
                Constraints.add(ch, t, c, false);
            }
        }
    }

    /** {@code CREATE TABLE} with its columns and every constraint but foreign keys (added after all tables). */
    private static String definition(Table t) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (t.unlogged()) {
            sb.append("UNLOGGED ");
        }
        sb.append("TABLE ").append(t.name().sql());
        boolean partition = t.partitionOf().isPresent();
        if (partition) {
            // its columns are its parent's (the caller sets what differs afterwards)
            sb.append(" PARTITION OF ").append(t.partitionOf().get().parent().sql());
        }
        StringBuilder elems = new StringBuilder();
        boolean first = true;
        for (Column c : partition ? List.<Column>of() : t.columns()) {
            elems.append(first ? "\n    " : ",\n    ").append(Columns.definition(c, t.name()));
            first = false;
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.ForeignKey) {
                continue;
            }
            elems.append(first ? "\n    " : ",\n    ").append("CONSTRAINT ").append(Sql.q(c.name())).append(' ')
                .append(Constraints.definition(c));
            first = false;
        }
        if (!partition || elems.length() > 0) {
            sb.append(" (").append(elems).append("\n)");
        }
        if (partition) {
            sb.append("\n").append(t.partitionOf().get().bound().text());
        }
        if (!t.inherits().isEmpty()) {
            sb.append("\nINHERITS (").append(String.join(", ", t.inherits().stream().map(QualifiedName::sql).toList()))
                .append(')');
        }
        t.partitionBy().ifPresent(k -> sb.append("\nPARTITION BY ").append(k.text()));
        if (!t.options().isEmpty()) {
            sb.append("\nWITH (").append(String.join(", ", t.options())).append(')');
        }
        return sb.toString();
    }

    private void comments(Changes ch, Table t) {
        commentCreated(ch, t);
        for (Column c : t.columns()) {
            if (c.comment().isPresent()) {
                ch.comment(ObjectId.column(t.name(), c.name()), Columns.what(t, c), c.comment());
            }
        }
        for (Constraint c : t.constraints()) {
            if (c.comment().isPresent()) {
                ch.comment(ObjectId.constraint(t.name(), c.name()), Constraints.what(t, c), c.comment());
            }
        }
    }

    /** The search path the columns' own text (defaults, generation expressions, checks) was written under. */
    private static List<String> pathOf(Table t) {
        for (Column c : t.columns()) {
            for (Optional<Expression> e : List.of(c.defaultValue(), c.generated())) {
                if (e.isPresent() && !e.get().searchPath().isEmpty()) {
                    return e.get().searchPath();
                }
            }
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Check ch && !ch.expression().searchPath().isEmpty()) {
                return ch.expression().searchPath();
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ dropping

    @Override
    void drop(Changes ch, Table t) {
        Set<ObjectId> needs = keptSequences(ch, t.name(), Optional.empty());
        // partitions the target keeps leave first (the table takes its partitions along)
        for (Table p : ch.from().all(Table.class)) {
            if (p.partitionOf().map(x -> x.parent().equals(t.name())).orElse(false)
                && ch.to().table(p.name()).isPresent()) {
                needs.add(Markers.attached(p.name()));
            }
        }
        ch.add(new Step(Action.DROP, t.id(), "DROP TABLE " + t.name().sql(), true, Set.of(), Optional.empty(),
            List.of(), Set.of(), droppedWith(ch, t), needs));
    }

    /** Everything that goes when a table is dropped: its members, its indexes, the sequences it owns. */
    private static Set<ObjectId> droppedWith(Changes ch, Table t) {
        Set<ObjectId> removes = new LinkedHashSet<>();
        removes.add(t.id());
        for (Column c : t.columns()) {
            removes.add(ObjectId.column(t.name(), c.name()));
        }
        for (Constraint c : t.constraints()) {
            removes.add(ObjectId.constraint(t.name(), c.name()));
        }
        for (Index i : ch.indexesOn(t.name())) {
            removes.add(i.id());
        }
        for (Sequence s : ch.sequencesOwnedBy(t.name())) {
            if (ch.to().get(s.id()).isEmpty()) {
                removes.add(s.id());
            }
        }
        return removes;
    }

    /**
     * Sequences owned by the table (or one of its columns) that the target keeps: their OWNED BY must change before
     * what owns them is dropped, or the drop takes them along.
     */
    static Set<ObjectId> keptSequences(Changes ch, QualifiedName table, Optional<String> column) {
        Set<ObjectId> out = new LinkedHashSet<>();
        for (Sequence s : ch.sequencesOwnedBy(table)) {
            if (column.map(c -> c.equals(s.ownedBy().get().column())).orElse(true)
                && ch.to().get(s.id()).isPresent()) {
                out.add(Markers.ownershipReleased(s.name()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ changing

    private void alter(Changes ch, Table a, Table b) {
        QualifiedName name = b.name();
        boolean detach = a.partitionOf().isPresent() && !a.partitionOf().equals(b.partitionOf());
        if (detach) {
            QualifiedName parent = a.partitionOf().get().parent();
            ch.drop(b.id(), Sql.alterTable(parent, "DETACH PARTITION " + name.sql()), Set.of(Markers.attached(name)),
                false, Set.of());
        }
        for (QualifiedName p : a.inherits()) {
            if (!b.inherits().contains(p)) {
                ch.drop(b.id(), Sql.alterTable(name, "NO INHERIT " + p.sql()), Set.of(), false, Set.of());
            }
        }
        // a partition's or child's columns are first changed by its parents' statements (which recurse): the
        // diff of each column starts from there
        for (Column c : a.columns()) {
            if (b.column(c.name()).isEmpty() && afterParent(ch, a, b, c.name()).isPresent()) {
                Columns.drop(ch, a, c);
            }
        }
        for (Column c : b.columns()) {
            Optional<Column> old = afterParent(ch, a, b, c.name());
            if (old.isEmpty()) {
                Columns.add(ch, b, c);
            } else if (!old.get().equals(c)) {
                Columns.alter(ch, a, b, old.get(), c);
            }
        }
        if (!a.options().equals(b.options())) {
            options(ch, b, a.options(), b.options());
        }
        for (QualifiedName p : b.inherits()) {
            if (!a.inherits().contains(p)) {
                ch.alter(b.id(), Sql.alterTable(name, "INHERIT " + p.sql()), Set.of(), false, Set.of(), List.of(),
                    Set.of(ObjectId.of(ObjectKind.TABLE, p)));
            }
        }
        if (b.partitionOf().isPresent() && !b.partitionOf().equals(a.partitionOf())) {
            Table.PartitionOf po = b.partitionOf().get();
            ch.alter(b.id(), Sql.alterTable(po.parent(), "ATTACH PARTITION " + name.sql() + " " + po.bound().text()),
                Set.of(), false, Set.of(Hazard.TABLE_SCAN), po.bound().searchPath(),
                Set.of(ObjectId.of(ObjectKind.TABLE, po.parent())));
        }
        for (Constraint c : a.constraints()) {
            Optional<Constraint> now = b.constraint(c.name());
            if (now.isEmpty() || !Constraints.sameDefinition(c, now.get())) {
                Constraints.drop(ch, name, c.name());
            }
        }
        for (Constraint c : b.constraints()) {
            Optional<Constraint> old = a.constraint(c.name());
            if (old.isEmpty() || !Constraints.sameDefinition(old.get(), c)) {
                Constraints.add(ch, b, c, true);
                if (c.comment().isPresent()) {
                    ch.comment(ObjectId.constraint(name, c.name()), Constraints.what(b, c), c.comment());
                }
            } else if (!old.get().comment().equals(c.comment())) {
                ch.comment(ObjectId.constraint(name, c.name()), Constraints.what(b, c), c.comment());
            }
        }
        if (a.unlogged() != b.unlogged()) {
            ch.alter(b.id(), Sql.alterTable(name, b.unlogged() ? "SET UNLOGGED" : "SET LOGGED"), Set.of(b.id()), false,
                Set.of(Hazard.TABLE_REWRITE), List.of(), Set.of());
        }
        rowSecurity(ch, a, b);
        commentChanged(ch, a, b);
    }

    /** {@code ALTER TABLE … SET (…)} / {@code RESET (…)} for storage parameters. */
    private static void options(Changes ch, Table t, List<String> a, List<String> b) {
        List<String> actions = new ArrayList<>();
        List<String> reset = new ArrayList<>();
        for (String o : a) {
            String key = o.substring(0, o.indexOf('='));
            if (b.stream().noneMatch(x -> x.startsWith(key + "="))) {
                reset.add(key);
            }
        }
        if (!reset.isEmpty()) {
            actions.add("RESET (" + String.join(", ", reset) + ")");
        }
        List<String> set = b.stream().filter(o -> !a.contains(o)).toList();
        if (!set.isEmpty()) {
            actions.add("SET (" + String.join(", ", set) + ")");
        }
        ch.set(t.id(), Sql.alterTable(t.name(), String.join(",\n    ", actions)));
    }

    /** ENABLE / DISABLE and FORCE / NO FORCE ROW LEVEL SECURITY. */
    private static void rowSecurity(Changes ch, Table a, Table b) {
        if (a.rowSecurity() != b.rowSecurity()) {
            ch.set(b.id(), Sql.alterTable(b.name(), (b.rowSecurity() ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY"));
        }
        if (a.forceRowSecurity() != b.forceRowSecurity()) {
            ch.set(b.id(), Sql.alterTable(b.name(), (b.forceRowSecurity() ? "FORCE" : "NO FORCE")
                + " ROW LEVEL SECURITY"));
        }
    }

    // ------------------------------------------------------------------ partitions and inheritance

    /** A column as it compares with its parent's: what a child cannot have of its own left out. */
    private static Column inheritable(Column c) {
        return c.withComment(Optional.empty()).withSettings(ColumnSettings.NONE).withIdentity(Optional.empty());
    }

    /** The parents' columns of a partition or inheritance child, by name (the first parent's first). */
    private static Map<String, Column> parentColumns(Catalog cat, Table t) {
        Map<String, Column> out = new LinkedHashMap<>();
        List<QualifiedName> parents = t.partitionOf().map(p -> List.of(p.parent())).orElse(t.inherits());
        for (QualifiedName p : parents) {
            cat.table(p).ifPresent(pt -> pt.columns().forEach(c -> out.putIfAbsent(c.name(), c)));
        }
        return out;
    }

    /** A column a partition or an inheritance child has from a parent: the parent's statements change it. */
    static boolean inheritedColumn(Catalog c, Table t, String column) {
        List<QualifiedName> parents = t.partitionOf().map(p -> List.of(p.parent())).orElse(t.inherits());
        for (QualifiedName p : parents) {
            if (c.table(p).flatMap(x -> x.column(column)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A child's column as the parent's ALTER TABLE statements leave it (they recurse): a column the parent adds
     * arrives as the parent's, and what changes on the parent's column (type, default, NOT NULL) changes on the
     * child's. Empty when the child does not have it then.
     */
    private static Optional<Column> afterParent(Changes ch, Table a, Table b, String column) {
        List<QualifiedName> pa = a.partitionOf().map(p -> List.of(p.parent())).orElse(a.inherits());
        List<QualifiedName> pb = b.partitionOf().map(p -> List.of(p.parent())).orElse(b.inherits());
        Optional<Column> x = a.column(column);
        // a partition detached to be attached again (its bound changes) is out of the parent while the parent's
        // statements run: its own statements take it the whole way
        boolean detached = a.partitionOf().isPresent() && !a.partitionOf().equals(b.partitionOf());
        if (pb.isEmpty() || !pa.equals(pb) || ch.from().table(pb.get(0)).isEmpty() || detached) {
            return x;
        }
        Column px = parentColumns(ch.from(), a).get(column);
        Column py = parentColumns(ch.to(), b).get(column);
        if (py == null) {
            return px != null ? Optional.empty() : x;
        }
        if (x.isEmpty()) {
            return px == null ? Optional.of(inheritable(py)) : x;
        }
        Column c = x.get();
        if (px != null) {
            if (!px.type().equals(py.type()) || !px.collation().equals(py.collation())) {
                c = c.withType(py.type()).withCollation(py.collation())
                    .withSettings(c.settings().withStorage(py.settings().storage()));
            }
            if (!px.defaultValue().equals(py.defaultValue())) {
                c = c.withDefault(py.defaultValue());
            }
            if (px.notNull() != py.notNull()) {
                c = c.withNotNull(py.notNull());
            }
            if (!px.generated().equals(py.generated()) || px.virtual() != py.virtual()) {
                c = c.withGenerated(py.generated(), py.virtual());
            }
        }
        return Optional.of(c);
    }
}
