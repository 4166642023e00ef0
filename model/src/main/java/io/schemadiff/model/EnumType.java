package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code CREATE TYPE … AS ENUM}: labels in their sort order. */
public record EnumType(QualifiedName name, List<String> labels, Optional<String> comment) implements SchemaObject {
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TYPE, name);
    }

    public EnumType withLabels(List<String> l) {
        return new EnumType(name, l, comment);
    }

    public EnumType withComment(Optional<String> c) {
        return new EnumType(name, labels, c);
    }
}
