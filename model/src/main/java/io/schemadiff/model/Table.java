package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: its columns in their physical order and its constraints by name.
 *
 * @param unlogged         {@code CREATE UNLOGGED TABLE}
 * @param rowSecurity      {@code ALTER TABLE … ENABLE ROW LEVEL SECURITY}
 * @param forceRowSecurity {@code ALTER TABLE … FORCE ROW LEVEL SECURITY}
 */
public record Table(QualifiedName name, List<Column> columns, List<Constraint> constraints, boolean unlogged,
                    boolean rowSecurity, boolean forceRowSecurity, Optional<String> comment) implements SchemaObject {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TABLE, name);
    }

    public Optional<Column> column(String col) {
        for (Column c : columns) {
            if (c.name().equals(col)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Constraint> constraint(String con) {
        for (Constraint c : constraints) {
            if (c.name().equals(con)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Constraint.PrimaryKey> primaryKey() {
        for (Constraint c : constraints) {
            if (c instanceof Constraint.PrimaryKey pk) {
                return Optional.of(pk);
            }
        }
        return Optional.empty();
    }
}
