package io.schemadiff.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An aggregate function ({@code CREATE AGGREGATE}). It lives among the functions (same name space, same
 * identity: name and argument types), so its id is a {@link ObjectKind#FUNCTION} id.
 *
 * @param arguments  every argument: the direct ones, then (for an ordered-set aggregate) the aggregated ones
 * @param orderedSet for an ordered-set aggregate, how many of {@code arguments} are direct (before ORDER BY);
 *                   -1 for a plain aggregate
 * @param star       {@code agg(*)}: no arguments
 * @param options    the definition, in {@link #OPTION_ORDER}: upper-case option name to its canonical value
 *                   (function and type names resolved and qualified as pg_dump prints them, INITCOND as the
 *                   string it is, flags such as FINALFUNC_EXTRA with an empty value); options at their
 *                   defaults are left out, so that writing a default out compares equal to leaving it
 * @param returns    the result type (the final function's result, else the state type) when it is known
 */
public record Aggregate(QualifiedName name, List<Function.Argument> arguments, int orderedSet, boolean star,
                        Map<String, String> options, Optional<String> returns, Optional<String> comment)
    implements SchemaObject {

    /** The order pg_dump writes the options in (dumpAgg). */
    public static final List<String> OPTION_ORDER = List.of("SFUNC", "STYPE", "SSPACE", "INITCOND", "FINALFUNC",
        "FINALFUNC_EXTRA", "FINALFUNC_MODIFY", "COMBINEFUNC", "SERIALFUNC", "DESERIALFUNC", "MSFUNC", "MINVFUNC",
        "MSTYPE", "MSSPACE", "MINITCOND", "MFINALFUNC", "MFINALFUNC_EXTRA", "MFINALFUNC_MODIFY", "SORTOP",
        "HYPOTHETICAL", "PARALLEL");

    /** Options whose value is a string constant (written quoted). */
    public static final List<String> LITERAL_OPTIONS = List.of("INITCOND", "MINITCOND");

    /** Options that are flags: present or not. */
    public static final List<String> FLAG_OPTIONS = List.of("FINALFUNC_EXTRA", "MFINALFUNC_EXTRA", "HYPOTHETICAL");

    public Aggregate {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String k : OPTION_ORDER) {
            if (options.containsKey(k)) {
                ordered.put(k, options.get(k));
            }
        }
        if (ordered.size() != options.size()) {
            throw new IllegalArgumentException("unknown aggregate option in " + options.keySet());
        }
        options = java.util.Collections.unmodifiableMap(ordered);
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.function(name, Function.identity(arguments));
    }

    /** The argument list as DROP / COMMENT ON / ALTER AGGREGATE take it: {@code (*)}, {@code (a ORDER BY b)}. */
    public String signature() {
        if (star) {
            return "(*)";
        }
        List<String> direct = new ArrayList<>();
        List<String> aggregated = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Function.Argument a = arguments.get(i);
            String s = (a.mode().equals("VARIADIC") ? "VARIADIC " : "") + a.type().sql();
            (orderedSet >= 0 && i >= orderedSet ? aggregated : direct).add(s);
        }
        if (orderedSet < 0) {
            return "(" + String.join(", ", direct) + ")";
        }
        return "(" + String.join(", ", direct) + (direct.isEmpty() ? "" : " ") + "ORDER BY "
            + String.join(", ", aggregated) + ")";
    }

    public Aggregate withComment(Optional<String> c) {
        return new Aggregate(name, arguments, orderedSet, star, options, returns, c);
    }

    public Aggregate withName(QualifiedName n) {
        return new Aggregate(n, arguments, orderedSet, star, options, returns, comment);
    }
}
