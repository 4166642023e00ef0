package io.schemadiff.parser.interp;

import io.schemadiff.model.CompositeType;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.Expression;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Policy;
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

/** Domains, composite and range types, and row-level security policies in the interpreter. */
final class Types {
    private final Interpreter in;

    Types(Interpreter in) {
        this.in = in;
    }

    private void checkTypeFree(QualifiedName name, int at) {
        if (in.objects().containsKey(ObjectId.of(ObjectKind.TYPE, name))
            || in.objects().containsKey(ObjectId.of(ObjectKind.TABLE, name))) {
            throw in.errorAt(at, "type \"" + name + "\" already exists");
        }
    }

    // ------------------------------------------------------------------ domains

    void createDomain(Ddl.CreateDomain d) {
        QualifiedName name = in.newNameFor(d.name());
        checkTypeFree(name, d.at());
        Set<ObjectId> refs = new LinkedHashSet<>();
        DataType base = in.resolverRef().type(d.type(), refs);
        Optional<QualifiedName> coll = d.collation().flatMap(c -> in.resolverRef().collation(c.parts()));
        Optional<Expression> dflt = d.dflt().map(e -> expression(e, base, refs, true));
        Domain domain = new Domain(name, base, coll, dflt, false, List.of(), Optional.empty());
        for (Ddl.DomainConstraint c : d.constraints()) {
            domain = addConstraint(domain, c, refs);
        }
        in.objects().put(domain.id(), domain);
        in.objectRefs().put(domain.id(), refs);
    }

    private Expression expression(Ddl.ExprText e, DataType type, Set<ObjectId> refs, boolean isDefault) {
        Canonicalizer can = in.resolverRef().domainCanonicalizer(type, refs);
        return new Expression(e.text(), isDefault ? can.canonicalDefault(e.expr(), in.baseType(type)) : can.canonical(e.expr()),
            in.searchPath());
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
        String name = c.name().orElseGet(() -> in.names().chooseConstraintName(d.name().schema(), d.name().name(), null,
            "check", taken));
        if (taken.contains(name)) {
            throw in.errorAt(c.at(), "constraint \"" + name + "\" for domain \"" + d.name().name()
                + "\" already exists");
        }
        in.names().addConstraint(new QualifiedName(d.name().schema(), name));
        List<Domain.Check> checks = new ArrayList<>(d.checks());
        checks.add(new Domain.Check(name, e, c.notValid()));
        return d.withChecks(checks);
    }

    private Domain requireDomain(Ddl.Name n) {
        ObjectId id = in.find(n, ObjectKind.TYPE).orElseThrow(() -> in.errorAt(n.at(), "type \"" + n
            + "\" does not exist"));
        if (!(in.objects().get(id) instanceof Domain d)) {
            throw in.errorAt(n.at(), "\"" + n + "\" is not a domain");
        }
        return d;
    }

    void alterDomain(Ddl.AlterDomain a) {
        Domain d = requireDomain(a.name());
        Set<ObjectId> refs = in.objectRefs().computeIfAbsent(d.id(), k -> new LinkedHashSet<>());
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
                    throw in.errorAt(a.at(), "constraint \"" + con + "\" of domain \"" + d.name().name()
                        + "\" does not exist");
                }
                in.names().removeConstraint(new QualifiedName(d.name().schema(), con));
                yield d.withChecks(d.checks().stream().filter(k -> !k.name().equals(con)).toList());
            }
            case "VALIDATE" -> d.withChecks(d.checks().stream().map(k -> k.name().equals(a.constraintName().get())
                ? new Domain.Check(k.name(), k.expression(), false) : k).toList());
            case "RENAME CONSTRAINT" -> d.withChecks(d.checks().stream().map(k -> k.name().equals(
                a.constraintName().get()) ? new Domain.Check(a.newName().get(), k.expression(), k.notValid()) : k)
                .toList());
            default -> throw new IllegalStateException(a.action());
        };
        in.objects().put(d.id(), out);
    }

    // ------------------------------------------------------------------ composite and range types

    private List<CompositeType.Attribute> attributes(List<Ddl.TypeAttribute> attrs, Set<ObjectId> refs) {
        List<CompositeType.Attribute> out = new ArrayList<>();
        for (Ddl.TypeAttribute a : attrs) {
            out.add(new CompositeType.Attribute(a.name(), in.resolverRef().type(a.type(), refs),
                a.collation().flatMap(c -> in.resolverRef().collation(c.parts()))));
        }
        return out;
    }

    void createComposite(Ddl.CreateComposite c) {
        QualifiedName name = in.newNameFor(c.name());
        checkTypeFree(name, c.at());
        Set<ObjectId> refs = new LinkedHashSet<>();
        CompositeType t = new CompositeType(name, attributes(c.attributes(), refs), Optional.empty());
        in.objects().put(t.id(), t);
        in.objectRefs().put(t.id(), refs);
    }

    void createRange(Ddl.CreateRange r) {
        QualifiedName name = in.newNameFor(r.name());
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
        RangeType t = new RangeType(name, in.resolverRef().type(r.subtype(), refs), options, Optional.empty());
        in.objects().put(t.id(), t);
        in.objectRefs().put(t.id(), refs);
    }

    void alterAttribute(Ddl.AlterAttribute a) {
        ObjectId id = in.find(a.type(), ObjectKind.TYPE).orElseThrow(() -> in.errorAt(a.type().at(), "type \""
            + a.type() + "\" does not exist"));
        if (!(in.objects().get(id) instanceof CompositeType t)) {
            throw in.errorAt(a.type().at(), "\"" + a.type() + "\" is not a composite type");
        }
        Set<ObjectId> refs = in.objectRefs().computeIfAbsent(id, k -> new LinkedHashSet<>());
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
                    throw in.errorAt(a.at(), "attribute \"" + a.attribute() + "\" already exists");
                }
                attrs.addAll(attributes(List.of(a.definition().get()), refs));
            }
            case "DROP" -> {
                if (i < 0 && !a.ifExists()) {
                    throw in.errorAt(a.at(), "attribute \"" + a.attribute() + "\" does not exist");
                }
                if (i >= 0) {
                    attrs.remove(i);
                }
            }
            case "ALTER" -> {
                if (i < 0) {
                    throw in.errorAt(a.at(), "attribute \"" + a.attribute() + "\" does not exist");
                }
                attrs.set(i, attributes(List.of(a.definition().get()), refs).get(0));
            }
            default -> {
                if (i < 0) {
                    throw in.errorAt(a.at(), "attribute \"" + a.attribute() + "\" does not exist");
                }
                CompositeType.Attribute old = attrs.get(i);
                attrs.set(i, new CompositeType.Attribute(a.newName().get(), old.type(), old.collation()));
            }
        }
        in.objects().put(id, t.withAttributes(attrs));
    }

    // ------------------------------------------------------------------ policies

    private ObjectId table(Ddl.Name n) {
        return in.find(n, ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW).orElseThrow(() ->
            in.errorAt(n.at(), "relation \"" + n + "\" does not exist"));
    }

    private Optional<Expression> policyExpr(Optional<Ddl.ExprText> e, TableState t, Set<ObjectId> refs) {
        return e.map(x -> new Expression(x.text(), in.resolverRef().canonicalizer(t, refs, null).canonical(x.expr()),
            in.searchPath()));
    }

    void createPolicy(Ddl.CreatePolicy p) {
        ObjectId tid = table(p.table());
        TableState t = in.objects().get(tid) instanceof TableState ts ? ts : null;
        Set<ObjectId> refs = new LinkedHashSet<>();
        refs.add(tid);
        Policy policy = new Policy(tid.qualifiedName(), p.name(), p.permissive(), p.command(), p.roles(),
            policyExpr(p.using(), t, refs), policyExpr(p.withCheck(), t, refs), Optional.empty());
        if (in.objects().containsKey(policy.id())) {
            throw in.errorAt(p.at(), "policy \"" + p.name() + "\" for table \"" + tid.name() + "\" already exists");
        }
        in.objects().put(policy.id(), policy);
        in.objectRefs().put(policy.id(), refs);
    }

    private ObjectId requirePolicy(String name, Ddl.Name table, boolean ifExists, int at) {
        ObjectId tid = table(table);
        ObjectId id = ObjectId.policy(tid.qualifiedName(), name);
        if (!in.objects().containsKey(id)) {
            if (ifExists) {
                return null;
            }
            throw in.errorAt(at, "policy \"" + name + "\" for table \"" + table + "\" does not exist");
        }
        return id;
    }

    void alterPolicy(Ddl.AlterPolicy a) {
        ObjectId id = requirePolicy(a.name(), a.table(), false, a.at());
        Policy p = (Policy) in.objects().get(id);
        if (a.newName().isPresent()) {
            in.objects().remove(id);
            Policy r = p.withName(a.newName().get());
            in.objects().put(r.id(), r);
            in.objectRefs().put(r.id(), in.objectRefs().remove(id));
            return;
        }
        TableState t = in.objects().get(ObjectId.of(ObjectKind.TABLE, p.table())) instanceof TableState ts ? ts : null;
        Set<ObjectId> refs = in.objectRefs().computeIfAbsent(id, k -> new LinkedHashSet<>());
        in.objects().put(id, new Policy(p.table(), p.name(), p.permissive(), p.command(), a.roles().orElse(p.roles()),
            a.using().isPresent() ? policyExpr(a.using(), t, refs) : p.using(),
            a.withCheck().isPresent() ? policyExpr(a.withCheck(), t, refs) : p.withCheck(), p.comment()));
    }

    void dropPolicy(Ddl.DropPolicy d) {
        ObjectId id = requirePolicy(d.name(), d.table(), d.ifExists(), d.at());
        if (id != null) {
            in.objects().remove(id);
            in.objectRefs().remove(id);
        }
    }

    void commentPolicy(Ddl.Comment c) {
        ObjectId id = requirePolicy(c.target().last(), c.on().orElseThrow(), false, c.at());
        in.objects().put(id, ((Policy) in.objects().get(id)).withComment(c.text()));
    }
}
