package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.source.Source;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --with-privileges}: owners, privileges and default privileges compared through the server's catalogs, and
 * the roles FROM and TO name created first. Each test uses roles of its own: the test server is shared, and roles
 * are cluster-wide.
 */
class PrivilegesTest {
    @TempDir
    Path dir;

    private static Verifier.Result verify(String from, String to, String migration, boolean privileges) {
        return new Verifier(TestServer.get()).verify(new Verifier.Pair(List.of(new Source("from.sql", from)),
            List.of(new Source("to.sql", to)), List.of(),
            migration == null ? Optional.empty() : Optional.of(new Source("migration.sql", migration)), privileges));
    }

    private static boolean roleExists(String name) throws Exception {
        Server.Embedded s = TestServer.get();
        try (Connection c = s.connect("postgres");
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void createRole(String name) throws Exception {
        try (Connection c = TestServer.get().connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + Server.quoteIdent(name) + " NOLOGIN");
        }
    }

    // ------------------------------------------------------------------ with the differ's migration

    /** Needs the differ's privileges support: the migration holds the GRANT, and the result equals TO. */
    @Test
    void aGrantInToIsMigratedAndVerified() {
        Verifier.Result r = verify("CREATE TABLE t (a int);",
            "CREATE TABLE t (a int);\nGRANT SELECT ON t TO priv_reader;", null, true);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertTrue(r.migration().contains("GRANT SELECT ON"), r.migration());
        assertTrue(r.headline().endsWith("and the result equals TO, owners and privileges included."), r.headline());
    }

    // ------------------------------------------------------------------ with a given migration

    @Test
    void aMigrationWithoutTheGrantIsAPrivilegeDifference() {
        String to = "CREATE TABLE t (a int, b int);\nGRANT SELECT ON t TO priv_missing;";
        Verifier.Result r = verify("CREATE TABLE t (a int);", to, "ALTER TABLE t ADD COLUMN b int;", true);
        assertEquals(Verifier.Status.FAILED, r.status(), r.report(true));
        assertEquals(Verifier.Cause.DIFFERENT, r.cause(), r.report(true));
        String report = r.report(false);
        assertTrue(report.contains("1 object still differs from TO"), report);
        assertTrue(report.contains("- table public.t: acl differs (- after the migration, + TO):\n"), report);
        assertTrue(report.contains("      + priv_missing=SELECT\n"), report);

        // with the GRANT, it passes
        r = verify("CREATE TABLE t (a int);", to, "ALTER TABLE t ADD COLUMN b int;\nGRANT SELECT ON t TO priv_missing;",
            true);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
    }

    @Test
    void withoutTheOptionPrivilegesAreNotCompared() throws Exception {
        createRole("priv_ignored"); // without --with-privileges no role is created: TO would not load
        Verifier.Result r = verify("CREATE TABLE t (a int);", "CREATE TABLE t (a int);\nGRANT SELECT ON t TO "
            + "priv_ignored;\nALTER TABLE t OWNER TO priv_ignored;", "", false);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertFalse(r.headline().contains("privileges"), r.headline());
    }

    @Test
    void theRolesFromAndToNameAreCreated() throws Exception {
        String role = "Priv Owner \"q\""; // quoted as it must be
        assertFalse(roleExists(role));
        assertFalse(roleExists("priv_from_only"));
        String from = "CREATE TABLE t (a int);\nGRANT INSERT ON t TO priv_from_only;";
        String to = "CREATE TABLE t (a int);\nALTER TABLE t OWNER TO \"Priv Owner \"\"q\"\"\";";
        Verifier.Result r = verify(from, to, "", true);
        assertTrue(roleExists(role), r.report(true));
        assertTrue(roleExists("priv_from_only"), r.report(true));
        assertTrue(r.notes().contains("created 2 roles that FROM and TO name (NOLOGIN, dropped when verify ends): "
            + "Priv Owner \"q\", priv_from_only"), r.notes().toString());
        // the empty migration neither gives t away nor revokes the INSERT
        assertEquals(Verifier.Cause.DIFFERENT, r.cause(), r.report(true));
        String report = r.report(false);
        assertTrue(report.contains("- table public.t: owner is postgres after the migration, \"Priv Owner \"\"q\"\"\" "
            + "in TO; acl differs (- after the migration, + TO):"), report);
        assertTrue(report.contains("- priv_from_only=INSERT"), report);

        // a role that exists is used as it is, and not named again
        r = verify(from, to, "REVOKE INSERT ON t FROM priv_from_only;\nALTER TABLE t OWNER TO \"Priv Owner \"\"q\"\"\";",
            true);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertTrue(r.notes().stream().noneMatch(n -> n.startsWith("created")), r.notes().toString());
    }

    @Test
    void columnsFunctionsTypesSchemasAndSequencesHavePrivilegesToo() {
        String from = """
            CREATE SCHEMA app;
            CREATE TABLE app.t (a int, b text);
            CREATE SEQUENCE app.s;
            CREATE FUNCTION app.f() RETURNS int LANGUAGE sql RETURN 1;
            CREATE TYPE app.mood AS ENUM ('ok');
            """;
        String to = from + """
            GRANT USAGE ON SCHEMA app TO priv_app;
            GRANT UPDATE (b) ON app.t TO priv_app;
            GRANT USAGE ON SEQUENCE app.s TO priv_app WITH GRANT OPTION;
            REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC;
            REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
            """;
        Verifier.Result r = verify(from, to, "", true);
        assertEquals(Verifier.Cause.DIFFERENT, r.cause(), r.report(true));
        String report = r.report(false);
        assertTrue(report.contains("5 objects still differ from TO"), report);
        assertTrue(report.contains("- schema app: acl differs"), report);
        assertTrue(report.contains("+ priv_app=USAGE\n"), report);
        assertTrue(report.contains("- column app.t.b: acl is (none) after the migration, priv_app=UPDATE in TO"),
            report);
        assertTrue(report.contains("- sequence app.s: acl differs"), report);
        assertTrue(report.contains("+ priv_app=USAGE*\n"), report);
        assertTrue(report.contains("- function app.f(): acl differs"), report);
        assertTrue(report.contains("- PUBLIC=EXECUTE\n"), report);
        assertTrue(report.contains("- enum type app.mood: acl differs"), report);
        assertTrue(report.contains("- PUBLIC=USAGE\n"), report);

        String migration = to.substring(from.length());
        r = verify(from, to, migration, true);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
    }

    @Test
    void defaultPrivilegesAreObjectsOfTheirOwn() {
        String to = """
            CREATE SCHEMA app;
            ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO priv_default;
            ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
            """;
        Verifier.Result r = verify("CREATE SCHEMA app;", to, "", true);
        assertEquals(Verifier.Cause.DIFFERENT, r.cause(), r.report(true));
        String report = r.report(false);
        assertTrue(report.contains("- default privileges for role postgres in schema app on TABLES: missing after the "
            + "migration; TO has priv_default=SELECT"), report);
        assertTrue(report.contains("- default privileges for role postgres on FUNCTIONS: missing after the migration; "
            + "TO has postgres=EXECUTE"), report);

        r = verify("CREATE SCHEMA app;", to, to.substring(to.indexOf('\n') + 1), true);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
    }

    @Test
    void ownersOfFunctionsTypesAndSchemasAreCompared() {
        String from = """
            CREATE SCHEMA app;
            CREATE FUNCTION app.f() RETURNS int LANGUAGE sql RETURN 1;
            CREATE DOMAIN app.pos AS int CHECK (VALUE > 0);
            CREATE VIEW app.v AS SELECT 1 AS one;
            """;
        String to = from + """
            ALTER SCHEMA app OWNER TO priv_boss;
            ALTER FUNCTION app.f() OWNER TO priv_boss;
            ALTER DOMAIN app.pos OWNER TO priv_boss;
            ALTER VIEW app.v OWNER TO priv_boss;
            """;
        Verifier.Result r = verify(from, to, "", true);
        assertEquals(Verifier.Cause.DIFFERENT, r.cause(), r.report(true));
        String report = r.report(false);
        assertTrue(report.contains("- schema app: owner is postgres after the migration, priv_boss in TO"), report);
        assertTrue(report.contains("- function app.f(): owner is postgres after the migration, priv_boss in TO"),
            report);
        assertTrue(report.contains("- domain app.pos: owner is postgres after the migration, priv_boss in TO"), report);
        assertTrue(report.contains("- view app.v: owner is postgres after the migration, priv_boss in TO"), report);
        r = verify(from, to, to.substring(from.length()), true);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
    }

    // ------------------------------------------------------------------ the command line and the corpus runner

    @Test
    void theOptionOnTheCommandLine() throws Exception {
        Path from = Files.writeString(dir.resolve("from.sql"), "CREATE TABLE t (a int);");
        Path to = Files.writeString(dir.resolve("to.sql"), "CREATE TABLE t (a int);\nGRANT SELECT ON t TO priv_cli;");
        Path m = Files.writeString(dir.resolve("m.sql"), "");
        CliTest.Run r = CliTest.run("verify", "--url", TestServer.get().url(), "--with-privileges", "--migration",
            m.toString(), from.toString(), to.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("- table public.t: acl differs (- after the migration, + TO):"), r.out());
        assertTrue(r.out().contains("+ priv_cli=SELECT"), r.out());
    }

    @Test
    void aCaseOptionsFileTurnsPrivilegesOn() throws Exception {
        Path root = dir.resolve("corpus");
        Path with = Files.createDirectories(root.resolve("grant_with"));
        Files.writeString(with.resolve("from.sql"), "CREATE TABLE t (a int);");
        Files.writeString(with.resolve("to.sql"), "CREATE TABLE t (a int);\nGRANT SELECT ON t TO priv_corpus;");
        Files.writeString(with.resolve("options"), "  --unsafe\n--with-privileges \n");
        Path without = Files.createDirectories(root.resolve("plain"));
        Files.writeString(without.resolve("from.sql"), "CREATE TABLE t (a int);");
        Files.writeString(without.resolve("to.sql"), "CREATE TABLE t (a int, b int);");
        Files.writeString(without.resolve("options"), "");

        List<Corpus.Case> cases = Corpus.discover(root);
        assertEquals(2, cases.size());
        assertEquals(List.of("--unsafe", "--with-privileges"), cases.get(0).options());
        assertTrue(Corpus.pair(cases.get(0), false).privileges());
        assertFalse(Corpus.pair(cases.get(1), false).privileges());
        assertTrue(Corpus.pair(cases.get(1), true).privileges());

        // needs the differ's privileges support: the case's migration holds the GRANT
        StringWriter out = new StringWriter();
        Corpus.Summary s = Corpus.run(TestServer.get(), 0, List.of(root), List.of(), new PrintWriter(out), false);
        assertEquals(2, s.passed(), out.toString());
        assertTrue(roleExists("priv_corpus"), out.toString());
    }
}
