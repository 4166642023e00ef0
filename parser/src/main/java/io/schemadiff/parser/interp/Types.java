package io.schemadiff.parser.interp;

import io.schemadiff.model.CompositeType;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.Expression;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.RangeType;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.expr.Canonicalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** CREATE TYPE (enums, composite and range types) and CREATE DOMAIN, and what ALTER TYPE and ALTER DOMAIN change. */
final class Types {
    private final WorkingCatalog cat;
    private final Names names;
    private final Resolver resolver;
    private final RenameFollowers followers;

    Types(WorkingCatalog cat, RenameFollowers followers) {
        this.cat = cat;
        this.names = cat.names();
        this.resolver = cat.resolver();
        this.followers = followers;
    }

    // ------------------------------------------------------------------ enums

    // ================================================================== enums

    void createEnum(Ddl.CreateEnum ce) {
        QualifiedName name = cat.newName(ce.name());
        ObjectId id = ObjectId.of(ObjectKind.TYPE, name);
        if (cat.has(id) || names.relationTaken(name)) {
            throw cat.errorAt(ce.name().at(), "type \"" + name + "\" already exists");
        }
        Set<String> seen = new HashSet<>();
        for (String l : ce.labels()) {
            if (!seen.add(l)) {
                throw cat.errorAt(ce.at(), "enum label \"" + l + "\" used more than once");
            }
        }
        cat.put(id, new EnumType(name, ce.labels(), Optional.empty()));
    }

    private EnumType requireEnum(Ddl.Name n) {
        ObjectId id = cat.find(n, ObjectKind.TYPE).orElseThrow(() -> cat.errorAt(n.at(), "type \"" + n
            + "\" does not exist"));
        return (EnumType) cat.get(id);
    }

    void addEnumValue(Ddl.AddEnumValue v) {
        EnumType e = requireEnum(v.type());
        List<String> labels = new ArrayList<>(e.labels());
        if (labels.contains(v.value())) {
            if (v.ifNotExists()) {
                return;
            }
            throw cat.errorAt(v.at(), "enum label \"" + v.value() + "\" already exists");
        }
        if (v.before().isPresent() || v.after().isPresent()) {
            String neighbour = v.before().orElseGet(() -> v.after().get());
            int i = labels.indexOf(neighbour);
            if (i < 0) {
                throw cat.errorAt(v.at(), "\"" + neighbour + "\" is not an existing enum label");
            }
            labels.add(v.before().isPresent() ? i : i + 1, v.value());
        } else {
            labels.add(v.value());
        }
        cat.put(e.id(), e.withLabels(labels));
    }

    void renameEnumValue(Ddl.RenameEnumValue v) {
        EnumType e = requireEnum(v.type());
        List<String> labels = new ArrayList<>(e.labels());
        int i = labels.indexOf(v.from());
        if (i < 0) {
            throw cat.errorAt(v.at(), "\"" + v.from() + "\" is not an existing enum label");
        }
        if (labels.contains(v.to())) {
            throw cat.errorAt(v.at(), "enum label \"" + v.to() + "\" already exists");
        }
        labels.set(i, v.to());
        cat.put(e.id(), e.withLabels(labels));
        followers.labelRenamed(e.name(), v.from(), v.to());
    }

    private void checkTypeFree(QualifiedName name, int at) {
        if (cat.has(ObjectId.of(ObjectKind.TYPE, name))
            || cat.has(ObjectId.of(ObjectKind.TABLE, name))) {
            throw cat.errorAt(at, "type \"" + name + "\" already exists");
        }
    }

    // ------------------------------------------------------------------ domains

    void createDomain(Ddl.CreateDomain d) {
        QualifiedName name = cat.newName(d.name());
        checkTypeFree(name, d.at());
        Set<ObjectId> refs = new LinkedHashSet<>();
        DataType base = resolver.type(d.type(), refs);
        Optional<QualifiedName> coll = d.collation().flatMap(c -> resolver.collation(c.parts()));
        Optional<Expression> dflt = d.dflt().map(e -> expression(e, base, refs, true));
        Domain domain = new Domain(name, base, coll, dflt, false, List.of(), Optional.empty());
        for (Ddl.DomainConstraint c : d.constraints()) {
            domain = addConstraint(domain, c, refs);
        }
        cat.put(domain.id(), domain);
        cat.putRefs(domain.id(), refs);
    }

    private Expression expression(Ddl.ExprText e, DataType type, Set<ObjectId> refs, boolean isDefault) {
        Canonicalizer can = resolver.domainCanonicalizer(type, refs);
        return new Expression(e.text(), isDefault ? can.canonicalDefault(e.expr(), cat.baseType(type))
            : can.canonical(e.expr()),
            cat.searchPath());
    }

    private Domain addConstraint(Domain d, Ddl.DomainConstraint c, Set<ObjectId> refs) {
        if (c.notNull()) {
            return d.withNotNull(true);
        }
        if (c.nullable()) {
            return d.withNotNull(false);
        }
        Expression e = expression(c.check().get(), d.baseType(), refs, false);
        Set<String> taken = new HashSet<>();
        d.checks().forEach(k -> taken.add(k.name()));
        String name = c.name().orElseGet(() -> names.chooseConstraintName(d.name().schema(), d.name().name(), null,
            "check", taken));
        if (taken.contains(name)) {
            throw cat.errorAt(c.at(), "constraint \"" + name + "\" for domain \"" + d.name().name()
                + "\" already exists");
        }
        names.addConstraint(new QualifiedName(d.name().schema(), name));
        List<Domain.Check> checks = new ArrayList<>(d.checks());
        checks.add(new Domain.Check(name, e, c.notValid()));
        return d.withChecks(checks);
    }

    private Domain requireDomain(Ddl.Name n) {
        ObjectId id = cat.find(n, ObjectKind.TYPE).orElseThrow(() -> cat.errorAt(n.at(), "type \"" + n
            + "\" does not exist"));
        if (!(cat.get(id) instanceof Domain d)) {
            throw cat.errorAt(n.at(), "\"" + n + "\" is not a domain");
        }
        return d;
    }

    void alterDomain(Ddl.AlterDomain a) {
        Domain d = requireDomain(a.name());
        Set<ObjectId> refs = cat.refsToChange(d.id());
        Domain out = switch (a.action()) {
            case "SET DEFAULT" -> d.withDefault(Optional.of(expression(a.dflt().get(), d.baseType(), refs, true)));
            case "DROP DEFAULT" -> d.withDefault(Optional.empty());
            case "SET NOT NULL" -> d.withNotNull(true);
            case "DROP NOT NULL" -> d.withNotNull(false);
            case "ADD" -> addConstraint(d, a.constraint().get(), refs);
            case "DROP CONSTRAINT" -> {
                String con = a.constraintName().get();
                if (d.checks().stream().noneMatch(k -> k.name().equals(con))) {
                    if (a.ifExists()) {
                        yield d;
                    }
                    throw cat.errorAt(a.at(), "constraint \"" + con + "\" of domain \"" + d.name().name()
                        + "\" does not exist");
                }
                names.removeConstraint(new QualifiedName(d.name().schema(), con));
                yield d.withChecks(d.checks().stream().filter(k -> !k.name().equals(con)).toList());
            }
            case "VALIDATE" -> d.withChecks(d.checks().stream().map(k -> k.name().equals(a.constraintName().get())
                ? new Domain.Check(k.name(), k.expression(), false) : k).toList());
            case "RENAME CONSTRAINT" -> d.withChecks(d.checks().stream().map(k -> k.name().equals(
                a.constraintName().get()) ? new Domain.Check(a.newName().get(), k.expression(), k.notValid()) : k)
                .toList());
            default -> throw new IllegalStateException(a.action());
        };
        cat.put(d.id(), out);
    }

    // ------------------------------------------------------------------ composite and range types

    private List<CompositeType.Attribute> attributes(List<Ddl.TypeAttribute> attrs, Set<ObjectId> refs) {
        List<CompositeType.Attribute> out = new ArrayList<>();
        for (Ddl.TypeAttribute a : attrs) {
            out.add(new CompositeType.Attribute(a.name(), resolver.type(a.type(), refs),
                a.collation().flatMap(c -> resolver.collation(c.parts()))));
        }
        return out;
    }

    void createComposite(Ddl.CreateComposite c) {
        QualifiedName name = cat.newName(c.name());
        checkTypeFree(name, c.at());
        Set<ObjectId> refs = new LinkedHashSet<>();
        CompositeType t = new CompositeType(name, attributes(c.attributes(), refs), Optional.empty());
        cat.put(t.id(), t);
        cat.putRefs(t.id(), refs);
    }

    void createRange(Ddl.CreateRange r) {
        QualifiedName name = cat.newName(r.name());
        checkTypeFree(name, r.at());
        Set<ObjectId> refs = new LinkedHashSet<>();
        // the default multirange name (range → multirange, or _multirange appended), which pg_dump writes out
        String multirange = name.name().contains("range") ? name.name().replaceFirst("range", "multirange")
            : name.name() + "_multirange";
        List<String> options = new ArrayList<>();
        for (String o : r.options()) {
            String v = o.substring(o.indexOf('=') + 1);
            boolean isDefault = o.startsWith("multirange_type_name=") && (v.equals(multirange)
                || v.equals(name.schema() + "." + multirange));
            if (!isDefault) {
                options.add(o.startsWith("subtype_diff=") || o.startsWith("canonical=") ? o.replace("=pg_catalog.", "=")
                    : o);
            }
        }
        RangeType t = new RangeType(name, resolver.type(r.subtype(), refs), options, Optional.empty());
        cat.put(t.id(), t);
        cat.putRefs(t.id(), refs);
    }

    void alterAttribute(Ddl.AlterAttribute a) {
        ObjectId id = cat.find(a.type(), ObjectKind.TYPE).orElseThrow(() -> cat.errorAt(a.type().at(), "type \""
            + a.type() + "\" does not exist"));
        if (!(cat.get(id) instanceof CompositeType t)) {
            throw cat.errorAt(a.type().at(), "\"" + a.type() + "\" is not a composite type");
        }
        Set<ObjectId> refs = cat.refsToChange(id);
        List<CompositeType.Attribute> attrs = new ArrayList<>(t.attributes());
        int i = -1;
        for (int k = 0; k < attrs.size(); k++) {
            if (attrs.get(k).name().equals(a.attribute())) {
                i = k;
            }
        }
        switch (a.action()) {
            case "ADD" -> {
                if (i >= 0) {
                    throw cat.errorAt(a.at(), "attribute \"" + a.attribute() + "\" already exists");
                }
                attrs.addAll(attributes(List.of(a.definition().get()), refs));
            }
            case "DROP" -> {
                if (i < 0 && !a.ifExists()) {
                    throw cat.errorAt(a.at(), "attribute \"" + a.attribute() + "\" does not exist");
                }
                if (i >= 0) {
                    attrs.remove(i);
                }
            }
            case "ALTER" -> {
                if (i < 0) {
                    throw cat.errorAt(a.at(), "attribute \"" + a.attribute() + "\" does not exist");
                }
                attrs.set(i, attributes(List.of(a.definition().get()), refs).get(0));
            }
            default -> {
                if (i < 0) {
                    throw cat.errorAt(a.at(), "attribute \"" + a.attribute() + "\" does not exist");
                }
                CompositeType.Attribute old = attrs.get(i);
                attrs.set(i, new CompositeType.Attribute(a.newName().get(), old.type(), old.collation()));
            }
        }
        cat.put(id, t.withAttributes(attrs));
    }
}
