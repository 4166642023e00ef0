package io.schemadiff.differ.plan;

/**
 * What a statement does to a running database beyond its effect on the schema, as far as the differ knows it from
 * the change it makes (the locks a statement takes are classified from its text, by the parser's locks package).
 */
public enum Hazard {
    /** Rewrites the whole table (and its indexes). */
    TABLE_REWRITE("rewrites the table"),
    /** Reads the whole table to check the new rule. */
    TABLE_SCAN("scans the table"),
    /** Builds an index while blocking writes (CREATE INDEX without CONCURRENTLY). */
    INDEX_BUILD("blocks writes while the index builds"),
    /** An enum value added here cannot be used until the transaction that adds it commits. */
    NEW_ENUM_VALUE("a new enum value cannot be used in the transaction that adds it: commit before statements that "
        + "use it");

    private final String description;

    Hazard(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
