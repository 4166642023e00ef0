package io.schemadiff.parser.interp;

import io.schemadiff.model.Acl;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Privilege;
import io.schemadiff.model.Privilege.Target;
import io.schemadiff.model.Privileges;
import io.schemadiff.model.Privileges.DefaultKey;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.Grant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Owners and privileges as the statements leave them, kept beside the objects of the {@link WorkingCatalog} (only
 * with {@code --with-privileges}: otherwise nothing is kept, and what would change them does nothing). Lists are kept
 * as the server keeps {@code relacl}: absent until a GRANT or REVOKE touches the object, then the whole list; default
 * privileges are applied to what is created after them. {@link Grants} reads the statements that change them.
 */
final class Acls {
    private final WorkingCatalog cat;
    /** Whether owners and privileges are read at all. */
    private final boolean reading;

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

    Acls(WorkingCatalog cat, boolean reading, String role) {
        this.cat = cat;
        this.reading = reading;
        this.current = role == null ? Privileges.CURRENT_ROLE : role;
        this.running = current;
    }

    boolean reading() {
        return reading;
    }

    /** {@code SET ROLE} / {@code SET SESSION AUTHORIZATION}; empty for RESET (back to the script's role). */
    void setRole(Optional<String> role) {
        if (!reading) {
            return;
        }
        running = role.map(this::role).orElse(current);
        if (!running.equals(current) && seen == null) {
            seen = new HashSet<>(cat.objects().keySet());
        }
    }

    /** A role as written: CURRENT_USER / CURRENT_ROLE the role statements run as now, SESSION_USER the script's. */
    String role(String r) {
        return switch (r) {
            case Ddl.CURRENT_USER -> running;
            case Ddl.SESSION_USER -> current;
            default -> r;
        };
    }

    List<String> roles(List<String> rs) {
        List<String> out = new ArrayList<>(rs.size());
        for (String r : rs) {
            out.add(role(r));
        }
        return out;
    }

    /** The role statements run as now. */
    String running() {
        return running;
    }

    // ------------------------------------------------------------------ GRANT / REVOKE

    /** A GRANT or REVOKE of {@code ps} on one object (a column, or a relation and then its columns). */
    void apply(ObjectId id, Grant g, Set<Privilege> ps) {
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

    /**
     * ALTER DEFAULT PRIVILEGES: {@code ps} granted or revoked as {@code g} says, for what {@code roles} create of class
     * {@code t} in {@code schemas} ("" for everywhere).
     */
    void alterDefaults(Grant g, Target t, Set<Privilege> ps, List<String> roles, List<String> schemas, int at) {
        for (String role : roles) {
            for (String schema : schemas) {
                if (!schema.isEmpty() && !cat.schemaExists(schema)) {
                    throw cat.errorAt(at, "schema \"" + schema + "\" does not exist");
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
            seen = new HashSet<>(cat.objects().keySet());
        }
    }

    /** After a statement that may have created objects: those new get the default privileges of their class. */
    void created() {
        if (!reading) {
            return;
        }
        if (seen == null) {
            return;
        }
        for (ObjectId id : cat.objects().keySet()) {
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

    void setOwner(ObjectId id, String written) {
        if (!reading) {
            return;
        }
        String owner = role(written);
        String old = owner(id);
        Acl a = acls.get(id);
        if (a != null) {
            acls.put(id, a.transfer(old, owner));
        }
        if (id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW
            || id.kind() == ObjectKind.MATERIALIZED_VIEW) {
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

    // ------------------------------------------------------------------ objects dropped and renamed

    /** A schema renamed: the default privileges given in it are given in its new name. */
    void schemaRenamed(String from, String to) {
        if (!reading) {
            return;
        }
        Map<DefaultKey, Acl> copy = new LinkedHashMap<>(defaults);
        defaults.clear();
        copy.forEach((k, v) -> defaults.put(k.schema().equals(from) ? new DefaultKey(k.role(), to, k.target()) : k, v));
    }

    /** An object is gone: its owner and lists (and its columns') go with it. */
    void dropped(ObjectId id) {
        if (!reading) {
            return;
        }
        owners.remove(id);
        acls.remove(id);
        if (id.kind() == ObjectKind.SCHEMA) {
            defaults.keySet().removeIf(k -> k.schema().equals(id.name())); // they depend on the schema
        }
        if (seen != null) {
            seen.remove(id);
        }
        if (id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW
            || id.kind() == ObjectKind.MATERIALIZED_VIEW) {
            acls.keySet().removeIf(k -> k.kind() == ObjectKind.COLUMN && k.schema().equals(id.schema())
                && k.name().equals(id.name()));
        }
    }

    /** An object has a new name (or schema); for a relation, its columns move with it. */
    void moved(ObjectId from, ObjectId to) {
        if (!reading) {
            return;
        }
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
        if (!reading) {
            return;
        }
        acls.remove(ObjectId.column(table, column));
    }

    void columnRenamed(QualifiedName table, String from, String to) {
        if (!reading) {
            return;
        }
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
            for (ObjectId k : cat.objects().keySet()) {
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
