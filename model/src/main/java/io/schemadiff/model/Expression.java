package io.schemadiff.model;

import java.util.List;
import java.util.Objects;

/**
 * An SQL expression (a default, a check, an index key, a view's query) kept two ways: the author's own
 * text, which is what generated SQL prints, and a canonical form, which is what comparisons use.
 * Two expressions are equal when their canonical forms are.
 *
 * <p>{@code searchPath} is the search_path under which the author's text was written: unqualified names in
 * it resolve through that path, so generated SQL sets it before printing the text.
 */
public final class Expression {
    private final String text;
    private final String canonical;
    private final List<String> searchPath;

    public Expression(String text, String canonical, List<String> searchPath) {
        this.text = Objects.requireNonNull(text, "text");
        this.canonical = canonical.equals(text) ? text : Objects.requireNonNull(canonical, "canonical");
        this.searchPath = List.copyOf(searchPath);
    }

    /** An expression whose text is already canonical and needs no search path (written by us). */
    public static Expression canonical(String text) {
        return new Expression(text, text, List.of());
    }

    public String text() {
        return text;
    }

    public String canonical() {
        return canonical;
    }

    public List<String> searchPath() {
        return searchPath;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expression e && e.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
