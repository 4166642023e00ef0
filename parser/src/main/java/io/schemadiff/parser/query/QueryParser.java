package io.schemadiff.parser.query;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.ExprParser;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.expr.TokenText;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.query.Query.Alias;
import io.schemadiff.parser.query.Query.Body;
import io.schemadiff.parser.query.Query.ColumnDef;
import io.schemadiff.parser.query.Query.Cte;
import io.schemadiff.parser.query.Query.Fetch;
import io.schemadiff.parser.query.Query.FromItem;
import io.schemadiff.parser.query.Query.FunctionItem;
import io.schemadiff.parser.query.Query.FunctionRef;
import io.schemadiff.parser.query.Query.GroupBy;
import io.schemadiff.parser.query.Query.Grouping;
import io.schemadiff.parser.query.Query.JoinRef;
import io.schemadiff.parser.query.Query.Limit;
import io.schemadiff.parser.query.Query.Locking;
import io.schemadiff.parser.query.Query.Nested;
import io.schemadiff.parser.query.Query.Offset;
import io.schemadiff.parser.query.Query.RelationRef;
import io.schemadiff.parser.query.Query.Select;
import io.schemadiff.parser.query.Query.SetOperation;
import io.schemadiff.parser.query.Query.SubqueryRef;
import io.schemadiff.parser.query.Query.TableSample;
import io.schemadiff.parser.query.Query.TableStmt;
import io.schemadiff.parser.query.Query.Tail;
import io.schemadiff.parser.query.Query.Target;
import io.schemadiff.parser.query.Query.Values;
import io.schemadiff.parser.query.Query.WindowDef;
import io.schemadiff.parser.query.Query.With;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The grammar of a query (gram.y's {@code SelectStmt}, {@code select_no_parens}, {@code simple_select},
 * {@code table_ref}, …) by recursive descent, expressions by {@link ExprParser} (whose subqueries come back here).
 * What the server's grammar refuses is an {@link InputError} at its place; what it takes becomes a {@link Query}.
 */
public final class QueryParser {
    private final TokenCursor c;
    private final ExprParser.Subqueries subqueries = cursor -> query();

    private QueryParser(TokenCursor c) {
        this.c = c;
    }

    /** The query that is all of {@code tokens}. */
    public static Query parse(Source source, List<Token> tokens) {
        QueryParser p = new QueryParser(new TokenCursor(new Statement(source, tokens)));
        Query q = p.query();
        if (!p.c.atEnd()) {
            throw p.syntaxError();
        }
        return q;
    }

    private InputError syntaxError() {
        return c.error("syntax error at or near " + TokenCursor.describe(c.peek()));
    }

    private ExprParser expr() {
        return new ExprParser(c, subqueries);
    }

    private int at() {
        return c.peek().start();
    }

    // ================================================================== select_no_parens

    /** {@code [WITH …] set-expression [ORDER BY …] [LIMIT / OFFSET / FETCH] [FOR …]}, up to where it ends. */
    private Query query() {
        int from = c.position();
        int at = at();
        Optional<With> with = c.is("with") ? Optional.of(with()) : Optional.empty();
        Body body = setExpression();
        List<Expr.Sort> orderBy = List.of();
        if (c.isSeq("order", "by")) {
            c.next();
            c.next();
            orderBy = expr().sortList();
        }
        List<Tail> tail = tail();
        if (body instanceof Nested n) {
            // a query in parentheses takes the clauses written after it (insertSelectOptions())
            Query inner = n.query();
            if (with.isPresent() && inner.with().isPresent()) {
                throw new InputError(c.statement().source(), with.get().at(), "multiple WITH clauses not allowed");
            }
            if (!orderBy.isEmpty() && !inner.orderBy().isEmpty()) {
                throw new InputError(c.statement().source(), at, "multiple ORDER BY clauses not allowed");
            }
            for (Tail t : tail) {
                for (Tail i : inner.tail()) {
                    if (t.getClass() == i.getClass() && !(t instanceof Locking)
                        || t instanceof Fetch && i instanceof Limit || t instanceof Limit && i instanceof Fetch) {
                        throw new InputError(c.statement().source(), t.at(), "multiple "
                            + (t instanceof Offset ? "OFFSET" : "LIMIT") + " clauses not allowed");
                    }
                }
            }
        }
        return new Query(with, body, orderBy, tail, c.statement().tokens().subList(from, c.position()), at);
    }

    private With with() {
        int at = at();
        c.expect("with");
        boolean recursive = c.accept("recursive");
        List<Cte> ctes = new ArrayList<>();
        do {
            int cteAt = at();
            String name = colId();
            List<String> columns = c.is(TokenType.LPAREN) ? nameList() : List.of();
            c.expect("as");
            Optional<Boolean> materialized = Optional.empty();
            if (c.acceptSeq("not", "materialized")) {
                materialized = Optional.of(false);
            } else if (c.accept("materialized")) {
                materialized = Optional.of(true);
            }
            c.expect(TokenType.LPAREN);
            if (c.is("insert") || c.is("update") || c.is("delete") || c.is("merge")) {
                throw c.error("views must not contain data-modifying statements in WITH");
            }
            Query q = query();
            c.expect(TokenType.RPAREN);
            int searchFrom = c.position();
            if (c.accept("search")) {
                if (!c.accept("depth")) {
                    c.expect("breadth");
                }
                c.expectSeq("first", "by");
                columnList();
                c.expect("set");
                colId();
            }
            if (c.accept("cycle")) {
                columnList();
                c.expect("set");
                colId();
                if (c.accept("to")) {
                    expr().parsePrimary();
                    c.expect("default");
                    expr().parsePrimary();
                }
                c.expect("using");
                colId();
            }
            String searchCycle = TokenText.canonical(c.statement().tokens(), searchFrom, c.position());
            ctes.add(new Cte(name, columns, materialized, q, searchCycle, cteAt));
        } while (c.accept(TokenType.COMMA));
        return new With(recursive, ctes, at);
    }

    /** UNION and EXCEPT, left to right, over INTERSECT, which binds tighter. */
    private Body setExpression() {
        Body left = setTerm();
        while (c.is("union") || c.is("except")) {
            int at = at();
            String op = c.next().value().toUpperCase(Locale.ROOT);
            boolean all = quantifier();
            left = new SetOperation(op, all, left, setTerm(), at);
        }
        return left;
    }

    private Body setTerm() {
        Body left = primary();
        while (c.is("intersect")) {
            int at = at();
            c.next();
            boolean all = quantifier();
            left = new SetOperation("INTERSECT", all, left, primary(), at);
        }
        return left;
    }

    /** {@code ALL}, {@code DISTINCT} or neither after a set operator: whether ALL. */
    private boolean quantifier() {
        if (c.accept("all")) {
            return true;
        }
        c.accept("distinct");
        return false;
    }

    private Body primary() {
        int at = at();
        if (c.accept(TokenType.LPAREN)) {
            Query q = query();
            c.expect(TokenType.RPAREN);
            return new Nested(q, at);
        }
        if (c.is("values")) {
            return values();
        }
        if (c.accept("table")) {
            boolean only = c.accept("only");
            boolean parens = only && c.accept(TokenType.LPAREN);
            int nameAt = at();
            List<String> name = qualifiedName();
            if (parens) {
                c.expect(TokenType.RPAREN);
            } else if (!only && c.peek().isOperator("*")) {
                c.next(); // name * (descendants too): the default
            }
            return new TableStmt(name, only, nameAt);
        }
        if (c.is("select")) {
            return select();
        }
        throw c.error("expected SELECT, VALUES, WITH or TABLE but found " + TokenCursor.describe(c.peek()));
    }

    private Values values() {
        int at = at();
        c.expect("values");
        List<List<Expr>> rows = new ArrayList<>();
        int width = -1;
        do {
            int rowAt = at();
            c.expect(TokenType.LPAREN);
            List<Expr> row = new ArrayList<>();
            do {
                if (c.is("default")) {
                    throw c.error("DEFAULT is not allowed in this context");
                }
                row.add(expr().parse());
            } while (c.accept(TokenType.COMMA));
            c.expect(TokenType.RPAREN);
            if (width >= 0 && row.size() != width) {
                throw new InputError(c.statement().source(), rowAt, "VALUES lists must all be the same length");
            }
            width = row.size();
            rows.add(row);
        } while (c.accept(TokenType.COMMA));
        return new Values(rows, at);
    }

    // ================================================================== simple_select

    /** Words that end a target list: no expression starts with them. */
    private static final Set<String> AFTER_TARGETS = Set.of("from", "into", "where", "group", "having", "window",
        "union", "intersect", "except", "order", "limit", "offset", "fetch", "for");

    private Select select() {
        int at = at();
        c.expect("select");
        boolean distinct = false;
        List<Expr> distinctOn = List.of();
        if (c.accept("distinct")) {
            distinct = true;
            if (c.accept("on")) {
                c.expect(TokenType.LPAREN);
                distinctOn = exprList();
                c.expect(TokenType.RPAREN);
            }
        } else {
            c.accept("all");
        }
        List<Target> targets = new ArrayList<>();
        if (distinct || !endsTargets()) {
            do {
                targets.add(target());
            } while (c.accept(TokenType.COMMA));
        }
        if (c.is("into")) {
            throw c.error("views must not contain SELECT INTO");
        }
        List<FromItem> from = new ArrayList<>();
        if (c.accept("from")) {
            do {
                from.add(fromItem());
            } while (c.accept(TokenType.COMMA));
        }
        Optional<Expr> where = c.accept("where") ? Optional.of(expr().parse()) : Optional.empty();
        Optional<GroupBy> groupBy = c.isSeq("group", "by") ? Optional.of(groupBy()) : Optional.empty();
        Optional<Expr> having = c.accept("having") ? Optional.of(expr().parse()) : Optional.empty();
        List<WindowDef> windows = new ArrayList<>();
        if (c.accept("window")) {
            do {
                int windowAt = at();
                String name = colId();
                c.expect("as");
                c.expect(TokenType.LPAREN);
                windows.add(new WindowDef(name, expr().windowSpec(), windowAt));
            } while (c.accept(TokenType.COMMA));
        }
        return new Select(distinct, distinctOn, targets, from, where, groupBy, having, windows, at);
    }

    private boolean endsTargets() {
        Token t = c.peek();
        return t.type() == TokenType.EOF || t.is(TokenType.RPAREN) || t.is(TokenType.SEMICOLON)
            || t.type() == TokenType.IDENT && AFTER_TARGETS.contains(t.value());
    }

    private Target target() {
        int at = at();
        if (c.peek().isOperator("*")) {
            c.next();
            return new Target(new Expr.ColumnRef(List.of(), true), Optional.empty(), at);
        }
        Expr e = expr().parse();
        if (c.accept("as")) {
            return new Target(e, Optional.of(c.expectName()), at);
        }
        Token t = c.peek();
        if (t.type() == TokenType.QUOTED_IDENT || t.type() == TokenType.IDENT && Keywords.isBareLabel(t.value())) {
            c.next();
            return new Target(e, Optional.of(t.value()), at);
        }
        return new Target(e, Optional.empty(), at);
    }

    private GroupBy groupBy() {
        int at = at();
        c.expectSeq("group", "by");
        boolean distinct = false;
        if (c.accept("distinct")) {
            distinct = true;
        } else {
            c.accept("all");
        }
        int from = c.position();
        List<Grouping> items = groupingList();
        return new GroupBy(distinct, items, TokenText.canonical(c.statement().tokens(), from, c.position()), at);
    }

    private List<Grouping> groupingList() {
        List<Grouping> items = new ArrayList<>();
        do {
            items.add(grouping());
        } while (c.accept(TokenType.COMMA));
        return items;
    }

    private Grouping grouping() {
        if (c.is(TokenType.LPAREN) && c.peek(1).is(TokenType.RPAREN)) {
            c.next();
            c.next();
            return new Grouping.Empty();
        }
        if ((c.is("rollup") || c.is("cube")) && c.peek(1).is(TokenType.LPAREN)) {
            boolean rollup = c.next().value().equals("rollup");
            c.expect(TokenType.LPAREN);
            List<Expr> items = exprList();
            c.expect(TokenType.RPAREN);
            return rollup ? new Grouping.Rollup(items) : new Grouping.Cube(items);
        }
        if (c.isSeq("grouping", "sets")) {
            c.next();
            c.next();
            c.expect(TokenType.LPAREN);
            List<Grouping> items = groupingList();
            c.expect(TokenType.RPAREN);
            return new Grouping.Sets(items);
        }
        return new Grouping.Plain(expr().parse());
    }

    // ================================================================== LIMIT, OFFSET, FETCH, FOR

    /**
     * {@code select_limit [FOR …]} or {@code FOR … [select_limit]}, {@code select_limit} a LIMIT (or FETCH) and an
     * OFFSET, either or both, in either order. A FOR clause's text runs to the end of this level.
     */
    private List<Tail> tail() {
        List<Tail> tail = new ArrayList<>();
        if (c.is("for")) {
            int from = c.position();
            int at = at();
            List<String> strengths = locking();
            List<Tail> limits = new ArrayList<>();
            selectLimit(limits);
            tail.add(new Locking(strengths, TokenText.canonical(c.statement().tokens(), from, c.position()), at));
            tail.addAll(limits);
            return tail;
        }
        selectLimit(tail);
        if (c.is("for")) {
            int from = c.position();
            int at = at();
            List<String> strengths = locking();
            tail.add(new Locking(strengths, TokenText.canonical(c.statement().tokens(), from, c.position()), at));
        }
        return tail;
    }

    private boolean atLimit() {
        return c.is("limit") || c.is("fetch");
    }

    private void selectLimit(List<Tail> out) {
        if (atLimit()) {
            out.add(limitClause());
            if (c.is("offset")) {
                out.add(offsetClause());
            }
        } else if (c.is("offset")) {
            out.add(offsetClause());
            if (atLimit()) {
                out.add(limitClause());
            }
        }
    }

    private Tail limitClause() {
        int at = at();
        if (c.accept("limit")) {
            if (c.accept("all")) {
                return new Limit(Optional.empty(), at);
            }
            Expr count = expr().parse();
            if (c.is(TokenType.COMMA)) {
                throw new InputError(c.statement().source(), at, "LIMIT #,# syntax is not supported");
            }
            return new Limit(Optional.of(count), at);
        }
        c.expect("fetch");
        if (!c.accept("first")) {
            c.expect("next");
        }
        Expr count = c.is("row") || c.is("rows") ? new Expr.Const(Expr.Const.Kind.NUMBER, "1")
            : expr().parsePrimary();
        if (!c.accept("row")) {
            c.expect("rows");
        }
        if (c.acceptSeq("with", "ties")) {
            return new Fetch(count, true, at);
        }
        c.expect("only");
        return new Fetch(count, false, at);
    }

    private Offset offsetClause() {
        int at = at();
        c.expect("offset");
        Expr count = expr().parse();
        if (!c.accept("row")) {
            c.accept("rows");
        }
        return new Offset(count, at);
    }

    /** {@code FOR READ ONLY}, or one or more {@code FOR strength [OF names] [NOWAIT | SKIP LOCKED]}. */
    private List<String> locking() {
        List<String> strengths = new ArrayList<>();
        if (c.isSeq("for", "read", "only")) {
            c.next();
            c.next();
            c.next();
            return strengths;
        }
        while (c.accept("for")) {
            if (c.accept("update")) {
                strengths.add("UPDATE");
            } else if (c.acceptSeq("no", "key", "update")) {
                strengths.add("NO KEY UPDATE");
            } else if (c.accept("share")) {
                strengths.add("SHARE");
            } else {
                c.expectSeq("key", "share");
                strengths.add("KEY SHARE");
            }
            if (c.accept("of")) {
                do {
                    qualifiedName();
                } while (c.accept(TokenType.COMMA));
            }
            if (!c.accept("nowait")) {
                c.acceptSeq("skip", "locked");
            }
        }
        return strengths;
    }

    // ================================================================== FROM

    private static final Set<String> JOIN_WORDS = Set.of("join", "cross", "natural", "inner", "left", "right",
        "full");

    private boolean atJoin() {
        return c.peek().type() == TokenType.IDENT && JOIN_WORDS.contains(c.peek().value());
    }

    /** One item of FROM with the joins that follow it (left to right). */
    private FromItem fromItem() {
        FromItem left = tableRef();
        while (atJoin()) {
            left = join(left);
        }
        return left;
    }

    /**
     * The join after {@code left}. A join that needs ON or USING takes the joins written before its condition
     * into its right side ({@code a JOIN b JOIN c ON p ON q} is a joined with (b joined with c)).
     */
    private JoinRef join(FromItem left) {
        int at = left.at();
        boolean natural = c.accept("natural");
        String type;
        if (!natural && c.accept("cross")) {
            type = "CROSS JOIN";
        } else if (c.accept("left")) {
            c.accept("outer");
            type = "LEFT JOIN";
        } else if (c.accept("right")) {
            c.accept("outer");
            type = "RIGHT JOIN";
        } else if (c.accept("full")) {
            c.accept("outer");
            type = "FULL JOIN";
        } else {
            c.accept("inner");
            type = "JOIN";
        }
        c.expect("join");
        FromItem right = tableRef();
        if (natural || type.equals("CROSS JOIN")) {
            return new JoinRef(type, natural, left, right, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), at);
        }
        while (atJoin()) {
            right = join(right);
        }
        if (c.accept("on")) {
            return new JoinRef(type, false, left, right, Optional.of(expr().parse()), List.of(), Optional.empty(),
                Optional.empty(), at);
        }
        if (!c.accept("using")) {
            throw c.error("expected ON or USING after a JOIN but found " + TokenCursor.describe(c.peek()));
        }
        List<String> using = nameList();
        Optional<String> alias = c.accept("as") ? Optional.of(colId()) : Optional.empty();
        return new JoinRef(type, false, left, right, Optional.empty(), using, alias, Optional.empty(), at);
    }

    /** Words that, written where a relation is, call a function ({@code func_expr_common_subexpr}). */
    private static final Set<String> VALUE_FUNCTIONS = Set.of("current_date", "current_time", "current_timestamp",
        "localtime", "localtimestamp", "current_role", "current_user", "session_user", "system_user", "user",
        "current_catalog", "current_schema");

    /** {@code table_ref} but the joins after it. */
    private FromItem tableRef() {
        int at = at();
        boolean lateral = c.accept("lateral");
        if (c.is(TokenType.LPAREN)) {
            if (ExprParser.queryInParens(c, c.position())) {
                c.next();
                Query q = query();
                c.expect(TokenType.RPAREN);
                return new SubqueryRef(lateral, q, alias(false), at);
            }
            if (lateral) {
                throw syntaxError();
            }
            c.next();
            FromItem inner = fromItem();
            if (!(inner instanceof JoinRef j)) {
                throw syntaxError();
            }
            c.expect(TokenType.RPAREN);
            Optional<Alias> alias = alias(false);
            return alias.isEmpty() ? j : new JoinRef(j.type(), j.natural(), j.left(), j.right(), j.on(), j.using(),
                j.usingAlias(), alias, at);
        }
        if (c.isSeq("rows", "from") && c.peek(2).is(TokenType.LPAREN)) {
            c.next();
            c.next();
            c.next();
            List<FunctionItem> functions = new ArrayList<>();
            do {
                Expr call = functionCall();
                List<ColumnDef> defs = List.of();
                if (c.accept("as")) {
                    defs = columnDefs();
                }
                functions.add(new FunctionItem(call, defs));
            } while (c.accept(TokenType.COMMA));
            c.expect(TokenType.RPAREN);
            return functionRef(lateral, functions, true, at);
        }
        if (!c.is("only") && (c.isName() && isFunctionAt() || c.peek().type() == TokenType.IDENT
            && VALUE_FUNCTIONS.contains(c.peek().value()))) {
            return functionRef(lateral, List.of(new FunctionItem(functionCall(), List.of())), false, at);
        }
        if (lateral) {
            throw syntaxError();
        }
        boolean only = c.accept("only");
        boolean parens = only && c.accept(TokenType.LPAREN);
        int nameAt = at();
        List<String> name = qualifiedName();
        if (parens) {
            c.expect(TokenType.RPAREN);
        } else if (!only && c.peek().isOperator("*")) {
            c.next(); // name * (descendants too): the default
        }
        Optional<Alias> alias = alias(false);
        Optional<TableSample> sample = Optional.empty();
        if (c.is("tablesample")) {
            int sampleAt = at();
            c.next();
            List<String> method = qualifiedName();
            c.expect(TokenType.LPAREN);
            List<Expr> args = exprList();
            c.expect(TokenType.RPAREN);
            Optional<Expr> seed = Optional.empty();
            if (c.accept("repeatable")) {
                c.expect(TokenType.LPAREN);
                seed = Optional.of(expr().parse());
                c.expect(TokenType.RPAREN);
            }
            sample = Optional.of(new TableSample(method, args, seed, sampleAt));
        }
        return new RelationRef(name, only, alias, sample, nameAt);
    }

    /** A (possibly qualified) name followed by an open parenthesis: a function call. */
    private boolean isFunctionAt() {
        int k = 1;
        while (c.peek(k).is(TokenType.DOT) && c.peek(k + 1).isName()) {
            k += 2;
        }
        return c.peek(k).is(TokenType.LPAREN);
    }

    /** A function called in FROM ({@code func_expr_windowless}): a call, or a special form that is one. */
    private Expr functionCall() {
        int at = at();
        Expr call = expr().parsePrimary();
        boolean windowless = call instanceof Expr.FuncCall f ? f.over().isEmpty()
            : call instanceof Expr.Opaque || call instanceof Expr.TypeCast || call instanceof Expr.SqlValue;
        if (!windowless) {
            throw new InputError(c.statement().source(), at, "expected a function call in FROM");
        }
        return call;
    }

    /** A function in FROM after its calls: WITH ORDINALITY, its alias and column definitions. */
    private FunctionRef functionRef(boolean lateral, List<FunctionItem> functions, boolean rowsFrom, int at) {
        boolean ordinality = c.acceptSeq("with", "ordinality");
        // [AS] name [(columns)], [AS] name (column definitions), AS (column definitions)
        boolean as = c.accept("as");
        if (as && c.is(TokenType.LPAREN)) {
            return new FunctionRef(lateral, functions, rowsFrom, ordinality, Optional.empty(), columnDefs(), at);
        }
        if (!as && !isAliasName()) {
            return new FunctionRef(lateral, functions, rowsFrom, ordinality, Optional.empty(), List.of(), at);
        }
        int aliasAt = at();
        String name = colId();
        if (!c.is(TokenType.LPAREN)) {
            return new FunctionRef(lateral, functions, rowsFrom, ordinality, Optional.of(new Alias(name, List.of(),
                aliasAt)), List.of(), at);
        }
        Token after = c.peek(2);
        if (after.is(TokenType.COMMA) || after.is(TokenType.RPAREN)) {
            return new FunctionRef(lateral, functions, rowsFrom, ordinality, Optional.of(new Alias(name, nameList(),
                aliasAt)), List.of(), at);
        }
        return new FunctionRef(lateral, functions, rowsFrom, ordinality, Optional.of(new Alias(name, List.of(),
            aliasAt)), columnDefs(), at);
    }

    /** {@code (name type [COLLATE c], …)}. */
    private List<ColumnDef> columnDefs() {
        c.expect(TokenType.LPAREN);
        List<ColumnDef> defs = new ArrayList<>();
        do {
            int at = at();
            String name = colId();
            RawType type = expr().parseType();
            if (c.accept("collate")) {
                qualifiedName();
            }
            defs.add(new ColumnDef(name, type, at));
        } while (c.accept(TokenType.COMMA));
        c.expect(TokenType.RPAREN);
        return defs;
    }

    /** {@code [AS] name [(columns)]}, when there is one. */
    private Optional<Alias> alias(boolean required) {
        boolean as = c.accept("as");
        if (!as && !isAliasName()) {
            if (required) {
                throw syntaxError();
            }
            return Optional.empty();
        }
        int at = at();
        String name = colId();
        List<String> columns = c.is(TokenType.LPAREN) ? nameList() : List.of();
        return Optional.of(new Alias(name, columns, at));
    }

    /** A name that may stand as an alias without AS: a quoted one, or a word that is no keyword of a clause. */
    private boolean isAliasName() {
        Token t = c.peek();
        return t.type() == TokenType.QUOTED_IDENT || t.type() == TokenType.IDENT && Keywords.isColId(t.value());
    }

    // ================================================================== names and lists

    /** {@code ColId}: a name that is no reserved keyword (nor a type or function keyword) unless quoted. */
    private String colId() {
        Token t = c.peek();
        if (t.type() == TokenType.IDENT && !Keywords.isColId(t.value())) {
            throw syntaxError();
        }
        return c.expectName();
    }

    private List<String> qualifiedName() {
        List<String> names = new ArrayList<>();
        names.add(colId());
        while (c.is(TokenType.DOT) && c.peek(1).isName()) {
            c.next();
            names.add(c.expectName());
        }
        return names;
    }

    /** {@code (name, …)}. */
    private List<String> nameList() {
        c.expect(TokenType.LPAREN);
        List<String> names = columnList();
        c.expect(TokenType.RPAREN);
        return names;
    }

    private List<String> columnList() {
        List<String> names = new ArrayList<>();
        do {
            names.add(colId());
        } while (c.accept(TokenType.COMMA));
        return names;
    }

    private List<Expr> exprList() {
        List<Expr> items = new ArrayList<>();
        do {
            items.add(expr().parse());
        } while (c.accept(TokenType.COMMA));
        return items;
    }
}
