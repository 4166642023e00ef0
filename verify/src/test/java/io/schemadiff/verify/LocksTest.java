package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.locks.LockMode;
import io.schemadiff.parser.locks.Locks;
import io.schemadiff.parser.locks.RelationLock;
import io.schemadiff.parser.locks.StatementLocks;
import io.schemadiff.parser.source.Source;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link Locks} against a real server: each statement of {@link LockCases} runs in a transaction, the relation
 * locks its own backend then holds are read from {@code pg_locks}, and the strongest per relation must equal what the
 * classifier says. A statement the server refuses in a transaction block must be classified as such; where it can
 * be made to wait on a lock a second session holds, the locks it holds and awaits are read from a third.
 *
 * <p>PostgreSQL 18 (bundled) in the normal run; {@code -Dschemadiff.locks.pg=13} (any major 13..18) runs the same
 * matrix on that major, and {@code -Dschemadiff.locks.dump=true} prints what the server took for every statement.
 *
 * <p>Locks on a relation the statement creates are left out (nobody else can see it yet), and so are locks on an
 * index no stronger than the lock on its table (the planner's ACCESS SHARE on every index of a table it reads, the
 * indexes a rewrite rebuilds): the classifier reports index locks only where they are stronger than the table's, or
 * where the statement names the index.
 */
class LocksTest {
    /** The relations the schema holds: their names, kinds and (for an index) table, by oid. */
    private static final String RELATIONS = """
        SELECT c.oid, n.nspname, c.relname, c.relkind, tn.nspname, t.relname
          FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid
          LEFT JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
          LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
         WHERE n.nspname IN ('public', 's2') AND c.relkind IN ('r', 'p', 'v', 'm', 'i', 'I', 'S', 'f')
        """;

    @Test
    void theClassifierSaysWhatTheServerTakes() throws Exception {
        String requested = System.getProperty("schemadiff.locks.pg", "");
        boolean dump = Boolean.getBoolean("schemadiff.locks.dump");
        Server server = requested.isBlank() ? TestServer.get()
            : Server.embedded(requested, new PrintWriter(System.err, true));
        long t0 = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int ran = 0;
        try {
            int major = server.versionNum() / 10000;
            server.createRoles(List.of(LockCases.ROLE));
            Catalog before = SchemaReader.read(List.of(new Source("setup.sql", LockCases.SETUP))).catalog();
            String db = server.createDatabase("locks");
            try (Connection c = server.connectSimple(db); Connection watcher = server.connectSimple(db);
                 Connection blocker = server.connectSimple(db)) {
                Map<Long, Rel> existing = lay(c);
                for (LockCases.Case k : LockCases.all()) {
                    if (!k.runsOn(major)) {
                        continue;
                    }
                    ran++;
                    StatementLocks said = Locks.of(k.sql(), major, before);
                    String problem;
                    try {
                        if (k.blocker() == null && said.transactional()) {
                            Map<QualifiedName, Observed> seen = inTransaction(c, k.sql(), existing);
                            if (dump) {
                                System.out.println("[locks " + major + "] " + k.sql() + "\n    " + seen.values());
                            }
                            problem = compare(said, seen, null);
                        } else {
                            problem = refused(c, k.sql(), said);
                            if (problem == null && k.blocker() != null) {
                                QualifiedName on = QualifiedName.of("public", k.blocker());
                                LockMode claimed = said.locks().stream().filter(l -> l.relation().equals(on))
                                    .map(RelationLock::mode).findFirst().orElse(LockMode.ACCESS_SHARE);
                                LockMode held = blockerFor(claimed);
                                Map<QualifiedName, Observed> seen = whileWaiting(c, watcher, blocker, k, held,
                                    existing);
                                if (dump) {
                                    System.out.println("[locks " + major + "] " + k.sql() + " (waiting on "
                                        + held.sql() + ")\n    " + seen.values());
                                }
                                problem = compare(said, seen, on);
                                existing = lay(c);
                            }
                        }
                    } catch (SQLException e) {
                        problem = "the server refused it: " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")";
                        c.rollback();
                    }
                    if (problem != null) {
                        failures.add(k.sql() + "\n    " + problem);
                    }
                }
            } finally {
                server.dropDatabase(db);
            }
            System.out.println("[locks] " + ran + " statements on PostgreSQL " + server.version() + " in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } finally {
            if (!requested.isBlank()) {
                server.close();
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + ran + " statements are not classified as the "
            + "server locks them:\n" + String.join("\n", failures));
    }

    /** One relation's strongest lock as pg_locks shows it; {@code table} is an index's table. */
    record Observed(QualifiedName relation, char relkind, LockMode mode, QualifiedName table) {
        @Override
        public String toString() {
            return relation + " " + mode.sql();
        }
    }

    /** A relation of the schema; {@code table} is an index's table (else null). */
    record Rel(QualifiedName name, char relkind, QualifiedName table) {}

    /** Lays the schema afresh; returns the relations it holds, by oid. */
    private static Map<Long, Rel> lay(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS s2 CASCADE; CREATE SCHEMA public");
            st.execute(LockCases.SETUP);
        }
        Map<Long, Rel> rels = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(RELATIONS)) {
            while (rs.next()) {
                rels.put(rs.getLong(1), new Rel(QualifiedName.of(rs.getString(2), rs.getString(3)),
                    rs.getString(4).charAt(0), rs.getString(6) == null ? null
                    : QualifiedName.of(rs.getString(5), rs.getString(6))));
            }
        }
        c.setAutoCommit(false);
        return rels;
    }

    /** Runs the statement in a transaction, reads its backend's locks, rolls back. */
    private static Map<QualifiedName, Observed> inTransaction(Connection c, String sql, Map<Long, Rel> existing)
        throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return observe(c, "pg_catalog.pg_backend_pid()", existing);
        } finally {
            c.rollback();
        }
    }

    /**
     * The strongest lock per relation of the schema that the backend {@code pid} holds or awaits (by oid: a relation
     * the statement renamed or dropped is named as it was).
     */
    private static Map<QualifiedName, Observed> observe(Connection c, String pid, Map<Long, Rel> existing)
        throws SQLException {
        Map<QualifiedName, Observed> out = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
            "SELECT relation::bigint, mode FROM pg_catalog.pg_locks WHERE locktype = 'relation' AND pid = " + pid
                + " AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())")) {
            while (rs.next()) {
                Rel r = existing.get(rs.getLong(1));
                if (r == null) {
                    continue; // a catalog, or created by the statement
                }
                Observed o = new Observed(r.name(), r.relkind(), LockMode.ofPgLocks(rs.getString(2)), r.table());
                out.merge(r.name(), o, (a, b) -> a.mode().strongerThan(b.mode()) ? a : b);
            }
        }
        return out;
    }

    /** The statement inside BEGIN must fail with SQLSTATE 25001, and be classified as not transactional. */
    private static String refused(Connection c, String sql, StatementLocks said) throws SQLException {
        String state = null;
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            state = e.getSQLState();
        } finally {
            c.rollback();
        }
        if (!"25001".equals(state)) {
            return "expected the server to refuse it in a transaction block (25001), but "
                + (state == null ? "it ran" : "it failed with SQLSTATE " + state)
                + (said.transactional() ? "" : "; the classifier says it is not transactional");
        }
        return said.transactional() ? "the server refuses it in a transaction block, the classifier says transactional"
            : null;
    }

    /**
     * The lock a second session holds so that a statement waits exactly when it asks for {@code mode} (or for a
     * stronger one): of the modes that conflict with {@code mode}, the one that conflicts with the fewest weaker
     * modes (ACCESS SHARE for ACCESS EXCLUSIVE, SHARE UPDATE EXCLUSIVE for itself, …).
     */
    static LockMode blockerFor(LockMode mode) {
        LockMode best = LockMode.ACCESS_EXCLUSIVE;
        LockMode bestWeakest = LockMode.ACCESS_SHARE;
        for (LockMode b : LockMode.values()) {
            if (!b.conflictsWith(mode)) {
                continue;
            }
            LockMode weakest = null;
            for (LockMode m : LockMode.values()) {
                if (b.conflictsWith(m)) {
                    weakest = m;
                    break;
                }
            }
            if (weakest.strongerThan(bestWeakest) || weakest == bestWeakest && b.compareTo(best) < 0) {
                best = b;
                bestWeakest = weakest;
            }
        }
        return best;
    }

    /**
     * Runs the statement outside a transaction block while {@code blocker} holds {@code held} on the case's relation,
     * and reads (from {@code watcher}) the locks the statement holds and awaits once it waits.
     */
    private static Map<QualifiedName, Observed> whileWaiting(Connection c, Connection watcher, Connection blocker,
                                                              LockCases.Case k, LockMode held,
                                                              Map<Long, Rel> existing) throws Exception {
        c.setAutoCommit(true);
        watcher.setAutoCommit(true);
        blocker.setAutoCommit(false);
        int pid;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_catalog.pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        try (Statement st = blocker.createStatement()) {
            st.execute("LOCK TABLE ONLY " + k.blocker() + " IN " + held.sql() + " MODE");
        }
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try (Statement st = c.createStatement()) {
                st.execute(k.sql());
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        Map<QualifiedName, Observed> seen = Map.of();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                boolean waiting;
                try (Statement st = watcher.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM pg_catalog.pg_locks WHERE pid = " + pid + " AND NOT granted")) {
                    rs.next();
                    waiting = rs.getInt(1) > 0;
                }
                if (waiting) {
                    seen = observe(watcher, Integer.toString(pid), existing);
                    break;
                }
                Thread.sleep(10);
            }
        } finally {
            blocker.rollback();
            run.get(60, TimeUnit.SECONDS);
        }
        if (seen.isEmpty()) {
            throw new SQLException("the statement never waited on " + k.blocker());
        }
        return seen;
    }

    /**
     * Null when the classifier says what the server took. In a transaction ({@code waitedOn} null), every relation
     * locked must be named, with its mode. For a statement caught while it waits on {@code waitedOn}, that relation's
     * lock must be the one named, and what it holds elsewhere by then no stronger than named.
     */
    private static String compare(StatementLocks said, Map<QualifiedName, Observed> seen, QualifiedName waitedOn) {
        Map<QualifiedName, LockMode> expected = new TreeMap<>();
        for (RelationLock l : said.locks()) {
            expected.put(l.relation(), l.mode());
        }
        Map<QualifiedName, LockMode> got = new TreeMap<>();
        for (Observed o : seen.values()) {
            boolean index = o.relkind() == 'i' || o.relkind() == 'I';
            if (index && !expected.containsKey(o.relation()) && o.table() != null) {
                Observed table = seen.get(o.table());
                if (table != null && !o.mode().strongerThan(table.mode())) {
                    continue; // goes with its table's lock
                }
            }
            got.put(o.relation(), o.mode());
        }
        boolean ok;
        if (waitedOn == null) {
            ok = expected.equals(got);
        } else {
            ok = got.get(waitedOn) == expected.get(waitedOn) && got.entrySet().stream().allMatch(
                e -> expected.containsKey(e.getKey()) && !e.getValue().strongerThan(expected.get(e.getKey())));
        }
        if (ok) {
            return null;
        }
        return "server: " + describe(got) + (waitedOn == null ? "" : " (waiting on " + waitedOn + ")")
            + "\n    classifier: " + describe(expected) + said.unknown().map(u -> " (unknown: " + u + ")").orElse("");
    }

    private static String describe(Map<QualifiedName, LockMode> locks) {
        if (locks.isEmpty()) {
            return "no relation locks";
        }
        List<String> out = new ArrayList<>();
        locks.forEach((r, m) -> out.add(r + " " + m.sql()));
        return String.join(", ", out);
    }
}
