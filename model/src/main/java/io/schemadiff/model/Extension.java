package io.schemadiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An installed extension. Its version is not compared: pg_dump never prints it, and the same schema file
 * installs whatever version the server has.
 */
public record Extension(String name, String schema, Optional<String> comment) implements SchemaObject {
    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.extension(name);
    }

    public Extension withComment(Optional<String> c) {
        return new Extension(name, schema, c);
    }
}
