package io.schemadiff.parser.expr;

import io.schemadiff.parser.lex.Token;
import java.util.List;

/**
 * A query inside an expression ({@code EXISTS (…)}, {@code x IN (…)}, {@code ARRAY(…)}, {@code (SELECT …)}). The
 * expression parser keeps it as its tokens ({@link Tokens}); where queries are read as trees (a view's), the
 * reader it is given ({@link ExprParser.Subqueries}) makes it whatever that reader's tree is.
 */
public interface Subquery {

    /** The tokens between the parentheses, as written. */
    List<Token> tokens();

    /** A subquery kept as its tokens. */
    record Tokens(List<Token> tokens) implements Subquery {
        public Tokens {
            tokens = List.copyOf(tokens);
        }
    }
}
