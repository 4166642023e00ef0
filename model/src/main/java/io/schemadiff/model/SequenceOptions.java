package io.schemadiff.model;

import java.util.Objects;

/**
 * A sequence's parameters with every default resolved the way the server resolves it, so that
 * {@code CREATE SEQUENCE s} and pg_dump's {@code START WITH 1 INCREMENT BY 1 NO MINVALUE …} compare equal.
 *
 * @param type smallint, integer or bigint
 */
public record SequenceOptions(String type, long start, long increment, long min, long max, long cache,
                              boolean cycle) {
    public SequenceOptions {
        Objects.requireNonNull(type, "type");
    }

    /** The options of {@code CREATE SEQUENCE} with nothing given. */
    public static SequenceOptions defaults(String type) {
        return resolve(type, null, null, null, null, null, null);
    }

    /**
     * Fills in what was not given (null) as DefineSequence() does: bounds from the type and the sign of the
     * increment, the start from the bound on the side the sequence starts.
     */
    public static SequenceOptions resolve(String type, Long start, Long increment, Long min, Long max, Long cache,
                                          Boolean cycle) {
        long inc = increment == null ? 1 : increment;
        long typeMax = typeMax(type);
        long lo = min != null ? min : inc > 0 ? 1 : -typeMax - 1;
        long hi = max != null ? max : inc > 0 ? typeMax : -1;
        long st = start != null ? start : inc > 0 ? lo : hi;
        return new SequenceOptions(type, st, inc, lo, hi, cache == null ? 1 : cache, cycle != null && cycle);
    }

    /** The defaults this sequence would get for its bounds, to print NO MINVALUE / NO MAXVALUE. */
    public boolean defaultMin() {
        return min == (increment > 0 ? 1 : -typeMax(type) - 1);
    }

    public boolean defaultMax() {
        return max == (increment > 0 ? typeMax(type) : -1);
    }

    public boolean defaultStart() {
        return start == (increment > 0 ? min : max);
    }

    public static long typeMax(String type) {
        return switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    public SequenceOptions withType(String t) {
        return new SequenceOptions(t, start, increment, min, max, cache, cycle);
    }
}
