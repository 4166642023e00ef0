package io.schemadiff.parser.lex;

import io.schemadiff.parser.source.InputError;

/**
 * What the reader holds to, whatever its input: past these, a statement is an {@link InputError} at the place
 * where the limit was crossed, never a crash or a hang.
 */
public final class Limits {
    private Limits() {}

    /**
     * How deeply an expression or query may nest: parentheses, brackets, subqueries, CASE, operators applied to
     * operators ({@code - - 1}, {@code 1 + 1 + …}). The server stops near this too (its max_stack_depth of 2 MB
     * allows a few thousand levels of the simplest forms, fewer of most).
     */
    public static final int MAX_DEPTH = 1000;

    /** The error at the place where an expression goes deeper than {@link #MAX_DEPTH}. */
    public static String tooDeep() {
        return "expression nested deeper than " + MAX_DEPTH + " levels (the reader's limit)";
    }
}
