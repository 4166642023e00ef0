package io.schemadiff.differ.object;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Markers;
import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnSettings;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Identity;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tables, their columns and their constraints. */
public final class TableChanges {
    private TableChanges() {}

    public static void table(Changes ch, Optional<Table> a, Optional<Table> b) {
        if (a.isEmpty()) {
            create(ch, b.get());
        } else if (b.isEmpty()) {
            drop(ch, a.get());
        } else if (!a.get().partitionBy().equals(b.get().partitionBy())) {
            // a partition key cannot change, nor can a table become partitioned or stop being: a new table
            drop(ch, a.get());
            create(ch, b.get());
        } else {
            alter(ch, a.get(), b.get());
        }
    }

    /** A column as it compares with its parent's: what a child cannot have of its own left out. */
    private static Column inheritable(Column c) {
        return c.withComment(Optional.empty()).withSettings(ColumnSettings.NONE).withIdentity(Optional.empty());
    }

    /** The parents' columns of a partition or inheritance child, by name (the first parent's first). */
    private static java.util.Map<String, Column> parentColumns(io.schemadiff.model.Catalog cat, Table t) {
        java.util.Map<String, Column> out = new java.util.LinkedHashMap<>();
        List<QualifiedName> parents = t.partitionOf().map(p -> List.of(p.parent())).orElse(t.inherits());
        for (QualifiedName p : parents) {
            cat.table(p).ifPresent(pt -> pt.columns().forEach(c -> out.putIfAbsent(c.name(), c)));
        }
        return out;
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

    private static String what(Table t) {
        return "TABLE " + t.name().sql();
    }

    private static String what(Table t, Column c) {
        return "COLUMN " + t.name().sql() + "." + Identifiers.quote(c.name());
    }

    private static String what(Table t, Constraint c) {
        return "CONSTRAINT " + Identifiers.quote(c.name()) + " ON " + t.name().sql();
    }

    /** The search path the columns' own text (defaults, generation expressions, checks) was written under. */
    private static List<String> pathOf(Optional<Expression> e) {
        return e.map(Expression::searchPath).orElse(List.of());
    }

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

    static void create(Changes ch, Table t) {
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
        java.util.Map<String, Column> inherited = parentColumns(ch.to(), t);
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
                String col = "ALTER COLUMN " + Identifiers.quote(c.name());
                ObjectId cid = ObjectId.column(t.name(), c.name());
                if (!c.defaultValue().equals(pc.defaultValue())) {
                    ch.alter(cid, Statements.alterTable(t.name(), c.defaultValue().map(d -> col + " SET DEFAULT "
                        + d.text()).orElse(col + " DROP DEFAULT")), Set.of(), false, Set.of(), List.of(), Set.of(t.id()));
                }
                if (c.notNull() && !pc.notNull()) {
                    ch.alter(cid, Statements.alterTable(t.name(), col + " SET NOT NULL"), Set.of(), false, Set.of(),
                        List.of(), Set.of(t.id()));
                }
            }
        }
        for (Column c : laterDefaults) {
            ObjectId id = ObjectId.column(t.name(), c.name());
            ch.alter(id, Statements.alterTable(t.name(), "ALTER COLUMN " + Identifiers.quote(c.name())
                + " SET DEFAULT " + c.defaultValue().get().text()), Set.of(), false, Set.of(),
                c.defaultValue().get().searchPath(), Set.of(id));
        }
        for (Constraint c : laterChecks) {
            addConstraint(ch, t, c, false);
        }
        for (Column c : t.columns()) {
            Column pc = inherited.get(c.name());
            // a child has its parent's storage and compression from the start
            ColumnSettings start = pc == null ? ColumnSettings.NONE : ColumnSettings.NONE
                .withStorage(pc.settings().storage()).withCompression(pc.settings().compression());
            settings(ch, t, c, start, c.settings());
        }
        comments(ch, t);
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
        ch.alter(t.id(), Statements.alterTable(t.name(), String.join(",\n    ", actions)), Set.of(), false,
            Set.of(), List.of(), Set.of(t.id()));
    }

    /**
     * {@code ALTER COLUMN … SET STATISTICS | STORAGE | COMPRESSION | (…) | RESET (…)} from one column's settings to
     * another's, as one statement.
     */
    static void settings(Changes ch, Table t, Column c, ColumnSettings a, ColumnSettings b) {
        if (a.equals(b)) {
            return;
        }
        String col = "ALTER COLUMN " + Identifiers.quote(c.name());
        List<String> actions = new ArrayList<>();
        Set<Hazard> hazards = new LinkedHashSet<>();
        if (a.statistics() != b.statistics()) {
            actions.add(col + " SET STATISTICS " + b.statistics());
        }
        if (!a.storage().equals(b.storage())) {
            // back to the type's own: PostgreSQL 16's SET STORAGE DEFAULT is too new, so name it
            actions.add(col + " SET STORAGE " + b.storage().orElse(ColumnSettings.defaultStorage(c.type())
                .orElse("EXTENDED")));
        }
        if (!a.compression().equals(b.compression())) {
            actions.add(col + " SET COMPRESSION " + b.compression().orElse("default"));
        }
        List<String> reset = new ArrayList<>();
        for (String o : a.options()) {
            String key = o.substring(0, o.indexOf('='));
            if (b.options().stream().noneMatch(x -> x.startsWith(key + "="))) {
                reset.add(key);
            }
        }
        if (!reset.isEmpty()) {
            actions.add(col + " RESET (" + String.join(", ", reset) + ")");
        }
        List<String> set = b.options().stream().filter(o -> !a.options().contains(o)).toList();
        if (!set.isEmpty()) {
            actions.add(col + " SET (" + String.join(", ", set.stream().map(o -> o.replaceFirst("=", " = ")).toList())
                + ")");
        }
        ObjectId id = ObjectId.column(t.name(), c.name());
        ch.alter(id, Statements.alterTable(t.name(), String.join(",\n    ", actions)), Set.of(), false, hazards,
            List.of(), Set.of(id));
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
        ch.create(t.id(), Statements.createTable(t), provides, Set.of(), path);
        TypeChanges.rowSecurity(ch, new Table(t.name(), List.of(), List.of(), false, false, false, Optional.empty()), t);
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.ForeignKey) {
                addConstraint(ch, t, c, false);
            }
        }
    }

    private static void comments(Changes ch, Table t) {
        if (t.comment().isPresent()) {
            ch.comment(t.id(), what(t), t.comment());
        }
        for (Column c : t.columns()) {
            if (c.comment().isPresent()) {
                ch.comment(ObjectId.column(t.name(), c.name()), what(t, c), c.comment());
            }
        }
        for (Constraint c : t.constraints()) {
            if (c.comment().isPresent()) {
                ch.comment(ObjectId.constraint(t.name(), c.name()), what(t, c), c.comment());
            }
        }
    }

    /** Everything that goes when a table is dropped: its members, its indexes, the sequences it owns. */
    static Set<ObjectId> droppedWith(Changes ch, Table t) {
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

    private static Set<ObjectId> keptSequences(Changes ch, QualifiedName table, Optional<String> column) {
        Set<ObjectId> out = new LinkedHashSet<>();
        for (Sequence s : ch.sequencesOwnedBy(table)) {
            if (column.map(c -> c.equals(s.ownedBy().get().column())).orElse(true)
                && ch.to().get(s.id()).isPresent()) {
                out.add(Markers.ownershipReleased(s.name()));
            }
        }
        return out;
    }

    private static void drop(Changes ch, Table t) {
        Set<ObjectId> needs = keptSequences(ch, t.name(), Optional.empty());
        // partitions the target keeps leave first (the table takes its partitions along)
        for (Table p : ch.from().all(Table.class)) {
            if (p.partitionOf().map(x -> x.parent().equals(t.name())).orElse(false)
                && ch.to().table(p.name()).isPresent()) {
                needs.add(Markers.attached(p.name()));
            }
        }
        ch.add(new io.schemadiff.differ.plan.Step(io.schemadiff.differ.plan.Step.Action.DROP, t.id(),
            Statements.dropTable(t.name()), true, Set.of(), Optional.empty(), List.of(), Set.of(), droppedWith(ch, t),
            needs));
    }

    private static void alter(Changes ch, Table a, Table b) {
        QualifiedName name = b.name();
        boolean detach = a.partitionOf().isPresent() && !a.partitionOf().equals(b.partitionOf());
        if (detach) {
            QualifiedName parent = a.partitionOf().get().parent();
            ch.drop(b.id(), Statements.alterTable(parent, "DETACH PARTITION " + name.sql()), Set.of(Markers.attached(name)),
                false, Set.of());
        }
        for (QualifiedName p : a.inherits()) {
            if (!b.inherits().contains(p)) {
                ch.drop(b.id(), Statements.alterTable(name, "NO INHERIT " + p.sql()), Set.of(), false,
                    Set.of());
            }
        }
        // a partition's or child's columns are first changed by its parents' statements (which recurse): the
        // diff of each column starts from there
        for (Column c : a.columns()) {
            if (b.column(c.name()).isEmpty() && afterParent(ch, a, b, c.name()).isPresent()) {
                dropColumn(ch, a, c);
            }
        }
        for (Column c : b.columns()) {
            Optional<Column> old = afterParent(ch, a, b, c.name());
            if (old.isEmpty()) {
                addColumn(ch, b, c);
            } else if (!old.get().equals(c)) {
                alterColumn(ch, a, b, old.get(), c);
            }
        }
        if (!a.options().equals(b.options())) {
            options(ch, b, a.options(), b.options());
        }
        for (QualifiedName p : b.inherits()) {
            if (!a.inherits().contains(p)) {
                ch.alter(b.id(), Statements.alterTable(name, "INHERIT " + p.sql()), Set.of(), false,
                    Set.of(), List.of(), Set.of(ObjectId.of(io.schemadiff.model.ObjectKind
                    .TABLE, p)));
            }
        }
        if (b.partitionOf().isPresent() && !b.partitionOf().equals(a.partitionOf())) {
            Table.PartitionOf po = b.partitionOf().get();
            ch.alter(b.id(), Statements.alterTable(po.parent(), "ATTACH PARTITION " + name.sql() + " "
                + po.bound().text()), Set.of(), false, Set.of(Hazard.TABLE_SCAN), po.bound().searchPath(),
                Set.of(ObjectId.of(io.schemadiff.model.ObjectKind.TABLE, po.parent())));
        }
        for (Constraint c : a.constraints()) {
            Optional<Constraint> now = b.constraint(c.name());
            if (now.isEmpty() || !sameDefinition(c, now.get())) {
                ch.drop(ObjectId.constraint(name, c.name()), Statements.dropConstraint(name, c.name()),
                    Set.of(ObjectId.constraint(name, c.name())), false, Set.of());
            }
        }
        for (Constraint c : b.constraints()) {
            Optional<Constraint> old = a.constraint(c.name());
            if (old.isEmpty() || !sameDefinition(old.get(), c)) {
                addConstraint(ch, b, c, true);
                if (c.comment().isPresent()) {
                    ch.comment(ObjectId.constraint(name, c.name()), what(b, c), c.comment());
                }
            } else if (!old.get().comment().equals(c.comment())) {
                ch.comment(ObjectId.constraint(name, c.name()), what(b, c), c.comment());
            }
        }
        if (a.unlogged() != b.unlogged()) {
            ch.alter(b.id(), Statements.alterTable(name, b.unlogged() ? "SET UNLOGGED" : "SET LOGGED"),
                Set.of(b.id()), false, Set.of(Hazard.TABLE_REWRITE), List.of(),
                Set.of());
        }
        TypeChanges.rowSecurity(ch, a, b);
        if (!a.comment().equals(b.comment())) {
            ch.comment(b.id(), what(b), b.comment());
        }
    }

    static boolean sameDefinition(Constraint x, Constraint y) {
        return x.withComment(Optional.empty()).equals(y.withComment(Optional.empty()));
    }

    static void addConstraint(Changes ch, Table t, Constraint c, boolean existingTable) {
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
        ch.create(id, Statements.addConstraint(t.name(), c), Set.of(id), hazards, path);
    }

    private static void addColumn(Changes ch, Table t, Column c) {
        ObjectId id = ObjectId.column(t.name(), c.name());
        Set<Hazard> hazards = new LinkedHashSet<>();
        if (c.generated().isPresent() && !c.virtual() || c.identity().isPresent()) {
            // a stored generated or identity column is filled in for every row; a virtual one is computed when read
            hazards.add(Hazard.TABLE_REWRITE);
        }
        var step = ch.create(id, Statements.alterTable(t.name(), "ADD COLUMN " + Statements.columnDefinition(c,
            t.name())), Set.of(id), hazards, pathOf(c.defaultValue().or(c::generated)));
        if (c.notNull() && c.defaultValue().isEmpty() && c.identity().isEmpty() && c.generated().isEmpty()) {
            ch.steps().set(ch.steps().size() - 1, step.withReason("fails if " + t.name()
                + " has rows: the new column is NOT NULL and has no default"));
        }
        settings(ch, t, c, ColumnSettings.NONE, c.settings());
        if (c.comment().isPresent()) {
            ch.comment(id, what(t, c), c.comment());
        }
    }

    private static void dropColumn(Changes ch, Table t, Column c) {
        ObjectId id = ObjectId.column(t.name(), c.name());
        Set<ObjectId> removes = new LinkedHashSet<>();
        removes.add(id);
        // the server drops the constraints and indexes that use the column, and the sequences it owns
        for (Constraint con : t.constraints()) {
            if (ch.from().dependencies(ObjectId.constraint(t.name(), con.name())).contains(id)) {
                removes.add(ObjectId.constraint(t.name(), con.name()));
            }
        }
        for (Index i : ch.indexesOn(t.name())) {
            if (ch.from().dependencies(i.id()).contains(id)) {
                removes.add(i.id());
            }
        }
        for (Sequence s : ch.sequencesOwnedBy(t.name())) {
            if (s.ownedBy().get().id().equals(id) && ch.to().get(s.id()).isEmpty()) {
                removes.add(s.id());
            }
        }
        ch.add(new io.schemadiff.differ.plan.Step(io.schemadiff.differ.plan.Step.Action.DROP, id,
            Statements.alterTable(t.name(), "DROP COLUMN " + Identifiers.quote(c.name())), true,
            Set.of(), Optional.empty(), List.of(), Set.of(), removes,
            keptSequences(ch, t.name(), Optional.of(c.name()))));
    }

    /**
     * The statements changing a column from {@code from} to {@code to} with its default left alone: the planner
     * takes the default off before something it uses is dropped, and sets it after ({@link Recreate#dropDefault},
     * {@link Recreate#setDefault}). They run after the default is off, which the old one may not survive anyway
     * (a type change converts it). Comments are not included.
     */
    public static List<io.schemadiff.differ.plan.Step> alterColumnWithoutDefault(io.schemadiff.model.Catalog from,
                                                                          io.schemadiff.model.Catalog to,
                                                                          ObjectId column) {
        Table ta = from.table(column.qualifiedName()).orElseThrow();
        Table tb = to.table(column.qualifiedName()).orElseThrow();
        Column a = ta.column(column.member()).orElseThrow().withDefault(Optional.empty());
        Column b = tb.column(column.member()).orElseThrow().withDefault(Optional.empty());
        Changes tmp = new Changes(from, to);
        alterColumn(tmp, ta, tb, a, b);
        List<io.schemadiff.differ.plan.Step> out = new ArrayList<>();
        for (io.schemadiff.differ.plan.Step s : tmp.steps()) {
            if (s.provides().contains(column)) {
                Set<ObjectId> needs = new LinkedHashSet<>(s.needs());
                needs.add(Markers.defaultReleased(column));
                out.add(new io.schemadiff.differ.plan.Step(s.action(), s.object(), s.sql(), s.dataLoss(), s.hazards(),
                    s.reason(), s.searchPath(), s.provides(), s.removes(), needs));
            }
        }
        return out;
    }

    private static void alterColumn(Changes ch, Table ta, Table tb, Column a, Column b) {
        QualifiedName table = tb.name();
        ObjectId id = ObjectId.column(table, b.name());
        String col = Identifiers.quote(b.name());
        boolean generationChanged = !a.generated().equals(b.generated()) || a.virtual() != b.virtual();
        if (generationChanged && b.generated().isPresent()) {
            // a column becomes generated or its expression changes: the server can only re-create it
            // the column's values are thrown away and computed again; if it was not generated, that loses data
            ch.drop(id, Statements.alterTable(table, "DROP COLUMN " + col), Set.of(id), a.generated().isEmpty(),
                Set.of());
            addColumn(ch, tb, b);
            return;
        }
        List<String> actions = new ArrayList<>();
        Set<Hazard> hazards = new LinkedHashSet<>();
        boolean dataLoss = false;
        String reason = null;
        if (generationChanged) {
            actions.add("ALTER COLUMN " + col + " DROP EXPRESSION");
        }
        boolean typeChanged = !a.type().equals(b.type()) || !a.collation().equals(b.collation());
        boolean defaultChanged = !a.defaultValue().equals(b.defaultValue());
        if (typeChanged && a.defaultValue().isPresent()) {
            // the old default may not convert to the new type: take it off, put the target's back after
            actions.add("ALTER COLUMN " + col + " DROP DEFAULT");
            defaultChanged = b.defaultValue().isPresent();
        }
        if (typeChanged) {
            TypeChange tc = TypeChange.of(a.type(), b.type());
            StringBuilder sb = new StringBuilder("ALTER COLUMN ").append(col).append(" TYPE ").append(b.type().sql());
            b.collation().ifPresent(c -> sb.append(" COLLATE ").append(c.sql()));
            if (tc.needsUsing()) {
                // no cast between the two: through the text form, which every type has
                sb.append(" USING ").append(col).append(tc.viaText() ? "::text::" : "::").append(b.type().sql());
            }
            actions.add(sb.toString());
            if (!tc.binaryCoercible() || !a.collation().equals(b.collation())) {
                hazards.add(Hazard.TABLE_REWRITE);
            }
            if (!tc.widening() && !a.type().equals(b.type())) {
                dataLoss = true;
                reason = "changing " + a.type().sql() + " to " + b.type().sql() + " can fail or lose data"
                    + (tc.viaText() ? " (there is no cast: converted through text)" : "");
            }
        }
        if (defaultChanged) {
            actions.add(b.defaultValue().map(d -> "ALTER COLUMN " + col + " SET DEFAULT " + d.text())
                .orElse("ALTER COLUMN " + col + " DROP DEFAULT"));
        }
        // an identity needs NOT NULL before it is added, and must be gone before NOT NULL is dropped
        boolean dropsIdentity = a.identity().isPresent() && b.identity().isEmpty();
        Set<ObjectId> after = Set.of();
        if (dropsIdentity) {
            // a step of its own, first: it frees the identity sequence's name for a sequence the column's new
            // default may use (an identity becoming a serial), which is created between the two
            ObjectId gone = Markers.identityDropped(id);
            ch.add(new io.schemadiff.differ.plan.Step(io.schemadiff.differ.plan.Step.Action.ALTER, id,
                Statements.alterTable(table, "ALTER COLUMN " + col + " DROP IDENTITY"), false,
                Set.of(), Optional.empty(), List.of(), Set.of(gone),
                Set.of(ObjectId.of(io.schemadiff.model.ObjectKind.SEQUENCE, a.identity().get().sequence())),
                Set.of()));
            after = Set.of(gone);
        }
        if (a.notNull() != b.notNull()) {
            actions.add("ALTER COLUMN " + col + (b.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
            if (b.notNull()) {
                hazards.add(Hazard.TABLE_SCAN);
            }
        }
        if (a.identity().isEmpty() && b.identity().isPresent() && !actions.isEmpty()) {
            // the identity's sequence takes its name only once what held that name (a serial's sequence) is gone:
            // a step of its own, which the planner puts after the drop of anything of that name
            var first = ch.alter(id, Statements.alterTable(table, String.join(",\n    ", actions)), Set.of(id),
                dataLoss, hazards, pathOf(b.defaultValue()), Set.of());
            if (reason != null) {
                ch.steps().set(ch.steps().size() - 1, first.withReason(reason));
            }
            actions.clear();
            hazards.clear();
            dataLoss = false;
            reason = null;
        }
        identity(a, b, col, actions, table);
        Set<ObjectId> provides = new LinkedHashSet<>();
        provides.add(id);
        b.identity().ifPresent(i -> provides.add(ObjectId.of(io.schemadiff.model.ObjectKind.SEQUENCE, i.sequence())));
        if (b.identity().isPresent() && a.identity().isEmpty() && a.defaultValue().isPresent() && reason == null) {
            reason = "the identity starts at its START value, not where the old default's sequence was: set it past "
                + "the column's maximum (setval) before inserting";
        }
        if (!actions.isEmpty()) {
            var step = new io.schemadiff.differ.plan.Step(io.schemadiff.differ.plan.Step.Action.ALTER, id,
                Statements.alterTable(table, String.join(",\n    ", actions)), dataLoss, hazards, Optional.empty(),
                pathOf(b.defaultValue()), provides, Set.of(), after);
            ch.add(step);
            if (reason != null) {
                ch.steps().set(ch.steps().size() - 1, step.withReason(reason));
            }
        }
        // a new type brings its own default storage
        boolean typeChangedSettings = !a.type().equals(b.type());
        settings(ch, tb, b, typeChangedSettings ? a.settings().withStorage(Optional.empty()) : a.settings(),
            b.settings());
        if (!a.comment().equals(b.comment())) {
            ch.comment(id, what(tb, b), b.comment());
        }
    }

    private static void identity(Column a, Column b, String col, List<String> actions, QualifiedName table) {
        Optional<Identity> x = a.identity();
        Optional<Identity> y = b.identity();
        if (x.equals(y) || y.isEmpty()) {
            return; // a dropped identity is dropped before NOT NULL is
        }
        if (x.isEmpty()) {
            actions.add("ALTER COLUMN " + col + " ADD " + Statements.identity(y.get(), table, b.name()));
            return;
        }
        if (x.get().always() != y.get().always()) {
            actions.add("ALTER COLUMN " + col + " SET GENERATED " + (y.get().always() ? "ALWAYS" : "BY DEFAULT"));
        }
        // bounds at their defaults follow a type change by themselves (ALTER COLUMN TYPE re-types the sequence)
        io.schemadiff.model.SequenceOptions from = x.get().options();
        io.schemadiff.model.SequenceOptions to = y.get().options();
        if (!from.type().equals(to.type())) {
            from = io.schemadiff.model.SequenceOptions.resolve(to.type(), from.defaultStart() ? null : from.start(),
                from.increment(), from.defaultMin() ? null : from.min(), from.defaultMax() ? null : from.max(),
                from.cache(), from.cycle());
        }
        List<String> sets = new ArrayList<>();
        if (from.increment() != to.increment()) {
            sets.add("INCREMENT BY " + to.increment());
        }
        if (from.min() != to.min()) {
            sets.add(to.defaultMin() ? "NO MINVALUE" : "MINVALUE " + to.min());
        }
        if (from.max() != to.max()) {
            sets.add(to.defaultMax() ? "NO MAXVALUE" : "MAXVALUE " + to.max());
        }
        if (from.start() != to.start()) {
            sets.add("START WITH " + to.start());
        }
        if (from.cache() != to.cache()) {
            sets.add("CACHE " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            sets.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        if (!sets.isEmpty()) {
            StringBuilder sb = new StringBuilder("ALTER COLUMN ").append(col);
            for (String set : sets) {
                sb.append(" SET ").append(set);
            }
            actions.add(sb.toString());
        }
    }

    /**
     * The kind of a column type change, for safety and for whether the server needs USING; {@code viaText} when
     * there is no cast between the two (built-in) types and USING must go through text.
     */
    record TypeChange(boolean widening, boolean binaryCoercible, boolean needsUsing, boolean viaText) {
        TypeChange(boolean widening, boolean binaryCoercible, boolean needsUsing) {
            this(widening, binaryCoercible, needsUsing, false);
        }

        private static final List<String> INTS = List.of("smallint", "integer", "bigint");
        private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
        private static final Set<String> STRINGS = Set.of("text", "character varying", "character", "bpchar", "name");

        static TypeChange of(DataType a, DataType b) {
            if (a.equals(b)) {
                return new TypeChange(true, true, false);
            }
            boolean builtins = a.isBuiltin() && b.isBuiltin();
            if (a.array() != b.array()) {
                return new TypeChange(false, false, true, builtins && !Casts.exists(a, b));
            }
            String x = a.name();
            String y = b.name();
            if (builtins && x.equals(y)) {
                // only the modifier changes
                boolean wider = b.typmod().isEmpty() || widerTypmod(x, a.typmod(), b.typmod());
                boolean coercible = wider && !x.equals("character") && !x.startsWith("timestamp")
                    && !x.startsWith("time ") && !x.startsWith("interval");
                return new TypeChange(wider, coercible || (wider && x.equals("character varying")), false);
            }
            if (builtins && INTS.contains(x) && INTS.contains(y)) {
                return new TypeChange(INTS.indexOf(y) > INTS.indexOf(x), false, false);
            }
            if (builtins && INTS.contains(x) && y.equals("numeric")) {
                return new TypeChange(b.typmod().isEmpty() || integerDigits(b.typmod()) >= new int[] {5, 10, 19}[
                    INTS.indexOf(x)], false, false);
            }
            if (builtins && x.equals("real") && y.equals("double precision")) {
                return new TypeChange(true, false, false);
            }
            if (builtins && NUMBERS.contains(x) && NUMBERS.contains(y)) {
                return new TypeChange(false, false, false);
            }
            if (builtins && STRINGS.contains(x) && STRINGS.contains(y)) {
                boolean toUnbounded = y.equals("text") || (y.equals("character varying") && b.typmod().isEmpty());
                boolean fromVarying = x.equals("character varying") || x.equals("text");
                return new TypeChange(toUnbounded && !x.equals("name"), toUnbounded && fromVarying, false);
            }
            if (builtins && STRINGS.contains(y) && y.equals("text")) {
                return new TypeChange(true, false, false); // every type converts to text by assignment
            }
            if (builtins && (x.startsWith("timestamp") && y.startsWith("timestamp")
                || x.equals("date") && y.startsWith("timestamp"))) {
                return new TypeChange(false, false, false);
            }
            return new TypeChange(false, false, true, builtins && !Casts.exists(a, b));
        }

        /** Digits before the decimal point that numeric(p,s) holds. */
        private static int integerDigits(String typmod) {
            String[] f = typmod.substring(1, typmod.length() - 1).split(",");
            try {
                return Integer.parseInt(f[0].trim()) - (f.length > 1 ? Integer.parseInt(f[1].trim()) : 0);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static boolean widerTypmod(String type, String from, String to) {
            if (from.isEmpty()) {
                return false;
            }
            String[] f = from.substring(1, from.length() - 1).split(",");
            String[] t = to.substring(1, to.length() - 1).split(",");
            try {
                if (type.equals("numeric")) {
                    int fp = Integer.parseInt(f[0].trim());
                    int fs = f.length > 1 ? Integer.parseInt(f[1].trim()) : 0;
                    int tp = Integer.parseInt(t[0].trim());
                    int ts = t.length > 1 ? Integer.parseInt(t[1].trim()) : 0;
                    return ts >= fs && tp - ts >= fp - fs;
                }
                return Integer.parseInt(t[0].trim()) >= Integer.parseInt(f[0].trim());
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
