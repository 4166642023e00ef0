package io.schemadiff.parser.locks;

import static io.schemadiff.parser.locks.LockMode.ACCESS_EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.SHARE_UPDATE_EXCLUSIVE;

import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import java.util.Set;

/**
 * DROP: ACCESS EXCLUSIVE on what is dropped, and on what goes with it: a table's partitions, its sequences, the
 * tables on either side of its foreign keys (their triggers are dropped), and with CASCADE the views that read it.
 */
final class Drops {
    private Drops() {}

    static void drop(Ddl.Drop d, Relations rels, LockSet out) {
        for (Ddl.Name n : d.names()) {
            QualifiedName name = Relations.resolve(n);
            switch (d.kind()) {
                case TABLE -> table(name, d.cascade(), rels, out);
                case VIEW, MATERIALIZED_VIEW, SEQUENCE -> {
                    out.lock(name, ACCESS_EXCLUSIVE);
                    if (d.cascade()) {
                        out.lockAll(rels.dependentViews(name), ACCESS_EXCLUSIVE);
                    }
                }
                case INDEX -> index(name, d.concurrently(), rels, out);
                case STATISTICS -> rels.statisticsTable(name).ifPresent(t -> out.lock(t, SHARE_UPDATE_EXCLUSIVE));
                case SCHEMA -> {
                    if (d.cascade()) {
                        for (QualifiedName r : rels.relationsIn(n.last())) {
                            table(r, true, rels, out);
                        }
                    }
                }
                case TYPE, DOMAIN -> {
                    if (d.cascade()) {
                        // the columns of the type are dropped
                        out.lockAll(rels.tablesUsingType(name), ACCESS_EXCLUSIVE);
                    }
                }
                default -> { }
            }
        }
    }

    private static void table(QualifiedName table, boolean cascade, Relations rels, LockSet out) {
        out.lock(table, ACCESS_EXCLUSIVE);
        Set<QualifiedName> gone = rels.descendants(table);
        gone.add(table);
        for (QualifiedName t : gone) {
            out.lock(t, ACCESS_EXCLUSIVE);
            out.lockAll(rels.ownedSequences(t), ACCESS_EXCLUSIVE);
            // the foreign keys' triggers on the other table are dropped with them
            out.lockAll(rels.referencing(t), ACCESS_EXCLUSIVE);
            out.lockAll(rels.referenced(t), ACCESS_EXCLUSIVE);
            if (cascade) {
                out.lockAll(rels.dependentViews(t), ACCESS_EXCLUSIVE);
            }
        }
    }

    private static void index(QualifiedName index, boolean concurrently, Relations rels, LockSet out) {
        if (concurrently) {
            // the index is marked dead under SHARE UPDATE EXCLUSIVE, then removed once no one can use it
            out.notTransactional();
            out.lock(index, SHARE_UPDATE_EXCLUSIVE);
            rels.indexTable(index).ifPresent(t -> out.lock(t, SHARE_UPDATE_EXCLUSIVE));
            return;
        }
        out.lock(index, ACCESS_EXCLUSIVE);
        rels.indexTable(index).ifPresent(t -> out.lock(t, ACCESS_EXCLUSIVE));
        if (rels.known() && rels.indexTable(index).isEmpty()) {
            return;
        }
        if (!rels.known()) {
            out.note("the index's table is locked ACCESS EXCLUSIVE too (which one, the schema says)");
        }
    }
}
