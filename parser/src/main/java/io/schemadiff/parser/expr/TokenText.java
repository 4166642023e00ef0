package io.schemadiff.parser.expr;

import io.schemadiff.model.Identifiers;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import java.util.List;

/**
 * The canonical text of a run of tokens: what does not matter to the server (case of keywords, quotes an
 * identifier does not need, the way a string is quoted, whitespace, comments) is made uniform.
 */
public final class TokenText {
    private TokenText() {}

    public static String canonical(Token t) {
        return switch (t.type()) {
            case IDENT -> t.value();
            case QUOTED_IDENT -> Identifiers.quote(t.value());
            case STRING, DOLLAR_STRING -> Identifiers.literal(t.value());
            case BIT_STRING -> "B'" + t.value() + "'";
            default -> t.value();
        };
    }

    /** Tokens {@code [from, to)} joined with single spaces, tight around punctuation. */
    public static String canonical(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        TokenType prev = null;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            TokenType ty = t.type();
            boolean tight = prev == null || prev == TokenType.LPAREN || prev == TokenType.LBRACKET
                || prev == TokenType.DOT || prev == TokenType.TYPECAST || ty == TokenType.COMMA
                || ty == TokenType.RPAREN || ty == TokenType.RBRACKET || ty == TokenType.DOT
                || ty == TokenType.TYPECAST || (ty == TokenType.LPAREN && prev != TokenType.OPERATOR
                && prev != TokenType.COMMA);
            if (!tight) {
                sb.append(' ');
            }
            sb.append(canonical(t));
            prev = ty;
        }
        return sb.toString();
    }
}
