package io.schemadiff.parser.lex;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a token stream into statements the way psql does: at a semicolon outside parentheses and outside a
 * {@code BEGIN ATOMIC … END} body of {@code CREATE FUNCTION / PROCEDURE}; a meta-command is a statement of its own.
 */
public final class StatementSplitter {
    private StatementSplitter() {}

    public static List<Statement> split(Source source) {
        List<Statement> out = new ArrayList<>();
        each(source, out::add);
        return out;
    }

    /** Hands each statement to {@code sink} as soon as it is complete: a file's tokens are never all held. */
    public static void each(Source source, Consumer<Statement> sink) {
        Lexer lexer = new Lexer(source);
        each(source, new Iterator<Token>() {
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Token next() {
                Token t = lexer.next();
                done = t.type() == TokenType.EOF;
                return t;
            }
        }, lexer, sink);
    }

    public static List<Statement> split(Source source, List<Token> tokens) {
        List<Statement> out = new ArrayList<>();
        each(source, tokens.iterator(), null, out::add);
        return out;
    }

    /** {@code COPY … FROM stdin}: data lines follow the statement. */
    private static boolean isCopyFromStdin(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).is("copy")) {
            return false;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("from") && tokens.get(i + 1).is("stdin")) {
                return true;
            }
        }
        return false;
    }

    private static void each(Source source, Iterator<Token> it, Lexer lexer,
                             Consumer<Statement> sink) {
        List<Token> current = new ArrayList<>();
        int parens = 0;
        int brackets = 0;
        // psql's heuristic (psqlscan.l): within CREATE [OR REPLACE] FUNCTION|PROCEDURE, count BEGIN … END
        int identCount = 0;
        char[] idents = new char[4];
        int beginDepth = 0;
        while (it.hasNext()) {
            Token t = it.next();
            switch (t.type()) {
                case EOF -> {
                    if (!current.isEmpty()) {
                        sink.accept(new Statement(source, current));
                    }
                    return;
                }
                case META -> {
                    if (!current.isEmpty()) {
                        sink.accept(new Statement(source, current));
                        current = new ArrayList<>();
                    }
                    sink.accept(new Statement(source, List.of(t)));
                    parens = 0;
                    brackets = 0;
                    identCount = 0;
                    beginDepth = 0;
                }
                case SEMICOLON -> {
                    if (parens == 0 && beginDepth == 0) {
                        if (!current.isEmpty()) {
                            sink.accept(new Statement(source, current));
                            if (lexer != null && isCopyFromStdin(current)) {
                                lexer.skipCopyData();
                            }
                            current = new ArrayList<>();
                        }
                        identCount = 0;
                        brackets = 0;
                    } else {
                        current.add(t);
                    }
                }
                case LPAREN, LBRACKET -> {
                    if (t.type() == TokenType.LPAREN) {
                        parens++;
                    } else {
                        brackets++;
                    }
                    if (parens + brackets > Limits.MAX_DEPTH) {
                        // before any parser recurses into it
                        throw new InputError(source, t.start(), Limits.tooDeep());
                    }
                    current.add(t);
                }
                case RPAREN -> {
                    if (parens > 0) {
                        parens--;
                    }
                    current.add(t);
                }
                case RBRACKET -> {
                    if (brackets > 0) {
                        brackets--;
                    }
                    current.add(t);
                }
                case IDENT -> {
                    String v = t.value();
                    if (identCount < idents.length) {
                        idents[identCount] = switch (v) {
                            case "create", "function", "procedure", "or", "replace" -> v.charAt(0);
                            default -> '\0';
                        };
                    }
                    identCount++;
                    boolean routine = identCount > 1 && idents[0] == 'c' && (idents[1] == 'f' || idents[1] == 'p'
                        || (identCount > 3 && idents[1] == 'o' && idents[2] == 'r'
                        && (idents[3] == 'f' || idents[3] == 'p')));
                    if (routine && parens == 0) {
                        if (v.equals("begin")) {
                            beginDepth++;
                        } else if (v.equals("case") && beginDepth >= 1) {
                            beginDepth++;
                        } else if (v.equals("end") && beginDepth > 0) {
                            beginDepth--;
                        }
                    }
                    current.add(t);
                }
                default -> current.add(t);
            }
        }
        if (!current.isEmpty()) {
            sink.accept(new Statement(source, current));
        }
    }
}
