package io.schemadiff.parser.ddl;

import io.schemadiff.parser.ddl.Ddl.Grant;
import io.schemadiff.parser.ddl.Ddl.GrantOn;
import io.schemadiff.parser.ddl.Ddl.Ignored;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.PrivilegeSpec;
import io.schemadiff.parser.ddl.Ddl.RoutineRef;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The DDL grammar of GRANT and REVOKE, default privileges and owners. */
final class PrivilegeGrammar extends Grammar {
    /** The statement's parser, for the productions of the other families. */
    private final DdlParser p;

    PrivilegeGrammar(DdlParser p) {
        super(p.c, p.expr);
        this.p = p;
    }

    /**
     * A role as GRANT, REVOKE and OWNER TO name it: {@code public} for PUBLIC; CURRENT_USER, CURRENT_ROLE and
     * SESSION_USER as the markers {@link Ddl#CURRENT_USER} and {@link Ddl#SESSION_USER}; {@code GROUP} before a
     * name is noise.
     */
    String roleSpec() {
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
    String roleSpecOrString() {
        if (c.is(TokenType.STRING)) {
            return c.next().value();
        }
        return roleSpec();
    }

    /** {@code GRANT … ON … TO …}, {@code REVOKE … ON … FROM …}; role membership (no ON) is cluster-wide. */
    Ddl grant(boolean revoke) {
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
                routines.addAll(c.commaList(p.routines::routineRef));
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

    Ddl defaultPrivileges(int at) {
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
    Ddl alterOwner(int at) {
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
            routine = Optional.of(p.routines.routineRef());
        } else if (kind == Kind.AGGREGATE) {
            Name n = name();
            routine = Optional.of(new RoutineRef(n, Optional.of(p.routines.aggregateArgs())));
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

    boolean hasOwnerTo() {
        List<Token> toks = c.statement().tokens();
        int n = toks.size();
        return n >= 3 && toks.get(n - 3).is("owner") && toks.get(n - 2).is("to");
    }
}
