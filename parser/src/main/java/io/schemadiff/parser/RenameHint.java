package io.schemadiff.parser;

import io.schemadiff.model.ObjectId;
import io.schemadiff.parser.source.Source;
import java.util.Objects;
import java.util.Optional;

/**
 * A rename hint read from a schema: {@code -- schemadiff: renamed from old_name} on the line that defines an object
 * says that the object had the name {@code old_name} before (in the same schema, table or enum). The differ renames
 * the old object instead of dropping it and creating this one, when the source schema has it.
 *
 * @param object the object the hint is on, as this schema names it (a column: its {@link ObjectId#column} id); for a
 *               hint on an enum label, the enum type
 * @param label  the label the hint is on; empty unless the hint is on an enum label
 * @param from   the old name: of the object itself (its schema, table or enum are those of {@code object}), or the
 *               old label
 * @param source the schema text the hint is in
 * @param offset where in it
 */
public record RenameHint(ObjectId object, Optional<String> label, String from, Source source, int offset) {
    public RenameHint {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(source, "source");
    }

    /** {@code file:line:col} of the hint. */
    public String place() {
        return source.location(offset);
    }
}
