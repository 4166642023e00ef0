package io.schemadiff.differ.object;

import io.schemadiff.differ.Step;
import io.schemadiff.differ.Step.Action;
import io.schemadiff.model.Acl;
import io.schemadiff.model.Aggregate;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Domain;
import io.schemadiff.model.Function;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Privilege;
import io.schemadiff.model.Privilege.Target;
import io.schemadiff.model.Privileges;
import io.schemadiff.model.Privileges.DefaultKey;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Owners and privileges ({@code --with-privileges}): ALTER … OWNER TO, GRANT and REVOKE on objects and columns,
 * ALTER DEFAULT PRIVILEGES. Made once the rest of the plan is known, because an object the plan creates or
 * re-creates starts from the server's default list, not from the source's.
 *
 * <p>An owner is set where the target names one the source does not (an object the plan creates belongs to the
 * role that runs it). Lists compare as the server's effective lists, the owner's own entry following the owner.
 */
public final class PrivilegeChanges {
    private final Catalog from;
    private final Catalog to;
    private final Privileges pf;
    private final Privileges pt;
    /** Objects (and columns) the plan creates, or drops and creates again. */
    private final Set<ObjectId> fresh = new HashSet<>();
    private final List<Step> out = new ArrayList<>();
    /** Per relation, what the plan revokes on it from whom: the server revokes it on the columns as well. */
    private final Map<ObjectId, Map<String, Set<Privilege>>> revokedOnRelation = new java.util.HashMap<>();

    private PrivilegeChanges(Catalog from, Catalog to, List<Step> steps) {
        this.from = from;
        this.to = to;
        this.pf = from.privileges();
        this.pt = to.privileges();
        for (Step s : steps) {
            if (s.action() == Action.CREATE) {
                for (ObjectId p : s.provides()) {
                    if (!exists(from, p)) {
                        fresh.add(p);
                    }
                }
            } else if (s.action() == Action.DROP) {
                fresh.addAll(s.removes());
            }
        }
    }

    public static List<Step> steps(Catalog from, Catalog to, List<Step> steps) {
        PrivilegeChanges p = new PrivilegeChanges(from, to, steps);
        p.objects();
        p.columns();
        p.defaults();
        return p.out;
    }

    private static boolean exists(Catalog c, ObjectId id) {
        if (id.kind() == ObjectKind.COLUMN) {
            Optional<SchemaObject> rel = relation(c, id);
            return rel.isPresent() && (rel.get() instanceof Table t ? t.column(id.member()).isPresent()
                : rel.get() instanceof View v && v.outputs().stream().anyMatch(o -> o.name().equals(id.member())));
        }
        return c.get(id).isPresent();
    }

    private static Optional<SchemaObject> relation(Catalog c, ObjectId column) {
        for (ObjectKind k : List.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW)) {
            Optional<SchemaObject> o = c.get(ObjectId.of(k, column.qualifiedName()));
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    private boolean isFresh(ObjectId id) {
        return fresh.contains(id) || !exists(from, id);
    }

    // ------------------------------------------------------------------ objects

    private void objects() {
        for (Map.Entry<ObjectId, SchemaObject> e : to.objects().entrySet()) {
            ObjectId id = e.getKey();
            Optional<Target> target = Target.of(id);
            if (!Privileges.ownable(id)) {
                continue;
            }
            boolean fresh = isFresh(id);
            Optional<String> ownerTo = pt.owner(id);
            String ownerBefore = fresh ? Privileges.CURRENT_ROLE : pf.ownerOrCurrent(id);
            String ownerAfter = ownerTo.orElse(ownerBefore);
            if (ownerTo.isPresent() && !ownerTo.get().equals(fresh ? Privileges.CURRENT_ROLE
                : pf.owner(id).orElse(null)) && !followsTable(id, e.getValue(), ownerTo.get())) {
                out.add(step(id, "ALTER " + what(id, e.getValue(), false) + " OWNER TO " + role(ownerTo.get())));
            }
            if (target.isEmpty()) {
                continue;
            }
            Acl after = pt.acl(id);
            if (ownerTo.isEmpty()) {
                after = after.transfer(Privileges.CURRENT_ROLE, ownerAfter);
            }
            String on = what(id, e.getValue(), true);
            if (!fresh) {
                Acl before = pf.acl(id).transfer(ownerBefore, ownerAfter);
                change(id, on, target.get(), before, before, after, List.of());
                continue;
            }
            // created by the plan: the server's default list, and what default privileges may have added
            Acl base = Privileges.defaultAcl(id, ownerAfter);
            Acl maybe = base;
            boolean defaulted = false;
            for (Privileges p : List.of(pf, pt)) {
                for (Map.Entry<DefaultKey, Acl> d : p.defaults().entrySet()) {
                    DefaultKey k = d.getKey();
                    if (k.target() == target.get() && (k.schema().isEmpty() || k.schema().equals(id.schema()))) {
                        maybe = maybe.plus(d.getValue().transfer(k.role(), ownerAfter));
                        defaulted = true;
                    }
                }
            }
            // where default privileges may have applied, what the target holds is granted whatever it starts from
            change(id, on, target.get(), defaulted ? Acl.EMPTY.grant(ownerAfter, base.of(ownerAfter).keySet(), false)
                : base, maybe, after, List.of());
        }
    }

    /**
     * A sequence a column owns (serial, OWNED BY) that gets its table's owner: ALTER TABLE … OWNER TO gives it
     * along, and the server refuses to give such a sequence away by itself.
     */
    private boolean followsTable(ObjectId id, SchemaObject o, String owner) {
        if (!(o instanceof io.schemadiff.model.Sequence s) || s.ownedBy().isEmpty()) {
            return false;
        }
        ObjectId table = ObjectId.of(ObjectKind.TABLE, s.ownedBy().get().table());
        return owner.equals(pt.owner(table).orElse(null));
    }

    /**
     * GRANTs for what {@code after} holds beyond {@code grantFrom}, REVOKEs for what {@code revokeFrom} holds
     * beyond {@code after}; per grantee, revokes first.
     */
    private void change(ObjectId id, String on, Target t, Acl grantFrom, Acl revokeFrom, Acl after,
                        List<String> columns) {
        if (grantFrom.equals(after) && revokeFrom.equals(after)) {
            return;
        }
        Set<String> grantees = new TreeSet<>(revokeFrom.grantees());
        grantees.addAll(grantFrom.grantees());
        grantees.addAll(after.grantees());
        String cols = columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")";
        for (String g : grantees) {
            Map<Privilege, Boolean> had = revokeFrom.of(g);
            Map<Privilege, Boolean> base = grantFrom.of(g);
            Map<Privilege, Boolean> want = after.of(g);
            Set<Privilege> revoke = EnumSet.noneOf(Privilege.class);
            Set<Privilege> revokeOption = EnumSet.noneOf(Privilege.class);
            for (Map.Entry<Privilege, Boolean> h : had.entrySet()) {
                Boolean w = want.get(h.getKey());
                if (w == null) {
                    revoke.add(h.getKey());
                } else if (h.getValue() && !w) {
                    revokeOption.add(h.getKey());
                }
            }
            Set<Privilege> grant = EnumSet.noneOf(Privilege.class);
            Set<Privilege> grantOption = EnumSet.noneOf(Privilege.class);
            for (Map.Entry<Privilege, Boolean> w : want.entrySet()) {
                Boolean b = base.get(w.getKey());
                if (w.getValue() && (b == null || !b)) {
                    grantOption.add(w.getKey());
                } else if (b == null) {
                    grant.add(w.getKey());
                }
            }
            if (!revoke.isEmpty()) {
                out.add(step(id, "REVOKE " + list(revoke, t) + cols + " ON " + on + " FROM " + role(g)));
                if (t == Target.TABLE) {
                    revokedOnRelation.computeIfAbsent(id, k -> new java.util.HashMap<>())
                        .computeIfAbsent(g, k -> EnumSet.noneOf(Privilege.class)).addAll(revoke);
                }
            }
            if (!revokeOption.isEmpty()) {
                out.add(step(id, "REVOKE GRANT OPTION FOR " + list(revokeOption, t) + cols + " ON " + on + " FROM "
                    + role(g)));
            }
            if (!grant.isEmpty()) {
                out.add(step(id, "GRANT " + list(grant, t) + cols + " ON " + on + " TO " + role(g)));
            }
            if (!grantOption.isEmpty()) {
                out.add(step(id, "GRANT " + list(grantOption, t) + cols + " ON " + on + " TO " + role(g)
                    + " WITH GRANT OPTION"));
            }
        }
    }

    // ------------------------------------------------------------------ columns

    private void columns() {
        Set<ObjectId> ids = new LinkedHashSet<>();
        for (Privileges p : List.of(pt, pf)) {
            for (ObjectId id : p.acls().keySet()) {
                if (id.kind() == ObjectKind.COLUMN) {
                    ids.add(id);
                }
            }
        }
        for (ObjectId id : ids) {
            Optional<SchemaObject> rel = relation(to, id);
            if (rel.isEmpty() || !exists(to, id)) {
                continue;
            }
            ObjectId relId = rel.get().id();
            boolean fresh = isFresh(id) || isFresh(relId);
            Acl before = fresh ? Acl.EMPTY : pf.acl(id);
            for (Map.Entry<String, Set<Privilege>> r : revokedOnRelation.getOrDefault(relId, Map.of()).entrySet()) {
                before = before.revoke(r.getKey(), r.getValue(), false);
            }
            Acl after = pt.acl(id);
            if (before.equals(after)) {
                continue;
            }
            change(id, "TABLE " + relId.qualifiedName().sql(), Target.COLUMN, before, before, after,
                List.of(Identifiers.quote(id.member())));
        }
    }

    // ------------------------------------------------------------------ default privileges

    private void defaults() {
        List<Step> revokes = new ArrayList<>();
        List<Step> grants = new ArrayList<>();
        Set<DefaultKey> keys = new java.util.TreeSet<>(pf.defaults().keySet());
        keys.addAll(pt.defaults().keySet());
        for (DefaultKey k : keys) {
            Acl base = k.schema().isEmpty() ? Privileges.defaultAcl(k.target(), k.role()) : Acl.EMPTY;
            Acl before = pf.defaults().getOrDefault(k, base);
            Acl after = pt.defaults().getOrDefault(k, base);
            if (before.equals(after)) {
                continue;
            }
            ObjectId id = new ObjectId(ObjectKind.DEFAULT_PRIVILEGES, k.schema(), k.role(), k.target().plural());
            String prefix = "ALTER DEFAULT PRIVILEGES"
                + (k.role().equals(Privileges.CURRENT_ROLE) ? "" : " FOR ROLE " + role(k.role()))
                + (k.schema().isEmpty() ? "" : " IN SCHEMA " + Identifiers.quote(k.schema())) + " ";
            int first = out.size();
            change(id, k.target().plural(), k.target(), before, before, after, List.of());
            // the same GRANT / REVOKE, after ALTER DEFAULT PRIVILEGES …; only a schema it names must exist
            Set<ObjectId> needs = k.schema().isEmpty() ? Set.of() : Set.of(ObjectId.schema(k.schema()));
            for (int i = first; i < out.size(); i++) {
                Step s = new Step(Action.ALTER, id, prefix + out.get(i).sql(), false, Set.of(), Optional.empty(),
                    List.of(), Set.of(), Set.of(), needs);
                (s.sql().startsWith(prefix + "REVOKE") ? revokes : grants).add(s);
            }
            out.subList(first, out.size()).clear();
        }
        // every REVOKE before any GRANT: the role running the script (CURRENT_USER) may be the role another entry
        // names, and a revoke on one must not undo a grant on the other
        out.addAll(revokes);
        out.addAll(grants);
    }

    // ------------------------------------------------------------------ writing

    private static Step step(ObjectId id, String sql) {
        return new Step(Action.ALTER, id, sql, false, Set.of(), Optional.empty(), List.of(), Set.of(), Set.of(),
            id.kind() == ObjectKind.COLUMN ? Set.of(id, id.owner()) : Set.of(id));
    }

    /** The privileges as GRANT lists them: ALL when they are all the class has. */
    private static String list(Set<Privilege> ps, Target t) {
        if (ps.equals(t.all()) && ps.size() > 1) {
            return "ALL";
        }
        List<String> names = new ArrayList<>();
        for (Privilege p : ps) {
            names.add(p.name());
        }
        return String.join(", ", names);
    }

    static String role(String r) {
        return switch (r) {
            case Privileges.PUBLIC -> "PUBLIC";
            case Privileges.CURRENT_ROLE -> "CURRENT_USER";
            default -> Identifiers.quote(r);
        };
    }

    /** The object as GRANT ({@code grant}) or ALTER … OWNER TO names it. */
    private static String what(ObjectId id, SchemaObject o, boolean grant) {
        String name = id.qualifiedName().sql();
        return switch (id.kind()) {
            case TABLE -> "TABLE " + name;
            case VIEW -> (grant ? "TABLE " : "VIEW ") + name;
            case MATERIALIZED_VIEW -> (grant ? "TABLE " : "MATERIALIZED VIEW ") + name;
            case SEQUENCE -> "SEQUENCE " + name;
            // GRANT … ON FUNCTION takes aggregates too, by their argument types; ALTER AGGREGATE by its own syntax
            case FUNCTION -> o instanceof Aggregate a ? (grant ? "FUNCTION " + name + id.member()
                : "AGGREGATE " + a.name().sql() + a.signature())
                : (((Function) o).procedure() ? "PROCEDURE " : "FUNCTION ") + name + id.member();
            case TYPE -> (o instanceof Domain && !grant ? "DOMAIN " : "TYPE ") + name;
            case SCHEMA -> "SCHEMA " + Identifiers.quote(id.name());
            case COLLATION -> "COLLATION " + name;
            case PUBLICATION -> "PUBLICATION " + Identifiers.quote(id.name());
            case EVENT_TRIGGER -> "EVENT TRIGGER " + Identifiers.quote(id.name());
            default -> throw new IllegalStateException("no owner or privileges: " + id);
        };
    }
}
