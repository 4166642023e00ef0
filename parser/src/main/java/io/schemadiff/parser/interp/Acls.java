package io.schemadiff.parser.interp;

import io.schemadiff.model.Acl;
import io.schemadiff.model.Function;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Privilege.Target;
import io.schemadiff.model.Privilege;
import io.schemadiff.model.Privileges.DefaultKey;
import io.schemadiff.model.Privileges;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import io.schemadiff.parser.ddl.Ddl.Grant;
import io.schemadiff.parser.ddl.Ddl.GrantOn;
import io.schemadiff.parser.ddl.Ddl.PrivilegeSpec;
import io.schemadiff.parser.ddl.Ddl;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Owners and privileges as the statements leave them, kept beside the objects (read only with
 * {@code --with-privileges}). Lists are kept as the server keeps {@code relacl}: absent until a GRANT or REVOKE
 * touches the object, then the whole list; default privileges are applied to what is created after them.
 */
final class Acls {
    private final Interpreter in;
    private final Map<ObjectId, String> owners = new LinkedHashMap<>();
    private final Map<ObjectId, Acl> acls = new LinkedHashMap<>();
    private final Map<DefaultKey, Acl> defaults = new LinkedHashMap<>();
    /** While default privileges exist: the objects that were there already (new ones get the defaults). */
    private Set<ObjectId> seen;

    /**
     * The role that runs the script, when the user named it ({@code --role}); otherwise
     * {@link Privileges#CURRENT_ROLE}, a role whose name is not known.
     */
    private final String current;
    /** The role statements run as now: {@code current}, or the role of a SET ROLE / SET SESSION AUTHORIZATION. */
    private String running;

    Acls(Interpreter in, String role) {
        this.in = in;
        this.current = role == null ? Privileges.CURRENT_ROLE : role;
        this.running = current;
    }

    /** {@code SET ROLE} / {@code SET SESSION AUTHORIZATION}; empty for RESET (back to the script's role). */
    void setRole(Optional<String> role) {
        running = role.map(this::role).orElse(current);
        if (!running.equals(current) && seen == null) {
            seen = new HashSet<>(in.objects().keySet());
        }
    }

    /** A role as written: CURRENT_USER / CURRENT_ROLE the role statements run as now, SESSION_USER the script's. */
    private String role(String r) {
        return switch (r) {
            case Ddl.CURRENT_USER -> running;
            case Ddl.SESSION_USER -> current;
            default -> r;
        };
    }

    private List<String> roles(List<String> rs) {
        List<String> out = new ArrayList<>(rs.size());
        for (String r : rs) {
            out.add(role(r));
        }
        return out;
    }

    // ------------------------------------------------------------------ GRANT / REVOKE

    void grant(Grant g) {
        if (g.on() == GrantOn.OTHER) {
            in.warnAt(g.at(), "not modeled yet, ignored: " + (g.revoke() ? "REVOKE" : "GRANT") + " ON " + g.onText());
            return;
        }
        if (g.withGrantOption() && g.grantees().contains(Privileges.PUBLIC)) {
            throw in.errorAt(g.at(), "grant options can only be granted to roles");
        }
        for (ObjectId id : targets(g)) {
            Target t = Privilege.Target.of(id).orElseThrow();
            Set<Privilege> whole = EnumSet.noneOf(Privilege.class);
            for (PrivilegeSpec p : g.privileges()) {
                if (p.columns().isEmpty()) {
                    whole.addAll(privileges(p, t, id, g.on()));
                } else {
                    if (t != Target.TABLE) {
                        throw in.errorAt(p.at(), "column privileges are only valid for relations");
                    }
                    for (String col : p.columns()) {
                        ObjectId cid = ObjectId.column(id.qualifiedName(), col);
                        in.requireColumnOf(id, col, p.at());
                        apply(cid, g, privileges(p, Target.COLUMN, cid, g.on()));
                    }
                }
            }
            if (!whole.isEmpty()) {
                apply(id, g, whole);
            }
        }
    }

    private void apply(ObjectId id, Grant g, Set<Privilege> ps) {
        Acl a = acls.containsKey(id) ? acls.get(id) : Privileges.defaultAcl(id, owner(id));
        for (String grantee : roles(g.grantees())) {
            a = g.revoke() ? a.revoke(grantee, ps, g.grantOptionFor()) : a.grant(grantee, ps, g.withGrantOption());
        }
        acls.put(id, a);
        if (g.revoke() && id.kind() != ObjectKind.COLUMN && Privilege.Target.of(id).orElse(null) == Target.TABLE) {
            // revoking a privilege on a relation revokes it on each of its columns as well
            for (Map.Entry<ObjectId, Acl> e : acls.entrySet()) {
                ObjectId k = e.getKey();
                if (k.kind() == ObjectKind.COLUMN && k.schema().equals(id.schema()) && k.name().equals(id.name())) {
                    Acl c = e.getValue();
                    for (String grantee : roles(g.grantees())) {
                        c = c.revoke(grantee, ps, g.grantOptionFor());
                    }
                    e.setValue(c);
                }
            }
        }
    }

    private String owner(ObjectId id) {
        return owners.getOrDefault(id, current);
    }

    /** What a privilege as written means for an object of class {@code t}; errors as the server's. */
    private Set<Privilege> privileges(PrivilegeSpec p, Target t, ObjectId id, GrantOn on) {
        if (p.privilege().equals("all")) {
            return t.all();
        }
        Optional<Privilege> named = Privilege.named(p.privilege());
        if (named.isPresent() && t.all().contains(named.get())) {
            return EnumSet.of(named.get());
        }
        if (t == Target.SEQUENCE && on == GrantOn.TABLE) {
            // GRANT … ON TABLE names a sequence: the server warns and grants what a sequence has
            in.warnAt(p.at(), "sequence \"" + id.name() + "\" only supports USAGE, SELECT, and UPDATE privileges");
            return EnumSet.noneOf(Privilege.class);
        }
        throw in.errorAt(p.at(), "invalid privilege type " + p.privilege().toUpperCase(Locale.ROOT) + " for "
            + (t == Target.TABLE ? "relation" : t.name().toLowerCase(Locale.ROOT)));
    }

    /** The objects a GRANT names, each as it must exist. */
    private List<ObjectId> targets(Grant g) {
        List<ObjectId> out = new ArrayList<>();
        if (g.allInSchema()) {
            for (String s : g.schemas()) {
                if (!in.schemaExists(s)) {
                    throw in.errorAt(g.at(), "schema \"" + s + "\" does not exist");
                }
                for (Map.Entry<ObjectId, Object> e : in.objects().entrySet()) {
                    ObjectId id = e.getKey();
                    if (!id.schema().equals(s)) {
                        continue;
                    }
                    boolean procedure = e.getValue() instanceof Function f && f.procedure();
                    boolean match = switch (g.on()) {
                        case TABLE -> id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW
                            || id.kind() == ObjectKind.MATERIALIZED_VIEW;
                        case SEQUENCE -> id.kind() == ObjectKind.SEQUENCE;
                        case FUNCTION -> id.kind() == ObjectKind.FUNCTION && !procedure;
                        case PROCEDURE -> id.kind() == ObjectKind.FUNCTION && procedure;
                        case ROUTINE -> id.kind() == ObjectKind.FUNCTION;
                        default -> false;
                    };
                    if (match) {
                        out.add(id);
                    }
                    if (g.on() == GrantOn.SEQUENCE && e.getValue() instanceof TableState ts
                        && ts.columns.values().stream().anyMatch(c -> c.identity().isPresent())) {
                        in.warnAt(g.at(), "not modeled yet, ignored: privileges on the identity sequences of "
                            + id.qualifiedName() + " (" + (g.revoke() ? "REVOKE" : "GRANT") + " ON ALL SEQUENCES)");
                    }
                }
            }
            return out;
        }
        switch (g.on()) {
            case FUNCTION, PROCEDURE, ROUTINE -> {
                for (Ddl.RoutineRef r : g.routines()) {
                    out.add(in.routineId(r, g.at()));
                }
            }
            case SCHEMA -> {
                for (Ddl.Name n : g.names()) {
                    if (!in.schemaExists(n.last())) {
                        throw in.errorAt(n.at(), "schema \"" + n.last() + "\" does not exist");
                    }
                    out.add(ObjectId.schema(n.last()));
                }
            }
            default -> {
                ObjectKind[] kinds = switch (g.on()) {
                    case SEQUENCE -> new ObjectKind[] {ObjectKind.SEQUENCE};
                    case TYPE, DOMAIN -> new ObjectKind[] {ObjectKind.TYPE};
                    default -> new ObjectKind[] {ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
                        ObjectKind.SEQUENCE};
                };
                for (Ddl.Name n : g.names()) {
                    Optional<ObjectId> id = in.find(n, kinds);
                    if (id.isEmpty()) {
                        // a foreign table, an identity column's sequence, a base type: objects the model does not
                        // hold are reported; a name that is nothing is the server's error
                        in.warnAt(n.at(), "not modeled yet, ignored: " + (g.revoke() ? "REVOKE" : "GRANT") + " on "
                            + n + " (no " + (g.on() == GrantOn.TABLE ? "relation" : g.on().name()
                            .toLowerCase(Locale.ROOT)) + " of that name is modeled)");
                        continue;
                    }
                    out.add(id.get());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ default privileges

    void defaultPrivileges(Ddl.DefaultPrivileges d) {
        Grant g = d.grant();
        if (g.on() == GrantOn.OTHER || g.on() == GrantOn.PROCEDURE) {
            in.warnAt(d.at(), "not modeled yet, ignored: ALTER DEFAULT PRIVILEGES … ON " + g.onText());
            return;
        }
        Target t = switch (g.on()) {
            case TABLE -> Target.TABLE;
            case SEQUENCE -> Target.SEQUENCE;
            case FUNCTION, ROUTINE -> Target.FUNCTION;
            case TYPE, DOMAIN -> Target.TYPE;
            default -> Target.SCHEMA;
        };
        if (t == Target.SCHEMA && !d.schemas().isEmpty()) {
            throw in.errorAt(d.at(), "cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
        }
        Set<Privilege> ps = EnumSet.noneOf(Privilege.class);
        for (PrivilegeSpec p : g.privileges()) {
            if (!p.columns().isEmpty()) {
                throw in.errorAt(p.at(), "default privileges cannot be set for columns");
            }
            ps.addAll(privileges(p, t, null, GrantOn.OTHER));
        }
        List<String> roles = d.roles().isEmpty() ? List.of(running) : roles(d.roles());
        List<String> schemas = d.schemas().isEmpty() ? List.of("") : d.schemas();
        for (String role : roles) {
            for (String schema : schemas) {
                if (!schema.isEmpty() && !in.schemaExists(schema)) {
                    throw in.errorAt(d.at(), "schema \"" + schema + "\" does not exist");
                }
                DefaultKey key = new DefaultKey(role, schema, t);
                // database-wide: the whole list new objects start from; a schema's: what is added to it
                Acl base = schema.isEmpty() ? Privileges.defaultAcl(t, role) : Acl.EMPTY;
                Acl a = defaults.getOrDefault(key, base);
                for (String grantee : roles(g.grantees())) {
                    a = g.revoke() ? a.revoke(grantee, ps, g.grantOptionFor())
                        : a.grant(grantee, ps, g.withGrantOption());
                }
                if (a.equals(base)) {
                    defaults.remove(key);
                } else {
                    defaults.put(key, a);
                }
            }
        }
        if (!defaults.isEmpty() && seen == null) {
            seen = new HashSet<>(in.objects().keySet());
        }
    }

    /** After a statement that may have created objects: those new get the default privileges of their class. */
    void created() {
        if (seen == null) {
            return;
        }
        for (ObjectId id : in.objects().keySet()) {
            if (seen.add(id)) {
                Optional<Target> t = Privilege.Target.of(id);
                if (Privileges.ownable(id) && !running.equals(current) && !owners.containsKey(id)) {
                    owners.put(id, running); // created under SET ROLE: that role's
                }
                if (t.isEmpty() || t.get() == Target.COLUMN || acls.containsKey(id)) {
                    continue;
                }
                // its owner's default privileges (the role running the statement, or CREATE SCHEMA's AUTHORIZATION):
                // the database-wide entry (or the built-in list), then what the entry for the schema adds
                String owner = owner(id);
                Acl a = defaults.get(new DefaultKey(owner, "", t.get()));
                if (a == null) {
                    a = Privileges.defaultAcl(id, owner);
                }
                Acl more = defaults.get(new DefaultKey(owner, id.schema(), t.get()));
                if (more != null && t.get() != Target.SCHEMA) {
                    a = a.plus(more);
                }
                if (!a.equals(Privileges.defaultAcl(id, owner))) {
                    acls.put(id, a);
                }
            }
        }
    }

    // ------------------------------------------------------------------ ownership

    void alterOwner(Ddl.AlterOwner o) {
        Optional<ObjectId> id = switch (o.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE -> in.find(o.name().orElseThrow(), ObjectKind.TABLE,
                ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW, ObjectKind.SEQUENCE);
            case TYPE, DOMAIN -> in.find(o.name().orElseThrow(), ObjectKind.TYPE);
            case COLLATION -> in.find(o.name().orElseThrow(), ObjectKind.COLLATION);
            case STATISTICS -> in.find(o.name().orElseThrow(), ObjectKind.STATISTICS);
            case SCHEMA -> Optional.of(ObjectId.schema(o.name().orElseThrow().last()))
                .filter(x -> in.objects().containsKey(x));
            case PUBLICATION -> Optional.of(new ObjectId(ObjectKind.PUBLICATION, "", o.name().orElseThrow().last(),
                "")).filter(x -> in.objects().containsKey(x));
            case EVENT_TRIGGER -> Optional.of(new ObjectId(ObjectKind.EVENT_TRIGGER, "",
                o.name().orElseThrow().last(), "")).filter(x -> in.objects().containsKey(x));
            case FUNCTION, AGGREGATE -> Optional.of(in.routineId(o.routine().orElseThrow(), o.at()));
            default -> Optional.empty();
        };
        if (id.isEmpty()) {
            in.warnAt(o.at(), "not modeled yet, ignored: ALTER " + o.kindText()
                + o.name().map(n -> " " + n).orElse("") + " OWNER TO");
            return;
        }
        setOwner(id.get(), o.owner());
        if (id.get().kind() == ObjectKind.TABLE) {
            // the server gives the table's sequences (serial columns, OWNED BY) to the new owner too
            QualifiedName t = id.get().qualifiedName();
            for (Object x : new ArrayList<>(in.objects().values())) {
                if (x instanceof Sequence s && s.ownedBy().isPresent() && s.ownedBy().get().table().equals(t)) {
                    setOwner(s.id(), o.owner());
                }
            }
        }
    }

    void setOwner(ObjectId id, String written) {
        String owner = role(written);
        String old = owner(id);
        Acl a = acls.get(id);
        if (a != null) {
            acls.put(id, a.transfer(old, owner));
        }
        if (id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW || id.kind() == ObjectKind.MATERIALIZED_VIEW) {
            // and the old owner's entries on the columns
            for (Map.Entry<ObjectId, Acl> e : acls.entrySet()) {
                ObjectId k = e.getKey();
                if (k.kind() == ObjectKind.COLUMN && k.schema().equals(id.schema()) && k.name().equals(id.name())) {
                    e.setValue(e.getValue().transfer(old, owner));
                }
            }
        }
        if (owner.equals(current)) {
            owners.remove(id); // the running role's, as an object no OWNER TO names (freeze() says so when known)
        } else {
            owners.put(id, owner);
        }
    }

    // ------------------------------------------------------------------ objects dropped and renamed

    /** A schema renamed: the default privileges given in it are given in its new name. */
    void schemaRenamed(String from, String to) {
        Map<DefaultKey, Acl> copy = new LinkedHashMap<>(defaults);
        defaults.clear();
        copy.forEach((k, v) -> defaults.put(k.schema().equals(from) ? new DefaultKey(k.role(), to, k.target()) : k, v));
    }

    /** An object is gone: its owner and lists (and its columns') go with it. */
    void dropped(ObjectId id) {
        owners.remove(id);
        acls.remove(id);
        if (id.kind() == ObjectKind.SCHEMA) {
            defaults.keySet().removeIf(k -> k.schema().equals(id.name())); // they depend on the schema
        }
        if (seen != null) {
            seen.remove(id);
        }
        if (id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW || id.kind() == ObjectKind.MATERIALIZED_VIEW) {
            acls.keySet().removeIf(k -> k.kind() == ObjectKind.COLUMN && k.schema().equals(id.schema())
                && k.name().equals(id.name()));
        }
    }

    /** An object has a new name (or schema); for a relation, its columns move with it. */
    void moved(ObjectId from, ObjectId to) {
        String o = owners.remove(from);
        if (o != null) {
            owners.put(to, o);
        }
        Acl a = acls.remove(from);
        if (a != null) {
            acls.put(to, a);
        }
        if (seen != null && seen.remove(from)) {
            seen.add(to);
        }
        if (from.kind() == ObjectKind.TABLE || from.kind() == ObjectKind.VIEW
            || from.kind() == ObjectKind.MATERIALIZED_VIEW) {
            for (ObjectId k : new ArrayList<>(acls.keySet())) {
                if (k.kind() == ObjectKind.COLUMN && k.schema().equals(from.schema()) && k.name().equals(from.name())) {
                    acls.put(ObjectId.column(to.qualifiedName(), k.member()), acls.remove(k));
                }
            }
        }
    }

    void columnDropped(QualifiedName table, String column) {
        acls.remove(ObjectId.column(table, column));
    }

    void columnRenamed(QualifiedName table, String from, String to) {
        Acl a = acls.remove(ObjectId.column(table, from));
        if (a != null) {
            acls.put(ObjectId.column(table, to), a);
        }
    }

    /** The facts as they stand, for what still exists. */
    Privileges freeze(Predicate<ObjectId> exists) {
        Map<ObjectId, String> o = new LinkedHashMap<>();
        if (!current.equals(Privileges.CURRENT_ROLE)) {
            // the running role is known: it owns what no OWNER TO gives away (the public schema is the database
            // owner's; pg_dump does not say whose)
            for (ObjectId k : in.objects().keySet()) {
                if (Privileges.ownable(k) && exists.test(k) && !k.equals(ObjectId.schema("public"))) {
                    o.put(k, current);
                }
            }
        }
        owners.forEach((k, v) -> {
            if (exists.test(k)) {
                o.put(k, v);
            }
        });
        Map<ObjectId, Acl> a = new LinkedHashMap<>();
        acls.forEach((k, v) -> {
            if (exists.test(k) && !v.equals(Privileges.defaultAcl(k, owner(k)))) {
                a.put(k, v);
            }
        });
        return new Privileges(o, a, defaults);
    }
}
