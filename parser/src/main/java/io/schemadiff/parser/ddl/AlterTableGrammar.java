package io.schemadiff.parser.ddl;

import io.schemadiff.parser.ddl.Ddl.AddColumn;
import io.schemadiff.parser.ddl.Ddl.AddConstraint;
import io.schemadiff.parser.ddl.Ddl.AddIdentity;
import io.schemadiff.parser.ddl.Ddl.AlterAction;
import io.schemadiff.parser.ddl.Ddl.AlterColumnType;
import io.schemadiff.parser.ddl.Ddl.AlterSequence;
import io.schemadiff.parser.ddl.Ddl.AlterTable;
import io.schemadiff.parser.ddl.Ddl.ColumnDef;
import io.schemadiff.parser.ddl.Ddl.DropColumn;
import io.schemadiff.parser.ddl.Ddl.DropConstraint;
import io.schemadiff.parser.ddl.Ddl.DropDefault;
import io.schemadiff.parser.ddl.Ddl.DropIdentity;
import io.schemadiff.parser.ddl.Ddl.DropNotNull;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.IdentitySpec;
import io.schemadiff.parser.ddl.Ddl.Ignored;
import io.schemadiff.parser.ddl.Ddl.IgnoredAction;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.Rename;
import io.schemadiff.parser.ddl.Ddl.RenameColumn;
import io.schemadiff.parser.ddl.Ddl.RenameConstraint;
import io.schemadiff.parser.ddl.Ddl.RenameTo;
import io.schemadiff.parser.ddl.Ddl.SequenceSpec;
import io.schemadiff.parser.ddl.Ddl.SetDefault;
import io.schemadiff.parser.ddl.Ddl.SetIdentity;
import io.schemadiff.parser.ddl.Ddl.SetLogged;
import io.schemadiff.parser.ddl.Ddl.SetNotNull;
import io.schemadiff.parser.ddl.Ddl.SetSchema;
import io.schemadiff.parser.ddl.Ddl.UnsupportedAction;
import io.schemadiff.parser.ddl.Ddl.ValidateConstraint;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The DDL grammar of ALTER TABLE and its actions, and ALTER of the other relations (views, materialized views,
 * sequences, indexes).
 */
final class AlterTableGrammar extends Grammar {
    /** The statement's parser, for the productions of the other families. */
    private final DdlParser p;

    AlterTableGrammar(DdlParser p) {
        super(p.c, p.expr);
        this.p = p;
    }

    Ddl alterRelation(Kind kind, int at) {
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
                return new Ddl.AlterViewOptions(kind, name, p.tables.storageParameters(), List.of(), at);
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

    Ddl alterSequence(int at) {
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
        SequenceSpec spec = p.tables.sequenceOptions(false);
        return new AlterSequence(name, ifExists, spec, at);
    }

    Ddl alterTable(int at) {
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
            return new AlterTable(name, ifExists, only, List.of(new Ddl.AttachPartition(child, p.tables.partitionBound(), aat)),
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
                return new AddConstraint(p.tables.tableConstraint());
            }
            c.accept("column");
            boolean ine = ifNotExists();
            List<UnsupportedAction> unsupported = new ArrayList<>();
            ColumnDef col = p.tables.columnDef(unsupported);
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
                return new AddIdentity(col, new IdentitySpec(always, p.tables.identityOptions()), at);
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
                return new Ddl.ColumnSetting(col, "set", "", p.tables.storageParameters(), at);
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
                        specs.add(p.tables.sequenceOptions(false));
                    } else {
                        specs.add(p.tables.sequenceOptions(false));
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
            return new Ddl.TableOptions(p.tables.storageParameters(), List.of());
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
}
