package io.schemadiff.parser.lex;

import io.schemadiff.parser.source.InputError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** A position in a statement's tokens, with the small vocabulary a recursive-descent parser needs. */
public final class TokenCursor {
    private final Statement statement;
    private final List<Token> tokens;
    private final Token eof;
    private int pos;
    /** For each token, the index of the parenthesis matching it (-1: none); computed when first asked. */
    private int[] parens;

    public TokenCursor(Statement statement) {
        this.statement = statement;
        this.tokens = statement.tokens();
        int end = statement.end();
        this.eof = new Token(TokenType.EOF, "", end, end);
    }

    public Statement statement() {
        return statement;
    }

    public int position() {
        return pos;
    }

    public void reset(int p) {
        pos = p;
    }

    public boolean atEnd() {
        return pos >= tokens.size();
    }

    public Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : eof;
    }

    public Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : eof;
    }

    public Token next() {
        Token t = peek();
        if (pos < tokens.size()) {
            pos++;
        }
        return t;
    }

    /** The token just consumed. */
    public Token previous() {
        return tokens.get(pos - 1);
    }

    public boolean is(String word) {
        return peek().is(word);
    }

    public boolean is(TokenType type) {
        return peek().type() == type;
    }

    /** The next tokens are these keywords, in order. */
    public boolean isSeq(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).is(words[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean accept(String word) {
        if (peek().is(word)) {
            pos++;
            return true;
        }
        return false;
    }

    public boolean accept(TokenType type) {
        if (peek().type() == type) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the keywords if all are next, in order; otherwise consumes nothing. */
    public boolean acceptSeq(String... words) {
        if (isSeq(words)) {
            pos += words.length;
            return true;
        }
        return false;
    }

    public Token expect(String word) {
        if (!peek().is(word)) {
            throw error("expected " + word.toUpperCase(Locale.ROOT) + " but found " + describe(peek()));
        }
        return next();
    }

    public void expectSeq(String... words) {
        for (String w : words) {
            expect(w);
        }
    }

    public Token expect(TokenType type) {
        if (peek().type() != type) {
            throw error("expected " + describe(type) + " but found " + describe(peek()));
        }
        return next();
    }

    /** An identifier (keywords included, as the grammar's ColId mostly allows): its folded value. */
    public String expectName() {
        Token t = peek();
        if (!t.isName()) {
            throw error("expected a name but found " + describe(t));
        }
        pos++;
        return t.value();
    }

    public boolean isName() {
        return peek().isName();
    }

    // ------------------------------------------------------------------ combinators

    /** One item or more, separated by commas: what {@code item} reads at each. */
    public <T> List<T> commaList(Supplier<T> item) {
        List<T> out = new ArrayList<>();
        do {
            out.add(item.get());
        } while (accept(TokenType.COMMA));
        return out;
    }

    /** One item or more, separated by commas, each read for what {@code item} does with it. */
    public void commaSeparated(Runnable item) {
        do {
            item.run();
        } while (accept(TokenType.COMMA));
    }

    /** {@code (item, …)}: one item or more, each read for what {@code item} does with it. */
    public void parenthesizedEach(Runnable item) {
        expect(TokenType.LPAREN);
        commaSeparated(item);
        expect(TokenType.RPAREN);
    }

    /** {@code ( … )}: what {@code inner} reads between the parentheses. */
    public <T> T parenthesized(Supplier<T> inner) {
        expect(TokenType.LPAREN);
        T t = inner.get();
        expect(TokenType.RPAREN);
        return t;
    }

    /** {@code (item, …)}: one item or more. */
    public <T> List<T> parenthesizedList(Supplier<T> item) {
        expect(TokenType.LPAREN);
        List<T> out = commaList(item);
        expect(TokenType.RPAREN);
        return out;
    }

    /** {@code (name, …)}. */
    public List<String> nameList() {
        return parenthesizedList(this::expectName);
    }

    /** A name and the names after each dot: {@code a}, {@code a.b}, {@code a.b.c}, as written (folded). */
    public List<String> qualifiedName() {
        List<String> parts = new ArrayList<>();
        parts.add(expectName());
        while (accept(TokenType.DOT)) {
            parts.add(expectName());
        }
        return parts;
    }

    public InputError error(String reason) {
        return new InputError(statement.source(), peek().start(), reason);
    }

    public InputError errorAt(Token t, String reason) {
        return new InputError(statement.source(), t.start(), reason);
    }

    /** The source text of the tokens {@code [from, to)}. */
    public String text(int from, int to) {
        if (to <= from) {
            return "";
        }
        return statement.source().text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * The index of the token that closes the parenthesis at token {@code index}, or -1 when it is not closed (or is
     * not an open parenthesis). Found in a table made once per statement: look-ahead at every level of a deeply
     * nested expression costs no rescan.
     */
    public int closingParen(int index) {
        if (parens == null) {
            parens = matchingParens(tokens);
        }
        return index >= 0 && index < parens.length && tokens.get(index).type() == TokenType.LPAREN ? parens[index]
            : -1;
    }

    /** For each token, the index of the parenthesis matching it, or -1; linear in the tokens. */
    public static int[] matchingParens(List<Token> tokens) {
        int[] match = new int[tokens.size()];
        int[] open = new int[16];
        int depth = 0;
        for (int i = 0; i < match.length; i++) {
            match[i] = -1;
            TokenType t = tokens.get(i).type();
            if (t == TokenType.LPAREN) {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = i;
            } else if (t == TokenType.RPAREN && depth > 0) {
                int o = open[--depth];
                match[o] = i;
                match[i] = o;
            }
        }
        return match;
    }

    /** Skips to the matching close of the bracket just before the cursor ({@code (} or {@code [}). */
    public void skipBalanced() {
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            switch (t.type()) {
                case LPAREN, LBRACKET -> depth++;
                case RPAREN, RBRACKET -> depth--;
                case EOF -> throw error("unbalanced parentheses");
                default -> {
                }
            }
        }
    }

    public static String describe(Token t) {
        return switch (t.type()) {
            case EOF -> "end of statement";
            case IDENT -> "\"" + t.value() + "\"";
            case QUOTED_IDENT -> "identifier \"" + t.value() + "\"";
            case STRING, BIT_STRING, DOLLAR_STRING -> "a string";
            case NUMBER -> "number " + t.value();
            default -> "\"" + t.value() + "\"";
        };
    }

    private static String describe(TokenType t) {
        return switch (t) {
            case LPAREN -> "\"(\"";
            case RPAREN -> "\")\"";
            case COMMA -> "\",\"";
            case STRING -> "a string";
            case NUMBER -> "a number";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }
}
