package io.schemadiff.parser.ddl;

import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of object each verb takes, as the server's grammar (gram.y, PostgreSQL 18) has them: a word after
 * ALTER, DROP or COMMENT ON that names none is a syntax error the server reports, so it is an error here too, at
 * its place (as after CREATE), not a statement "not modeled yet".
 */
final class ObjectWords {
    private ObjectWords() {}

    static final Set<String> ALTER = Set.of("aggregate", "collation", "conversion", "database", "default", "domain",
        "event", "extension", "foreign", "function", "group", "index", "language", "procedural", "large",
        "materialized", "operator", "policy", "procedure", "publication", "role", "routine", "rule", "schema",
        "sequence", "server", "statistics", "subscription", "system", "table", "tablespace", "text", "trigger", "type",
        "user", "view");

    static final Set<String> DROP = Set.of("access", "aggregate", "cast", "collation", "conversion", "database",
        "domain", "event", "extension", "foreign", "function", "group", "index", "language", "procedural",
        "materialized", "operator", "owned", "policy", "procedure", "publication", "role", "routine", "rule", "schema",
        "sequence", "server", "statistics", "subscription", "table", "tablespace", "text", "transform", "trigger",
        "type", "user", "view");

    static final Set<String> COMMENT = Set.of("access", "aggregate", "cast", "collation", "column", "constraint",
        "conversion", "database", "domain", "extension", "event", "foreign", "function", "index", "large",
        "materialized", "operator", "policy", "language", "procedural", "procedure", "publication", "role", "routine",
        "rule", "schema", "sequence", "server", "statistics", "subscription", "table", "tablespace", "text",
        "transform", "trigger", "type", "view");

    /** Kinds written in two words: the words that may follow the first. */
    private static final Map<String, Set<String>> SECOND = Map.of("event", Set.of("trigger"), "foreign",
        Set.of("data", "table"), "text", Set.of("search"), "materialized", Set.of("view"), "large", Set.of("object"),
        "access", Set.of("method"), "default", Set.of("privileges"), "procedural", Set.of("language"));

    private static final Set<String> TEXT_SEARCH = Set.of("configuration", "dictionary", "parser", "template");

    /** Fails unless the cursor is at a kind of object {@code verb} takes (consuming nothing). */
    static void expectKind(TokenCursor c, String verb, Set<String> kinds) {
        Token t = c.peek();
        if (t.type() != TokenType.IDENT || !kinds.contains(t.value())) {
            throw c.error("unknown " + verb + " statement: " + TokenCursor.describe(t));
        }
        Set<String> second = SECOND.get(t.value());
        Token next = c.peek(1);
        if (second != null && !(next.type() == TokenType.IDENT && second.contains(next.value()))) {
            throw c.errorAt(next, "unknown " + verb + " " + t.value().toUpperCase(Locale.ROOT) + " statement: "
                + TokenCursor.describe(next));
        }
        Token third = c.peek(2);
        if (next.is("search") && !(third.type() == TokenType.IDENT && TEXT_SEARCH.contains(third.value()))
            || next.is("data") && !third.is("wrapper")) {
            throw c.errorAt(third, "unknown " + verb + " " + t.value().toUpperCase(Locale.ROOT) + " "
                + next.value().toUpperCase(Locale.ROOT) + " statement: " + TokenCursor.describe(third));
        }
    }
}
