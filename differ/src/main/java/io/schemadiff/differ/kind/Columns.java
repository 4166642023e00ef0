package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Markers;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnSettings;
import io.schemadiff.model.DataType;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Identity;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.SequenceOptions;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Columns, as members of their table: added, dropped, and changed in place (type, default, NOT NULL, identity,
 * generation, settings, comment). A column that becomes generated, or whose expression changes, is dropped and
 * added again.
 */
public final class Columns {
    private Columns() {}

    static String what(Table t, Column c) {
        return "COLUMN " + t.name().sql() + "." + q(c.name());
    }

    /** The column as CREATE TABLE and ADD COLUMN write it. */
    static String definition(Column c, QualifiedName table) {
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(c.type().sql());
        c.collation().ifPresent(coll -> sb.append(" COLLATE ").append(coll.sql()));
        c.generated().ifPresent(g -> sb.append(" GENERATED ALWAYS AS (").append(g.text())
            .append(c.virtual() ? ") VIRTUAL" : ") STORED"));
        c.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(d.text()));
        if (c.notNull()) {
            sb.append(" NOT NULL");
        }
        c.identity().ifPresent(i -> sb.append(' ').append(identity(i, table, c.name())));
        return sb.toString();
    }

    /** {@code GENERATED … AS IDENTITY} with the options that are not the defaults. */
    private static String identity(Identity i, QualifiedName table, String column) {
        StringBuilder opts = new StringBuilder();
        String defaultName = Identifiers.makeObjectName(table.name(), column, "seq");
        if (!i.sequence().name().equals(defaultName) || !i.sequence().schema().equals(table.schema())) {
            opts.append("SEQUENCE NAME ").append(i.sequence().sql());
        }
        String rest = SequenceKind.options(i.options().withType(i.options().type()))
            .replace("\n    AS " + i.options().type(), "").replace("\n    ", " ").trim();
        if (!rest.isEmpty()) {
            opts.append(opts.isEmpty() ? "" : " ").append(rest);
        }
        return i.generatedClause() + (opts.isEmpty() ? "" : " (" + opts + ")");
    }

    /** The search path an expression of the column was written under; empty when none. */
    private static List<String> pathOf(Optional<Expression> e) {
        return e.map(Expression::searchPath).orElse(List.of());
    }

    // ------------------------------------------------------------------ added, dropped

    static void add(Changes ch, Table t, Column c) {
        ObjectId id = ObjectId.column(t.name(), c.name());
        Set<Hazard> hazards = new LinkedHashSet<>();
        if (c.generated().isPresent() && !c.virtual() || c.identity().isPresent()) {
            // a stored generated or identity column is filled in for every row; a virtual one is computed when read
            hazards.add(Hazard.TABLE_REWRITE);
        }
        ch.create(id, Sql.alterTable(t.name(), "ADD COLUMN " + definition(c, t.name())), Set.of(id), hazards,
            pathOf(c.defaultValue().or(c::generated)));
        if (c.notNull() && c.defaultValue().isEmpty() && c.identity().isEmpty() && c.generated().isEmpty()) {
            ch.because("fails if " + t.name() + " has rows: the new column is NOT NULL and has no default");
        }
        settings(ch, t, c, ColumnSettings.NONE, c.settings());
        if (c.comment().isPresent()) {
            ch.comment(id, what(t, c), c.comment());
        }
    }

    static void drop(Changes ch, Table t, Column c) {
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
        ch.add(new Step(Action.DROP, id, Sql.alterTable(t.name(), "DROP COLUMN " + q(c.name())), true, Set.of(),
            Optional.empty(), List.of(), Set.of(), removes, TableKind.keptSequences(ch, t.name(),
            Optional.of(c.name()))));
    }

    /**
     * A generated column the planner drops and adds again around a change to what its expression uses (its values
     * are computed again, nothing is lost): added as the target has it, its comment included.
     */
    static void createGenerated(Changes ch, ObjectId id) {
        ch.to().table(id.qualifiedName()).ifPresent(t -> t.column(id.member()).ifPresent(c -> {
            ch.create(id, Sql.alterTable(t.name(), "ADD COLUMN " + definition(c, t.name())),
                Set.of(id), Set.of(Hazard.TABLE_REWRITE), c.generated().map(g -> g.searchPath()).orElse(List.of()));
            c.comment().ifPresent(x -> ch.comment(id, what(t, c), c.comment()));
        }));
    }

    /** The drop of {@link #createGenerated}: the column and the indexes that use it go. */
    static void dropGenerated(Changes ch, ObjectId id) {
        Set<ObjectId> removes = new LinkedHashSet<>();
        removes.add(id);
        for (Index i : ch.from().all(Index.class)) {
            if (ch.from().dependencies(i.id()).contains(id)) {
                removes.add(i.id());
            }
        }
        ch.drop(id, Sql.alterTable(id.qualifiedName(), "DROP COLUMN " + q(id.member())), removes, false, Set.of());
    }

    // ------------------------------------------------------------------ defaults taken off and set again

    /**
     * {@code ALTER COLUMN … DROP DEFAULT}: the default of a column that the target keeps, taken off before
     * something it uses is dropped (a function re-created with another result type). {@link #setDefault} puts
     * it back.
     */
    public static Step dropDefault(ObjectId column) {
        return new Step(Action.ALTER, column, Sql.alterTable(column.qualifiedName(), "ALTER COLUMN "
            + q(column.member()) + " DROP DEFAULT"), false, Set.of(), Optional.empty(), List.of(),
            Set.of(Markers.defaultReleased(column)), Set.of(), Set.of());
    }

    /**
     * {@code ALTER COLUMN … SET DEFAULT} with the target's default, after the column has its target type and
     * what the default uses exists; empty when the target column has no default.
     */
    public static Optional<Step> setDefault(Catalog to, ObjectId column) {
        return to.table(column.qualifiedName()).flatMap(t -> t.column(column.member())).flatMap(c ->
            c.defaultValue().map(d -> {
                Set<ObjectId> needs = new LinkedHashSet<>(to.dependencies(column));
                needs.add(column);
                needs.add(Markers.defaultReleased(column));
                return new Step(Action.ALTER, column, Sql.alterTable(column.qualifiedName(), "ALTER COLUMN "
                    + q(column.member()) + " SET DEFAULT " + d.text()), false, Set.of(), Optional.empty(),
                    d.searchPath(), Set.of(Markers.defaultRestored(column)), Set.of(), needs);
            }));
    }

    /**
     * The statements changing a column from {@code from} to {@code to} with its default left alone: the planner
     * takes the default off before something it uses is dropped, and sets it after ({@link #dropDefault},
     * {@link #setDefault}). They run after the default is off, which the old one may not survive anyway (a type
     * change converts it). Comments are not included.
     */
    public static List<Step> alterWithoutDefault(Catalog from, Catalog to, ObjectId column) {
        Table ta = from.table(column.qualifiedName()).orElseThrow();
        Table tb = to.table(column.qualifiedName()).orElseThrow();
        Column a = ta.column(column.member()).orElseThrow().withDefault(Optional.empty());
        Column b = tb.column(column.member()).orElseThrow().withDefault(Optional.empty());
        Changes tmp = new Changes(from, to);
        alter(tmp, ta, tb, a, b);
        List<Step> out = new ArrayList<>();
        for (Step s : tmp.steps()) {
            if (s.provides().contains(column)) {
                Set<ObjectId> needs = new LinkedHashSet<>(s.needs());
                needs.add(Markers.defaultReleased(column));
                out.add(new Step(s.action(), s.object(), s.sql(), s.dataLoss(), s.hazards(), s.reason(),
                    s.searchPath(), s.provides(), s.removes(), needs));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ changed

    /**
     * Whether the column's default is taken off and put back by the conversion of an enum being replaced (which
     * writes the target's default), so that the column's own change must not write it again.
     */
    private static boolean defaultSetByReplacement(Changes ch, Table tb, Column b) {
        return b.type().userType().map(t -> EnumKind.replaced(ch.from(), ch.to(), t)).orElse(false)
            && !TableKind.inheritedColumn(ch.to(), tb, b.name());
    }

    /** Whether {@code type} names an enum (or an array of one) of {@code catalog}. */
    private static boolean isEnum(Catalog catalog, DataType type) {
        return !type.isBuiltin() && catalog.get(ObjectId.of(ObjectKind.TYPE, new QualifiedName(type.schema(),
            type.name()))).filter(EnumType.class::isInstance).isPresent();
    }

    static void alter(Changes ch, Table ta, Table tb, Column a, Column b) {
        QualifiedName table = tb.name();
        ObjectId id = ObjectId.column(table, b.name());
        String col = q(b.name());
        boolean generationChanged = !a.generated().equals(b.generated()) || a.virtual() != b.virtual();
        if (generationChanged && b.generated().isPresent()) {
            // a column becomes generated or its expression changes: the server can only re-create it
            // the column's values are thrown away and computed again; if it was not generated, that loses data
            ch.drop(id, Sql.alterTable(table, "DROP COLUMN " + col), Set.of(id), a.generated().isEmpty(), Set.of());
            add(ch, tb, b);
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
            if (tc.needsUsing() && !tc.viaText() && isEnum(ch.from(), a.type()) && isEnum(ch.to(), b.type())) {
                // the server has no cast between two enum types: through the labels' text
                tc = new TypeChange(tc.widening(), tc.binaryCoercible(), true, true);
            }
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
        if (defaultChanged && !typeChanged && defaultSetByReplacement(ch, tb, b)) {
            defaultChanged = false;
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
            ch.add(new Step(Action.ALTER, id, Sql.alterTable(table, "ALTER COLUMN " + col + " DROP IDENTITY"), false,
                Set.of(), Optional.empty(), List.of(), Set.of(gone),
                Set.of(ObjectId.of(ObjectKind.SEQUENCE, a.identity().get().sequence())), Set.of()));
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
            ch.alter(id, Sql.alterTable(table, String.join(",\n    ", actions)), Set.of(id), dataLoss, hazards,
                pathOf(b.defaultValue()), Set.of());
            if (reason != null) {
                ch.because(reason);
            }
            actions.clear();
            hazards.clear();
            dataLoss = false;
            reason = null;
        }
        identity(a, b, col, actions, table);
        Set<ObjectId> provides = new LinkedHashSet<>();
        provides.add(id);
        b.identity().ifPresent(i -> provides.add(ObjectId.of(ObjectKind.SEQUENCE, i.sequence())));
        if (b.identity().isPresent() && a.identity().isEmpty() && a.defaultValue().isPresent() && reason == null) {
            reason = "the identity starts at its START value, not where the old default's sequence was: set it past "
                + "the column's maximum (setval) before inserting";
        }
        if (!actions.isEmpty()) {
            ch.add(new Step(Action.ALTER, id, Sql.alterTable(table, String.join(",\n    ", actions)), dataLoss,
                hazards, Optional.empty(), pathOf(b.defaultValue()), provides, Set.of(), after));
            if (reason != null) {
                ch.because(reason);
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

    /** The identity's part of an ALTER TABLE: added, made ALWAYS or BY DEFAULT, its sequence's options. */
    private static void identity(Column a, Column b, String col, List<String> actions, QualifiedName table) {
        Optional<Identity> x = a.identity();
        Optional<Identity> y = b.identity();
        if (x.equals(y) || y.isEmpty()) {
            return; // a dropped identity is dropped before NOT NULL is
        }
        if (x.isEmpty()) {
            actions.add("ALTER COLUMN " + col + " ADD " + identity(y.get(), table, b.name()));
            return;
        }
        if (x.get().always() != y.get().always()) {
            actions.add("ALTER COLUMN " + col + " SET GENERATED " + (y.get().always() ? "ALWAYS" : "BY DEFAULT"));
        }
        // bounds at their defaults follow a type change by themselves (ALTER COLUMN TYPE re-types the sequence)
        SequenceOptions from = x.get().options();
        SequenceOptions to = y.get().options();
        if (!from.type().equals(to.type())) {
            from = SequenceOptions.resolve(to.type(), from.defaultStart() ? null : from.start(), from.increment(),
                from.defaultMin() ? null : from.min(), from.defaultMax() ? null : from.max(), from.cache(),
                from.cycle());
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
     * {@code ALTER COLUMN … SET STATISTICS | STORAGE | COMPRESSION | (…) | RESET (…)} from one column's settings to
     * another's, as one statement.
     */
    static void settings(Changes ch, Table t, Column c, ColumnSettings a, ColumnSettings b) {
        if (a.equals(b)) {
            return;
        }
        String col = "ALTER COLUMN " + q(c.name());
        List<String> actions = new ArrayList<>();
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
        ch.set(id, Sql.alterTable(t.name(), String.join(",\n    ", actions)));
    }
}
