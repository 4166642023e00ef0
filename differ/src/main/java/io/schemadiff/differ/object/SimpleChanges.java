package io.schemadiff.differ.object;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Markers;
import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Extension;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.SequenceOptions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Schemas, extensions and sequences: objects whose changes are a statement each. */
public final class SimpleChanges {
    private SimpleChanges() {}

    public static void schema(Changes ch, Optional<Schema> a, Optional<Schema> b) {
        if (a.isEmpty()) {
            Schema s = b.get();
            ch.create(s.id(), Statements.createSchema(s), Set.of(s.id()), Set.of(), List.of());
            if (s.comment().isPresent()) {
                ch.comment(s.id(), "SCHEMA " + Identifiers.quote(s.name()), s.comment());
            }
        } else if (b.isEmpty()) {
            ch.drop(a.get().id(), Statements.dropSchema(a.get()), Set.of(a.get().id()), false, Set.of());
        } else if (!a.get().comment().equals(b.get().comment())) {
            ch.comment(b.get().id(), "SCHEMA " + Identifiers.quote(b.get().name()), b.get().comment());
        }
    }

    public static void extension(Changes ch, Optional<Extension> a, Optional<Extension> b) {
        if (a.isEmpty()) {
            Extension e = b.get();
            ch.create(e.id(), Statements.createExtension(e), Set.of(e.id()), Set.of(), List.of());
        } else if (b.isEmpty()) {
            // an extension's objects go with it, and some hold data (postgis' spatial_ref_sys)
            ch.drop(a.get().id(), Statements.dropExtension(a.get()), Set.of(a.get().id()), true, Set.of());
        } else if (!a.get().schema().equals(b.get().schema())) {
            ch.alter(b.get().id(), "ALTER EXTENSION " + Identifiers.quote(b.get().name()) + " SET SCHEMA "
                + Identifiers.quote(b.get().schema()), Set.of(b.get().id()), false, Set.of(), List.of(), Set.of());
        }
    }

    public static void sequence(Changes ch, Optional<Sequence> a, Optional<Sequence> b) {
        if (a.isEmpty()) {
            Sequence s = b.get();
            ch.create(s.id(), Statements.createSequence(s), Set.of(s.id()), Set.of(), List.of());
            if (s.ownedBy().isPresent()) {
                ch.alter(s.id(), Statements.ownedBy(s), Set.of(), false, Set.of(), List.of(),
                    Set.of(s.id(), s.ownedBy().get().id()));
            }
            if (s.comment().isPresent()) {
                ch.comment(s.id(), "SEQUENCE " + s.name().sql(), s.comment());
            }
            return;
        }
        if (b.isEmpty()) {
            Sequence s = a.get();
            // a sequence owned by a column that goes away goes with it
            boolean implied = s.ownedBy().isPresent() && ch.to().table(s.ownedBy().get().table())
                .flatMap(t -> t.column(s.ownedBy().get().column())).isEmpty();
            if (!implied) {
                ch.drop(s.id(), Statements.dropSequence(s.name()), Set.of(s.id()), true, Set.of());
            }
            return;
        }
        Sequence x = a.get();
        Sequence y = b.get();
        if (!x.options().equals(y.options())) {
            var step = ch.alter(y.id(), "ALTER SEQUENCE " + y.name().sql() + Statements.alterSequenceOptions(
                x.options(), y.options()), Set.of(y.id()), false, Set.of(), List.of(), Set.of());
            SequenceOptions xo = x.options();
            SequenceOptions yo = y.options();
            if (yo.min() > xo.min() && yo.increment() > 0 || yo.max() < xo.max() && yo.increment() < 0) {
                // the sequence's current value is data, unknown here: the server checks it against the new bound
                ch.steps().set(ch.steps().size() - 1, step.withReason("fails if the sequence's current value is "
                    + "outside the new bounds: RESTART it within them first"));
            }
        }
        if (!x.ownedBy().equals(y.ownedBy())) {
            Set<ObjectId> needs = y.ownedBy().isPresent() ? Set.of(y.id(), y.ownedBy().get().id()) : Set.of(y.id());
            ch.alter(y.id(), Statements.ownedBy(y), Set.of(Markers.ownershipReleased(y.name())), false, Set.of(),
                List.of(), needs);
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), "SEQUENCE " + y.name().sql(), y.comment());
        }
    }

    /** Collations: created, dropped, or (changed) dropped and created again. */
    public static void collation(Changes ch, Optional<io.schemadiff.model.Collation> a,
                                 Optional<io.schemadiff.model.Collation> b) {
        if (a.isPresent() && b.isPresent() && a.get().options().equals(b.get().options())) {
            ch.comment(b.get().id(), "COLLATION " + b.get().name().sql(), b.get().comment());
            return;
        }
        Set<ObjectId> converted = new java.util.LinkedHashSet<>();
        if (a.isPresent() && b.isPresent()) {
            // columns use it: the old one is renamed aside, and dropped once they have the new one
            io.schemadiff.model.QualifiedName name = a.get().name();
            io.schemadiff.model.QualifiedName aside = new io.schemadiff.model.QualifiedName(name.schema(),
                Identifiers.truncate(name.name() + "__schemadiff_old"));
            for (io.schemadiff.model.Table t : ch.to().all(io.schemadiff.model.Table.class)) {
                for (io.schemadiff.model.Column c : t.columns()) {
                    if (c.collation().map(name::equals).orElse(false) && ch.from().table(t.name())
                        .flatMap(x -> x.column(c.name())).flatMap(io.schemadiff.model.Column::collation)
                        .map(name::equals).orElse(false) && !Recreate.inheritedColumn(ch.to(), t, c.name())) {
                        ObjectId col = ObjectId.column(t.name(), c.name());
                        ch.alter(col, Statements.alterTable(t.name(), "ALTER COLUMN " + Identifiers.quote(c.name())
                            + " TYPE " + c.type().sql() + " COLLATE " + name.sql()), Set.of(col), false,
                            Set.of(Hazard.TABLE_REWRITE), List.of(), Set.of(b.get().id()));
                        converted.add(col);
                    }
                }
            }
            if (!converted.isEmpty()) {
                ObjectId asideId = ObjectId.of(io.schemadiff.model.ObjectKind.COLLATION, aside);
                ch.add(new io.schemadiff.differ.plan.Step(io.schemadiff.differ.plan.Step.Action.ALTER, a.get().id(),
                    "ALTER COLLATION " + name.sql() + " RENAME TO " + Identifiers.quote(aside.name()), false, Set.of(),
                    Optional.of("the collation " + name + " changes while columns use it"), List.of(),
                    Set.of(asideId), Set.of(), Set.of()));
                Set<ObjectId> needs = new java.util.LinkedHashSet<>(converted);
                needs.add(asideId);
                ch.add(new io.schemadiff.differ.plan.Step(io.schemadiff.differ.plan.Step.Action.DROP, asideId,
                    "DROP COLLATION " + aside.sql(), false, Set.of(), Optional.empty(), List.of(), Set.of(),
                    Set.of(asideId), needs));
            }
        }
        if (converted.isEmpty()) {
            a.ifPresent(x -> ch.drop(x.id(), "DROP COLLATION " + x.name().sql(), Set.of(x.id()), false, Set.of()));
        }
        boolean aside = !converted.isEmpty();
        b.ifPresent(y -> {
            StringBuilder sb = new StringBuilder("CREATE COLLATION ").append(y.name().sql());
            if (y.options().size() == 1 && y.options().get(0).startsWith("from=")) {
                sb.append(" FROM ").append(y.options().get(0).substring(5));
            } else {
                sb.append(" (");
                List<String> opts = new java.util.ArrayList<>(y.options());
                if (opts.stream().noneMatch(o -> o.startsWith("provider="))) {
                    opts.add(0, "provider=libc");
                }
                for (int i = 0; i < opts.size(); i++) {
                    String o = opts.get(i);
                    int eq = o.indexOf('=');
                    String v = o.substring(eq + 1);
                    boolean word = o.startsWith("provider=") || o.startsWith("deterministic=");
                    sb.append(i > 0 ? ", " : "").append(o, 0, eq).append(" = ").append(word ? v : Identifiers.literal(v));
                }
                sb.append(')');
            }
            if (aside) {
                // after the old one is renamed aside
                ch.add(new io.schemadiff.differ.plan.Step(io.schemadiff.differ.plan.Step.Action.CREATE, y.id(), sb.toString(),
                    false, Set.of(), Optional.empty(), List.of(), Set.of(y.id()), Set.of(), Set.of(
                    ObjectId.of(io.schemadiff.model.ObjectKind.COLLATION, new io.schemadiff.model.QualifiedName(
                        y.name().schema(), Identifiers.truncate(y.name().name() + "__schemadiff_old"))))));
            } else {
                ch.create(y.id(), sb.toString(), Set.of(y.id()), Set.of(), List.of());
            }
            if (y.comment().isPresent()) {
                ch.comment(y.id(), "COLLATION " + y.name().sql(), y.comment());
            }
        });
    }

    /** A new or dropped enum; changed labels are {@link EnumChanges}. */
    public static void enumType(Changes ch, Optional<EnumType> a, Optional<EnumType> b) {
        if (a.isEmpty()) {
            EnumType e = b.get();
            ch.create(e.id(), Statements.createEnum(e), Set.of(e.id()), Set.of(), List.of());
            if (e.comment().isPresent()) {
                ch.comment(e.id(), "TYPE " + e.name().sql(), e.comment());
            }
        } else if (b.isEmpty()) {
            ch.drop(a.get().id(), Statements.dropType(a.get().name()), Set.of(a.get().id()), false, Set.of());
        } else {
            EnumChanges.alter(ch, a.get(), b.get());
        }
    }
}
