package io.schemadiff.differ.object;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.CompositeType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.Policy;
import io.schemadiff.model.RangeType;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Domains, composite and range types; row-level security (policies, and a table's ENABLE / FORCE). */
public final class TypeChanges {
    private TypeChanges() {}

    /** A type whose kind changes (an enum becoming a domain) is dropped and created again. */
    public static boolean sameKind(SchemaObject a, SchemaObject b) {
        return a.getClass() == b.getClass();
    }

    public static void domain(Changes ch, Optional<Domain> a, Optional<Domain> b) {
        if (Recreate.addedOrRemoved(ch, a, b)) {
            return;
        }
        Domain x = a.get();
        Domain y = b.get();
        String name = y.name().sql();
        ObjectId id = y.id();
        if (!x.baseType().equals(y.baseType()) || !x.collation().equals(y.collation())) {
            ch.add(Recreate.replaceType(ch, x.id(), Statements.createDomain(y), "the base type of " + y.name()
                + " changes"));
            return;
        }
        if (!x.defaultValue().equals(y.defaultValue())) {
            ch.alter(id, "ALTER DOMAIN " + name + y.defaultValue().map(d -> " SET DEFAULT " + d.text())
                .orElse(" DROP DEFAULT"), Set.of(id), false, Set.of(), y.defaultValue().map(d -> d.searchPath())
                .orElse(List.of()), Set.of());
        }
        if (x.notNull() != y.notNull()) {
            ch.alter(id, "ALTER DOMAIN " + name + (y.notNull() ? " SET NOT NULL" : " DROP NOT NULL"), Set.of(id),
                false, y.notNull() ? Set.of(Hazard.TABLE_SCAN) : Set.of(), List.of(), Set.of());
        }
        for (Domain.Check c : x.checks()) {
            if (!y.checks().contains(c)) {
                ch.alter(id, "ALTER DOMAIN " + name + " DROP CONSTRAINT " + Identifiers.quote(c.name()), Set.of(id),
                    false, Set.of(), List.of(), Set.of());
            }
        }
        for (Domain.Check c : y.checks()) {
            if (!x.checks().contains(c)) {
                ch.alter(id, Statements.addDomainCheck(y, c), Set.of(id), false, Set.of(Hazard.TABLE_SCAN),
                    c.expression().searchPath(), Set.of());
            }
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(id, "DOMAIN " + name, y.comment());
        }
    }

    public static void composite(Changes ch, Optional<CompositeType> a, Optional<CompositeType> b) {
        if (Recreate.addedOrRemoved(ch, a, b)) {
            return;
        }
        CompositeType x = a.get();
        CompositeType y = b.get();
        String name = y.name().sql();
        boolean retyped = y.attributes().stream().anyMatch(at -> x.attributes().stream()
            .anyMatch(o -> o.name().equals(at.name()) && !o.equals(at)));
        if (retyped && usedByColumns(ch, x.name())) {
            // the server refuses ALTER ATTRIBUTE … TYPE while a column holds the type: a new type, the columns
            // converted through text
            ch.add(Recreate.replaceType(ch, x.id(), Statements.createComposite(y), "an attribute of " + y.name()
                + " changes type while columns use it"));
            if (y.comment().isPresent()) {
                ch.comment(y.id(), "TYPE " + name, y.comment());
            }
            return;
        }
        for (CompositeType.Attribute at : x.attributes()) {
            if (y.attributes().stream().noneMatch(o -> o.name().equals(at.name()))) {
                ch.alter(y.id(), "ALTER TYPE " + name + " DROP ATTRIBUTE " + Identifiers.quote(at.name()),
                    Set.of(y.id()), true, Set.of(), List.of(), Set.of());
            }
        }
        for (CompositeType.Attribute at : y.attributes()) {
            Optional<CompositeType.Attribute> old = x.attributes().stream().filter(o -> o.name().equals(at.name()))
                .findFirst();
            if (old.isEmpty()) {
                ch.alter(y.id(), "ALTER TYPE " + name + " ADD ATTRIBUTE " + Statements.attribute(at), Set.of(y.id()),
                    false, Set.of(), List.of(), Set.of());
            } else if (!old.get().equals(at)) {
                ch.alter(y.id(), "ALTER TYPE " + name + " ALTER ATTRIBUTE " + Identifiers.quote(at.name())
                    + " SET DATA TYPE " + at.type().sql() + at.collation().map(c -> " COLLATE " + c.sql()).orElse(""),
                    Set.of(y.id()), true, Set.of(), List.of(), Set.of());
            }
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), "TYPE " + name, y.comment());
        }
    }

    public static void range(Changes ch, Optional<RangeType> a, Optional<RangeType> b) {
        if (a.isPresent() && b.isPresent() && a.get().withComment(Optional.empty())
            .equals(b.get().withComment(Optional.empty()))) {
            ch.comment(b.get().id(), "TYPE " + b.get().name().sql(), b.get().comment());
            return;
        }
        a.flatMap(x -> Recreate.drop(ch.from(), x.id())).ifPresent(ch::add);
        b.ifPresent(y -> Recreate.create(ch.to(), y.id(), false).forEach(ch::add));
    }

    /** Whether a column of a table (in the source) is of the type. */
    private static boolean usedByColumns(Changes ch, io.schemadiff.model.QualifiedName type) {
        for (io.schemadiff.model.Table t : ch.from().all(io.schemadiff.model.Table.class)) {
            for (io.schemadiff.model.Column c : t.columns()) {
                if (c.type().userType().map(type::equals).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static void policy(Changes ch, Optional<Policy> a, Optional<Policy> b) {
        if (a.isEmpty()) {
            Recreate.create(ch.to(), b.get().id(), false).forEach(ch::add);
            return;
        }
        if (b.isEmpty()) {
            boolean tableGoes = ch.to().table(a.get().table()).isEmpty();
            if (!tableGoes) {
                Recreate.drop(ch.from(), a.get().id()).ifPresent(ch::add);
            }
            return;
        }
        Policy x = a.get();
        Policy y = b.get();
        boolean inPlace = x.permissive() == y.permissive() && x.command().equals(y.command())
            && (x.using().isEmpty() || y.using().isPresent()) && (x.withCheck().isEmpty() || y.withCheck().isPresent());
        if (!inPlace) {
            Recreate.drop(ch.from(), x.id()).ifPresent(ch::add);
            Recreate.create(ch.to(), y.id(), false).forEach(ch::add);
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (!x.roles().equals(y.roles())) {
            sb.append(" TO ").append(Statements.roles(y.roles()));
        }
        if (!x.using().equals(y.using())) {
            sb.append(" USING (").append(y.using().get().text()).append(')');
        }
        if (!x.withCheck().equals(y.withCheck())) {
            sb.append(" WITH CHECK (").append(y.withCheck().get().text()).append(')');
        }
        if (sb.length() > 0) {
            ch.alter(y.id(), "ALTER POLICY " + Identifiers.quote(y.name()) + " ON " + y.table().sql() + sb,
                Set.of(y.id()), false, Set.of(), y.using().or(y::withCheck).map(e -> e.searchPath()).orElse(List.of()),
                Set.of());
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), "POLICY " + Identifiers.quote(y.name()) + " ON " + y.table().sql(), y.comment());
        }
    }

    /** ENABLE / DISABLE and FORCE / NO FORCE ROW LEVEL SECURITY. */
    static void rowSecurity(Changes ch, Table a, Table b) {
        if (a.rowSecurity() != b.rowSecurity()) {
            ch.alter(b.id(), Statements.alterTable(b.name(), (b.rowSecurity() ? "ENABLE" : "DISABLE")
                + " ROW LEVEL SECURITY"), Set.of(), false, Set.of(), List.of(), Set.of(b.id()));
        }
        if (a.forceRowSecurity() != b.forceRowSecurity()) {
            ch.alter(b.id(), Statements.alterTable(b.name(), (b.forceRowSecurity() ? "FORCE" : "NO FORCE")
                + " ROW LEVEL SECURITY"), Set.of(), false, Set.of(), List.of(), Set.of(b.id()));
        }
    }
}
