package io.schemadiff.parser.lex;

/**
 * One token: its class, its value (see {@link TokenType}) and where it is in its source, as character offsets
 * {@code [start, end)}. Line and column are computed from the source only when a message needs them.
 */
public record Token(TokenType type, String value, int start, int end) {

    /** An unquoted identifier or keyword equal to {@code word} (lower case). */
    public boolean is(String word) {
        return type == TokenType.IDENT && value.equals(word);
    }

    public boolean is(TokenType t) {
        return type == t;
    }

    /** An operator token with exactly this text. */
    public boolean isOperator(String op) {
        return type == TokenType.OPERATOR && value.equals(op);
    }

    /** An identifier, quoted or not: a name. */
    public boolean isName() {
        return type == TokenType.IDENT || type == TokenType.QUOTED_IDENT;
    }
}
