package io.schemadiff.parser.locks;

import static io.schemadiff.parser.locks.LockMode.ACCESS_EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.ACCESS_SHARE;
import static io.schemadiff.parser.locks.LockMode.EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.ROW_EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.ROW_SHARE;
import static io.schemadiff.parser.locks.LockMode.SHARE;
import static io.schemadiff.parser.locks.LockMode.SHARE_UPDATE_EXCLUSIVE;

import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The statements of hand-written migrations that the DDL parser reads past (they change no schema): REINDEX, VACUUM,
 * ANALYZE, CLUSTER, TRUNCATE, LOCK, REFRESH MATERIALIZED VIEW, data statements, and the cluster-wide ones that
 * cannot run in a transaction block (CREATE DATABASE, …). Read here from their tokens.
 */
final class Maintenance {
    private final TokenCursor c;
    private final Relations rels;
    private final LockSet out = new LockSet();

    private Maintenance(Statement st, Relations rels) {
        this.c = new TokenCursor(st);
        this.rels = rels;
    }

    /** The statement's locks, or empty when it is not one of the forms read here. */
    static Optional<StatementLocks> of(Statement st, Relations rels) {
        Maintenance m = new Maintenance(st, rels);
        return m.read() ? Optional.of(m.out.build()) : Optional.empty();
    }

    private static final Set<String> CLUSTER_WIDE = Set.of("database", "tablespace", "subscription");

    private boolean read() {
        Token first = c.peek();
        if (first.type() != TokenType.IDENT) {
            return false;
        }
        switch (first.value()) {
            case "reindex" -> reindex();
            case "vacuum" -> vacuum();
            case "analyze", "analyse" -> analyze();
            case "cluster" -> cluster();
            case "truncate" -> truncate();
            case "lock" -> lock();
            case "refresh" -> refresh();
            case "insert", "update", "delete", "merge" -> write();
            case "select", "with", "values", "table" -> query();
            case "copy" -> copy();
            case "discard" -> {
                if (c.peek(1).is("all")) {
                    out.notTransactional();
                }
            }
            case "checkpoint", "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release",
                 "listen", "unlisten", "notify", "show", "explain", "prepare", "execute", "deallocate", "fetch",
                 "move", "close", "declare", "load", "reassign" -> { }
            case "create", "drop" -> {
                // CREATE / DROP DATABASE, TABLESPACE; CREATE SUBSCRIPTION (with a slot), DROP SUBSCRIPTION
                if (!CLUSTER_WIDE.contains(c.peek(1).value())) {
                    return false;
                }
                out.notTransactional();
            }
            case "alter" -> {
                if (c.peek(1).is("system")) {
                    out.notTransactional();
                } else if (c.peek(1).is("database") && hasSeq("set", "tablespace")) {
                    out.notTransactional();
                } else if (!c.peek(1).is("database") && !c.peek(1).is("tablespace") && !alterIndex()) {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean hasSeq(String... words) {
        List<Token> toks = c.statement().tokens();
        for (int i = 0; i + words.length <= toks.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = toks.get(i + k).is(words[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private QualifiedName name() {
        List<String> parts = new ArrayList<>();
        int at = c.peek().start();
        parts.add(c.expectName());
        while (c.accept(TokenType.DOT)) {
            parts.add(c.expectName());
        }
        return Relations.resolve(new Name(parts, at));
    }

    /** {@code ( option [value], … )} after a command word: the option names, lower case. */
    private List<String> options() {
        List<String> out = new ArrayList<>();
        if (!c.is(TokenType.LPAREN)) {
            return out;
        }
        c.next();
        while (!c.atEnd() && !c.is(TokenType.RPAREN)) {
            out.add(c.next().value().toLowerCase(Locale.ROOT));
            while (!c.atEnd() && !c.is(TokenType.COMMA) && !c.is(TokenType.RPAREN)) {
                c.next();
            }
            c.accept(TokenType.COMMA);
        }
        c.accept(TokenType.RPAREN);
        return out;
    }

    // ------------------------------------------------------------------ REINDEX

    private void reindex() {
        c.expect("reindex");
        List<String> opts = options();
        String what = c.next().value();
        boolean concurrently = c.accept("concurrently") || opts.contains("concurrently");
        if (concurrently) {
            out.notTransactional();
        }
        switch (what) {
            case "index" -> {
                QualifiedName index = name();
                out.lock(index, concurrently ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE);
                rels.indexTable(index).ifPresent(t -> out.lock(t, concurrently ? SHARE_UPDATE_EXCLUSIVE : SHARE));
            }
            case "table" -> {
                QualifiedName table = name();
                if (rels.isPartitioned(table)) {
                    out.notTransactional(); // each partition in a transaction of its own
                }
                reindexTable(table, concurrently);
                rels.partitionTree(table).forEach(p -> reindexTable(p, concurrently));
            }
            default -> {
                // SCHEMA, DATABASE, SYSTEM: table after table, each in a transaction of its own
                out.notTransactional();
                if (what.equals("schema") && !c.atEnd()) {
                    String schema = c.expectName();
                    for (QualifiedName r : rels.relationsIn(schema)) {
                        if (rels.table(r).isPresent()) {
                            reindexTable(r, concurrently);
                        }
                    }
                }
                out.note("REINDEX " + what.toUpperCase(Locale.ROOT) + " locks one table at a time");
            }
        }
    }

    /** A table's indexes rebuilt: SHARE on the table, ACCESS EXCLUSIVE on each index (reads that plan wait). */
    private void reindexTable(QualifiedName table, boolean concurrently) {
        out.lock(table, concurrently ? SHARE_UPDATE_EXCLUSIVE : SHARE);
        out.lockAll(rels.indexes(table), concurrently ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE);
    }

    // ------------------------------------------------------------------ VACUUM, ANALYZE, CLUSTER

    private void vacuum() {
        c.expect("vacuum");
        out.notTransactional();
        List<String> opts = options();
        boolean full = opts.contains("full");
        while (c.is("full") || c.is("freeze") || c.is("verbose") || c.is("analyze") || c.is("analyse")) {
            full |= c.next().is("full");
        }
        List<QualifiedName> tables = tableList();
        LockMode m = full ? ACCESS_EXCLUSIVE : SHARE_UPDATE_EXCLUSIVE;
        for (QualifiedName t : tables) {
            out.lock(t, m);
            if (full) {
                out.lockAll(rels.indexes(t), m);
            }
            out.lockAll(rels.partitionTree(t), m);
        }
        if (tables.isEmpty()) {
            out.note("VACUUM without a table locks every table of the database, one at a time");
        }
    }

    /** {@code t [(columns)], …}. */
    private List<QualifiedName> tableList() {
        List<QualifiedName> tables = new ArrayList<>();
        while (!c.atEnd() && c.isName()) {
            tables.add(name());
            if (c.is(TokenType.LPAREN)) {
                c.next();
                c.skipBalanced();
            }
            if (!c.accept(TokenType.COMMA)) {
                break;
            }
        }
        return tables;
    }

    private void analyze() {
        c.next();
        options();
        c.accept("verbose");
        List<QualifiedName> tables = tableList();
        for (QualifiedName t : tables) {
            out.lock(t, SHARE_UPDATE_EXCLUSIVE);
            // the sample of a partitioned or inheritance tree is read from its members
            out.lockAll(rels.descendants(t), ACCESS_SHARE);
        }
        if (tables.isEmpty()) {
            out.note("ANALYZE without a table locks every table of the database, one at a time");
        }
    }

    private void cluster() {
        c.expect("cluster");
        options();
        c.accept("verbose");
        if (c.atEnd()) {
            out.notTransactional();
            out.note("CLUSTER without a table reclusters every clustered table, one at a time");
            return;
        }
        QualifiedName table = name();
        if (rels.isPartitioned(table)) {
            out.notTransactional();
        }
        for (QualifiedName t : concat(table, rels.partitionTree(table))) {
            out.lock(t, ACCESS_EXCLUSIVE);
        }
    }

    private static List<QualifiedName> concat(QualifiedName first, Collection<QualifiedName> rest) {
        List<QualifiedName> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    // ------------------------------------------------------------------ TRUNCATE, LOCK, REFRESH

    private void truncate() {
        c.expect("truncate");
        c.accept("table");
        List<QualifiedName> tables = new ArrayList<>();
        List<Boolean> only = new ArrayList<>();
        c.commaSeparated(() -> {
            boolean o = c.accept("only");
            tables.add(name());
            only.add(o && !c.accept(TokenType.OPERATOR));
        });
        boolean restart = c.acceptSeq("restart", "identity");
        c.acceptSeq("continue", "identity");
        boolean cascade = c.accept("cascade");
        List<QualifiedName> all = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            all.add(tables.get(i));
            if (!only.get(i)) {
                all.addAll(rels.descendants(tables.get(i)));
            }
        }
        if (cascade) {
            for (int i = 0; i < all.size(); i++) {
                for (QualifiedName r : rels.referencing(all.get(i))) {
                    if (!all.contains(r)) {
                        all.add(r);
                    }
                }
            }
        }
        for (QualifiedName t : all) {
            out.lock(t, ACCESS_EXCLUSIVE);
            if (restart) {
                out.lockAll(rels.ownedSequences(t), ACCESS_EXCLUSIVE);
            }
        }
    }

    private void lock() {
        c.expect("lock");
        c.accept("table");
        List<QualifiedName> tables = new ArrayList<>();
        c.commaSeparated(() -> {
            boolean only = c.accept("only");
            QualifiedName t = name();
            tables.add(t);
            if (!only || c.accept(TokenType.OPERATOR)) {
                tables.addAll(rels.descendants(t));
            }
        });
        List<String> words = new ArrayList<>(List.of("ACCESS", "EXCLUSIVE"));
        if (c.accept("in")) {
            words.clear();
            while (!c.atEnd() && !c.is("mode")) {
                words.add(c.next().value().toUpperCase(Locale.ROOT));
            }
        }
        LockMode mode = LockMode.valueOf(String.join("_", words));
        for (QualifiedName t : tables) {
            out.lock(t, mode);
            // a view is locked through to the relations its query reads
            rels.readBy(t).forEach(r -> out.lock(r, mode));
        }
    }

    private void refresh() {
        c.expectSeq("refresh", "materialized", "view");
        boolean concurrently = c.accept("concurrently");
        QualifiedName mv = name();
        // CONCURRENTLY: EXCLUSIVE (reads go on), and the diff is applied in the same transaction
        out.lock(mv, concurrently ? EXCLUSIVE : ACCESS_EXCLUSIVE);
        rels.readBy(mv).forEach(r -> out.lock(r, ACCESS_SHARE));
    }

    // ------------------------------------------------------------------ data statements

    /** INSERT, UPDATE, DELETE, MERGE: ROW EXCLUSIVE on the target, ACCESS SHARE on what the statement reads. */
    private void write() {
        String verb = c.next().value();
        switch (verb) {
            case "insert" -> c.expect("into");
            case "delete" -> c.expect("from");
            case "merge" -> c.expect("into");
            default -> { }
        }
        c.accept("only");
        QualifiedName target = name();
        List<Token> toks = c.statement().tokens();
        reads(toks, c.position(), toks.size());
        out.lock(target, ROW_EXCLUSIVE);
        out.note("foreign keys of the rows written take ROW SHARE on the tables they reference");
    }

    private void query() {
        List<Token> toks = c.statement().tokens();
        reads(toks, 0, toks.size());
    }

    private void reads(List<Token> toks, int from, int to) {
        LockMode m = QueryRelations.locksRows(toks, from, to) ? ROW_SHARE : ACCESS_SHARE;
        for (QualifiedName r : QueryRelations.read(toks, from, to)) {
            out.lock(r, m);
            rels.readBy(r).forEach(x -> out.lock(x, ACCESS_SHARE));
        }
    }

    private void copy() {
        c.expect("copy");
        if (c.is(TokenType.LPAREN)) {
            List<Token> toks = c.statement().tokens();
            reads(toks, 0, toks.size());
            return;
        }
        QualifiedName table = name();
        if (c.is(TokenType.LPAREN)) {
            c.next();
            c.skipBalanced();
        }
        out.lock(table, c.is("from") ? ROW_EXCLUSIVE : ACCESS_SHARE);
    }

    // ------------------------------------------------------------------ ALTER INDEX forms the DDL parser reports

    /**
     * {@code ALTER INDEX … SET (…) | RESET (…) | SET TABLESPACE …}: the index's lock as ALTER TABLE takes it
     * (storage parameters by their lock level; a new tablespace rewrites it, ACCESS EXCLUSIVE).
     */
    private boolean alterIndex() {
        if (!c.peek(1).is("index")) {
            return false;
        }
        c.next();
        c.next();
        c.acceptSeq("if", "exists");
        if (c.is("all")) {
            return false; // ALTER INDEX ALL IN TABLESPACE
        }
        QualifiedName index = name();
        if (c.acceptSeq("set", "tablespace")) {
            out.lock(index, ACCESS_EXCLUSIVE);
            return true;
        }
        if ((c.is("set") || c.is("reset")) && c.peek(1).is(TokenType.LPAREN)) {
            c.next();
            c.next();
            List<String> names = new ArrayList<>();
            while (!c.atEnd() && !c.is(TokenType.RPAREN)) {
                names.add(c.expectName());
                while (!c.atEnd() && !c.is(TokenType.COMMA) && !c.is(TokenType.RPAREN)) {
                    c.next();
                }
                c.accept(TokenType.COMMA);
            }
            Optional<LockMode> m = AlterTableLocks.optionsLock(names);
            out.lock(index, m.orElse(ACCESS_EXCLUSIVE));
            if (m.isEmpty()) {
                out.unknown("a storage parameter the server does not know: " + String.join(", ", names));
            }
            return true;
        }
        return false;
    }
}
