package io.schemadiff.differ;

import io.schemadiff.differ.kind.Kinds;
import io.schemadiff.differ.plan.Markers;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
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
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
final class PrivilegeChanges {
    private final Catalog from;
    private final Catalog to;
    private final Privileges pf;
    private final Privileges pt;
    /** Objects (and columns) the plan creates, or drops and creates again. */
    private final Fresh fresh;
    private final List<Step> out = new ArrayList<>();
    /** Per relation, what the plan revokes on it from whom: the server revokes it on the columns as well. */
    private final Map<ObjectId, Map<String, Set<Privilege>>> revokedOnRelation = new HashMap<>();
    /** The same for grant options revoked. */
    private final Map<ObjectId, Map<String, Set<Privilege>>> revokedOptionOnRelation = new HashMap<>();

    private PrivilegeChanges(Catalog from, Catalog to, List<Step> steps) {
        this.from = from;
        this.to = to;
        this.pf = from.privileges();
        this.pt = to.privileges();
        this.fresh = new Fresh(from, steps);
    }

    static List<Step> steps(Catalog from, Catalog to, List<Step> steps) {
        PrivilegeChanges p = new PrivilegeChanges(from, to, steps);
        p.objects();
        p.columns();
        p.defaults();
        return p.out;
    }

    /**
     * A sequence linked to a table (OWNED BY) in a plan that also gives the sequence or the table a new owner: the
     * server links only a sequence that has the table's owner, so the new owners come first. Each owner step
     * provides a mark the OWNED BY step needs.
     */
    static void ownerBeforeOwnedBy(List<Step> steps) {
        Set<ObjectId> marks = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step o = steps.get(i);
            ObjectKind k = o.object().kind();
            if ((k == ObjectKind.SEQUENCE || k == ObjectKind.TABLE) && o.sql().startsWith("ALTER ")
                && o.sql().contains(" OWNER TO ") && o.provides().isEmpty()) {
                ObjectId mark = Markers.owner(o.object());
                marks.add(mark);
                steps.set(i, new Step(o.action(), o.object(), o.sql(), o.dataLoss(), o.hazards(), o.reason(),
                    o.searchPath(), Set.of(mark), o.removes(), o.needs()));
            }
        }
        if (marks.isEmpty()) {
            return;
        }
        for (int j = 0; j < steps.size(); j++) {
            Step s = steps.get(j);
            if (s.object().kind() != ObjectKind.SEQUENCE || !s.sql().contains(" OWNED BY ")) {
                continue;
            }
            Set<ObjectId> needs = new HashSet<>(s.needs());
            needs.add(Markers.owner(s.object()));
            for (ObjectId n : s.needs()) {
                if (n.kind() == ObjectKind.COLUMN) {
                    needs.add(Markers.owner(n.owner()));
                }
            }
            needs.retainAll(marks);
            needs.addAll(s.needs());
            steps.set(j, new Step(s.action(), s.object(), s.sql(), s.dataLoss(), s.hazards(), s.reason(),
                s.searchPath(), s.provides(), s.removes(), needs));
        }
    }

    private boolean isFresh(ObjectId id) {
        return fresh.is(id);
    }

    /** Who owns an object once the plan has run: the target's owner, else the source's (or the plan's role). */
    private String ownerAfter(ObjectId id) {
        return pt.owner(id).orElse(isFresh(id) ? Privileges.CURRENT_ROLE : pf.ownerOrCurrent(id));
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
            boolean wide = false;
            for (Privileges p : List.of(pf, pt)) {
                for (Map.Entry<DefaultKey, Acl> d : p.defaults().entrySet()) {
                    DefaultKey k = d.getKey();
                    if (k.target() == target.get() && (k.schema().isEmpty() || k.schema().equals(id.schema()))) {
                        maybe = maybe.plus(d.getValue().transfer(k.role(), ownerAfter));
                        wide |= k.schema().isEmpty();
                    }
                }
            }
            // default privileges may have added to the list (what they may have added and the target lacks is
            // revoked); a database-wide entry may also have taken from it (the owner's own rights, PUBLIC's
            // EXECUTE), so then all the target holds is granted
            change(id, on, target.get(), wide ? Acl.EMPTY : base, maybe, after, List.of());
        }
    }

    /**
     * A sequence a column owns (serial, OWNED BY) that gets its table's owner: ALTER TABLE … OWNER TO gives it
     * along, and the server refuses to give such a sequence away by itself.
     */
    private boolean followsTable(ObjectId id, SchemaObject o, String owner) {
        if (!(o instanceof Sequence s) || s.ownedBy().isEmpty() || isFresh(id)) {
            return false;
        }
        // linked to that table already, and the table's owner changes to it: ALTER TABLE takes the sequence along
        Optional<Sequence> before = from.get(id).filter(x -> x instanceof Sequence)
            .map(Sequence.class::cast);
        ObjectId table = ObjectId.of(ObjectKind.TABLE, s.ownedBy().get().table());
        return before.isPresent() && before.get().ownedBy().map(r -> r.table()).equals(Optional.of(table.qualifiedName()))
            && !isFresh(table) && owner.equals(pt.owner(table).orElse(null))
            && !owner.equals(pf.owner(table).orElse(null));
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
            if (t == Target.TABLE && needsAll(revoke, revokeOption, grant, grantOption)) {
                // MAINTAIN (PostgreSQL 17) is in ALL on 17 and later and unknown before: a list naming it would fail
                // on 13 to 16, and ALL means it on 17 and later; so the entry is rebuilt from ALL
                Boolean m = want.get(Privilege.MAINTAIN);
                // what it holds goes first, unless GRANT ALL will cover it (with no grant option to take back)
                boolean covered = m != null && had.entrySet().stream()
                    .allMatch(h -> want.containsKey(h.getKey()) && (!h.getValue() || want.get(h.getKey())));
                if (!had.isEmpty() && !covered) {
                    revoke(id, on, t, g, t.all(), false, columns);
                }
                Set<Privilege> plain = EnumSet.noneOf(Privilege.class);
                Set<Privilege> option = EnumSet.noneOf(Privilege.class);
                want.forEach((p, o) -> (o ? option : plain).add(p));
                if (m != null) {
                    grant(id, on, t, g, t.all(), m, columns);
                    Set<Privilege> rest = t.all();
                    rest.removeAll(want.keySet());
                    if (!rest.isEmpty()) {
                        revoke(id, on, t, g, rest, false, columns);
                    }
                    if (m && !plain.isEmpty()) {
                        revoke(id, on, t, g, plain, true, columns);
                    } else if (!m && !option.isEmpty()) {
                        grant(id, on, t, g, option, true, columns);
                    }
                } else {
                    if (!plain.isEmpty()) {
                        grant(id, on, t, g, plain, false, columns);
                    }
                    if (!option.isEmpty()) {
                        grant(id, on, t, g, option, true, columns);
                    }
                }
                continue;
            }
            if (!revoke.isEmpty()) {
                revoke(id, on, t, g, revoke, false, columns);
            }
            if (!revokeOption.isEmpty()) {
                revoke(id, on, t, g, revokeOption, true, columns);
            }
            if (!grant.isEmpty()) {
                grant(id, on, t, g, grant, false, columns);
            }
            if (!grantOption.isEmpty()) {
                grant(id, on, t, g, grantOption, true, columns);
            }
        }
    }

    /** Whether a change of a table's entry names MAINTAIN in a list (where it is not all there is). */
    private static boolean needsAll(Set<Privilege> revoke, Set<Privilege> revokeOption, Set<Privilege> grant,
                                    Set<Privilege> grantOption) {
        Set<Privilege> all = Target.TABLE.all();
        for (Set<Privilege> ps : List.of(revoke, revokeOption, grant, grantOption)) {
            if (ps.contains(Privilege.MAINTAIN) && !ps.equals(all)) {
                return true;
            }
        }
        // ALL granted (or revoked) both with and without grant option at once: one of the two lists names it
        return grant.contains(Privilege.MAINTAIN) && !grantOption.isEmpty()
            || grantOption.contains(Privilege.MAINTAIN) && !grant.isEmpty();
    }

    private void revoke(ObjectId id, String on, Target t, String g, Set<Privilege> ps, boolean optionOnly,
                        List<String> columns) {
        out.add(step(id, "REVOKE " + (optionOnly ? "GRANT OPTION FOR " : "") + list(ps, t, columns) + " ON " + on
            + " FROM " + role(g)));
        if (t == Target.TABLE && columns.isEmpty()) {
            // the server revokes it on each column of the table as well
            (optionOnly ? revokedOptionOnRelation : revokedOnRelation).computeIfAbsent(id, k -> new HashMap<>())
                .computeIfAbsent(g, k -> EnumSet.noneOf(Privilege.class)).addAll(ps);
        }
    }

    private void grant(ObjectId id, String on, Target t, String g, Set<Privilege> ps, boolean option,
                       List<String> columns) {
        out.add(step(id, "GRANT " + list(ps, t, columns) + " ON " + on + " TO " + role(g)
            + (option ? " WITH GRANT OPTION" : "")));
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
            Optional<SchemaObject> rel = Fresh.relation(to, id);
            if (rel.isEmpty() || !Fresh.exists(to, id)) {
                continue;
            }
            ObjectId relId = rel.get().id();
            boolean fresh = isFresh(id) || isFresh(relId);
            Acl before = fresh ? Acl.EMPTY : pf.acl(id);
            if (!fresh) {
                // ALTER TABLE … OWNER TO gives the old owner's column entries to the new owner too
                before = before.transfer(pf.ownerOrCurrent(relId), ownerAfter(relId));
            }
            for (Map.Entry<String, Set<Privilege>> r : revokedOnRelation.getOrDefault(relId, Map.of()).entrySet()) {
                before = before.revoke(r.getKey(), r.getValue(), false);
            }
            for (Map.Entry<String, Set<Privilege>> r : revokedOptionOnRelation.getOrDefault(relId, Map.of())
                .entrySet()) {
                before = before.revoke(r.getKey(), r.getValue(), true);
            }
            Acl after = pt.acl(id);
            if (pt.owner(relId).isEmpty()) {
                after = after.transfer(Privileges.CURRENT_ROLE, ownerAfter(relId));
            }
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
            ObjectId schema = ObjectId.schema(k.schema());
            if (!k.schema().isEmpty() && !to.objects().containsKey(schema)) {
                continue; // DROP SCHEMA takes its default privileges along
            }
            Acl base = k.schema().isEmpty() ? Privileges.defaultAcl(k.target(), k.role()) : Acl.EMPTY;
            Acl before = !k.schema().isEmpty() && isFresh(schema) ? base : pf.defaults().getOrDefault(k, base);
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

    /**
     * The privileges as GRANT lists them: ALL when they are all the class has; each followed by the columns it is
     * on ({@code SELECT (b), UPDATE (b)}: a column list after the last one only would leave the others table-wide).
     */
    private static String list(Set<Privilege> ps, Target t, List<String> columns) {
        String cols = columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")";
        if (ps.equals(t.all()) && ps.size() > 1) {
            return "ALL" + cols;
        }
        List<String> names = new ArrayList<>();
        for (Privilege p : ps) {
            names.add(p.name() + cols);
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

    /**
     * The object as ALTER … OWNER TO names it (its kind's name), or as GRANT does ({@code grant}): there a view is a
     * TABLE, an aggregate a FUNCTION by its argument types, a domain a TYPE.
     */
    private static String what(ObjectId id, SchemaObject o, boolean grant) {
        if (grant) {
            String name = id.qualifiedName().sql();
            switch (id.kind()) {
                case VIEW, MATERIALIZED_VIEW -> {
                    return "TABLE " + name;
                }
                case FUNCTION -> {
                    if (o instanceof Aggregate) {
                        return "FUNCTION " + name + id.member();
                    }
                }
                case TYPE -> {
                    return "TYPE " + name;
                }
                default -> {
                }
            }
        }
        return Kinds.what(o);
    }
}
