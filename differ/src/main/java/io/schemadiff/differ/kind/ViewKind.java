package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.View;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Views and materialized views. A changed view is replaced in place ({@code CREATE OR REPLACE VIEW}) when the
 * server allows it: its existing output columns keep their names and expressions, new ones come after. Otherwise,
 * and always for materialized views, it is dropped and created again.
 */
final class ViewKind extends Kind<View> {
    ViewKind() {
        super(View.class, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(View v) {
        return (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + v.name().sql();
    }

    @Override
    void create(Changes ch, View v, boolean onExistingTable) {
        ch.create(v.id(), definition(v, false), Set.of(v.id()), Set.of(), v.query().searchPath());
        commentCreated(ch, v);
        for (Map.Entry<String, String> e : v.columnComments().entrySet()) {
            ch.comment(v.id(), column(v, e.getKey()), Optional.of(e.getValue()));
        }
    }

    /** The view and the indexes on it (a materialized view's) go. */
    @Override
    void drop(Changes ch, View v) {
        Set<ObjectId> removes = new LinkedHashSet<>();
        removes.add(v.id());
        for (Index i : ch.from().all(Index.class)) {
            if (i.table().equals(v.name())) {
                removes.add(i.id());
            }
        }
        ch.drop(v.id(), "DROP " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + v.name().sql(), removes,
            false, Set.of());
    }

    @Override
    void altered(Changes ch, View x, View y) {
        String what = what(y);
        if (!x.sameQuery(y)) {
            if (!y.materialized() && replaceable(x, y)) {
                ch.alter(y.id(), definition(y, true), Set.of(y.id()), false, Set.of(), y.query().searchPath(),
                    Set.of());
            } else {
                drop(ch, x);
                create(ch, y, false);
                return;
            }
        } else if (!x.options().equals(y.options()) || !x.checkOption().equals(y.checkOption())) {
            options(ch, x, y, what);
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), what, y.comment());
        }
        Set<String> keys = new HashSet<>(x.columnComments().keySet());
        keys.addAll(y.columnComments().keySet());
        for (String col : keys) {
            Optional<String> before = Optional.ofNullable(x.columnComments().get(col));
            Optional<String> after = Optional.ofNullable(y.columnComments().get(col));
            if (!before.equals(after)) {
                ch.comment(y.id(), column(y, col), after);
            }
        }
    }

    private static String column(View v, String column) {
        return "COLUMN " + v.name().sql() + "." + q(column);
    }

    /** CREATE OR REPLACE VIEW keeps the existing columns: same names, same expressions (so same types), in order. */
    private static boolean replaceable(View x, View y) {
        if (x.outputs().isEmpty() || y.outputs().size() < x.outputs().size()) {
            return false;
        }
        List<String> xn = x.outputNames();
        List<String> yn = y.outputNames();
        for (int i = 0; i < x.outputs().size(); i++) {
            if (!xn.get(i).equals(yn.get(i))
                || !x.outputs().get(i).canonical().equals(y.outputs().get(i).canonical())) {
                return false;
            }
        }
        return true;
    }

    private static void options(Changes ch, View x, View y, String what) {
        StringBuilder reset = new StringBuilder();
        for (String o : x.options()) {
            String key = o.substring(0, o.indexOf('='));
            if (y.options().stream().noneMatch(p -> p.startsWith(key + "="))) {
                reset.append(reset.isEmpty() ? "" : ", ").append(key);
            }
        }
        if (x.checkOption().isPresent() && y.checkOption().isEmpty()) {
            reset.append(reset.isEmpty() ? "" : ", ").append("check_option");
        }
        StringBuilder set = new StringBuilder(String.join(", ", y.options()));
        y.checkOption().ifPresent(c -> set.append(set.isEmpty() ? "" : ", ").append("check_option=").append(c));
        if (!reset.isEmpty()) {
            ch.alter(y.id(), "ALTER " + what + " RESET (" + reset + ")", Set.of(y.id()), false, Set.of(), List.of(),
                Set.of());
        }
        if (!set.isEmpty()) {
            ch.alter(y.id(), "ALTER " + what + " SET (" + set + ")", Set.of(y.id()), false, Set.of(), List.of(),
                Set.of());
        }
    }

    private static String definition(View v, boolean orReplace) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (orReplace) {
            sb.append("OR REPLACE ");
        }
        sb.append(v.materialized() ? "MATERIALIZED VIEW " : "VIEW ").append(v.name().sql());
        if (!v.columns().isEmpty()) {
            sb.append(" (").append(Sql.cols(v.columns())).append(')');
        }
        if (!v.options().isEmpty()) {
            sb.append(" WITH (").append(String.join(", ", v.options())).append(')');
        }
        sb.append(" AS\n").append(v.query().text());
        v.checkOption().ifPresent(c -> sb.append("\n  WITH ").append(c.toUpperCase(Locale.ROOT))
            .append(" CHECK OPTION"));
        if (v.materialized() && v.withNoData()) {
            sb.append("\n  WITH NO DATA");
        }
        return sb.toString();
    }
}
