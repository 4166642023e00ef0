package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.model.Domain;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import java.util.List;
import java.util.Set;

/**
 * Domains: their default, NOT NULL and checks change in place; a new base type or collation replaces the domain
 * ({@link TypeReplacement}).
 */
final class DomainKind extends Kind<Domain> {
    DomainKind() {
        super(Domain.class, ObjectKind.TYPE);
    }

    @Override
    void create(Changes ch, Domain d, boolean onExistingTable) {
        List<String> path = d.defaultValue().map(e -> e.searchPath()).orElse(d.checks().isEmpty() ? List.of()
            : d.checks().get(0).expression().searchPath());
        ch.create(d.id(), definition(d), Set.of(d.id()), Set.of(), path);
        commentCreated(ch, d);
    }

    @Override
    void drop(Changes ch, Domain d) {
        ch.drop(d.id(), "DROP DOMAIN " + d.name().sql(), Set.of(d.id()), false, Set.of());
    }

    @Override
    String what(Domain d) {
        return "DOMAIN " + d.name().sql();
    }

    static String definition(Domain d) {
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(d.name().sql()).append(" AS ")
            .append(d.baseType().sql());
        d.collation().ifPresent(c -> sb.append(" COLLATE ").append(c.sql()));
        d.defaultValue().ifPresent(e -> sb.append(" DEFAULT ").append(e.text()));
        if (d.notNull()) {
            sb.append(" NOT NULL");
        }
        for (Domain.Check c : d.checks()) {
            sb.append("\n    CONSTRAINT ").append(q(c.name())).append(" CHECK (").append(c.expression().text())
                .append(')');
            if (c.notValid()) {
                sb.append(" NOT VALID");
            }
        }
        return sb.toString();
    }

    @Override
    void altered(Changes ch, Domain x, Domain y) {
        String name = y.name().sql();
        ObjectId id = y.id();
        if (!x.baseType().equals(y.baseType()) || !x.collation().equals(y.collation())) {
            TypeReplacement.replace(ch, x.id(), definition(y), "the base type of " + y.name() + " changes");
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
                ch.alter(id, "ALTER DOMAIN " + name + " DROP CONSTRAINT " + q(c.name()), Set.of(id), false, Set.of(),
                    List.of(), Set.of());
            }
        }
        for (Domain.Check c : y.checks()) {
            if (!x.checks().contains(c)) {
                ch.alter(id, "ALTER DOMAIN " + name + " ADD CONSTRAINT " + q(c.name()) + " CHECK ("
                    + c.expression().text() + ")" + (c.notValid() ? " NOT VALID" : ""), Set.of(id), false,
                    Set.of(Hazard.TABLE_SCAN), c.expression().searchPath(), Set.of());
            }
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(id, what(y), y.comment());
        }
    }
}
