package io.schemadiff.differ;

/** What a statement does to a running database beyond its effect on the schema. */
public enum Hazard {
    /** Takes an ACCESS EXCLUSIVE lock: blocks reads and writes of the table while it runs. */
    ACCESS_EXCLUSIVE_LOCK("takes an ACCESS EXCLUSIVE lock"),
    /** Rewrites the whole table (and its indexes). */
    TABLE_REWRITE("rewrites the table"),
    /** Reads the whole table to check the new rule. */
    TABLE_SCAN("scans the table"),
    /** Builds an index while blocking writes (CREATE INDEX without CONCURRENTLY). */
    INDEX_BUILD("blocks writes while the index builds"),
    /** An enum value added here cannot be used until the transaction that adds it commits. */
    NEW_ENUM_VALUE("a new enum value cannot be used in the transaction that adds it: commit before statements that "
        + "use it"),
    /** Dependent objects are dropped and re-created around the change; their privileges are not restored. */
    RECREATES_DEPENDENTS("drops and re-creates dependent objects");

    private final String description;

    Hazard(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
