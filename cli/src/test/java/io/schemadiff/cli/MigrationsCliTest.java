package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.source.FolderFile;
import io.schemadiff.parser.source.MigrationFolder;
import io.schemadiff.parser.source.MigrationFormat;
import io.schemadiff.parser.source.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** drift and new-migration as a user runs them, on testdata/migrations' folders of every layout. */
class MigrationsCliTest {
    @TempDir
    Path dir;

    static Path testdata() {
        String d = System.getProperty("testdata.dir");
        return (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve("migrations");
    }

    static Stream<String> layouts() throws IOException {
        try (Stream<Path> s = Files.list(testdata())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The one folder of a case: migrations/, migration/ (Flyway's habit), prisma/, supabase/, sqitch/. */
    static Path folder(Path c) {
        try (Stream<Path> s = Files.list(c)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a case to write into. */
    Path copy(String layout) throws IOException {
        Path from = testdata().resolve(layout);
        Path to = dir.resolve(layout);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
        return to;
    }

    /** The declared schema changed as a developer would: a table, a column, a function's body. */
    static void change(Path schema) throws IOException {
        String s = Files.readString(schema);
        s = s.replace("    updated_at timestamptz\n);", "    updated_at timestamptz,\n    body text NOT NULL DEFAULT ''\n);");
        s = s.replace("RETURN NEW;", "NEW.title := btrim(NEW.title);\n    RETURN NEW;");
        s += """

            CREATE TABLE tags (
                post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                tag text NOT NULL,
                PRIMARY KEY (post_id, tag)
            );
            """;
        Files.writeString(schema, s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void eachTestdataFolderAgreesWithItsSchema(String layout) {
        Path c = testdata().resolve(layout);
        CliTest.Run r = CliTest.run("drift", folder(c).toString(), c.resolve("schema.sql").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        // what the folder holds besides schema is reported, not dropped: the INSERT of its first migration
        assertTrue(r.err().contains("warning: not modeled yet, ignored: data statement INSERT"), r.err());
    }

    @Test
    void driftPrintsWhatTheNextMigrationNeedsAndExitsTwo() throws IOException {
        Path c = copy("goose");
        change(c.resolve("schema.sql"));
        CliTest.Run r = CliTest.run("drift", c.resolve("migrations").toString(), c.resolve("schema.sql").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.out().contains("CREATE TABLE public.tags ("), r.out());
        assertTrue(r.err().contains("does not give " + c.resolve("schema.sql") + "; the statements printed are what a "
            + "next migration needs"), r.err());
        CliTest.Run md = CliTest.run("drift", "--format", "markdown", c.resolve("migrations").toString(),
            c.resolve("schema.sql").toString());
        assertEquals(2, md.exit());
        assertTrue(md.out().contains("tags"), md.out());
        // a data-losing difference is reported too, not refused: drift is a check, not a migration to run
        Files.writeString(c.resolve("schema.sql"), "");
        CliTest.Run lossy = CliTest.run("drift", c.resolve("migrations").toString(), c.resolve("schema.sql").toString());
        assertEquals(2, lossy.exit(), lossy.err());
        assertTrue(lossy.out().contains("DROP TABLE public.posts"), lossy.out());
    }

    @Test
    void driftFailsOnAVersionTakenTwice() {
        Path c = testdata().resolveSibling("migration-errors/golang_migrate_version_twice");
        CliTest.Run r = CliTest.run("drift", c.resolve("migrations").toString(), "/dev/null");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("version 0002 is also 0002_posts.up.sql's"), r.err());
    }

    /** Per layout: the files new-migration writes (with --now 2024-06-01T10:00:00Z). */
    static final Map<String, List<String>> WRITTEN = Map.of(
        "flyway", List.of("2024/V3__add_tags.sql", "2024/U3__add_tags.sql"),
        "golang-migrate", List.of("000004_add_tags.up.sql", "000004_add_tags.down.sql"),
        "goose", List.of("20240601100000_add_tags.sql"),
        "dbmate", List.of("20240601100000_add_tags.sql"),
        "sqitch", List.of("deploy/add_tags.sql", "revert/add_tags.sql", "verify/add_tags.sql", "sqitch.plan"),
        "prisma", List.of("migrations/20240601100000_add_tags/migration.sql"),
        "supabase", List.of("migrations/20240601100000_add_tags.sql"),
        "plain", List.of("011_add_tags.sql"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void newMigrationWritesTheNextFileAndThenDriftPasses(String layout) throws IOException {
        Path c = copy(layout);
        Path folder = folder(c);
        String schema = c.resolve("schema.sql").toString();
        change(c.resolve("schema.sql"));
        assertEquals(2, CliTest.run("drift", folder.toString(), schema).exit());

        CliTest.Run r = CliTest.run("new-migration", folder.toString(), schema, "--name", "add tags", "--now",
            "2024-06-01T10:00:00Z");
        assertEquals(0, r.exit(), r.err());
        assertEquals(WRITTEN.get(layout).stream().map(p -> folder + "/" + p).toList(), r.out().lines().toList());
        CliTest.Run drift = CliTest.run("drift", folder.toString(), schema);
        assertEquals(0, drift.exit(), drift.out() + drift.err());
        String up = Files.readString(folder.resolve(WRITTEN.get(layout).get(0)));
        assertTrue(up.contains("CREATE TABLE public.tags ("), up);
        // and once more: nothing left to write
        CliTest.Run again = CliTest.run("new-migration", folder.toString(), schema, "--name", "again");
        assertEquals(0, again.exit(), again.err());
        assertEquals("", again.out());
        assertTrue(again.err().contains("nothing to write"), again.err());
    }

    @Test
    void theWayDownIsTheReverseDiffInTheLayoutsOwnPlace() throws IOException {
        Path c = copy("goose");
        change(c.resolve("schema.sql"));
        CliTest.Run r = CliTest.run("new-migration", c.resolve("migrations").toString(),
            c.resolve("schema.sql").toString(), "--name", "add_tags", "--now", "2024-06-01T10:00:00Z");
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(c.resolve("migrations/20240601100000_add_tags.sql"));
        assertTrue(text.startsWith("-- +goose Up\n"), text);
        String down = text.substring(text.indexOf("-- +goose Down\n"));
        assertTrue(down.contains("DROP TABLE public.tags;"), down);
        assertTrue(down.contains("ALTER TABLE public.posts DROP COLUMN body;"), down);
        // the function body (semicolons at line ends) is one goose statement, both ways
        String wrapped = "-- +goose StatementBegin\nCREATE OR REPLACE FUNCTION public.touch()";
        assertEquals(2, text.split(java.util.regex.Pattern.quote(wrapped), -1).length - 1, text);
        Path sqitch = copy("sqitch");
        change(sqitch.resolve("schema.sql"));
        assertEquals(0, CliTest.run("new-migration", sqitch.resolve("sqitch").toString(),
            sqitch.resolve("schema.sql").toString(), "--name", "add_tags", "--now", "2024-06-01T10:00:00Z").exit());
        List<String> plan = Files.readAllLines(sqitch.resolve("sqitch/sqitch.plan"));
        String last = plan.get(plan.size() - 1);
        assertTrue(last.startsWith("add_tags 2024-06-01T10:00:00Z ") && last.endsWith(
            "> # Written by schemadiff new-migration."), last);
        assertTrue(Files.readString(sqitch.resolve("sqitch/deploy/add_tags.sql")).startsWith(
            "-- Deploy blog:add_tags to pg\n\nBEGIN;\n"));
    }

    @Test
    void dataLosingStatementsAreRefusedAndNothingIsWritten() throws IOException {
        Path c = copy("golang-migrate");
        Files.writeString(c.resolve("schema.sql"), Files.readString(c.resolve("schema.sql"))
            .replace("    email text NOT NULL UNIQUE,\n", "    email text NOT NULL UNIQUE\n")
            .replace("    created_at timestamptz NOT NULL DEFAULT now()\n", ""));
        String folder = c.resolve("migrations").toString();
        CliTest.Run r = CliTest.run("new-migration", folder, c.resolve("schema.sql").toString(), "--name", "x");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("refusing to write a migration that can lose data"), r.err());
        assertTrue(r.err().contains("ALTER TABLE public.users DROP COLUMN created_at"), r.err());
        try (Stream<Path> s = Files.list(c.resolve("migrations"))) {
            assertEquals(7, s.count(), "nothing written");
        }
        CliTest.Run unsafe = CliTest.run("new-migration", folder, c.resolve("schema.sql").toString(), "--name",
            "drop created_at", "--unsafe");
        assertEquals(0, unsafe.exit(), unsafe.err());
        String down = Files.readString(c.resolve("migrations/000004_drop_created_at.down.sql"));
        assertEquals("""
            -- This cannot restore the data the way up drops; what it re-creates is empty:
            --   ALTER TABLE public.users DROP COLUMN created_at

            ALTER TABLE public.users ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;
            """, down);
    }

    @Test
    void dryRunPrintsTheFilesAndWritesNone() throws IOException {
        Path c = copy("dbmate");
        change(c.resolve("schema.sql"));
        CliTest.Run r = CliTest.run("new-migration", "--dry-run", c.resolve("migrations").toString(),
            c.resolve("schema.sql").toString(), "--name", "add_tags", "--now", "2024-06-01T10:00:00Z");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("-- " + c.resolve("migrations") + "/20240601100000_add_tags.sql\n"
            + "-- migrate:up\n"), r.out());
        assertTrue(r.out().contains("\n-- migrate:down\n"), r.out());
        assertFalse(Files.exists(c.resolve("migrations/20240601100000_add_tags.sql")));
    }

    @Test
    void aNewMigrationNeedsAFolderOnDiskAndAName() throws IOException {
        Path c = copy("plain");
        CliTest.Run file = CliTest.run("new-migration", c.resolve("schema.sql").toString(),
            c.resolve("schema.sql").toString(), "--name", "x");
        assertEquals(1, file.exit());
        assertTrue(file.err().contains("is not a folder"), file.err());
        assertEquals(1, CliTest.run("new-migration", c.resolve("migrations").toString(),
            c.resolve("schema.sql").toString()).exit());
        change(c.resolve("schema.sql"));
        CliTest.Run blank = CliTest.run("new-migration", c.resolve("migrations").toString(),
            c.resolve("schema.sql").toString(), "--name", "!!");
        assertEquals(1, blank.exit());
        assertTrue(blank.err().contains("has no letter or digit"), blank.err());
    }

    @Test
    void aFirstMigrationNeedsItsLayoutNamed() throws IOException {
        Path schema = dir.resolve("schema.sql");
        Files.writeString(schema, "create table t (id int primary key);");
        Path empty = Files.createDirectories(dir.resolve("db/migrations"));
        CliTest.Run unknown = CliTest.run("new-migration", empty.toString(), schema.toString(), "--name", "init");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("holds no migration to tell its layout by: name it with "
            + "--migrations-format"), unknown.err());
        CliTest.Run goose = CliTest.run("new-migration", empty.toString(), schema.toString(), "--name", "init",
            "--migrations-format", "goose", "--now", "2024-06-01T10:00:00Z");
        assertEquals(0, goose.exit(), goose.err());
        assertEquals(empty + "/20240601100000_init.sql\n", goose.out());
        assertEquals(0, CliTest.run("drift", empty.toString(), schema.toString()).exit());
        // a supabase/ folder (supabase init): into its migrations/
        Path supabase = Files.createDirectories(dir.resolve("supabase"));
        Files.writeString(supabase.resolve("config.toml"), "project_id = \"x\"\n");
        CliTest.Run s = CliTest.run("new-migration", supabase.toString(), schema.toString(), "--name", "init",
            "--migrations-format", "supabase", "--now", "2024-06-01T10:00:00Z");
        assertEquals(supabase + "/migrations/20240601100000_init.sql\n", s.out(), s.err());
        assertEquals(0, CliTest.run("drift", supabase.toString(), schema.toString()).exit());
    }

    @Test
    void migrationsFormatNamesTheLayout() throws IOException {
        Path c = testdata().resolve("goose");
        // read as plain files, goose files replay their way down too: the tables are dropped again
        CliTest.Run plain = CliTest.run("check", "--migrations-format", "plain", c.resolve("migrations").toString());
        assertEquals(1, plain.exit(), plain.out() + plain.err());
        assertTrue(plain.err().contains("does not exist"), plain.err());
        CliTest.Run goose = CliTest.run("diff", "--migrations-format", "goose", c.resolve("migrations").toString(),
            c.resolve("schema.sql").toString());
        assertEquals(0, goose.exit(), goose.err());
        CliTest.Run bad = CliTest.run("drift", "--migrations-format", "liquibase", "x", "y");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("unknown layout 'liquibase'"), bad.err());
    }

    @Test
    void versionsFollowTheFoldersOwnNumbering() {
        Instant now = Instant.parse("2024-06-01T10:00:00Z");
        assertEquals("0008", next(MigrationFormat.GOLANG_MIGRATE, now, "0007_a.up.sql", "0002_b.up.sql"));
        assertEquals("8", next(MigrationFormat.GOLANG_MIGRATE, now, "7_a.up.sql"));
        assertEquals("100", next(MigrationFormat.GOOSE, now, "99_a.sql", "98_b.go"));
        assertEquals("00100", next(MigrationFormat.GOOSE, now, "00099_a.sql"));
        // a timestamped folder: now, or after the latest when that is later (a clock behind, a file from the future)
        assertEquals("20240601100000", next(MigrationFormat.DBMATE, now, "20240101000000_a.sql"));
        assertEquals("20250101000001", next(MigrationFormat.DBMATE, now, "20250101000000_a.sql"));
        assertEquals("1717236000", next(MigrationFormat.GOLANG_MIGRATE, now, "1700000000_a.up.sql"));
        // Flyway: the last part of the latest version, as the folder writes it
        assertEquals("3", next(MigrationFormat.FLYWAY, now, "V1__a.sql", "V1_1__b.sql", "V2__c.sql"));
        assertEquals("1_2", next(MigrationFormat.FLYWAY, now, "V1__a.sql", "V1_1__b.sql"));
        assertEquals("1.11", next(MigrationFormat.FLYWAY, now, "V1.2__a.sql", "V1.10__b.sql", "V1.3__c.sql"));
        assertEquals("1_11", next(MigrationFormat.FLYWAY, now, "V1_2__a.sql", "V1_10__b.sql"));
        assertEquals("2.0.01", next(MigrationFormat.FLYWAY, now, "V2.0.00__a.sql"));
        // an empty folder starts where its tool starts
        assertEquals("1", next(MigrationFormat.FLYWAY, now));
        assertEquals("20240601100000", next(MigrationFormat.GOOSE, now));
    }

    private static String next(MigrationFormat f, Instant now, String... names) {
        List<FolderFile> files = Stream.of(names).map(n -> FolderFile.of(n, n, "-- +goose Up\n-- migrate:up\n"))
            .toList();
        MigrationFolder folder = Migrations.read("m", files, Optional.of(f));
        return MigrationWriter.nextVersion(folder, now);
    }

    @Test
    void gooseStatementsWithSemicolonsInsideAreWrapped() {
        String sql = """
            CREATE TABLE a (id int);

            -- why: a comment
            CREATE FUNCTION f() RETURNS int
                LANGUAGE plpgsql
                AS $$
            BEGIN
                RETURN 1;
            END;
            $$;
            """;
        assertEquals("""
            CREATE TABLE a (id int);

            -- why: a comment
            -- +goose StatementBegin
            CREATE FUNCTION f() RETURNS int
                LANGUAGE plpgsql
                AS $$
            BEGIN
                RETURN 1;
            END;
            $$;
            -- +goose StatementEnd
            """, MigrationWriter.gooseStatements(sql));
    }
}
