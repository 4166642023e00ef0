package io.schemadiff.cli;

import io.schemadiff.differ.Hazard;
import io.schemadiff.differ.Step;
import io.schemadiff.model.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** What the report says about a step, one note per fact, in {@link Code} order. */
    static List<Note> of(Step step) {
        List<Note> out = new ArrayList<>();
        if (step.dataLoss()) {
            out.add(new Note(Code.DATA_LOSS, "can lose data", List.of()));
        }
        Optional<String> relation = relation(step.object());
        List<String> on = relation.map(List::of).orElse(List.of());
        String where = relation.map(r -> " " + r).orElse("");
        if (step.hazards().contains(Hazard.ACCESS_EXCLUSIVE_LOCK)) {
            out.add(new Note(Code.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on" + where
                + ": reads and writes wait while it runs", on));
        }
        if (step.hazards().contains(Hazard.TABLE_REWRITE)) {
            out.add(new Note(Code.TABLE_REWRITE, "rewrites" + where + " and its indexes", on));
        }
        if (step.hazards().contains(Hazard.TABLE_SCAN)) {
            out.add(new Note(Code.TABLE_SCAN, "reads all of" + where + " to check it", on));
        }
        if (step.hazards().contains(Hazard.INDEX_BUILD)) {
            out.add(new Note(Code.INDEX_BUILD, "builds an index on" + where + ": writes wait until it is built",
                on));
        }
        if (step.hazards().contains(Hazard.NEW_ENUM_VALUE)) {
            out.add(new Note(Code.NEW_ENUM_VALUE, Hazard.NEW_ENUM_VALUE.description(), List.of()));
        }
        return out;
    }

    /** The relation a statement about {@code id} works on: a member's table, the object itself for relations. */
    private static Optional<String> relation(ObjectId id) {
        return switch (id.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, INDEX -> Optional.of(id.schema() + "." + id.name());
            case COLUMN, CONSTRAINT, TRIGGER, POLICY -> Optional.of(id.schema() + "." + id.name());
            default -> Optional.empty();
        };
    }
}
