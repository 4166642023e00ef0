package io.schemadiff.parser.interp;

import io.schemadiff.model.Cast;
import io.schemadiff.model.DataType;
import io.schemadiff.model.EventTrigger;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Publication;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.expr.Canonicalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Event triggers, publications and casts: objects of the database, not of a schema. */
final class DatabaseObjects {
    private final WorkingCatalog cat;
    private final Resolver resolver;
    private final Routines routines;

    DatabaseObjects(WorkingCatalog cat, Routines routines) {
        this.cat = cat;
        this.resolver = cat.resolver();
        this.routines = routines;
    }

    // ------------------------------------------------------------------ event triggers

    void createEventTrigger(Ddl.CreateEventTrigger d) {
        ObjectId id = new ObjectId(ObjectKind.EVENT_TRIGGER, "", d.name(), "");
        if (cat.has(id)) {
            throw cat.errorAt(d.at(), "event trigger \"" + d.name() + "\" already exists");
        }
        if (!Set.of("ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite", "login").contains(d.event())) {
            throw cat.errorAt(d.at(), "unrecognized event name \"" + d.event() + "\"");
        }
        Set<ObjectId> refs = new LinkedHashSet<>();
        List<String> fn = resolver.function(d.function().parts());
        resolver.usesFunction(fn, refs);
        QualifiedName function = fn.size() == 1 ? new QualifiedName("pg_catalog", fn.get(0))
            : new QualifiedName(fn.get(0), fn.get(1));
        cat.put(id, new EventTrigger(d.name(), d.event(), d.tags(), function, 'O', Optional.empty()));
        cat.putRefs(id, refs);
    }

    void alterEventTrigger(Ddl.AlterEventTrigger a) {
        ObjectId id = new ObjectId(ObjectKind.EVENT_TRIGGER, "", a.name(), "");
        if (!(cat.get(id) instanceof EventTrigger t)) {
            throw cat.errorAt(a.at(), "event trigger \"" + a.name() + "\" does not exist");
        }
        if (a.enabled().isPresent()) {
            cat.put(id, t.withEnabled(a.enabled().get()));
        } else if (a.rename().isPresent()) {
            ObjectId to = new ObjectId(ObjectKind.EVENT_TRIGGER, "", a.rename().get(), "");
            cat.remove(id);
            cat.put(to, new EventTrigger(a.rename().get(), t.event(), t.tags(), t.function(), t.enabled(),
                t.comment()));
            cat.putRefs(to, new LinkedHashSet<>(cat.refs(id)));
            cat.removeRefs(id);
        }
    }

    // ------------------------------------------------------------------ casts

    void createCast(Ddl.CreateCast d) {
        Set<ObjectId> refs = new LinkedHashSet<>();
        DataType source = resolver.type(d.source(), refs);
        DataType target = resolver.type(d.target(), refs);
        Optional<String> function = Optional.empty();
        if (d.function().isPresent()) {
            ObjectId f = routines.findRoutine(d.function().get(), d.at());
            refs.add(f);
            function = Optional.of(f.qualifiedName().sql() + f.member());
        }
        Cast cast = new Cast(source, target, d.method(), function, d.context(), Optional.empty());
        if (cat.has(cast.id())) {
            throw cat.errorAt(d.at(), "cast from type " + source.sql() + " to type " + target.sql()
                + " already exists");
        }
        refs.remove(cast.id());
        cat.put(cast.id(), cast);
        cat.putRefs(cast.id(), refs);
    }

    /** DROP CAST, COMMENT ON CAST. */
    void castRef(Ddl.CastRef r) {
        Set<ObjectId> ignored = new LinkedHashSet<>();
        ObjectId id = new ObjectId(ObjectKind.CAST, "", Cast.signature(resolver.type(r.source(), ignored),
            resolver.type(r.target(), ignored)), "");
        if (!(cat.get(id) instanceof Cast cast)) {
            if (r.ifExists()) {
                return;
            }
            throw cat.errorAt(r.at(), "cast " + id.name() + " does not exist");
        }
        if (r.comment().isPresent()) {
            cat.put(id, cast.withComment(r.comment().get()));
        } else {
            cat.remove(id);
            cat.removeRefs(id);
        }
    }

    // ------------------------------------------------------------------ publications

    void publication(Ddl.Publication p) {
        ObjectId id = new ObjectId(ObjectKind.PUBLICATION, "", p.name(), "");
        Object existing = cat.get(id);
        if (p.action().equals("create")) {
            if (existing != null) {
                throw cat.errorAt(p.at(), "publication \"" + p.name() + "\" already exists");
            }
            Set<ObjectId> refs = new LinkedHashSet<>();
            cat.put(id, new Publication(p.name(), p.allTables(), tables(p.tables(), refs, List.of()),
                schemas(p.schemas(), List.of()), options(p.options(), List.of()), Optional.empty()));
            cat.putRefs(id, refs);
            return;
        }
        if (!(existing instanceof Publication pub)) {
            throw cat.errorAt(p.at(), "publication \"" + p.name() + "\" does not exist");
        }
        Set<ObjectId> refs = cat.refsToChange(id);
        Publication now = switch (p.action()) {
            case "rename" -> {
                ObjectId to = new ObjectId(ObjectKind.PUBLICATION, "", p.rename().get(), "");
                cat.remove(id);
                cat.removeRefs(id);
                cat.putRefs(to, refs);
                id = to;
                yield new Publication(p.rename().get(), pub.allTables(), pub.tables(), pub.schemas(), pub.options(),
                    pub.comment());
            }
            case "options" -> new Publication(pub.name(), pub.allTables(), pub.tables(), pub.schemas(),
                options(p.options(), pub.options()), pub.comment());
            case "add" -> new Publication(pub.name(), pub.allTables(), tables(p.tables(), refs, pub.tables()),
                schemas(p.schemas(), pub.schemas()), pub.options(), pub.comment());
            case "set" -> new Publication(pub.name(), pub.allTables(), tables(p.tables(), refs, List.of()),
                schemas(p.schemas(), List.of()), pub.options(), pub.comment());
            default -> {
                // drop: by table, whatever its column list or filter
                Set<String> gone = new TreeSet<>();
                for (Ddl.PublicationTable t : p.tables()) {
                    gone.add(tableName(t.table()).sql());
                }
                List<String> kept = new ArrayList<>();
                for (String t : pub.tables()) {
                    if (!gone.contains(t.split(" ")[0])) {
                        kept.add(t);
                    }
                }
                List<String> schemas = new ArrayList<>(pub.schemas());
                schemas.removeAll(schemas(p.schemas(), List.of()));
                yield new Publication(pub.name(), pub.allTables(), kept, schemas, pub.options(), pub.comment());
            }
        };
        cat.put(id, now);
    }

    private QualifiedName tableName(Ddl.Name n) {
        return cat.find(n, ObjectKind.TABLE).map(ObjectId::qualifiedName).orElseThrow(() ->
            cat.errorAt(n.at(), "relation \"" + n + "\" does not exist"));
    }

    private List<String> tables(List<Ddl.PublicationTable> ts, Set<ObjectId> refs, List<String> before) {
        Set<String> out = new TreeSet<>(before);
        for (Ddl.PublicationTable t : ts) {
            QualifiedName q = tableName(t.table());
            refs.add(ObjectId.of(ObjectKind.TABLE, q));
            StringBuilder sb = new StringBuilder(q.sql());
            if (!t.columns().isEmpty()) {
                sb.append(" (").append(String.join(", ", t.columns().stream().map(Identifiers::quote).toList()))
                    .append(')');
            }
            if (t.where().isPresent()) {
                TableState st = (TableState) cat.get(ObjectId.of(ObjectKind.TABLE, q));
                Canonicalizer can = resolver.canonicalizer(st, refs, null);
                sb.append(" WHERE (").append(can.canonical(t.where().get().expr())).append(')');
            }
            out.removeIf(x -> x.split(" ")[0].equals(q.sql()));
            out.add(sb.toString());
        }
        return new ArrayList<>(out);
    }

    private List<String> schemas(List<String> ss, List<String> before) {
        Set<String> out = new TreeSet<>(before);
        for (String s : ss) {
            out.add(s.equals("CURRENT_SCHEMA") ? cat.lookupPath().stream().filter(x -> !x.equals("pg_catalog"))
                .findFirst().orElse("public") : s);
        }
        return new ArrayList<>(out);
    }

    /** Parameters at their defaults are left out; publish is a set of actions. */
    private static List<String> options(List<String> given, List<String> before) {
        Set<String> out = new TreeSet<>(before);
        for (String kv : given) {
            String key = kv.substring(0, kv.indexOf('='));
            String value = kv.substring(kv.indexOf('=') + 1).toLowerCase(Locale.ROOT);
            out.removeIf(x -> x.startsWith(key + " = "));
            if (key.equals("publish")) {
                Set<String> actions = new TreeSet<>();
                for (String a : value.split(",")) {
                    if (!a.isBlank()) {
                        actions.add(a.trim());
                    }
                }
                value = String.join(", ", actions);
                if (value.equals("delete, insert, truncate, update")) {
                    continue;
                }
            } else if ((key.equals("publish_via_partition_root") && (value.equals("false") || value.equals("off")))
                || (key.equals("publish_generated_columns") && value.equals("none"))) {
                continue;
            }
            out.add(key + " = " + Identifiers.literal(value));
        }
        return new ArrayList<>(out);
    }
}
