package io.schemadiff.parser.ddl;

import io.schemadiff.parser.ddl.Ddl.AddEnumValue;
import io.schemadiff.parser.ddl.Ddl.CreateEnum;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.Rename;
import io.schemadiff.parser.ddl.Ddl.RenameEnumValue;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The DDL grammar of types, collations, domains and row-level security policies. */
final class TypeGrammar extends Grammar {
    TypeGrammar(DdlParser p) {
        super(p.c, p.expr);
    }

    Ddl createType(int at) {
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

    Ddl alterType(int at) {
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

    Ddl createCollation(int at) {
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

    Ddl createDomain(int at) {
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

    Ddl alterDomain(int at) {
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

    Ddl createPolicy(int at) {
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

    Ddl alterPolicy(int at) {
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
}
