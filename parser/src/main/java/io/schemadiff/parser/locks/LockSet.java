package io.schemadiff.parser.locks;

import io.schemadiff.model.QualifiedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The locks of one statement as they are found: the strongest per relation is kept. */
final class LockSet {
    private final Map<QualifiedName, LockMode> locks = new LinkedHashMap<>();
    private boolean transactional = true;
    private String unknown;
    private final List<String> notes = new ArrayList<>();

    LockSet lock(QualifiedName relation, LockMode mode) {
        locks.merge(relation, mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return this;
    }

    LockSet lockAll(Collection<QualifiedName> relations, LockMode mode) {
        relations.forEach(r -> lock(r, mode));
        return this;
    }

    Optional<LockMode> modeOf(QualifiedName relation) {
        return Optional.ofNullable(locks.get(relation));
    }

    LockSet notTransactional() {
        transactional = false;
        return this;
    }

    LockSet unknown(String why) {
        if (unknown == null) {
            unknown = why;
        }
        return this;
    }

    LockSet note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
        return this;
    }

    /** Another statement's locks (a DO block's statements), as if run in the same transaction. */
    LockSet add(StatementLocks other) {
        other.locks().forEach(l -> lock(l.relation(), l.mode()));
        if (!other.transactional()) {
            transactional = false;
        }
        other.unknown().ifPresent(this::unknown);
        other.note().ifPresent(this::note);
        return this;
    }

    StatementLocks build() {
        List<RelationLock> out = new ArrayList<>();
        locks.forEach((r, m) -> out.add(new RelationLock(r, m)));
        out.sort(Comparator.comparing(RelationLock::mode).reversed().thenComparing(RelationLock::relation));
        return new StatementLocks(out, transactional, Optional.ofNullable(unknown),
            notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)));
    }
}
