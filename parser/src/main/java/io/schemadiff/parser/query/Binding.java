package io.schemadiff.parser.query;

import java.util.List;

/** What a column reference in a query denotes, as the analyzer bound it. */
sealed interface Binding {

    /** Column {@code column} of range variable {@code var}. */
    record Column(RangeVar var, String column) implements Binding, Side {}

    /**
     * A column JOIN … USING merged, written without a qualifier: the left one for inner and left joins, the right
     * one for right joins, COALESCE of both for full joins (what the server prints). Its type is not known.
     */
    record Merged(Side side) implements Binding {}

    /** A whole row ({@code t}) or all the columns ({@code t.*}) of a range variable: printed {@code rN.*}. */
    record Row(RangeVar var) implements Binding {}

    /** A name no range variable has, that the model cannot vouch is wrong: printed as written. */
    record AsWritten(List<String> names) implements Binding {
        public AsWritten {
            names = List.copyOf(names);
        }
    }

    /** One side of a merged column. */
    sealed interface Side permits Column, Coalesce {}

    /** {@code COALESCE(left, right)}. */
    record Coalesce(Side left, Side right) implements Side {}
}
