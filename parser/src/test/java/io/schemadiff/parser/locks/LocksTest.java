package io.schemadiff.parser.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The classifier without a server (verify's LocksTest proves it against one): its API, what it finds with and without
 * the schema before the statement, and that every statement a golden plan holds is classified.
 */
class LocksTest {
    private static final Catalog SCHEMA = SchemaReader.read(List.of(new Source("s.sql", """
        CREATE TABLE p (id integer PRIMARY KEY);
        CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p);
        CREATE INDEX c_p_idx ON c (p_id);
        CREATE TABLE m (k integer) PARTITION BY RANGE (k);
        CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (10);
        CREATE TABLE m_d PARTITION OF m DEFAULT;
        """))).catalog();

    private static String locks(StatementLocks s) {
        return s.locks().stream().map(RelationLock::toString).collect(Collectors.joining(", "));
    }

    @Test
    void modesConflictAsTheServersTableSays() {
        assertFalse(LockMode.SHARE_UPDATE_EXCLUSIVE.blocksReads());
        assertFalse(LockMode.SHARE_UPDATE_EXCLUSIVE.blocksWrites());
        assertTrue(LockMode.SHARE.blocksWrites());
        assertFalse(LockMode.SHARE.blocksReads());
        assertTrue(LockMode.EXCLUSIVE.blocksWrites());
        assertFalse(LockMode.EXCLUSIVE.blocksReads());
        assertTrue(LockMode.ACCESS_EXCLUSIVE.blocksReads());
        assertFalse(LockMode.ROW_EXCLUSIVE.blocksWrites());
        assertTrue(LockMode.SHARE.conflictsWith(LockMode.SHARE_ROW_EXCLUSIVE));
        assertFalse(LockMode.SHARE.conflictsWith(LockMode.SHARE));
        for (LockMode a : LockMode.values()) {
            for (LockMode b : LockMode.values()) {
                assertEquals(a.conflictsWith(b), b.conflictsWith(a), a + " / " + b);
            }
        }
        assertEquals("SHARE ROW EXCLUSIVE", LockMode.SHARE_ROW_EXCLUSIVE.sql());
        assertEquals(LockMode.SHARE_ROW_EXCLUSIVE, LockMode.ofPgLocks("ShareRowExclusiveLock"));
    }

    @Test
    void aForeignKeyLocksBothTablesShareRowExclusive() {
        StatementLocks s = Locks.of("ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (p_id) REFERENCES s.p;", 18);
        assertEquals("public.c SHARE ROW EXCLUSIVE, s.p SHARE ROW EXCLUSIVE", locks(s));
        assertTrue(s.transactional());
        assertTrue(s.unknown().isEmpty());
        assertTrue(s.blocksWrites());
        assertFalse(s.blocksReads());
    }

    @Test
    void theStrongestActionWins() {
        assertEquals("public.t SHARE ROW EXCLUSIVE",
            locks(Locks.of("ALTER TABLE t ALTER COLUMN a SET STATISTICS 100, DISABLE TRIGGER x", 16)));
        assertEquals("public.t ACCESS EXCLUSIVE",
            locks(Locks.of("ALTER TABLE t SET (fillfactor = 70), ADD COLUMN b int", 16)));
        assertEquals("public.t SHARE UPDATE EXCLUSIVE", locks(Locks.of("ALTER TABLE t SET (fillfactor = 70)", 16)));
        assertEquals("public.v ACCESS EXCLUSIVE", locks(Locks.of("ALTER VIEW v SET (security_barrier)", 16)));
    }

    @Test
    void whatTheTextDoesNotSayComesFromTheSchema() {
        // the referenced table of a dropped foreign key
        assertEquals("public.c ACCESS EXCLUSIVE", locks(Locks.of("ALTER TABLE c DROP CONSTRAINT c_p_fk", 18)));
        assertEquals("public.c ACCESS EXCLUSIVE, public.p ACCESS EXCLUSIVE",
            locks(Locks.of("ALTER TABLE c DROP CONSTRAINT c_p_fk", 18, SCHEMA)));
        // the tables on the other side of a dropped table's foreign keys
        assertEquals("public.c ACCESS EXCLUSIVE, public.p ACCESS EXCLUSIVE",
            locks(Locks.of("DROP TABLE p CASCADE", 18, SCHEMA)));
        // the table of an index
        assertEquals("public.c ACCESS EXCLUSIVE, public.c_p_idx ACCESS EXCLUSIVE",
            locks(Locks.of("DROP INDEX c_p_idx", 18, SCHEMA)));
        StatementLocks noSchema = Locks.of("DROP INDEX c_p_idx", 18);
        assertEquals("public.c_p_idx ACCESS EXCLUSIVE", locks(noSchema));
        assertTrue(noSchema.note().isPresent());
        // partitions, and the default partition a new one is carved from
        assertEquals("public.m ACCESS EXCLUSIVE, public.m_1 ACCESS EXCLUSIVE, public.m_d ACCESS EXCLUSIVE",
            locks(Locks.of("ALTER TABLE m ADD COLUMN v text", 18, SCHEMA)));
        assertEquals("public.m ACCESS EXCLUSIVE", locks(Locks.of("ALTER TABLE ONLY m ALTER COLUMN k SET DEFAULT 1",
            18, SCHEMA)));
        assertEquals("public.m ACCESS EXCLUSIVE, public.m_d ACCESS EXCLUSIVE",
            locks(Locks.of("CREATE TABLE m_2 PARTITION OF m FOR VALUES FROM (10) TO (20)", 18, SCHEMA)));
        assertEquals("public.m_2 ACCESS EXCLUSIVE, public.m_d ACCESS EXCLUSIVE, public.m SHARE UPDATE EXCLUSIVE",
            locks(Locks.of("ALTER TABLE m ATTACH PARTITION m_2 FOR VALUES FROM (10) TO (20)", 18, SCHEMA)));
    }

    @Test
    void versionsDiffer() {
        assertEquals("public.m ACCESS EXCLUSIVE, public.m_d ACCESS EXCLUSIVE, public.m_1 SHARE UPDATE EXCLUSIVE",
            locks(Locks.of("ALTER TABLE m DETACH PARTITION m_1", 13, SCHEMA)));
        assertEquals("public.m ACCESS EXCLUSIVE, public.m_1 ACCESS EXCLUSIVE, public.m_d ACCESS EXCLUSIVE",
            locks(Locks.of("ALTER TABLE m DETACH PARTITION m_1", 14, SCHEMA)));
        assertEquals("", locks(Locks.of("GRANT SELECT ON c TO r", 17)));
        assertEquals("public.c ACCESS SHARE", locks(Locks.of("GRANT SELECT ON c TO r", 18)));
    }

    @Test
    void statementsOutsideATransactionBlock() {
        for (String sql : List.of("CREATE INDEX CONCURRENTLY i ON t (a)", "DROP INDEX CONCURRENTLY i",
            "REINDEX INDEX CONCURRENTLY i", "ALTER TABLE m DETACH PARTITION m_1 CONCURRENTLY", "VACUUM t",
            "VACUUM (FULL) t", "CLUSTER", "CREATE DATABASE d", "ALTER SYSTEM SET work_mem = '1MB'")) {
            assertFalse(Locks.of(sql, 18).transactional(), sql);
        }
        assertEquals("public.t SHARE UPDATE EXCLUSIVE", locks(Locks.of("create index concurrently on t (a)", 18)));
        assertEquals("public.t ACCESS EXCLUSIVE", locks(Locks.of("VACUUM FULL t", 18)));
        for (String sql : List.of("CREATE INDEX i ON t (a)", "REFRESH MATERIALIZED VIEW CONCURRENTLY mv", "ANALYZE t",
            "CLUSTER t USING i", "ALTER TYPE mood ADD VALUE 'x'")) {
            assertTrue(Locks.of(sql, 18).transactional(), sql);
        }
        assertTrue(Locks.of("ALTER TYPE mood ADD VALUE 'x'", 13).note().orElse("").contains("commits"));
    }

    @Test
    void anUnknownFormLocksWhatItNamesAccessExclusive() {
        StatementLocks s = Locks.of("CREATE RULE r AS ON INSERT TO c DO INSTEAD NOTHING", 18, SCHEMA);
        assertTrue(s.unknown().isPresent());
        assertEquals("public.c ACCESS EXCLUSIVE", locks(s));
        StatementLocks bad = Locks.of("ALTER TABLE (", 18);
        assertTrue(bad.unknown().orElse("").startsWith("cannot be read"), bad.toString());
    }

    @Test
    void namesAreResolvedInPublicUnlessQualified() {
        assertEquals(List.of(QualifiedName.of("public", "Big Table")),
            Locks.of("TRUNCATE \"Big Table\"", 18).locks().stream().map(RelationLock::relation).toList());
        assertEquals(List.of(QualifiedName.of("app", "t")),
            Locks.of("LOCK TABLE app.t IN SHARE MODE", 18).locks().stream().map(RelationLock::relation).toList());
    }

    /** Every statement of every golden plan is classified (none falls back to the conservative answer). */
    @Test
    void everyStatementAPlanHoldsIsClassified() throws IOException {
        String dir = System.getProperty("testdata.dir");
        Path golden = (dir != null ? Path.of(dir) : Path.of("..", "testdata")).resolve("golden");
        List<Path> plans;
        try (Stream<Path> s = Files.walk(golden)) {
            plans = s.filter(p -> p.getFileName().toString().equals("expected.sql")).sorted().toList();
        }
        List<String> unknown = new ArrayList<>();
        int n = 0;
        for (Path plan : plans) {
            Catalog before = SchemaReader.read(List.of(new Source("from.sql",
                Files.readString(plan.resolveSibling("from.sql"))))).catalog();
            for (Statement st : StatementSplitter.split(new Source(plan.toString(), Files.readString(plan)))) {
                StatementLocks l = Locks.of(st.text(), 18, before);
                n++;
                l.unknown().ifPresent(u -> unknown.add(st.location() + ": " + u + "\n    " + st.text()));
            }
        }
        assertTrue(n > 300, "statements read: " + n);
        assertTrue(unknown.isEmpty(), String.join("\n", unknown));
    }
}
