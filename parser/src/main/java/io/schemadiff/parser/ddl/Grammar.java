package io.schemadiff.parser.ddl;

import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.Unsupported;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.ExprParser;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import java.util.List;
import java.util.Locale;

/**
 * What every family of the DDL grammar reads with: the statement's cursor, the expression parser on it, and the
 * small productions they share (names, IF [NOT] EXISTS, expressions as text, numbers, CASCADE | RESTRICT).
 */
abstract class Grammar {
    final TokenCursor c;
    final ExprParser expr;

    Grammar(TokenCursor c, ExprParser expr) {
        this.c = c;
        this.expr = expr;
    }

    int at() {
        return c.peek().start();
    }

    Unsupported unsupported(String what) {
        return new Unsupported(what, c.statement().start());
    }

    Name name() {
        int at = at();
        List<String> parts = c.qualifiedName();
        if (parts.size() > 3) {
            throw new InputError(c.statement().source(), at,
                "improper qualified name (too many dotted names): " + String.join(".", parts));
        }
        return new Name(parts, at);
    }

    boolean ifNotExists() {
        return c.acceptSeq("if", "not", "exists");
    }

    boolean ifExists() {
        return c.acceptSeq("if", "exists");
    }

    long signedLong() {
        boolean neg = false;
        if (c.is(TokenType.OPERATOR) && (c.peek().value().equals("-") || c.peek().value().equals("+"))) {
            neg = c.next().value().equals("-");
        }
        Token t = c.expect(TokenType.NUMBER);
        try {
            int radix = radix(t.value());
            long v = Long.parseLong(radix == 10 ? t.value() : t.value().substring(2), radix);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            if (neg && t.value().equals("9223372036854775808")) {
                return Long.MIN_VALUE;
            }
            throw c.errorAt(t, "value out of range for a sequence: " + t.value());
        }
    }

    /** 16, 8 or 2 for an integer written 0x…, 0o… or 0b… (PostgreSQL 16), else 10. */
    static int radix(String number) {
        String p = number.length() > 2 ? number.substring(0, 2).toLowerCase(Locale.ROOT) : "";
        return switch (p) {
            case "0x" -> 16;
            case "0o" -> 8;
            case "0b" -> 2;
            default -> 10;
        };
    }

    /** An integer constant that fits an int; any other number is an error at it, as the server's grammar has it. */
    int integer(Token t) {
        try {
            int radix = radix(t.value());
            return Integer.parseInt(radix == 10 ? t.value() : t.value().substring(2), radix);
        } catch (NumberFormatException e) {
            throw c.errorAt(t, "expected an integer but found " + TokenCursor.describe(t));
        }
    }

    /** A numeric constant (COST, ROWS). */
    double numeric(Token t) {
        try {
            int radix = radix(t.value());
            return radix == 10 ? Double.parseDouble(t.value()) : Long.parseLong(t.value().substring(2), radix);
        } catch (NumberFormatException e) {
            throw c.errorAt(t, "expected a number but found " + TokenCursor.describe(t));
        }
    }

    boolean dropBehavior() {
        if (c.accept("cascade")) {
            return true;
        }
        c.accept("restrict");
        return false;
    }

    /** A token's text, a minus sign before a number joined to it. */
    String signedValue() {
        Token t = c.next();
        String v = t.value();
        if (t.isOperator("-") && c.is(TokenType.NUMBER)) {
            v = "-" + c.next().value();
        }
        return v;
    }

    ExprText exprText(boolean restricted) {
        int from = c.position();
        int at = at();
        Expr e = restricted ? expr.parseRestricted() : expr.parse();
        return new ExprText(e, c.text(from, c.position()), at);
    }

    /** {@code ( expr )}: the expression inside, its text without the parentheses. */
    ExprText parenExpr() {
        c.expect(TokenType.LPAREN);
        ExprText e = exprText(false);
        c.expect(TokenType.RPAREN);
        return e;
    }
}
