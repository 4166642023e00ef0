package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.View;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.ColumnNames;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.ExprParser;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.expr.TokenText;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A query in canonical form, the way a view's definition must be compared: the server stores a view as a
 * parsed query and pg_dump prints it back deparsed (every column qualified by its range variable, {@code *}
 * expanded, every output named, joins parenthesized, implicit casts shown). This resolves the query's names
 * against the catalog so that the author's text and pg_dump's text print the same.
 */
final class QueryCanonicalizer {
    private final WorkingCatalog in;
    private final Resolver resolver;
    private final Set<ObjectId> refs;
    private final Source source;
    /** Whether a name that is not there is an error (not in the first pass over a recursive CTE). */
    private final boolean strict;
    /** The whole query's tokens, where a column reference's place is looked up. */
    private List<Token> all;

    QueryCanonicalizer(WorkingCatalog in, Resolver resolver, Set<ObjectId> refs, Source source) {
        this(in, resolver, refs, source, true);
    }

    private QueryCanonicalizer(WorkingCatalog in, Resolver resolver, Set<ObjectId> refs, Source source, boolean strict) {
        this.in = in;
        this.resolver = resolver;
        this.refs = refs;
        this.source = source;
        this.strict = strict;
    }

    /**
     * A relation or column the query names that the server would not find: an error in the query, unlike a form of
     * query this canonicalizer does not read (which is compared as written).
     */
    static final class Unresolved extends InputError {
        private static final long serialVersionUID = 1L;

        Unresolved(Source source, int offset, String reason) {
            super(source, offset, reason);
        }
    }

    /** Columns every table has. */
    private static final Set<String> SYSTEM_COLUMNS = Set.of("ctid", "xmin", "xmax", "cmin", "cmax", "tableoid",
        "oid");

    /** The canonical text and the output columns of a query, with the types of those that are known. */
    record Result(String canonical, List<View.Output> outputs, Map<String, DataType> types) {
        Result(String canonical, List<View.Output> outputs) {
            this(canonical, outputs, Map.of());
        }
    }

    /**
     * A FROM item as seen by column references: the name it is referred to by, the name the canonical form
     * gives it (by position: aliases do not change what a query means, and pg_dump renames them anyway to keep
     * them unique), and its columns (empty when unknown).
     */
    record RangeVar(String refname, String canonicalName, List<String> columns, Map<String, DataType> types,
                    Optional<ObjectId> relation, boolean columnsKnown) {}

    private int rangeVars;

    private RangeVar var(String refname, List<String> columns, Map<String, DataType> types,
                         Optional<ObjectId> relation, boolean known) {
        return new RangeVar(refname, "r" + (++rangeVars), columns, types, relation, known);
    }

    /** Names visible at one query level. */
    static final class Scope {
        final Scope parent;
        final List<RangeVar> vars = new ArrayList<>();
        final Map<String, Result> ctes;
        /** Columns merged by JOIN … USING: how an unqualified reference to them prints. */
        final Map<String, String> merged = new HashMap<>();
        /** Whether names here may be output columns (ORDER BY after UNION): unknown ones are not errors. */
        boolean outputsOnly;

        Scope(Scope parent) {
            this.parent = parent;
            this.ctes = parent == null ? new HashMap<>() : new HashMap<>(parent.ctes);
        }
    }

    Result query(List<Token> tokens, Scope outer) {
        return query(tokens, outer, List.of());
    }

    /** {@code names}: the view's column list, which names the first outputs. */
    Result query(List<Token> tokens, Scope outer, List<String> names) {
        if (all == null) {
            all = tokens;
        }
        Statement st = new Statement(source, tokens);
        TokenCursor c = new TokenCursor(st);
        Result r = query(c, outer, names);
        if (!c.atEnd()) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in a view's query");
        }
        return r;
    }

    // ================================================================== query = [WITH] set-expression [ORDER BY …]

    private Result query(TokenCursor c, Scope outer, List<String> names) {
        Scope withScope = new Scope(outer);
        StringBuilder sb = new StringBuilder();
        if (c.accept("with")) {
            boolean recursive = c.accept("recursive");
            sb.append(recursive ? "WITH RECURSIVE " : "WITH ");
            boolean first = true;
            do {
                String name = c.expectName();
                List<String> cols = c.is(TokenType.LPAREN) ? nameList(c) : List.of();
                c.expect("as");
                String mat = "";
                if (c.acceptSeq("not", "materialized")) {
                    mat = "NOT MATERIALIZED ";
                } else if (c.accept("materialized")) {
                    mat = "MATERIALIZED ";
                }
                List<Token> body = parenthesized(c);
                if (recursive) {
                    // a first pass for the columns, with the name itself unknown, then the real one
                    Result pre = safeQuery(body, withScope);
                    withScope.ctes.put(name, new Result("", named(cols, pre.outputs())));
                }
                Result r = query(body, withScope);
                withScope.ctes.put(name, new Result(r.canonical(), named(cols, r.outputs()), r.types()));
                sb.append(first ? "" : ", ").append(Identifiers.quote(name));
                if (!cols.isEmpty()) {
                    sb.append('(').append(joinNames(cols)).append(')');
                }
                sb.append(" AS ").append(mat).append('(').append(r.canonical()).append(')');
                first = false;
                while (c.is("search") || c.is("cycle")) {
                    int from = c.position();
                    while (!c.atEnd() && !c.is(TokenType.COMMA) && !c.is("select") && !c.is(TokenType.LPAREN)) {
                        c.next();
                    }
                    sb.append(' ').append(TokenText.canonical(c.statement().tokens(), from, c.position()));
                }
            } while (c.accept(TokenType.COMMA));
            sb.append(' ');
        }
        Body body = setExpression(c, withScope, names);
        sb.append(body.text);
        // ORDER BY / LIMIT / OFFSET / FETCH / FOR … apply to the whole set expression
        Scope orderScope = body.scope;
        if (orderScope == null) {
            // after UNION and the like, ORDER BY names output columns, which no range variable holds
            orderScope = new Scope(withScope);
            orderScope.outputsOnly = true;
        }
        if (c.isSeq("order", "by")) {
            c.next();
            c.next();
            List<Expr.Sort> items = new ExprParser(c).sortList();
            sb.append(" ORDER BY ");
            sorts(items, body, orderScope, sb);
        }
        while (!c.atEnd() && !c.is(TokenType.RPAREN)) {
            if (c.accept("limit")) {
                sb.append(" LIMIT ");
                if (c.accept("all")) {
                    sb.append("ALL");
                } else {
                    sb.append(expr(new ExprParser(c).parse(), orderScope));
                }
            } else if (c.accept("offset")) {
                sb.append(" OFFSET ").append(expr(new ExprParser(c).parse(), orderScope));
                if (!c.accept("row")) {
                    c.accept("rows");
                }
            } else if (c.accept("fetch")) {
                if (!c.accept("first")) {
                    c.expect("next");
                }
                Expr n = c.is("row") || c.is("rows") ? new Expr.Const(Expr.Const.Kind.NUMBER, "1")
                    : new ExprParser(c).parse();
                if (!c.accept("row")) {
                    c.expect("rows");
                }
                if (c.acceptSeq("with", "ties")) {
                    sb.append(" FETCH FIRST ").append(expr(n, orderScope)).append(" ROWS WITH TIES");
                } else {
                    c.expect("only");
                    sb.append(" LIMIT ").append(expr(n, orderScope));
                }
            } else if (c.is("for")) {
                int from = c.position();
                while (!c.atEnd() && !c.is(TokenType.RPAREN)) {
                    c.next();
                }
                sb.append(' ').append(TokenText.canonical(c.statement().tokens(), from, c.position()));
            } else {
                break;
            }
        }
        return new Result(sb.toString(), body.outputs, body.types);
    }

    private Result safeQuery(List<Token> body, Scope scope) {
        try {
            return new QueryCanonicalizer(in, resolver, new HashSet<>(), source, false).query(body, scope);
        } catch (InputError e) {
            return new Result("", List.of());
        }
    }

    private static List<View.Output> named(List<String> cols, List<View.Output> outputs) {
        if (cols.isEmpty()) {
            return outputs;
        }
        List<View.Output> out = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            out.add(new View.Output(cols.get(i), i < outputs.size() ? outputs.get(i).canonical() : ""));
        }
        return out;
    }

    /** The text of a set expression, its outputs, and (for a plain SELECT) its scope and targets for ORDER BY. */
    private record Body(String text, List<View.Output> outputs, Scope scope, List<Target> targets,
                        Map<String, DataType> types) {
        Body(String text, List<View.Output> outputs, Scope scope, List<Target> targets) {
            this(text, outputs, scope, targets, Map.of());
        }
    }

    private record Target(Expr expr, String name) {}

    /**
     * Branches after the first are printed without output names: only the first branch's names (or the view's
     * column list) name the result, which is what the server stores.
     */
    private Body setExpression(TokenCursor c, Scope scope, List<String> names) {
        Body left = setTerm(c, scope, names, true);
        if (!c.is("union") && !c.is("except")) {
            return left;
        }
        // one text for the whole chain: joining branch by branch would copy it once per branch
        StringBuilder text = new StringBuilder(left.text);
        while (c.is("union") || c.is("except")) {
            String op = c.next().value().toUpperCase(java.util.Locale.ROOT);
            boolean all = c.accept("all");
            if (!all) {
                c.accept("distinct");
            }
            Body right = setTerm(c, scope, List.of(), false);
            text.append(' ').append(op).append(all ? " ALL " : " ").append(right.text);
        }
        return new Body(text.toString(), left.outputs, null, List.of(), left.types);
    }

    private Body setTerm(TokenCursor c, Scope scope, List<String> names, boolean first) {
        Body left = primary(c, scope, names, first);
        if (!c.is("intersect")) {
            return left;
        }
        StringBuilder text = new StringBuilder(left.text);
        while (c.is("intersect")) {
            c.next();
            boolean all = c.accept("all");
            if (!all) {
                c.accept("distinct");
            }
            Body right = primary(c, scope, List.of(), false);
            text.append(" INTERSECT").append(all ? " ALL " : " ").append(right.text);
        }
        return new Body(text.toString(), left.outputs, null, List.of(), left.types);
    }

    private Body primary(TokenCursor c, Scope scope, List<String> names, boolean first) {
        if (c.is(TokenType.LPAREN)) {
            List<Token> inner = parenthesized(c);
            Result r = query(inner, scope, first ? names : List.of());
            return new Body("(" + r.canonical() + ")", r.outputs(), null, List.of(), r.types());
        }
        if (c.accept("values")) {
            // the server reads a VALUES list as a query over it: SELECT "*VALUES*".column1, … FROM (VALUES …)
            Body v = values(c, scope);
            String rv = "r" + (++rangeVars);
            StringBuilder sb = new StringBuilder("SELECT ");
            List<View.Output> outs = new ArrayList<>();
            for (int i = 0; i < v.outputs.size(); i++) {
                String col = rv + "." + v.outputs.get(i).name();
                String name = i < names.size() ? names.get(i) : v.outputs.get(i).name();
                sb.append(i > 0 ? ", " : "").append(col);
                if (first) {
                    sb.append(" AS ").append(Identifiers.quote(name));
                }
                outs.add(new View.Output(name, col));
            }
            sb.append(" FROM (").append(v.text).append(") ").append(rv);
            return new Body(sb.toString(), outs, null, List.of());
        }
        if (c.accept("table")) {
            int at = c.peek().start();
            Expr.ColumnRef name = new Expr.ColumnRef(qualifiedName(c), false);
            Scope s = new Scope(scope);
            String from = relation(name.names(), Optional.empty(), List.of(), s, false, at);
            return select(List.of(new Target(new Expr.ColumnRef(List.of(), true), null)), false, List.of(), from, s,
                Optional.empty(), List.of(), Optional.empty(), "", names, first);
        }
        c.expect("select");
        return selectBody(c, scope, names, first);
    }

    private Body values(TokenCursor c, Scope scope) {
        StringBuilder sb = new StringBuilder("VALUES ");
        int width = 0;
        boolean first = true;
        List<Expr> firstRow = List.of();
        do {
            c.expect(TokenType.LPAREN);
            List<Expr> row = new ArrayList<>();
            do {
                row.add(c.accept("default") ? new Expr.ColumnRef(List.of("DEFAULT"), false) : new ExprParser(c).parse());
            } while (c.accept(TokenType.COMMA));
            c.expect(TokenType.RPAREN);
            if (first) {
                firstRow = row;
            }
            width = row.size();
            sb.append(first ? "(" : ", (");
            for (int i = 0; i < row.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(expr(row.get(i), scope));
            }
            sb.append(')');
            first = false;
        } while (c.accept(TokenType.COMMA));
        List<View.Output> outs = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            outs.add(new View.Output("column" + (i + 1), expr(firstRow.get(i), scope)));
        }
        return new Body(sb.toString(), outs, null, List.of());
    }

    // ================================================================== SELECT

    private Body selectBody(TokenCursor c, Scope outer, List<String> names, boolean first) {
        boolean distinct = false;
        List<Expr> distinctOn = List.of();
        if (c.accept("distinct")) {
            distinct = true;
            if (c.accept("on")) {
                c.expect(TokenType.LPAREN);
                distinctOn = new ArrayList<>();
                do {
                    distinctOn.add(new ExprParser(c).parse());
                } while (c.accept(TokenType.COMMA));
                c.expect(TokenType.RPAREN);
            }
        } else {
            c.accept("all");
        }
        List<Target> targets = new ArrayList<>();
        if (!isClauseStart(c)) {
            do {
                targets.add(target(c));
            } while (c.accept(TokenType.COMMA));
        }
        Scope scope = new Scope(outer);
        String from = "";
        if (c.accept("from")) {
            from = fromList(c, scope);
        }
        Optional<Expr> where = c.accept("where") ? Optional.of(new ExprParser(c).parse()) : Optional.empty();
        List<Expr> groupBy = new ArrayList<>();
        String groupText = "";
        if (c.isSeq("group", "by")) {
            c.next();
            c.next();
            if (!c.accept("all")) {
                c.accept("distinct");
            }
            if (c.isSeq("grouping", "sets") || c.is("rollup") || c.is("cube") || c.is(TokenType.LPAREN)
                && c.peek(1).is(TokenType.RPAREN)) {
                int f = c.position();
                skipTo(c, Set.of("having", "window", "order", "limit", "offset", "fetch", "union", "except",
                    "intersect", "for"));
                groupText = TokenText.canonical(c.statement().tokens(), f, c.position());
            } else {
                do {
                    groupBy.add(new ExprParser(c).parse());
                } while (c.accept(TokenType.COMMA));
            }
        }
        Optional<Expr> having = c.accept("having") ? Optional.of(new ExprParser(c).parse()) : Optional.empty();
        String window = "";
        if (c.accept("window")) {
            StringBuilder w = new StringBuilder(" WINDOW ");
            boolean firstWindow = true;
            do {
                String name = c.expectName();
                c.expect("as");
                c.expect(TokenType.LPAREN);
                Expr.Window spec = new ExprParser(c).windowSpec();
                StringBuilder ws = new StringBuilder();
                canonicalizer(scope).window(spec, ws);
                w.append(firstWindow ? "" : ", ").append(Identifiers.quote(name)).append(" AS (").append(ws).append(')');
                firstWindow = false;
            } while (c.accept(TokenType.COMMA));
            window = w.toString();
        }
        String group = groupText;
        if (!groupBy.isEmpty()) {
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < groupBy.size(); i++) {
                g.append(i > 0 ? ", " : "").append(groupItem(groupBy.get(i), targets, scope));
            }
            group = g.toString();
        }
        StringBuilder head = new StringBuilder("SELECT ");
        if (distinct) {
            head.append("DISTINCT ");
            if (!distinctOn.isEmpty()) {
                head.append("ON (");
                for (int i = 0; i < distinctOn.size(); i++) {
                    head.append(i > 0 ? ", " : "").append(groupItem(distinctOn.get(i), targets, scope));
                }
                head.append(") ");
            }
        }
        return select(targets, distinct, distinctOn, from, scope, where, List.of(), having,
            head + "\u0000" + (group.isEmpty() ? "" : " GROUP BY " + group) + "\u0001" + window, names, first);
    }

    /** Assembles a SELECT once its FROM is known: targets need the FROM's scope. */
    private Body select(List<Target> targets, boolean distinct, List<Expr> distinctOn, String from, Scope scope,
                        Optional<Expr> where, List<Expr> unused, Optional<Expr> having, String parts,
                        List<String> names, boolean first) {
        String head = parts.isEmpty() ? "SELECT " : parts.substring(0, parts.indexOf('\u0000'));
        String group = parts.isEmpty() ? "" : parts.substring(parts.indexOf('\u0000') + 1, parts.indexOf('\u0001'));
        String window = parts.isEmpty() ? "" : parts.substring(parts.indexOf('\u0001') + 1);
        List<Target> expanded = new ArrayList<>();
        boolean known = true;
        for (Target t : targets) {
            if (t.expr instanceof Expr.ColumnRef r && r.star()) {
                List<RangeVar> vars = new ArrayList<>();
                if (r.names().isEmpty()) {
                    vars.addAll(scope.vars);
                } else {
                    lookupVar(scope, r.names()).ifPresent(vars::add);
                }
                if (vars.isEmpty() || vars.stream().anyMatch(v -> !v.columnsKnown())) {
                    expanded.add(t);
                    known = false;
                    continue;
                }
                for (RangeVar v : vars) {
                    for (String col : v.columns()) {
                        expanded.add(new Target(new Expr.ColumnRef(List.of(v.refname(), col), false), col));
                        // (resolved through the scope below, which prints the canonical name)
                    }
                }
            } else {
                expanded.add(t);
            }
        }
        StringBuilder sb = new StringBuilder(head);
        List<View.Output> outputs = new ArrayList<>();
        Map<String, DataType> types = new HashMap<>();
        for (int i = 0; i < expanded.size(); i++) {
            Target t = expanded.get(i);
            sb.append(i > 0 ? ", " : "");
            if (t.expr instanceof Expr.ColumnRef r && r.star()) {
                sb.append(r.names().isEmpty() ? "*" : joinNames(r.names()) + ".*");
                continue;
            }
            String e = first ? expr(t.expr, scope) : canonicalizer(scope).canonical(t.expr, Canonicalizer.ANY_TYPE);
            String name = i < names.size() ? names.get(i) : t.name != null ? t.name : ColumnNames.forOutput(t.expr);
            sb.append(e);
            if (first) {
                sb.append(" AS ").append(Identifiers.quote(name));
            }
            Optional<DataType> ty = typeOf(t.expr, scope);
            ty.ifPresent(x -> types.put(name, x));
            // what CREATE OR REPLACE must keep: the expression, its type and where a plain column comes from
            outputs.add(new View.Output(name, e + ty.map(x -> " :: " + x.sql()).orElse("") + origin(t.expr, scope)));
        }
        if (!from.isEmpty()) {
            sb.append(" FROM ").append(from);
        }
        where.ifPresent(w -> sb.append(" WHERE ").append(expr(w, scope)));
        sb.append(group);
        having.ifPresent(h -> sb.append(" HAVING ").append(expr(h, scope)));
        sb.append(window);
        return new Body(sb.toString(), known ? outputs : List.of(), scope, expanded, types);
    }

    /** For an output that is a column of a table or view: that relation, which the canonical name hides. */
    private String origin(Expr e, Scope scope) {
        if (e instanceof Expr.ColumnRef r && !r.star()) {
            String col = r.names().get(r.names().size() - 1);
            for (Scope s = scope; s != null; s = s.parent) {
                for (RangeVar v : s.vars) {
                    boolean named = r.names().size() > 1 ? v.refname().equals(r.names().get(r.names().size() - 2))
                        : v.columns().contains(col);
                    if (named) {
                        return v.relation().map(id -> " @ " + id.qualifiedName()).orElse("");
                    }
                }
            }
        }
        return "";
    }

    /** The type of an output when it is a column or a cast: what a query over this one sees. */
    private Optional<DataType> typeOf(Expr e, Scope scope) {
        if (e instanceof Expr.ColumnRef r && !r.star()) {
            return resolve(scope, r.names()).type();
        }
        if (e instanceof Expr.TypeCast tc) {
            return Optional.of(resolver.type(tc.type(), new java.util.HashSet<>()));
        }
        if (e instanceof Expr.Const k) {
            // as the server types a constant in a select list (an unknown literal there is text)
            return k.kind() == Expr.Const.Kind.STRING ? Optional.of(DataType.builtin("text"))
                : k.kind() == Expr.Const.Kind.NULL ? Optional.empty() : Canonicalizer.naturalType(k);
        }
        if (e instanceof Expr.FuncCall f && f.name().size() == 1 && f.args().isEmpty()) {
            String t = switch (f.name().get(0)) {
                case "now", "current_timestamp", "transaction_timestamp", "statement_timestamp", "clock_timestamp"
                    -> "timestamp with time zone";
                case "current_date" -> "date";
                case "localtimestamp" -> "timestamp without time zone";
                case "gen_random_uuid" -> "uuid";
                case "current_user", "session_user", "current_role", "user", "current_schema", "current_database"
                    -> "name";
                default -> null;
            };
            return Optional.ofNullable(t).map(DataType::builtin);
        }
        return Optional.empty();
    }

    private static boolean isClauseStart(TokenCursor c) {
        return c.atEnd() || c.is("from") || c.is("where") || c.is("group") || c.is("having") || c.is("union")
            || c.is("order") || c.is("limit") || c.is(TokenType.RPAREN);
    }

    private static void skipTo(TokenCursor c, Set<String> stops) {
        while (!c.atEnd() && !c.is(TokenType.RPAREN)) {
            if (c.peek().type() == TokenType.IDENT && stops.contains(c.peek().value())) {
                return;
            }
            if (c.accept(TokenType.LPAREN)) {
                c.skipBalanced();
            } else {
                c.next();
            }
        }
    }

    private Target target(TokenCursor c) {
        if (c.peek().isOperator("*")) {
            c.next();
            return new Target(new Expr.ColumnRef(List.of(), true), null);
        }
        Expr e = new ExprParser(c).parse();
        if (c.accept("as")) {
            return new Target(e, c.expectName());
        }
        if (c.isName() && !isClauseStart(c) && !c.is("into") && !c.is("window")) {
            return new Target(e, c.expectName());
        }
        return new Target(e, null);
    }

    /** A GROUP BY or DISTINCT ON item: an output number or (when no input column has it) an output name. */
    private String groupItem(Expr e, List<Target> targets, Scope scope) {
        Optional<Expr> t = targetFor(e, targets, scope, false);
        return expr(t.orElse(e), scope);
    }

    private void sorts(List<Expr.Sort> items, Body body, Scope scope, StringBuilder sb) {
        List<Expr.Sort> resolved = new ArrayList<>();
        for (Expr.Sort s : items) {
            Expr e = targetFor(s.expr(), body.targets, scope, true).orElse(s.expr());
            resolved.add(new Expr.Sort(e, s.descending(), s.nullsFirst(), s.using()));
        }
        canonicalizer(scope).sorts(resolved, sb);
    }

    /**
     * ORDER BY 2 and ORDER BY alias mean an output column; the server stores (and pg_dump prints) its expression.
     * For ORDER BY an output name wins over an input column; for GROUP BY the input column wins.
     */
    private Optional<Expr> targetFor(Expr e, List<Target> targets, Scope scope, boolean outputFirst) {
        if (e instanceof Expr.Const k && k.kind() == Expr.Const.Kind.NUMBER) {
            try {
                int n = Integer.parseInt(k.value());
                if (n >= 1 && n <= targets.size()) {
                    return Optional.of(targets.get(n - 1).expr);
                }
            } catch (NumberFormatException ignored) {
                return Optional.empty();
            }
        }
        if (e instanceof Expr.ColumnRef r && r.names().size() == 1 && !r.star()) {
            String name = r.names().get(0);
            boolean input = scope.vars.stream().anyMatch(v -> v.columns().contains(name));
            if (!outputFirst && input) {
                return Optional.empty();
            }
            for (Target t : targets) {
                String tn = t.name != null ? t.name : t.expr instanceof Expr.ColumnRef c && !c.star() ? ColumnNames.forOutput(c) : null;
                if (name.equals(tn)) {
                    return Optional.of(t.expr);
                }
            }
        }
        return Optional.empty();
    }

    // ================================================================== FROM

    private String fromList(TokenCursor c, Scope scope) {
        StringBuilder sb = new StringBuilder();
        do {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(fromItem(c, scope));
        } while (c.accept(TokenType.COMMA));
        return sb.toString();
    }

    /**
     * One FROM item with the joins that follow it, each join in parentheses: {@code ((a JOIN b ON …) JOIN c ON …)},
     * written left to right with the opening parentheses put in front at the end (wrapping the text so far at each
     * join would copy it once per join).
     */
    private String fromItem(TokenCursor c, Scope scope) {
        int leftStart = scope.vars.size();
        StringBuilder j = new StringBuilder(tablePrimary(c, scope));
        int joins = 0;
        while (true) {
            boolean natural = c.accept("natural");
            String type;
            if (c.accept("cross")) {
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
            } else if (c.accept("inner")) {
                type = "JOIN";
            } else if (c.is("join")) {
                type = "JOIN";
            } else {
                if (natural) {
                    throw c.error("expected JOIN after NATURAL");
                }
                return "(".repeat(joins) + j;
            }
            c.expect("join");
            int split = scope.vars.size();
            String right = tablePrimary(c, scope);
            joins++;
            j.append(' ').append(natural ? "NATURAL " : "").append(type).append(' ').append(right);
            if (c.accept("on")) {
                j.append(" ON ").append(expr(new ExprParser(c).parse(), scope));
            } else if (c.accept("using")) {
                List<String> cols = nameList(c);
                j.append(" USING (").append(joinNames(cols)).append(')');
                // the merged column is the left one for inner and left joins, the right one for right joins, and
                // COALESCE of both for full joins (what the server prints)
                for (String col : cols) {
                    String l = mergedSide(scope, leftStart, split, col);
                    String r = mergedSide(scope, split, scope.vars.size(), col);
                    if (l != null && r != null) {
                        scope.merged.put(col, type.equals("FULL JOIN") ? "COALESCE(" + l + ", " + r + ")"
                            : type.equals("RIGHT JOIN") ? r : l);
                    }
                }
                if (c.accept("as")) {
                    j.append(" AS ").append(Identifiers.quote(c.expectName()));
                }
            }
            j.append(')');
        }
    }

    private static String mergedSide(Scope scope, int from, int to, String col) {
        for (int i = from; i < to; i++) {
            RangeVar v = scope.vars.get(i);
            if (v.columns().contains(col)) {
                return scope.merged.containsKey(col) && i == from ? scope.merged.get(col)
                    : v.canonicalName() + "." + Identifiers.quote(col);
            }
        }
        return null;
    }

    private String tablePrimary(TokenCursor c, Scope scope) {
        boolean lateral = c.accept("lateral");
        String prefix = lateral ? "LATERAL " : "";
        if (c.is(TokenType.LPAREN)) {
            ExprParser probe = new ExprParser(c);
            int save = c.position();
            c.next();
            boolean sub = probe.isSubqueryStart();
            c.reset(save);
            if (sub) {
                List<Token> inner = parenthesized(c);
                Result r;
                if (!inner.isEmpty() && inner.get(0).is("values")) {
                    // a VALUES list in FROM stays one
                    TokenCursor vc = new TokenCursor(new Statement(source, inner));
                    vc.next();
                    Body v = values(vc, scope);
                    if (!vc.atEnd()) {
                        throw vc.error("unexpected " + TokenCursor.describe(vc.peek()) + " after VALUES");
                    }
                    r = new Result("VALUES" + v.text.substring("VALUES".length()), v.outputs);
                } else {
                    r = query(inner, scope);
                }
                Alias a = alias(c);
                String ref = a.name.orElse("unnamed_subquery");
                List<String> cols = new ArrayList<>(a.columns);
                for (int i = cols.size(); i < r.outputs().size(); i++) {
                    cols.add(r.outputs().get(i).name());
                }
                boolean valuesList = inner.size() > 0 && inner.get(0).is("values");
                if (a.name.isEmpty() && valuesList) {
                    ref = "*VALUES*";
                }
                scope.vars.add(var(ref, cols, renamedTypes(r, cols), Optional.empty(), !r.outputs().isEmpty()));
                return prefix + "(" + r.canonical() + ") " + scope.vars.get(scope.vars.size() - 1).canonicalName()
                    + colsText(a.columns);
            }
            // a parenthesized join
            c.next();
            String j = fromItem(c, scope);
            c.expect(TokenType.RPAREN);
            Alias a = alias(c);
            return prefix + j + aliasText(a);
        }
        boolean only = c.accept("only");
        int at = c.peek().start();
        List<String> name = qualifiedName(c);
        if (c.is(TokenType.LPAREN)) {
            // a function in FROM
            c.reset(c.position() - (name.size() * 2 - 1));
            Expr call = new ExprParser(c).parse();
            boolean ordinality = c.acceptSeq("with", "ordinality");
            Alias a = alias(c);
            String fname = call instanceof Expr.FuncCall f ? f.name().get(f.name().size() - 1) : "function";
            // the server knows the function's result columns and prints them all after the alias
            Optional<List<String>> result = call instanceof Expr.FuncCall f ? resultColumns(f, a.name.orElse(fname))
                : Optional.empty();
            List<String> cols;
            boolean known;
            if (result.isPresent()) {
                cols = new ArrayList<>(result.get());
                for (int i = 0; i < a.columns.size() && i < cols.size(); i++) {
                    cols.set(i, a.columns.get(i));
                }
                if (ordinality) {
                    cols.add(a.columns.size() > cols.size() ? a.columns.get(cols.size()) : "ordinality");
                }
                known = true;
            } else {
                cols = a.columns.isEmpty() ? List.of(a.name.orElse(fname)) : a.columns;
                known = !a.columns.isEmpty();
            }
            String body = expr(call, scope);
            scope.vars.add(var(a.name.orElse(fname), cols, Map.of(), Optional.empty(), known));
            // a function in FROM sees the items before it whether LATERAL is written or not (the server marks it
            // LATERAL when it refers to them, and pg_dump prints it then): not part of the canonical form
            return body + (ordinality ? " WITH ORDINALITY" : "") + " "
                + scope.vars.get(scope.vars.size() - 1).canonicalName() + colsText(result.isPresent() ? cols
                : a.columns);
        }
        c.accept(TokenType.OPERATOR); // t* (descendants), the default
        Alias a = alias(c);
        return prefix + relation(name, a.name, a.columns, scope, only, at);
    }

    /** A table, view or CTE named in FROM: registered in the scope, printed qualified. */
    private String relation(List<String> name, Optional<String> alias, List<String> aliasCols, Scope scope,
                            boolean only, int at) {
        if (name.size() == 1 && scope.ctes.containsKey(name.get(0))) {
            Result cte = scope.ctes.get(name.get(0));
            List<String> cols = new ArrayList<>(aliasCols);
            for (int i = cols.size(); i < cte.outputs().size(); i++) {
                cols.add(cte.outputs().get(i).name());
            }
            String ref = alias.orElse(name.get(0));
            scope.vars.add(var(ref, cols, renamedTypes(cte, cols), Optional.empty(), !cte.outputs().isEmpty()));
            return Identifiers.quote(name.get(0)) + " " + scope.vars.get(scope.vars.size() - 1).canonicalName()
                + colsText(aliasCols);
        }
        Optional<ObjectId> id = in.find(name, ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.SEQUENCE);
        if (id.isEmpty() && knowsEveryRelation(name)) {
            throw new Unresolved(source, at, "relation \"" + String.join(".", name) + "\" does not exist");
        }
        // a relation we do not know, unqualified: the system catalog's (pg_class, pg_stat_activity) or the first schema's
        QualifiedName q = id.map(ObjectId::qualifiedName).orElseGet(() -> name.size() > 1
            ? new QualifiedName(name.get(name.size() - 2), name.get(name.size() - 1))
            : new QualifiedName(name.get(0).startsWith("pg_") ? "pg_catalog" : firstSchema(), name.get(0)));
        id.ifPresent(refs::add);
        List<String> cols = new ArrayList<>();
        Map<String, DataType> types = new HashMap<>();
        boolean known = false;
        if (id.isPresent()) {
            Object o = in.objects().get(id.get());
            if (o instanceof TableState t) {
                for (Column col : t.columns.values()) {
                    cols.add(col.name());
                    types.put(col.name(), col.type());
                }
                known = true;
            } else if (o instanceof View v && !v.outputs().isEmpty()) {
                cols.addAll(v.outputNames());
                known = true;
            }
        }
        List<String> visible = new ArrayList<>(cols);
        Map<String, DataType> visibleTypes = new LinkedHashMap<>(types);
        for (int i = 0; i < aliasCols.size() && i < visible.size(); i++) {
            DataType t = visibleTypes.remove(visible.get(i));
            visible.set(i, aliasCols.get(i));
            if (t != null) {
                visibleTypes.put(aliasCols.get(i), t);
            }
        }
        String ref = alias.orElse(q.name());
        scope.vars.add(var(ref, visible, visibleTypes, id, known));
        return (only ? "ONLY " : "") + q.sql() + " " + scope.vars.get(scope.vars.size() - 1).canonicalName()
            + colsText(aliasCols);
    }

    /**
     * Whether the model holds every relation {@code name} could denote: nothing read could have made one it does
     * not hold ({@link WorkingCatalog#mayHoldUnknownRelations}), and the name is not the system's (pg_catalog's
     * relations are all named pg_…; information_schema's are named with it).
     */
    private boolean knowsEveryRelation(List<String> name) {
        if (!strict || in.mayHoldUnknownRelations()) {
            return false;
        }
        if (name.size() == 1) {
            return !name.get(0).startsWith("pg_") && !in.searchPath().contains("information_schema");
        }
        String schema = name.get(0);
        return name.size() == 2 && in.schemaExists(schema) && !schema.equals("pg_catalog")
            && !schema.equals("information_schema");
    }

    /** Whether every range variable in reach has its columns known (so a name none has is no column). */
    private boolean knowsEveryColumn(Scope scope) {
        if (!strict) {
            return false;
        }
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.outputsOnly || s.vars.stream().anyMatch(v -> !v.columnsKnown())) {
                return false;
            }
        }
        return true;
    }

    /** The error for a column no range variable has, at the first place the query names it. */
    private Unresolved noColumn(List<String> names) {
        String last = names.get(names.size() - 1);
        int at = all.get(0).start();
        for (Token t : all) {
            if (t.isName() && t.value().equals(last)) {
                at = t.start();
                break;
            }
        }
        // as the server words it: a qualified name unquoted
        return new Unresolved(source, at, "column " + (names.size() == 1 ? "\"" + last + "\"" : String.join(".", names))
            + " does not exist");
    }

    /** The output types of a subquery under the names its alias gives its columns. */
    private static Map<String, DataType> renamedTypes(Result r, List<String> cols) {
        Map<String, DataType> out = new HashMap<>();
        for (int i = 0; i < r.outputs().size() && i < cols.size(); i++) {
            DataType t = r.types().get(r.outputs().get(i).name());
            if (t != null) {
                out.put(cols.get(i), t);
            }
        }
        return out;
    }

    private String firstSchema() {
        for (String s : in.searchPath()) {
            if (!s.equals("$user") && in.schemaExists(s)) {
                return s;
            }
        }
        return "public";
    }

    private record Alias(Optional<String> name, List<String> columns) {}

    private static final Set<String> NOT_ALIAS = Set.of("on", "using", "join", "left", "right", "full", "inner",
        "cross", "natural", "where", "group", "having", "window", "order", "limit", "offset", "fetch", "union",
        "except", "intersect", "for", "lateral", "with", "tablesample");

    private static Alias alias(TokenCursor c) {
        boolean as = c.accept("as");
        if (!c.isName() || (!as && c.peek().type() == TokenType.IDENT && NOT_ALIAS.contains(c.peek().value()))) {
            return new Alias(Optional.empty(), List.of());
        }
        String name = c.expectName();
        List<String> cols = c.is(TokenType.LPAREN) ? nameList(c) : List.of();
        return new Alias(Optional.of(name), cols);
    }

    private static String aliasText(Alias a) {
        return a.name.map(n -> " " + Identifiers.quote(n)).orElse("") + colsText(a.columns);
    }

    /**
     * The result columns of a function called in FROM, when they are known: a user function's RETURNS TABLE or
     * OUT arguments, the columns of the table, view or composite type it returns (SETOF or not), or one column
     * named as the range variable for a scalar result (built-in functions too, as far as their results are
     * scalar: generate_series, unnest of one array, …).
     */
    private Optional<List<String>> resultColumns(Expr.FuncCall f, String alias) {
        List<String> name = f.name();
        String fn = name.get(name.size() - 1);
        List<QualifiedName> candidates = new ArrayList<>();
        if (name.size() > 1) {
            candidates.add(new QualifiedName(name.get(name.size() - 2), fn));
        } else {
            for (String s : in.lookupPath()) {
                candidates.add(new QualifiedName(s, fn));
            }
        }
        for (QualifiedName q : candidates) {
            List<io.schemadiff.model.Function> fs = new ArrayList<>();
            for (ObjectId id : in.functionsNamed(q)) {
                if (in.objects().get(id) instanceof io.schemadiff.model.Function fun) {
                    long inArgs = fun.arguments().stream().filter(x -> !x.mode().equals("OUT")).count();
                    if (inArgs == f.args().size() || fun.arguments().stream().anyMatch(x -> x.defaultValue()
                        .isPresent() || x.mode().equals("VARIADIC"))) {
                        fs.add(fun);
                    }
                }
            }
            if (fs.size() == 1) {
                return columnsOf(fs.get(0), alias);
            }
            if (!fs.isEmpty()) {
                return Optional.empty();
            }
        }
        if (name.size() == 1 || name.get(0).equals("pg_catalog")) {
            return SCALAR_SRFS.contains(fn) && !(fn.equals("unnest") && f.args().size() > 1)
                ? Optional.of(List.of(alias)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Built-in set-returning functions with a scalar result. */
    private static final Set<String> SCALAR_SRFS = Set.of("generate_series", "unnest", "generate_subscripts",
        "regexp_split_to_table", "regexp_matches", "json_array_elements", "jsonb_array_elements",
        "json_array_elements_text", "jsonb_array_elements_text", "json_object_keys", "jsonb_object_keys",
        "string_to_table", "pg_listening_channels");

    private Optional<List<String>> columnsOf(io.schemadiff.model.Function fun, String alias) {
        String ret = fun.returns().orElse("");
        if (ret.startsWith("TABLE(")) {
            List<String> cols = new ArrayList<>();
            List<io.schemadiff.parser.lex.Token> ts = io.schemadiff.parser.lex.Lexer.tokenize(
                new io.schemadiff.parser.source.Source("", ret));
            int depth = 0;
            boolean expectName = false;
            for (io.schemadiff.parser.lex.Token t : ts) {
                if (t.is(TokenType.LPAREN)) {
                    depth++;
                    expectName = depth == 1;
                } else if (t.is(TokenType.RPAREN)) {
                    depth--;
                } else if (t.is(TokenType.COMMA) && depth == 1) {
                    expectName = true;
                } else if (expectName && t.isName()) {
                    cols.add(t.value());
                    expectName = false;
                }
            }
            return Optional.of(cols);
        }
        List<String> outs = new ArrayList<>();
        for (io.schemadiff.model.Function.Argument a : fun.arguments()) {
            if (a.mode().equals("OUT") || a.mode().equals("INOUT") || a.mode().equals("TABLE")) {
                outs.add(a.name().orElse("column" + (outs.size() + 1)));
            }
        }
        if (outs.size() > 1) {
            return Optional.of(outs);
        }
        String type = ret.startsWith("SETOF ") ? ret.substring(6) : ret;
        List<String> parts = Resolver.parseNameLiteral(type);
        if (parts.size() == 2) {
            QualifiedName q = new QualifiedName(parts.get(0), parts.get(1));
            Object o = in.objects().get(ObjectId.of(ObjectKind.TABLE, q));
            if (o instanceof TableState t) {
                return Optional.of(new ArrayList<>(t.columns.keySet()));
            }
            o = in.objects().get(ObjectId.of(ObjectKind.TYPE, q));
            if (o instanceof io.schemadiff.model.CompositeType ct) {
                return Optional.of(ct.attributes().stream().map(io.schemadiff.model.CompositeType.Attribute::name)
                    .toList());
            }
            for (ObjectKind k : new ObjectKind[] {ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW}) {
                if (in.objects().get(ObjectId.of(k, q)) instanceof View v && !v.outputs().isEmpty()) {
                    return Optional.of(v.outputNames());
                }
            }
            if (o != null) {
                // a domain or enum: a scalar
                return Optional.of(List.of(outs.size() == 1 ? outs.get(0) : alias));
            }
            return Optional.empty();
        }
        if (type.equals("record") || type.equals("trigger") || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(outs.size() == 1 ? outs.get(0) : alias));
    }

    private static String colsText(List<String> cols) {
        return cols.isEmpty() ? "" : "(" + joinNames(cols) + ")";
    }

    // ================================================================== expressions in a scope

    private String expr(Expr e, Scope scope) {
        return canonicalizer(scope).canonical(e);
    }

    private Optional<RangeVar> lookupVar(Scope scope, List<String> qualifier) {
        String ref = qualifier.get(qualifier.size() - 1);
        for (Scope s = scope; s != null; s = s.parent) {
            for (RangeVar v : s.vars) {
                if (v.refname().equals(ref)) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private Canonicalizer canonicalizer(Scope scope) {
        Canonicalizer base = resolver.canonicalizer(null, refs, null);
        return new Canonicalizer(new Canonicalizer.Context() {
            @Override
            public DataType domainBase(DataType t) {
                return in.baseType(t);
            }

            @Override
            public DataType type(RawType t) {
                return resolver.type(t, refs);
            }

            @Override
            public QualifiedName relation(String literal) {
                return resolver.relation(literal);
            }

            @Override
            public List<String> function(List<String> names) {
                return resolver.function(names);
            }

            @Override
            public QualifiedName collation(List<String> names) {
                return resolver.collation(names).orElse(new QualifiedName("pg_catalog", "default"));
            }

            @Override
            public Optional<DataType> columnType(String column) {
                return Optional.empty();
            }

            @Override
            public Optional<String> tableName() {
                return Optional.empty();
            }

            @Override
            public Canonicalizer.ResolvedColumn column(List<String> names) {
                return resolve(scope, names);
            }

            @Override
            public String query(io.schemadiff.parser.expr.Subquery q) {
                return QueryCanonicalizer.this.query(q.tokens(), scope).canonical();
            }

            @Override
            public void usesFunction(List<String> name) {
                resolver.usesFunction(name, refs);
            }

            @Override
            public void usesOperator(String symbol) {
                resolver.usesOperator(symbol, refs);
            }
        });
    }

    /** A column reference: qualified by the range variable that has the column, innermost level first. */
    private Canonicalizer.ResolvedColumn resolve(Scope scope, List<String> names) {
        String col = names.get(names.size() - 1);
        if (names.size() == 1) {
            for (Scope s = scope; s != null; s = s.parent) {
                if (s.merged.containsKey(col)) {
                    return new Canonicalizer.ResolvedColumn(List.of(s.merged.get(col)), Optional.empty(), true);
                }
                for (RangeVar v : s.vars) {
                    if (v.columns().contains(col)) {
                        use(v, col);
                        return new Canonicalizer.ResolvedColumn(List.of(v.canonicalName(), col),
                            Optional.ofNullable(v.types().get(col)));
                    }
                }
            }
            // a whole-row reference to a range variable, or something we cannot see
            Optional<RangeVar> whole = lookupVar(scope, names);
            if (whole.isPresent()) {
                // pg_dump prints a whole-row reference as t.*
                return new Canonicalizer.ResolvedColumn(List.of(whole.get().canonicalName(), "*"), Optional.empty());
            }
            if (!SYSTEM_COLUMNS.contains(col) && !col.equals("DEFAULT") && knowsEveryColumn(scope)) {
                throw noColumn(names);
            }
            return new Canonicalizer.ResolvedColumn(names, Optional.empty());
        }
        Optional<RangeVar> v = lookupVar(scope, names.subList(0, names.size() - 1));
        if (v.isPresent()) {
            if (col.equals("*")) {
                return new Canonicalizer.ResolvedColumn(List.of(v.get().canonicalName(), "*"), Optional.empty());
            }
            if (names.size() == 2 && v.get().columnsKnown() && !v.get().columns().contains(col)
                && !SYSTEM_COLUMNS.contains(col) && strict) {
                throw noColumn(names);
            }
            use(v.get(), col);
            return new Canonicalizer.ResolvedColumn(List.of(v.get().canonicalName(), col),
                Optional.ofNullable(v.get().types().get(col)));
        }
        return new Canonicalizer.ResolvedColumn(names, Optional.empty());
    }

    private void use(RangeVar v, String col) {
        if (v.relation().isPresent() && v.relation().get().kind() == ObjectKind.TABLE) {
            refs.add(ObjectId.column(v.relation().get().qualifiedName(), col));
        }
    }

    // ================================================================== small things

    private static List<Token> parenthesized(TokenCursor c) {
        c.expect(TokenType.LPAREN);
        int from = c.position();
        c.skipBalanced();
        return c.statement().tokens().subList(from, c.position() - 1);
    }

    private static List<String> nameList(TokenCursor c) {
        c.expect(TokenType.LPAREN);
        List<String> names = new ArrayList<>();
        do {
            names.add(c.expectName());
        } while (c.accept(TokenType.COMMA));
        c.expect(TokenType.RPAREN);
        return names;
    }

    private static List<String> qualifiedName(TokenCursor c) {
        List<String> names = new ArrayList<>();
        names.add(c.expectName());
        while (c.is(TokenType.DOT) && c.peek(1).isName()) {
            c.next();
            names.add(c.expectName());
        }
        return names;
    }

    private static String joinNames(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(sb.length() > 0 ? ", " : "").append(Identifiers.quote(n));
        }
        return sb.toString();
    }
}
