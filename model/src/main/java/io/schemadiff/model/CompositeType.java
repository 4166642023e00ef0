package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code CREATE TYPE … AS (…)}: a row type of its own. */
public record CompositeType(QualifiedName name, List<Attribute> attributes, Optional<String> comment)
    implements SchemaObject {

    public CompositeType {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(comment, "comment");
    }

    public record Attribute(String name, DataType type, Optional<QualifiedName> collation) {}

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TYPE, name);
    }

    public CompositeType withComment(Optional<String> c) {
        return new CompositeType(name, attributes, c);
    }

    public CompositeType withAttributes(List<Attribute> a) {
        return new CompositeType(name, a, comment);
    }

    public CompositeType withName(QualifiedName n) {
        return new CompositeType(n, attributes, comment);
    }
}
