package io.schemadiff.parser.expr;

import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Type names ({@code Typename} in the server's grammar): the built-in spellings with their modifiers
 * ({@code character varying(10)}, {@code timestamp(3) with time zone}, {@code interval day to second}), qualified
 * names with modifiers, and array bounds. A modifier is an expression, read by the expression parser this serves.
 */
final class TypeNames {
    private final TokenCursor c;
    private final ExprParser expr;

    TypeNames(TokenCursor c, ExprParser expr) {
        this.c = c;
        this.expr = expr;
    }

    /** A {@code Typename}: built-in spellings, qualified names with modifiers, arrays. */
    RawType parseType() {
        int start = c.peek().start();
        c.accept("setof");
        RawType base = simpleType(start);
        boolean array = false;
        while (true) {
            if (c.is(TokenType.LBRACKET)) {
                c.next();
                if (c.is(TokenType.NUMBER)) {
                    c.next();
                }
                c.expect(TokenType.RBRACKET);
                array = true;
            } else if (c.is("array")) {
                c.next();
                if (c.accept(TokenType.LBRACKET)) {
                    if (c.is(TokenType.NUMBER)) {
                        c.next();
                    }
                    c.expect(TokenType.RBRACKET);
                }
                array = true;
            } else {
                break;
            }
        }
        int end = c.previous().end();
        return new RawType(base.names(), base.typmods(), base.builtin(), array, start, end);
    }

    private RawType simpleType(int start) {
        Token t = c.peek();
        if (t.type() == TokenType.IDENT) {
            String w = t.value();
            switch (w) {
                case "double" -> {
                    if (c.peek(1).is("precision")) {
                        c.next();
                        c.next();
                        return builtin("double precision", List.of(), start);
                    }
                }
                case "character", "char", "nchar", "national" -> {
                    return characterType(start);
                }
                case "varchar" -> {
                    c.next();
                    return builtin("character varying", typmods(), start);
                }
                case "bit" -> {
                    c.next();
                    boolean varying = c.accept("varying");
                    List<String> mods = typmods();
                    if (!varying && mods.isEmpty()) {
                        mods = List.of("1");
                    }
                    return builtin(varying ? "bit varying" : "bit", mods, start);
                }
                case "float" -> {
                    c.next();
                    List<String> mods = typmods();
                    if (mods.isEmpty()) {
                        return builtin("double precision", List.of(), start);
                    }
                    int p;
                    try {
                        p = Integer.parseInt(mods.get(0));
                    } catch (NumberFormatException e) {
                        throw c.error("precision for type float must be an integer");
                    }
                    if (p < 1 || p > 53) {
                        throw c.error("precision for type float must be between 1 and 53 bits");
                    }
                    return builtin(p <= 24 ? "real" : "double precision", List.of(), start);
                }
                case "decimal", "dec", "numeric" -> {
                    c.next();
                    List<String> mods = typmods();
                    if (mods.size() == 1) {
                        mods = List.of(mods.get(0), "0");
                    }
                    return builtin("numeric", mods, start);
                }
                case "int", "integer", "smallint", "bigint", "real", "boolean" -> {
                    if (!c.peek(1).is(TokenType.DOT)) {
                        c.next();
                        return builtin(w, List.of(), start);
                    }
                }
                case "time", "timestamp" -> {
                    if (!c.peek(1).is(TokenType.DOT)) {
                        c.next();
                        List<String> mods = typmods();
                        String zone = " without time zone";
                        if (c.isSeq("with", "time", "zone")) {
                            c.next();
                            c.next();
                            c.next();
                            zone = " with time zone";
                        } else if (c.isSeq("without", "time", "zone")) {
                            c.next();
                            c.next();
                            c.next();
                        }
                        return builtin(w + zone, mods, start);
                    }
                }
                case "interval" -> {
                    if (!c.peek(1).is(TokenType.DOT)) {
                        c.next();
                        if (c.is(TokenType.LPAREN)) {
                            return builtin("interval", typmods(), start);
                        }
                        return intervalFields(start);
                    }
                }
                default -> {
                }
            }
        }
        // GenericType: a possibly qualified name with optional modifiers
        List<String> names = new ArrayList<>();
        names.add(c.expectName());
        while (c.is(TokenType.DOT) && c.peek(1).isName()) {
            c.next();
            names.add(c.expectName());
        }
        List<String> mods = typmods();
        return new RawType(names, mods, false, false, start, c.previous().end());
    }

    RawType intervalFields(int start) {
        String fields = "";
        String[] units = {"year", "month", "day", "hour", "minute", "second"};
        for (String u : units) {
            if (c.is(u)) {
                c.next();
                fields = u;
                if (c.is("to")) {
                    c.next();
                    fields += " to " + c.next().value();
                }
                break;
            }
        }
        List<String> mods = typmods();
        return builtin(fields.isEmpty() ? "interval" : "interval " + fields, mods, start);
    }

    private RawType characterType(int start) {
        String w = c.next().value();
        if (w.equals("national")) {
            if (!c.accept("character")) {
                c.expect("char");
            }
        }
        boolean varying = c.accept("varying");
        List<String> mods = typmods();
        if (varying) {
            return builtin("character varying", mods, start);
        }
        if (mods.isEmpty()) {
            mods = List.of("1");
        }
        return builtin("character", mods, start);
    }

    private RawType builtin(String name, List<String> mods, int start) {
        return new RawType(List.of(name), mods, true, false, start, c.previous().end());
    }

    /** {@code (10, 2)} after a type name: each modifier as canonical text. */
    private List<String> typmods() {
        if (!c.is(TokenType.LPAREN)) {
            return List.of();
        }
        c.next();
        List<String> mods = c.commaList(() -> {
            int from = c.position();
            expr.parse();
            return TokenText.canonical(c.statement().tokens(), from, c.position());
        });
        c.expect(TokenType.RPAREN);
        return mods;
    }
}
