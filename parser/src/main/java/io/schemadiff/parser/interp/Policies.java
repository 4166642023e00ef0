package io.schemadiff.parser.interp;

import io.schemadiff.model.Expression;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Policy;
import io.schemadiff.parser.ddl.Ddl;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Row-level security policies: CREATE, ALTER (its rename too) and DROP POLICY, and their comments. */
final class Policies {
    private final WorkingCatalog cat;
    private final Resolver resolver;

    Policies(WorkingCatalog cat) {
        this.cat = cat;
        this.resolver = cat.resolver();
    }

    private ObjectId table(Ddl.Name n) {
        return cat.find(n, ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW).orElseThrow(() ->
            cat.errorAt(n.at(), "relation \"" + n + "\" does not exist"));
    }

    private Optional<Expression> policyExpr(Optional<Ddl.ExprText> e, TableState t, Set<ObjectId> refs) {
        return e.map(x -> new Expression(x.text(), resolver.canonicalizer(t, refs, null).canonical(x.expr()),
            cat.searchPath()));
    }

    void create(Ddl.CreatePolicy p) {
        ObjectId tid = table(p.table());
        TableState t = cat.get(tid) instanceof TableState ts ? ts : null;
        Set<ObjectId> refs = new LinkedHashSet<>();
        refs.add(tid);
        Policy policy = new Policy(tid.qualifiedName(), p.name(), p.permissive(), p.command(), p.roles(),
            policyExpr(p.using(), t, refs), policyExpr(p.withCheck(), t, refs), Optional.empty());
        if (cat.has(policy.id())) {
            throw cat.errorAt(p.at(), "policy \"" + p.name() + "\" for table \"" + tid.name() + "\" already exists");
        }
        cat.put(policy.id(), policy);
        cat.putRefs(policy.id(), refs);
    }

    private ObjectId requirePolicy(String name, Ddl.Name table, boolean ifExists, int at) {
        ObjectId tid = table(table);
        ObjectId id = ObjectId.policy(tid.qualifiedName(), name);
        if (!cat.has(id)) {
            if (ifExists) {
                return null;
            }
            throw cat.errorAt(at, "policy \"" + name + "\" for table \"" + table + "\" does not exist");
        }
        return id;
    }

    void alter(Ddl.AlterPolicy a) {
        ObjectId id = requirePolicy(a.name(), a.table(), false, a.at());
        Policy p = (Policy) cat.get(id);
        if (a.newName().isPresent()) {
            cat.remove(id);
            Policy r = p.withName(a.newName().get());
            cat.put(r.id(), r);
            cat.moveRefs(id, r.id());
            return;
        }
        TableState t = cat.get(ObjectId.of(ObjectKind.TABLE, p.table())) instanceof TableState ts ? ts : null;
        Set<ObjectId> refs = cat.refsToChange(id);
        cat.put(id, new Policy(p.table(), p.name(), p.permissive(), p.command(), a.roles().orElse(p.roles()),
            a.using().isPresent() ? policyExpr(a.using(), t, refs) : p.using(),
            a.withCheck().isPresent() ? policyExpr(a.withCheck(), t, refs) : p.withCheck(), p.comment()));
    }

    void drop(Ddl.DropPolicy d) {
        ObjectId id = requirePolicy(d.name(), d.table(), d.ifExists(), d.at());
        if (id != null) {
            cat.remove(id);
            cat.removeRefs(id);
        }
    }

    void comment(Ddl.Comment c) {
        ObjectId id = requirePolicy(c.target().last(), c.on().orElseThrow(), false, c.at());
        cat.put(id, ((Policy) cat.get(id)).withComment(c.text()));
    }
}
