package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A function or procedure, identified by its name and the types of its input arguments. Attributes are
 * stored resolved: an attribute left at its default (VOLATILE, CALLED ON NULL INPUT, SECURITY INVOKER,
 * PARALLEL UNSAFE, COST 100 or 1, ROWS 1000 for set-returning functions) compares equal to the same default
 * written out.
 *
 * @param returns    the canonical return type ({@code integer}, {@code SETOF text}, {@code TABLE(a integer)},
 *                   {@code trigger}); empty for a procedure
 * @param body       the definition: the string after AS (prosrc, exactly as the server keeps it), or the
 *                   SQL-standard body ({@code RETURN …} / {@code BEGIN ATOMIC … END}) as written
 * @param sqlBody    whether {@code body} is an SQL-standard body rather than a string
 * @param linkSymbol for {@code AS 'obj_file', 'link_symbol'}
 * @param settings   {@code SET name TO value} clauses as {@code name=value}, in order
 */
public record Function(QualifiedName name, boolean procedure, List<Argument> arguments, Optional<String> returns,
                       String language, String body, boolean sqlBody, Optional<String> linkSymbol,
                       String volatility, boolean strict, boolean securityDefiner, boolean leakproof,
                       String parallel, double cost, double rows, boolean window, List<String> settings,
                       Optional<String> comment) implements SchemaObject {

    public Function {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(linkSymbol, "linkSymbol");
        Objects.requireNonNull(volatility, "volatility");
        Objects.requireNonNull(parallel, "parallel");
        settings = List.copyOf(settings);
        Objects.requireNonNull(comment, "comment");
    }

    /** One argument. {@code mode}: IN, OUT, INOUT or VARIADIC. */
    public record Argument(String mode, Optional<String> name, DataType type, Optional<Expression> defaultValue) {
        public Argument {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(defaultValue, "defaultValue");
        }

        /** Whether the argument is part of the function's identity (OUT arguments are not). */
        public boolean identifies() {
            return !mode.equals("OUT");
        }
    }

    /** The identity arguments as the server prints them: {@code (integer, text)}. */
    public static String identity(List<Argument> args) {
        return args.stream().filter(Argument::identifies)
            .map(a -> (a.mode().equals("VARIADIC") ? "VARIADIC " : "") + a.type().sql())
            .collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public ObjectId id() {
        return ObjectId.function(name, identity(arguments));
    }

    public Function withComment(Optional<String> c) {
        return new Function(name, procedure, arguments, returns, language, body, sqlBody, linkSymbol, volatility,
            strict, securityDefiner, leakproof, parallel, cost, rows, window, settings, c);
    }

    public Function withName(QualifiedName n) {
        return new Function(n, procedure, arguments, returns, language, body, sqlBody, linkSymbol, volatility,
            strict, securityDefiner, leakproof, parallel, cost, rows, window, settings, comment);
    }

    /** The default cost: 1 for C and internal functions, 100 for the rest. */
    public static double defaultCost(String language) {
        return language.equals("c") || language.equals("internal") ? 1 : 100;
    }
}
