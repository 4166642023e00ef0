package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE TYPE … AS RANGE}.
 *
 * @param options the options besides the subtype ({@code subtype_opclass}, {@code collation}, {@code canonical},
 *                {@code subtype_diff}, {@code multirange_type_name}) as {@code name=value}, sorted
 */
public record RangeType(QualifiedName name, DataType subtype, List<String> options, Optional<String> comment)
    implements SchemaObject {

    public RangeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subtype, "subtype");
        options = List.copyOf(options);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TYPE, name);
    }

    public RangeType withComment(Optional<String> c) {
        return new RangeType(name, subtype, options, c);
    }

    public RangeType withName(QualifiedName n) {
        return new RangeType(n, subtype, options, comment);
    }
}
