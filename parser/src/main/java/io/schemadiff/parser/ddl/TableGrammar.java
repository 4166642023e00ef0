package io.schemadiff.parser.ddl;

import io.schemadiff.model.Constraint.Deferrability;
import io.schemadiff.model.Constraint.ForeignKey.Action;
import io.schemadiff.model.Constraint.ForeignKey.MatchType;
import io.schemadiff.parser.ddl.Ddl.CheckBody;
import io.schemadiff.parser.ddl.Ddl.ColumnConstraint;
import io.schemadiff.parser.ddl.Ddl.ColumnDef;
import io.schemadiff.parser.ddl.Ddl.ColumnKey;
import io.schemadiff.parser.ddl.Ddl.ConstraintBody;
import io.schemadiff.parser.ddl.Ddl.CreateIndex;
import io.schemadiff.parser.ddl.Ddl.CreateSequence;
import io.schemadiff.parser.ddl.Ddl.CreateTable;
import io.schemadiff.parser.ddl.Ddl.Default;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.ForeignKeyBody;
import io.schemadiff.parser.ddl.Ddl.Generated;
import io.schemadiff.parser.ddl.Ddl.IdentitySpec;
import io.schemadiff.parser.ddl.Ddl.IndexElem;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.NotNull;
import io.schemadiff.parser.ddl.Ddl.Nullable;
import io.schemadiff.parser.ddl.Ddl.PrimaryKeyBody;
import io.schemadiff.parser.ddl.Ddl.QueryText;
import io.schemadiff.parser.ddl.Ddl.SequenceSpec;
import io.schemadiff.parser.ddl.Ddl.TableConstraint;
import io.schemadiff.parser.ddl.Ddl.UniqueBody;
import io.schemadiff.parser.ddl.Ddl.UnsupportedAction;
import io.schemadiff.parser.ddl.Ddl.UsingIndexBody;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.expr.TokenText;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The DDL grammar of CREATE TABLE and what a table holds (columns, constraints, partitioning, identity and
 * sequence options), CREATE SEQUENCE and CREATE INDEX.
 */
final class TableGrammar extends Grammar {
    TableGrammar(DdlParser p) {
        super(p.c, p.expr);
    }

    Ddl createTable(int at, boolean unlogged) {
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
    Ddl.PartitionBound partitionBound() {
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

    ColumnDef columnDef(List<UnsupportedAction> unsupported) {
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

    Deferrability deferrability() {
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
            } else if (c.accept("initially")) {
                // else the caller, which saw INITIALLY, would ask again forever
                throw c.error("expected DEFERRED or IMMEDIATE but found " + TokenCursor.describe(c.peek()));
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

    TableConstraint tableConstraint() {
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

    SequenceSpec identityOptions() {
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

    SequenceSpec sequenceOptions(boolean inParens) {
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

    Ddl createSequence(int at) {
        boolean ine = ifNotExists();
        Name name = name();
        SequenceSpec spec = sequenceOptions(false);
        return new CreateSequence(name, ine, spec, at);
    }

    Ddl createIndex(int at) {
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
    List<String> storageParameters() {
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
}
