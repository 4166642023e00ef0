package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** drift as a user runs it, on testdata/migrations' folders of every layout. */
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


}
