package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.cli.Main;
import io.schemadiff.parser.source.MigrationFolder;
import io.schemadiff.parser.source.Migrations;
import io.schemadiff.parser.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Folders of migrations on a real PostgreSQL: testdata/migrations' folders replay to the schemas they declare, each
 * migration's way down undoes its way up; and what new-migration writes takes a database from the folder's schema
 * to the declared one, and its way down takes it back.
 */
class MigrationsRoundTripTest {
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

    static Path folder(Path c) {
        try (Stream<Path> s = Files.list(c)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Server server = TestServer.get();

    private static void apply(String db, Source s) throws SQLException {
        try (Connection c = server.connectSimple(db)) {
            Scripts.Outcome o = Scripts.apply(c, s);
            assertTrue(o.ok(), () -> s.name() + ": " + o.failure().get().render("  "));
        }
    }

    private static void load(String db, Source s) throws SQLException {
        try (Connection c = server.connectSimple(db)) {
            Scripts.Outcome o = Scripts.load(c, List.of(s));
            assertTrue(o.ok(), () -> s.name() + ": " + o.failure().get().render("  "));
        }
    }

    private static Snapshot snapshot(String db) throws SQLException {
        try (Connection c = server.connect(db)) {
            return Snapshot.take(c);
        }
    }

    private static void assertSame(Snapshot expected, Snapshot actual, String what) {
        Comparison cmp = Comparison.of(actual, expected);
        assertTrue(cmp.equal(), () -> what + ":\n" + cmp.render("  "));
    }

    /** Each migration: its way up, then its way down leaves the database as it was; then up again, for the next. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void eachTestdataFolderReplaysToItsSchemaAndEachWayDownUndoesItsWayUp(String layout) throws Exception {
        Path c = testdata().resolve(layout);
        MigrationFolder f = Migrations.read(folder(c), folder(c).toString(), Optional.empty());
        String db = server.createDatabase("replay");
        String declared = server.createDatabase("declared");
        try {
            int downs = 0;
            for (MigrationFolder.Migration m : f.migrations()) {
                Snapshot before = snapshot(db);
                apply(db, f.up(m));
                Optional<Source> down = Migrations.down(f, m);
                if (down.isPresent()) {
                    apply(db, down.get());
                    assertSame(before, snapshot(db), m.path() + " up, then down");
                    apply(db, f.up(m));
                    downs++;
                }
            }
            load(declared, new Source("schema.sql", Files.readString(c.resolve("schema.sql"))));
            assertSame(snapshot(declared), snapshot(db), layout + " replayed");
            boolean hasDowns = !List.of("plain", "prisma", "supabase").contains(layout);
            assertEquals(hasDowns, downs > 0, layout);
        } finally {
            server.dropDatabase(db);
            server.dropDatabase(declared);
        }
    }

    /** new-migration, end to end: written, then up from the folder's schema gives the declared one, down undoes it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flyway", "golang-migrate", "goose", "dbmate", "sqitch"})
    void aNewMigrationGoesUpToTheSchemaAndBackDown(String layout) throws Exception {
        Path c = copy(layout);
        Path folder = folder(c);
        Path schema = c.resolve("schema.sql");
        Files.writeString(schema, Files.readString(schema)
            .replace("    updated_at timestamptz\n);", "    updated_at timestamptz,\n    body text NOT NULL DEFAULT ''\n);")
            .replace("RETURN NEW;", "NEW.title := btrim(NEW.title);\n    RETURN NEW;")
            .replace("CREATE TYPE post_state AS ENUM ('draft', 'published');",
                "CREATE TYPE post_state AS ENUM ('draft', 'published', 'archived');")
            + """

            CREATE TABLE tags (
                post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                tag text NOT NULL,
                PRIMARY KEY (post_id, tag)
            );
            CREATE INDEX tags_tag_idx ON tags (tag);
            COMMENT ON TABLE tags IS 'Words posts are found by';
            """);
        MigrationFolder before = Migrations.read(folder, folder.toString(), Optional.empty());
        assertEquals(0, Main.run("new-migration", folder.toString(), schema.toString(), "--name", "add tags"));
        assertEquals(0, Main.run("drift", folder.toString(), schema.toString()));
        MigrationFolder after = Migrations.read(folder, folder.toString(), Optional.empty());
        assertEquals(before.migrations().size() + 1, after.migrations().size());
        // the one migration new: for Flyway, not the last replayed (repeatables run after every version)
        List<MigrationFolder.Migration> added = after.migrations().stream().filter(m -> !before.migrations()
            .contains(m)).toList();
        assertEquals(1, added.size(), added.toString());

        String db = server.createDatabase("migrated");
        String declared = server.createDatabase("declared");
        try {
            for (MigrationFolder.Migration m : before.migrations()) {
                apply(db, before.up(m));
            }
            Snapshot old = snapshot(db);
            apply(db, after.up(added.get(0)));
            load(declared, new Source("schema.sql", Files.readString(schema)));
            assertSame(snapshot(declared), snapshot(db), added.get(0).path() + " up");
            apply(db, Migrations.down(after, added.get(0)).orElseThrow());
            assertSame(old, snapshot(db), added.get(0).path() + " up, then down");
        } finally {
            server.dropDatabase(db);
            server.dropDatabase(declared);
        }
    }

    private Path copy(String layout) throws IOException {
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
}
