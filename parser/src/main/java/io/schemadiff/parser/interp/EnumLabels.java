package io.schemadiff.parser.interp;

import io.schemadiff.model.Identifiers;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.lex.Lexer;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A renamed enum label in canonical SQL. The server keeps an enum constant by the label's identity, so after
 * {@code ALTER TYPE … RENAME VALUE} a default, check, index predicate or view shows the new label. Canonical text
 * leaves out the cast the server adds to a string compared with an enum column ({@code (m = 'happy')}), so a
 * constant is taken as a label of the enum where its context shows it: cast to the enum, compared with a column of
 * it ({@code =}, {@code <>}, {@code <}, …, {@code IS [NOT] DISTINCT FROM}, {@code = ANY (ARRAY[…])}), or a
 * {@code WHEN} of a {@code CASE} over such a column. A string elsewhere (compared with a text column) is left alone.
 */
final class EnumLabels {
    private EnumLabels() {}

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");
    private static final Set<String> ARRAY_OPERATORS = Set.of("@>", "<@", "&&");

    /**
     * {@code sql} with the label {@code from} of enum {@code type} renamed to {@code to}; null when nothing changed.
     * {@code enumColumn} says whether a column reference (its qualifier, null when bare, and its name) is of the
     * enum (or of a domain over it), {@code enumArrayColumn} whether it is of an array of it.
     */
    static String rewrite(String sql, QualifiedName type, String from, String to,
                          BiPredicate<String, String> enumColumn, BiPredicate<String, String> enumArrayColumn) {
        String quoted = Identifiers.literal(from);
        if (!sql.contains(quoted.substring(0, quoted.length() - 1))) {
            return null;
        }
        List<Token> ts;
        try {
            ts = Lexer.tokenize(new Source("", sql));
        } catch (RuntimeException e) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (!t.is(TokenType.STRING) || !t.value().equals(from)) {
                continue;
            }
            if (castTo(ts, k, type) || compared(ts, k, enumColumn) || inArray(ts, k, enumColumn, enumArrayColumn)
                || caseWhen(ts, k, enumColumn)) {
                out.append(sql, last, t.start()).append(Identifiers.literal(to));
                last = t.end();
                changed = true;
            }
        }
        return changed ? out.append(sql.substring(last)).toString() : null;
    }

    /** {@code 'x'::schema.type} or {@code ('x')::schema.type}. */
    private static boolean castTo(List<Token> ts, int k, QualifiedName type) {
        int c = k + 1;
        if (at(ts, c, TokenType.RPAREN) && at(ts, k - 1, TokenType.LPAREN)) {
            c++;
        }
        return at(ts, c, TokenType.TYPECAST) && c + 3 < ts.size() && ts.get(c + 1).isName()
            && ts.get(c + 1).value().equals(type.schema()) && ts.get(c + 2).is(TokenType.DOT)
            && ts.get(c + 3).isName() && ts.get(c + 3).value().equals(type.name());
    }

    /** {@code column OP 'x'}, {@code 'x' OP column}, {@code column IS [NOT] DISTINCT FROM 'x'}. */
    private static boolean compared(List<Token> ts, int k, BiPredicate<String, String> enumColumn) {
        if (k >= 1 && comparison(ts.get(k - 1)) && operandEndsAt(ts, k - 2, enumColumn)) {
            return true;
        }
        if (k + 1 < ts.size() && comparison(ts.get(k + 1)) && operandStartsAt(ts, k + 2, enumColumn)) {
            return true;
        }
        int d = distinctFromBefore(ts, k);
        if (d >= 0 && operandEndsAt(ts, d - 1, enumColumn)) {
            return true;
        }
        return k + 3 < ts.size() && ts.get(k + 1).is("is") && distinctFromAfter(ts, k + 2) > 0
            && operandStartsAt(ts, distinctFromAfter(ts, k + 2), enumColumn);
    }

    /** The index of the {@code is} of {@code IS [NOT] DISTINCT FROM} right before {@code k}, or -1. */
    private static int distinctFromBefore(List<Token> ts, int k) {
        if (k < 3 || !ts.get(k - 1).is("from") || !ts.get(k - 2).is("distinct")) {
            return -1;
        }
        if (ts.get(k - 3).is("is")) {
            return k - 3;
        }
        return k >= 4 && ts.get(k - 3).is("not") && ts.get(k - 4).is("is") ? k - 4 : -1;
    }

    /** After {@code IS} at {@code i - 1}: the index past {@code [NOT] DISTINCT FROM}, or -1. */
    private static int distinctFromAfter(List<Token> ts, int i) {
        int j = i < ts.size() && ts.get(i).is("not") ? i + 1 : i;
        return j + 1 < ts.size() && ts.get(j).is("distinct") && ts.get(j + 1).is("from") ? j + 2 : -1;
    }

    /**
     * An element of {@code column OP ANY|ALL (ARRAY['x', …])}, or of {@code arrayColumn OP ARRAY['x', …]} (OP a
     * comparison or one of {@code @> <@ &&}).
     */
    private static boolean inArray(List<Token> ts, int k, BiPredicate<String, String> enumColumn,
                                   BiPredicate<String, String> enumArrayColumn) {
        int i = k - 1;
        while (i >= 1 && ts.get(i).is(TokenType.COMMA) && ts.get(i - 1).is(TokenType.STRING)) {
            i -= 2;
        }
        if (i < 2 || !ts.get(i).is(TokenType.LBRACKET) || !ts.get(i - 1).is("array")) {
            return false;
        }
        Token op = ts.get(i - 2);
        if (op.is(TokenType.OPERATOR) && (comparison(op) || ARRAY_OPERATORS.contains(op.value()))) {
            return operandEndsAt(ts, i - 3, enumArrayColumn);
        }
        return i >= 5 && op.is(TokenType.LPAREN) && (ts.get(i - 3).is("any") || ts.get(i - 3).is("all"))
            && comparison(ts.get(i - 4)) && operandEndsAt(ts, i - 5, enumColumn);
    }

    /** {@code CASE column WHEN 'x'}: the nearest CASE before, at the same depth, names the column. */
    private static boolean caseWhen(List<Token> ts, int k, BiPredicate<String, String> enumColumn) {
        if (k < 1 || !ts.get(k - 1).is("when")) {
            return false;
        }
        int depth = 0;
        for (int i = k - 2; i >= 0; i--) {
            Token t = ts.get(i);
            if (t.is(TokenType.RPAREN) || t.is("end")) {
                depth++;
            } else if (t.is(TokenType.LPAREN)) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (t.is("case") && depth == 0) {
                return operandStartsAt(ts, i + 1, enumColumn);
            } else if (t.is("case")) {
                depth--;
            }
        }
        return false;
    }

    private static boolean comparison(Token t) {
        return t.is(TokenType.OPERATOR) && COMPARISONS.contains(t.value());
    }

    private static boolean at(List<Token> ts, int i, TokenType type) {
        return i >= 0 && i < ts.size() && ts.get(i).is(type);
    }

    /** A column reference ({@code col}, {@code q.col}) whose last token is {@code i}. */
    private static boolean operandEndsAt(List<Token> ts, int i, BiPredicate<String, String> enumColumn) {
        if (i < 0 || !ts.get(i).isName()) {
            return false;
        }
        if (i >= 2 && ts.get(i - 1).is(TokenType.DOT) && ts.get(i - 2).isName()) {
            return !(i >= 3 && (ts.get(i - 3).is(TokenType.DOT) || ts.get(i - 3).is(TokenType.TYPECAST)))
                && enumColumn.test(ts.get(i - 2).value(), ts.get(i).value());
        }
        return !(i >= 1 && (ts.get(i - 1).is(TokenType.DOT) || ts.get(i - 1).is(TokenType.TYPECAST)))
            && enumColumn.test(null, ts.get(i).value());
    }

    /** A column reference ({@code col}, {@code q.col}) whose first token is {@code i}. */
    private static boolean operandStartsAt(List<Token> ts, int i, BiPredicate<String, String> enumColumn) {
        if (i >= ts.size() || !ts.get(i).isName()) {
            return false;
        }
        if (i + 2 < ts.size() && ts.get(i + 1).is(TokenType.DOT) && ts.get(i + 2).isName()) {
            return !(i + 3 < ts.size() && (ts.get(i + 3).is(TokenType.DOT) || ts.get(i + 3).is(TokenType.LPAREN)
                || ts.get(i + 3).is(TokenType.TYPECAST)))
                && enumColumn.test(ts.get(i).value(), ts.get(i + 2).value());
        }
        return !(i + 1 < ts.size() && (ts.get(i + 1).is(TokenType.LPAREN) || ts.get(i + 1).is(TokenType.TYPECAST)))
            && enumColumn.test(null, ts.get(i).value());
    }

    /**
     * A default that is the label itself ({@code 'happy'}) or an array literal of labels ({@code '{happy,sad}'}),
     * for a column or argument of the enum or of an array of it; null when nothing changed.
     */
    static String constant(String canonical, boolean array, String from, String to) {
        List<Token> ts;
        try {
            ts = Lexer.tokenize(new Source("", canonical));
        } catch (RuntimeException e) {
            return null;
        }
        if (ts.size() != 2 || !ts.get(0).is(TokenType.STRING)) {
            return null;
        }
        String v = ts.get(0).value();
        if (!array) {
            return v.equals(from) ? Identifiers.literal(to) : null;
        }
        List<String> items = arrayItems(v);
        if (items == null || !items.contains(from)) {
            return null;
        }
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i).equals(from) ? to : items.get(i);
            sb.append(i > 0 ? "," : "").append(arrayItem(item));
        }
        return Identifiers.literal(sb.append('}').toString());
    }

    /** The items of a one-dimensional array literal ({@code {a,"b c"}}); null for anything else. */
    private static List<String> arrayItems(String v) {
        if (v.length() < 2 || v.charAt(0) != '{' || v.charAt(v.length() - 1) != '}') {
            return null;
        }
        List<String> out = new ArrayList<>();
        String body = v.substring(1, v.length() - 1);
        int i = 0;
        while (i < body.length()) {
            StringBuilder item = new StringBuilder();
            if (body.charAt(i) == '"') {
                i++;
                while (i < body.length() && body.charAt(i) != '"') {
                    if (body.charAt(i) == '\\' && i + 1 < body.length()) {
                        i++;
                    }
                    item.append(body.charAt(i++));
                }
                i++;
            } else {
                while (i < body.length() && body.charAt(i) != ',') {
                    char c = body.charAt(i++);
                    if (c == '{' || c == '"' || c == '\\') {
                        return null;
                    }
                    item.append(c);
                }
                if (item.toString().strip().equalsIgnoreCase("null")) {
                    return null;
                }
            }
            out.add(item.toString());
            if (i < body.length() && body.charAt(i) != ',') {
                return null;
            }
            i++;
        }
        return out;
    }

    /** An item as array_out() prints it: quoted when it must be. */
    private static String arrayItem(String item) {
        boolean quote = item.isEmpty() || item.equalsIgnoreCase("null")
            || item.chars().anyMatch(c -> c == ',' || c == '{' || c == '}' || c == '"' || c == '\\' || c == ' '
            || Character.isWhitespace(c));
        if (!quote) {
            return item;
        }
        return '"' + item.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
