package io.schemadiff.parser.rename;

import io.schemadiff.model.Aggregate;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Function;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.RenameSet;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import io.schemadiff.parser.interp.RenameHint;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Warning;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Resolves rename hints and flags into the renames a migration begins with (see {@link Renames}), and writes their
 * statements: once, here, because the statements replayed after the source to check the renames and see it under
 * its new names must be those the migration runs.
 *
 * <p>Every rename is held in the source's terms: the old object as the source names it, and its new name. The
 * migration runs them in that form, members first (columns, constraints, triggers, policies, then enum labels),
 * then functions, then relations and types, then schemas, so that each statement names what it renames as the
 * source does. A hint names its object as the target does: its schema, table or enum is mapped back through the
 * renames of those first. The source schema is then read again with the renames replayed after it: the reader
 * models how the server applies a rename (what refers to the object follows), and refuses one that cannot be made.
 */
final class RenameResolver {
    private final Catalog from;
    private final Catalog to;
    private final List<Rename> accepted = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** Renaming back (a down migration): the steps say so. */
    private boolean backwards;
    /** The hints that became a rename (or a warning) at a level already done. */
    private final Set<RenameHint> used = new HashSet<>();

    /** Where a rename comes from: a flag or a hint, and its place for messages. */
    record Origin(Source source, int offset, boolean flag, String words) {}

    /**
     * One rename, in the source's terms.
     *
     * @param old      the object as the source names it (for an enum label: the enum)
     * @param oldLabel the old label, for an enum label
     * @param newName  its new name (or label) alone
     * @param derived  named after a renamed table or column by the server, renamed with it
     */
    record Rename(ObjectId old, Optional<String> oldLabel, String newName, Origin origin, boolean derived) {
        boolean label() {
            return oldLabel.isPresent();
        }

        /** The order the migration runs renames in: members, labels, functions, relations and types, schemas. */
        int level() {
            if (label()) {
                return 1;
            }
            return switch (old.kind()) {
                case COLUMN, CONSTRAINT, TRIGGER, POLICY -> 0;
                case FUNCTION -> 2;
                case SCHEMA -> 4;
                default -> 3;
            };
        }

        String oldName() {
            return oldLabel.orElseGet(() -> switch (old.kind()) {
                case COLUMN, CONSTRAINT, TRIGGER, POLICY -> old.member();
                default -> old.name();
            });
        }
    }

    private RenameResolver(Catalog from, Catalog to) {
        this.from = from;
        this.to = to;
    }

    static Renames resolve(Replayable from, Replayable to, List<String> flags) {
        if (flags.isEmpty() && to.hints().isEmpty()) {
            return Renames.none();
        }
        RenameResolver r = new RenameResolver(from.catalog(), to.catalog());
        List<Rename> fromFlags = new ArrayList<>();
        for (String f : flags) {
            fromFlags.add(RenameFlags.parse(f, from.catalog()));
        }
        for (int level = 4; level >= 0; level--) {
            r.acceptLevel(level, fromFlags, to.hints());
        }
        r.derive();
        if (r.accepted.isEmpty()) {
            return new Renames(new RenameSet(from.catalog(), from.catalog(), List.of()), r.warnings, List.of());
        }
        List<Rename> back = new ArrayList<>();
        for (Rename x : r.accepted) {
            back.add(new Rename(r.target(x), r.newLabel(x), x.oldName(), x.origin(), x.derived()));
        }
        return r.finish(from, back);
    }

    /**
     * The renames that undo {@code back}'s forward ones (held in {@code from}'s terms, the forward target): a down
     * migration renames back.
     */
    static Renames reverse(Replayable from, Replayable to, List<Rename> back) {
        if (back.isEmpty()) {
            return Renames.none();
        }
        RenameResolver r = new RenameResolver(from.catalog(), to.catalog());
        r.backwards = true;
        r.accepted.addAll(back);
        return r.finish(from, List.of());
    }

    /** The statements of the accepted renames, and the source read again with them replayed after it. */
    private Renames finish(Replayable source, List<Rename> back) {
        List<Rename> ordered = RenameOrder.order(accepted);
        StringBuilder sql = new StringBuilder();
        List<RenameSet.Rename> renames = new ArrayList<>();
        for (Rename x : ordered) {
            String statement = sql(x);
            sql.append(statement).append(";\n");
            renames.add(new RenameSet.Rename(target(x), statement, why(x)));
        }
        Source replay = new Source("the renames", sql.toString());
        Replayable renamed;
        try {
            renamed = source.readWith(replay);
        } catch (InputError e) {
            if (e.source() != replay) {
                throw e;
            }
            Rename x = ordered.get(replay.line(e.offset()) - 1);
            throw new InputError(x.origin().source(), x.origin().offset(), "cannot rename " + describeOld(x)
                + " to " + x.newName() + ": " + e.reason());
        }
        for (Warning w : renamed.warnings()) {
            if (w.source() == replay) {
                Rename x = ordered.get(replay.line(w.offset()) - 1);
                throw new InputError(x.origin().source(), x.origin().offset(), "cannot rename " + describeOld(x)
                    + ": " + w.message());
            }
        }
        return new Renames(new RenameSet(from, renamed.catalog(), renames), warnings, back);
    }

    // ------------------------------------------------------------------ accepting hints and flags, level by level

    private void acceptLevel(int level, List<Rename> flags, List<RenameHint> hints) {
        List<Rename> candidates = new ArrayList<>();
        for (Rename f : flags) {
            if (f.level() == level) {
                candidates.add(f);
            }
        }
        List<Rename> fromFlags = new ArrayList<>(candidates);
        for (RenameHint h : hints) {
            if (!used.contains(h)) {
                List<Rename> on = fromHint(h, level);
                if (!on.isEmpty()) {
                    // of the objects on the hint's line, the first the rename fits
                    List<Rename> others = new ArrayList<>(fromFlags);
                    candidates.add(on.stream().filter(x -> problem(x, others) == null).findFirst().orElse(on.get(0)));
                    used.add(h);
                }
            }
        }
        List<Rename> level0 = new ArrayList<>(candidates);
        for (Rename x : candidates) {
            String problem = problem(x, level0);
            if (problem == null) {
                accepted.add(x);
            } else if (x.origin().flag()) {
                throw new InputError(x.origin().source(), x.origin().offset(), problem);
            } else if (!problem.isEmpty()) {
                warnings.add(new Warning(x.origin().source(), x.origin().offset(), "rename hint not applied: "
                    + problem));
                level0.remove(x);
            } else {
                level0.remove(x);
            }
        }
    }

    /**
     * Why {@code x} cannot be applied: null when it can; empty when it is a hint whose old object the source does not
     * have (passed over quietly); otherwise a message.
     */
    private String problem(Rename x, List<Rename> sameLevel) {
        if (!exists(from, x.old(), x.oldLabel())) {
            return x.origin().flag() || x.derived() ? "FROM has no " + describeOld(x) : "";
        }
        for (Rename a : accepted) {
            if (a.old().equals(x.old()) && a.oldLabel().equals(x.oldLabel())) {
                return describeOld(x) + " is renamed twice (also by " + a.origin().words() + ")";
            }
        }
        for (Rename a : sameLevel) {
            if (a != x && a.old().equals(x.old()) && a.oldLabel().equals(x.oldLabel())) {
                return describeOld(x) + " is renamed twice (also by " + a.origin().words() + ")";
            }
            if (a != x && target(a).equals(target(x)) && a.oldLabel().isPresent() == x.oldLabel().isPresent()
                && newLabel(a).equals(newLabel(x))) {
                return "two renames make " + describe(target(x), newLabel(x)) + " (also " + a.origin().words() + ")";
            }
        }
        ObjectId target = target(x);
        Optional<String> newLabel = newLabel(x);
        if (!exists(to, target, newLabel)) {
            return "TO has no " + describe(target, newLabel);
        }
        ObjectId kept = unrenamed(x);
        if (exists(to, kept, x.oldLabel()) && sameLevel.stream().noneMatch(a -> a != x && target(a).equals(kept)
            && newLabel(a).equals(x.oldLabel()))) {
            return "TO still has " + describe(kept, x.oldLabel()) + " (a rename leaves none of that name)";
        }
        ObjectId taken = sameContainer(x.old(), x.newName());
        Optional<String> takenLabel = x.label() ? Optional.of(x.newName()) : Optional.empty();
        if (exists(from, taken, takenLabel) && sameLevel.stream().noneMatch(a -> a != x && a.old().equals(taken)
            && a.oldLabel().equals(takenLabel))) {
            return "FROM already has " + describe(taken, takenLabel);
        }
        return null;
    }

    /**
     * A hint, in the source's terms, for each object on its line that belongs to {@code level} and whose old name the
     * source has. Its schema, table or enum is mapped back through the renames of those.
     */
    private List<Rename> fromHint(RenameHint h, int level) {
        Origin origin = new Origin(h.source(), h.offset(), false, "the hint at " + h.place());
        List<Rename> out = new ArrayList<>();
        for (RenameHint.Target t : h.candidates()) {
            Rename x = fromHint(t, origin);
            if (x.level() == level && exists(from, x.old(), x.oldLabel())) {
                out.add(x);
            }
        }
        return out;
    }

    private Rename fromHint(RenameHint.Target h, Origin origin) {
        ObjectId o = h.object();
        if (h.label().isPresent()) {
            QualifiedName type = back(o.qualifiedName(), EnumSet.of(ObjectKind.TYPE));
            return new Rename(ObjectId.of(ObjectKind.TYPE, type), Optional.of(h.from()), h.label().get(), origin,
                false);
        }
        ObjectId old = switch (o.kind()) {
            case SCHEMA -> ObjectId.schema(h.from());
            case COLUMN, CONSTRAINT, TRIGGER, POLICY -> {
                QualifiedName table = back(o.qualifiedName(), EnumSet.of(ObjectKind.TABLE));
                yield new ObjectId(o.kind(), table.schema(), table.name(), h.from());
            }
            case FUNCTION -> ObjectId.function(new QualifiedName(schemaBack(o.schema()), h.from()),
                identity(to.get(o).orElse(null), this::typeBack).orElse(o.member()));
            default -> new ObjectId(o.kind(), schemaBack(o.schema()), h.from(), "");
        };
        String newName = switch (o.kind()) {
            case COLUMN, CONSTRAINT, TRIGGER, POLICY -> o.member();
            default -> o.name();
        };
        return new Rename(old, Optional.empty(), newName, origin, false);
    }

    // ------------------------------------------------------------------ names through the renames

    private String schemaFwd(String schema) {
        for (Rename a : accepted) {
            if (a.old().kind() == ObjectKind.SCHEMA && a.old().name().equals(schema)) {
                return a.newName();
            }
        }
        return schema;
    }

    private String schemaBack(String schema) {
        for (Rename a : accepted) {
            if (a.old().kind() == ObjectKind.SCHEMA && a.newName().equals(schema)) {
                return a.old().name();
            }
        }
        return schema;
    }

    private static final Set<ObjectKind> CONTAINERS = EnumSet.of(ObjectKind.TABLE, ObjectKind.TYPE);

    /** A table's or type's name in the target's terms. */
    private QualifiedName fwd(QualifiedName name, Set<ObjectKind> kinds) {
        for (Rename a : accepted) {
            if (kinds.contains(a.old().kind()) && !a.label() && a.old().kind() != ObjectKind.SCHEMA
                && a.old().member().isEmpty() && a.old().qualifiedName().equals(name)) {
                return new QualifiedName(schemaFwd(name.schema()), a.newName());
            }
        }
        return new QualifiedName(schemaFwd(name.schema()), name.name());
    }

    /** A table's or type's name in the source's terms. */
    private QualifiedName back(QualifiedName name, Set<ObjectKind> kinds) {
        for (Rename a : accepted) {
            if (kinds.contains(a.old().kind()) && !a.label() && a.old().member().isEmpty()
                && a.old().kind() != ObjectKind.SCHEMA
                && fwd(a.old().qualifiedName(), kinds).equals(name)) {
                return a.old().qualifiedName();
            }
        }
        return new QualifiedName(schemaBack(name.schema()), name.name());
    }

    private DataType typeFwd(DataType d) {
        return d.userType().map(q -> fwd(q, CONTAINERS)).map(q -> new DataType(q.schema(), q.name(), d.typmod(),
            d.array())).orElse(d);
    }

    private DataType typeBack(DataType d) {
        return d.userType().map(q -> back(q, CONTAINERS)).map(q -> new DataType(q.schema(), q.name(), d.typmod(),
            d.array())).orElse(d);
    }

    /** A function's or aggregate's identity arguments with their types mapped. */
    private static Optional<String> identity(SchemaObject o, UnaryOperator<DataType> type) {
        List<Function.Argument> args;
        if (o instanceof Function f) {
            args = f.arguments();
        } else if (o instanceof Aggregate a) {
            args = a.arguments();
        } else {
            return Optional.empty();
        }
        List<Function.Argument> mapped = new ArrayList<>();
        for (Function.Argument a : args) {
            mapped.add(new Function.Argument(a.mode(), a.name(), type.apply(a.type()), a.defaultValue()));
        }
        return Optional.of(Function.identity(mapped));
    }

    /** The renamed object in the target's terms. */
    ObjectId target(Rename x) {
        return inTarget(x.old(), x.label() ? x.old().name() : x.newName());
    }

    Optional<String> newLabel(Rename x) {
        return x.label() ? Optional.of(x.newName()) : Optional.empty();
    }

    /** The old object in the target's terms, had it kept its name. */
    private ObjectId unrenamed(Rename x) {
        return inTarget(x.old(), x.label() ? x.old().name() : x.oldName());
    }

    /** {@code old}'s identity in the target's terms, with {@code name} as its own name (or member). */
    private ObjectId inTarget(ObjectId old, String name) {
        return switch (old.kind()) {
            case SCHEMA -> ObjectId.schema(name);
            case COLUMN, CONSTRAINT, TRIGGER, POLICY -> {
                QualifiedName table = fwd(old.qualifiedName(), EnumSet.of(ObjectKind.TABLE));
                yield new ObjectId(old.kind(), table.schema(), table.name(), name);
            }
            case FUNCTION -> ObjectId.function(new QualifiedName(schemaFwd(old.schema()), name),
                identity(from.get(old).orElse(null), this::typeFwd).orElse(old.member()));
            case TYPE -> {
                QualifiedName t = fwd(old.qualifiedName(), CONTAINERS);
                yield ObjectId.of(ObjectKind.TYPE, name.equals(old.name()) ? t : new QualifiedName(t.schema(), name));
            }
            default -> new ObjectId(old.kind(), schemaFwd(old.schema()), name, "");
        };
    }

    /** The object named {@code name} where {@code old} is, in the source. */
    private static ObjectId sameContainer(ObjectId old, String name) {
        return switch (old.kind()) {
            case SCHEMA -> ObjectId.schema(name);
            case COLUMN, CONSTRAINT, TRIGGER, POLICY, FUNCTION -> new ObjectId(old.kind(), old.schema(),
                old.kind() == ObjectKind.FUNCTION ? name : old.name(), old.kind() == ObjectKind.FUNCTION
                ? old.member() : name);
            default -> new ObjectId(old.kind(), old.schema(), name, "");
        };
    }

    /** Whether {@code c} has the object (or the enum's label). */
    static boolean exists(Catalog c, ObjectId id, Optional<String> label) {
        if (label.isPresent()) {
            return c.get(id).orElse(null) instanceof EnumType e && e.labels().contains(label.get());
        }
        return switch (id.kind()) {
            case COLUMN -> c.table(id.qualifiedName()).flatMap(t -> t.column(id.member())).isPresent();
            case CONSTRAINT -> c.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member())).isPresent();
            default -> c.get(id).isPresent();
        };
    }

    String describeOld(Rename x) {
        return describe(x.old(), x.oldLabel());
    }

    static String describe(ObjectId id, Optional<String> label) {
        return label.map(l -> "label " + Identifiers.literal(l) + " of type " + id.qualifiedName())
            .orElseGet(id::toString);
    }

    // ------------------------------------------------------------------ derived renames

    /**
     * What the server named after a renamed table or column ({@code orders_pkey}, {@code orders_note_key},
     * {@code orders_id_seq}, {@code orders_note_idx}) keeps its name when they are renamed; a schema written anew
     * names it after the new name. Where the target has it under the name the new names give, and not under the
     * old, it is renamed too.
     */
    private void derive() {
        List<Rename> found = new ArrayList<>();
        for (Rename x : List.copyOf(accepted)) {
            if (x.old().kind() == ObjectKind.TABLE) {
                Table t = from.table(x.old().qualifiedName()).orElse(null);
                if (t != null) {
                    found.addAll(RenameDerived.of(from, t, x, accepted));
                }
            } else if (x.old().kind() == ObjectKind.COLUMN && accepted.stream().noneMatch(a -> a.old().kind()
                == ObjectKind.TABLE && a.old().qualifiedName().equals(x.old().qualifiedName()))) {
                Table t = from.table(x.old().qualifiedName()).orElse(null);
                if (t != null) {
                    found.addAll(RenameDerived.of(from, t, null, accepted));
                }
            }
        }
        Map<ObjectId, Rename> unique = new LinkedHashMap<>();
        for (Rename d : found) {
            unique.putIfAbsent(d.old(), d);
        }
        List<Rename> candidates = new ArrayList<>(unique.values());
        for (Rename d : candidates) {
            if (accepted.stream().noneMatch(a -> a.old().equals(d.old())) && problem(d, candidates) == null) {
                accepted.add(d);
            }
        }
    }

    // ------------------------------------------------------------------ the statements

    String sql(Rename x) {
        ObjectId o = x.old();
        String to = Identifiers.quote(x.newName());
        if (x.label()) {
            return "ALTER TYPE " + o.qualifiedName().sql() + " RENAME VALUE " + Identifiers.literal(x.oldLabel().get())
                + " TO " + Identifiers.literal(x.newName());
        }
        String table = o.qualifiedName().sql();
        String member = Identifiers.quote(o.member());
        return switch (o.kind()) {
            case SCHEMA -> "ALTER SCHEMA " + Identifiers.quote(o.name()) + " RENAME TO " + to;
            case COLUMN -> "ALTER TABLE " + table + " RENAME COLUMN " + member + " TO " + to;
            case CONSTRAINT -> "ALTER TABLE " + table + " RENAME CONSTRAINT " + member + " TO " + to;
            case TRIGGER -> "ALTER TRIGGER " + member + " ON " + table + " RENAME TO " + to;
            case POLICY -> "ALTER POLICY " + member + " ON " + table + " RENAME TO " + to;
            case FUNCTION -> {
                SchemaObject f = from.get(o).orElseThrow();
                String what = f instanceof Aggregate ? "AGGREGATE" : ((Function) f).procedure() ? "PROCEDURE"
                    : "FUNCTION";
                String args = f instanceof Aggregate a ? a.signature() : o.member();
                yield "ALTER " + what + " " + table + args + " RENAME TO " + to;
            }
            case TYPE -> "ALTER " + (from.get(o).orElse(null) instanceof Domain ? "DOMAIN " : "TYPE ") + table
                + " RENAME TO " + to;
            default -> "ALTER " + o.kind().sqlWord().toUpperCase(Locale.ROOT) + " " + table + " RENAME TO "
                + to;
        };
    }

    /** The comment the migration gives the rename: what said to make it. */
    private String why(Rename x) {
        return x.derived() ? "named after " + x.origin().words() + ", renamed " + (backwards ? "back " : "")
            + "with it" : (backwards ? "renamed back" : "renamed") + ", as told by " + x.origin().words();
    }
}
