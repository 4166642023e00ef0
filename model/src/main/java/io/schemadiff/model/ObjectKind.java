package io.schemadiff.model;

/**
 * Every kind of object the model knows, in the order pg_dump would create independent objects of
 * these kinds (its dump priority): ties in the dependency order are broken by this order.
 */
public enum ObjectKind {
    SCHEMA("schema"),
    EXTENSION("extension"),
    COLLATION("collation"),
    TYPE("type"),
    FUNCTION("function"),
    CAST("cast"),
    OPERATOR("operator"),
    SEQUENCE("sequence"),
    TABLE("table"),
    COLUMN("column"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    INDEX("index"),
    STATISTICS("statistics"),
    CONSTRAINT("constraint"),
    TRIGGER("trigger"),
    POLICY("policy"),
    PUBLICATION("publication"),
    EVENT_TRIGGER("event trigger"),
    /** Default privileges: {@code schema} the schema ("" for all), {@code name} the role, {@code member} the class. */
    DEFAULT_PRIVILEGES("default privileges");

    private final String sqlWord;

    ObjectKind(String sqlWord) {
        this.sqlWord = sqlWord;
    }

    /** The kind as SQL names it ({@code MATERIALIZED VIEW} in {@code DROP MATERIALIZED VIEW}), lower case. */
    public String sqlWord() {
        return sqlWord;
    }
}
