package io.schemadiff.parser.interp;

import io.schemadiff.model.Expression;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.lex.Lexer;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.Source;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renames inside canonical SQL (which names every relation and user type schema-qualified, and every column of a
 * view's query by its range variable {@code rN}): the server stores expressions and views parsed, bound to the
 * objects, so a renamed table, view, sequence or type, or a renamed column, shows under its new name.
 */
final class NameRewrites {
    private NameRewrites() {}

    private static List<Token> tokens(String sql) {
        try {
            return Lexer.tokenize(new Source("", sql));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** {@code schema.from} (and a regclass literal {@code 'schema.from'}) become {@code to}; null if none was there. */
    static String relation(String sql, QualifiedName from, QualifiedName to) {
        if (!sql.contains(from.name())) {
            return null;
        }
        List<Token> ts = tokens(sql);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.isName() && t.value().equals(from.schema()) && i + 2 < ts.size() && ts.get(i + 1).is(TokenType.DOT)
                && ts.get(i + 2).isName() && ts.get(i + 2).value().equals(from.name())
                && !(i > 0 && ts.get(i - 1).is(TokenType.DOT))) {
                out.append(sql, last, t.start()).append(to.sql());
                last = ts.get(i + 2).end();
                i += 2;
                changed = true;
            } else if (t.is(TokenType.STRING) && t.value().equals(from.sql()) && i + 2 < ts.size()
                && ts.get(i + 1).is(TokenType.TYPECAST) && ts.get(i + 2).is("regclass")) {
                out.append(sql, last, t.start()).append(Identifiers.literal(to.sql()));
                last = t.end();
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        return out.append(sql.substring(last)).toString();
    }

    /** In a view's canonical query: {@code rN.from} becomes {@code rN.to} where {@code rN} ranges over {@code table}. */
    static String column(String sql, QualifiedName table, String from, String to) {
        if (!sql.contains(from)) {
            return null;
        }
        List<Token> ts = tokens(sql);
        Set<String> vars = new HashSet<>();
        for (int i = 0; i + 3 < ts.size(); i++) {
            if (ts.get(i).isName() && ts.get(i).value().equals(table.schema()) && ts.get(i + 1).is(TokenType.DOT)
                && ts.get(i + 2).isName() && ts.get(i + 2).value().equals(table.name()) && ts.get(i + 3).isName()) {
                vars.add(ts.get(i + 3).value());
            }
        }
        if (vars.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (int i = 0; i + 2 < ts.size(); i++) {
            Token v = ts.get(i);
            if (v.isName() && vars.contains(v.value()) && ts.get(i + 1).is(TokenType.DOT) && ts.get(i + 2).isName()
                && ts.get(i + 2).value().equals(from) && !(i > 0 && ts.get(i - 1).is(TokenType.DOT))) {
                Token c = ts.get(i + 2);
                out.append(sql, last, c.start()).append(Identifiers.quote(to));
                last = c.end();
                changed = true;
            }
        }
        return changed ? out.append(sql.substring(last)).toString() : null;
    }

    /** In a view's canonical query: each range variable ({@code rN}) and the relation it ranges over. */
    static Map<String, QualifiedName> rangeVariables(String sql) {
        Map<String, QualifiedName> out = new HashMap<>();
        List<Token> ts = tokens(sql);
        for (int i = 0; i + 3 < ts.size(); i++) {
            if (ts.get(i).isName() && ts.get(i + 1).is(TokenType.DOT) && ts.get(i + 2).isName()
                && ts.get(i + 3).isName() && ts.get(i + 3).value().matches("r[0-9]+")
                && !(i > 0 && ts.get(i - 1).is(TokenType.DOT))) {
                out.put(ts.get(i + 3).value(), new QualifiedName(ts.get(i).value(), ts.get(i + 2).value()));
            }
        }
        return out;
    }

    /** Calls of {@code schema.from(…)} become calls of {@code to}; null if there was none. */
    static String function(String sql, QualifiedName from, QualifiedName to) {
        if (!sql.contains(from.name())) {
            return null;
        }
        List<Token> ts = tokens(sql);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (int i = 0; i + 3 < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.isName() && t.value().equals(from.schema()) && ts.get(i + 1).is(TokenType.DOT)
                && ts.get(i + 2).isName() && ts.get(i + 2).value().equals(from.name())
                && ts.get(i + 3).is(TokenType.LPAREN) && !(i > 0 && ts.get(i - 1).is(TokenType.DOT))) {
                out.append(sql, last, t.start()).append(to.sql());
                last = ts.get(i + 2).end();
                i += 2;
                changed = true;
            }
        }
        return changed ? out.append(sql.substring(last)).toString() : null;
    }

    /**
     * In an expression of a table's own (a policy, a trigger's WHEN), the column {@code from} written bare (or as
     * {@code old.from} / {@code new.from}) becomes {@code to}; null if there was none. Canonical text prints
     * keywords in capitals and column names as stored, so a bare name in lower case is a column; one after
     * {@code ::} is a type, one before {@code (} a function.
     */
    static String bareColumn(String sql, String from, String to) {
        if (!sql.contains(from)) {
            return null;
        }
        List<Token> ts = tokens(sql);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!t.isName() || !t.value().equals(from)
                || t.is(TokenType.IDENT) && !sql.regionMatches(t.start(), from, 0, from.length())) {
                continue;
            }
            Token before = i > 0 ? ts.get(i - 1) : null;
            Token after = i + 1 < ts.size() ? ts.get(i + 1) : null;
            boolean rowField = before != null && before.is(TokenType.DOT) && i > 1
                && (ts.get(i - 2).is("old") || ts.get(i - 2).is("new")) && !(i > 2 && ts.get(i - 3).is(TokenType.DOT));
            boolean bare = before == null || !before.is(TokenType.DOT) && !before.is(TokenType.TYPECAST);
            if ((bare || rowField) && (after == null || !after.is(TokenType.LPAREN) && !after.is(TokenType.DOT))) {
                out.append(sql, last, t.start()).append(Identifiers.quote(to));
                last = t.end();
                changed = true;
            }
        }
        return changed ? out.append(sql.substring(last)).toString() : null;
    }

    /** An expression with {@code rewritten} as its canonical form and, being valid SQL, its text. */
    static Expression rewritten(Expression e, String canonical) {
        return canonical == null ? e : new Expression(canonical, canonical, List.of());
    }
}
