package io.schemadiff.parser.locks;

import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The relations a query reads: the names in its FROM lists and JOINs, at every depth (subqueries, CTEs), less the
 * names of its CTEs. The parser takes ACCESS SHARE on each (ROW SHARE under FOR UPDATE / FOR SHARE).
 */
final class QueryRelations {
    private QueryRelations() {}

    private static final Set<String> NOT_A_TABLE = Set.of("lateral", "only", "select", "values", "rows", "unnest");

    static Set<QualifiedName> read(List<Token> toks, int from, int to) {
        Set<String> ctes = new HashSet<>();
        for (int i = from; i + 2 < to; i++) {
            // name AS ( … ) or name (columns) AS ( … ): a CTE
            if (toks.get(i).isName() && toks.get(i + 1).is("as") && toks.get(i + 2).is(TokenType.LPAREN)
                && (i == from || toks.get(i - 1).is("with") || toks.get(i - 1).is("recursive")
                || toks.get(i - 1).is(TokenType.COMMA))) {
                ctes.add(toks.get(i).value());
            }
        }
        Set<QualifiedName> out = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (!t.is("from") && !t.is("join")) {
                continue;
            }
            int j = i + 1;
            while (j < to) {
                while (j < to && (toks.get(j).is("only") || toks.get(j).is("lateral"))) {
                    j++;
                }
                if (j >= to || !toks.get(j).isName() || NOT_A_TABLE.contains(toks.get(j).value())
                    && toks.get(j).type() == TokenType.IDENT) {
                    break;
                }
                List<String> parts = new ArrayList<>();
                parts.add(toks.get(j++).value());
                while (j + 1 < to && toks.get(j).is(TokenType.DOT) && toks.get(j + 1).isName()) {
                    parts.add(toks.get(j + 1).value());
                    j += 2;
                }
                if (j < to && toks.get(j).is(TokenType.LPAREN)) {
                    break; // a function in FROM
                }
                if (j < to && toks.get(j).isOperator("*")) {
                    j++;
                }
                if (!(parts.size() == 1 && ctes.contains(parts.get(0)))) {
                    out.add(parts.size() == 1 ? QualifiedName.of("public", parts.get(0))
                        : QualifiedName.of(parts.get(parts.size() - 2), parts.get(parts.size() - 1)));
                }
                // an alias, with its column list
                if (j < to && toks.get(j).is("as")) {
                    j++;
                }
                if (j < to && toks.get(j).isName() && !isClause(toks.get(j))) {
                    j++;
                    if (j < to && toks.get(j).is(TokenType.LPAREN)) {
                        j = skip(toks, j, to);
                    }
                }
                if (j < to && toks.get(j).is(TokenType.COMMA)) {
                    j++;
                    continue;
                }
                break;
            }
        }
        return out;
    }

    /** Whether the query locks its rows (FOR UPDATE, FOR NO KEY UPDATE, FOR SHARE, FOR KEY SHARE). */
    static boolean locksRows(List<Token> toks, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (toks.get(i).is("for") && (toks.get(i + 1).is("update") || toks.get(i + 1).is("share")
                || toks.get(i + 1).is("no") || toks.get(i + 1).is("key"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSES = Set.of("where", "group", "having", "window", "order", "limit",
        "offset", "fetch", "for", "union", "intersect", "except", "on", "using", "join", "inner", "left", "right",
        "full", "cross", "natural", "returning", "set", "tablesample", "with", "into", "select", "values", "default",
        "do", "when", "then", "as");

    private static boolean isClause(Token t) {
        return t.type() == TokenType.IDENT && CLAUSES.contains(t.value());
    }

    /** The position after the parenthesis that closes the one at {@code open}. */
    static int skip(List<Token> toks, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            if (toks.get(i).is(TokenType.LPAREN)) {
                depth++;
            } else if (toks.get(i).is(TokenType.RPAREN) && --depth == 0) {
                return i + 1;
            }
        }
        return to;
    }
}
