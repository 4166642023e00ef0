package io.schemadiff.parser.ddl;

import io.schemadiff.parser.ddl.Ddl.CreateExtension;
import io.schemadiff.parser.ddl.Ddl.CreateSchema;
import io.schemadiff.parser.ddl.Ddl.CreateView;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.Ignored;
import io.schemadiff.parser.ddl.Ddl.IndexElem;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.QueryText;
import io.schemadiff.parser.ddl.Ddl.Rename;
import io.schemadiff.parser.ddl.Ddl.RoutineRef;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DDL grammar of the other objects: schemas, extensions, operators, statistics, casts, views, publications
 * and event triggers.
 */
final class ObjectGrammar extends Grammar {
    /** The statement's parser, for the productions of the other families. */
    private final DdlParser p;

    ObjectGrammar(DdlParser p) {
        super(p.c, p.expr);
        this.p = p;
    }

    /** An operator's name: its symbol, schema-qualified or not. */
    private List<String> qualifiedOperator() {
        List<String> parts = new ArrayList<>();
        if (c.isName() && c.peek(1).is(TokenType.DOT)) {
            parts.add(c.expectName());
            c.next();
        }
        Token t = c.next();
        if (t.type() != TokenType.OPERATOR) {
            throw c.errorAt(t, "expected an operator but found " + TokenCursor.describe(t));
        }
        parts.add(t.value());
        return parts;
    }

    /** {@code schema.symbol (left | NONE, right)}. */
    Ddl.OperatorRef operatorRef(boolean ifExists, Optional<Optional<String>> comment, int at) {
        List<String> name = qualifiedOperator();
        c.expect(TokenType.LPAREN);
        Optional<RawType> left = c.accept("none") ? Optional.empty() : Optional.of(expr.parseType());
        c.expect(TokenType.COMMA);
        RawType right = expr.parseType();
        c.expect(TokenType.RPAREN);
        return new Ddl.OperatorRef(name, left, right, ifExists, comment, at);
    }

    Ddl createOperator(int at) {
        List<String> name = qualifiedOperator();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, RawType> types = new LinkedHashMap<>();
        c.parenthesizedEach(() -> operatorAttribute(options, types));
        if (!options.containsKey("function")) {
            throw c.error("operator function must be specified");
        }
        if (!types.containsKey("rightarg")) {
            throw c.error("operator right argument type must be specified");
        }
        return new Ddl.CreateOperator(name, options, types, at);
    }

    /** One {@code key [= value]} of CREATE OPERATOR, into {@code options} or (argument types) {@code types}. */
    private void operatorAttribute(Map<String, List<String>> options, Map<String, RawType> types) {
        Token k = c.next();
        if (!k.isName()) {
            throw c.errorAt(k, "expected an operator attribute but found " + TokenCursor.describe(k));
        }
        String key = k.value().equals("procedure") ? "function" : k.value();
        if (!c.is(TokenType.OPERATOR) || !c.peek().value().equals("=")) {
            if (!key.equals("hashes") && !key.equals("merges")) {
                throw c.errorAt(k, k.value() + " requires a parameter");
            }
            options.put(key, List.of());
            return;
        }
        c.next();
        switch (key) {
            case "leftarg", "rightarg" -> types.put(key, expr.parseType());
            case "commutator", "negator" -> {
                if (c.accept("operator")) {
                    c.expect(TokenType.LPAREN);
                    options.put(key, qualifiedOperator());
                    c.expect(TokenType.RPAREN);
                } else {
                    options.put(key, qualifiedOperator());
                }
            }
            case "function", "restrict", "join" -> options.put(key, name().parts());
            default -> throw c.errorAt(k, "operator attribute \"" + k.value() + "\" not recognized");
        }
    }

    Ddl createStatistics(int at) {
        boolean ine = ifNotExists();
        Optional<Name> name = c.is("on") || c.is(TokenType.LPAREN) ? Optional.empty() : Optional.of(name());
        List<String> kinds = c.is(TokenType.LPAREN) ? c.parenthesizedList(this::statisticsKind) : List.of();
        c.expect("on");
        List<IndexElem> elements = c.commaList(this::statisticsElement);
        c.expect("from");
        Name table = name();
        return new Ddl.CreateStatistics(name, ine, kinds, elements, table, at);
    }

    private String statisticsKind() {
        Token k = c.next();
        if (!k.is("ndistinct") && !k.is("dependencies") && !k.is("mcv")) {
            throw c.errorAt(k, "unrecognized statistics kind \"" + k.value() + "\"");
        }
        return k.value();
    }

    /** A column, or an expression in parentheses. */
    private IndexElem statisticsElement() {
        if (c.accept(TokenType.LPAREN)) {
            ExprText e = exprText(false);
            c.expect(TokenType.RPAREN);
            return new IndexElem(Optional.empty(), Optional.of(e), Optional.empty(), Optional.empty(), false,
                Optional.empty());
        }
        if (c.isName() && (c.peek(1).is(TokenType.COMMA) || c.peek(1).is("from"))) {
            return new IndexElem(Optional.of(c.expectName()), Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.empty());
        }
        // a function call needs no parentheses around it (pg_dump writes it so)
        ExprText e = exprText(false);
        return new IndexElem(Optional.empty(), Optional.of(e), Optional.empty(), Optional.empty(), false,
            Optional.empty());
    }

    Ddl createCast(int at) {
        Ddl.CastRef types = castTypes(false, Optional.empty(), at);
        String method;
        Optional<RoutineRef> function = Optional.empty();
        if (c.acceptSeq("with", "function")) {
            method = "FUNCTION";
            function = Optional.of(p.routines.routineRef());
        } else if (c.acceptSeq("without", "function")) {
            method = "BINARY";
        } else {
            c.expectSeq("with", "inout");
            method = "INOUT";
        }
        char context = 'e';
        if (c.accept("as")) {
            Token t = c.next();
            if (t.is("assignment")) {
                context = 'a';
            } else if (t.is("implicit")) {
                context = 'i';
            } else {
                throw c.errorAt(t, "expected ASSIGNMENT or IMPLICIT but found " + TokenCursor.describe(t));
            }
        }
        return new Ddl.CreateCast(types.source(), types.target(), method, function, context, at);
    }

    /** {@code (source AS target)}. */
    Ddl.CastRef castTypes(boolean ifExists, Optional<Optional<String>> comment, int at) {
        c.expect(TokenType.LPAREN);
        RawType source = expr.parseType();
        c.expect("as");
        RawType target = expr.parseType();
        c.expect(TokenType.RPAREN);
        return new Ddl.CastRef(source, target, ifExists, comment, at);
    }

    Ddl createSchema(int at) {
        boolean ine = ifNotExists();
        String name;
        Optional<String> authorization = Optional.empty();
        if (c.accept("authorization")) {
            authorization = Optional.of(p.privileges.roleSpec());
            name = authorization.get();
        } else {
            name = c.expectName();
            if (c.accept("authorization")) {
                authorization = Optional.of(p.privileges.roleSpec());
            }
        }
        if (!c.atEnd()) {
            return unsupported("CREATE SCHEMA with schema elements");
        }
        return new CreateSchema(name, ine, authorization, at);
    }

    Ddl createExtension(int at) {
        boolean ine = ifNotExists();
        String name = c.expectName();
        c.accept("with");
        Optional<String> schema = Optional.empty();
        while (!c.atEnd()) {
            if (c.accept("schema")) {
                schema = Optional.of(c.expectName());
            } else if (c.accept("version") || c.accept("from")) {
                c.next();
            } else if (c.accept("cascade")) {
                continue;
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in CREATE EXTENSION");
            }
        }
        return new CreateExtension(name, ine, schema, at);
    }

    Ddl createView(int at, boolean orReplace, boolean materialized, boolean unlogged) {
        boolean ine = materialized && ifNotExists();
        Name name = name();
        List<String> columns = List.of();
        if (c.is(TokenType.LPAREN)) {
            columns = c.nameList();
        }
        if (materialized && c.accept("using")) {
            c.expectName();
        }
        List<String> options = new ArrayList<>();
        Optional<String> checkOption = Optional.empty();
        if (c.accept("with")) {
            for (String o : p.tables.storageParameters()) {
                if (o.startsWith("check_option=")) {
                    checkOption = Optional.of(o.substring("check_option=".length()));
                } else {
                    options.add(o);
                }
            }
        }
        if (materialized && c.accept("tablespace")) {
            c.expectName();
        }
        c.expect("as");
        int from = c.position();
        int end = c.statement().tokens().size();
        boolean withNoData = false;
        // a trailing WITH [CASCADED | LOCAL] CHECK OPTION or WITH [NO] DATA is not part of the query
        List<Token> toks = c.statement().tokens();
        if (end - from >= 3 && toks.get(end - 1).is("option") && toks.get(end - 2).is("check")) {
            int k = end - 3;
            String level = "cascaded";
            if (toks.get(k).is("local") || toks.get(k).is("cascaded")) {
                level = toks.get(k).value();
                k--;
            }
            if (toks.get(k).is("with")) {
                checkOption = Optional.of(level);
                end = k;
            }
        } else if (materialized && end - from >= 2 && toks.get(end - 1).is("data")) {
            int k = end - 2;
            boolean no = toks.get(k).is("no");
            if (no) {
                k--;
            }
            if (toks.get(k).is("with")) {
                end = k;
                withNoData = no;
            }
        }
        if (end <= from) {
            throw c.error("expected a query after AS");
        }
        obviousQueryErrors(toks, from, end);
        String text = c.text(from, end);
        QueryText q = new QueryText(c.statement().source(), text, toks.subList(from, end), toks.get(from).start());
        c.reset(toks.size());
        return new CreateView(name, orReplace, materialized, columns, options, q, checkOption, ine, withNoData, at);
    }

    /** Words a query cannot end with: each needs something after it. */
    private static final Set<String> NOT_AN_END = Set.of("where", "from", "and", "or", "not", "by", "having", "on",
        "join", "union", "intersect", "except", "limit", "offset", "as", "in", "is", "like", "ilike", "between",
        "case", "when", "then", "else", "distinct", "using", "group", "order", "window", "natural", "inner", "left",
        "right", "full", "cross", "lateral", "fetch", "into", "with", "values", "table");

    /**
     * The syntax errors in a view's query that are plain from its first and last words (the canonicalizer, which
     * does not read every form of query, is not asked): a query starts with SELECT, VALUES, WITH or TABLE (in any
     * parentheses), and does not end in a word that needs more ({@code WHERE}, {@code UNION ALL}, a comma, an
     * operator).
     */
    private void obviousQueryErrors(List<Token> toks, int from, int end) {
        int i = from;
        while (i < end && toks.get(i).is(TokenType.LPAREN)) {
            i++;
        }
        Token first = toks.get(Math.min(i, end - 1));
        if (!(first.is("select") || first.is("values") || first.is("with") || first.is("table"))) {
            throw c.errorAt(first, "expected SELECT, VALUES, WITH or TABLE but found " + TokenCursor.describe(first));
        }
        Token last = toks.get(end - 1);
        Token before = end - 2 >= from ? toks.get(end - 2) : last;
        boolean dangling = last.type() == TokenType.IDENT && NOT_AN_END.contains(last.value())
            || last.is("all") && (before.is("union") || before.is("intersect") || before.is("except"))
            || last.is(TokenType.COMMA) || last.is(TokenType.DOT) || last.is(TokenType.TYPECAST)
            || last.type() == TokenType.OPERATOR && !last.value().equals("*");
        if (dangling) {
            throw new InputError(c.statement().source(), last.end(),
                "unexpected end of the query after " + TokenCursor.describe(last));
        }
    }

    Ddl alterSchema(int at) {
        Name name = name();
        if (c.acceptSeq("rename", "to")) {
            return new Rename(Kind.SCHEMA, name, Optional.of(c.expectName()), Optional.empty(), false, at);
        }
        if (!c.isSeq("owner", "to")) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER SCHEMA");
        }
        return new Ignored("ALTER SCHEMA");
    }

    Ddl createEventTrigger(int at) {
        String name = c.expectName();
        c.expect("on");
        String event = c.expectName();
        List<String> tags = new ArrayList<>();
        if (c.accept("when")) {
            do {
                String variable = c.expectName();
                if (!variable.equals("tag")) {
                    throw c.errorAt(c.previous(), "unrecognized filter variable \"" + variable + "\"");
                }
                c.expect("in");
                tags.addAll(c.parenthesizedList(() -> c.expect(TokenType.STRING).value().toUpperCase(Locale.ROOT)));
            } while (c.accept("and"));
        }
        c.expect("execute");
        if (!c.accept("function")) {
            c.expect("procedure");
        }
        Name fn = name();
        c.expect(TokenType.LPAREN);
        c.expect(TokenType.RPAREN);
        return new Ddl.CreateEventTrigger(name, event, tags, fn, at);
    }

    Ddl alterEventTrigger(int at) {
        String name = c.expectName();
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.AlterEventTrigger(name, Optional.empty(), Optional.of(c.expectName()), at);
        }
        if (c.accept("disable")) {
            return new Ddl.AlterEventTrigger(name, Optional.of('D'), Optional.empty(), at);
        }
        c.expect("enable");
        char state = c.accept("replica") ? 'R' : c.accept("always") ? 'A' : 'O';
        return new Ddl.AlterEventTrigger(name, Optional.of(state), Optional.empty(), at);
    }

    /** CREATE PUBLICATION and ALTER PUBLICATION. */
    Ddl publication(int at, String verb) {
        String name = c.expectName();
        String action = verb;
        if (verb.equals("alter")) {
            if (c.acceptSeq("rename", "to")) {
                return new Ddl.Publication(name, "rename", false, List.of(), List.of(), List.of(),
                    Optional.of(c.expectName()), at);
            }
            if (c.is("set") && c.peek(1).is(TokenType.LPAREN)) {
                c.next();
                return new Ddl.Publication(name, "options", false, List.of(), List.of(), publicationOptions(),
                    Optional.empty(), at);
            }
            action = c.next().value();
            if (!Set.of("add", "set", "drop").contains(action)) {
                throw c.errorAt(c.previous(), "unexpected " + TokenCursor.describe(c.previous())
                    + " in ALTER PUBLICATION");
            }
        }
        boolean all = false;
        List<Ddl.PublicationTable> tables = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        if (verb.equals("alter") || c.accept("for")) {
            if (c.acceptSeq("all", "tables")) {
                all = true;
            } else {
                boolean inSchema = false;
                do {
                    if (c.acceptSeq("tables", "in", "schema")) {
                        inSchema = true;
                    } else if (c.accept("table")) {
                        inSchema = false;
                    }
                    if (inSchema) {
                        schemas.add(c.accept("current_schema") ? "CURRENT_SCHEMA" : c.expectName());
                        continue;
                    }
                    c.accept("only");
                    Name t = name();
                    c.accept(TokenType.OPERATOR); // t* (descendants), the default
                    List<String> cols = c.is(TokenType.LPAREN) ? c.nameList() : List.of();
                    Optional<ExprText> where = Optional.empty();
                    if (c.accept("where")) {
                        where = Optional.of(parenExpr());
                    }
                    tables.add(new Ddl.PublicationTable(t, cols, where));
                } while (c.accept(TokenType.COMMA));
            }
        }
        List<String> options = List.of();
        if (c.accept("with")) {
            options = publicationOptions();
        }
        return new Ddl.Publication(name, action, all, tables, schemas, options, Optional.empty(), at);
    }

    /** {@code (name [= value], …)} as {@code name=value}, values unquoted. */
    private List<String> publicationOptions() {
        return c.parenthesizedList(() -> {
            String key = c.expectName();
            String value = "true";
            if (c.peek().isOperator("=")) {
                c.next();
                value = c.next().value();
            }
            return key + "=" + value;
        });
    }
}
