package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.source.Source;
import org.junit.jupiter.api.Test;

/** How a migration is broken into transactions (no server needed). */
class ScriptsTest {
    private static Statement st(String sql) {
        return StatementSplitter.split(new Source("t.sql", sql)).get(0);
    }

    @Test
    void statementsThatCannotRunInATransaction() {
        assertTrue(Scripts.mustRunAlone(st("CREATE INDEX CONCURRENTLY i ON t (a)")));
        assertTrue(Scripts.mustRunAlone(st("create unique index concurrently if not exists i on t (a)")));
        assertTrue(Scripts.mustRunAlone(st("DROP INDEX CONCURRENTLY i")));
        assertTrue(Scripts.mustRunAlone(st("REINDEX INDEX CONCURRENTLY i")));
        assertTrue(Scripts.mustRunAlone(st("ALTER TABLE p DETACH PARTITION c CONCURRENTLY")));
        assertTrue(Scripts.mustRunAlone(st("VACUUM t")));
        assertFalse(Scripts.mustRunAlone(st("CREATE INDEX i ON t (a)")));
        assertFalse(Scripts.mustRunAlone(st("CREATE INDEX \"concurrently\" ON t (a)")));
        assertFalse(Scripts.mustRunAlone(st("COMMENT ON TABLE t IS 'concurrently'")));
    }

    @Test
    void enumValuesAreCommittedBeforeUse() {
        assertTrue(Scripts.isAddEnumValue(st("ALTER TYPE mood ADD VALUE 'x' AFTER 'y'")));
        assertTrue(Scripts.isAddEnumValue(st("alter type s.mood add value if not exists 'x'")));
        assertFalse(Scripts.isAddEnumValue(st("ALTER TYPE mood RENAME VALUE 'a' TO 'b'")));
        assertFalse(Scripts.isAddEnumValue(st("ALTER TABLE t ADD COLUMN value int")));
    }

    @Test
    void transactionControl() {
        assertTrue(Scripts.isTransactionControl(st("BEGIN")));
        assertTrue(Scripts.isTransactionControl(st("START TRANSACTION ISOLATION LEVEL SERIALIZABLE")));
        assertTrue(Scripts.isTransactionControl(st("COMMIT")));
        assertTrue(Scripts.isTransactionControl(st("rollback")));
        assertFalse(Scripts.isTransactionControl(st("PREPARE q AS SELECT 1")));
        assertFalse(Scripts.isTransactionControl(st(
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END")));
    }

    @Test
    void missingExtensionsAreRecognised() {
        assertEquals("vector", Verifier.missingExtension(new ServerError("0A000",
            "extension \"vector\" is not available", "", "", "", 0)));
        assertEquals("postgis", Verifier.missingExtension(new ServerError("58P01",
            "could not open extension control file \"/usr/share/postgresql/13/extension/postgis.control\": No such "
                + "file or directory", "", "", "", 0)));
    }
}
