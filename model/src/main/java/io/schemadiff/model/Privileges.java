package io.schemadiff.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who owns what and who may do what: read only when asked ({@code --with-privileges}); {@link #NONE} otherwise.
 *
 * <p>An object's list is kept only once a GRANT or REVOKE touched it; until then it is the server's default for
 * its class and owner ({@link #defaultAcl}), as a NULL {@code relacl} is. An owner is kept only where the schema
 * says it (OWNER TO, CREATE SCHEMA … AUTHORIZATION); where it does not, the owner is the role that runs the
 * script, {@link #CURRENT_ROLE}.
 *
 * @param owners   declared owners
 * @param acls     lists of objects and columns whose privileges were changed from their default
 * @param defaults default privileges ({@code ALTER DEFAULT PRIVILEGES}): for the database-wide entries
 *                 (schema {@code ""}) the whole list new objects start from, for a schema's the grants added
 */
public record Privileges(Map<ObjectId, String> owners, Map<ObjectId, Acl> acls, Map<DefaultKey, Acl> defaults) {
    /** The grantee everyone is: {@code PUBLIC} (no role can be named {@code public}). */
    public static final String PUBLIC = "public";
    /**
     * The role running the script: the owner of an object no OWNER TO names, the role an ALTER DEFAULT
     * PRIVILEGES without FOR ROLE is about. Written {@code CURRENT_USER}.
     */
    public static final String CURRENT_ROLE = "current_user";

    public static final Privileges NONE = new Privileges(Map.of(), Map.of(), Map.of());

    /** Whose new objects of a class, in which schema ({@code ""}: any), get the list. */
    public record DefaultKey(String role, String schema, Privilege.Target target) implements Comparable<DefaultKey> {
        @Override
        public int compareTo(DefaultKey o) {
            int c = role.compareTo(o.role);
            c = c != 0 ? c : schema.compareTo(o.schema);
            return c != 0 ? c : target.compareTo(o.target);
        }
    }

    public Privileges {
        owners = Collections.unmodifiableMap(new LinkedHashMap<>(owners));
        acls = Collections.unmodifiableMap(new LinkedHashMap<>(acls));
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    public boolean isEmpty() {
        return owners.isEmpty() && acls.isEmpty() && defaults.isEmpty();
    }

    public Optional<String> owner(ObjectId id) {
        return Optional.ofNullable(owners.get(id));
    }

    /** Whether an object has an owner of its own (an index's, a column's, a trigger's is its table's). */
    public static boolean ownable(ObjectId id) {
        return id.kind() != ObjectKind.COLUMN && Privilege.Target.of(id).isPresent()
            || id.kind() == ObjectKind.COLLATION || id.kind() == ObjectKind.STATISTICS || id.kind() == ObjectKind.PUBLICATION
            || id.kind() == ObjectKind.EVENT_TRIGGER;
    }

    /** The owner, or the role running the script when the schema does not say. */
    public String ownerOrCurrent(ObjectId id) {
        return owners.getOrDefault(id, CURRENT_ROLE);
    }

    /** The object's list as the server holds it: its own, or the default for its class and owner. */
    public Acl acl(ObjectId id) {
        Acl a = acls.get(id);
        return a != null ? a : defaultAcl(id, ownerOrCurrent(id));
    }

    /**
     * What the server gives an object that no GRANT, REVOKE or default privilege touched ({@code acldefault}):
     * the owner everything; PUBLIC also EXECUTE on functions and USAGE on types; the {@code public} schema is
     * PostgreSQL 15's, where PUBLIC may use it but not create in it.
     */
    public static Acl defaultAcl(ObjectId id, String owner) {
        Optional<Privilege.Target> t = Privilege.Target.of(id);
        if (t.isEmpty() || t.get() == Privilege.Target.COLUMN) {
            return Acl.EMPTY;
        }
        Acl a = Acl.EMPTY.grant(owner, t.get().all(), false);
        return switch (t.get()) {
            case FUNCTION -> a.grant(PUBLIC, Set.of(Privilege.EXECUTE), false);
            case TYPE -> a.grant(PUBLIC, Set.of(Privilege.USAGE), false);
            case SCHEMA -> id.name().equals("public") ? a.grant(PUBLIC, Set.of(Privilege.USAGE), false) : a;
            default -> a;
        };
    }

    /** The database-wide default privileges' starting point: {@link #defaultAcl} for a class. */
    public static Acl defaultAcl(Privilege.Target target, String owner) {
        Acl a = Acl.EMPTY.grant(owner, target.all(), false);
        return switch (target) {
            case FUNCTION -> a.grant(PUBLIC, Set.of(Privilege.EXECUTE), false);
            case TYPE -> a.grant(PUBLIC, Set.of(Privilege.USAGE), false);
            default -> a;
        };
    }

    /** Every role named: owners, grantees and the roles of default privileges (not PUBLIC or the current role). */
    public Set<String> roles() {
        Set<String> out = new TreeSet<>(owners.values());
        acls.values().forEach(a -> out.addAll(a.grantees()));
        defaults.forEach((k, a) -> {
            out.add(k.role());
            out.addAll(a.grantees());
        });
        out.remove(PUBLIC);
        out.remove(CURRENT_ROLE);
        return out;
    }
}
