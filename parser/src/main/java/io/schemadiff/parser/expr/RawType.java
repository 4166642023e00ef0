package io.schemadiff.parser.expr;

import java.util.List;

/**
 * A type name as written, before the search path resolves it.
 *
 * @param names    the name's parts ({@code [schema,] name}); for the grammar's built-in spellings
 *                 ({@code double precision}, {@code character varying}) a single part with the words
 *                 joined by one space
 * @param typmods  the modifier arguments as written, e.g. {@code [10, 2]}; empty when none
 * @param builtin  spelled with the grammar's type keywords (so never a user type)
 * @param array    declared as an array ({@code []}, {@code [3]}, {@code ARRAY})
 */
public record RawType(List<String> names, List<String> typmods, boolean builtin, boolean array, int start, int end) {
    public RawType {
        names = List.copyOf(names);
        typmods = List.copyOf(typmods);
    }

    public String lastName() {
        return names.get(names.size() - 1);
    }

    public boolean qualified() {
        return names.size() > 1;
    }
}
