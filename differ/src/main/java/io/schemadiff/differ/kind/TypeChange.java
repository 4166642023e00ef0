package io.schemadiff.differ.kind;

import io.schemadiff.model.DataType;
import java.util.List;
import java.util.Set;

/**
 * The kind of a column type change, for safety and for whether the server needs USING; {@code viaText} when
 * there is no cast between the two (built-in) types and USING must go through text.
 */
record TypeChange(boolean widening, boolean binaryCoercible, boolean needsUsing, boolean viaText) {
    TypeChange(boolean widening, boolean binaryCoercible, boolean needsUsing) {
        this(widening, binaryCoercible, needsUsing, false);
    }

    private static final List<String> INTS = List.of("smallint", "integer", "bigint");
    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
        "double precision");
    private static final Set<String> STRINGS = Set.of("text", "character varying", "character", "bpchar", "name");

    static TypeChange of(DataType a, DataType b) {
        if (a.equals(b)) {
            return new TypeChange(true, true, false);
        }
        boolean builtins = a.isBuiltin() && b.isBuiltin();
        if (a.array() != b.array()) {
            return new TypeChange(false, false, true, builtins && !BuiltinCasts.exists(a, b));
        }
        String x = a.name();
        String y = b.name();
        if (builtins && x.equals(y)) {
            // only the modifier changes
            boolean wider = b.typmod().isEmpty() || widerTypmod(x, a.typmod(), b.typmod());
            boolean coercible = wider && !x.equals("character") && !x.startsWith("timestamp")
                && !x.startsWith("time ") && !x.startsWith("interval");
            return new TypeChange(wider, coercible || (wider && x.equals("character varying")), false);
        }
        if (builtins && INTS.contains(x) && INTS.contains(y)) {
            return new TypeChange(INTS.indexOf(y) > INTS.indexOf(x), false, false);
        }
        if (builtins && INTS.contains(x) && y.equals("numeric")) {
            return new TypeChange(b.typmod().isEmpty() || integerDigits(b.typmod()) >= new int[] {5, 10, 19}[
                INTS.indexOf(x)], false, false);
        }
        if (builtins && x.equals("real") && y.equals("double precision")) {
            return new TypeChange(true, false, false);
        }
        if (builtins && NUMBERS.contains(x) && NUMBERS.contains(y)) {
            return new TypeChange(false, false, false);
        }
        if (builtins && STRINGS.contains(x) && STRINGS.contains(y)) {
            boolean toUnbounded = y.equals("text") || (y.equals("character varying") && b.typmod().isEmpty());
            boolean fromVarying = x.equals("character varying") || x.equals("text");
            return new TypeChange(toUnbounded && !x.equals("name"), toUnbounded && fromVarying, false);
        }
        if (builtins && STRINGS.contains(y) && y.equals("text")) {
            return new TypeChange(true, false, false); // every type converts to text by assignment
        }
        if (builtins && (x.startsWith("timestamp") && y.startsWith("timestamp")
            || x.equals("date") && y.startsWith("timestamp"))) {
            return new TypeChange(false, false, false);
        }
        return new TypeChange(false, false, true, builtins && !BuiltinCasts.exists(a, b));
    }

    /** Digits before the decimal point that numeric(p,s) holds. */
    private static int integerDigits(String typmod) {
        String[] f = typmod.substring(1, typmod.length() - 1).split(",");
        try {
            return Integer.parseInt(f[0].trim()) - (f.length > 1 ? Integer.parseInt(f[1].trim()) : 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean widerTypmod(String type, String from, String to) {
        if (from.isEmpty()) {
            return false;
        }
        String[] f = from.substring(1, from.length() - 1).split(",");
        String[] t = to.substring(1, to.length() - 1).split(",");
        try {
            if (type.equals("numeric")) {
                int fp = Integer.parseInt(f[0].trim());
                int fs = f.length > 1 ? Integer.parseInt(f[1].trim()) : 0;
                int tp = Integer.parseInt(t[0].trim());
                int ts = t.length > 1 ? Integer.parseInt(t[1].trim()) : 0;
                return ts >= fs && tp - ts >= fp - fs;
            }
            return Integer.parseInt(t[0].trim()) >= Integer.parseInt(f[0].trim());
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
