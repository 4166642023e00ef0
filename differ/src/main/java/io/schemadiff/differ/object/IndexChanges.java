package io.schemadiff.differ.object;

import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import java.util.Optional;

/** Indexes: created, dropped, or re-created when their definition changes. */
public final class IndexChanges {
    private IndexChanges() {}

    public static void index(Changes ch, Optional<Index> a, Optional<Index> b) {
        if (b.isPresent() && a.isPresent() && bare(a.get()).equals(bare(b.get()))) {
            if (!a.get().comment().equals(b.get().comment())) {
                ch.comment(b.get().id(), "INDEX " + b.get().name().sql(), b.get().comment());
            }
            // statistics targets of expression keys: set in place
            java.util.Set<Integer> cols = new java.util.TreeSet<>(a.get().statistics().keySet());
            cols.addAll(b.get().statistics().keySet());
            for (int col : cols) {
                Integer x = a.get().statistics().get(col);
                Integer y = b.get().statistics().get(col);
                if (!java.util.Objects.equals(x, y)) {
                    Step s = Recreate.indexStatistics(b.get(), col, y == null ? -1 : y);
                    ch.alter(s.object(), s.sql(), java.util.Set.of(), false, java.util.Set.of(), java.util.List.of(),
                        java.util.Set.of(b.get().id()));
                }
            }
            return;
        }
        if (a.isPresent() && !droppedWithTable(ch, a.get())) {
            Recreate.drop(ch.from(), a.get().id()).ifPresent(ch::add);
        }
        if (b.isPresent()) {
            boolean existing = ch.from().get(ObjectId.of(ObjectKind.TABLE, b.get().table())).isPresent()
                || ch.from().get(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, b.get().table())).isPresent();
            Recreate.create(ch.to(), b.get().id(), existing).forEach(ch::add);
        }
    }

    /**
     * Extended statistics: created, dropped (with their table, by the server), or re-created when what they cover
     * changes; the target and the comment change in place.
     */
    public static void statistics(Changes ch, Optional<io.schemadiff.model.Statistics> a,
                                  Optional<io.schemadiff.model.Statistics> b) {
        if (b.isEmpty() && ch.to().get(ObjectId.of(ObjectKind.TABLE, a.get().table())).isEmpty()) {
            return; // dropped with its table
        }
        if (Recreate.addedOrRemoved(ch, a, b)) {
            return;
        }
        io.schemadiff.model.Statistics x = a.get();
        io.schemadiff.model.Statistics y = b.get();
        if (!x.withComment(Optional.empty()).withTarget(Optional.empty())
            .equals(y.withComment(Optional.empty()).withTarget(Optional.empty()))) {
            Recreate.drop(ch.from(), x.id()).ifPresent(ch::add);
            Recreate.create(ch.to(), y.id(), true).forEach(ch::add);
            return;
        }
        if (!x.target().equals(y.target())) {
            ch.alter(y.id(), "ALTER STATISTICS " + y.name().sql() + " SET STATISTICS " + y.target().orElse(-1),
                java.util.Set.of(), false, java.util.Set.of(), java.util.List.of(), java.util.Set.of(y.id()));
        }
        if (!x.comment().equals(y.comment())) {
            ch.comment(y.id(), "STATISTICS " + y.name().sql(), y.comment());
        }
    }

    /** The index's definition: what cannot change without building it again. */
    private static Index bare(Index i) {
        return i.withComment(Optional.empty()).withStatistics(new java.util.TreeMap<>());
    }

    /** An index on a table or materialized view that is itself dropped goes with it. */
    private static boolean droppedWithTable(Changes ch, Index i) {
        return ch.to().get(ObjectId.of(ObjectKind.TABLE, i.table())).isEmpty()
            && ch.to().get(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, i.table())).isEmpty()
            && ch.to().get(ObjectId.of(ObjectKind.VIEW, i.table())).isEmpty();
    }
}
