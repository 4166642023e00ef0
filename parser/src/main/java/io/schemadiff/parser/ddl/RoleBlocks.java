package io.schemadiff.parser.ddl;

import io.schemadiff.parser.lex.Lexer;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.Set;

/**
 * Whether a DO block only makes roles (and role memberships): the schema files' usual way to make the roles they
 * grant to, whatever conditions, loops and exception handlers surround it. Roles are cluster-wide, not the
 * schema's, so such a block is passed over. Decided statement by statement: every PL/pgSQL statement of the body
 * must be a role statement, control flow, or harmless (NULL, RAISE, an assignment of plain values); a dynamic
 * {@code EXECUTE} counts only when its SQL can be read whole from its literal text (a {@code format()} template or
 * a concatenation of strings) and is role statements through and through. Anything else, or anything not
 * understood, and the block is not role-only (and is reported where it is not modeled).
 */
final class RoleBlocks {
    private RoleBlocks() {}

    /** PL/pgSQL statements that change nothing of a schema. */
    private static final Set<String> HARMLESS = Set.of("null", "raise", "return", "exit", "continue", "assert",
        "get");
    /** Functions that compute values and change nothing (in an assignment or a format() argument). */
    private static final Set<String> PURE = Set.of("format", "quote_ident", "quote_literal", "quote_nullable",
        "concat", "concat_ws", "lower", "upper", "coalesce", "current_database", "current_user", "current_setting",
        "array", "replace", "trim", "btrim", "length", "string_agg", "array_to_string", "exists");

    static boolean onlyRoles(List<Token> body, Source source) {
        boolean any = false;
        boolean declaring = false;
        int start = 0;
        for (int i = 0; i <= body.size(); i++) {
            if (i < body.size() && body.get(i).type() != TokenType.SEMICOLON) {
                continue;
            }
            List<Token> piece = body.subList(start, i);
            start = i + 1;
            int k = 0;
            if (piece.size() >= 3 && piece.get(0).isOperator("<<")) {
                k = 3; // << label >>
            }
            if (k < piece.size() && piece.get(k).is("declare")) {
                declaring = true;
                k++;
            }
            if (declaring) {
                // declarations up to BEGIN: name [CONSTANT] type [NOT NULL] [:= | DEFAULT expr]
                int begin = indexOf(piece, k, "begin");
                if (begin < 0) {
                    if (!pureValues(piece, k, piece.size())) {
                        return false;
                    }
                    continue;
                }
                if (!pureValues(piece, k, begin)) {
                    return false;
                }
                declaring = false;
                k = begin;
            }
            k = skipControl(piece, k);
            if (k < 0) {
                return false;
            }
            if (k >= piece.size()) {
                continue;
            }
            Kind kind = kind(piece.subList(k, piece.size()), source, true);
            if (kind == Kind.OTHER) {
                return false;
            }
            any |= kind == Kind.ROLE;
        }
        return any;
    }

    private enum Kind { ROLE, HARMLESS, OTHER }

    /**
     * Skips what opens or closes control flow at the start of a piece: labels, BEGIN, IF / ELSIF / WHEN / CASE …
     * THEN, ELSE, LOOP, FOR / FOREACH / WHILE … LOOP, EXCEPTION, END [IF | LOOP | CASE]. The index of the statement
     * after it, or -1 when a condition has no end.
     */
    private static int skipControl(List<Token> piece, int k) {
        while (k < piece.size()) {
            Token t = piece.get(k);
            if (t.isOperator("<<")) {
                k = k + 3; // << label >>
            } else if (t.is("begin") || t.is("else") || t.is("loop") || t.is("exception")) {
                k++;
            } else if (t.is("end")) {
                return piece.size(); // END [IF | LOOP | CASE] [label]
            } else if (t.is("if") || t.is("elsif") || t.is("elseif") || t.is("when") || t.is("case")) {
                int then = indexOf(piece, k + 1, "then");
                if (then < 0 || !pureValues(piece, k + 1, then, true)) {
                    return -1;
                }
                k = then + 1;
            } else if (t.is("for") || t.is("foreach") || t.is("while")) {
                int loop = indexOf(piece, k + 1, "loop");
                if (loop < 0 || !pureValues(piece, k + 1, loop, true)) {
                    return -1;
                }
                k = loop + 1;
            } else {
                return k;
            }
        }
        return k;
    }

    /** The index of {@code word} outside parentheses from {@code from}, or -1. */
    private static int indexOf(List<Token> piece, int from, String word) {
        int depth = 0;
        for (int i = from; i < piece.size(); i++) {
            Token t = piece.get(i);
            if (t.is(TokenType.LPAREN)) {
                depth++;
            } else if (t.is(TokenType.RPAREN)) {
                depth--;
            } else if (depth == 0 && t.is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** What one statement does: makes or grants roles, nothing of the schema, or anything else. */
    private static Kind kind(List<Token> st, Source source, boolean dynamic) {
        Token first = st.get(0);
        Token next = st.size() > 1 ? st.get(1) : null;
        Token after = st.size() > 2 ? st.get(2) : null;
        if (first.is("create") || first.is("alter") || first.is("drop")) {
            boolean role = next != null && (next.is("role") || next.is("group")
                || next.is("user") && (after == null || !after.is("mapping")));
            return role ? Kind.ROLE : Kind.OTHER;
        }
        if (first.is("grant") || first.is("revoke")) {
            // GRANT role TO role; a privilege names what it is ON
            return st.stream().anyMatch(x -> x.is("on")) ? Kind.OTHER : Kind.ROLE;
        }
        if (dynamic && first.is("execute")) {
            return executed(st.subList(1, st.size()), source);
        }
        if (first.type() == TokenType.IDENT && HARMLESS.contains(first.value())) {
            return Kind.HARMLESS;
        }
        if (first.isName() && next != null && (next.is(TokenType.COLON_EQUALS) || next.isOperator("="))) {
            return pureValues(st, 2, st.size()) ? Kind.HARMLESS : Kind.OTHER;
        }
        return Kind.OTHER;
    }

    private static boolean pureValues(List<Token> tokens, int from, int to) {
        return pureValues(tokens, from, to, false);
    }

    /**
     * Whether tokens compute values only: literals, names, operators, calls of {@link #PURE} functions, and (in a
     * condition, {@code queries}) queries of such values ({@code EXISTS (SELECT FROM pg_roles WHERE …)}).
     */
    private static boolean pureValues(List<Token> tokens, int from, int to, boolean queries) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isName() && i + 1 < to && tokens.get(i + 1).is(TokenType.LPAREN)
                && !(t.type() == TokenType.IDENT && PURE.contains(t.value()))) {
                return false;
            }
            if (t.is("select") && !queries || t.is("execute") || t.is("perform") || t.is("insert")
                || t.is("update") || t.is("delete")) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code EXECUTE 'sql'}, {@code EXECUTE format('template', …)}, {@code EXECUTE 'a' || x || 'b'}: the SQL made
     * from the literal text, each value put in as a name; role statements only, or it is not role-only.
     */
    private static Kind executed(List<Token> arg, Source source) {
        int end = indexOf(arg, 0, "using");
        List<Token> expr = end < 0 ? arg : arg.subList(0, end);
        String sql;
        if (expr.size() >= 4 && expr.get(0).is("format") && expr.get(1).is(TokenType.LPAREN)
            && expr.get(2).type() == TokenType.STRING && expr.get(expr.size() - 1).is(TokenType.RPAREN)) {
            if (!pureValues(expr, 3, expr.size())) {
                return Kind.OTHER;
            }
            sql = expr.get(2).value().replaceAll("%(?:\\d+\\$)?-?\\d*[IsL]", " x ").replace("%%", "%");
        } else {
            StringBuilder sb = new StringBuilder();
            int depth = 0;
            boolean operand = true;
            for (Token t : expr) {
                if (depth == 0 && t.isOperator("||")) {
                    operand = true;
                    continue;
                }
                if (t.is(TokenType.LPAREN)) {
                    depth++;
                } else if (t.is(TokenType.RPAREN)) {
                    depth--;
                }
                if (depth == 0 && operand) {
                    sb.append(t.type() == TokenType.STRING ? t.value() : " x ");
                    operand = false;
                }
            }
            if (!pureValues(expr, 0, expr.size())) {
                return Kind.OTHER;
            }
            sql = sb.toString();
        }
        List<Statement> statements;
        try {
            Source text = new Source(source.name(), sql);
            statements = StatementSplitter.split(text, Lexer.tokenize(text));
        } catch (InputError e) {
            return Kind.OTHER;
        }
        if (statements.isEmpty()) {
            return Kind.OTHER;
        }
        for (Statement st : statements) {
            if (st.isMeta() || kind(st.tokens(), source, false) != Kind.ROLE) {
                return Kind.OTHER;
            }
        }
        return Kind.ROLE;
    }
}
