package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command as a user runs it: output, standard error and exit codes. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        String printed = out.toString();
        if (printed.startsWith("{")) {
            ReportSchema.check(printed);
        }
        return new Run(exit, printed, err.toString());
    }

    Path file(String name, String sql) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sql, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void identicalSchemasPrintNothingAndExitZero() throws IOException {
        Path a = file("a.sql", "create table t (id int primary key, name varchar(10) default 'x');");
        Path b = file("b.sql", """
            CREATE TABLE public.t (id integer NOT NULL, name character varying(10) DEFAULT 'x'::character varying);
            ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
            """);
        Run r = run("diff", a.toString(), b.toString());
        assertEquals(new Run(0, "", ""), r);
    }

    @Test
    void anUnchangedSchemaIsReadOnceAndItsReportRemembered() throws IOException {
        Path cache = dir.resolve("cache");
        System.setProperty("schemadiff.cache.dir", cache.toString());
        try {
            Path a = file("s.sql", "create table t (id int);\ninsert into t values (1);\n");
            Run first = run("diff", a.toString(), a.toString());
            assertEquals(0, first.exit());
            assertEquals("", first.out());
            assertTrue(first.err().contains("s.sql:2:1: warning: not modeled yet"), first.err());
            try (var files = Files.list(cache)) {
                assertEquals(1, files.count(), "the clean read is remembered");
            }
            assertEquals(first, run("diff", a.toString(), a.toString()), "the same report, without reading");
            // another text, or a text that does not read, is read (and an error is never remembered)
            Files.writeString(a, "create table t (id int);\n");
            assertEquals(new Run(0, "", ""), run("diff", a.toString(), a.toString()));
            Run json = run("diff", "-f", "json", a.toString(), a.toString());
            assertEquals(json, run("diff", "-f", "json", a.toString(), a.toString()));
            assertEquals(0, new ObjectMapper().readTree(json.out()).get("changes").size());
            Files.writeString(a, "create tabel t (id int);\n");
            Run bad = run("diff", a.toString(), a.toString());
            assertEquals(1, bad.exit());
            assertEquals(bad, run("diff", a.toString(), a.toString()));
        } finally {
            System.clearProperty("schemadiff.cache.dir");
        }
    }

    @Test
    void privilegesAreComparedOnlyWhenAsked() throws IOException {
        Path a = file("a.sql", "create table t (id int);");
        Path b = file("b.sql", "create table t (id int);\ngrant select on t to reader;\nalter table t owner to app;\n"
            + "grant connect on database db to reader;\n");
        assertEquals(new Run(0, "", ""), run("diff", a.toString(), b.toString()));
        Run r = run("diff", "--with-privileges", a.toString(), b.toString());
        assertEquals(2, r.exit());
        assertEquals("ALTER TABLE public.t OWNER TO app;\n\nGRANT SELECT ON TABLE public.t TO reader;\n", r.out());
        assertTrue(r.err().contains("b.sql:4:1: warning: not modeled yet, ignored: GRANT ON DATABASE"), r.err());
        // the fast path Main takes for the hook's command line reads the same options
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        DiffCommand d = FastPath.parseDiff(new String[] {"diff", "--with-privileges", "--role", "app", a.toString(),
            b.toString()});
        assertEquals(2, d.run(new PrintWriter(out, true), new PrintWriter(err, true)));
        assertEquals("GRANT SELECT ON TABLE public.t TO reader;\n", out.toString(),
            "with --role app, the table is app's already");
    }

    @Test
    void differencesArePrintedWithExitTwo() throws IOException {
        Path a = file("a.sql", "create table t (id int primary key);");
        Path b = file("b.sql", "create table t (id int primary key, email text);");
        Run r = run("diff", a.toString(), b.toString());
        assertEquals(2, r.exit());
        assertEquals("ALTER TABLE public.t ADD COLUMN email text;\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void dataLosingStatementsAreRefusedWithoutUnsafe() throws IOException {
        Path a = file("a.sql", "create table t (id int primary key, legacy text); create table old (id int);");
        Path b = file("b.sql", "create table t (id int primary key);");
        Run refused = run("diff", a.toString(), b.toString());
        assertEquals(3, refused.exit());
        assertEquals("", refused.out(), "nothing is printed when refused");
        assertTrue(refused.err().contains("DROP TABLE public.old"), refused.err());
        assertTrue(refused.err().contains("ALTER TABLE public.t DROP COLUMN legacy"), refused.err());
        assertTrue(refused.err().contains("--unsafe"), refused.err());

        Run allowed = run("diff", "--unsafe", a.toString(), b.toString());
        assertEquals(2, allowed.exit());
        assertTrue(allowed.out().contains("DROP TABLE public.old;"), allowed.out());
    }

    @Test
    void badInputNamesThePlaceWithoutAStackTrace() throws IOException {
        Path a = file("a.sql", "create table t (id int);");
        Path b = file("b.sql", "create table t (\n  id int,\n  name text default 'oops\n);\n");
        Run r = run("diff", a.toString(), b.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(b + ":3:21: error: unterminated quoted string"), r.err());
        assertTrue(r.err().contains("  name text default 'oops\n"), r.err());
        assertTrue(r.err().contains("^"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void missingFileIsAnInputError() {
        Run r = run("diff", dir.resolve("nope.sql").toString(), dir.resolve("nope2.sql").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.sql"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void usageErrorsExitOne() {
        Run r = run("diff", "only-one-argument.sql");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Missing required parameter"), r.err());
    }

    @Test
    void statementsNotModeledAreReportedWithTheirPlace() throws IOException {
        Path a = file("a.sql", "create table t (id int);\n"
            + "create rule r as on insert to t do nothing;\n"
            + "insert into t values (1);\ninsert into t values (2);\n");
        Run r = run("diff", a.toString(), a.toString());
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains(a + ":2:1: warning: not modeled yet, ignored: CREATE RULE"), r.err());
        // the same warning twice from one file is one line with a count
        assertTrue(r.err().contains(a + ":3:1: warning: not modeled yet, ignored: data statement INSERT"), r.err());
        assertTrue(r.err().contains("and 1 more like it"), r.err());
    }

    @Test
    void jsonOutputHasAStableShape() throws IOException {
        Path a = file("a.sql", "create table t (id int primary key);");
        Path b = file("b.sql", "create table t (id int primary key, n int not null default 0);\n"
            + "create index on t (n);");
        Run r = run("diff", "--format", "json", a.toString(), b.toString());
        assertEquals(2, r.exit());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(2, root.get("schemaVersion").asInt());
        assertEquals("differences", root.get("status").asText());
        assertEquals(2, root.get("exitCode").asInt());
        JsonNode changes = root.get("changes");
        assertEquals(2, changes.size());
        assertEquals("create", changes.get(0).get("action").asText());
        assertEquals("column", changes.get(0).get("object").get("kind").asText());
        assertEquals("n", changes.get(0).get("object").get("column").asText());
        assertEquals("ALTER TABLE public.t ADD COLUMN n integer DEFAULT 0 NOT NULL;", changes.get(0).get("sql").asText());
        assertTrue(changes.get(1).get("hazards").toString().contains("INDEX_BUILD"));
        assertEquals(2, root.get("summary").get("statements").asInt());
    }

    @Test
    void jsonNamesEachKindOfMember() throws IOException {
        Path a = file("a.sql", "create table t (id int);");
        Path b = file("b.sql", "create table t (id int);\ncreate function f(x int) returns int language sql as 'select x';\n"
            + "alter default privileges in schema public grant select on tables to r;\n");
        Run r = run("diff", "--with-privileges", "--format", "json", a.toString(), b.toString());
        assertEquals(2, r.exit(), r.err());
        JsonNode changes = new ObjectMapper().readTree(r.out()).get("changes");
        assertEquals("function", changes.get(0).get("object").get("kind").asText());
        assertEquals("(integer)", changes.get(0).get("object").get("arguments").asText());
        JsonNode dp = changes.get(1).get("object");
        assertEquals("default privileges", dp.get("kind").asText());
        assertEquals("public", dp.get("schema").asText());
        assertTrue(dp.get("role").isNull(), "the role running the script");
        assertEquals("TABLES", dp.get("objects").asText());
    }

    @Test
    void aRefusalIsReportedInEveryFormat() throws IOException {
        Path a = file("a.sql", "create table t (id int primary key, x text);");
        // y of another type than x: a drop and an add that do not look like a rename (which would say so)
        Path b = file("b.sql", "create table t (id int primary key, y int);");
        Run sql = run("diff", a.toString(), b.toString());
        assertEquals(3, sql.exit());
        assertEquals("", sql.out(), "no SQL is printed when refused: it could be piped to psql");
        Run json = run("diff", "-f", "json", a.toString(), b.toString());
        assertEquals(3, json.exit());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("refused", root.get("status").asText());
        assertEquals(3, root.get("exitCode").asInt());
        assertEquals(1, root.get("summary").get("refused").asInt());
        JsonNode drop = root.get("changes").get(0);
        assertEquals("ALTER TABLE public.t ADD COLUMN y integer;", root.get("changes").get(1).get("sql").asText());
        assertFalse(root.get("changes").get(1).get("refused").asBoolean());
        assertEquals("ALTER TABLE public.t DROP COLUMN x;", drop.get("sql").asText());
        assertTrue(drop.get("refused").asBoolean());
        assertEquals("[\"DATA_LOSS\"]", drop.get("refusedFor").toString());
        assertTrue(json.err().contains("refusing"), json.err());
        Run md = run("diff", "-f", "markdown", a.toString(), b.toString());
        assertEquals(3, md.exit());
        assertTrue(md.out().contains("> [!CAUTION]\n> **Refused:** 1 statement is refused (1 DATA_LOSS)"), md.out());
        assertTrue(md.out().contains("- **#1** `ALTER TABLE public.t DROP COLUMN x`: **refused:** **can lose data**"), md.out());
        assertTrue(md.out().contains("```sql\nALTER TABLE public.t DROP COLUMN x;\n\nALTER TABLE public.t ADD COLUMN y"),
            md.out());
    }

    @Test
    void failOnRefusesTheHazardsATeamNames() throws IOException {
        Path a = file("a.sql", "create table t (id int primary key, n int);");
        Path b = file("b.sql", "create table t (id int primary key, n bigint);\ncreate table u (id int);");
        Run allowed = run("diff", a.toString(), b.toString());
        assertEquals(2, allowed.exit(), allowed.err());
        Run refused = run("diff", "--fail-on", "TABLE_REWRITE,INDEX_BUILD", a.toString(), b.toString());
        assertEquals(3, refused.exit());
        assertEquals("", refused.out());
        assertTrue(refused.err().contains("ALTER TABLE public.t ALTER COLUMN n TYPE bigint [TABLE_REWRITE]"),
            refused.err());
        assertFalse(refused.err().contains("CREATE TABLE public.u"), refused.err());
        Run bad = run("diff", "--fail-on", "SLOW", a.toString(), b.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("SLOW"), bad.err());
    }

    @Test
    void quietLeavesWarningsOutButNotErrors() throws IOException {
        Path a = file("a.sql", "create table t (id int);\ninsert into t values (1);\n");
        Path b = file("b.sql", "create table t (id int, n int);\ninsert into t values (1);\n");
        Run loud = run("diff", a.toString(), b.toString());
        assertTrue(loud.err().contains("warning: not modeled yet"), loud.err());
        Run quiet = run("diff", "--quiet", a.toString(), b.toString());
        assertEquals(new Run(2, loud.out(), ""), quiet);
        Path bad = file("bad.sql", "create tabel t (id int);");
        Run error = run("diff", "-q", a.toString(), bad.toString());
        assertEquals(1, error.exit());
        assertTrue(error.err().contains("error:"), error.err());
    }

    @Test
    void outputGoesToAFileWhenAsked() throws IOException {
        Path a = file("a.sql", "create table t (id int);");
        Path b = file("b.sql", "create table t (id int, n int);");
        Path target = dir.resolve("out/migration.sql");
        Run r = run("diff", "-o", target.toString(), a.toString(), b.toString());
        assertEquals(new Run(2, "", ""), r);
        assertEquals("ALTER TABLE public.t ADD COLUMN n integer;\n", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void schemasAndPatternsAreLeftOutOfTheComparison() throws IOException {
        Path a = file("a.sql", "create schema audit; create table audit.log (id int);\n"
            + "create table t (id int); create table schema_migrations (v text);");
        Path b = file("b.sql", "create table t (id int, n int);");
        Run r = run("diff", "--exclude-schema", "audit", "--ignore-file", file("ignore", "# the tool's own\n"
            + "public.schema_migrations\n").toString(), a.toString(), b.toString());
        assertEquals(new Run(2, "ALTER TABLE public.t ADD COLUMN n integer;\n", ""), r);
        Run only = run("diff", "--unsafe", "--schema", "audit", a.toString(), b.toString());
        assertEquals(new Run(2, "DROP TABLE audit.log;\n\nDROP SCHEMA audit;\n", ""), only);
        Run bad = run("diff", "--ignore-file", file("bad-ignore", "tables a b\n").toString(), a.toString(),
            b.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("bad-ignore: cannot read pattern 'tables a b'"), bad.err());
    }

    @Test
    void jsonCarriesFingerprintsOfBothInputsAndThePlan() throws IOException {
        Path a = file("a.sql", "create table t (id int);");
        Path b = file("b.sql", "create table t (id int, n int);");
        JsonNode one = new ObjectMapper().readTree(run("diff", "-f", "json", a.toString(), b.toString()).out());
        Files.writeString(b, "create table t (id int, n int);\n-- a comment changes the text, not the plan\n");
        JsonNode two = new ObjectMapper().readTree(run("diff", "-f", "json", a.toString(), b.toString()).out());
        assertEquals(one.get("from").get("sha256"), two.get("from").get("sha256"));
        assertFalse(one.get("to").get("sha256").equals(two.get("to").get("sha256")));
        assertEquals(one.get("planSha256"), two.get("planSha256"));
        assertEquals(64, one.get("planSha256").asText().length());
    }

    @Test
    void markdownOutputForAPullRequest() throws IOException {
        Path a = file("a.sql", "create table t (id int primary key, x text);");
        Path b = file("b.sql", "create table t (id int primary key);");
        Run r = run("diff", "--unsafe", "--format", "markdown", a.toString(), b.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().startsWith("## Schema changes\n"), r.out());
        assertTrue(r.out().contains("**1 can lose data**"), r.out());
        assertTrue(r.out().contains("```sql\nALTER TABLE public.t DROP COLUMN x;\n```"), r.out());
    }

    @Test
    void aFolderIsReadInNameOrder() throws IOException {
        file("migrations/001_users.sql", "create table users (id int primary key);");
        file("migrations/002_email.sql", "alter table users add column email text;");
        file("migrations/notes.txt", "not sql");
        Path b = file("schema.sql", "create table users (id int primary key, email text);");
        Run r = run("diff", dir.resolve("migrations").toString(), b.toString());
        assertEquals(new Run(0, "", ""), r);
    }

    @Test
    void standardInput() throws IOException {
        Path b = file("b.sql", "create table t (id int);");
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("create table t (id int);".getBytes(StandardCharsets.UTF_8)));
            assertEquals(new Run(0, "", ""), run("diff", "-", b.toString()));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void standardInputIsOneSideOnly() {
        Run r = run("diff", "-", "-");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("cannot both be -"), r.err());
    }

    @Test
    void devNullIsAnEmptySchema() throws IOException {
        Path b = file("b.sql", "create table t (id int);");
        Run r = run("diff", "/dev/null", b.toString());
        assertEquals(new Run(2, "CREATE TABLE public.t (\n    id integer\n);\n", ""), r);
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Run r = run("diff", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Exit codes: 0 no differences, 1 usage or input error, 2 differences found"),
            r.out());
    }


    @Test
    void checkReportsWhatItRead() throws IOException {
        Path a = file("a.sql", "create table t (id int); create view v as select id from t;");
        Run r = run("check", a.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("3 objects"), r.out());
    }
}
