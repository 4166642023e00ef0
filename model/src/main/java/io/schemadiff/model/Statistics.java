package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An extended statistics object ({@code CREATE STATISTICS}).
 *
 * @param kinds       ndistinct, dependencies, mcv: those it builds, in that order
 * @param columns     the columns it covers, in the table's order (as the server keeps them)
 * @param expressions the expressions it covers, in their order
 * @param target      {@code ALTER STATISTICS … SET STATISTICS n}; empty for the default
 */
public record Statistics(QualifiedName name, QualifiedName table, List<String> kinds, List<String> columns,
                         List<Expression> expressions, Optional<Integer> target, Optional<String> comment)
    implements SchemaObject {
    /** Every kind there is (PostgreSQL 12 and later): what a statement that names none builds. */
    public static final List<String> ALL_KINDS = List.of("ndistinct", "dependencies", "mcv");

    public Statistics {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        kinds = List.copyOf(kinds);
        columns = List.copyOf(columns);
        expressions = List.copyOf(expressions);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.STATISTICS, name);
    }

    public Statistics withComment(Optional<String> c) {
        return new Statistics(name, table, kinds, columns, expressions, target, c);
    }

    public Statistics withTarget(Optional<Integer> t) {
        return new Statistics(name, table, kinds, columns, expressions, t, comment);
    }

    public Statistics withColumns(List<String> cs) {
        return new Statistics(name, table, kinds, cs, expressions, target, comment);
    }

    public Statistics withName(QualifiedName n) {
        return new Statistics(n, table, kinds, columns, expressions, target, comment);
    }
}
