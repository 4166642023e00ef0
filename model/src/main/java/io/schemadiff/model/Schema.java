package io.schemadiff.model;

import java.util.Objects;
import java.util.Optional;

/** A schema (a namespace: pg_namespace). */
public record Schema(String name, Optional<String> comment) implements SchemaObject {
    public Schema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.schema(name);
    }

    public Schema withComment(Optional<String> c) {
        return new Schema(name, c);
    }
}
