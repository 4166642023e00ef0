package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Indexes: created, dropped, or re-created when their definition changes; the statistics targets of their
 * expression keys and their comment change in place. The roles a table gives an index (replica identity, cluster
 * order) are set once the whole plan is known.
 */
final class IndexKind extends Kind<Index> {
    IndexKind() {
        super(Index.class, ObjectKind.INDEX);
    }

    @Override
    boolean recreatable() {
        return true;
    }

    @Override
    String what(Index i) {
        return "INDEX " + i.name().sql();
    }

    @Override
    void create(Changes ch, Index i, boolean onExistingTable) {
        List<String> path = i.where().map(w -> w.searchPath()).orElse(List.of());
        for (Index.Key k : i.keys()) {
            if (k.expression().isPresent() && !k.expression().get().searchPath().isEmpty()) {
                path = k.expression().get().searchPath();
            }
        }
        ch.create(i.id(), definition(i), Set.of(i.id()), onExistingTable ? Set.of(Hazard.INDEX_BUILD) : Set.of(),
            path);
        commentCreated(ch, i);
        i.statistics().forEach((col, target) -> ch.set(i.id(), statistics(i, col, target)));
    }

    @Override
    void drop(Changes ch, Index i) {
        ch.drop(i.id(), "DROP INDEX " + i.name().sql(), Set.of(i.id()), false, Set.of());
    }

    @Override
    void added(Changes ch, Index b) {
        boolean existing = ch.from().get(ObjectId.of(ObjectKind.TABLE, b.table())).isPresent()
            || ch.from().get(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, b.table())).isPresent();
        create(ch, b, existing);
    }

    /** An index on a table or materialized view that is itself dropped goes with it. */
    @Override
    void removed(Changes ch, Index a) {
        boolean droppedWithTable = ch.to().get(ObjectId.of(ObjectKind.TABLE, a.table())).isEmpty()
            && ch.to().get(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, a.table())).isEmpty()
            && ch.to().get(ObjectId.of(ObjectKind.VIEW, a.table())).isEmpty();
        if (!droppedWithTable) {
            drop(ch, a);
        }
    }

    @Override
    void altered(Changes ch, Index a, Index b) {
        if (!bare(a).equals(bare(b))) {
            removed(ch, a);
            added(ch, b);
            return;
        }
        commentChanged(ch, a, b);
        // statistics targets of expression keys: set in place
        Set<Integer> cols = new TreeSet<>(a.statistics().keySet());
        cols.addAll(b.statistics().keySet());
        for (int col : cols) {
            Integer x = a.statistics().get(col);
            Integer y = b.statistics().get(col);
            if (!Objects.equals(x, y)) {
                ch.set(b.id(), statistics(b, col, y == null ? -1 : y));
            }
        }
    }

    /** The index's definition: what cannot change without building it again. */
    private static Index bare(Index i) {
        return i.withComment(Optional.empty()).withStatistics(new TreeMap<>());
    }

    /** {@code ALTER INDEX … ALTER COLUMN n SET STATISTICS t}; -1 takes a target back. */
    private static String statistics(Index i, int column, int target) {
        return "ALTER INDEX " + i.name().sql() + " ALTER COLUMN " + column + " SET STATISTICS " + target;
    }

    private static String definition(Index i) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (i.unique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ").append(q(i.name().name())).append(" ON ").append(i.table().sql());
        if (!i.method().equals("btree")) {
            sb.append(" USING ").append(i.method());
        }
        sb.append(" (");
        for (int k = 0; k < i.keys().size(); k++) {
            sb.append(k > 0 ? ", " : "").append(key(i.keys().get(k)));
        }
        sb.append(')');
        if (!i.include().isEmpty()) {
            sb.append(" INCLUDE (").append(Sql.cols(i.include())).append(')');
        }
        if (i.nullsNotDistinct()) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (!i.parameters().isEmpty()) {
            sb.append(" WITH (").append(String.join(", ", i.parameters())).append(')');
        }
        i.where().ifPresent(w -> sb.append(" WHERE ").append(Sql.parenthesized(w.text())));
        return sb.toString();
    }

    /** One key of an index or exclusion constraint. */
    static String key(Index.Key key) {
        StringBuilder sb = new StringBuilder();
        if (key.column().isPresent()) {
            sb.append(q(key.column().get()));
        } else {
            sb.append('(').append(key.expression().get().text()).append(')');
        }
        key.collation().ifPresent(c -> sb.append(" COLLATE ").append(c.sql()));
        key.opclass().ifPresent(o -> sb.append(' ').append(o));
        if (key.descending()) {
            sb.append(" DESC");
        }
        if (key.nullsFirst() != key.descending()) {
            sb.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sb.toString();
    }
}
