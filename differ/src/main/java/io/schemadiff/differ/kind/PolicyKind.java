package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Policy;
import java.util.List;
import java.util.Set;

/**
 * Row-level security policies: their roles and expressions change in place (ALTER POLICY); another command, kind
 * (permissive or restrictive) or an expression taken away re-creates one. Dropped with their table by the server.
 */
final class PolicyKind extends Kind<Policy> {
    PolicyKind() {
        super(Policy.class, ObjectKind.POLICY);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Policy p) {
        return "POLICY " + q(p.name()) + " ON " + p.table().sql();
    }

    @Override
    void create(Changes ch, Policy p, boolean onExistingTable) {
        ch.create(p.id(), definition(p), Set.of(p.id()), Set.of(), pathOf(p));
        commentCreated(ch, p);
    }

    @Override
    void drop(Changes ch, Policy p) {
        ch.drop(p.id(), "DROP " + what(p), Set.of(p.id()), false, Set.of());
    }

    @Override
    void removed(Changes ch, Policy p) {
        if (ch.to().table(p.table()).isPresent()) {
            drop(ch, p); // else it goes with its table
        }
    }

    @Override
    void altered(Changes ch, Policy x, Policy y) {
        boolean inPlace = x.permissive() == y.permissive() && x.command().equals(y.command())
            && (x.using().isEmpty() || y.using().isPresent()) && (x.withCheck().isEmpty() || y.withCheck().isPresent());
        if (!inPlace) {
            drop(ch, x);
            create(ch, y, false);
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (!x.roles().equals(y.roles())) {
            sb.append(" TO ").append(roles(y.roles()));
        }
        if (!x.using().equals(y.using())) {
            sb.append(" USING (").append(y.using().get().text()).append(')');
        }
        if (!x.withCheck().equals(y.withCheck())) {
            sb.append(" WITH CHECK (").append(y.withCheck().get().text()).append(')');
        }
        if (sb.length() > 0) {
            ch.alter(y.id(), "ALTER " + what(y) + sb, Set.of(y.id()), false, Set.of(), pathOf(y), Set.of());
        }
        commentChanged(ch, x, y);
    }

    private static List<String> pathOf(Policy p) {
        return p.using().or(p::withCheck).map(e -> e.searchPath()).orElse(List.of());
    }

    private static String definition(Policy p) {
        StringBuilder sb = new StringBuilder("CREATE POLICY ").append(q(p.name())).append(" ON ")
            .append(p.table().sql());
        if (!p.permissive()) {
            sb.append(" AS RESTRICTIVE");
        }
        if (!p.command().equals("ALL")) {
            sb.append(" FOR ").append(p.command());
        }
        sb.append(" TO ").append(roles(p.roles()));
        p.using().ifPresent(u -> sb.append(" USING ").append(Sql.parenthesized(u.text())));
        p.withCheck().ifPresent(c -> sb.append(" WITH CHECK ").append(Sql.parenthesized(c.text())));
        return sb.toString();
    }

    private static String roles(List<String> roles) {
        StringBuilder sb = new StringBuilder();
        for (String r : roles) {
            sb.append(sb.length() > 0 ? ", " : "");
            boolean keyword = r.equals("public") || r.equals("CURRENT_USER") || r.equals("SESSION_USER")
                || r.equals("CURRENT_ROLE");
            sb.append(keyword ? r : q(r));
        }
        return sb.toString();
    }
}
