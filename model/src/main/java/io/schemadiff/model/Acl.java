package io.schemadiff.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An access control list: for each grantee, the privileges it holds and whether it may grant each on. The
 * grantor is not kept (the server records who granted; a schema in git says what is granted). Grantee
 * {@link Privileges#PUBLIC} is everyone; {@link Privileges#CURRENT_ROLE} the role that runs the script.
 * Immutable; grantees in name order.
 */
public final class Acl {
    public static final Acl EMPTY = new Acl(new TreeMap<>());

    private final Map<String, Map<Privilege, Boolean>> entries;

    private Acl(TreeMap<String, Map<Privilege, Boolean>> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Grantee to privilege to "with grant option". */
    public Map<String, Map<Privilege, Boolean>> entries() {
        return entries;
    }

    public Set<String> grantees() {
        return entries.keySet();
    }

    public Map<Privilege, Boolean> of(String grantee) {
        return entries.getOrDefault(grantee, Map.of());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private TreeMap<String, Map<Privilege, Boolean>> copy() {
        TreeMap<String, Map<Privilege, Boolean>> m = new TreeMap<>();
        entries.forEach((k, v) -> m.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
        return m;
    }

    private static Map<Privilege, Boolean> mutable(Map<Privilege, Boolean> m) {
        return m.isEmpty() ? new EnumMap<>(Privilege.class) : new EnumMap<>(m);
    }

    public Acl grant(String grantee, Set<Privilege> privileges, boolean grantOption) {
        if (privileges.isEmpty()) {
            return this;
        }
        TreeMap<String, Map<Privilege, Boolean>> m = copy();
        Map<Privilege, Boolean> held = mutable(m.getOrDefault(grantee, Map.of()));
        for (Privilege p : privileges) {
            held.merge(p, grantOption, Boolean::logicalOr);
        }
        m.put(grantee, Collections.unmodifiableMap(held));
        return new Acl(m);
    }

    /** Takes privileges away; with {@code grantOptionOnly}, only the right to grant them on. */
    public Acl revoke(String grantee, Set<Privilege> privileges, boolean grantOptionOnly) {
        if (!entries.containsKey(grantee)) {
            return this;
        }
        TreeMap<String, Map<Privilege, Boolean>> m = copy();
        Map<Privilege, Boolean> held = mutable(m.get(grantee));
        for (Privilege p : privileges) {
            if (grantOptionOnly) {
                held.computeIfPresent(p, (k, v) -> false);
            } else {
                held.remove(p);
            }
        }
        if (held.isEmpty()) {
            m.remove(grantee);
        } else {
            m.put(grantee, Collections.unmodifiableMap(held));
        }
        return new Acl(m);
    }

    /** The list after ownership passed from {@code from} to {@code to}: the old owner's entry becomes the new one's. */
    public Acl transfer(String from, String to) {
        if (from.equals(to) || !entries.containsKey(from)) {
            return this;
        }
        TreeMap<String, Map<Privilege, Boolean>> m = copy();
        Map<Privilege, Boolean> moved = m.remove(from);
        Map<Privilege, Boolean> held = mutable(m.getOrDefault(to, Map.of()));
        moved.forEach((p, g) -> held.merge(p, g, Boolean::logicalOr));
        m.put(to, Collections.unmodifiableMap(held));
        return new Acl(m);
    }

    /** Every entry of {@code other} added to this list. */
    public Acl plus(Acl other) {
        Acl out = this;
        for (Map.Entry<String, Map<Privilege, Boolean>> e : other.entries.entrySet()) {
            for (Map.Entry<Privilege, Boolean> p : e.getValue().entrySet()) {
                out = out.grant(e.getKey(), Set.of(p.getKey()), p.getValue());
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Acl a && a.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** As an {@code aclitem[]} prints, without grantors: {@code {=U,app=r*w}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        entries.forEach((g, ps) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(g.equals(Privileges.PUBLIC) ? "" : g).append('=');
            ps.forEach((p, opt) -> sb.append(p.code()).append(opt ? "*" : ""));
        });
        return sb.append('}').toString();
    }
}
