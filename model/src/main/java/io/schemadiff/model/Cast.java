package io.schemadiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A cast between two types ({@code CREATE CAST}): an object of the database, named by its two types.
 *
 * @param method   {@code FUNCTION}, {@code INOUT} or {@code BINARY} (WITHOUT FUNCTION), as pg_cast.castmethod
 * @param function with FUNCTION, the function as {@code schema.name(argument types)}
 * @param context  {@code e} explicit only, {@code a} in assignment too, {@code i} implicitly, as pg_cast.castcontext
 */
public record Cast(DataType source, DataType target, String method, Optional<String> function, char context,
                   Optional<String> comment) implements SchemaObject {
    public Cast {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(comment, "comment");
    }

    /** {@code (source AS target)}: how CREATE, DROP and COMMENT ON name a cast. */
    public String signature() {
        return signature(source, target);
    }

    public static String signature(DataType source, DataType target) {
        return "(" + source.sql() + " AS " + target.sql() + ")";
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.CAST, "", signature(), "");
    }

    public Cast withComment(Optional<String> c) {
        return new Cast(source, target, method, function, context, c);
    }
}
