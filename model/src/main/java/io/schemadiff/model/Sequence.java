package io.schemadiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A sequence. {@code ownedBy} is the column it belongs to ({@code serial}, {@code OWNED BY}): dropped with it.
 * Identity columns' sequences are not listed here; they are part of the column.
 */
public record Sequence(QualifiedName name, SequenceOptions options, Optional<ColumnRef> ownedBy,
                       Optional<String> comment) implements SchemaObject {
    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(ownedBy, "ownedBy");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.SEQUENCE, name);
    }

    public Sequence withOptions(SequenceOptions o) {
        return new Sequence(name, o, ownedBy, comment);
    }

    public Sequence withOwnedBy(Optional<ColumnRef> o) {
        return new Sequence(name, options, o, comment);
    }

    public Sequence withComment(Optional<String> c) {
        return new Sequence(name, options, ownedBy, c);
    }

    /** A column of a table. */
    public record ColumnRef(QualifiedName table, String column) {
        public ObjectId id() {
            return ObjectId.column(table, column);
        }
    }
}
