package io.schemadiff.parser.ddl;

import io.schemadiff.parser.lex.Lexer;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DO blocks that can be read without running them, which is not PL/pgSQL at large but a few shapes of it:
 * <ul>
 * <li>{@code BEGIN stmt; … [EXCEPTION WHEN cond [OR cond] THEN NULL;] END}: plain SQL statements, the errors the
 * block catches ending it ({@link Ddl.Block});</li>
 * <li>{@code BEGIN [stmt; …] IF [NOT] EXISTS (SELECT … FROM catalog WHERE c = 'v' [AND …]) THEN stmt; … END IF; …
 * END}: statements run when the catalog has (or lacks) a row ({@link Ddl.Conditional});</li>
 * <li>a block that only makes roles, whatever else it does ({@link RoleBlocks}): passed over.</li>
 * </ul>
 * Anything else is not read (the caller reports it).
 */
final class DoBlockReader {
    /** DO blocks inside DO blocks are read this deep, and reported past it (each level reads its body again). */
    static final int MAX_DEPTH = 8;

    private final Source source;
    /** The body's tokens, at their places in the file, {@code BEGIN} first. */
    private final List<Token> toks;
    /** The index of the body's {@code END}. */
    private final int end;
    /** Where the body's text ends: the place of the semicolons added to its statements. */
    private final int to;
    private final int at;
    /** How many DO blocks the block is inside of. */
    private final int depth;
    /** The next token to read. */
    private int i;

    private DoBlockReader(Source source, List<Token> toks, int end, int to, int at, int depth) {
        this.source = source;
        this.toks = toks;
        this.end = end;
        this.to = to;
        this.at = at;
        this.depth = depth;
    }

    /**
     * The DO statement at the cursor ({@code DO [LANGUAGE plpgsql] $$ … $$ [LANGUAGE plpgsql]}), {@code depth} DO
     * blocks deep: what it does, or empty when that cannot be read without running it.
     */
    static Optional<Ddl> read(TokenCursor c, int depth) {
        Statement statement = c.statement();
        c.expect("do");
        if (c.accept("language") && !c.next().is("plpgsql")) {
            return Optional.empty();
        }
        Token body = c.next();
        if (body.type() != TokenType.DOLLAR_STRING && body.type() != TokenType.STRING || depth >= MAX_DEPTH) {
            return Optional.empty();
        }
        if (c.accept("language") && !c.next().is("plpgsql")) {
            return Optional.empty();
        }
        if (!c.atEnd() || body.type() != TokenType.DOLLAR_STRING) {
            return Optional.empty();
        }
        // the body's tokens, at their places in the file: after the opening $tag$
        Source source = statement.source();
        int from = source.text().indexOf('$', body.start() + 1) + 1;
        int to = from + body.value().length();
        Optional<List<Token>> lexed = tokens(source, from, to);
        if (lexed.isEmpty()) {
            return Optional.empty();
        }
        List<Token> toks = lexed.get();
        if (RoleBlocks.onlyRoles(toks, source)) {
            return Optional.of(new Ddl.Ignored("roles made in a DO block (cluster-wide)"));
        }
        // BEGIN … END [;]: end is where the END is
        int end = toks.size();
        if (end > 0 && toks.get(end - 1).type() == TokenType.SEMICOLON) {
            end--;
        }
        if (end < 2 || !toks.get(0).is("begin") || !toks.get(end - 1).is("end")) {
            return Optional.empty();
        }
        DoBlockReader reader = new DoBlockReader(source, toks, end - 1, to, statement.start(), depth);
        Optional<Ddl> conditional = reader.conditional();
        return conditional.isPresent() ? conditional : reader.block();
    }

    /** The tokens of the text {@code [from, to)}; empty when it does not lex. */
    private static Optional<List<Token>> tokens(Source source, int from, int to) {
        Lexer lx = new Lexer(source, from, to);
        List<Token> toks = new ArrayList<>();
        try {
            for (Token t = lx.next(); t.type() != TokenType.EOF; t = lx.next()) {
                toks.add(t);
            }
        } catch (InputError e) {
            return Optional.empty();
        }
        return Optional.of(toks);
    }

    /** Plain statements, and an EXCEPTION clause that catches conditions and does nothing. */
    private Optional<Ddl> block() {
        int exception = end;
        for (int k = 1; k < end; k++) {
            if (toks.get(k).is("exception") && toks.get(k - 1).type() == TokenType.SEMICOLON) {
                exception = k;
                break;
            }
        }
        Optional<Set<String>> caught = exception < end ? caught(exception + 1) : Optional.of(Set.of());
        if (caught.isEmpty()) {
            return Optional.empty();
        }
        return statements(toks.subList(1, exception))
            .map(each -> new Ddl.Block(each.statements(), caught.get(), at));
    }

    /** {@code WHEN cond [OR cond] THEN NULL;} from {@code k} to the end, nothing else: the conditions. */
    private Optional<Set<String>> caught(int k) {
        Set<String> caught = new LinkedHashSet<>();
        if (k >= end || !toks.get(k).is("when")) {
            return Optional.empty();
        }
        k++;
        while (k < end && toks.get(k).type() == TokenType.IDENT && !toks.get(k).is("then")) {
            caught.add(toks.get(k).value());
            k++;
            if (k < end && toks.get(k).is("or")) {
                k++;
            }
        }
        if (k + 2 > end || !toks.get(k).is("then") || !toks.get(k + 1).is("null")
            || (k + 2 < end && toks.get(k + 2).type() != TokenType.SEMICOLON) || k + 3 < end || caught.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(caught);
    }

    /** IF … END IF blocks among plain statements ({@code NULL;} among them); empty when the block is not that. */
    private Optional<Ddl> conditional() {
        List<Ddl> items = new ArrayList<>();
        boolean anyIf = false;
        i = 1;
        while (i < end) {
            boolean isIf = toks.get(i).is("if");
            anyIf |= isIf;
            Optional<Ddl> item = isIf ? ifBlock() : plainStatement();
            if (item.isEmpty()) {
                return Optional.empty();
            }
            items.add(item.get());
        }
        return anyIf ? Optional.of(new Ddl.Each(items)) : Optional.empty();
    }

    /** The plain statement from here to the next semicolon; empty when it is not plain SQL. */
    private Optional<Ddl> plainStatement() {
        int semi = i;
        while (semi < end && toks.get(semi).type() != TokenType.SEMICOLON) {
            semi++;
        }
        Optional<Ddl.Each> d = statements(toks.subList(i, semi));
        i = semi + 1;
        return d.map(Ddl.class::cast);
    }

    /** Plain statements of the block ({@code NULL;} is none); empty when one is not plain SQL. */
    private Optional<Ddl.Each> statements(List<Token> piece) {
        if (piece.isEmpty() || piece.size() == 1 && piece.get(0).is("null")) {
            return Optional.of(new Ddl.Each(List.of()));
        }
        List<Token> inner = new ArrayList<>(piece);
        inner.add(new Token(TokenType.SEMICOLON, ";", to, to));
        inner.add(new Token(TokenType.EOF, "", to, to));
        List<Ddl> out = new ArrayList<>();
        try {
            for (Statement st : StatementSplitter.split(source, inner)) {
                Token first = st.tokens().get(0);
                if (first.is("null") && st.tokens().size() <= 2) {
                    continue;
                }
                if (first.is("perform") || first.is("raise") || first.is("execute") || first.is("if")
                    || first.is("for") || first.is("loop") || first.is("select") || first.is("return")) {
                    return Optional.empty();
                }
                Ddl d = DdlParser.parse(st, depth + 1);
                if (d instanceof Ddl.Unsupported) {
                    return Optional.empty();
                }
                out.add(d);
            }
        } catch (InputError e) {
            return Optional.empty();
        }
        return Optional.of(new Ddl.Each(out));
    }

    /** One {@code IF [NOT] EXISTS (…) THEN … END IF;} from here; empty when it is not that. */
    private Optional<Ddl> ifBlock() {
        i++;
        boolean exists = true;
        if (toks.get(i).is("not")) {
            exists = false;
            i++;
        }
        if (i + 2 >= end || !toks.get(i).is("exists") || toks.get(i + 1).type() != TokenType.LPAREN
            || !toks.get(i + 2).is("select")) {
            return Optional.empty();
        }
        i += 2;
        while (i < end && !toks.get(i).is("from")) {
            i++;
        }
        if (i + 2 >= end) {
            return Optional.empty();
        }
        i++;
        String catalog = toks.get(i).value();
        if (toks.get(i + 1).type() == TokenType.DOT) {
            catalog = catalog + "." + toks.get(i + 2).value();
            i += 2;
        }
        i++;
        if (i >= end || !toks.get(i).is("where")) {
            return Optional.empty();
        }
        i++;
        Optional<Map<String, String>> where = where();
        if (where.isEmpty() || i + 1 >= end || toks.get(i).type() != TokenType.RPAREN || !toks.get(i + 1).is("then")) {
            return Optional.empty();
        }
        i += 2;
        // statements up to END IF; no ELSE, ELSIF or inner IF at a statement's start
        List<Ddl> body = new ArrayList<>();
        while (!(i + 1 < end && toks.get(i).is("end") && toks.get(i + 1).is("if"))) {
            if (i >= end || toks.get(i).is("else") || toks.get(i).is("elsif") || toks.get(i).is("if")) {
                return Optional.empty();
            }
            Optional<Ddl> d = plainStatement();
            if (d.isEmpty()) {
                return Optional.empty();
            }
            body.add(d.get());
        }
        i += 2;
        if (i < end && toks.get(i).type() == TokenType.SEMICOLON) {
            i++;
        }
        return Optional.of(new Ddl.Conditional(exists, catalog.toLowerCase(Locale.ROOT), where.get(),
            new Ddl.Block(body, Set.of(), at), at));
    }

    /** {@code c = 'v' [AND c = 'v' …]} ({@code c} may be qualified) from here; empty when it is not that. */
    private Optional<Map<String, String>> where() {
        Map<String, String> where = new LinkedHashMap<>();
        while (true) {
            if (i + 2 >= end || !toks.get(i).isName()) {
                return Optional.empty();
            }
            String column = toks.get(i).value();
            if (toks.get(i + 1).type() == TokenType.DOT) {
                column = toks.get(i + 2).value();
                i += 2;
            }
            if (i + 2 >= end || !toks.get(i + 1).value().equals("=") || toks.get(i + 2).type() != TokenType.STRING) {
                return Optional.empty();
            }
            where.put(column, toks.get(i + 2).value());
            i += 3;
            if (i >= end || !toks.get(i).is("and")) {
                return Optional.of(where);
            }
            i++;
        }
    }
}
