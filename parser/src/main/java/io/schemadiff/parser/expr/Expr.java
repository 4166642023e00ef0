package io.schemadiff.parser.expr;

import io.schemadiff.parser.lex.Token;
import java.util.List;
import java.util.Optional;

/**
 * The expression tree, close to the server's raw parse tree. Parentheses leave no trace; the canonical
 * printer adds its own. {@link Opaque} keeps a part we do not analyse (a subquery) as its normalized tokens.
 */
public sealed interface Expr {

    /** A constant. {@code kind}: number, string, bitstring, boolean or null. */
    record Const(Kind kind, String value) implements Expr {
        public enum Kind { NUMBER, STRING, BITSTRING, BOOLEAN, NULL }
    }

    /** {@code a}, {@code t.a}, {@code s.t.a}, {@code t.*}. */
    record ColumnRef(List<String> names, boolean star) implements Expr {
        public ColumnRef {
            names = List.copyOf(names);
        }
    }

    record Param(int number) implements Expr {}

    /**
     * A function call. {@code args} may carry names ({@code name => value}); {@code orderBy} is the ORDER BY
     * inside the parentheses of an aggregate, or its WITHIN GROUP ordering when {@code withinGroup}.
     */
    record FuncCall(List<String> name, List<Expr> args, List<String> argNames, boolean star, boolean distinct,
                    boolean variadic, List<Sort> orderBy, boolean withinGroup, Optional<Expr> filter,
                    Optional<Window> over) implements Expr {
        public FuncCall {
            name = List.copyOf(name);
            args = List.copyOf(args);
            argNames = List.copyOf(argNames);
            orderBy = List.copyOf(orderBy);
        }

        /** A plain call: {@code name(args)}. */
        public static FuncCall of(String name, List<Expr> args) {
            return new FuncCall(List.of(name), args, List.of(), false, false, false, List.of(), false,
                Optional.empty(), Optional.empty());
        }
    }

    /** An ORDER BY item. */
    record Sort(Expr expr, boolean descending, Optional<Boolean> nullsFirst, Optional<String> using) {}

    /** {@code OVER name} or {@code OVER ([name] PARTITION BY … ORDER BY … frame)}; the frame as canonical tokens. */
    record Window(Optional<String> name, List<Expr> partitionBy, List<Sort> orderBy, String frame) {
        public Window {
            partitionBy = List.copyOf(partitionBy);
            orderBy = List.copyOf(orderBy);
        }
    }

    /** {@code expr::type}, {@code CAST(expr AS type)}, {@code type 'literal'}. */
    record TypeCast(Expr arg, RawType type) implements Expr {}

    /** A prefix operator ({@code -x}, {@code @x}, {@code NOT x} is {@link BoolExpr}). */
    record Prefix(String op, Expr arg) implements Expr {}

    /** An infix operator; {@code op} may be schema-qualified as {@code OPERATOR(schema.op)} gives it. */
    record Binary(String op, Expr left, Expr right) implements Expr {}

    /** AND / OR with any number of arguments, NOT with one. */
    record BoolExpr(String op, List<Expr> args) implements Expr {
        public BoolExpr {
            args = List.copyOf(args);
        }
    }

    /** {@code x op ANY|ALL (array)}. */
    record ArrayCompare(String op, boolean any, Expr left, Expr right) implements Expr {}

    /** {@code IS [NOT] NULL|TRUE|FALSE|UNKNOWN|DOCUMENT|NORMALIZED}, {@code IS [NOT] DISTINCT FROM}. */
    record IsTest(Expr arg, boolean not, String what, Optional<Expr> other) implements Expr {}

    record Case(Optional<Expr> arg, List<Expr> whens, List<Expr> thens, Optional<Expr> otherwise) implements Expr {
        public Case {
            whens = List.copyOf(whens);
            thens = List.copyOf(thens);
        }
    }

    /** {@code ARRAY[…]} (nested brackets are inner arrays). */
    record ArrayExpr(List<Expr> elements) implements Expr {
        public ArrayExpr {
            elements = List.copyOf(elements);
        }
    }

    /** {@code ROW(…)} or {@code (a, b)}. */
    record Row(List<Expr> fields, boolean explicit) implements Expr {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** {@code expr[i]}, {@code expr[a:b]}, {@code (expr).field}, {@code (expr).*}. */
    record Indirection(Expr arg, String canonicalSuffix) implements Expr {}

    record Collate(Expr arg, List<String> collation) implements Expr {
        public Collate {
            collation = List.copyOf(collation);
        }
    }

    /** {@code CURRENT_TIMESTAMP}, {@code CURRENT_USER}, … with an optional precision. */
    record SqlValue(String name, Optional<String> precision) implements Expr {}

    /** {@code x BETWEEN [SYMMETRIC] a AND b} that could not be rewritten (symmetric). */
    record Between(Expr arg, boolean not, boolean symmetric, Expr low, Expr high) implements Expr {}

    /** Something kept as normalized tokens: a subquery, an unusual special form. */
    record Opaque(String canonical) implements Expr {}

    /**
     * {@code EXISTS (subquery)}, {@code x IN (subquery)}, {@code ARRAY(subquery)}, {@code (subquery)}: the
     * subquery as its reader made it, canonicalized by the context (a view resolves its names; elsewhere it stays
     * tokens).
     */
    record SubLink(String kind, Optional<Expr> test, String op, Subquery subquery) implements Expr {}
}
