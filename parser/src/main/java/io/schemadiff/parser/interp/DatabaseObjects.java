package io.schemadiff.parser.interp;

import io.schemadiff.model.Cast;
import io.schemadiff.model.DataType;
import io.schemadiff.model.EventTrigger;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Operator;
import io.schemadiff.model.Publication;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.expr.Canonicalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Event triggers and publications: objects of the database, not of a schema. */
final class DatabaseObjects {
    private final Interpreter in;

    DatabaseObjects(Interpreter in) {
        this.in = in;
    }

    // ------------------------------------------------------------------ event triggers

    void createEventTrigger(Ddl.CreateEventTrigger d) {
        ObjectId id = new ObjectId(ObjectKind.EVENT_TRIGGER, "", d.name(), "");
        if (in.objects().containsKey(id)) {
            throw in.errorAt(d.at(), "event trigger \"" + d.name() + "\" already exists");
        }
        if (!Set.of("ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite", "login").contains(d.event())) {
            throw in.errorAt(d.at(), "unrecognized event name \"" + d.event() + "\"");
        }
        Set<ObjectId> refs = new LinkedHashSet<>();
        List<String> fn = in.resolverRef().function(d.function().parts());
        in.resolverRef().usesFunction(fn, refs);
        QualifiedName function = fn.size() == 1 ? new QualifiedName("pg_catalog", fn.get(0))
            : new QualifiedName(fn.get(0), fn.get(1));
        in.objects().put(id, new EventTrigger(d.name(), d.event(), d.tags(), function, 'O', Optional.empty()));
        in.objectRefs().put(id, refs);
    }

    void alterEventTrigger(Ddl.AlterEventTrigger a) {
        ObjectId id = new ObjectId(ObjectKind.EVENT_TRIGGER, "", a.name(), "");
        if (!(in.objects().get(id) instanceof EventTrigger t)) {
            throw in.errorAt(a.at(), "event trigger \"" + a.name() + "\" does not exist");
        }
        if (a.enabled().isPresent()) {
            in.objects().put(id, t.withEnabled(a.enabled().get()));
        } else if (a.rename().isPresent()) {
            ObjectId to = new ObjectId(ObjectKind.EVENT_TRIGGER, "", a.rename().get(), "");
            in.objects().remove(id);
            in.objects().put(to, new EventTrigger(a.rename().get(), t.event(), t.tags(), t.function(), t.enabled(),
                t.comment()));
            in.objectRefs().put(to, in.objectRefs().getOrDefault(id, new LinkedHashSet<>()));
            in.objectRefs().remove(id);
        }
    }

    // ------------------------------------------------------------------ casts

    void createCast(Ddl.CreateCast d) {
        Set<ObjectId> refs = new LinkedHashSet<>();
        DataType source = in.resolverRef().type(d.source(), refs);
        DataType target = in.resolverRef().type(d.target(), refs);
        Optional<String> function = Optional.empty();
        if (d.function().isPresent()) {
            ObjectId f = in.routineId(d.function().get(), d.at());
            refs.add(f);
            function = Optional.of(f.qualifiedName().sql() + f.member());
        }
        Cast cast = new Cast(source, target, d.method(), function, d.context(), Optional.empty());
        if (in.objects().containsKey(cast.id())) {
            throw in.errorAt(d.at(), "cast from type " + source.sql() + " to type " + target.sql() + " already exists");
        }
        refs.remove(cast.id());
        in.objects().put(cast.id(), cast);
        in.objectRefs().put(cast.id(), refs);
    }

    /** DROP CAST, COMMENT ON CAST. */
    void castRef(Ddl.CastRef r) {
        Set<ObjectId> ignored = new LinkedHashSet<>();
        ObjectId id = new ObjectId(ObjectKind.CAST, "", Cast.signature(in.resolverRef().type(r.source(), ignored),
            in.resolverRef().type(r.target(), ignored)), "");
        if (!(in.objects().get(id) instanceof Cast cast)) {
            if (r.ifExists()) {
                return;
            }
            throw in.errorAt(r.at(), "cast " + id.name() + " does not exist");
        }
        if (r.comment().isPresent()) {
            in.objects().put(id, cast.withComment(r.comment().get()));
        } else {
            in.objects().remove(id);
            in.objectRefs().remove(id);
        }
    }

    // ------------------------------------------------------------------ operators

    /** Operators by symbol: most schemas have none, and expressions ask for each operator they apply. */
    private final Map<String, Set<ObjectId>> operators = new HashMap<>();

    /** An operator moved to another schema (its schema renamed): its partners' links name it there. */
    void moveOperator(ObjectId id, String schema) {
        Operator op = (Operator) in.objects().get(id);
        String before = op.symbol();
        Operator moved = new Operator(new QualifiedName(schema, op.name().name()), op.left(), op.right(),
            op.function(), op.commutator(), op.negator(), op.restrict(), op.join(), op.hashes(), op.merges(),
            op.comment());
        String after = moved.symbol();
        Map<ObjectId, Object> copy = new LinkedHashMap<>(in.objects());
        in.objects().clear();
        copy.forEach((k, v) -> {
            Object o = k.equals(id) ? moved : v;
            if (o instanceof Operator other) {
                UnaryOperator<String> link = x -> x.equals(before) ? after : x;
                o = new Operator(other.name(), other.left(), other.right(), other.function(),
                    other.commutator().map(link), other.negator().map(link), other.restrict(), other.join(),
                    other.hashes(), other.merges(), other.comment());
            }
            in.objects().put(k.equals(id) ? moved.id() : k, o);
        });
        Set<ObjectId> refs = in.objectRefs().remove(id);
        if (refs != null) {
            in.objectRefs().put(moved.id(), refs);
        }
        operatorRekeyed(id, moved.id());
        in.aclMoved(id, moved.id());
        in.remapEverywhere(id, moved.id());
    }

    void operatorRekeyed(ObjectId old, ObjectId now) {
        Set<ObjectId> ids = operators.get(old.name());
        if (ids != null && ids.remove(old)) {
            ids.add(now);
        }
    }

    Set<ObjectId> operatorsNamed(String symbol) {
        Set<ObjectId> ids = operators.get(symbol);
        if (ids == null) {
            return Set.of();
        }
        // one dropped along with its schema is still listed: only those that exist
        Set<ObjectId> out = new LinkedHashSet<>();
        for (ObjectId id : ids) {
            if (in.objects().containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    void createOperator(Ddl.CreateOperator d) {
        Set<ObjectId> refs = new LinkedHashSet<>();
        QualifiedName name = in.newNameFor(new Ddl.Name(d.name(), d.at()));
        Optional<DataType> left = Optional.ofNullable(d.types().get("leftarg"))
            .map(t -> in.resolverRef().type(t, refs));
        DataType right = in.resolverRef().type(d.types().get("rightarg"), refs);
        Operator op = new Operator(name, left, right, function(d.options().get("function"), refs),
            operator(d.options().get("commutator"), name), operator(d.options().get("negator"), name),
            Optional.ofNullable(d.options().get("restrict")).map(f -> function(f, refs)),
            Optional.ofNullable(d.options().get("join")).map(f -> function(f, refs)),
            d.options().containsKey("hashes"), d.options().containsKey("merges"), Optional.empty());
        if (in.objects().containsKey(op.id())) {
            throw in.errorAt(d.at(), "operator " + op.symbol() + " already exists");
        }
        op = linkPartners(op);
        in.objects().put(op.id(), op);
        in.objectRefs().put(op.id(), refs);
        operators.computeIfAbsent(name.name(), k -> new LinkedHashSet<>()).add(op.id());
    }

    /**
     * The server links a commutator and a negator both ways: the partner named (or the shell made for it, filled
     * later) gets the new operator as its own commutator or negator, if it has none.
     */
    private Operator linkPartners(Operator op) {
        Operator out = op;
        for (Object o : new ArrayList<>(in.objects().values())) {
            if (!(o instanceof Operator other)) {
                continue;
            }
            boolean swapped = other.right().equals(op.left().orElse(null)) && other.left().equals(Optional.of(op.right()));
            boolean same = other.left().equals(op.left()) && other.right().equals(op.right());
            // the partner this operator names
            if (op.commutator().map(c -> c.equals(other.symbol())).orElse(false) && swapped
                && other.commutator().isEmpty()) {
                in.objects().put(other.id(), withPartners(other, Optional.of(op.symbol()), other.negator()));
            }
            if (op.negator().map(c -> c.equals(other.symbol())).orElse(false) && same && other.negator().isEmpty()) {
                in.objects().put(other.id(), withPartners(other, other.commutator(), Optional.of(op.symbol())));
            }
            // an operator that named this one before it existed (its shell filled now)
            if (other.commutator().map(c -> c.equals(op.symbol())).orElse(false) && swapped
                && out.commutator().isEmpty()) {
                out = withPartners(out, Optional.of(other.symbol()), out.negator());
            }
            if (other.negator().map(c -> c.equals(op.symbol())).orElse(false) && same && out.negator().isEmpty()) {
                out = withPartners(out, out.commutator(), Optional.of(other.symbol()));
            }
        }
        return out;
    }

    private static Operator withPartners(Operator o, Optional<String> commutator, Optional<String> negator) {
        return new Operator(o.name(), o.left(), o.right(), o.function(), commutator, negator, o.restrict(), o.join(),
            o.hashes(), o.merges(), o.comment());
    }

    /** A function an operator names, canonical: {@code schema.name}, or bare for pg_catalog's. */
    private String function(List<String> parts, Set<ObjectId> refs) {
        List<String> fn = in.resolverRef().function(parts);
        in.resolverRef().usesFunction(fn, refs);
        return fn.size() == 1 ? Identifiers.quote(fn.get(0))
            : Identifiers.quote(fn.get(0)) + "." + Identifiers.quote(fn.get(1));
    }

    /** A commutator or negator: {@code schema.symbol}, in the operator's own schema when not qualified. */
    private static Optional<String> operator(List<String> parts, QualifiedName of) {
        if (parts == null) {
            return Optional.empty();
        }
        String schema = parts.size() > 1 ? parts.get(0) : of.schema();
        return Optional.of(Identifiers.quote(schema) + "." + parts.get(parts.size() - 1));
    }

    /** DROP OPERATOR, COMMENT ON OPERATOR. */
    void operatorRef(Ddl.OperatorRef r) {
        Set<ObjectId> ignored = new LinkedHashSet<>();
        String operands = Operator.operands(r.left().map(t -> in.resolverRef().type(t, ignored)),
            in.resolverRef().type(r.right(), ignored));
        String symbol = r.name().get(r.name().size() - 1);
        List<String> schemas = r.name().size() > 1 ? List.of(r.name().get(0)) : in.lookupPath();
        for (String s : schemas) {
            ObjectId id = new ObjectId(ObjectKind.OPERATOR, s, symbol, operands);
            if (in.objects().get(id) instanceof Operator op) {
                if (r.comment().isPresent()) {
                    in.objects().put(id, op.withComment(r.comment().get()));
                } else {
                    in.objects().remove(id);
                    in.objectRefs().remove(id);
                    operators.getOrDefault(symbol, new LinkedHashSet<>()).remove(id);
                }
                return;
            }
        }
        if (r.comment().isEmpty() && r.ifExists()) {
            return;
        }
        if (r.comment().isPresent()) {
            in.warnAt(r.at(), "not modeled yet, ignored: COMMENT ON OPERATOR " + symbol + " " + operands
                + " (no operator of that name is modeled)");
            return;
        }
        throw in.errorAt(r.at(), "operator does not exist: " + symbol + " " + operands);
    }

    // ------------------------------------------------------------------ publications

    void publication(Ddl.Publication p) {
        ObjectId id = new ObjectId(ObjectKind.PUBLICATION, "", p.name(), "");
        Object existing = in.objects().get(id);
        if (p.action().equals("create")) {
            if (existing != null) {
                throw in.errorAt(p.at(), "publication \"" + p.name() + "\" already exists");
            }
            Set<ObjectId> refs = new LinkedHashSet<>();
            in.objects().put(id, new Publication(p.name(), p.allTables(), tables(p.tables(), refs, List.of()),
                schemas(p.schemas(), List.of()), options(p.options(), List.of()), Optional.empty()));
            in.objectRefs().put(id, refs);
            return;
        }
        if (!(existing instanceof Publication pub)) {
            throw in.errorAt(p.at(), "publication \"" + p.name() + "\" does not exist");
        }
        Set<ObjectId> refs = in.objectRefs().computeIfAbsent(id, k -> new LinkedHashSet<>());
        Publication now = switch (p.action()) {
            case "rename" -> {
                ObjectId to = new ObjectId(ObjectKind.PUBLICATION, "", p.rename().get(), "");
                in.objects().remove(id);
                in.objectRefs().remove(id);
                in.objectRefs().put(to, refs);
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
        in.objects().put(id, now);
    }

    private QualifiedName tableName(Ddl.Name n) {
        return in.find(n, ObjectKind.TABLE).map(ObjectId::qualifiedName).orElseThrow(() ->
            in.errorAt(n.at(), "relation \"" + n + "\" does not exist"));
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
                TableState st = (TableState) in.objects().get(ObjectId.of(ObjectKind.TABLE, q));
                Canonicalizer can = in.resolverRef().canonicalizer(st, refs, null);
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
            out.add(s.equals("CURRENT_SCHEMA") ? in.lookupPath().stream().filter(x -> !x.equals("pg_catalog"))
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
