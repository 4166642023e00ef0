package io.schemadiff.parser.locks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one statement locks, and how it may be run.
 *
 * @param locks         the strongest lock per relation, strongest first (ties by name)
 * @param transactional false when the server refuses the statement inside a transaction block (SQLSTATE 25001):
 *                      {@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, …
 * @param unknown       present, saying why, when the statement's form is not classified: {@code locks} is then a
 *                      conservative ACCESS EXCLUSIVE on the relations it names, if any
 * @param note          what else a migration's author should know of the statement (an enum value added by
 *                      {@code ALTER TYPE … ADD VALUE} cannot be used before the transaction commits, …)
 */
public record StatementLocks(List<RelationLock> locks, boolean transactional, Optional<String> unknown,
                             Optional<String> note) {
    public StatementLocks {
        locks = List.copyOf(locks);
        Objects.requireNonNull(unknown, "unknown");
        Objects.requireNonNull(note, "note");
    }

    public StatementLocks(List<RelationLock> locks, boolean transactional, Optional<String> unknown) {
        this(locks, transactional, unknown, Optional.empty());
    }

    /** The strongest lock the statement takes on any relation; empty when it locks none. */
    public Optional<LockMode> strongest() {
        return locks.isEmpty() ? Optional.empty() : Optional.of(locks.get(0).mode());
    }

    /** Whether some relation is locked against plain reads. */
    public boolean blocksReads() {
        return locks.stream().anyMatch(l -> l.mode().blocksReads());
    }

    /** Whether some relation is locked against INSERT, UPDATE and DELETE. */
    public boolean blocksWrites() {
        return locks.stream().anyMatch(l -> l.mode().blocksWrites());
    }
}
