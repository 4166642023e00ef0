package io.schemadiff.differ.object;

import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import java.util.Optional;

/** Indexes: created, dropped, or re-created when their definition changes. */
public final class IndexChanges {
    private IndexChanges() {}

    public static void index(Changes ch, Optional<Index> a, Optional<Index> b) {
        if (b.isPresent() && a.isPresent() && a.get().withComment(Optional.empty())
            .equals(b.get().withComment(Optional.empty()))) {
            if (!a.get().comment().equals(b.get().comment())) {
                ch.comment(b.get().id(), "INDEX " + b.get().name().sql(), b.get().comment());
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

    /** An index on a table or materialized view that is itself dropped goes with it. */
    private static boolean droppedWithTable(Changes ch, Index i) {
        return ch.to().get(ObjectId.of(ObjectKind.TABLE, i.table())).isEmpty()
            && ch.to().get(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, i.table())).isEmpty()
            && ch.to().get(ObjectId.of(ObjectKind.VIEW, i.table())).isEmpty();
    }
}
