package io.schemadiff.differ.object;

import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Extension;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Sequence;
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
            ch.alter(y.id(), "ALTER SEQUENCE " + y.name().sql() + Statements.alterSequenceOptions(x.options(),
                y.options()), Set.of(y.id()), false, Set.of(), List.of(), Set.of());
        }
        if (!x.ownedBy().equals(y.ownedBy())) {
            Set<ObjectId> needs = y.ownedBy().isPresent() ? Set.of(y.id(), y.ownedBy().get().id()) : Set.of(y.id());
            ch.alter(y.id(), Statements.ownedBy(y), Set.of(), false, Set.of(), List.of(), needs);
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), "SEQUENCE " + y.name().sql(), y.comment());
        }
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
