package io.schemadiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An operator ({@code CREATE OPERATOR}), named by its schema, symbol and operand types. Function names are canonical
 * ({@code schema.name}, pg_catalog's bare); {@code commutator} and {@code negator} are {@code schema.symbol}.
 *
 * @param left  the left operand's type; empty for a prefix operator
 */
public record Operator(QualifiedName name, Optional<DataType> left, DataType right, String function,
                       Optional<String> commutator, Optional<String> negator, Optional<String> restrict,
                       Optional<String> join, boolean hashes, boolean merges, Optional<String> comment)
    implements SchemaObject {
    public Operator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(commutator, "commutator");
        Objects.requireNonNull(negator, "negator");
        Objects.requireNonNull(restrict, "restrict");
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(comment, "comment");
    }

    /** {@code (integer, integer)}, {@code (NONE, integer)}: the operands as DROP and COMMENT ON name them. */
    public static String operands(Optional<DataType> left, DataType right) {
        return "(" + left.map(DataType::sql).orElse("NONE") + ", " + right.sql() + ")";
    }

    /** {@code schema.symbol}, as OPERATOR(…) and DROP OPERATOR write it. */
    public String symbol() {
        return Identifiers.quote(name.schema()) + "." + name.name();
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.OPERATOR, name.schema(), name.name(), operands(left, right));
    }

    public Operator withComment(Optional<String> c) {
        return new Operator(name, left, right, function, commutator, negator, restrict, join, hashes, merges, c);
    }
}
