package io.schemadiff.parser.expr;

import io.schemadiff.model.Identifiers;
import io.schemadiff.parser.expr.Expr.ArrayCompare;
import io.schemadiff.parser.expr.Expr.ArrayExpr;
import io.schemadiff.parser.expr.Expr.Between;
import io.schemadiff.parser.expr.Expr.Binary;
import io.schemadiff.parser.expr.Expr.BoolExpr;
import io.schemadiff.parser.expr.Expr.Case;
import io.schemadiff.parser.expr.Expr.Collate;
import io.schemadiff.parser.expr.Expr.ColumnRef;
import io.schemadiff.parser.expr.Expr.Const;
import io.schemadiff.parser.expr.Expr.FuncCall;
import io.schemadiff.parser.expr.Expr.Indirection;
import io.schemadiff.parser.expr.Expr.IsTest;
import io.schemadiff.parser.expr.Expr.Opaque;
import io.schemadiff.parser.expr.Expr.Param;
import io.schemadiff.parser.expr.Expr.Prefix;
import io.schemadiff.parser.expr.Expr.Row;
import io.schemadiff.parser.expr.Expr.SqlValue;
import io.schemadiff.parser.expr.Expr.SubLink;
import io.schemadiff.parser.expr.Expr.TypeCast;
import io.schemadiff.parser.lex.Limits;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL expressions ({@code a_expr} and the restricted {@code b_expr} of gram.y) by precedence climbing,
 * with the operator precedences of gram.y, and type names ({@code Typename}).
 */
public final class ExprParser {
    private static final int OR = 10;
    private static final int AND = 20;
    private static final int NOT = 30;
    private static final int IS = 40;
    private static final int CMP = 50;
    private static final int LIKE = 60;
    private static final int OP = 70;
    private static final int ADD = 80;
    private static final int MUL = 90;
    private static final int EXP = 100;
    private static final int AT = 110;
    private static final int COLLATE = 120;
    private static final int UMINUS = 130;

    private static final Set<String> SQL_VALUES = Set.of("current_date", "current_time", "current_timestamp",
        "localtime", "localtimestamp", "current_role", "current_user", "session_user", "system_user", "user",
        "current_catalog", "current_schema");
    private static final Set<String> WITH_PRECISION = Set.of("current_time", "current_timestamp", "localtime",
        "localtimestamp");
    private final TokenCursor c;
    private final Subqueries subqueries;
    private final TypeNames types;
    /** How many expressions the parser is inside of (its recursion). */
    private int depth;

    /**
     * What reads the query inside the parentheses of a subquery: called just after the open parenthesis, it
     * consumes the query and stops at the close.
     */
    public interface Subqueries {
        Subquery read(TokenCursor cursor);
    }

    /** Subqueries kept as their tokens. */
    public static final Subqueries AS_TOKENS = cursor -> {
        int from = cursor.position();
        int close = cursor.closingParen(from - 1);
        if (close < 0) {
            cursor.skipBalanced(); // the error for the parenthesis that is not closed
        }
        cursor.reset(close);
        return new Subquery.Tokens(cursor.statement().tokens().subList(from, close));
    };

    public ExprParser(TokenCursor cursor) {
        this(cursor, AS_TOKENS);
    }

    public ExprParser(TokenCursor cursor, Subqueries subqueries) {
        this.c = cursor;
        this.subqueries = subqueries;
        this.types = new TypeNames(cursor, this);
    }

    /** A full expression ({@code a_expr}). */
    public Expr parse() {
        return parse(0, false);
    }

    /** A restricted expression ({@code b_expr}): what may follow DEFAULT in a column definition. */
    public Expr parseRestricted() {
        return parse(0, true);
    }

    /**
     * Expressions nest at most {@link Limits#MAX_DEPTH} deep, counted in the parser's recursion, along chains of
     * operators ({@code 1 + 1 + …} is a tree as deep as it is long), and finally in the tree itself: what walks the
     * tree later (printing, rewriting) recurses that deep.
     */
    private Expr parse(int minBp, boolean restricted) {
        if (depth >= Limits.MAX_DEPTH) {
            throw c.error(Limits.tooDeep());
        }
        int start = c.position();
        depth++;
        try {
            Expr left = prefix(restricted);
            int chain = 0;
            while (true) {
                Token t = c.peek();
                int save = c.position();
                Expr next = infix(left, t, minBp, restricted);
                if (next == null) {
                    c.reset(save);
                    break;
                }
                boolean flat = next instanceof BoolExpr b && left instanceof BoolExpr a && a.op().equals(b.op());
                left = next;
                if (!flat && depth + ++chain > Limits.MAX_DEPTH) {
                    throw c.errorAt(t, Limits.tooDeep());
                }
            }
            // a tree is at most about twice as deep as it has tokens: only a long one can be too deep
            if (depth == 1 && c.position() - start > Limits.MAX_DEPTH / 2 && Exprs.depth(left) > Limits.MAX_DEPTH) {
                throw c.errorAt(c.statement().tokens().get(start), Limits.tooDeep());
            }
            return left;
        } finally {
            depth--;
        }
    }

    private static int opBp(String op) {
        return switch (op) {
            case "<", ">", "=", "<=", ">=", "<>" -> CMP;
            case "+", "-" -> ADD;
            case "*", "/", "%" -> MUL;
            case "^" -> EXP;
            default -> OP;
        };
    }

    /** Returns the extended expression, or null when {@code t} does not continue the expression at this level. */
    private Expr infix(Expr left, Token t, int minBp, boolean restricted) {
        switch (t.type()) {
            case TYPECAST -> {
                c.next();
                return new TypeCast(left, parseType());
            }
            case LBRACKET -> {
                return subscript(left);
            }
            case OPERATOR -> {
                String op = t.value();
                int bp = opBp(op);
                if (bp <= minBp) {
                    return null;
                }
                c.next();
                return binaryRight(left, op, bp, restricted);
            }
            case IDENT -> {
                return keywordInfix(left, t.value(), minBp, restricted);
            }
            default -> {
                return null;
            }
        }
    }

    private Expr binaryRight(Expr left, String op, int bp, boolean restricted) {
        if ((c.is("any") || c.is("some") || c.is("all")) && c.peek(1).is(TokenType.LPAREN)) {
            boolean any = !c.next().value().equals("all");
            c.expect(TokenType.LPAREN);
            if (isSubqueryStart()) {
                return new SubLink(any ? "ANY" : "ALL", Optional.of(left), op, subquery());
            }
            Expr arr = parse();
            c.expect(TokenType.RPAREN);
            return new ArrayCompare(op, any, left, arr);
        }
        Expr right = parse(bp, restricted);
        return new Binary(op, left, right);
    }

    private Expr keywordInfix(Expr left, String word, int minBp, boolean restricted) {
        switch (word) {
            case "and", "or" -> {
                int bp = word.equals("and") ? AND : OR;
                if (restricted || bp <= minBp) {
                    return null;
                }
                // a AND b AND c is one node of three arguments, as the server makes it: its depth is not its length
                String op = word.toUpperCase(Locale.ROOT);
                List<Expr> args = new ArrayList<>();
                addFlattened(args, op, left);
                while (c.accept(word)) {
                    addFlattened(args, op, parse(bp, false));
                }
                return new BoolExpr(op, args);
            }
            case "is" -> {
                if (IS <= minBp) {
                    return null;
                }
                c.next();
                boolean not = c.accept("not");
                if (c.acceptSeq("distinct", "from")) {
                    return new IsTest(left, not, "DISTINCT FROM", Optional.of(parse(IS, restricted)));
                }
                if (restricted && !c.is("document")) {
                    return null;
                }
                if (c.accept("null")) {
                    return new IsTest(left, not, "NULL", Optional.empty());
                }
                for (String w : new String[] {"true", "false", "unknown", "document"}) {
                    if (c.accept(w)) {
                        return new IsTest(left, not, w.toUpperCase(Locale.ROOT), Optional.empty());
                    }
                }
                if (c.is("nfc") || c.is("nfd") || c.is("nfkc") || c.is("nfkd") || c.is("normalized")) {
                    String form = c.is("normalized") ? "" : c.next().value().toUpperCase(Locale.ROOT) + " ";
                    c.expect("normalized");
                    return new IsTest(left, not, form + "NORMALIZED", Optional.empty());
                }
                if (c.accept("json")) {
                    StringBuilder sb = new StringBuilder("JSON");
                    while (c.is("value") || c.is("array") || c.is("object") || c.is("scalar") || c.is("with")
                        || c.is("without") || c.is("unique") || c.is("keys")) {
                        sb.append(' ').append(c.next().value().toUpperCase(Locale.ROOT));
                    }
                    return new IsTest(left, not, sb.toString(), Optional.empty());
                }
                throw c.error("expected NULL, TRUE, FALSE, UNKNOWN or DISTINCT FROM after IS");
            }
            case "isnull", "notnull" -> {
                if (restricted || IS <= minBp) {
                    return null;
                }
                c.next();
                return new IsTest(left, word.equals("notnull"), "NULL", Optional.empty());
            }
            case "not" -> {
                if (restricted || LIKE <= minBp) {
                    return null;
                }
                Token after = c.peek(1);
                if (after.is("like") || after.is("ilike") || after.is("similar") || after.is("in")
                    || after.is("between")) {
                    c.next();
                    return likeFamily(left, c.peek().value(), true);
                }
                return null;
            }
            case "like", "ilike", "similar", "in", "between" -> {
                if (restricted || LIKE <= minBp) {
                    return null;
                }
                return likeFamily(left, word, false);
            }
            case "at" -> {
                if (restricted || AT <= minBp) {
                    return null;
                }
                if (c.peek(1).is("time") && c.peek(2).is("zone")) {
                    c.next();
                    c.next();
                    c.next();
                    return FuncCall.of("timezone", List.of(parse(AT, false), left));
                }
                if (c.peek(1).is("local")) {
                    c.next();
                    c.next();
                    return FuncCall.of("timezone", List.of(left));
                }
                return null;
            }
            case "collate" -> {
                if (restricted || COLLATE <= minBp) {
                    return null;
                }
                c.next();
                return new Collate(left, c.qualifiedName());
            }
            case "operator" -> {
                if (!c.peek(1).is(TokenType.LPAREN) || OP <= minBp) {
                    return null;
                }
                c.next();
                String op = qualifiedOperator();
                return binaryRight(left, op, opBp(op.contains(".") ? "~op~" : op), restricted);
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code OPERATOR(schema.op)}: the operator, qualified as {@code schema.op} unless pg_catalog. */
    private String qualifiedOperator() {
        c.expect(TokenType.LPAREN);
        StringBuilder sb = new StringBuilder();
        while (c.isName()) {
            String part = c.expectName();
            c.expect(TokenType.DOT);
            if (!part.equals("pg_catalog")) {
                sb.append(part).append('.');
            }
        }
        Token op = c.next();
        if (op.type() != TokenType.OPERATOR) {
            throw c.errorAt(op, "expected an operator");
        }
        c.expect(TokenType.RPAREN);
        return sb.append(op.value()).toString();
    }

    private Expr likeFamily(Expr left, String word, boolean not) {
        c.next();
        switch (word) {
            case "in" -> {
                c.expect(TokenType.LPAREN);
                if (isSubqueryStart()) {
                    Expr link = new SubLink("ANY", Optional.of(left), "=", subquery());
                    return not ? new BoolExpr("NOT", List.of(link)) : link;
                }
                List<Expr> items = exprList(TokenType.RPAREN);
                return new ArrayCompare(not ? "<>" : "=", !not, left, new ArrayExpr(items));
            }
            case "between" -> {
                boolean symmetric = c.accept("symmetric");
                if (!symmetric) {
                    c.accept("asymmetric");
                }
                Expr low = parse(LIKE, true);
                c.expect("and");
                Expr high = parse(LIKE, true);
                if (symmetric) {
                    return new Between(left, not, true, low, high);
                }
                // the server rewrites BETWEEN into comparisons
                return not ? bool("OR", new Binary("<", left, low), new Binary(">", left, high))
                    : bool("AND", new Binary(">=", left, low), new Binary("<=", left, high));
            }
            case "similar" -> {
                c.expect("to");
                Expr pattern = parse(LIKE, false);
                List<Expr> args = new ArrayList<>(List.of(pattern));
                if (c.accept("escape")) {
                    args.add(parse(LIKE, false));
                }
                Expr re = FuncCall.of("similar_to_escape", args);
                return new Binary(not ? "!~" : "~", left, re);
            }
            default -> {
                Expr pattern = parse(LIKE, false);
                String op = word.equals("like") ? (not ? "!~~" : "~~") : (not ? "!~~*" : "~~*");
                if (c.accept("escape")) {
                    Expr esc = parse(LIKE, false);
                    pattern = FuncCall.of("like_escape", List.of(pattern, esc));
                }
                return new Binary(op, left, pattern);
            }
        }
    }

    private static Expr bool(String op, Expr left, Expr right) {
        List<Expr> args = new ArrayList<>();
        addFlattened(args, op, left);
        addFlattened(args, op, right);
        return new BoolExpr(op, args);
    }

    private static void addFlattened(List<Expr> args, String op, Expr e) {
        if (e instanceof BoolExpr b && b.op().equals(op)) {
            args.addAll(b.args());
        } else {
            args.add(e);
        }
    }

    private Expr subscript(Expr left) {
        StringBuilder sb = new StringBuilder();
        Expr base = left;
        while (c.is(TokenType.LBRACKET) || (c.is(TokenType.DOT) && !sb.isEmpty())) {
            if (c.accept(TokenType.DOT)) {
                if (c.accept(TokenType.OPERATOR)) {
                    sb.append(".*");
                } else {
                    sb.append('.').append(Identifiers.quote(c.expectName()));
                }
                continue;
            }
            c.expect(TokenType.LBRACKET);
            sb.append('[');
            if (!c.is(TokenType.COLON)) {
                sb.append(Canonicalizer.shallow(parse()));
            }
            if (c.accept(TokenType.COLON)) {
                sb.append(':');
                if (!c.is(TokenType.RBRACKET)) {
                    sb.append(Canonicalizer.shallow(parse()));
                }
            }
            c.expect(TokenType.RBRACKET);
            sb.append(']');
        }
        return new Indirection(base, sb.toString());
    }

    private Expr prefix(boolean restricted) {
        Token t = c.peek();
        switch (t.type()) {
            case NUMBER -> {
                c.next();
                return new Const(Const.Kind.NUMBER, t.value());
            }
            case STRING, DOLLAR_STRING -> {
                c.next();
                return new Const(Const.Kind.STRING, t.value());
            }
            case BIT_STRING -> {
                c.next();
                String prefix = c.statement().source().text().substring(t.start(), t.start() + 1);
                String bits = prefix.equalsIgnoreCase("x") ? hexToBits(t.value()) : t.value();
                return new Const(Const.Kind.BITSTRING, bits);
            }
            case PARAM -> {
                int n;
                try {
                    n = Integer.parseInt(t.value().substring(1));
                } catch (NumberFormatException e) {
                    throw c.error("parameter number too large");
                }
                c.next();
                return postfixIndirection(new Param(n));
            }
            case OPERATOR -> {
                c.next();
                String op = t.value();
                Expr arg = parse(op.equals("-") || op.equals("+") ? UMINUS : OP, restricted);
                return new Prefix(op, arg);
            }
            case LPAREN -> {
                return parenthesized();
            }
            case QUOTED_IDENT -> {
                return nameOrCall();
            }
            case IDENT -> {
                return keywordPrefix(t.value(), restricted);
            }
            default -> throw c.error("expected an expression but found " + TokenCursor.describe(t));
        }
    }

    private static String hexToBits(String hex) {
        StringBuilder sb = new StringBuilder();
        for (char ch : hex.toCharArray()) {
            int v = Character.digit(ch, 16);
            String b = Integer.toBinaryString(Math.max(v, 0));
            sb.append("0".repeat(4 - b.length())).append(b);
        }
        return sb.toString();
    }

    private Expr parenthesized() {
        c.expect(TokenType.LPAREN);
        if (isSubqueryStart()) {
            return postfixIndirection(new SubLink("EXPR", Optional.empty(), "", subquery()));
        }
        Expr first = parse();
        if (c.accept(TokenType.COMMA)) {
            List<Expr> fields = new ArrayList<>();
            fields.add(first);
            fields.addAll(exprList(TokenType.RPAREN));
            return new Row(fields, false);
        }
        c.expect(TokenType.RPAREN);
        return postfixIndirection(first);
    }

    /** {@code (expr).field}, {@code (expr)[1]}. */
    private Expr postfixIndirection(Expr e) {
        if (c.is(TokenType.LBRACKET) || (c.is(TokenType.DOT) && (c.peek(1).isName()
            || c.peek(1).isOperator("*")))) {
            if (c.is(TokenType.DOT)) {
                StringBuilder sb = new StringBuilder();
                c.next();
                if (c.accept(TokenType.OPERATOR)) {
                    sb.append(".*");
                } else {
                    sb.append('.').append(Identifiers.quote(c.expectName()));
                }
                Expr ind = new Indirection(e, sb.toString());
                return c.is(TokenType.LBRACKET) ? subscript(ind) : ind;
            }
            return subscript(e);
        }
        return e;
    }

    /**
     * After an open parenthesis: does a query start here? Extra parentheses count only when they wrap everything
     * up to the close of this one: {@code ((SELECT 1))} is a query, {@code ((SELECT 1) + 1)} an expression.
     */
    public boolean isSubqueryStart() {
        return queryInParens(c, c.position() - 1);
    }

    /** What may follow a query in parentheses that is itself part of a query: its close, a set operation, … */
    private static final Set<String> QUERY_GOES_ON = Set.of("union", "intersect", "except", "order", "limit",
        "offset", "fetch", "for");

    /**
     * Whether the open parenthesis at token {@code open} holds a query ({@code select_with_parens}): a query starts
     * after it and any further open parentheses (SELECT, VALUES, WITH, TABLE), and each of those inner parentheses
     * is part of the query, not an operand ({@code ((SELECT 1) + 1)}) or the first item of a join
     * ({@code ((SELECT 1) s JOIN t ON …)}): what follows its close goes on with a query. Decided by looking ahead.
     */
    public static boolean queryInParens(TokenCursor c, int open) {
        List<Token> ts = c.statement().tokens();
        int k = open;
        while (k < ts.size() && ts.get(k).is(TokenType.LPAREN)) {
            k++;
        }
        if (k == open || k >= ts.size()) {
            return false;
        }
        Token t = ts.get(k);
        boolean starts = t.is("select") || t.is("with") || t.is("values")
            || t.is("table") && k + 1 < ts.size() && ts.get(k + 1).isName();
        if (!starts) {
            return false;
        }
        for (int inner = k - 1; inner > open; inner--) {
            int close = c.closingParen(inner);
            Token after = close < 0 || close + 1 >= ts.size() ? null : ts.get(close + 1);
            if (after == null || !(after.is(TokenType.RPAREN)
                || after.type() == TokenType.IDENT && QUERY_GOES_ON.contains(after.value()))) {
                return false;
            }
        }
        return true;
    }

    /** A subquery up to the closing parenthesis (consumed). */
    private Subquery subquery() {
        Subquery q = subqueries.read(c);
        c.expect(TokenType.RPAREN);
        return q;
    }

    private List<Expr> exprList(TokenType close) {
        List<Expr> items = new ArrayList<>();
        if (c.accept(close)) {
            return items;
        }
        items.addAll(c.commaList(this::parse));
        c.expect(close);
        return items;
    }

    private Expr keywordPrefix(String word, boolean restricted) {
        switch (word) {
            case "not" -> {
                if (restricted) {
                    throw c.error("expected an expression but found NOT");
                }
                c.next();
                return new BoolExpr("NOT", List.of(parse(NOT, false)));
            }
            case "null" -> {
                c.next();
                return new Const(Const.Kind.NULL, "NULL");
            }
            case "true", "false" -> {
                c.next();
                return new Const(Const.Kind.BOOLEAN, word);
            }
            case "case" -> {
                return caseExpr();
            }
            case "cast", "treat" -> {
                if (c.peek(1).is(TokenType.LPAREN)) {
                    c.next();
                    c.next();
                    Expr arg = parse();
                    c.expect("as");
                    RawType type = parseType();
                    c.expect(TokenType.RPAREN);
                    return postfixIndirection(new TypeCast(arg, type));
                }
            }
            case "array" -> {
                if (c.peek(1).is(TokenType.LBRACKET)) {
                    c.next();
                    return postfixIndirection(arrayLiteral());
                }
                if (c.peek(1).is(TokenType.LPAREN)) {
                    c.next();
                    c.next();
                    return new SubLink("ARRAY", Optional.empty(), "", subquery());
                }
            }
            case "row" -> {
                if (c.peek(1).is(TokenType.LPAREN)) {
                    c.next();
                    c.next();
                    return new Row(exprList(TokenType.RPAREN), true);
                }
            }
            case "exists" -> {
                if (c.peek(1).is(TokenType.LPAREN)) {
                    c.next();
                    c.next();
                    return new SubLink("EXISTS", Optional.empty(), "", subquery());
                }
            }
            case "interval" -> {
                if (c.peek(1).is(TokenType.STRING) || c.peek(1).is(TokenType.LPAREN)) {
                    return typedLiteralOrNull(true);
                }
            }
            default -> {
            }
        }
        if (SQL_VALUES.contains(word) && !(c.peek(1).is(TokenType.LPAREN) && !WITH_PRECISION.contains(word))
            && !c.peek(1).is(TokenType.DOT)) {
            c.next();
            Optional<String> precision = Optional.empty();
            if (WITH_PRECISION.contains(word) && c.accept(TokenType.LPAREN)) {
                precision = Optional.of(c.expect(TokenType.NUMBER).value());
                c.expect(TokenType.RPAREN);
            }
            return new SqlValue(word, precision);
        }
        Expr typed = typedLiteralOrNull(false);
        if (typed != null) {
            return typed;
        }
        return nameOrCall();
    }

    /**
     * {@code type 'literal'} ({@code date '2020-01-01'}, {@code interval '1' day}, {@code timestamp with time zone
     * '…'}): a cast of the literal. Returns null (having consumed nothing) when this is not one.
     */
    private Expr typedLiteralOrNull(boolean mustBe) {
        int save = c.position();
        try {
            if (c.peek().is("interval")) {
                c.next();
                if (c.is(TokenType.LPAREN)) {
                    c.next();
                    String p = c.expect(TokenType.NUMBER).value();
                    c.expect(TokenType.RPAREN);
                    Token lit = c.expect(TokenType.STRING);
                    return new TypeCast(new Const(Const.Kind.STRING, lit.value()),
                        new RawType(List.of("interval"), List.of(p), true, false, save, c.position()));
                }
                Token lit = c.expect(TokenType.STRING);
                RawType type = types.intervalFields(save);
                return new TypeCast(new Const(Const.Kind.STRING, lit.value()), type);
            }
            if (!looksLikeTypeStart()) {
                return null;
            }
            RawType type = parseType();
            if (c.is(TokenType.STRING) && !type.array()) {
                Token lit = c.next();
                return new TypeCast(new Const(Const.Kind.STRING, lit.value()), type);
            }
        } catch (InputError e) {
            if (mustBe) {
                throw e;
            }
        }
        c.reset(save);
        return null;
    }

    private static final Set<String> TYPE_WORDS = Set.of("precision", "varying", "character", "char", "with",
        "without", "time", "zone");

    /**
     * Whether a typed literal starts here: {@code name 'x'}, {@code schema.name 'x'}, {@code name(…) 'x'}, or a
     * built-in type of several words ({@code timestamp with time zone 'x'}). Decided by looking ahead only.
     */
    private boolean looksLikeTypeStart() {
        Token t = c.peek();
        if (!t.isName()) {
            return false;
        }
        int k = 1;
        if (c.peek(k).is(TokenType.DOT) && c.peek(k + 1).isName()) {
            k += 2;
        }
        while (c.peek(k).is(TokenType.IDENT) && TYPE_WORDS.contains(c.peek(k).value())) {
            k++;
        }
        if (c.peek(k).is(TokenType.LPAREN)) {
            int close = c.closingParen(c.position() + k);
            if (close < 0) {
                return false;
            }
            k = close - c.position() + 1;
            while (c.peek(k).is(TokenType.IDENT) && TYPE_WORDS.contains(c.peek(k).value())) {
                k++;
            }
        }
        return c.peek(k).is(TokenType.STRING);
    }

    private Expr arrayLiteral() {
        c.expect(TokenType.LBRACKET);
        List<Expr> items = new ArrayList<>();
        if (!c.is(TokenType.RBRACKET)) {
            items.addAll(c.commaList(() -> c.is(TokenType.LBRACKET) ? arrayLiteral() : parse()));
        }
        c.expect(TokenType.RBRACKET);
        return new ArrayExpr(items);
    }

    private Expr caseExpr() {
        c.expect("case");
        Optional<Expr> arg = c.is("when") ? Optional.empty() : Optional.of(parse());
        List<Expr> whens = new ArrayList<>();
        List<Expr> thens = new ArrayList<>();
        while (c.accept("when")) {
            whens.add(parse());
            c.expect("then");
            thens.add(parse());
        }
        if (whens.isEmpty()) {
            throw c.error("expected WHEN");
        }
        Optional<Expr> otherwise = c.accept("else") ? Optional.of(parse()) : Optional.empty();
        c.expect("end");
        return postfixIndirection(new Case(arg, whens, thens, otherwise));
    }

    private Expr nameOrCall() {
        Token first = c.peek();
        if (first.is(TokenType.IDENT) && Identifiers.isReserved(first.value()) && !c.peek(1).is(TokenType.LPAREN)) {
            throw c.error("expected an expression but found " + TokenCursor.describe(first));
        }
        List<String> names = new ArrayList<>();
        names.add(c.expectName());
        boolean star = false;
        while (c.is(TokenType.DOT)) {
            if (c.peek(1).isName()) {
                c.next();
                names.add(c.expectName());
            } else if (c.peek(1).isOperator("*")) {
                c.next();
                c.next();
                star = true;
                break;
            } else {
                break;
            }
        }
        if (!star && c.is(TokenType.LPAREN)) {
            return postfixIndirection(call(names));
        }
        Expr ref = new ColumnRef(names, star);
        return c.is(TokenType.LBRACKET) ? subscript(ref) : ref;
    }

    private Expr call(List<String> names) {
        int open = c.position();
        c.expect(TokenType.LPAREN);
        String fn = names.size() == 1 ? names.get(0) : "";
        Expr special = specialCall(fn, open);
        if (special != null) {
            return special;
        }
        List<Expr> args = new ArrayList<>();
        List<String> argNames = new ArrayList<>();
        boolean star = false;
        boolean distinct = false;
        boolean variadic = false;
        List<Expr.Sort> orderBy = List.of();
        if (c.is(TokenType.OPERATOR) && c.peek().value().equals("*") && c.peek(1).is(TokenType.RPAREN)) {
            c.next();
            star = true;
        } else if (!c.is(TokenType.RPAREN)) {
            if (c.accept("distinct")) {
                distinct = true;
            } else {
                c.accept("all");
            }
            do {
                if (c.accept("variadic")) {
                    variadic = true;
                }
                if (c.isName() && (c.peek(1).is(TokenType.EQUALS_GREATER) || c.peek(1).is(TokenType.COLON_EQUALS))) {
                    argNames.add(c.expectName());
                    c.next();
                } else {
                    argNames.add("");
                }
                args.add(parse());
            } while (c.accept(TokenType.COMMA));
            if (c.isSeq("order", "by")) {
                c.next();
                c.next();
                orderBy = sortList();
            }
        }
        c.expect(TokenType.RPAREN);
        boolean withinGroup = false;
        if (c.isSeq("within", "group") && c.peek(2).is(TokenType.LPAREN)) {
            c.next();
            c.next();
            c.next();
            c.expectSeq("order", "by");
            orderBy = sortList();
            c.expect(TokenType.RPAREN);
            withinGroup = true;
        }
        Optional<Expr> filter = Optional.empty();
        if (c.is("filter") && c.peek(1).is(TokenType.LPAREN)) {
            c.next();
            c.next();
            c.expect("where");
            filter = Optional.of(parse());
            c.expect(TokenType.RPAREN);
        }
        Optional<Expr.Window> over = Optional.empty();
        if (c.accept("over")) {
            over = Optional.of(c.accept(TokenType.LPAREN) ? windowSpec() : new Expr.Window(Optional.of(c.expectName()),
                List.of(), List.of(), ""));
        }
        boolean anyNamed = argNames.stream().anyMatch(s -> !s.isEmpty());
        return new FuncCall(names, args, anyNamed ? argNames : List.of(), star, distinct, variadic, orderBy,
            withinGroup, filter, over);
    }

    /** {@code expr [ASC | DESC | USING op] [NULLS FIRST | LAST]}, comma-separated. */
    public List<Expr.Sort> sortList() {
        return c.commaList(this::sortItem);
    }

    private Expr.Sort sortItem() {
        Expr e = parse();
        boolean desc = false;
        Optional<String> using = Optional.empty();
        if (c.accept("desc")) {
            desc = true;
        } else if (c.accept("asc")) {
            desc = false;
        } else if (c.accept("using")) {
            if (c.is("operator") && c.peek(1).is(TokenType.LPAREN)) {
                c.next();
                using = Optional.of(qualifiedOperator());
            } else if (c.is(TokenType.OPERATOR)) {
                using = Optional.of(c.next().value());
            } else {
                throw c.error("expected an operator after USING but found " + TokenCursor.describe(c.peek()));
            }
        }
        Optional<Boolean> nullsFirst = Optional.empty();
        if (c.acceptSeq("nulls", "first")) {
            nullsFirst = Optional.of(true);
        } else if (c.acceptSeq("nulls", "last")) {
            nullsFirst = Optional.of(false);
        }
        return new Expr.Sort(e, desc, nullsFirst, using);
    }

    /** The inside of {@code OVER ( … )} (the open parenthesis consumed; the close one consumed here). */
    public Expr.Window windowSpec() {
        Optional<String> ref = Optional.empty();
        if (c.isName() && !c.is("partition") && !c.is("order") && !c.is("range") && !c.is("rows")
            && !c.is("groups")) {
            ref = Optional.of(c.expectName());
        }
        List<Expr> partition = new ArrayList<>();
        if (c.acceptSeq("partition", "by")) {
            partition.addAll(c.commaList(this::parse));
        }
        List<Expr.Sort> order = List.of();
        if (c.acceptSeq("order", "by")) {
            order = sortList();
        }
        int from = c.position();
        if (c.accept("range") || c.accept("rows") || c.accept("groups")) {
            if (c.accept("between")) {
                frameBound();
                c.expect("and");
            }
            frameBound();
            if (c.accept("exclude")) {
                if (!c.acceptSeq("current", "row") && !c.accept("group") && !c.accept("ties")) {
                    c.expectSeq("no", "others");
                }
            }
        }
        String frame = TokenText.canonical(c.statement().tokens(), from, c.position());
        c.expect(TokenType.RPAREN);
        return new Expr.Window(ref, partition, order, frame);
    }

    /** {@code UNBOUNDED PRECEDING | FOLLOWING}, {@code CURRENT ROW}, {@code offset PRECEDING | FOLLOWING}. */
    private void frameBound() {
        if (c.acceptSeq("current", "row")) {
            return;
        }
        if (!c.accept("unbounded")) {
            parse();
        }
        if (!c.accept("preceding")) {
            c.expect("following");
        }
    }

    /**
     * A primary expression ({@code c_expr}): a name, constant, call, parenthesized expression and the like, with a
     * sign; no operator after it. What FETCH FIRST counts and what a function in FROM is.
     */
    public Expr parsePrimary() {
        if (depth >= Limits.MAX_DEPTH) {
            throw c.error(Limits.tooDeep());
        }
        depth++;
        try {
            return prefix(false);
        } finally {
            depth--;
        }
    }

    /** Whether one of {@code words} is among the tokens up to the parenthesis closing the one just read. */
    private boolean keywordInParens(Set<String> words) {
        int close = c.closingParen(c.position() - 1);
        for (int i = c.position(); i < close; i++) {
            Token t = c.statement().tokens().get(i);
            if (t.is(TokenType.LPAREN)) {
                i = c.closingParen(i);
                if (i < 0) {
                    return false;
                }
            } else if (t.type() == TokenType.IDENT && words.contains(t.value())) {
                return true;
            }
        }
        return false;
    }

    /** The grammar's special function forms, rewritten to the plain calls the server makes of them. */
    private Expr specialCall(String fn, int open) {
        switch (fn) {
            case "extract" -> {
                if (c.peek(1).is("from")) {
                    String field = c.next().value();
                    c.expect("from");
                    Expr src = parse();
                    c.expect(TokenType.RPAREN);
                    return FuncCall.of("extract", List.of(new Const(Const.Kind.STRING, field), src));
                }
                if (c.peek().is(TokenType.STRING) && c.peek(1).is("from")) {
                    String field = c.next().value();
                    c.expect("from");
                    Expr src = parse();
                    c.expect(TokenType.RPAREN);
                    return FuncCall.of("extract", List.of(new Const(Const.Kind.STRING, field), src));
                }
                return null;
            }
            case "position" -> {
                // decided by looking ahead, not by parsing twice: nested calls would be parsed 2^depth times
                if (!keywordInParens(Set.of("in"))) {
                    return null;
                }
                int save = c.position();
                Expr needle = parse(LIKE, true);
                if (c.accept("in")) {
                    Expr hay = parse(LIKE, true);
                    c.expect(TokenType.RPAREN);
                    return FuncCall.of("position", List.of(hay, needle));
                }
                c.reset(save);
                return null;
            }
            case "substring" -> {
                if (!keywordInParens(Set.of("from", "for"))) {
                    return null;
                }
                int save = c.position();
                Expr str = parse();
                if (c.is("from") || c.is("for")) {
                    Expr from = null;
                    Expr count = null;
                    while (c.is("from") || c.is("for")) {
                        if (c.accept("from")) {
                            from = parse();
                        } else {
                            c.next();
                            count = parse();
                        }
                    }
                    c.expect(TokenType.RPAREN);
                    List<Expr> args = new ArrayList<>(List.of(str));
                    args.add(from != null ? from : new Const(Const.Kind.NUMBER, "1"));
                    if (count != null) {
                        args.add(count);
                    }
                    return FuncCall.of("substring", args);
                }
                c.reset(save);
                return null;
            }
            case "trim" -> {
                String fname = "btrim";
                if (c.accept("both")) {
                    fname = "btrim";
                } else if (c.accept("leading")) {
                    fname = "ltrim";
                } else if (c.accept("trailing")) {
                    fname = "rtrim";
                }
                List<Expr> args = new ArrayList<>();
                if (c.accept("from")) {
                    args.addAll(exprList(TokenType.RPAREN));
                    return FuncCall.of(fname, args);
                }
                Expr first = parse();
                if (c.accept("from")) {
                    args.addAll(exprList(TokenType.RPAREN));
                    args.add(first);
                } else {
                    args.add(first);
                    if (c.accept(TokenType.COMMA)) {
                        args.addAll(exprList(TokenType.RPAREN));
                    } else {
                        c.expect(TokenType.RPAREN);
                    }
                }
                return FuncCall.of(fname, args);
            }
            case "overlay", "normalize", "xmlelement", "xmlforest", "xmlparse", "xmlpi", "xmlroot", "xmlserialize",
                 "xmlexists", "xmltable", "xmlattributes", "json_object", "json_array", "json_objectagg",
                 "json_arrayagg", "json_query", "json_value", "json_exists", "json_table", "json_scalar",
                 "json_serialize", "json", "collation" -> {
                c.skipBalanced();
                return new Opaque(fn + TokenText.canonical(c.statement().tokens(), open, c.position()));
            }
            default -> {
                return null;
            }
        }
    }

    // ---------------------------------------------------------------- type names

    /** A {@code Typename}: built-in spellings, qualified names with modifiers, arrays. */
    public RawType parseType() {
        return types.parseType();
    }
}
