package io.schemadiff.parser.ddl;

import io.schemadiff.model.Constraint;
import io.schemadiff.model.Constraint.Deferrability;
import io.schemadiff.model.Constraint.ForeignKey.Action;
import io.schemadiff.model.Constraint.ForeignKey.MatchType;
import io.schemadiff.model.Identifiers;
import io.schemadiff.parser.ddl.Ddl.AddColumn;
import io.schemadiff.parser.ddl.Ddl.AddConstraint;
import io.schemadiff.parser.ddl.Ddl.AddEnumValue;
import io.schemadiff.parser.ddl.Ddl.AddIdentity;
import io.schemadiff.parser.ddl.Ddl.AlterAction;
import io.schemadiff.parser.ddl.Ddl.AlterColumnType;
import io.schemadiff.parser.ddl.Ddl.AlterSequence;
import io.schemadiff.parser.ddl.Ddl.AlterTable;
import io.schemadiff.parser.ddl.Ddl.CheckBody;
import io.schemadiff.parser.ddl.Ddl.ColumnConstraint;
import io.schemadiff.parser.ddl.Ddl.ColumnDef;
import io.schemadiff.parser.ddl.Ddl.ColumnKey;
import io.schemadiff.parser.ddl.Ddl.Comment;
import io.schemadiff.parser.ddl.Ddl.ConstraintBody;
import io.schemadiff.parser.ddl.Ddl.CreateEnum;
import io.schemadiff.parser.ddl.Ddl.CreateExtension;
import io.schemadiff.parser.ddl.Ddl.CreateIndex;
import io.schemadiff.parser.ddl.Ddl.CreateSchema;
import io.schemadiff.parser.ddl.Ddl.CreateSequence;
import io.schemadiff.parser.ddl.Ddl.CreateTable;
import io.schemadiff.parser.ddl.Ddl.CreateView;
import io.schemadiff.parser.ddl.Ddl.Default;
import io.schemadiff.parser.ddl.Ddl.Drop;
import io.schemadiff.parser.ddl.Ddl.DropColumn;
import io.schemadiff.parser.ddl.Ddl.DropConstraint;
import io.schemadiff.parser.ddl.Ddl.DropDefault;
import io.schemadiff.parser.ddl.Ddl.DropIdentity;
import io.schemadiff.parser.ddl.Ddl.DropNotNull;
import io.schemadiff.parser.ddl.Ddl.DropRoutine;
import io.schemadiff.parser.ddl.Ddl.DropTrigger;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.ForeignKeyBody;
import io.schemadiff.parser.ddl.Ddl.FunctionArg;
import io.schemadiff.parser.ddl.Ddl.Generated;
import io.schemadiff.parser.ddl.Ddl.Grant;
import io.schemadiff.parser.ddl.Ddl.GrantOn;
import io.schemadiff.parser.ddl.Ddl.IdentitySpec;
import io.schemadiff.parser.ddl.Ddl.Ignored;
import io.schemadiff.parser.ddl.Ddl.IgnoredAction;
import io.schemadiff.parser.ddl.Ddl.IndexElem;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.NotNull;
import io.schemadiff.parser.ddl.Ddl.Nullable;
import io.schemadiff.parser.ddl.Ddl.PrimaryKeyBody;
import io.schemadiff.parser.ddl.Ddl.PrivilegeSpec;
import io.schemadiff.parser.ddl.Ddl.QueryText;
import io.schemadiff.parser.ddl.Ddl.Rename;
import io.schemadiff.parser.ddl.Ddl.RenameColumn;
import io.schemadiff.parser.ddl.Ddl.RenameConstraint;
import io.schemadiff.parser.ddl.Ddl.RenameEnumValue;
import io.schemadiff.parser.ddl.Ddl.RenameTo;
import io.schemadiff.parser.ddl.Ddl.RoutineOptions;
import io.schemadiff.parser.ddl.Ddl.RoutineRef;
import io.schemadiff.parser.ddl.Ddl.SequenceSpec;
import io.schemadiff.parser.ddl.Ddl.SetDefault;
import io.schemadiff.parser.ddl.Ddl.SetIdentity;
import io.schemadiff.parser.ddl.Ddl.SetLogged;
import io.schemadiff.parser.ddl.Ddl.SetNotNull;
import io.schemadiff.parser.ddl.Ddl.SetSchema;
import io.schemadiff.parser.ddl.Ddl.SetSearchPath;
import io.schemadiff.parser.ddl.Ddl.TableConstraint;
import io.schemadiff.parser.ddl.Ddl.UniqueBody;
import io.schemadiff.parser.ddl.Ddl.Unsupported;
import io.schemadiff.parser.ddl.Ddl.UnsupportedAction;
import io.schemadiff.parser.ddl.Ddl.UsingIndexBody;
import io.schemadiff.parser.ddl.Ddl.ValidateConstraint;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.ExprParser;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.expr.TokenText;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The DDL grammar: one statement's tokens to a {@link Ddl}. Statements outside the model are classified
 * ({@link Ignored} when they cannot change a schema, {@link Unsupported} when they can but the model does not
 * hold them yet); statements inside it must parse completely, or an {@link io.schemadiff.parser.source.InputError}
 * names the token where they stop making sense.
 */
public final class DdlParser {
    private final TokenCursor c;
    private final ExprParser expr;
    /** How many DO blocks this statement is inside of. */
    private final int blockDepth;

    private DdlParser(Statement statement, int blockDepth) {
        this.c = new TokenCursor(statement);
        this.expr = new ExprParser(c);
        this.blockDepth = blockDepth;
    }

    public static Ddl parse(Statement statement) {
        return parse(statement, 0);
    }

    /** The statement, read {@code blockDepth} DO blocks deep. */
    static Ddl parse(Statement statement, int blockDepth) {
        DdlParser p = new DdlParser(statement, blockDepth);
        if (!statement.isMeta()) {
            p.balancedParentheses();
        }
        Ddl d = p.statement();
        if (!(d instanceof Ignored) && !(d instanceof Unsupported) && !p.c.atEnd()) {
            throw p.c.error("unexpected " + TokenCursor.describe(p.c.peek()));
        }
        return d;
    }

    /**
     * Every parenthesis closes: psql reads on past semicolons while one is open, so an unclosed one makes the rest
     * of the file one statement, which the server refuses.
     */
    private void balancedParentheses() {
        List<Token> toks = c.statement().tokens();
        int depth = 0;
        for (Token t : toks) {
            TokenType type = t.type();
            if (type == TokenType.LPAREN) {
                depth++;
            } else if (type == TokenType.RPAREN && --depth < 0) {
                break;
            }
        }
        if (depth == 0) {
            return;
        }
        // which one: the table of matches
        int[] match = TokenCursor.matchingParens(toks);
        for (int i = 0; i < match.length; i++) {
            if (match[i] < 0 && toks.get(i).is(TokenType.LPAREN)) {
                throw c.errorAt(toks.get(i), "\"(\" is never closed (the statement runs on to the end of the file)");
            }
            if (match[i] < 0 && toks.get(i).is(TokenType.RPAREN)) {
                throw c.errorAt(toks.get(i), "unexpected \")\": no \"(\" to close");
            }
        }
    }

    private int at() {
        return c.peek().start();
    }

    private Unsupported unsupported(String what) {
        return new Unsupported(what, c.statement().start());
    }

    private Ddl statement() {
        Token first = c.peek();
        if (first.type() == TokenType.META) {
            String cmd = first.value().split("\\s+", 2)[0];
            return switch (cmd) {
                case "\\i", "\\ir", "\\include", "\\include_relative" -> unsupported("psql " + cmd + " (file include)");
                case "\\connect", "\\c" -> new Ddl.Connect(PsqlConnect.database(c.next().value()), first.start());
                // psql's settings and output: nothing of the schema
                case "\\set", "\\unset", "\\pset", "\\echo", "\\qecho", "\\warn", "\\timing",
                     "\\encoding", "\\restrict", "\\unrestrict", "\\x", "\\a", "\\t", "\\o", "\\out", "\\f", "\\H",
                     "\\if", "\\elif", "\\else", "\\endif", "\\prompt", "\\setenv", "\\getenv", "\\conninfo",
                     "\\q", "\\quit", "\\C", "\\T", "\\bind", "\\g", "\\gset", "\\gexec", "\\gx" -> new Ignored("psql " + cmd);
                default -> unsupported("psql " + cmd + " (not a command the tool knows)");
            };
        }
        if (first.type() == TokenType.LPAREN) {
            return new Ignored("query");
        }
        if (first.type() != TokenType.IDENT) {
            throw c.error("expected a statement but found " + TokenCursor.describe(first));
        }
        return switch (first.value()) {
            case "create" -> create();
            case "alter" -> alter();
            case "drop" -> drop();
            case "comment" -> comment();
            case "set" -> set();
            case "reset" -> reset();
            case "select" -> select();
            case "grant", "revoke" -> grant(first.value().equals("revoke"));
            case "begin", "start", "commit", "end", "rollback", "savepoint", "release", "abort" ->
                new Ignored("transaction control");
            case "insert", "update", "delete", "copy", "truncate", "merge" -> unsupported("data statement "
                + first.value().toUpperCase(Locale.ROOT) + " (not part of a schema)");
            case "analyze", "analyse", "vacuum", "checkpoint", "notify", "listen", "unlisten", "discard", "show",
                 "explain", "load", "lock", "reindex", "refresh", "prepare", "execute", "deallocate",
                 "declare", "fetch", "move", "close", "values", "table", "with", "reassign" ->
                new Ignored(first.value());
            case "cluster" -> cluster();
            case "do" -> DoBlockReader.read(c, blockDepth)
                .orElseGet(() -> unsupported("DO block (its effects cannot be read without running it)"));
            case "security" -> {
                c.next();
                c.expect("label");
                yield unsupported("SECURITY LABEL");
            }
            case "import" -> {
                c.next();
                c.expectSeq("foreign", "schema");
                yield unsupported("IMPORT FOREIGN SCHEMA");
            }
            default -> throw c.error("unknown statement " + TokenCursor.describe(first));
        };
    }

    /** The text of COMMENT ON … IS: a string, or NULL (empty: no comment). */
    private Optional<String> commentText() {
        if (c.accept("null")) {
            return Optional.empty();
        }
        Token t = c.next();
        if (t.type() != TokenType.STRING && t.type() != TokenType.DOLLAR_STRING) {
            throw c.errorAt(t, "expected a string or NULL after IS");
        }
        return t.value().isEmpty() ? Optional.empty() : Optional.of(t.value());
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
    private Ddl.OperatorRef operatorRef(boolean ifExists, Optional<Optional<String>> comment, int at) {
        List<String> name = qualifiedOperator();
        c.expect(TokenType.LPAREN);
        Optional<RawType> left = c.accept("none") ? Optional.empty() : Optional.of(expr.parseType());
        c.expect(TokenType.COMMA);
        RawType right = expr.parseType();
        c.expect(TokenType.RPAREN);
        return new Ddl.OperatorRef(name, left, right, ifExists, comment, at);
    }

    private Ddl createOperator(int at) {
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

    private Ddl createStatistics(int at) {
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

    private Ddl createCast(int at) {
        Ddl.CastRef types = castTypes(false, Optional.empty(), at);
        String method;
        Optional<RoutineRef> function = Optional.empty();
        if (c.acceptSeq("with", "function")) {
            method = "FUNCTION";
            function = Optional.of(routineRef());
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
    private Ddl.CastRef castTypes(boolean ifExists, Optional<Optional<String>> comment, int at) {
        c.expect(TokenType.LPAREN);
        RawType source = expr.parseType();
        c.expect("as");
        RawType target = expr.parseType();
        c.expect(TokenType.RPAREN);
        return new Ddl.CastRef(source, target, ifExists, comment, at);
    }

    /** {@code CLUSTER table USING index} marks the index as the table's cluster order (as CLUSTER ON does). */
    private Ddl cluster() {
        int at = c.statement().start();
        c.expect("cluster");
        if (c.is(TokenType.LPAREN)) {
            c.next();
            c.skipBalanced();
        }
        c.accept("verbose");
        if (c.atEnd()) {
            return new Ignored("cluster");
        }
        Name table = name();
        if (!c.accept("using")) {
            return new Ignored("cluster"); // by the index it is clustered on already
        }
        int iat = at();
        String index = c.expectName();
        return new AlterTable(table, false, false, List.of(new Ddl.ClusterOn(Optional.of(index), iat)), at);
    }

    // ================================================================== SET / RESET / SELECT set_config

    private Ddl set() {
        int at = c.statement().start();
        c.expect("set");
        if (c.isSeq("session", "authorization")) {
            c.next();
            c.next();
            return new Ddl.SetRole(c.accept("default") ? Optional.empty() : Optional.of(roleSpecOrString()), at);
        }
        if (!c.accept("session")) {
            c.accept("local");
        }
        if (c.accept("role")) {
            if (c.is("none") && c.peek(1).type() == TokenType.EOF) {
                c.next();
                return new Ddl.SetRole(Optional.empty(), at);
            }
            return new Ddl.SetRole(Optional.of(roleSpecOrString()), at);
        }
        if (c.is("search_path")) {
            c.next();
            if (!c.accept("to")) {
                c.expect(TokenType.OPERATOR);
            }
            if (c.accept("default")) {
                return new SetSearchPath(List.of("$user", "public"), at);
            }
            List<String> schemas = new ArrayList<>();
            c.commaSeparated(() -> {
                Token t = c.next();
                switch (t.type()) {
                    case IDENT, QUOTED_IDENT -> schemas.add(t.value());
                    case STRING -> schemas.addAll(splitSearchPath(t.value()));
                    default -> throw c.errorAt(t, "expected a schema name in search_path");
                }
            });
            return new SetSearchPath(schemas, at);
        }
        return new Ignored("SET");
    }

    private Ddl reset() {
        c.expect("reset");
        if (c.accept("role") || c.acceptSeq("session", "authorization")) {
            return new Ddl.SetRole(Optional.empty(), c.statement().start());
        }
        if (c.accept("search_path") || c.accept("all")) {
            return new SetSearchPath(List.of("$user", "public"), c.statement().start());
        }
        return new Ignored("RESET");
    }

    /** {@code SELECT pg_catalog.set_config('search_path', '…', false)} as pg_dump writes it. */
    private Ddl select() {
        c.expect("select");
        int save = c.position();
        if (c.is("pg_catalog") && c.peek(1).is(TokenType.DOT)) {
            c.next();
            c.next();
        }
        if (c.is("set_config") && c.peek(1).is(TokenType.LPAREN) && c.peek(2).is(TokenType.STRING)
            && c.peek(2).value().equals("search_path") && c.peek(3).is(TokenType.COMMA)
            && c.peek(4).is(TokenType.STRING)) {
            List<String> path = splitSearchPath(c.peek(4).value());
            c.reset(c.position() + 5);
            c.expect(TokenType.COMMA);
            c.next();
            c.expect(TokenType.RPAREN);
            return new SetSearchPath(path, c.statement().start());
        }
        c.reset(save);
        return unsupported("SELECT (a query's effects are not read)");
    }

    /** The value of search_path as a string: comma-separated, each name possibly double-quoted. */
    static List<String> splitSearchPath(String value) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == ',' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (value.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n) {
                    char ch = value.charAt(i);
                    if (ch == '"') {
                        if (i + 1 < n && value.charAt(i + 1) == '"') {
                            sb.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(ch);
                    i++;
                }
                out.add(sb.toString());
            } else {
                int start = i;
                while (i < n && value.charAt(i) != ',') {
                    i++;
                }
                out.add(value.substring(start, i).trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    // ================================================================== CREATE

    private Ddl create() {
        int at = c.statement().start();
        c.expect("create");
        boolean orReplace = c.acceptSeq("or", "replace");
        boolean temp = false;
        boolean unlogged = false;
        if (c.accept("global") || c.accept("local")) {
            temp = true;
        }
        if (c.accept("temp") || c.accept("temporary")) {
            temp = true;
        } else if (c.accept("unlogged")) {
            unlogged = true;
        }
        Token kind = c.peek();
        if (temp && (kind.is("table") || kind.is("view") || kind.is("sequence") || kind.is("recursive"))) {
            return new Ignored(Ddl.TEMPORARY);
        }
        switch (kind.value()) {
            case "table":
                c.next();
                return createTable(at, unlogged);
            case "schema":
                c.next();
                return createSchema(at);
            case "extension":
                c.next();
                return createExtension(at);
            case "unique":
            case "index":
                return createIndex(at);
            case "sequence":
                c.next();
                return createSequence(at);
            case "type":
                c.next();
                return createType(at);
            case "view":
                c.next();
                return createView(at, orReplace, false, false);
            case "recursive":
                return unsupported("CREATE RECURSIVE VIEW");
            case "materialized":
                c.next();
                c.expect("view");
                return createView(at, orReplace, true, unlogged);
            case "user":
                if (c.peek(1).is("mapping")) {
                    return unsupported("CREATE USER MAPPING");
                }
                return new Ignored("cluster-wide object (user)");
            case "role":
            case "group":
            case "database":
            case "tablespace":
                return new Ignored("cluster-wide object (" + kind.value() + ")");
            case "foreign":
                ObjectWords.expectKind(c, "CREATE", Set.of("foreign"));
                if (c.peek(1).is("table")) {
                    return unsupported("CREATE FOREIGN TABLE");
                }
                return unsupported("CREATE FOREIGN DATA WRAPPER");
            case "constraint":
                c.next();
                c.expect("trigger");
                return createTrigger(at, orReplace, true);
            case "text":
                ObjectWords.expectKind(c, "CREATE", Set.of("text"));
                return unsupported("CREATE TEXT SEARCH " + c.peek(2).value().toUpperCase(Locale.ROOT));
            case "event":
                c.next();
                c.expect("trigger");
                return createEventTrigger(at);
            case "access":
                return unsupported("CREATE ACCESS METHOD");
            case "trusted":
            case "procedural":
            case "language":
                return unsupported("CREATE LANGUAGE");
            case "default":
                return unsupported("CREATE DEFAULT CONVERSION");
            case "user_mapping":
                return unsupported("CREATE USER MAPPING");
            case "function":
            case "procedure":
                c.next();
                return createFunction(at, orReplace, kind.value().equals("procedure"));
            case "trigger":
                c.next();
                return createTrigger(at, orReplace, false);
            case "domain":
                c.next();
                return createDomain(at);
            case "policy":
                c.next();
                return createPolicy(at);
            case "collation":
                c.next();
                return createCollation(at);
            case "aggregate":
                c.next();
                return createAggregate(at, orReplace);
            case "publication":
                c.next();
                return publication(at, "create");
            case "cast":
                c.next();
                return createCast(at);
            case "operator":
                if (c.peek(1).is("class") || c.peek(1).is("family")) {
                    return unsupported("CREATE OPERATOR " + c.peek(1).value().toUpperCase(Locale.ROOT));
                }
                c.next();
                return createOperator(at);
            case "statistics":
                c.next();
                return createStatistics(at);
            case "subscription":
            case "rule":
            case "server":
            case "conversion":
            case "transform":
                return unsupported("CREATE " + kind.value().toUpperCase(Locale.ROOT));
            default:
                throw c.error("unknown CREATE statement: " + TokenCursor.describe(kind));
        }
    }

    private Name name() {
        int at = at();
        List<String> parts = c.qualifiedName();
        if (parts.size() > 3) {
            throw new InputError(c.statement().source(), at,
                "improper qualified name (too many dotted names): " + String.join(".", parts));
        }
        return new Name(parts, at);
    }

    private boolean ifNotExists() {
        return c.acceptSeq("if", "not", "exists");
    }

    private boolean ifExists() {
        return c.acceptSeq("if", "exists");
    }

    private Ddl createSchema(int at) {
        boolean ine = ifNotExists();
        String name;
        Optional<String> authorization = Optional.empty();
        if (c.accept("authorization")) {
            authorization = Optional.of(roleSpec());
            name = authorization.get();
        } else {
            name = c.expectName();
            if (c.accept("authorization")) {
                authorization = Optional.of(roleSpec());
            }
        }
        if (!c.atEnd()) {
            return unsupported("CREATE SCHEMA with schema elements");
        }
        return new CreateSchema(name, ine, authorization, at);
    }

    private Ddl createExtension(int at) {
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

    // ------------------------------------------------------------------ CREATE TABLE

    private Ddl createTable(int at, boolean unlogged) {
        boolean ine = ifNotExists();
        Name name = name();
        if (c.is("of")) {
            return unsupported("CREATE TABLE … OF type");
        }
        Optional<Ddl.PartitionOfSpec> partitionOf = Optional.empty();
        Name parent = null;
        if (c.acceptSeq("partition", "of")) {
            parent = name();
        } else if (c.is("as") || (c.is(TokenType.LPAREN) && tableAsSelect())) {
            List<String> cols = c.is(TokenType.LPAREN) ? c.nameList() : List.of();
            while (!c.is("as") && !c.atEnd()) {
                // USING method, WITH (options), TABLESPACE …
                if (c.accept(TokenType.LPAREN)) {
                    c.skipBalanced();
                } else {
                    c.next();
                }
            }
            c.expect("as");
            if (c.is("execute")) {
                return unsupported("CREATE TABLE … AS EXECUTE");
            }
            List<Token> toks = c.statement().tokens();
            int from = c.position();
            int end = toks.size();
            if (end - from >= 2 && toks.get(end - 1).is("data")) {
                int k = end - 2;
                if (toks.get(k).is("no")) {
                    k--;
                }
                if (toks.get(k).is("with")) {
                    end = k;
                }
            }
            if (end <= from) {
                throw c.error("expected a query after AS");
            }
            QueryText q = new QueryText(c.statement().source(), c.text(from, end), toks.subList(from, end),
                toks.get(from).start());
            c.reset(toks.size());
            return new Ddl.CreateTableAs(name, ine, unlogged, cols, q, at);
        }
        List<ColumnDef> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        List<UnsupportedAction> unsupported = new ArrayList<>();
        List<Ddl.Like> likes = new ArrayList<>();
        if (parent == null || c.is(TokenType.LPAREN)) {
            c.expect(TokenType.LPAREN);
            if (!c.is(TokenType.RPAREN)) {
                do {
                    int elemAt = at();
                    if (c.is("constraint") || c.is("check") || c.is("unique") || c.is("primary") || c.is("foreign")
                        || c.is("exclude") || c.isSeq("not", "null")) {
                        constraints.add(tableConstraint());
                    } else if (c.accept("like")) {
                        Name source = name();
                        Set<String> including = new TreeSet<>();
                        while (c.is("including") || c.is("excluding")) {
                            boolean in = c.next().value().equals("including");
                            String what = c.expectName().toUpperCase(Locale.ROOT);
                            List<String> all = List.of("COMMENTS", "COMPRESSION", "CONSTRAINTS", "DEFAULTS",
                                "GENERATED", "IDENTITY", "INDEXES", "STATISTICS", "STORAGE");
                            if (!what.equals("ALL") && !all.contains(what)) {
                                throw c.errorAt(c.previous(), "unrecognized LIKE option " + what);
                            }
                            for (String w : what.equals("ALL") ? all : List.of(what)) {
                                if (in) {
                                    including.add(w);
                                } else {
                                    including.remove(w);
                                }
                            }
                        }
                        likes.add(new Ddl.Like(source, including, columns.size(), elemAt));
                    } else if (parent != null) {
                        columns.add(columnOptions(unsupported));
                    } else {
                        columns.add(columnDef(unsupported));
                    }
                } while (c.accept(TokenType.COMMA));
            }
            c.expect(TokenType.RPAREN);
        }
        if (parent != null) {
            partitionOf = Optional.of(new Ddl.PartitionOfSpec(parent, partitionBound()));
        }
        List<String> options = List.of();
        Optional<Ddl.PartitionKey> partitionBy = Optional.empty();
        List<Name> inherits = new ArrayList<>();
        while (!c.atEnd()) {
            if (c.accept("inherits")) {
                inherits.addAll(c.parenthesizedList(this::name));
            } else if (c.is("partition") && c.peek(1).is("by")) {
                partitionBy = Optional.of(partitionKey());
            } else if (c.accept("using")) {
                c.expectName();
            } else if (c.accept("with")) {
                if (c.accept("oids")) {
                    continue;
                }
                options = storageParameters();
            } else if (c.acceptSeq("without", "oids")) {
                continue;
            } else if (c.accept("tablespace")) {
                c.expectName();
            } else if (c.accept("on")) {
                c.expect("commit");
                while (!c.atEnd()) {
                    c.next();
                }
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " after the column list");
            }
        }
        return new CreateTable(name, ine, unlogged, columns, constraints, unsupported, options, partitionBy,
            partitionOf, inherits, likes, at);
    }

    /** A column's options in {@code PARTITION OF}: {@code name [WITH OPTIONS] constraint …}, no type. */
    private ColumnDef columnOptions(List<UnsupportedAction> unsupported) {
        int at = at();
        String name = c.expectName();
        c.acceptSeq("with", "options");
        List<ColumnConstraint> cons = new ArrayList<>();
        ColumnClauses clauses = new ColumnClauses(name);
        for (Token t = c.peek(); ; t = c.peek()) {
            int had = cons.size();
            if (!columnConstraint(cons, unsupported)) {
                break;
            }
            if (cons.size() > had) {
                clauses.check(cons.get(cons.size() - 1), t);
            }
        }
        return new ColumnDef(name, null, Optional.empty(), cons, at);
    }

    /** {@code PARTITION BY RANGE | LIST | HASH (key, …)}. */
    private Ddl.PartitionKey partitionKey() {
        int at = at();
        c.expectSeq("partition", "by");
        int textFrom = c.position();
        String strategy = c.next().value().toLowerCase(Locale.ROOT);
        if (!Set.of("range", "list", "hash").contains(strategy)) {
            throw c.errorAt(c.previous(), "unrecognized partitioning strategy \"" + strategy + "\"");
        }
        List<IndexElem> elems = c.parenthesizedList(this::indexElem);
        return new Ddl.PartitionKey(strategy, elems, c.text(textFrom, c.position()), at);
    }

    /** {@code FOR VALUES IN (…) | FROM (…) TO (…) | WITH (MODULUS m, REMAINDER r)} or {@code DEFAULT}. */
    private Ddl.PartitionBound partitionBound() {
        int at = at();
        int from = c.position();
        if (c.accept("default")) {
            return new Ddl.PartitionBound("default", List.of(), 0, 0, 0, "DEFAULT", at);
        }
        c.expectSeq("for", "values");
        List<ExprText> values = new ArrayList<>();
        if (c.accept("in")) {
            values.addAll(c.parenthesizedList(() -> exprText(false)));
            return new Ddl.PartitionBound("in", values, values.size(), 0, 0, c.text(from, c.position()), at);
        }
        if (c.accept("from")) {
            values.addAll(c.parenthesizedList(() -> exprText(false)));
            int split = values.size();
            c.expect("to");
            values.addAll(c.parenthesizedList(() -> exprText(false)));
            return new Ddl.PartitionBound("range", values, split, 0, 0, c.text(from, c.position()), at);
        }
        c.expect("with");
        c.expect(TokenType.LPAREN);
        int modulus = -1;
        int remainder = -1;
        do {
            String key = c.expectName();
            Token v = c.expect(TokenType.NUMBER);
            if (key.equals("modulus")) {
                modulus = integer(v);
            } else if (key.equals("remainder")) {
                remainder = integer(v);
            } else {
                throw c.errorAt(v, "unrecognized hash partition bound specification \"" + key + "\"");
            }
        } while (c.accept(TokenType.COMMA));
        c.expect(TokenType.RPAREN);
        if (modulus < 0 || remainder < 0) {
            throw c.error("a hash-partitioned table's bound needs both MODULUS and REMAINDER");
        }
        return new Ddl.PartitionBound("hash", List.of(), 0, modulus, remainder, c.text(from, c.position()), at);
    }

    private boolean tableAsSelect() {
        // CREATE TABLE t (a, b) AS SELECT …: a column-name list followed by AS
        int save = c.position();
        c.next();
        c.skipBalanced();
        boolean as = c.is("as");
        c.reset(save);
        return as;
    }

    /** Skips one element of a comma-separated list inside parentheses. */
    private void skipElement() {
        while (!c.is(TokenType.COMMA) && !c.is(TokenType.RPAREN) && !c.atEnd()) {
            if (c.accept(TokenType.LPAREN) || c.accept(TokenType.LBRACKET)) {
                c.skipBalanced();
            } else {
                c.next();
            }
        }
    }

    private ColumnDef columnDef(List<UnsupportedAction> unsupported) {
        int at = at();
        String name = c.expectName();
        RawType type = expr.parseType();
        Optional<Name> collation = Optional.empty();
        List<ColumnConstraint> cons = new ArrayList<>();
        ColumnClauses clauses = new ColumnClauses(name);
        while (true) {
            Token t = c.peek();
            int had = cons.size();
            if (c.accept("collate")) {
                if (collation.isPresent()) {
                    throw c.errorAt(t, "multiple COLLATE clauses not allowed");
                }
                collation = Optional.of(name());
            } else if (c.accept("storage")) {
                cons.add(new Ddl.StorageClause(c.next().value().toLowerCase(Locale.ROOT)));
            } else if (c.accept("compression")) {
                cons.add(new Ddl.CompressionClause(c.next().value().toLowerCase(Locale.ROOT)));
            } else if (!columnConstraint(cons, unsupported)) {
                break;
            }
            if (cons.size() > had) {
                clauses.check(cons.get(cons.size() - 1), t);
            }
        }
        return new ColumnDef(name, type, collation, cons, at);
    }

    /** What a column definition has so far: the server refuses some clauses twice, or together. */
    private final class ColumnClauses {
        private final String column;
        private final Set<Class<?>> seen = new HashSet<>();

        ColumnClauses(String column) {
            this.column = column;
        }

        void check(ColumnConstraint added, Token at) {
            String quoted = " for column \"" + column + "\"";
            if (added instanceof NotNull && seen.contains(Nullable.class)
                || added instanceof Nullable && seen.contains(NotNull.class)) {
                throw c.errorAt(at, "conflicting NULL/NOT NULL declarations" + quoted);
            }
            if (added instanceof Default && seen.contains(Default.class)) {
                throw c.errorAt(at, "multiple default values specified" + quoted);
            }
            if (added instanceof IdentitySpec && seen.contains(IdentitySpec.class)) {
                throw c.errorAt(at, "multiple identity specifications" + quoted);
            }
            if (added instanceof Generated && seen.contains(Generated.class)) {
                throw c.errorAt(at, "multiple generation clauses specified" + quoted);
            }
            if (added instanceof Default && seen.contains(Generated.class)
                || added instanceof Generated && seen.contains(Default.class)) {
                throw c.errorAt(at, "both default and generation expression specified" + quoted);
            }
            if ((added instanceof Ddl.StorageClause || added instanceof Ddl.CompressionClause)
                && seen.contains(added.getClass())) {
                throw c.errorAt(at, "unexpected " + TokenCursor.describe(at));
            }
            seen.add(added.getClass());
        }
    }

    /** One column constraint, appended to {@code out}; false when none follows. */
    private boolean columnConstraint(List<ColumnConstraint> out, List<UnsupportedAction> unsupported) {
        int at = at();
        Optional<String> name = Optional.empty();
        if (c.accept("constraint")) {
            name = Optional.of(c.expectName());
        }
        if (c.is("not") && c.peek(1).is("null")) {
            c.next();
            c.next();
            out.add(new NotNull(name));
            c.acceptSeq("no", "inherit");
        } else if (c.accept("null")) {
            out.add(new Nullable());
        } else if (c.accept("default")) {
            out.add(new Default(exprText(true)));
        } else if (c.is("check")) {
            c.next();
            ExprText e = parenExpr();
            boolean noInherit = c.acceptSeq("no", "inherit");
            boolean notEnforced = c.acceptSeq("not", "enforced");
            c.accept("enforced");
            out.add(new ColumnKey(new TableConstraint(name, new CheckBody(e, noInherit),
                Deferrability.NOT_DEFERRABLE, false, at, notEnforced)));
        } else if (c.accept("generated")) {
            if (c.accept("always")) {
                c.expect("as");
                if (c.is(TokenType.LPAREN)) {
                    ExprText e = parenExpr();
                    boolean virtual = !c.accept("stored");
                    c.accept("virtual");
                    out.add(new Generated(e, virtual));
                } else {
                    c.expect("identity");
                    out.add(new IdentitySpec(true, identityOptions()));
                }
            } else {
                c.expectSeq("by", "default", "as", "identity");
                out.add(new IdentitySpec(false, identityOptions()));
            }
        } else if (c.is("unique")) {
            c.next();
            boolean nnd = nullsNotDistinct();
            List<String> include = indexParameters();
            out.add(new ColumnKey(new TableConstraint(name, new UniqueBody(List.of(), include, nnd),
                deferrability(), false, at)));
        } else if (c.is("primary")) {
            c.next();
            c.expect("key");
            List<String> include = indexParameters();
            out.add(new ColumnKey(new TableConstraint(name, new PrimaryKeyBody(List.of(), include), deferrability(),
                false, at)));
        } else if (c.accept("references")) {
            ForeignKeyBody fk = references(new MarkedColumns(List.of(), false));
            Deferrability d = deferrability();
            boolean notEnforced = c.acceptSeq("not", "enforced");
            c.accept("enforced");
            if (d == Deferrability.NOT_DEFERRABLE) {
                d = deferrability();
            }
            out.add(new ColumnKey(new TableConstraint(name, fk, d, false, at, notEnforced)));
        } else if (name.isPresent()) {
            throw c.error("expected a constraint after CONSTRAINT " + name.get());
        } else if (c.is("deferrable") || c.is("initially") || (c.is("not") && c.peek(1).is("deferrable"))) {
            // attributes of the preceding key constraint
            Deferrability d = deferrability();
            if (!out.isEmpty() && out.get(out.size() - 1) instanceof ColumnKey ck) {
                TableConstraint tc = ck.constraint();
                out.set(out.size() - 1, new ColumnKey(new TableConstraint(tc.name(), tc.body(), d, tc.notValid(),
                    tc.at(), tc.notEnforced())));
            } else {
                throw c.error("misplaced DEFERRABLE clause");
            }
        } else {
            return false;
        }
        return true;
    }

    /** {@code NULLS [NOT] DISTINCT}, if there: whether NOT. */
    private boolean nullsNotDistinct() {
        if (!c.accept("nulls")) {
            return false;
        }
        boolean not = c.accept("not");
        c.expect("distinct");
        return not;
    }

    /** {@code INCLUDE (…) WITH (…) USING INDEX TABLESPACE x}: the included columns. */
    private List<String> indexParameters() {
        List<String> include = List.of();
        while (true) {
            if (c.accept("include")) {
                include = c.nameList();
            } else if (c.is("with") && c.peek(1).is(TokenType.LPAREN)) {
                c.next();
                c.next();
                c.skipBalanced();
            } else if (c.acceptSeq("using", "index", "tablespace")) {
                c.expectName();
            } else {
                return include;
            }
        }
    }

    /** An operator as the server prints it: {@code =}, {@code &&}, {@code myschema.===} ({@code OPERATOR(…)} unwrapped). */
    private String operatorName() {
        if (c.accept("operator")) {
            c.expect(TokenType.LPAREN);
            StringBuilder sb = new StringBuilder();
            while (!c.is(TokenType.RPAREN) && !c.atEnd()) {
                sb.append(c.next().value());
            }
            c.expect(TokenType.RPAREN);
            String op = sb.toString();
            return op.startsWith("pg_catalog.") ? op.substring("pg_catalog.".length()) : op;
        }
        Token t = c.next();
        if (t.type() != TokenType.OPERATOR) {
            throw c.errorAt(t, "expected an operator, found " + TokenCursor.describe(t));
        }
        return t.value();
    }

    /** A column list whose last column may be marked: {@code … WITHOUT OVERLAPS} or {@code PERIOD …}. */
    private record MarkedColumns(List<String> names, boolean marked) {}

    /** A key's columns, the last possibly {@code WITHOUT OVERLAPS} (PostgreSQL 18). */
    private MarkedColumns keyColumns() {
        c.expect(TokenType.LPAREN);
        List<String> names = new ArrayList<>();
        boolean overlaps = false;
        do {
            names.add(c.expectName());
            if (c.acceptSeq("without", "overlaps")) {
                overlaps = true;
                break;
            }
        } while (c.accept(TokenType.COMMA));
        c.expect(TokenType.RPAREN);
        return new MarkedColumns(names, overlaps);
    }

    /** A foreign key's columns, the last possibly {@code PERIOD column} (PostgreSQL 18). */
    private MarkedColumns periodColumns() {
        c.expect(TokenType.LPAREN);
        List<String> names = new ArrayList<>();
        boolean period = false;
        do {
            if (c.is("period") && c.peek(1).isName()) {
                c.next();
                period = true;
            }
            names.add(c.expectName());
        } while (c.accept(TokenType.COMMA));
        c.expect(TokenType.RPAREN);
        return new MarkedColumns(names, period);
    }

    private Deferrability deferrability() {
        boolean deferrable = false;
        boolean deferred = false;
        while (true) {
            if (c.accept("deferrable")) {
                deferrable = true;
            } else if (c.acceptSeq("not", "deferrable")) {
                deferrable = false;
            } else if (c.acceptSeq("initially", "deferred")) {
                deferred = true;
            } else if (c.acceptSeq("initially", "immediate")) {
                deferred = false;
            } else {
                break;
            }
        }
        if (deferred) {
            return Deferrability.DEFERRABLE_INITIALLY_DEFERRED;
        }
        return deferrable ? Deferrability.DEFERRABLE : Deferrability.NOT_DEFERRABLE;
    }

    private ForeignKeyBody references(MarkedColumns local) {
        Name table = name();
        MarkedColumns referenced = c.is(TokenType.LPAREN) ? periodColumns() : new MarkedColumns(List.of(), false);
        List<String> columns = local.names();
        List<String> refCols = referenced.names();
        boolean period = local.marked() || referenced.marked();
        MatchType match = MatchType.SIMPLE;
        Action onDelete = Action.NO_ACTION;
        Action onUpdate = Action.NO_ACTION;
        List<String> onDeleteColumns = List.of();
        while (true) {
            if (c.accept("match")) {
                String m = c.next().value();
                match = switch (m) {
                    case "full" -> MatchType.FULL;
                    case "partial" -> MatchType.PARTIAL;
                    case "simple" -> MatchType.SIMPLE;
                    default -> throw c.errorAt(c.previous(), "expected FULL, PARTIAL or SIMPLE after MATCH");
                };
            } else if (c.is("on") && (c.peek(1).is("delete") || c.peek(1).is("update"))) {
                c.next();
                boolean delete = c.next().value().equals("delete");
                Action a = action();
                if (delete) {
                    onDelete = a;
                    if ((a == Action.SET_NULL || a == Action.SET_DEFAULT) && c.is(TokenType.LPAREN)) {
                        onDeleteColumns = c.nameList();
                    }
                } else {
                    onUpdate = a;
                }
            } else {
                break;
            }
        }
        return new ForeignKeyBody(columns, table, refCols, match, onDelete, onDeleteColumns, onUpdate, period);
    }

    private Action action() {
        if (c.acceptSeq("no", "action")) {
            return Action.NO_ACTION;
        }
        if (c.accept("restrict")) {
            return Action.RESTRICT;
        }
        if (c.accept("cascade")) {
            return Action.CASCADE;
        }
        if (c.acceptSeq("set", "null")) {
            return Action.SET_NULL;
        }
        if (c.acceptSeq("set", "default")) {
            return Action.SET_DEFAULT;
        }
        throw c.error("expected a referential action (NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT)");
    }

    private TableConstraint tableConstraint() {
        int at = at();
        Optional<String> name = Optional.empty();
        if (c.accept("constraint")) {
            name = Optional.of(c.expectName());
        }
        ConstraintBody body;
        if (c.accept("check")) {
            ExprText e = parenExpr();
            boolean noInherit = c.acceptSeq("no", "inherit");
            body = new CheckBody(e, noInherit);
        } else if (c.accept("unique")) {
            if (c.acceptSeq("using", "index")) {
                body = new UsingIndexBody(false, c.expectName());
            } else {
                boolean nnd = nullsNotDistinct();
                MarkedColumns cols = keyColumns();
                body = new UniqueBody(cols.names(), indexParameters(), nnd, cols.marked());
            }
        } else if (c.accept("primary")) {
            c.expect("key");
            if (c.acceptSeq("using", "index")) {
                body = new UsingIndexBody(true, c.expectName());
            } else {
                MarkedColumns cols = keyColumns();
                body = new PrimaryKeyBody(cols.names(), indexParameters(), cols.marked());
            }
        } else if (c.accept("foreign")) {
            c.expect("key");
            MarkedColumns cols = periodColumns();
            c.expect("references");
            body = references(cols);
        } else if (c.accept("exclude")) {
            String method = "btree";
            if (c.accept("using")) {
                method = c.expectName();
            }
            List<IndexElem> elems = new ArrayList<>();
            List<String> ops = new ArrayList<>();
            c.parenthesizedEach(() -> {
                elems.add(indexElem());
                c.expect("with");
                ops.add(operatorName());
            });
            List<String> include = indexParameters();
            Optional<ExprText> where = Optional.empty();
            if (c.accept("where")) {
                where = Optional.of(parenExpr());
            }
            body = new Ddl.ExcludeBody(method, elems, ops, include, where);
        } else if (c.acceptSeq("not", "null")) {
            body = new Ddl.NotNullBody(c.expectName());
            c.acceptSeq("no", "inherit");
        } else {
            throw c.error("expected CHECK, UNIQUE, PRIMARY KEY or FOREIGN KEY");
        }
        Deferrability d = deferrability();
        boolean notValid = false;
        boolean notEnforced = false;
        while (true) {
            if (c.acceptSeq("not", "valid")) {
                notValid = true;
            } else if (c.acceptSeq("not", "enforced")) {
                notEnforced = true;
            } else if (c.accept("enforced")) {
                notEnforced = false;
            } else if (d == Deferrability.NOT_DEFERRABLE && (c.is("deferrable") || c.is("initially")
                || c.isSeq("not", "deferrable"))) {
                d = deferrability();
            } else {
                break;
            }
        }
        return new TableConstraint(name, body, d, notValid, at, notEnforced);
    }

    private SequenceSpec identityOptions() {
        if (c.accept(TokenType.LPAREN)) {
            SequenceSpec s = sequenceOptions(true);
            c.expect(TokenType.RPAREN);
            return s;
        }
        return SequenceSpec.none();
    }

    /** Sequence options until something else; {@code inParens} for identity columns' option lists. */
    private static final Set<String> SEQUENCE_OPTIONS = Set.of("as", "increment", "minvalue", "maxvalue", "cycle",
        "start", "restart", "cache", "owned", "sequence", "logged");

    private SequenceSpec sequenceOptions(boolean inParens) {
        String type = null;
        Long start = null;
        Long increment = null;
        Long min = null;
        Long max = null;
        Long cache = null;
        Boolean cycle = null;
        boolean noMin = false;
        boolean noMax = false;
        Optional<Name> ownedBy = Optional.empty();
        boolean ownedByNone = false;
        Optional<Name> seqName = Optional.empty();
        // each option once, as the server has it (MINVALUE and NO MINVALUE are one option)
        Set<String> seen = new HashSet<>();
        while (!c.atEnd() && !(inParens && c.is(TokenType.RPAREN))) {
            Token option = c.peek();
            String key = option.is("no") ? c.peek(1).value() : option.is("owned") ? "owned"
                : option.is("unlogged") ? "logged" : option.value();
            if (SEQUENCE_OPTIONS.contains(key) && !seen.add(key)) {
                throw c.errorAt(option, "conflicting or redundant options");
            }
            if (c.accept("as")) {
                RawType t = expr.parseType();
                type = t.lastName();
                type = switch (type) {
                    case "int2" -> "smallint";
                    case "int4", "int" -> "integer";
                    case "int8" -> "bigint";
                    default -> type;
                };
                if (!Set.of("smallint", "integer", "bigint").contains(type)) {
                    throw c.errorAt(c.previous(), "sequence type must be smallint, integer, or bigint");
                }
            } else if (c.accept("increment")) {
                c.accept("by");
                increment = signedLong();
            } else if (c.accept("minvalue")) {
                min = signedLong();
            } else if (c.accept("maxvalue")) {
                max = signedLong();
            } else if (c.acceptSeq("no", "minvalue")) {
                noMin = true;
            } else if (c.acceptSeq("no", "maxvalue")) {
                noMax = true;
            } else if (c.acceptSeq("no", "cycle")) {
                cycle = false;
            } else if (c.accept("cycle")) {
                cycle = true;
            } else if (c.accept("start")) {
                c.accept("with");
                start = signedLong();
            } else if (c.accept("restart")) {
                if (c.accept("with") || c.is(TokenType.NUMBER) || c.is(TokenType.OPERATOR)) {
                    signedLong();
                }
            } else if (c.accept("cache")) {
                cache = signedLong();
            } else if (c.acceptSeq("owned", "by")) {
                if (c.accept("none")) {
                    ownedByNone = true;
                } else {
                    ownedBy = Optional.of(name());
                }
            } else if (c.acceptSeq("sequence", "name")) {
                seqName = Optional.of(name());
            } else if (c.accept("logged") || c.accept("unlogged")) {
                continue;
            } else {
                break;
            }
        }
        return new SequenceSpec(type, start, increment, min, noMin, max, noMax, cache, cycle, ownedBy, ownedByNone,
            seqName);
    }

    private long signedLong() {
        boolean neg = false;
        if (c.is(TokenType.OPERATOR) && (c.peek().value().equals("-") || c.peek().value().equals("+"))) {
            neg = c.next().value().equals("-");
        }
        Token t = c.expect(TokenType.NUMBER);
        try {
            int radix = radix(t.value());
            long v = Long.parseLong(radix == 10 ? t.value() : t.value().substring(2), radix);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            if (neg && t.value().equals("9223372036854775808")) {
                return Long.MIN_VALUE;
            }
            throw c.errorAt(t, "value out of range for a sequence: " + t.value());
        }
    }

    /** 16, 8 or 2 for an integer written 0x…, 0o… or 0b… (PostgreSQL 16), else 10. */
    private static int radix(String number) {
        String p = number.length() > 2 ? number.substring(0, 2).toLowerCase(Locale.ROOT) : "";
        return switch (p) {
            case "0x" -> 16;
            case "0o" -> 8;
            case "0b" -> 2;
            default -> 10;
        };
    }

    /** An integer constant that fits an int; any other number is an error at it, as the server's grammar has it. */
    private int integer(Token t) {
        try {
            int radix = radix(t.value());
            return Integer.parseInt(radix == 10 ? t.value() : t.value().substring(2), radix);
        } catch (NumberFormatException e) {
            throw c.errorAt(t, "expected an integer but found " + TokenCursor.describe(t));
        }
    }

    /** A numeric constant (COST, ROWS). */
    private double numeric(Token t) {
        try {
            int radix = radix(t.value());
            return radix == 10 ? Double.parseDouble(t.value()) : Long.parseLong(t.value().substring(2), radix);
        } catch (NumberFormatException e) {
            throw c.errorAt(t, "expected a number but found " + TokenCursor.describe(t));
        }
    }

    private Ddl createSequence(int at) {
        boolean ine = ifNotExists();
        Name name = name();
        SequenceSpec spec = sequenceOptions(false);
        return new CreateSequence(name, ine, spec, at);
    }

    // ------------------------------------------------------------------ CREATE INDEX

    private Ddl createIndex(int at) {
        boolean unique = c.accept("unique");
        c.expect("index");
        boolean concurrently = c.accept("concurrently");
        boolean ine = ifNotExists();
        Optional<String> name = Optional.empty();
        if (!c.is("on")) {
            name = Optional.of(c.expectName());
        }
        c.expect("on");
        boolean only = c.accept("only");
        Name table = name();
        String method = "btree";
        if (c.accept("using")) {
            method = c.expectName();
        }
        List<IndexElem> keys = c.parenthesizedList(this::indexElem);
        List<String> include = List.of();
        boolean nnd = false;
        List<String> params = List.of();
        Optional<ExprText> where = Optional.empty();
        while (!c.atEnd()) {
            if (c.accept("include")) {
                include = c.nameList();
            } else if (c.is("nulls")) {
                nnd = nullsNotDistinct();
            } else if (c.accept("with")) {
                params = storageParameters();
            } else if (c.accept("tablespace")) {
                c.expectName();
            } else if (c.accept("where")) {
                where = Optional.of(exprText(false));
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in CREATE INDEX");
            }
        }
        return new CreateIndex(name, table, unique, ine, method, keys, include, where, nnd, params, only, at,
            concurrently);
    }

    /** {@code (name = value, …)} as sorted {@code name=value} strings, values unquoted as the server stores them. */
    private List<String> storageParameters() {
        Set<String> names = new HashSet<>();
        List<String> out = c.parenthesizedList(() -> storageParameter(names));
        out.sort(null);
        return out;
    }

    /** {@code name [= value]} as {@code name=value}, its name not among {@code names} (added to them). */
    private String storageParameter(Set<String> names) {
        Token at = c.peek();
        StringBuilder sb = new StringBuilder(c.expectName());
        while (c.accept(TokenType.DOT)) {
            sb.append('.').append(c.expectName());
        }
        if (!names.add(sb.toString())) {
            throw c.errorAt(at, "parameter \"" + sb + "\" specified more than once");
        }
        if (c.is(TokenType.OPERATOR) && c.peek().value().equals("=")) {
            c.next();
            Token v = c.next();
            String value = v.value();
            if (v.is(TokenType.OPERATOR) && value.equals("-")) {
                value = "-" + c.next().value();
            }
            sb.append('=').append(value.toLowerCase(Locale.ROOT));
        } else {
            sb.append("=true");
        }
        return sb.toString();
    }

    private IndexElem indexElem() {
        Optional<String> column = Optional.empty();
        Optional<ExprText> expression = Optional.empty();
        if (c.is(TokenType.LPAREN)) {
            c.next();
            expression = Optional.of(exprText(false));
            c.expect(TokenType.RPAREN);
        } else if (c.isName() && (c.peek(1).is(TokenType.COMMA) || c.peek(1).is(TokenType.RPAREN)
            || c.peek(1).isName() || c.peek(1).is(TokenType.DOT) && false)) {
            column = Optional.of(c.expectName());
        } else {
            // a function call without parentheses around it: lower(email)
            expression = Optional.of(exprText(false));
            if (expression.get().expr() instanceof Expr.ColumnRef r && r.names().size() == 1) {
                column = Optional.of(r.names().get(0));
                expression = Optional.empty();
            }
        }
        Optional<Name> collation = Optional.empty();
        if (c.accept("collate")) {
            collation = Optional.of(name());
        }
        Optional<String> opclass = Optional.empty();
        if (c.isName() && !c.is("asc") && !c.is("desc") && !c.is("nulls") && !c.is("with")) {
            int from = c.position();
            Name op = name();
            StringBuilder sb = new StringBuilder(String.join(".", op.parts()));
            if (c.is(TokenType.LPAREN)) {
                c.next();
                int pfrom = c.position() - 1;
                c.skipBalanced();
                sb.append(TokenText.canonical(c.statement().tokens(), pfrom, c.position()));
            }
            opclass = Optional.of(sb.toString());
            if (from == c.position()) {
                opclass = Optional.empty();
            }
        }
        boolean desc = false;
        if (c.accept("desc")) {
            desc = true;
        } else {
            c.accept("asc");
        }
        Optional<Boolean> nullsFirst = Optional.empty();
        if (c.acceptSeq("nulls", "first")) {
            nullsFirst = Optional.of(true);
        } else if (c.acceptSeq("nulls", "last")) {
            nullsFirst = Optional.of(false);
        }
        return new IndexElem(column, expression, collation, opclass, desc, nullsFirst);
    }

    // ------------------------------------------------------------------ CREATE TYPE / VIEW

    private Ddl createType(int at) {
        Name name = name();
        if (c.acceptSeq("as", "enum")) {
            c.expect(TokenType.LPAREN);
            List<String> labels = new ArrayList<>();
            if (!c.is(TokenType.RPAREN)) {
                labels.addAll(c.commaList(() -> c.expect(TokenType.STRING).value()));
            }
            c.expect(TokenType.RPAREN);
            return new CreateEnum(name, labels, at);
        }
        if (c.acceptSeq("as", "range")) {
            c.expect(TokenType.LPAREN);
            RawType subtype = null;
            List<String> options = new ArrayList<>();
            do {
                String opt = c.expectName();
                if (!c.peek().isOperator("=")) {
                    throw c.error("expected = after " + opt);
                }
                c.next();
                if (opt.equals("subtype")) {
                    subtype = expr.parseType();
                } else {
                    int from = c.position();
                    if (opt.equals("collation") || opt.equals("subtype_opclass") || opt.equals("canonical")
                        || opt.equals("subtype_diff") || opt.equals("multirange_type_name")) {
                        name();
                    } else {
                        c.next();
                    }
                    options.add(opt + "=" + c.text(from, c.position()).toLowerCase(Locale.ROOT).replace("\"", ""));
                }
            } while (c.accept(TokenType.COMMA));
            c.expect(TokenType.RPAREN);
            if (subtype == null) {
                throw c.error("type attribute \"subtype\" is required");
            }
            options.sort(null);
            return new Ddl.CreateRange(name, subtype, options, at);
        }
        if (c.accept("as")) {
            c.expect(TokenType.LPAREN);
            List<Ddl.TypeAttribute> attrs = new ArrayList<>();
            if (!c.is(TokenType.RPAREN)) {
                attrs.addAll(c.commaList(this::typeAttribute));
            }
            c.expect(TokenType.RPAREN);
            return new Ddl.CreateComposite(name, attrs, at);
        }
        if (c.atEnd()) {
            return unsupported("CREATE TYPE (shell type)");
        }
        return unsupported("CREATE TYPE (base type)");
    }

    private Ddl createView(int at, boolean orReplace, boolean materialized, boolean unlogged) {
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
            for (String o : storageParameters()) {
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

    // ================================================================== ALTER

    private Ddl alter() {
        int at = c.statement().start();
        c.expect("alter");
        Token kind = c.peek();
        ObjectWords.expectKind(c, "ALTER", ObjectWords.ALTER);
        if (hasOwnerTo()) {
            return alterOwner(at);
        }
        switch (kind.value()) {
            case "event":
                c.next();
                c.expect("trigger");
                return alterEventTrigger(at);
            case "publication":
                c.next();
                return publication(at, "alter");
            case "table":
                c.next();
                return alterTable(at);
            case "sequence":
                c.next();
                return alterSequence(at);
            case "type":
                c.next();
                return alterType(at);
            case "index":
                c.next();
                return alterRelation(Kind.INDEX, at);
            case "view":
                c.next();
                return alterRelation(Kind.VIEW, at);
            case "materialized":
                c.next();
                c.expect("view");
                return alterRelation(Kind.MATERIALIZED_VIEW, at);
            case "schema":
                c.next();
                return alterSchema(at);
            case "extension": {
                c.next();
                c.expectName();
                if (!c.is("update") && !c.isSeq("set", "schema") && !c.is("add") && !c.is("drop")) {
                    throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER EXTENSION");
                }
                return new Ignored("ALTER EXTENSION");
            }
            case "function":
            case "procedure":
            case "routine":
                c.next();
                return alterRoutine(at);
            case "aggregate":
                c.next();
                return alterAggregate(at);
            case "domain":
                c.next();
                return alterDomain(at);
            case "collation": {
                c.next();
                boolean ie = ifExists();
                Name name = name();
                if (c.acceptSeq("rename", "to")) {
                    return new Rename(Kind.COLLATION, name, Optional.of(c.expectName()), Optional.empty(), ie, at);
                }
                if (c.acceptSeq("set", "schema")) {
                    return new Rename(Kind.COLLATION, name, Optional.empty(), Optional.of(c.expectName()), ie, at);
                }
                return unsupported("ALTER COLLATION");
            }
            case "statistics": {
                c.next();
                boolean ie = ifExists();
                Name name = name();
                if (c.acceptSeq("rename", "to")) {
                    return new Rename(Kind.STATISTICS, name, Optional.of(c.expectName()), Optional.empty(), ie, at);
                }
                if (c.acceptSeq("set", "schema")) {
                    return new Rename(Kind.STATISTICS, name, Optional.empty(), Optional.of(c.expectName()), ie, at);
                }
                if (c.acceptSeq("set", "statistics")) {
                    boolean minus = c.is(TokenType.OPERATOR) && c.peek().value().equals("-") && c.next() != null;
                    Token v = c.next();
                    if (v.is("default")) {
                        return new Ddl.AlterStatistics(name, ie, Optional.empty(), at);
                    }
                    if (v.type() != TokenType.NUMBER) {
                        throw c.errorAt(v, "expected a statistics target but found " + TokenCursor.describe(v));
                    }
                    int target = integer(v) * (minus ? -1 : 1);
                    return new Ddl.AlterStatistics(name, ie, target < 0 ? Optional.empty() : Optional.of(target), at);
                }
                return unsupported("ALTER STATISTICS");
            }
            case "policy":
                c.next();
                return alterPolicy(at);
            case "trigger":
                c.next();
                return alterTrigger(at);
            case "default":
                c.next();
                return defaultPrivileges(at);
            case "user":
                if (c.peek(1).is("mapping")) {
                    return unsupported("ALTER USER MAPPING");
                }
                return new Ignored("cluster-wide setting");
            case "role":
            case "group":
            case "database":
            case "tablespace":
            case "system":
                return new Ignored("cluster-wide setting");
            default:
                return unsupported("ALTER " + kind.value().toUpperCase(Locale.ROOT));
        }
    }

    // ================================================================== privileges and ownership

    /**
     * A role as GRANT, REVOKE and OWNER TO name it: {@code public} for PUBLIC; CURRENT_USER, CURRENT_ROLE and
     * SESSION_USER as the markers {@link Ddl#CURRENT_USER} and {@link Ddl#SESSION_USER}; {@code GROUP} before a
     * name is noise.
     */
    private String roleSpec() {
        if (c.is("group") && c.peek(1).isName()) {
            c.next();
        }
        Token t = c.next();
        if (!t.isName()) {
            throw c.errorAt(t, "expected a role name but found " + TokenCursor.describe(t));
        }
        if (t.type() == TokenType.IDENT) {
            switch (t.value()) {
                case "public":
                    return "public";
                case "current_user", "current_role":
                    return Ddl.CURRENT_USER;
                case "session_user":
                    return Ddl.SESSION_USER;
                default:
                    break;
            }
        }
        return t.value();
    }

    /** A role in SET ROLE / SET SESSION AUTHORIZATION: a name or a string literal. */
    private String roleSpecOrString() {
        if (c.is(TokenType.STRING)) {
            return c.next().value();
        }
        return roleSpec();
    }

    /** {@code GRANT … ON … TO …}, {@code REVOKE … ON … FROM …}; role membership (no ON) is cluster-wide. */
    private Ddl grant(boolean revoke) {
        int at = c.statement().start();
        c.next();
        boolean objects = false;
        int depth = 0;
        for (Token t : c.statement().tokens()) {
            if (t.type() == TokenType.LPAREN) {
                depth++;
            } else if (t.type() == TokenType.RPAREN) {
                depth--;
            } else if (depth == 0 && t.type() == TokenType.IDENT && t.value().equals("on")) {
                objects = true;
                break;
            }
        }
        if (!objects) {
            return new Ignored("role membership (cluster-wide)");
        }
        Grant g = grantBody(revoke, false, at);
        if (!c.atEnd()) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()));
        }
        return g;
    }

    /** From the privileges to the end; {@code classOnly} in ALTER DEFAULT PRIVILEGES (ON TABLES, no objects). */
    private Grant grantBody(boolean revoke, boolean classOnly, int at) {
        boolean optionFor = revoke && c.acceptSeq("grant", "option", "for");
        List<PrivilegeSpec> privileges = new ArrayList<>();
        c.commaSeparated(() -> {
            int pat = at();
            String word;
            if (c.accept("all")) {
                c.accept("privileges");
                word = "all";
            } else if (c.isSeq("alter", "system")) {
                c.next();
                c.next();
                word = "alter system";
            } else {
                Token t = c.next();
                if (!t.isName()) {
                    throw c.errorAt(t, "expected a privilege but found " + TokenCursor.describe(t));
                }
                word = t.value().equals("temp") ? "temporary" : t.value();
            }
            List<String> columns = List.of();
            if (c.is(TokenType.LPAREN)) {
                columns = c.nameList();
            }
            privileges.add(new PrivilegeSpec(word, columns, pat));
        });
        c.expect("on");
        GrantOn on;
        String onText;
        List<Name> names = new ArrayList<>();
        List<RoutineRef> routines = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        if (classOnly) {
            Token t = c.next();
            onText = t.value().toUpperCase(Locale.ROOT);
            on = switch (t.value()) {
                case "tables" -> GrantOn.TABLE;
                case "sequences" -> GrantOn.SEQUENCE;
                case "functions" -> GrantOn.FUNCTION;
                case "routines" -> GrantOn.ROUTINE;
                case "types" -> GrantOn.TYPE;
                case "schemas" -> GrantOn.SCHEMA;
                default -> GrantOn.OTHER;
            };
            if (on == GrantOn.OTHER) {
                while (!c.atEnd() && !c.is(revoke ? "from" : "to")) {
                    onText += " " + c.next().value().toUpperCase(Locale.ROOT);
                }
            }
        } else if (c.is("all") && (c.peek(1).is("tables") || c.peek(1).is("sequences") || c.peek(1).is("functions")
            || c.peek(1).is("procedures") || c.peek(1).is("routines"))) {
            c.next();
            String cls = c.next().value();
            onText = "ALL " + cls.toUpperCase(Locale.ROOT) + " IN SCHEMA";
            on = switch (cls) {
                case "tables" -> GrantOn.TABLE;
                case "sequences" -> GrantOn.SEQUENCE;
                case "functions" -> GrantOn.FUNCTION;
                case "procedures" -> GrantOn.PROCEDURE;
                default -> GrantOn.ROUTINE;
            };
            c.expectSeq("in", "schema");
            schemas.addAll(c.commaList(c::expectName));
        } else {
            String w = c.peek().value();
            switch (w) {
                case "table", "sequence", "type", "domain", "schema" -> {
                    c.next();
                    on = GrantOn.valueOf(w.toUpperCase(Locale.ROOT));
                }
                case "function", "procedure", "routine" -> {
                    c.next();
                    on = GrantOn.valueOf(w.toUpperCase(Locale.ROOT));
                }
                case "database", "language", "tablespace", "parameter" -> {
                    c.next();
                    on = GrantOn.OTHER;
                }
                case "foreign", "large" -> {
                    on = GrantOn.OTHER;
                }
                default -> on = GrantOn.TABLE;
            }
            onText = w.toUpperCase(Locale.ROOT);
            if (on == GrantOn.OTHER) {
                // not modeled: the statement is reported as it is; its target is skipped over
                while (!c.atEnd() && !(c.is(revoke ? "from" : "to") && depthZero())) {
                    c.next();
                }
            } else if (on == GrantOn.FUNCTION || on == GrantOn.PROCEDURE || on == GrantOn.ROUTINE) {
                routines.addAll(c.commaList(this::routineRef));
            } else if (on == GrantOn.SCHEMA) {
                names.addAll(c.commaList(() -> {
                    int nat = at();
                    return new Name(List.of(c.expectName()), nat);
                }));
            } else {
                names.addAll(c.commaList(this::name));
            }
        }
        c.expect(revoke ? "from" : "to");
        List<String> grantees = c.commaList(this::roleSpec);
        boolean withGrantOption = !revoke && c.acceptSeq("with", "grant", "option");
        if (c.acceptSeq("granted", "by")) {
            roleSpec();
        }
        if (revoke && !c.accept("cascade")) {
            c.accept("restrict");
        }
        return new Grant(revoke, optionFor, privileges, on, onText, names, routines, schemas, grantees,
            withGrantOption, at);
    }

    /** Skipping over a target the model does not hold: parentheses are never open at a top-level TO / FROM. */
    private boolean depthZero() {
        int depth = 0;
        for (int i = 0; i < c.position(); i++) {
            TokenType t = c.statement().tokens().get(i).type();
            depth += t == TokenType.LPAREN ? 1 : t == TokenType.RPAREN ? -1 : 0;
        }
        return depth == 0;
    }

    private Ddl defaultPrivileges(int at) {
        c.expect("privileges");
        List<String> roles = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        while (true) {
            if (c.acceptSeq("for", "role") || c.acceptSeq("for", "user")) {
                roles.addAll(c.commaList(this::roleSpec));
            } else if (c.acceptSeq("in", "schema")) {
                schemas.addAll(c.commaList(c::expectName));
            } else {
                break;
            }
        }
        boolean revoke;
        if (c.accept("grant")) {
            revoke = false;
        } else {
            c.expect("revoke");
            revoke = true;
        }
        Grant g = grantBody(revoke, true, at);
        if (!c.atEnd()) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()));
        }
        return new Ddl.DefaultPrivileges(roles, schemas, g, at);
    }

    /** {@code ALTER kind name OWNER TO role}, for every kind; those the model does not hold come as OTHER. */
    private Ddl alterOwner(int at) {
        List<Token> toks = c.statement().tokens();
        int ownerAt = toks.size() - 3;
        Token roleTok = toks.get(toks.size() - 1);
        Kind kind;
        String kindText = c.peek().value();
        switch (c.next().value()) {
            case "table" -> kind = Kind.TABLE;
            case "view" -> kind = Kind.VIEW;
            case "sequence" -> kind = Kind.SEQUENCE;
            case "type" -> kind = Kind.TYPE;
            case "domain" -> kind = Kind.DOMAIN;
            case "schema" -> kind = Kind.SCHEMA;
            case "collation" -> kind = Kind.COLLATION;
            case "statistics" -> kind = Kind.STATISTICS;
            case "publication" -> kind = Kind.PUBLICATION;
            case "function", "procedure", "routine" -> kind = Kind.FUNCTION;
            case "aggregate" -> kind = Kind.AGGREGATE;
            case "materialized" -> {
                c.expect("view");
                kind = Kind.MATERIALIZED_VIEW;
                kindText = "materialized view";
            }
            case "event" -> {
                c.expect("trigger");
                kind = Kind.EVENT_TRIGGER;
                kindText = "event trigger";
            }
            default -> kind = Kind.OTHER;
        }
        if (kind == Kind.OTHER) {
            // an operator, a foreign table, a language, …: named in many ways; the statement is reported whole
            String what = c.text(c.position() - 1, ownerAt).trim();
            c.reset(toks.size());
            return new Ddl.AlterOwner(kind, what, Optional.empty(), Optional.empty(), "", at);
        }
        if (kind == Kind.TABLE || kind == Kind.VIEW || kind == Kind.SEQUENCE || kind == Kind.MATERIALIZED_VIEW) {
            ifExists();
            c.accept("only");
        }
        Optional<Name> name = Optional.empty();
        Optional<RoutineRef> routine = Optional.empty();
        if (kind == Kind.FUNCTION) {
            routine = Optional.of(routineRef());
        } else if (kind == Kind.AGGREGATE) {
            Name n = name();
            routine = Optional.of(new RoutineRef(n, Optional.of(aggregateArgs())));
        } else if (kind == Kind.SCHEMA || kind == Kind.PUBLICATION || kind == Kind.EVENT_TRIGGER) {
            int nat = at();
            name = Optional.of(new Name(List.of(c.expectName()), nat));
        } else {
            name = Optional.of(name());
        }
        if (c.position() != ownerAt) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()));
        }
        c.expectSeq("owner", "to");
        String owner = roleSpec();
        if (c.previous() != roleTok) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()));
        }
        return new Ddl.AlterOwner(kind, kindText.toUpperCase(Locale.ROOT), name, routine, owner, at);
    }

    private boolean hasOwnerTo() {
        List<Token> toks = c.statement().tokens();
        int n = toks.size();
        return n >= 3 && toks.get(n - 3).is("owner") && toks.get(n - 2).is("to");
    }

    private Ddl alterSchema(int at) {
        Name name = name();
        if (c.acceptSeq("rename", "to")) {
            return new Rename(Kind.SCHEMA, name, Optional.of(c.expectName()), Optional.empty(), false, at);
        }
        if (!c.isSeq("owner", "to")) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER SCHEMA");
        }
        return new Ignored("ALTER SCHEMA");
    }

    private Ddl alterRelation(Kind kind, int at) {
        boolean ifExists = ifExists();
        Name name = name();
        if (c.acceptSeq("rename", "to")) {
            return new Rename(kind, name, Optional.of(c.expectName()), Optional.empty(), ifExists, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Rename(kind, name, Optional.empty(), Optional.of(c.expectName()), ifExists, at);
        }
        if (kind == Kind.INDEX && c.acceptSeq("attach", "partition")) {
            return new Ddl.AttachIndex(name, name(), at);
        }
        if (kind == Kind.INDEX && c.is("alter")) {
            c.next();
            c.accept("column");
            Token n = c.expect(TokenType.NUMBER);
            c.expectSeq("set", "statistics");
            boolean minus = c.is(TokenType.OPERATOR) && c.peek().value().equals("-") && c.next() != null;
            Token v = c.next();
            int target;
            if (v.is("default")) {
                target = -1;
            } else if (v.type() == TokenType.NUMBER) {
                target = integer(v) * (minus ? -1 : 1);
            } else {
                throw c.errorAt(v, "expected a statistics target but found " + TokenCursor.describe(v));
            }
            return new Ddl.IndexStatistics(name, integer(n), target, at);
        }
        if (kind == Kind.INDEX && (c.is("attach") || c.is("depends"))) {
            return unsupported("ALTER INDEX " + c.peek().value().toUpperCase(Locale.ROOT));
        }
        if ((kind == Kind.VIEW || kind == Kind.MATERIALIZED_VIEW) && (c.is("set") || c.is("reset"))
            && c.peek(1).is(TokenType.LPAREN)) {
            boolean set = c.next().value().equals("set");
            if (set) {
                return new Ddl.AlterViewOptions(kind, name, storageParameters(), List.of(), at);
            }
            return new Ddl.AlterViewOptions(kind, name, List.of(), c.nameList(), at);
        }
        if (c.is("set") || c.is("reset") || c.is("alter") || c.is("cluster")) {
            return unsupported("ALTER " + kind.name().replace('_', ' ') + " " + c.peek().value().toUpperCase(Locale.ROOT));
        }
        if (!c.is("rename") && !c.is("depends") && !c.isSeq("no", "depends") && !c.is("attach") && !c.is("owner")
            && !c.is("in")) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER "
                + kind.name().replace('_', ' '));
        }
        return unsupported("ALTER " + kind.name().replace('_', ' '));
    }

    private Ddl alterType(int at) {
        Name name = name();
        if (c.acceptSeq("add", "value")) {
            boolean ine = ifNotExists();
            String value = c.expect(TokenType.STRING).value();
            Optional<String> before = Optional.empty();
            Optional<String> after = Optional.empty();
            if (c.accept("before")) {
                before = Optional.of(c.expect(TokenType.STRING).value());
            } else if (c.accept("after")) {
                after = Optional.of(c.expect(TokenType.STRING).value());
            }
            return new AddEnumValue(name, value, ine, before, after, at);
        }
        if (c.acceptSeq("rename", "value")) {
            String from = c.expect(TokenType.STRING).value();
            c.expect("to");
            String to = c.expect(TokenType.STRING).value();
            return new RenameEnumValue(name, from, to, at);
        }
        if (c.acceptSeq("rename", "to")) {
            return new Rename(Kind.TYPE, name, Optional.of(c.expectName()), Optional.empty(), false, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Rename(Kind.TYPE, name, Optional.empty(), Optional.of(c.expectName()), false, at);
        }
        if (c.acceptSeq("rename", "attribute")) {
            String from = c.expectName();
            c.expect("to");
            return new Ddl.AlterAttribute(name, "RENAME", from, Optional.empty(), Optional.of(c.expectName()), false,
                at);
        }
        if (c.is("add") || c.is("drop") || c.is("alter")) {
            String action = c.next().value().toUpperCase(Locale.ROOT);
            c.expect("attribute");
            if (action.equals("ADD")) {
                Ddl.TypeAttribute a = typeAttribute();
                c.accept("cascade");
                c.accept("restrict");
                if (!c.atEnd()) {
                    return unsupported("ALTER TYPE with several actions");
                }
                return new Ddl.AlterAttribute(name, action, a.name(), Optional.of(a), Optional.empty(), false, at);
            }
            if (action.equals("DROP")) {
                boolean ie = ifExists();
                String attr = c.expectName();
                c.accept("cascade");
                c.accept("restrict");
                if (!c.atEnd()) {
                    return unsupported("ALTER TYPE with several actions");
                }
                return new Ddl.AlterAttribute(name, action, attr, Optional.empty(), Optional.empty(), ie, at);
            }
            String attr = c.expectName();
            if (!c.acceptSeq("set", "data", "type")) {
                c.expect("type");
            }
            RawType t = expr.parseType();
            Optional<Name> coll = c.accept("collate") ? Optional.of(name()) : Optional.empty();
            c.accept("cascade");
            c.accept("restrict");
            if (!c.atEnd()) {
                return unsupported("ALTER TYPE with several actions");
            }
            return new Ddl.AlterAttribute(name, action, attr, Optional.of(new Ddl.TypeAttribute(attr, t, coll)),
                Optional.empty(), false, at);
        }
        return unsupported("ALTER TYPE " + c.peek().value().toUpperCase(Locale.ROOT));
    }

    private Ddl alterSequence(int at) {
        boolean ifExists = ifExists();
        Name name = name();
        if (c.acceptSeq("rename", "to")) {
            return new Rename(Kind.SEQUENCE, name, Optional.of(c.expectName()), Optional.empty(), ifExists, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Rename(Kind.SEQUENCE, name, Optional.empty(), Optional.of(c.expectName()), ifExists, at);
        }
        if (c.is("set") && (c.peek(1).is("logged") || c.peek(1).is("unlogged"))) {
            return new Ignored("ALTER SEQUENCE SET LOGGED");
        }
        SequenceSpec spec = sequenceOptions(false);
        return new AlterSequence(name, ifExists, spec, at);
    }

    private Ddl alterTable(int at) {
        boolean ifExists = ifExists();
        boolean only = c.accept("only");
        Name name = name();
        c.accept(TokenType.OPERATOR); // ALTER TABLE t* (descendants)
        if (c.isSeq("rename", "to")) {
            c.next();
            c.next();
            return new AlterTable(name, ifExists, List.of(new RenameTo(c.expectName())), at);
        }
        if (c.isSeq("set", "schema")) {
            c.next();
            c.next();
            return new AlterTable(name, ifExists, List.of(new SetSchema(c.expectName())), at);
        }
        if (c.is("rename")) {
            c.next();
            int rat = at();
            if (c.accept("constraint")) {
                String from = c.expectName();
                c.expect("to");
                return new AlterTable(name, ifExists, List.of(new RenameConstraint(from, c.expectName(), rat)), at);
            }
            c.accept("column");
            String from = c.expectName();
            c.expect("to");
            return new AlterTable(name, ifExists, List.of(new RenameColumn(from, c.expectName(), rat)), at);
        }
        if (c.isSeq("attach", "partition")) {
            int aat = at();
            c.next();
            c.next();
            Name child = name();
            return new AlterTable(name, ifExists, only, List.of(new Ddl.AttachPartition(child, partitionBound(), aat)),
                at);
        }
        if (c.isSeq("detach", "partition")) {
            int dat = at();
            c.next();
            c.next();
            Name child = name();
            if (c.accept("finalize")) {
                return new Ignored("ALTER TABLE … DETACH PARTITION … FINALIZE");
            }
            boolean concurrently = c.accept("concurrently");
            return new AlterTable(name, ifExists, only, List.of(new Ddl.DetachPartition(child, dat, concurrently)),
                at);
        }
        List<AlterAction> actions = c.commaList(this::alterAction);
        return new AlterTable(name, ifExists, only, actions, at);
    }

    private AlterAction alterAction() {
        int at = at();
        if (c.accept("add")) {
            if (c.is("constraint") || c.is("check") || c.is("unique") || c.is("primary") || c.is("foreign")
                || c.is("exclude") || c.isSeq("not", "null")) {
                return new AddConstraint(tableConstraint());
            }
            c.accept("column");
            boolean ine = ifNotExists();
            List<UnsupportedAction> unsupported = new ArrayList<>();
            ColumnDef col = columnDef(unsupported);
            if (!unsupported.isEmpty()) {
                return unsupported.get(0);
            }
            return new AddColumn(col, ine);
        }
        if (c.accept("drop")) {
            if (c.accept("constraint")) {
                boolean ie = ifExists();
                String n = c.expectName();
                dropBehavior();
                return new DropConstraint(n, ie, at);
            }
            c.accept("column");
            boolean ie = ifExists();
            String n = c.expectName();
            return new DropColumn(n, ie, dropBehavior(), at);
        }
        if (c.accept("alter")) {
            if (c.is("constraint")) {
                skipAction();
                return new UnsupportedAction("ALTER CONSTRAINT", at);
            }
            c.accept("column");
            String col = c.expectName();
            if (c.acceptSeq("set", "data", "type") || c.accept("type")) {
                RawType type = expr.parseType();
                Optional<Name> coll = Optional.empty();
                if (c.accept("collate")) {
                    coll = Optional.of(name());
                }
                Optional<ExprText> using = Optional.empty();
                if (c.accept("using")) {
                    using = Optional.of(exprText(false));
                }
                return new AlterColumnType(col, type, coll, using, at);
            }
            if (c.acceptSeq("set", "default")) {
                return new SetDefault(col, exprText(false), at);
            }
            if (c.acceptSeq("drop", "default")) {
                return new DropDefault(col, at);
            }
            if (c.acceptSeq("set", "not", "null")) {
                return new SetNotNull(col, at);
            }
            if (c.acceptSeq("drop", "not", "null")) {
                return new DropNotNull(col, at);
            }
            if (c.acceptSeq("drop", "identity")) {
                boolean ie = ifExists();
                return new DropIdentity(col, ie, at);
            }
            if (c.accept("add")) {
                c.expect("generated");
                boolean always;
                if (c.accept("always")) {
                    always = true;
                } else {
                    c.expectSeq("by", "default");
                    always = false;
                }
                c.expectSeq("as", "identity");
                return new AddIdentity(col, new IdentitySpec(always, identityOptions()), at);
            }
            if (c.is("set") && (c.peek(1).is("statistics") || c.peek(1).is("storage")
                || c.peek(1).is("compression"))) {
                c.next();
                String what = c.next().value();
                Token v = c.next();
                String value = v.value().toLowerCase(Locale.ROOT);
                if (v.isOperator("-") && c.is(TokenType.NUMBER)) {
                    value = "-" + c.next().value();
                }
                return new Ddl.ColumnSetting(col, what, value, List.of(), at);
            }
            if (c.is("set") && c.peek(1).is(TokenType.LPAREN)) {
                c.next();
                return new Ddl.ColumnSetting(col, "set", "", storageParameters(), at);
            }
            if (c.accept("reset")) {
                List<String> names = c.nameList();
                return new Ddl.ColumnSetting(col, "reset", "", names, at);
            }
            if (c.is("set") || c.is("restart")) {
                Optional<Boolean> always = Optional.empty();
                List<SequenceSpec> specs = new ArrayList<>();
                while (c.is("set") || c.is("restart")) {
                    if (c.acceptSeq("set", "generated")) {
                        if (c.accept("always")) {
                            always = Optional.of(true);
                        } else {
                            c.expectSeq("by", "default");
                            always = Optional.of(false);
                        }
                    } else if (c.accept("set")) {
                        specs.add(sequenceOptions(false));
                    } else {
                        specs.add(sequenceOptions(false));
                    }
                }
                SequenceSpec merged = specs.isEmpty() ? SequenceSpec.none() : mergeSpecs(specs);
                return new SetIdentity(col, always, merged, at);
            }
            if (c.acceptSeq("drop", "expression")) {
                ifExists();
                return new UnsupportedAction("DROP EXPRESSION", at);
            }
            throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER COLUMN");
        }
        if (c.acceptSeq("validate", "constraint")) {
            return new ValidateConstraint(c.expectName(), at);
        }
        if (c.acceptSeq("set", "logged")) {
            return new SetLogged(true);
        }
        if (c.acceptSeq("set", "unlogged")) {
            return new SetLogged(false);
        }
        if (c.acceptSeq("replica", "identity")) {
            if (c.acceptSeq("using", "index")) {
                int iat = at();
                return new Ddl.ReplicaIdentity("USING INDEX", Optional.of(c.expectName()), iat);
            }
            int rat = at();
            Token k = c.next();
            if (!k.is("default") && !k.is("full") && !k.is("nothing")) {
                throw c.errorAt(k, "expected DEFAULT, FULL, NOTHING or USING INDEX but found " + TokenCursor.describe(k));
            }
            return new Ddl.ReplicaIdentity(k.value().toUpperCase(Locale.ROOT), Optional.empty(), rat);
        }
        if (c.acceptSeq("cluster", "on")) {
            int cat = at();
            return new Ddl.ClusterOn(Optional.of(c.expectName()), cat);
        }
        if (c.acceptSeq("set", "without", "cluster")) {
            return new Ddl.ClusterOn(Optional.empty(), at());
        }
        if (c.isSeq("set", "access", "method")) {
            int mat = at();
            skipAction();
            return new UnsupportedAction("SET ACCESS METHOD", mat);
        }
        if (c.accept("owner")) {
            c.expect("to");
            skipAction();
            return new IgnoredAction("table setting");
        }
        if (c.is("set") && (c.peek(1).is("without") || c.peek(1).is("tablespace"))) {
            skipAction();
            return new IgnoredAction("table setting");
        }
        if ((c.is("enable") || c.is("disable")) && c.peek(1).is("row")) {
            boolean on = c.next().value().equals("enable");
            c.expectSeq("row", "level", "security");
            return new Ddl.RowSecurity(false, on);
        }
        if (c.is("force") || c.isSeq("no", "force")) {
            boolean on = c.accept("force") || !c.acceptSeq("no", "force");
            c.expectSeq("row", "level", "security");
            return new Ddl.RowSecurity(true, on);
        }
        if ((c.is("enable") || c.is("disable")) && (c.peek(1).is("trigger") || c.peek(2).is("trigger"))) {
            boolean enable = c.next().value().equals("enable");
            char state = enable ? 'O' : 'D';
            if (c.accept("replica")) {
                state = 'R';
            } else if (c.accept("always")) {
                state = 'A';
            }
            c.expect("trigger");
            String which = c.expectName();
            return new Ddl.EnableTrigger(which, state, at);
        }
        if (c.accept("inherit")) {
            return new Ddl.Inherit(name(), true, at);
        }
        if (c.acceptSeq("no", "inherit")) {
            return new Ddl.Inherit(name(), false, at);
        }
        if (c.is("set") && c.peek(1).is(TokenType.LPAREN)) {
            c.next();
            return new Ddl.TableOptions(storageParameters(), List.of());
        }
        if (c.is("reset") && c.peek(1).is(TokenType.LPAREN)) {
            c.next();
            return new Ddl.TableOptions(List.of(), c.nameList());
        }
        if (c.is("enable") || c.is("disable") || c.is("force") || c.is("no") || c.is("inherit")
            || c.is("set") || c.is("reset") || c.is("of") || c.is("not")) {
            int from = c.position();
            skipAction();
            return new UnsupportedAction(c.text(from, c.position()), at);
        }
        throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER TABLE");
    }

    private static SequenceSpec mergeSpecs(List<SequenceSpec> specs) {
        SequenceSpec m = specs.get(0);
        for (SequenceSpec s : specs.subList(1, specs.size())) {
            m = new SequenceSpec(s.type() != null ? s.type() : m.type(), s.start() != null ? s.start() : m.start(),
                s.increment() != null ? s.increment() : m.increment(), s.min() != null ? s.min() : m.min(),
                s.noMin() || m.noMin(), s.max() != null ? s.max() : m.max(), s.noMax() || m.noMax(),
                s.cache() != null ? s.cache() : m.cache(), s.cycle() != null ? s.cycle() : m.cycle(),
                m.ownedBy(), m.ownedByNone(), m.sequenceName());
        }
        return m;
    }

    private void skipAction() {
        while (!c.atEnd() && !c.is(TokenType.COMMA)) {
            if (c.accept(TokenType.LPAREN)) {
                c.skipBalanced();
            } else {
                c.next();
            }
        }
    }

    private boolean dropBehavior() {
        if (c.accept("cascade")) {
            return true;
        }
        c.accept("restrict");
        return false;
    }

    // ================================================================== DROP, COMMENT

    private Kind objectKind() {
        Token t = c.peek();
        Kind k = switch (t.value()) {
            case "schema" -> Kind.SCHEMA;
            case "extension" -> Kind.EXTENSION;
            case "table" -> Kind.TABLE;
            case "view" -> Kind.VIEW;
            case "index" -> Kind.INDEX;
            case "sequence" -> Kind.SEQUENCE;
            case "type" -> Kind.TYPE;
            case "column" -> Kind.COLUMN;
            case "constraint" -> Kind.CONSTRAINT;
            case "materialized" -> Kind.MATERIALIZED_VIEW;
            case "function", "procedure", "routine" -> Kind.FUNCTION;
            case "aggregate" -> Kind.AGGREGATE;
            case "publication" -> Kind.PUBLICATION;
            case "event" -> c.peek(1).is("trigger") ? Kind.EVENT_TRIGGER : Kind.OTHER;
            case "trigger" -> Kind.TRIGGER;
            case "domain" -> Kind.DOMAIN;
            case "collation" -> Kind.COLLATION;
            case "policy" -> Kind.POLICY;
            case "statistics" -> Kind.STATISTICS;
            default -> Kind.OTHER;
        };
        if (t.type() != TokenType.IDENT) {
            return Kind.OTHER;
        }
        if (k == Kind.MATERIALIZED_VIEW || k == Kind.EVENT_TRIGGER) {
            if (!c.peek(1).is(k == Kind.MATERIALIZED_VIEW ? "view" : "trigger")) {
                return Kind.OTHER;
            }
            c.next();
        }
        if (k != Kind.OTHER) {
            c.next();
        }
        return k;
    }

    private Ddl drop() {
        int at = c.statement().start();
        c.expect("drop");
        ObjectWords.expectKind(c, "DROP", ObjectWords.DROP);
        if (c.is("operator") && !c.peek(1).is("class") && !c.peek(1).is("family")) {
            c.next();
            boolean ie = ifExists();
            List<Ddl> each = c.commaList(() -> operatorRef(ie, Optional.empty(), at));
            dropBehavior();
            return each.size() == 1 ? each.get(0) : new Ddl.Each(each);
        }
        if (c.accept("cast")) {
            boolean ie = ifExists();
            Ddl.CastRef ref = castTypes(ie, Optional.empty(), at);
            dropBehavior();
            return ref;
        }
        Token kw = c.peek();
        boolean userMapping = c.isSeq("user", "mapping");
        Kind kind = objectKind();
        if (kind == Kind.FUNCTION || kind == Kind.AGGREGATE) {
            boolean ie = ifExists();
            List<RoutineRef> refs = c.commaList(() -> kind == Kind.AGGREGATE
                ? new RoutineRef(name(), Optional.of(aggregateArgs())) : routineRef());
            return new DropRoutine(refs, ie, dropBehavior(), at);
        }
        if (kind == Kind.TRIGGER || kind == Kind.POLICY) {
            boolean ie = ifExists();
            String name = c.expectName();
            c.expect("on");
            Name table = name();
            dropBehavior();
            return kind == Kind.TRIGGER ? new DropTrigger(name, table, ie, at) : new Ddl.DropPolicy(name, table, ie, at);
        }
        if (kind == Kind.OTHER || kind == Kind.COLUMN || kind == Kind.CONSTRAINT) {
            if (kw.is("owned") || kw.is("role") || kw.is("user") && !userMapping || kw.is("group")
                || kw.is("database") || kw.is("tablespace")) {
                return new Ignored("DROP " + kw.value().toUpperCase(Locale.ROOT));
            }
            return unsupported("DROP " + (userMapping ? "USER MAPPING" : kw.value().toUpperCase(Locale.ROOT)));
        }
        boolean concurrently = kind == Kind.INDEX && c.accept("concurrently");
        boolean ie = ifExists();
        List<Name> names = c.commaList(this::name);
        boolean cascade = dropBehavior();
        return new Drop(kind, names, ie, cascade, at, concurrently);
    }

    private Ddl comment() {
        int at = c.statement().start();
        c.expectSeq("comment", "on");
        ObjectWords.expectKind(c, "COMMENT ON", ObjectWords.COMMENT);
        if (c.is("operator") && !c.peek(1).is("class") && !c.peek(1).is("family")) {
            c.next();
            Ddl.OperatorRef ref = operatorRef(false, Optional.empty(), at);
            c.expect("is");
            return new Ddl.OperatorRef(ref.name(), ref.left(), ref.right(), false, Optional.of(commentText()), at);
        }
        if (c.accept("cast")) {
            Ddl.CastRef ref = castTypes(false, Optional.empty(), at);
            c.expect("is");
            Optional<String> text;
            if (c.accept("null")) {
                text = Optional.empty();
            } else {
                Token t = c.next();
                if (t.type() != TokenType.STRING && t.type() != TokenType.DOLLAR_STRING) {
                    throw c.errorAt(t, "expected a string or NULL after IS");
                }
                text = t.value().isEmpty() ? Optional.empty() : Optional.of(t.value());
            }
            return new Ddl.CastRef(ref.source(), ref.target(), false, Optional.of(text), at);
        }
        Token kw = c.peek();
        Kind kind = objectKind();
        if (kind == Kind.OTHER) {
            return unsupported("COMMENT ON " + kw.value().toUpperCase(Locale.ROOT));
        }
        Name target;
        Optional<Name> on = Optional.empty();
        Optional<RoutineRef> routine = Optional.empty();
        if (kind == Kind.FUNCTION || kind == Kind.AGGREGATE) {
            RoutineRef ref = kind == Kind.AGGREGATE ? new RoutineRef(name(), Optional.of(aggregateArgs())) : routineRef();
            routine = Optional.of(ref);
            target = ref.name();
            kind = Kind.FUNCTION;
        } else if (kind == Kind.TRIGGER || kind == Kind.POLICY) {
            target = new Name(List.of(c.expectName()), at());
            c.expect("on");
            on = Optional.of(name());
        } else if (kind == Kind.CONSTRAINT) {
            target = new Name(List.of(c.expectName()), at());
            c.expect("on");
            if (c.is("domain")) {
                return unsupported("COMMENT ON CONSTRAINT … ON DOMAIN");
            }
            on = Optional.of(name());
        } else {
            target = name();
        }
        c.expect("is");
        Optional<String> text;
        if (c.accept("null")) {
            text = Optional.empty();
        } else {
            Token t = c.next();
            if (t.type() != TokenType.STRING && t.type() != TokenType.DOLLAR_STRING) {
                throw c.errorAt(t, "expected a string or NULL after IS");
            }
            text = t.value().isEmpty() ? Optional.empty() : Optional.of(t.value());
        }
        return new Comment(kind, target, on, routine, text, at);
    }

    // ================================================================== domains, types, policies

    private Ddl createCollation(int at) {
        boolean ine = ifNotExists();
        Name name = name();
        List<String> options = new ArrayList<>();
        if (c.accept("from")) {
            options.add("from=" + String.join(".", name().parts()));
        } else {
            c.parenthesizedEach(() -> {
                String opt = c.expectName();
                if (!c.peek().isOperator("=")) {
                    throw c.error("expected = after " + opt);
                }
                c.next();
                Token v = c.next();
                String value = v.value();
                if (v.type() == TokenType.IDENT) {
                    value = value.toLowerCase(Locale.ROOT);
                }
                switch (opt) {
                    case "version" -> { }
                    case "provider" -> {
                        if (!value.equals("libc")) {
                            options.add("provider=" + value);
                        }
                    }
                    case "deterministic" -> {
                        if (!(value.equals("true") || value.equals("on") || value.equals("1"))) {
                            options.add("deterministic=false");
                        }
                    }
                    default -> options.add(opt + "=" + value);
                }
            });
        }
        options.sort(null);
        return new Ddl.CreateCollation(name, ine, options, at);
    }

    private Ddl.TypeAttribute typeAttribute() {
        String n = c.expectName();
        RawType t = expr.parseType();
        Optional<Name> coll = c.accept("collate") ? Optional.of(name()) : Optional.empty();
        return new Ddl.TypeAttribute(n, t, coll);
    }

    private Ddl createDomain(int at) {
        Name name = name();
        c.accept("as");
        RawType type = expr.parseType();
        Optional<Name> collation = Optional.empty();
        Optional<ExprText> dflt = Optional.empty();
        List<Ddl.DomainConstraint> cons = new ArrayList<>();
        while (!c.atEnd()) {
            Token t = c.peek();
            if (c.accept("collate")) {
                if (collation.isPresent()) {
                    throw c.errorAt(t, "multiple COLLATE clauses not allowed");
                }
                collation = Optional.of(name());
            } else if (c.accept("default")) {
                if (dflt.isPresent()) {
                    throw c.errorAt(t, "multiple default expressions");
                }
                dflt = Optional.of(exprText(true));
            } else {
                cons.add(domainConstraint());
            }
        }
        return new Ddl.CreateDomain(name, type, collation, dflt, cons, at);
    }

    private Ddl.DomainConstraint domainConstraint() {
        int at = at();
        Optional<String> name = Optional.empty();
        if (c.accept("constraint")) {
            name = Optional.of(c.expectName());
        }
        if (c.acceptSeq("not", "null")) {
            return new Ddl.DomainConstraint(name, true, false, Optional.empty(), false, at);
        }
        if (c.accept("null")) {
            return new Ddl.DomainConstraint(name, false, true, Optional.empty(), false, at);
        }
        c.expect("check");
        ExprText e = parenExpr();
        boolean notValid = c.acceptSeq("not", "valid");
        return new Ddl.DomainConstraint(name, false, false, Optional.of(e), notValid, at);
    }

    private Ddl alterDomain(int at) {
        Name name = name();
        if (c.acceptSeq("set", "default")) {
            // a_expr here, unlike CREATE DOMAIN … DEFAULT (b_expr): NOT is allowed
            return new Ddl.AlterDomain(name, "SET DEFAULT", Optional.of(exprText(false)), Optional.empty(),
                Optional.empty(), Optional.empty(), false, at);
        }
        for (String a : new String[] {"drop default", "set not null", "drop not null"}) {
            if (c.acceptSeq(a.split(" "))) {
                return new Ddl.AlterDomain(name, a.toUpperCase(Locale.ROOT), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), false, at);
            }
        }
        if (c.accept("add")) {
            return new Ddl.AlterDomain(name, "ADD", Optional.empty(), Optional.of(domainConstraint()),
                Optional.empty(), Optional.empty(), false, at);
        }
        if (c.acceptSeq("drop", "constraint")) {
            boolean ie = ifExists();
            String con = c.expectName();
            dropBehavior();
            return new Ddl.AlterDomain(name, "DROP CONSTRAINT", Optional.empty(), Optional.empty(), Optional.of(con),
                Optional.empty(), ie, at);
        }
        if (c.acceptSeq("validate", "constraint")) {
            return new Ddl.AlterDomain(name, "VALIDATE", Optional.empty(), Optional.empty(),
                Optional.of(c.expectName()), Optional.empty(), false, at);
        }
        if (c.acceptSeq("rename", "constraint")) {
            String from = c.expectName();
            c.expect("to");
            return new Ddl.AlterDomain(name, "RENAME CONSTRAINT", Optional.empty(), Optional.empty(),
                Optional.of(from), Optional.of(c.expectName()), false, at);
        }
        if (c.acceptSeq("rename", "to")) {
            return new Rename(Kind.TYPE, name, Optional.of(c.expectName()), Optional.empty(), false, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Rename(Kind.TYPE, name, Optional.empty(), Optional.of(c.expectName()), false, at);
        }
        throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER DOMAIN");
    }

    private List<String> roleList() {
        List<String> roles = c.commaList(this::roleName);
        roles.sort(null);
        return roles;
    }

    private String roleName() {
        Token t = c.next();
        if (!t.isName()) {
            throw c.errorAt(t, "expected a role name");
        }
        String v = t.value();
        if (t.type() == TokenType.IDENT && (v.equals("current_user") || v.equals("session_user")
            || v.equals("current_role"))) {
            v = v.toUpperCase(Locale.ROOT);
        }
        return v;
    }

    private Ddl createPolicy(int at) {
        String name = c.expectName();
        c.expect("on");
        Name table = name();
        boolean permissive = true;
        String command = "ALL";
        List<String> roles = List.of("public");
        Optional<ExprText> using = Optional.empty();
        Optional<ExprText> check = Optional.empty();
        while (!c.atEnd()) {
            if (c.accept("as")) {
                permissive = !c.next().value().equals("restrictive");
            } else if (c.accept("for")) {
                command = c.next().value().toUpperCase(Locale.ROOT);
            } else if (c.accept("to")) {
                roles = roleList();
            } else if (c.accept("using")) {
                using = Optional.of(parenExpr());
            } else if (c.acceptSeq("with", "check")) {
                check = Optional.of(parenExpr());
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in CREATE POLICY");
            }
        }
        return new Ddl.CreatePolicy(name, table, permissive, command, roles, using, check, at);
    }

    private Ddl alterPolicy(int at) {
        String name = c.expectName();
        c.expect("on");
        Name table = name();
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.AlterPolicy(name, table, Optional.of(c.expectName()), Optional.empty(), Optional.empty(),
                Optional.empty(), at);
        }
        Optional<List<String>> roles = Optional.empty();
        Optional<ExprText> using = Optional.empty();
        Optional<ExprText> check = Optional.empty();
        while (!c.atEnd()) {
            if (c.accept("to")) {
                roles = Optional.of(roleList());
            } else if (c.accept("using")) {
                using = Optional.of(parenExpr());
            } else if (c.acceptSeq("with", "check")) {
                check = Optional.of(parenExpr());
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in ALTER POLICY");
            }
        }
        return new Ddl.AlterPolicy(name, table, Optional.empty(), roles, using, check, at);
    }

    // ================================================================== functions, procedures, triggers

    private static final Set<String> TYPE_STARTS = Set.of("double", "character", "char", "national", "nchar", "bit",
        "time", "timestamp", "interval");
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("precision", "varying", "character", "char", "with",
        "without", "year", "month", "day", "hour", "minute", "second");

    /** {@code ( [mode] [name] type [DEFAULT expr], … )}. */
    private List<FunctionArg> functionArgs(boolean withDefaults) {
        c.expect(TokenType.LPAREN);
        List<FunctionArg> args = new ArrayList<>();
        if (c.accept(TokenType.RPAREN)) {
            return args;
        }
        args.addAll(c.commaList(() -> functionArg(withDefaults)));
        c.expect(TokenType.RPAREN);
        return args;
    }

    private static String mode(Token t) {
        if (t.type() != TokenType.IDENT) {
            return null;
        }
        return switch (t.value()) {
            case "in" -> "IN";
            case "out" -> "OUT";
            case "inout" -> "INOUT";
            case "variadic" -> "VARIADIC";
            default -> null;
        };
    }

    private FunctionArg functionArg(boolean withDefaults) {
        String mode = mode(c.peek());
        if (mode != null && !c.peek(1).is(TokenType.COMMA) && !c.peek(1).is(TokenType.RPAREN)) {
            c.next();
        } else {
            mode = null;
        }
        Optional<String> name = Optional.empty();
        Token first = c.peek();
        Token second = c.peek(1);
        boolean multiWordType = first.is(TokenType.IDENT) && TYPE_STARTS.contains(first.value())
            && second.is(TokenType.IDENT) && TYPE_CONTINUATIONS.contains(second.value());
        if (first.isName() && !multiWordType && (second.isName() || second.is(TokenType.QUOTED_IDENT))
            && !second.is("default") && !(second.is("order") && c.peek(2).is("by"))) {
            name = Optional.of(c.expectName());
            String m2 = mode(c.peek());
            if (mode == null && m2 != null && c.peek(1).isName()) {
                c.next();
                mode = m2;
            }
        }
        RawType type = expr.parseType();
        boolean columnType = false;
        if (c.peek().isOperator("%") && c.peek(1).is("type")) {
            c.next();
            c.next();
            columnType = true;
        }
        Optional<ExprText> dflt = Optional.empty();
        if (withDefaults && (c.accept("default") || (c.peek().isOperator("=") && c.next() != null))) {
            dflt = Optional.of(exprText(false));
        }
        return new FunctionArg(mode == null ? "IN" : mode, name, type, columnType, dflt);
    }

    /** The options CREATE AGGREGATE takes, by the kind of value each has. */
    private static final Set<String> AGG_FUNCTIONS = Set.of("SFUNC", "FINALFUNC", "COMBINEFUNC", "SERIALFUNC",
        "DESERIALFUNC", "MSFUNC", "MINVFUNC", "MFINALFUNC");
    private static final Set<String> AGG_TYPES = Set.of("STYPE", "MSTYPE", "BASETYPE");

    /**
     * {@code CREATE AGGREGATE name (args) (options)}, {@code (*)}, {@code (direct ORDER BY aggregated)}, and the
     * old form {@code CREATE AGGREGATE name (BASETYPE = type, SFUNC = …)}.
     */
    private Ddl createAggregate(int at, boolean orReplace) {
        Name name = name();
        boolean oldForm = c.is(TokenType.LPAREN) && c.peek(1).isName() && c.peek(2).isOperator("=");
        AggregateArgs aa = oldForm ? new AggregateArgs(new ArrayList<>(), -1, false) : aggregateArgList();
        List<FunctionArg> args = aa.args();
        int orderedSet = aa.orderedSet();
        boolean star = aa.star();
        Map<String, Object> options = new LinkedHashMap<>();
        c.parenthesizedEach(() -> {
            Token key = c.next();
            if (!key.isName()) {
                throw c.errorAt(key, "expected an aggregate option, found " + TokenCursor.describe(key));
            }
            String opt = key.value().toUpperCase(Locale.ROOT);
            Object value = "";
            if (c.peek().isOperator("=")) {
                c.next();
                if (AGG_FUNCTIONS.contains(opt)) {
                    value = name();
                } else if (AGG_TYPES.contains(opt)) {
                    value = expr.parseType();
                } else if (opt.equals("SORTOP")) {
                    StringBuilder op = new StringBuilder();
                    if (c.accept("operator")) {
                        c.expect(TokenType.LPAREN);
                        while (!c.is(TokenType.RPAREN) && !c.atEnd()) {
                            op.append(c.next().value());
                        }
                        c.expect(TokenType.RPAREN);
                    } else {
                        op.append(c.next().value());
                    }
                    value = op.toString();
                } else {
                    Token v = c.next();
                    if (v.type() == TokenType.IDENT) {
                        value = v.value().toLowerCase(Locale.ROOT);
                    } else if (v.type() == TokenType.STRING || v.type() == TokenType.NUMBER
                        || v.type() == TokenType.QUOTED_IDENT || v.type() == TokenType.DOLLAR_STRING) {
                        value = v.value();
                    } else if (v.isOperator("-") && c.is(TokenType.NUMBER)) {
                        value = "-" + c.next().value();
                    } else {
                        throw c.errorAt(v, "unexpected " + TokenCursor.describe(v) + " as the value of " + opt);
                    }
                }
            }
            if (options.put(opt, value) != null) {
                throw c.errorAt(key, "conflicting or redundant options: " + opt);
            }
        });
        if (!c.atEnd()) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " after CREATE AGGREGATE");
        }
        if (oldForm) {
            Object base = options.remove("BASETYPE");
            if (!(base instanceof RawType t) || (t.names().size() == 1 && t.names().get(0).equals("any"))) {
                star = true;
            } else {
                args.add(new FunctionArg("IN", Optional.empty(), t, false, Optional.empty()));
            }
        }
        return new Ddl.CreateAggregate(name, orReplace, args, orderedSet, star, options, at);
    }

    private Ddl createEventTrigger(int at) {
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

    private Ddl alterEventTrigger(int at) {
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
    private Ddl publication(int at, String verb) {
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

    /** An aggregate's arguments: direct ones, then after ORDER BY ({@code orderedSet} of them direct, else -1). */
    private record AggregateArgs(List<FunctionArg> args, int orderedSet, boolean star) {}

    /** {@code (*)}, {@code (args)}, {@code ([direct] ORDER BY aggregated)}. */
    private AggregateArgs aggregateArgList() {
        c.expect(TokenType.LPAREN);
        List<FunctionArg> args = new ArrayList<>();
        int orderedSet = -1;
        boolean star = false;
        if (c.peek().isOperator("*")) {
            c.next();
            star = true;
        } else if (!c.is(TokenType.RPAREN)) {
            if (!c.is("order")) {
                args.addAll(c.commaList(() -> functionArg(false)));
            }
            if (c.acceptSeq("order", "by")) {
                orderedSet = args.size();
                args.addAll(c.commaList(() -> functionArg(false)));
            }
        }
        c.expect(TokenType.RPAREN);
        return new AggregateArgs(args, orderedSet, star);
    }

    /** The argument list of DROP / ALTER / COMMENT ON AGGREGATE, flattened: {@code (*)} is no arguments. */
    private List<FunctionArg> aggregateArgs() {
        return aggregateArgList().args();
    }

    private Ddl alterAggregate(int at) {
        Name name = name();
        RoutineRef ref = new RoutineRef(name, Optional.of(aggregateArgs()));
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.AlterRoutine(ref, Optional.of(c.expectName()), Optional.empty(), null, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Ddl.AlterRoutine(ref, Optional.empty(), Optional.of(c.expectName()), null, at);
        }
        return unsupported("ALTER AGGREGATE");
    }

    private Ddl createFunction(int at, boolean orReplace, boolean procedure) {
        Name name = name();
        List<FunctionArg> args = functionArgs(true);
        Optional<RawType> returns = Optional.empty();
        boolean returnsSet = false;
        List<FunctionArg> returnsTable = List.of();
        if (!procedure && c.accept("returns")) {
            if (c.accept("table")) {
                returnsTable = functionArgs(false);
                returnsSet = true;
            } else {
                returnsSet = c.accept("setof");
                returns = Optional.of(expr.parseType());
                if (c.peek().isOperator("%") && c.peek(1).is("type")) {
                    return unsupported("CREATE FUNCTION … RETURNS column%TYPE");
                }
            }
        }
        RoutineOptions options = routineOptions(true);
        if (options.body().isEmpty()) {
            throw c.error("expected AS or a routine body for " + name);
        }
        return new Ddl.CreateFunction(name, orReplace, procedure, args, returns, returnsSet, returnsTable, options, at);
    }

    /** Routine options until the end of the statement. */
    /** Which option of CREATE / ALTER FUNCTION starts at {@code t}: options of one key may be given once. */
    private String routineOptionKey(Token t) {
        if (t.type() != TokenType.IDENT) {
            return null;
        }
        return switch (t.value()) {
            case "immutable", "stable", "volatile" -> "volatility";
            case "leakproof" -> "leakproof";
            case "not" -> c.peek(1).is("leakproof") ? "leakproof" : null;
            case "called", "strict" -> "strict";
            case "returns" -> c.peek(1).is("null") ? "strict" : null;
            case "external", "security" -> "security";
            case "language", "parallel", "cost", "rows", "window", "support", "transform" -> t.value();
            case "as", "return" -> "body";
            case "begin" -> c.peek(1).is("atomic") ? "body" : null;
            default -> null;
        };
    }

    private RoutineOptions routineOptions(boolean create) {
        String language = null;
        String volatility = null;
        Boolean strict = null;
        Boolean definer = null;
        Boolean leakproof = null;
        String parallel = null;
        Double cost = null;
        Double rows = null;
        boolean window = false;
        List<String> settings = new ArrayList<>();
        List<String> resets = new ArrayList<>();
        Optional<String> body = Optional.empty();
        Optional<String> link = Optional.empty();
        boolean sqlBody = false;
        // each option once, as the server has it (SET may repeat)
        Set<String> seen = new HashSet<>();
        while (!c.atEnd()) {
            Token option = c.peek();
            String key = routineOptionKey(option);
            if (key != null && !seen.add(key)) {
                throw c.errorAt(option, key.equals("body") ? "duplicate function body specified"
                    : "conflicting or redundant options");
            }
            if (c.accept("language")) {
                Token t = c.next();
                language = t.value().toLowerCase(Locale.ROOT);
            } else if (c.accept("immutable") || c.accept("stable") || c.accept("volatile")) {
                volatility = c.previous().value().toUpperCase(Locale.ROOT);
            } else if (c.acceptSeq("not", "leakproof")) {
                leakproof = false;
            } else if (c.accept("leakproof")) {
                leakproof = true;
            } else if (c.acceptSeq("called", "on", "null", "input")) {
                strict = false;
            } else if (c.acceptSeq("returns", "null", "on", "null", "input") || c.accept("strict")) {
                strict = true;
            } else if (c.accept("external") || c.is("security")) {
                c.expect("security");
                definer = c.next().value().equals("definer");
            } else if (c.accept("parallel")) {
                parallel = c.next().value().toUpperCase(Locale.ROOT);
            } else if (c.accept("cost")) {
                cost = numeric(c.expect(TokenType.NUMBER));
            } else if (c.accept("rows")) {
                rows = numeric(c.expect(TokenType.NUMBER));
            } else if (c.accept("window")) {
                window = true;
            } else if (c.accept("support")) {
                name();
            } else if (c.accept("transform")) {
                while (!c.atEnd() && (c.is("for") || c.is("type") || c.isName() || c.is(TokenType.COMMA))) {
                    if (c.is("language") || c.is("as") || c.is("immutable") || c.is("stable")) {
                        break;
                    }
                    c.next();
                }
            } else if (c.accept("set")) {
                settings.add(setting());
            } else if (c.accept("reset")) {
                resets.add(c.accept("all") ? "all" : settingName());
            } else if (c.accept("as")) {
                Token t = c.next();
                if (t.type() != TokenType.STRING && t.type() != TokenType.DOLLAR_STRING) {
                    throw c.errorAt(t, "expected the function's definition as a string after AS");
                }
                body = Optional.of(t.value());
                if (c.accept(TokenType.COMMA)) {
                    link = Optional.of(c.expect(TokenType.STRING).value());
                }
            } else if (create && (c.is("return") || c.isSeq("begin", "atomic"))) {
                int from = c.position();
                if (c.accept("return")) {
                    Expr e = expr.parse();
                    body = Optional.of("RETURN " + Canonicalizer.shallow(e));
                } else {
                    while (!c.atEnd()) {
                        c.next();
                    }
                    body = Optional.of(TokenText.canonical(c.statement().tokens(), from,
                        c.position()));
                }
                sqlBody = true;
            } else if (!create && (c.accept("restrict"))) {
                continue;
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in a function definition");
            }
        }
        return new RoutineOptions(language, volatility, strict, definer, leakproof, parallel, cost, rows, window,
            settings, resets, body, link, sqlBody);
    }

    private String settingName() {
        StringBuilder sb = new StringBuilder(c.expectName());
        while (c.accept(TokenType.DOT)) {
            sb.append('.').append(c.expectName());
        }
        return sb.toString();
    }

    /** {@code SET name TO | = value [, …]} or {@code SET name FROM CURRENT}, as {@code name=value, value}. */
    private String setting() {
        String name = settingName();
        if (c.acceptSeq("from", "current")) {
            return name + " FROM CURRENT";
        }
        if (!c.accept("to")) {
            if (!c.peek().isOperator("=")) {
                throw c.error("expected TO or = in SET");
            }
            c.next();
        }
        List<String> values = c.commaList(this::signedValue);
        return name + "=" + String.join(", ", values);
    }

    /** A token's text, a minus sign before a number joined to it. */
    private String signedValue() {
        Token t = c.next();
        String v = t.value();
        if (t.isOperator("-") && c.is(TokenType.NUMBER)) {
            v = "-" + c.next().value();
        }
        return v;
    }

    private RoutineRef routineRef() {
        Name name = name();
        Optional<List<FunctionArg>> args = Optional.empty();
        if (c.is(TokenType.LPAREN)) {
            args = Optional.of(functionArgs(false));
        }
        return new RoutineRef(name, args);
    }

    private Ddl alterRoutine(int at) {
        RoutineRef ref = routineRef();
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.AlterRoutine(ref, Optional.of(c.expectName()), Optional.empty(), null, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Ddl.AlterRoutine(ref, Optional.empty(), Optional.of(c.expectName()), null, at);
        }
        if (c.is("depends") || c.is("no")) {
            return new Ignored("ALTER FUNCTION DEPENDS ON EXTENSION");
        }
        return new Ddl.AlterRoutine(ref, Optional.empty(), Optional.empty(), routineOptions(false), at);
    }

    private Ddl alterTrigger(int at) {
        String name = c.expectName();
        c.expect("on");
        Name table = name();
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.RenameTrigger(name, table, c.expectName(), at);
        }
        return new Ignored("ALTER TRIGGER … DEPENDS ON EXTENSION");
    }

    private Ddl createTrigger(int at, boolean orReplace, boolean constraint) {
        String name = c.expectName();
        String timing;
        if (c.accept("before")) {
            timing = "BEFORE";
        } else if (c.accept("after")) {
            timing = "AFTER";
        } else {
            c.expectSeq("instead", "of");
            timing = "INSTEAD OF";
        }
        Map<String, String> events = new TreeMap<>();
        do {
            String ev = c.next().value();
            switch (ev) {
                case "insert", "delete", "truncate" -> events.put(ev, ev.toUpperCase(Locale.ROOT));
                case "update" -> {
                    String text = "UPDATE";
                    if (c.accept("of")) {
                        List<String> cols = c.commaList(() -> Identifiers.quote(c.expectName()));
                        text += " OF " + String.join(", ", cols);
                    }
                    events.put(ev, text);
                }
                default -> throw c.errorAt(c.previous(), "expected INSERT, UPDATE, DELETE or TRUNCATE");
            }
        } while (c.accept("or"));
        List<String> ordered = new ArrayList<>();
        for (String ev : List.of("insert", "delete", "update", "truncate")) {
            if (events.containsKey(ev)) {
                ordered.add(events.get(ev));
            }
        }
        c.expect("on");
        Name table = name();
        Optional<Name> from = Optional.empty();
        Constraint.Deferrability d = Constraint.Deferrability.NOT_DEFERRABLE;
        String referencing = "";
        boolean row = false;
        Optional<ExprText> when = Optional.empty();
        while (!c.is("execute")) {
            if (c.accept("from")) {
                from = Optional.of(name());
            } else if (c.is("deferrable") || c.is("initially") || c.isSeq("not", "deferrable")) {
                d = deferrability();
            } else if (c.accept("referencing")) {
                StringBuilder sb = new StringBuilder("REFERENCING");
                while (c.is("old") || c.is("new")) {
                    String which = c.next().value().toUpperCase(Locale.ROOT);
                    c.expect("table");
                    c.accept("as");
                    sb.append(' ').append(which).append(" TABLE AS ")
                        .append(Identifiers.quote(c.expectName()));
                }
                referencing = sb.toString();
            } else if (c.accept("for")) {
                c.accept("each");
                row = c.next().value().equals("row");
            } else if (c.accept("when")) {
                c.expect(TokenType.LPAREN);
                when = Optional.of(exprText(false));
                c.expect(TokenType.RPAREN);
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in CREATE TRIGGER");
            }
        }
        c.expect("execute");
        if (!c.accept("function")) {
            c.expect("procedure");
        }
        Name function = name();
        c.expect(TokenType.LPAREN);
        List<String> args = c.is(TokenType.RPAREN) ? List.of() : c.commaList(this::signedValue);
        c.expect(TokenType.RPAREN);
        return new Ddl.CreateTrigger(name, orReplace, constraint, timing, ordered, table, from, d, referencing, row,
            when, function, args, at);
    }

    // ================================================================== expressions

    private ExprText exprText(boolean restricted) {
        int from = c.position();
        int at = at();
        Expr e = restricted ? expr.parseRestricted() : expr.parse();
        return new ExprText(e, c.text(from, c.position()), at);
    }

    /** {@code ( expr )}: the expression inside, its text without the parentheses. */
    private ExprText parenExpr() {
        c.expect(TokenType.LPAREN);
        ExprText e = exprText(false);
        c.expect(TokenType.RPAREN);
        return e;
    }
}
