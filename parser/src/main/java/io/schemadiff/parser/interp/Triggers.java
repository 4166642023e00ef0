package io.schemadiff.parser.interp;

import io.schemadiff.model.Expression;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Trigger;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.expr.Canonicalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Triggers: CREATE, DROP, ALTER TRIGGER … RENAME, COMMENT, ENABLE and DISABLE; they follow their table. */
final class Triggers {
    private final WorkingCatalog cat;
    private final Resolver resolver;

    Triggers(WorkingCatalog cat) {
        this.cat = cat;
        this.resolver = cat.resolver();
    }

    private Optional<ObjectId> findTable(Ddl.Name n) {
        return cat.find(n, ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW);
    }

    void create(Ddl.CreateTrigger ct) {
        ObjectId tid = findTable(ct.table()).orElseThrow(() -> cat.errorAt(ct.table().at(), "relation \""
            + ct.table() + "\" does not exist"));
        QualifiedName table = tid.qualifiedName();
        Set<ObjectId> refs = new LinkedHashSet<>();
        refs.add(tid);
        TableState t = cat.get(tid) instanceof TableState ts ? ts : null;
        Optional<Expression> when = ct.when().map(w -> {
            Canonicalizer can = resolver.canonicalizer(t, refs, null);
            return new Expression(w.text(), can.canonical(w.expr()), cat.searchPath());
        });
        for (String ev : ct.events()) {
            if (ev.startsWith("UPDATE OF ") && t != null) {
                for (String col : ev.substring("UPDATE OF ".length()).split(", ")) {
                    refs.add(ObjectId.column(table, col.replace("\"", "")));
                }
            }
        }
        QualifiedName function = triggerFunction(ct.function());
        Set<ObjectId> fns = cat.functionsNamed(function);
        refs.addAll(fns);
        Optional<QualifiedName> from = ct.fromTable().map(n -> findTable(n).map(ObjectId::qualifiedName)
            .orElseThrow(() -> cat.errorAt(n.at(), "relation \"" + n + "\" does not exist")));
        Trigger tg = new Trigger(table, ct.name(), ct.timing(), ct.events(), ct.forEachRow(), when, function,
            ct.arguments(), ct.referencing(), ct.constraint(), ct.deferrability(), from, 'O', Optional.empty());
        ObjectId id = tg.id();
        Object old = cat.get(id);
        if (old != null) {
            if (!ct.orReplace()) {
                throw cat.errorAt(ct.at(), "trigger \"" + ct.name() + "\" for relation \"" + table.name()
                    + "\" already exists");
            }
            tg = tg.withComment(((Trigger) old).comment());
        }
        cat.put(id, tg);
        cat.putRefs(id, refs);
    }

    /** A trigger's function: a user function of that name along the search path, or the first schema's. */
    private QualifiedName triggerFunction(Ddl.Name n) {
        List<String> p = n.parts();
        if (p.size() > 1) {
            return new QualifiedName(p.get(p.size() - 2), p.get(p.size() - 1));
        }
        for (String s : cat.lookupPath()) {
            QualifiedName q = new QualifiedName(s, p.get(0));
            if (!cat.functionsNamed(q).isEmpty()) {
                return q;
            }
        }
        List<String> resolved = resolver.function(p);
        return resolved.size() > 1 ? new QualifiedName(resolved.get(0), resolved.get(1))
            : new QualifiedName("pg_catalog", resolved.get(0));
    }

    private ObjectId requireTrigger(String name, Ddl.Name table, boolean ifExists, int at) {
        Optional<ObjectId> tid = findTable(table);
        if (tid.isEmpty()) {
            if (ifExists) {
                return null;
            }
            throw cat.errorAt(table.at(), "relation \"" + table + "\" does not exist");
        }
        ObjectId id = ObjectId.trigger(tid.get().qualifiedName(), name);
        if (!cat.has(id)) {
            if (ifExists) {
                return null;
            }
            throw cat.errorAt(at, "trigger \"" + name + "\" for table \"" + table + "\" does not exist");
        }
        return id;
    }

    void drop(Ddl.DropTrigger d) {
        ObjectId id = requireTrigger(d.name(), d.table(), d.ifExists(), d.at());
        if (id != null) {
            cat.remove(id);
            cat.removeRefs(id);
        }
    }

    void rename(Ddl.RenameTrigger r) {
        ObjectId id = requireTrigger(r.name(), r.table(), false, r.at());
        Trigger t = ((Trigger) cat.remove(id)).withName(r.to());
        cat.put(t.id(), t);
        cat.moveRefs(id, t.id());
    }

    void comment(Ddl.Comment c) {
        ObjectId id = requireTrigger(c.target().last(), c.on().orElseThrow(), false, c.at());
        cat.put(id, ((Trigger) cat.get(id)).withComment(c.text()));
    }

    void enableTrigger(TableState t, Ddl.EnableTrigger et) {
        boolean all = et.trigger().equals("all") || et.trigger().equals("user");
        boolean found = false;
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            if (e.getValue() instanceof Trigger tg && tg.table().equals(t.name)
                && (all || tg.name().equals(et.trigger()))) {
                cat.put(e.getKey(), tg.withEnabled(et.state()));
                found = true;
            }
        }
        if (!found && !all) {
            throw cat.errorAt(et.at(), "trigger \"" + et.trigger() + "\" for table \"" + t.name.name()
                + "\" does not exist");
        }
    }

    /** After a table is renamed or moved, its triggers follow. */
    void moveTriggers(QualifiedName from, QualifiedName to) {
        Map<ObjectId, Object> moved = new LinkedHashMap<>();
        for (Map.Entry<ObjectId, Object> e : new ArrayList<>(cat.objects().entrySet())) {
            if (e.getValue() instanceof Trigger tg && tg.table().equals(from)) {
                cat.remove(e.getKey());
                Trigger n = tg.withTable(to);
                moved.put(n.id(), n);
                cat.moveRefs(e.getKey(), n.id());
            }
        }
        moved.forEach(cat::put);
    }
}
