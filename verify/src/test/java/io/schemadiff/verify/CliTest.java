package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code schemadiff verify} through its command line, against the test server given by --url. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = VerifyMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String url() {
        return TestServer.get().url();
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void verifyAnswersVersionAndHelpLikeTheOtherCommands() {
        Run version = run("--version");
        assertTrue(version.out().startsWith("schemadiff "), version.out());
        assertEquals(new Run(0, version.out(), ""), run("verify", "--version"));
        Run help = run("help", "verify");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--postgres=VERSION"), help.out());
        assertTrue(run("--help").out().matches("(?s).*\n  verify +Prove a migration against a real PostgreSQL.*"));
    }

    @Test
    void verifiedExitsZero() throws Exception {
        Path from = write("from.sql", VerifierTest.FROM);
        Path to = write("to.sql", VerifierTest.TO);
        Run r = run("verify", "--url", url(), from.toString(), to.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("verified on PostgreSQL"), r.out());
    }

    @Test
    void aWrongMigrationExitsTwo() throws Exception {
        Path from = write("from.sql", "CREATE TABLE t (a int);");
        Path to = write("to.sql", "CREATE TABLE t (a bigint);");
        Path m = write("m.sql", "ALTER TABLE t ADD COLUMN b int;");
        Run r = run("verify", "--url", url(), "--migration", m.toString(), from.toString(), to.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("- column public.t.a: type is integer after the migration, bigint in TO"),
            r.out());
        assertTrue(r.out().contains("- column public.t.b: exists after the migration but not in TO (integer)"),
            r.out());
    }

    @Test
    void aFailingStatementExitsTwoAndIsNamed() throws Exception {
        Path from = write("from.sql", "CREATE TABLE t (a int);");
        Path to = write("to.sql", "CREATE TABLE t (a int, b int NOT NULL);");
        Path m = write("m.sql", "ALTER TABLE t ADD COLUMN b int NOT NULL;\nALTER TABLE nope ADD COLUMN c int;\n");
        Run r = run("verify", "--url", url(), "--migration", m.toString(), from.toString(), to.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("statement 2 of 2 (" + m + ":2:1) failed:"), r.out());
        assertTrue(r.out().contains("ERROR:  relation \"nope\" does not exist"), r.out());
    }

    @Test
    void inputErrorsExitOne() throws Exception {
        Path to = write("to.sql", "CREATE TABLE t (a int);");
        Run r = run("verify", "--url", url(), dir.resolve("missing.sql").toString(), to.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("missing.sql"), r.err());
        assertEquals(1, run("verify", "--url", url(), to.toString()).code());
        assertEquals(1, run("verify", "--postgres", "99", to.toString(), to.toString()).code());
        assertEquals(1, run("verify", "--postgres", "17", "--url", url(), to.toString(), to.toString()).code());
    }

    @Test
    void aUrlWhoseDatabaseHoldsObjectsIsRefusedUnlessAllowed() throws Exception {
        Server.Embedded s = TestServer.get();
        String db = s.createDatabase("busy");
        try {
            try (Connection c = s.connect(db); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE precious (id int)");
            }
            String busyUrl = s.url(db);
            Path f = write("f.sql", "CREATE TABLE t (a int);");
            Run refused = run("verify", "--url", busyUrl, f.toString(), f.toString());
            assertEquals(1, refused.code(), refused.out() + refused.err());
            assertTrue(refused.err().contains("already holds user objects (relation public.precious)"), refused.err());
            Run allowed = run("verify", "--url", busyUrl, "--allow-nonempty-url", f.toString(), f.toString());
            assertEquals(0, allowed.code(), allowed.out() + allowed.err());
            try (Connection c = s.connect(db); Statement st = c.createStatement()) {
                st.execute("SELECT * FROM precious"); // untouched
            }
        } finally {
            s.dropDatabase(db);
        }
    }

    @Test
    void aUrlWhoseRoleCannotCreateDatabasesIsRefused() throws Exception {
        Server.Embedded s = TestServer.get();
        try (Connection c = s.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'verify_no_createdb') THEN "
                + "CREATE ROLE verify_no_createdb LOGIN NOCREATEDB; END IF; END $$");
        }
        Path f = write("f.sql", "CREATE TABLE t (a int);");
        String url = s.url("postgres").replace("//postgres@", "//verify_no_createdb@");
        Run r = run("verify", "--url", url, f.toString(), f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("may not create databases"), r.err());
    }

    @Test
    void theOtherCommandsAreStillThere() {
        Run r = run("--help");
        assertTrue(r.out().contains("diff") && r.out().contains("check") && r.out().contains("verify"), r.out());
    }
}
