package io.schemadiff.parser.locks;

import io.schemadiff.model.QualifiedName;
import java.util.Objects;

/** One relation (table, partition, view, materialized view, index or sequence) and the lock a statement takes on it. */
public record RelationLock(QualifiedName relation, LockMode mode) {
    public RelationLock {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(mode, "mode");
    }

    @Override
    public String toString() {
        return relation + " " + mode.sql();
    }
}
