package io.schemadiff.parser.interp;

import io.schemadiff.model.DataType;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.View;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.expr.ColumnNames;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.ExprParser;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.parser.ddl.Ddl.QueryText;
import io.schemadiff.parser.expr.TokenText;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.query.BoundQuery;
import io.schemadiff.parser.query.ExprNames;
import io.schemadiff.parser.query.NotCanonical;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A view's query: its canonical form for comparison, and what it reads. The relations and columns a query
 * uses are found by resolving every name in it that denotes one; a name that happens to match a column of a
 * used table counts as using it (an over-approximation: at worst a view is re-created when it need not be).
 */
record ViewQuery(String canonical, List<View.Output> outputs, Optional<BoundQuery> tree) {

    /**
     * {@code what} names the view for a warning ({@code view public.v}): a query the canonicalizer does not read is
     * compared as written, and said so.
     */
    static ViewQuery read(String what, QueryText q, List<String> columnList, Resolver resolver, WorkingCatalog in,
                          Set<ObjectId> refs) {
        List<Token> toks = q.tokens();
        int from = 0;
        int to = toks.size();
        int[] parens = TokenCursor.matchingParens(toks);
        while (to - from >= 2 && toks.get(from).is(TokenType.LPAREN) && parens[from] == to - 1) {
            from++;
            to--;
        }
        List<Token> body = toks.subList(from, to);
        try {
            BoundQuery b = BoundQuery.read(q.source(), body, columnList, new ViewCatalog(in),
                names(resolver, in, refs), refs);
            return new ViewQuery(b.canonical(), b.outputs(), Optional.of(b));
        } catch (NotCanonical e) {
            // a query in a form the tool has no canonical form for: compare its tokens, read its outputs as written
            boolean here = e.source() == q.source();
            in.warnAt(here ? e.offset() : q.at(), what + ": its query is compared as written text (a form the tool "
                + "does not read yet: " + e.reason() + ")");
            String canonical = TokenText.canonical(toks, from, to);
            tokenRefs(toks, from, to, in, refs);
            return new ViewQuery(canonical, outputs(q, toks, from, to, resolver), Optional.empty());
        }
    }

    /** How the names of a query's expressions resolve here, what they use added to {@code refs}. */
    static ExprNames names(Resolver resolver, WorkingCatalog in, Set<ObjectId> refs) {
        return new ExprNames() {
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
            public DataType domainBase(DataType t) {
                return in.baseType(t);
            }

            @Override
            public void usesFunction(List<String> name) {
                resolver.usesFunction(name, refs);
            }

            @Override
            public void usesOperator(String symbol) {
                resolver.usesOperator(symbol, refs);
            }
        };
    }

    /**
     * The output columns and their types of a query that makes a table ({@code CREATE TABLE … AS}); empty when a
     * column's type cannot be worked out.
     */
    static Optional<LinkedHashMap<String, DataType>> columns(QueryText q, List<String> columnList, Resolver resolver,
                                                             WorkingCatalog in, Set<ObjectId> refs) {
        List<Token> toks = q.tokens();
        List<View.Output> outputs;
        Map<String, DataType> types;
        try {
            BoundQuery b = BoundQuery.read(q.source(), toks, columnList, new ViewCatalog(in),
                names(resolver, in, refs), refs);
            outputs = b.outputs();
            types = b.types();
        } catch (NotCanonical e) {
            return Optional.empty();
        }
        LinkedHashMap<String, DataType> out = new LinkedHashMap<>();
        for (int i = 0; i < outputs.size(); i++) {
            String name = i < columnList.size() ? columnList.get(i) : outputs.get(i).name();
            DataType t = types.get(outputs.get(i).name());
            if (t == null || out.containsKey(name)) {
                return Optional.empty();
            }
            out.put(name, t);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** What a query uses, found by resolving every name in it that denotes a relation or a column of one. */
    private static void tokenRefs(List<Token> toks, int from, int to, WorkingCatalog in, Set<ObjectId> refs) {
        List<TableRef> used = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (!t.isName() || (i > from && toks.get(i - 1).is(TokenType.DOT))) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            parts.add(t.value());
            int j = i;
            while (j + 2 < to && toks.get(j + 1).is(TokenType.DOT) && toks.get(j + 2).isName()) {
                parts.add(toks.get(j + 2).value());
                j += 2;
            }
            if (j + 1 < to && toks.get(j + 1).is(TokenType.LPAREN)) {
                continue; // a function call
            }
            for (int len = Math.min(parts.size(), 2); len >= 1; len--) {
                Optional<ObjectId> rel = in.find(parts.subList(0, len), ObjectKind.TABLE, ObjectKind.VIEW,
                    ObjectKind.MATERIALIZED_VIEW, ObjectKind.SEQUENCE);
                if (rel.isPresent()) {
                    refs.add(rel.get());
                    used.add(new TableRef(rel.get()));
                    break;
                }
            }
        }
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            boolean star = t.isOperator("*");
            for (TableRef r : used) {
                if (!(in.objects().get(r.id()) instanceof TableState ts)) {
                    continue;
                }
                if (star) {
                    for (String c : ts.columns.keySet()) {
                        refs.add(ObjectId.column(ts.name, c));
                    }
                } else if (t.isName() && ts.columns.containsKey(t.value())) {
                    refs.add(ObjectId.column(ts.name, t.value()));
                }
            }
        }
    }

    private static final Set<String> CLAUSE_END = Set.of("from", "into", "where", "group", "having", "window",
        "union", "intersect", "except", "order", "limit", "offset", "fetch", "for");

    /**
     * The output columns of the top-level SELECT (of its first branch for UNION and the like): each item's name
     * and canonical expression. Empty when they cannot be known without the catalog ({@code *}) or the
     * query is not a plain SELECT.
     */
    private static List<View.Output> outputs(QueryText q, List<Token> toks, int from, int to, Resolver resolver) {
        int i = from;
        while (i < to && toks.get(i).is(TokenType.LPAREN)) {
            i++;
        }
        if (i < to && toks.get(i).is("with")) {
            i = skipWith(toks, i + 1, to);
        }
        if (i >= to || !toks.get(i).is("select")) {
            return List.of();
        }
        i++;
        if (i < to && toks.get(i).is("distinct")) {
            i++;
            if (i < to && toks.get(i).is("on")) {
                i = skipParens(toks, i + 1, to);
            }
        } else if (i < to && toks.get(i).is("all")) {
            i++;
        }
        List<View.Output> out = new ArrayList<>();
        int start = i;
        int depth = 0;
        for (; i <= to; i++) {
            Token t = i < to ? toks.get(i) : null;
            boolean end = t == null || (depth == 0 && (t.is(TokenType.COMMA) || CLAUSE_END.contains(
                t.type() == TokenType.IDENT ? t.value() : "")));
            if (t != null && (t.is(TokenType.LPAREN) || t.is(TokenType.LBRACKET))) {
                depth++;
            } else if (t != null && (t.is(TokenType.RPAREN) || t.is(TokenType.RBRACKET))) {
                depth--;
                if (depth < 0) {
                    end = true;
                }
            }
            if (!end) {
                continue;
            }
            View.Output o = item(q, toks.subList(start, i), resolver);
            if (o == null) {
                return List.of();
            }
            out.add(o);
            if (t == null || !t.is(TokenType.COMMA)) {
                break;
            }
            start = i + 1;
        }
        return out;
    }

    private static View.Output item(QueryText q, List<Token> item, Resolver resolver) {
        if (item.isEmpty()) {
            return null;
        }
        Token last = item.get(item.size() - 1);
        if (last.isOperator("*")) {
            return null; // t.* or *: the columns of a table
        }
        Statement st = new Statement(q.source(), item);
        TokenCursor c = new TokenCursor(st);
        Expr e;
        try {
            e = new ExprParser(c).parse();
        } catch (InputError err) {
            return null;
        }
        String name;
        if (c.atEnd()) {
            name = ColumnNames.forOutput(e);
        } else {
            c.accept("as");
            if (!c.isName() || c.peek(1).type() != TokenType.EOF) {
                return null;
            }
            name = c.expectName();
        }
        String canonical = resolver.canonicalizer(null, new java.util.HashSet<>(), null).canonical(e);
        return new View.Output(name, canonical);
    }

    private static int skipParens(List<Token> toks, int i, int to) {
        if (i >= to || !toks.get(i).is(TokenType.LPAREN)) {
            return i;
        }
        int depth = 0;
        for (; i < to; i++) {
            if (toks.get(i).is(TokenType.LPAREN)) {
                depth++;
            } else if (toks.get(i).is(TokenType.RPAREN) && --depth == 0) {
                return i + 1;
            }
        }
        return to;
    }

    /** Skips {@code [RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] (query) [, …]}. */
    private static int skipWith(List<Token> toks, int i, int to) {
        if (i < to && toks.get(i).is("recursive")) {
            i++;
        }
        while (i < to) {
            i++; // name
            i = skipParens(toks, i, to);
            if (i < to && toks.get(i).is("as")) {
                i++;
            }
            if (i < to && toks.get(i).is("not")) {
                i++;
            }
            if (i < to && toks.get(i).is("materialized")) {
                i++;
            }
            i = skipParens(toks, i, to);
            while (i < to && (toks.get(i).is("search") || toks.get(i).is("cycle"))) {
                while (i < to && !toks.get(i).is(TokenType.COMMA) && !toks.get(i).is("select")) {
                    i++;
                }
            }
            if (i < to && toks.get(i).is(TokenType.COMMA)) {
                i++;
                continue;
            }
            return i;
        }
        return i;
    }

    private record TableRef(ObjectId id) {}
}
