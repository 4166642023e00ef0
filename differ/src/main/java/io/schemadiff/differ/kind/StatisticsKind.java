package io.schemadiff.differ.kind;

import io.schemadiff.model.Expression;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Extended statistics: created, dropped (with their table, by the server), or re-created when what they cover
 * changes; the target and the comment change in place.
 */
final class StatisticsKind extends Kind<Statistics> {
    StatisticsKind() {
        super(Statistics.class, ObjectKind.STATISTICS);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Statistics s) {
        return "STATISTICS " + s.name().sql();
    }

    @Override
    void create(Changes ch, Statistics s, boolean onExistingTable) {
        List<String> path = s.expressions().stream().map(e -> e.searchPath()).filter(p -> !p.isEmpty()).findFirst()
            .orElse(List.of());
        ch.create(s.id(), definition(s), Set.of(s.id()), Set.of(), path);
        s.target().ifPresent(t -> ch.set(s.id(), "ALTER STATISTICS " + s.name().sql() + " SET STATISTICS " + t));
        commentCreated(ch, s);
    }

    @Override
    void drop(Changes ch, Statistics s) {
        ch.drop(s.id(), "DROP STATISTICS " + s.name().sql(), Set.of(s.id()), false, Set.of());
    }

    @Override
    void removed(Changes ch, Statistics a) {
        if (ch.to().get(ObjectId.of(ObjectKind.TABLE, a.table())).isPresent()) {
            drop(ch, a); // else dropped with its table
        }
    }

    @Override
    void altered(Changes ch, Statistics x, Statistics y) {
        if (!x.withComment(Optional.empty()).withTarget(Optional.empty())
            .equals(y.withComment(Optional.empty()).withTarget(Optional.empty()))) {
            drop(ch, x);
            create(ch, y, true);
            return;
        }
        if (!x.target().equals(y.target())) {
            ch.set(y.id(), "ALTER STATISTICS " + y.name().sql() + " SET STATISTICS " + y.target().orElse(-1));
        }
        commentChanged(ch, x, y);
    }

    /** {@code CREATE STATISTICS} as pg_get_statisticsobjdef writes it: kinds only when not all of them. */
    private static String definition(Statistics s) {
        List<String> elements = new ArrayList<>();
        for (String c : s.columns()) {
            elements.add(Identifiers.quote(c));
        }
        for (Expression e : s.expressions()) {
            elements.add("(" + e.text() + ")");
        }
        boolean lone = s.columns().isEmpty() && s.expressions().size() == 1;
        String kinds = lone || s.kinds().equals(Statistics.ALL_KINDS) ? "" : " (" + String.join(", ", s.kinds()) + ")";
        return "CREATE STATISTICS " + s.name().sql() + kinds + " ON " + String.join(", ", elements) + " FROM "
            + s.table().sql();
    }
}
