package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE COLLATION}.
 *
 * @param options {@code name=value} (provider, locale, lc_collate, lc_ctype, deterministic, rules, version are
 *                not compared), sorted, defaults left out; or {@code from=schema.name} for a copy
 */
public record Collation(QualifiedName name, List<String> options, Optional<String> comment) implements SchemaObject {
    public Collation {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.COLLATION, name);
    }

    public Collation withComment(Optional<String> c) {
        return new Collation(name, options, c);
    }
}
