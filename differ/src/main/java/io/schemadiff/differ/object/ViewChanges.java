package io.schemadiff.differ.object;

import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.View;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Views and materialized views. A changed view is replaced in place ({@code CREATE OR REPLACE VIEW}) when the
 * server allows it: its existing output columns keep their names and expressions, new ones come after. Otherwise,
 * and always for materialized views, it is dropped and created again.
 */
public final class ViewChanges {
    private ViewChanges() {}

    public static void view(Changes ch, Optional<View> a, Optional<View> b) {
        if (Recreate.addedOrRemoved(ch, a, b)) {
            return;
        }
        View x = a.get();
        View y = b.get();
        String what = (y.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + y.name().sql();
        if (!x.sameQuery(y)) {
            if (!y.materialized() && replaceable(x, y)) {
                ch.alter(y.id(), Statements.createView(y, true), Set.of(y.id()), false, Set.of(),
                    y.query().searchPath(), Set.of());
            } else {
                Recreate.drop(ch.from(), x.id()).ifPresent(ch::add);
                Recreate.create(ch.to(), y.id(), false).forEach(ch::add);
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
                ch.comment(y.id(), "COLUMN " + y.name().sql() + "." + Identifiers.quote(col), after);
            }
        }
    }

    /** CREATE OR REPLACE VIEW keeps the existing columns: same names, same expressions (so same types), in order. */
    static boolean replaceable(View x, View y) {
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
}
