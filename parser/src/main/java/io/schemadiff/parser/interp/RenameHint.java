package io.schemadiff.parser.interp;

import io.schemadiff.model.ObjectId;
import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rename hint read from a schema: {@code -- schemadiff: renamed from old_name} on the line that defines an object
 * says that the object had the name {@code old_name} before (in the same schema, table or enum). The differ renames
 * the old object instead of dropping it and creating this one, when the source schema has it.
 *
 * <p>A line can define more than one object (a column and the key named on it, a table and its first column): the
 * hint holds them all, in the order the line has them, and renames the first the source has under the old name.
 *
 * @param candidates what the hint may be on, as this schema names it
 * @param source     the schema text the hint is in
 * @param offset     where in it
 */
public record RenameHint(List<Target> candidates, Source source, int offset) {
    public RenameHint {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a hint is on something");
        }
        Objects.requireNonNull(source, "source");
    }

    /**
     * One object the hint may be on.
     *
     * @param object the object (a column: its {@link ObjectId#column} id); for an enum label, the enum type
     * @param label  the label, for an enum label; empty otherwise
     * @param from   the old name: of the object itself (its schema, table or enum are those of {@code object}), or
     *               the old label (as written: labels are not folded)
     */
    public record Target(ObjectId object, Optional<String> label, String from) {
        public Target {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(from, "from");
        }
    }

    /** {@code file:line:col} of the hint. */
    public String place() {
        return source.location(offset);
    }
}
