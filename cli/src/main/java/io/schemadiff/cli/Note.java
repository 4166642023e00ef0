package io.schemadiff.cli;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.locks.LockMode;
import io.schemadiff.parser.locks.Locks;
import io.schemadiff.parser.locks.RelationLock;
import io.schemadiff.parser.locks.StatementLocks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One fact a reviewer should know about a statement, with a stable code (the JSON's {@code hazards}, what
 * {@code --fail-on} names; docs/hazards.md describes each) and the sentence the Markdown report shows.
 *
 * @param relations the tables (or other relations) it is about, schema-qualified; empty when none
 */
record Note(Code code, String message, List<String> relations) {
    Note {
        relations = List.copyOf(relations);
    }

    /** The codes, in the order notes are listed. */
    enum Code {
        /** Running it can lose data: a dropped table or column, a narrowing type change, an enum label removed. */
        DATA_LOSS,
        /** Takes an ACCESS EXCLUSIVE lock on an existing relation: reads and writes wait while it runs. */
        ACCESS_EXCLUSIVE_LOCK,
        /** Takes a lock that blocks writes (SHARE, SHARE ROW EXCLUSIVE, EXCLUSIVE) on an existing relation. */
        BLOCKS_WRITES,
        /** Rewrites the whole table and its indexes, under its lock. */
        TABLE_REWRITE,
        /** Reads the whole table to check the new rule, under its lock. */
        TABLE_SCAN,
        /** Builds an index: time in proportion to the table, writes blocked unless CONCURRENTLY. */
        INDEX_BUILD,
        /** Cannot run inside a transaction block. */
        NOT_TRANSACTIONAL,
        /** An enum value added here cannot be used until the transaction that adds it commits. */
        NEW_ENUM_VALUE
    }

    /**
     * What the report says about a step, one note per fact, in {@link Code} order: what the differ knows of it (data
     * loss, rewrites, scans, index builds) and what its text says of locks on {@code version} ({@link Locks}). Locks
     * count on relations that exist before the plan ({@code from}): what the plan creates, nobody else uses yet.
     */
    static List<Note> of(Step step, Catalog from, Catalog to, int version) {
        List<Note> out = new ArrayList<>();
        if (step.dataLoss()) {
            out.add(new Note(Code.DATA_LOSS, "can lose data", List.of()));
        }
        StatementLocks locks = Locks.of(step.sql(), version, from);
        Map<LockMode, List<String>> existing = new EnumMap<>(LockMode.class);
        for (RelationLock l : locks.locks()) {
            if (exists(from, l.relation())) {
                existing.computeIfAbsent(l.mode(), m -> new ArrayList<>()).add(l.relation().sql());
            }
        }
        List<String> exclusive = existing.getOrDefault(LockMode.ACCESS_EXCLUSIVE, List.of());
        if (!exclusive.isEmpty()) {
            out.add(new Note(Code.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on " + names(exclusive)
                + ": reads and writes wait while it runs", exclusive));
        }
        for (Map.Entry<LockMode, List<String>> e : existing.entrySet()) {
            if (e.getKey() != LockMode.ACCESS_EXCLUSIVE && e.getKey().blocksWrites()) {
                out.add(new Note(Code.BLOCKS_WRITES, "takes a " + e.getKey().sql() + " lock on " + names(e.getValue())
                    + ": writes wait while it runs", e.getValue()));
            }
        }
        // what a rewrite, scan or index build works through: the statement's table, or else what it locks (the tables
        // with a column of a domain that gets a new check)
        List<String> table = table(step.object(), from, to).map(q -> List.of(q.sql()))
            .orElseGet(() -> existing.values().stream().flatMap(List::stream).distinct().toList());
        String on = table.isEmpty() ? "" : " " + names(table);
        if (step.hazards().contains(Hazard.TABLE_REWRITE)) {
            out.add(new Note(Code.TABLE_REWRITE, "rewrites" + (on.isEmpty() ? " the table" : on)
                + " and its indexes: time and space in proportion to its size", table));
        }
        if (step.hazards().contains(Hazard.TABLE_SCAN)) {
            out.add(new Note(Code.TABLE_SCAN, "reads all of" + (on.isEmpty() ? " the table" : on) + " to check it",
                table));
        }
        if (step.hazards().contains(Hazard.INDEX_BUILD)) {
            out.add(new Note(Code.INDEX_BUILD, "builds an index on" + (on.isEmpty() ? " the table" : on)
                + ": time in proportion to its size", table));
        }
        if (!locks.transactional()) {
            out.add(new Note(Code.NOT_TRANSACTIONAL, "cannot run inside a transaction block", List.of()));
        }
        if (step.hazards().contains(Hazard.NEW_ENUM_VALUE)) {
            out.add(new Note(Code.NEW_ENUM_VALUE, Hazard.NEW_ENUM_VALUE.description(), List.of()));
        }
        return out;
    }

    private static String names(List<String> relations) {
        if (relations.size() == 1) {
            return relations.get(0);
        }
        return relations.subList(0, relations.size() - 1).stream().collect(Collectors.joining(", "))
            + " and " + relations.get(relations.size() - 1);
    }

    private static final ObjectKind[] RELATIONS = {ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
        ObjectKind.SEQUENCE, ObjectKind.INDEX};

    private static boolean exists(Catalog c, QualifiedName name) {
        for (ObjectKind k : RELATIONS) {
            if (c.get(ObjectId.of(k, name)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The table a statement about {@code id} works on: a member's table, an index's, the relation itself. */
    private static Optional<QualifiedName> table(ObjectId id, Catalog from, Catalog to) {
        return switch (id.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, COLUMN, CONSTRAINT, TRIGGER, POLICY -> Optional.of(id.qualifiedName());
            case INDEX -> to.get(id).or(() -> from.get(id)).filter(Index.class::isInstance)
                .map(o -> ((Index) o).table());
            default -> Optional.empty();
        };
    }
}
