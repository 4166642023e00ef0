package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code CREATE DOMAIN}: a base type with a default, NOT NULL and named check constraints. */
public record Domain(QualifiedName name, DataType baseType, Optional<QualifiedName> collation,
                     Optional<Expression> defaultValue, boolean notNull, List<Check> checks, Optional<String> comment)
    implements SchemaObject {

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(defaultValue, "defaultValue");
        checks = List.copyOf(checks);
        Objects.requireNonNull(comment, "comment");
    }

    /** A domain's check constraint. */
    public record Check(String name, Expression expression, boolean notValid) {}

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TYPE, name);
    }

    public Domain withComment(Optional<String> c) {
        return new Domain(name, baseType, collation, defaultValue, notNull, checks, c);
    }

    public Domain withDefault(Optional<Expression> d) {
        return new Domain(name, baseType, collation, d, notNull, checks, comment);
    }

    public Domain withNotNull(boolean n) {
        return new Domain(name, baseType, collation, defaultValue, n, checks, comment);
    }

    public Domain withChecks(List<Check> c) {
        return new Domain(name, baseType, collation, defaultValue, notNull, c, comment);
    }

    public Domain withName(QualifiedName n) {
        return new Domain(n, baseType, collation, defaultValue, notNull, checks, comment);
    }
}
