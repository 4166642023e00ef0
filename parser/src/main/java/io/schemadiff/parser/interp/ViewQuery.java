package io.schemadiff.parser.interp;

import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.parser.ddl.Ddl.QueryText;
import io.schemadiff.parser.expr.TokenText;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A view's query: its canonical form for comparison, and what it reads. The relations and columns a query
 * uses are found by resolving every name in it that denotes one; a name that happens to match a column of a
 * used table counts as using it (an over-approximation: at worst a view is re-created when it need not be).
 */
record ViewQuery(String canonical, List<String> columns) {

    static ViewQuery read(QueryText q, List<String> columnList, Resolver resolver, Interpreter in, Set<ObjectId> refs) {
        List<Token> toks = q.tokens();
        int from = 0;
        int to = toks.size();
        while (to - from >= 2 && toks.get(from).is(TokenType.LPAREN) && toks.get(to - 1).is(TokenType.RPAREN)
            && matches(toks, from, to - 1)) {
            from++;
            to--;
        }
        String canonical = TokenText.canonical(toks, from, to);
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
        // columns of the used tables that the query names
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
        return new ViewQuery(canonical, columnList);
    }

    private record TableRef(ObjectId id) {}

    /** Whether the parenthesis at {@code open} closes at {@code close}. */
    private static boolean matches(List<Token> toks, int open, int close) {
        int depth = 0;
        for (int i = open; i <= close; i++) {
            if (toks.get(i).is(TokenType.LPAREN)) {
                depth++;
            } else if (toks.get(i).is(TokenType.RPAREN)) {
                depth--;
                if (depth == 0 && i != close) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
