package io.schemadiff.parser.ddl;

import io.schemadiff.parser.ddl.Ddl.AlterTable;
import io.schemadiff.parser.ddl.Ddl.Comment;
import io.schemadiff.parser.ddl.Ddl.Drop;
import io.schemadiff.parser.ddl.Ddl.DropRoutine;
import io.schemadiff.parser.ddl.Ddl.DropTrigger;
import io.schemadiff.parser.ddl.Ddl.Ignored;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.Rename;
import io.schemadiff.parser.ddl.Ddl.RoutineRef;
import io.schemadiff.parser.ddl.Ddl.SetSearchPath;
import io.schemadiff.parser.ddl.Ddl.Unsupported;
import io.schemadiff.parser.expr.ExprParser;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The DDL grammar: one statement's tokens to a {@link Ddl}. Statements outside the model are classified
 * ({@link Ignored} when they cannot change a schema, {@link Unsupported} when they can but the model does not
 * hold them yet); statements inside it must parse completely, or an {@link InputError}
 * names the token where they stop making sense.
 */
public final class DdlParser extends Grammar {
    /** How many DO blocks this statement is inside of. */
    private final int blockDepth;
    final TableGrammar tables;
    final AlterTableGrammar alterTables;
    final TypeGrammar types;
    final PrivilegeGrammar privileges;
    final RoutineGrammar routines;
    final ObjectGrammar objects;

    private DdlParser(TokenCursor c, int blockDepth) {
        super(c, new ExprParser(c));
        this.blockDepth = blockDepth;
        this.tables = new TableGrammar(this);
        this.alterTables = new AlterTableGrammar(this);
        this.types = new TypeGrammar(this);
        this.privileges = new PrivilegeGrammar(this);
        this.routines = new RoutineGrammar(this);
        this.objects = new ObjectGrammar(this);
    }

    public static Ddl parse(Statement statement) {
        return parse(statement, 0);
    }

    /** The statement, read {@code blockDepth} DO blocks deep. */
    static Ddl parse(Statement statement, int blockDepth) {
        DdlParser p = new DdlParser(new TokenCursor(statement), blockDepth);
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
            case "grant", "revoke" -> privileges.grant(first.value().equals("revoke"));
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

    private Ddl set() {
        int at = c.statement().start();
        c.expect("set");
        if (c.isSeq("session", "authorization")) {
            c.next();
            c.next();
            return new Ddl.SetRole(c.accept("default") ? Optional.empty() : Optional.of(privileges.roleSpecOrString()), at);
        }
        if (!c.accept("session")) {
            c.accept("local");
        }
        if (c.accept("role")) {
            if (c.is("none") && c.peek(1).type() == TokenType.EOF) {
                c.next();
                return new Ddl.SetRole(Optional.empty(), at);
            }
            return new Ddl.SetRole(Optional.of(privileges.roleSpecOrString()), at);
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
                return tables.createTable(at, unlogged);
            case "schema":
                c.next();
                return objects.createSchema(at);
            case "extension":
                c.next();
                return objects.createExtension(at);
            case "unique":
            case "index":
                return tables.createIndex(at);
            case "sequence":
                c.next();
                return tables.createSequence(at);
            case "type":
                c.next();
                return types.createType(at);
            case "view":
                c.next();
                return objects.createView(at, orReplace, false, false);
            case "recursive":
                return unsupported("CREATE RECURSIVE VIEW");
            case "materialized":
                c.next();
                c.expect("view");
                return objects.createView(at, orReplace, true, unlogged);
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
                return routines.createTrigger(at, orReplace, true);
            case "text":
                ObjectWords.expectKind(c, "CREATE", Set.of("text"));
                return unsupported("CREATE TEXT SEARCH " + c.peek(2).value().toUpperCase(Locale.ROOT));
            case "event":
                c.next();
                c.expect("trigger");
                return objects.createEventTrigger(at);
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
                return routines.createFunction(at, orReplace, kind.value().equals("procedure"));
            case "trigger":
                c.next();
                return routines.createTrigger(at, orReplace, false);
            case "domain":
                c.next();
                return types.createDomain(at);
            case "policy":
                c.next();
                return types.createPolicy(at);
            case "collation":
                c.next();
                return types.createCollation(at);
            case "aggregate":
                c.next();
                return routines.createAggregate(at, orReplace);
            case "publication":
                c.next();
                return objects.publication(at, "create");
            case "cast":
                c.next();
                return objects.createCast(at);
            case "operator":
                if (c.peek(1).is("class") || c.peek(1).is("family")) {
                    return unsupported("CREATE OPERATOR " + c.peek(1).value().toUpperCase(Locale.ROOT));
                }
                c.next();
                return objects.createOperator(at);
            case "statistics":
                c.next();
                return objects.createStatistics(at);
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

    private Ddl alter() {
        int at = c.statement().start();
        c.expect("alter");
        Token kind = c.peek();
        ObjectWords.expectKind(c, "ALTER", ObjectWords.ALTER);
        if (privileges.hasOwnerTo()) {
            return privileges.alterOwner(at);
        }
        switch (kind.value()) {
            case "event":
                c.next();
                c.expect("trigger");
                return objects.alterEventTrigger(at);
            case "publication":
                c.next();
                return objects.publication(at, "alter");
            case "table":
                c.next();
                return alterTables.alterTable(at);
            case "sequence":
                c.next();
                return alterTables.alterSequence(at);
            case "type":
                c.next();
                return types.alterType(at);
            case "index":
                c.next();
                return alterTables.alterRelation(Kind.INDEX, at);
            case "view":
                c.next();
                return alterTables.alterRelation(Kind.VIEW, at);
            case "materialized":
                c.next();
                c.expect("view");
                return alterTables.alterRelation(Kind.MATERIALIZED_VIEW, at);
            case "schema":
                c.next();
                return objects.alterSchema(at);
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
                return routines.alterRoutine(at);
            case "aggregate":
                c.next();
                return routines.alterAggregate(at);
            case "domain":
                c.next();
                return types.alterDomain(at);
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
                return types.alterPolicy(at);
            case "trigger":
                c.next();
                return routines.alterTrigger(at);
            case "default":
                c.next();
                return privileges.defaultPrivileges(at);
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
            List<Ddl> each = c.commaList(() -> objects.operatorRef(ie, Optional.empty(), at));
            dropBehavior();
            return each.size() == 1 ? each.get(0) : new Ddl.Each(each);
        }
        if (c.accept("cast")) {
            boolean ie = ifExists();
            Ddl.CastRef ref = objects.castTypes(ie, Optional.empty(), at);
            dropBehavior();
            return ref;
        }
        Token kw = c.peek();
        boolean userMapping = c.isSeq("user", "mapping");
        Kind kind = objectKind();
        if (kind == Kind.FUNCTION || kind == Kind.AGGREGATE) {
            boolean ie = ifExists();
            List<RoutineRef> refs = c.commaList(() -> kind == Kind.AGGREGATE
                ? new RoutineRef(name(), Optional.of(routines.aggregateArgs())) : routines.routineRef());
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
            Ddl.OperatorRef ref = objects.operatorRef(false, Optional.empty(), at);
            c.expect("is");
            return new Ddl.OperatorRef(ref.name(), ref.left(), ref.right(), false, Optional.of(commentText()), at);
        }
        if (c.accept("cast")) {
            Ddl.CastRef ref = objects.castTypes(false, Optional.empty(), at);
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
            RoutineRef ref = kind == Kind.AGGREGATE ? new RoutineRef(name(), Optional.of(routines.aggregateArgs())) : routines.routineRef();
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
}
