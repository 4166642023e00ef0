package io.schemadiff.parser.locks;

import static io.schemadiff.parser.locks.LockMode.ACCESS_EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.ACCESS_SHARE;
import static io.schemadiff.parser.locks.LockMode.ROW_SHARE;
import static io.schemadiff.parser.locks.LockMode.SHARE_ROW_EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.SHARE_UPDATE_EXCLUSIVE;

import io.schemadiff.model.Constraint;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.AlterAction;
import io.schemadiff.parser.ddl.Ddl.AlterTable;
import io.schemadiff.parser.ddl.Ddl.ColumnConstraint;
import io.schemadiff.parser.ddl.Ddl.ColumnKey;
import io.schemadiff.parser.ddl.Ddl.ConstraintBody;
import io.schemadiff.parser.ddl.Ddl.ForeignKeyBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ALTER TABLE: the lock each action takes on the table, as the server's {@code AlterTableGetLockLevel} gives it (the
 * statement takes the strongest of its actions', and never less than SHARE UPDATE EXCLUSIVE), the same lock on the
 * partitions and inheritance children of the actions that recurse to them, and the locks on other tables some
 * actions take (the referenced table of a foreign key, the partition attached or detached, the default partition).
 */
final class AlterTableLocks {
    private AlterTableLocks() {}

    /**
     * Storage parameters whose change takes ACCESS EXCLUSIVE ({@code reloptions.c}); every other one known to the
     * server takes SHARE UPDATE EXCLUSIVE, unchanged from PostgreSQL 13 to 18.
     */
    private static final Set<String> EXCLUSIVE_OPTIONS = Set.of("user_catalog_table", "security_barrier",
        "security_invoker", "check_option", "fastupdate", "gin_pending_list_limit", "buffering", "autosummarize",
        "pages_per_range");

    private static final Set<String> SHARE_UPDATE_OPTIONS = Set.of("fillfactor", "autovacuum_enabled",
        "autovacuum_vacuum_threshold", "autovacuum_vacuum_max_threshold", "autovacuum_vacuum_insert_threshold",
        "autovacuum_analyze_threshold", "autovacuum_vacuum_cost_limit", "autovacuum_freeze_min_age",
        "autovacuum_multixact_freeze_min_age", "autovacuum_freeze_max_age", "autovacuum_multixact_freeze_max_age",
        "autovacuum_freeze_table_age", "autovacuum_multixact_freeze_table_age", "log_autovacuum_min_duration",
        "toast_tuple_target", "parallel_workers", "autovacuum_vacuum_cost_delay", "autovacuum_vacuum_scale_factor",
        "autovacuum_vacuum_insert_scale_factor", "autovacuum_analyze_scale_factor",
        "vacuum_max_eager_freeze_failure_rate", "vacuum_index_cleanup", "vacuum_truncate", "deduplicate_items",
        "vacuum_cleanup_index_scale_factor", "n_distinct", "n_distinct_inherited");

    /**
     * The lock {@code SET (…)} / {@code RESET (…)} of storage parameters takes: the strongest of the parameters'
     * ({@code AlterTableGetRelOptionsLockLevel}); empty for a parameter the server does not know.
     */
    static Optional<LockMode> optionsLock(List<String> options) {
        LockMode m = SHARE_UPDATE_EXCLUSIVE;
        for (String o : options) {
            String name = o.contains("=") ? o.substring(0, o.indexOf('=')) : o;
            name = name.trim().toLowerCase(Locale.ROOT);
            if (name.contains(".")) {
                name = name.substring(name.indexOf('.') + 1); // toast.autovacuum_enabled
            }
            if (EXCLUSIVE_OPTIONS.contains(name)) {
                m = ACCESS_EXCLUSIVE;
            } else if (!SHARE_UPDATE_OPTIONS.contains(name)) {
                return Optional.empty();
            }
        }
        return Optional.of(m);
    }

    static void classify(AlterTable a, int major, Relations rels, LockSet out) {
        QualifiedName table = Relations.resolve(a.name());
        LockMode strongest = SHARE_UPDATE_EXCLUSIVE;
        Recursion recursion = Recursion.NONE;
        for (AlterAction action : a.actions()) {
            LockMode m = action(action, table, major, rels, out);
            if (m.strongerThan(strongest)) {
                strongest = m;
            }
            Recursion r = recursion(action);
            if (r.compareTo(recursion) > 0) {
                recursion = r;
            }
        }
        out.lock(table, strongest);
        if (!a.only()) {
            // find_all_inheritors: the descendants, in the statement's lock mode
            switch (recursion) {
                case ALL -> out.lockAll(rels.descendants(table), strongest);
                case PARTITIONS -> out.lockAll(rels.partitionTree(table), strongest);
                default -> { }
            }
        }
    }

    /** Where an action goes besides the table: nowhere, into its partitions, or into every descendant. */
    private enum Recursion { NONE, PARTITIONS, ALL }

    /** Whether the server applies the action to the table's partitions and inheritance children too. */
    private static Recursion recursion(AlterAction action) {
        if (action instanceof Ddl.AddConstraint x) {
            ConstraintBody body = x.constraint().body();
            if (body instanceof Ddl.CheckBody ch) {
                return ch.noInherit() ? Recursion.NONE : Recursion.ALL;
            }
            if (body instanceof Ddl.NotNullBody) {
                return Recursion.ALL;
            }
            // keys and foreign keys: cloned into partitions, not into inheritance children
            return body instanceof Ddl.UsingIndexBody ? Recursion.NONE : Recursion.PARTITIONS;
        }
        if (action instanceof Ddl.UnsupportedAction x) {
            return x.what().equals("DROP EXPRESSION") ? Recursion.ALL : Recursion.NONE;
        }
        boolean all = action instanceof Ddl.AddColumn || action instanceof Ddl.DropColumn
            || action instanceof Ddl.AlterColumnType || action instanceof Ddl.SetDefault
            || action instanceof Ddl.DropDefault || action instanceof Ddl.SetNotNull
            || action instanceof Ddl.DropNotNull || action instanceof Ddl.ColumnSetting
            || action instanceof Ddl.RenameColumn || action instanceof Ddl.ValidateConstraint
            || action instanceof Ddl.DropConstraint;
        return all ? Recursion.ALL : Recursion.NONE;
    }

    /** The lock one action takes on the table; locks on other relations go to {@code out}. */
    private static LockMode action(AlterAction action, QualifiedName table, int major, Relations rels, LockSet out) {
        if (action instanceof Ddl.AddColumn x) {
            for (ColumnConstraint cc : x.column().constraints()) {
                if (cc instanceof ColumnKey k) {
                    references(k.constraint().body(), out);
                }
            }
            return ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.AlterColumnType x) {
            // the foreign keys on the column are dropped and added again: both tables' triggers change
            rels.table(table).ifPresent(t -> t.constraints().forEach(c -> {
                if (c instanceof Constraint.ForeignKey fk && fk.columns().contains(x.column())) {
                    out.lock(fk.referencedTable(), ACCESS_EXCLUSIVE);
                }
            }));
            for (QualifiedName r : rels.referencing(table)) {
                rels.table(r).ifPresent(t -> t.constraints().forEach(c -> {
                    if (c instanceof Constraint.ForeignKey fk && fk.referencedTable().equals(table)
                        && fk.referencedColumns().contains(x.column())) {
                        out.lock(r, ACCESS_EXCLUSIVE);
                    }
                }));
            }
            return ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.ColumnSetting x) {
            // statistics and attribute options: SHARE UPDATE EXCLUSIVE; storage (may add a TOAST table), compression
            boolean light = x.what().equals("statistics") || x.what().equals("set") || x.what().equals("reset");
            return light ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.SetIdentity x) {
            // the identity sequence is altered as ALTER SEQUENCE alters it
            rels.identitySequence(table, x.column()).ifPresent(s -> out.lock(s, SHARE_ROW_EXCLUSIVE));
            return ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.DropIdentity x) {
            rels.identitySequence(table, x.column()).ifPresent(s -> out.lock(s, ACCESS_EXCLUSIVE));
            return ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.AddConstraint x) {
            if (x.constraint().body() instanceof ForeignKeyBody fk) {
                // triggers go on both tables: as strong as CREATE TRIGGER, and no stronger
                out.lock(Relations.resolve(fk.table()), SHARE_ROW_EXCLUSIVE);
                return SHARE_ROW_EXCLUSIVE;
            }
            return ACCESS_EXCLUSIVE; // CHECK, NOT NULL, and keys (an index is built, as CREATE INDEX)
        }
        if (action instanceof Ddl.ValidateConstraint x) {
            rels.constraint(table, x.name()).ifPresent(c -> {
                if (c instanceof Constraint.ForeignKey fk) {
                    out.lock(fk.referencedTable(), ROW_SHARE);
                }
            });
            return SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof Ddl.DropConstraint x) {
            rels.constraint(table, x.name()).ifPresent(c -> {
                if (c instanceof Constraint.ForeignKey fk) {
                    // its triggers on the referenced table are dropped (RemoveTriggerById)
                    out.lock(fk.referencedTable(), ACCESS_EXCLUSIVE);
                }
            });
            return ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.EnableTrigger) {
            return SHARE_ROW_EXCLUSIVE;
        }
        if (action instanceof Ddl.ClusterOn) {
            return SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof Ddl.TableOptions x) {
            List<String> all = new ArrayList<>(x.set());
            all.addAll(x.reset());
            return optionsLock(all).orElseGet(() -> {
                out.unknown("a storage parameter the server does not know: " + String.join(", ", all));
                return ACCESS_EXCLUSIVE;
            });
        }
        if (action instanceof Ddl.Inherit x) {
            // the parent: kept from changing while the child is linked; only read when it is unlinked
            out.lock(Relations.resolve(x.parent()), x.add() ? SHARE_UPDATE_EXCLUSIVE : ACCESS_SHARE);
            return ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.AttachPartition x) {
            QualifiedName child = Relations.resolve(x.child());
            out.lock(child, ACCESS_EXCLUSIVE);
            out.lockAll(rels.descendants(child), ACCESS_EXCLUSIVE);
            // the default partition is scanned for rows that now belong to the new one
            rels.defaultPartition(table).ifPresent(d -> out.lock(d, ACCESS_EXCLUSIVE));
            return SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof Ddl.DetachPartition x) {
            QualifiedName child = Relations.resolve(x.child());
            if (x.concurrently()) {
                out.notTransactional();
                out.lock(child, SHARE_UPDATE_EXCLUSIVE);
                return SHARE_UPDATE_EXCLUSIVE;
            }
            // PostgreSQL 13 detached the partition itself under SHARE UPDATE EXCLUSIVE; 14 (which brought
            // CONCURRENTLY) takes ACCESS EXCLUSIVE on it
            out.lock(child, major >= 14 ? ACCESS_EXCLUSIVE : SHARE_UPDATE_EXCLUSIVE);
            rels.defaultPartition(table).ifPresent(d -> out.lock(d, ACCESS_EXCLUSIVE));
            return ACCESS_EXCLUSIVE;
        }
        if (action instanceof Ddl.SetSchema) {
            out.lockAll(rels.ownedSequences(table), ACCESS_EXCLUSIVE);
            return ACCESS_EXCLUSIVE;
        }
        // ADD / DROP COLUMN, SET / DROP DEFAULT, SET / DROP NOT NULL, identity, RENAME, ROW LEVEL SECURITY, REPLICA
        // IDENTITY, SET LOGGED / UNLOGGED, SET TABLESPACE, SET ACCESS METHOD, ALTER CONSTRAINT, DROP EXPRESSION,
        // OF / NOT OF, rules: ACCESS EXCLUSIVE
        return ACCESS_EXCLUSIVE;
    }

    /** A foreign key written in a column or table definition: the referenced table, SHARE ROW EXCLUSIVE. */
    static void references(ConstraintBody body, LockSet out) {
        if (body instanceof ForeignKeyBody fk) {
            out.lock(Relations.resolve(fk.table()), SHARE_ROW_EXCLUSIVE);
        }
    }
}
