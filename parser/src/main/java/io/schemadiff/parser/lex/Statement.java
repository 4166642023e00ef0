package io.schemadiff.parser.lex;

import io.schemadiff.parser.source.Source;
import java.util.List;

/**
 * One statement as psql would send it: its tokens without the terminating semicolon, or a single
 * {@link TokenType#META} token for a psql meta-command.
 */
public record Statement(Source source, List<Token> tokens) {
    public Statement {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty statement");
        }
    }

    public int start() {
        return tokens.get(0).start();
    }

    public int end() {
        return tokens.get(tokens.size() - 1).end();
    }

    /** The statement's text as the author wrote it, comments inside it included. */
    public String text() {
        return source.text().substring(start(), end());
    }

    /** The text between two tokens of this statement, inclusive. */
    public String text(int fromToken, int toTokenInclusive) {
        return source.text().substring(tokens.get(fromToken).start(), tokens.get(toTokenInclusive).end());
    }

    public boolean isMeta() {
        return tokens.get(0).type() == TokenType.META;
    }

    /** {@code file:line:column} of the statement's first token. */
    public String location() {
        return source.location(start());
    }
}
