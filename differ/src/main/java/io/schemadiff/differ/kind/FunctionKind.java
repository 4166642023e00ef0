package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.literal;
import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.Function;
import io.schemadiff.model.ObjectKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Functions and procedures. One changes in place ({@code CREATE OR REPLACE}) unless the server forbids it —
 * another return type, renamed or removed parameters, dropped defaults, a function becoming a procedure — when it is
 * dropped and created again (and what depends on it with it).
 */
final class FunctionKind extends Kind<Function> {
    FunctionKind() {
        super(Function.class, ObjectKind.FUNCTION);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Function f) {
        return (f.procedure() ? "PROCEDURE " : "FUNCTION ") + signature(f);
    }

    private static String signature(Function f) {
        return f.name().sql() + f.id().member();
    }

    @Override
    void create(Changes ch, Function f, boolean onExistingTable) {
        ch.create(f.id(), definition(f, false), Set.of(f.id()), Set.of(), pathOf(f));
        commentCreated(ch, f);
    }

    @Override
    void drop(Changes ch, Function f) {
        ch.drop(f.id(), "DROP " + what(f), Set.of(f.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, Function x, Function y) {
        if (!x.withComment(Optional.empty()).equals(y.withComment(Optional.empty()))) {
            if (replaceable(x, y)) {
                ch.alter(y.id(), definition(y, true), Set.of(y.id()), false, Set.of(), pathOf(y), Set.of());
            } else {
                drop(ch, x);
                create(ch, y, false);
                return;
            }
        }
        commentChanged(ch, x, y);
    }

    /** What CREATE OR REPLACE may change: not the result type, the parameter names, or away defaults. */
    private static boolean replaceable(Function x, Function y) {
        if (x.procedure() != y.procedure() || !x.returns().equals(y.returns())
            || x.arguments().size() != y.arguments().size()) {
            return false;
        }
        for (int i = 0; i < x.arguments().size(); i++) {
            Function.Argument p = x.arguments().get(i);
            Function.Argument q = y.arguments().get(i);
            if (!p.mode().equals(q.mode()) || !p.name().equals(q.name()) || !p.type().equals(q.type())
                || (p.defaultValue().isPresent() && q.defaultValue().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** The search path the function's own text (its argument defaults) was written under. */
    private static List<String> pathOf(Function f) {
        for (Function.Argument a : f.arguments()) {
            if (a.defaultValue().isPresent()) {
                return a.defaultValue().get().searchPath();
            }
        }
        return List.of();
    }

    /** {@code CREATE [OR REPLACE] FUNCTION | PROCEDURE}, in pg_dump's layout; the body exactly as kept. */
    private static String definition(Function f, boolean orReplace) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (orReplace) {
            sb.append("OR REPLACE ");
        }
        sb.append(f.procedure() ? "PROCEDURE " : "FUNCTION ").append(f.name().sql()).append('(');
        for (int i = 0; i < f.arguments().size(); i++) {
            Function.Argument a = f.arguments().get(i);
            sb.append(i > 0 ? ", " : "");
            if (!a.mode().equals("IN")) {
                sb.append(a.mode()).append(' ');
            }
            a.name().ifPresent(n -> sb.append(q(n)).append(' '));
            sb.append(a.type().sql());
            a.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(d.text()));
        }
        sb.append(')');
        f.returns().ifPresent(r -> sb.append(" RETURNS ").append(r));
        sb.append("\n    LANGUAGE ").append(q(f.language()));
        if (f.window()) {
            sb.append(" WINDOW");
        }
        if (!f.procedure()) {
            if (!f.volatility().equals("VOLATILE")) {
                sb.append(' ').append(f.volatility());
            }
            if (f.leakproof()) {
                sb.append(" LEAKPROOF");
            }
            if (f.strict()) {
                sb.append(" STRICT");
            }
        }
        if (f.securityDefiner()) {
            sb.append(" SECURITY DEFINER");
        }
        if (!f.procedure()) {
            if (!f.parallel().equals("UNSAFE")) {
                sb.append(" PARALLEL ").append(f.parallel());
            }
            if (f.cost() != Function.defaultCost(f.language())) {
                sb.append(" COST ").append(number(f.cost()));
            }
            boolean set = f.returns().map(r -> r.startsWith("SETOF ") || r.startsWith("TABLE(")).orElse(false);
            if (f.rows() != (set ? 1000 : 0)) {
                sb.append(" ROWS ").append(number(f.rows()));
            }
        }
        for (String s : f.settings()) {
            int eq = s.indexOf('=');
            if (eq < 0) {
                sb.append("\n    SET ").append(s);
                continue;
            }
            String name = s.substring(0, eq);
            String value = s.substring(eq + 1);
            sb.append("\n    SET ").append(name).append(" TO ");
            if (name.equals("search_path")) {
                String[] parts = value.split(", ");
                for (int i = 0; i < parts.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(literal(parts[i]));
                }
            } else {
                sb.append(literal(value));
            }
        }
        if (f.sqlBody()) {
            sb.append('\n').append(f.body());
        } else {
            sb.append("\n    AS ").append(Sql.dollarQuoted(f.body()));
            f.linkSymbol().ifPresent(l -> sb.append(", ").append(literal(l)));
        }
        return sb.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
