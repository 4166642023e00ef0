package io.schemadiff.parser.lex;

/** Token classes of PostgreSQL's scanner (src/backend/parser/scan.l), plus psql meta-commands. */
public enum TokenType {
    /** Unquoted identifier or keyword; the value is folded to lower case and truncated to 63 bytes. */
    IDENT,
    /** {@code "Quoted"} or {@code U&"…"} identifier; the value is the identifier itself. */
    QUOTED_IDENT,
    /** {@code '…'}, {@code E'…'}, {@code N'…'}, {@code U&'…'}; the value is the decoded string. */
    STRING,
    /** {@code B'…'} or {@code X'…'}; the value is the text between the quotes. */
    BIT_STRING,
    /** {@code $tag$…$tag$}; the value is the body. */
    DOLLAR_STRING,
    /** Integer or numeric constant; the value is the text as written (without separating underscores). */
    NUMBER,
    /** {@code $1}. */
    PARAM,
    /** An operator, including the one-character ones ({@code = < > + - * / % ^}) and {@code <>} for {@code !=}. */
    OPERATOR,
    LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, SEMICOLON, DOT, COLON,
    /** {@code ::}. */
    TYPECAST,
    /** {@code ..}. */
    DOT_DOT,
    /** {@code :=}. */
    COLON_EQUALS,
    /** {@code =>}. */
    EQUALS_GREATER,
    /** A psql meta-command: from the backslash to the end of the line. The value is the command text. */
    META,
    EOF
}
