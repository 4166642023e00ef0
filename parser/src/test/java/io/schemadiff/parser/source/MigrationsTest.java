package io.schemadiff.parser.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.SchemaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading folders of migrations in the layouts of the tools that run them. */
class MigrationsTest {
    @TempDir
    Path dir;

    static Path testdata() {
        String d = System.getProperty("testdata.dir");
        return d != null ? Path.of(d) : Path.of("..", "testdata");
    }

    /** testdata/migrations/&lt;case&gt;: one folder of migrations, its declared schema, its layout's name. */
    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(testdata().resolve("migrations"))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    static String folderOf(Path c) throws IOException {
        try (Stream<Path> s = Files.list(c)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).findFirst().orElseThrow();
        }
    }

    private static FolderFile file(String path, String text) {
        return FolderFile.of(path, "m/" + path, text);
    }

    private static MigrationFolder read(MigrationFormat format, FolderFile... files) {
        return Migrations.read("m", List.of(files), Optional.ofNullable(format));
    }

    private static List<String> paths(MigrationFolder f) {
        return f.migrations().stream().map(MigrationFolder.Migration::path).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachTestdataFolderIsToldByItsLayoutAndReads(Path c) throws IOException {
        String folder = folderOf(c);
        MigrationFolder f = Migrations.read(c.resolve(folder), folder, Optional.empty());
        assertEquals(Files.readString(c.resolve("format")).strip(), f.format().cliName());
        int expected = switch (f.format()) {
            case SQITCH -> 5; // one change reworked, and a view of its own
            case FLYWAY -> 4; // a repeatable
            default -> 3;
        };
        assertEquals(expected, f.migrations().size(), paths(f).toString());
        // every replayed part reads; each has a way down where the layout has one
        SchemaReader.Result r = SchemaReader.read(f.sources());
        assertTrue(r.catalog().objects().size() > 5, f.sources().toString());
        boolean downs = f.format() != MigrationFormat.PRISMA && f.format() != MigrationFormat.SUPABASE
            && f.format() != MigrationFormat.PLAIN;
        for (MigrationFolder.Migration m : f.migrations()) {
            boolean repeatable = m.path().startsWith("R__");
            assertEquals(downs && !repeatable, Migrations.down(f, m).isPresent(), m.path());
        }
    }

    @Test
    void flywayRunsVersionsInOrderThenRepeatablesAndLeavesOutUndoAndCallbacks() throws IOException {
        Path c = testdata().resolve("migrations/flyway");
        MigrationFolder f = Migrations.read(c.resolve("migration"), "migration", Optional.empty());
        // by version, not by name: V1_1 (1.1) after V1 although '1' sorts before '_'
        assertEquals(List.of("V1__init.sql", "V1_1__posts.sql", "2024/V2__touch.sql", "R__published_posts.sql"),
            paths(f));
        List<Warning> w = SchemaReader.read(f.sources()).warnings();
        assertEquals("migration/afterMigrate.sql:1:1: warning: not replayed: a Flyway callback, not a migration",
            w.get(0).render());
        assertEquals("U1_1__posts.sql", Migrations.down(f, f.migrations().get(1)).orElseThrow().name()
            .replace("migration/", ""));
        assertTrue(Migrations.down(f, f.migrations().get(3)).isEmpty(), "a repeatable has no undo");
    }

    @Test
    void flywayVersionsCompareAsFlywayDoes() {
        MigrationFolder f = read(null, file("V2__b.sql", "create table b ();"), file("V10__c.sql", "create table c ();"),
            file("V1.5__a.sql", "create table a ();"), file("V2.0.1__d.sql", "create table d ();"));
        assertEquals(List.of("V1.5__a.sql", "V2__b.sql", "V2.0.1__d.sql", "V10__c.sql"), paths(f));
        // 1.0 is 1, 01 is 1: one version, twice
        InputError e = assertThrows(InputError.class, () -> read(null, file("V1__a.sql", ""),
            file("V1.0__b.sql", "")));
        assertTrue(e.getMessage().startsWith("m/V1__a.sql:1:1: version 1 is also V1.0__b.sql's"), e.getMessage());
    }

    @Test
    void flywayStartsANewDatabaseFromTheLatestBaseline() {
        MigrationFolder f = read(null, file("V1__a.sql", ""), file("V2__b.sql", ""), file("B2__base.sql", ""),
            file("V3__c.sql", ""));
        assertEquals(List.of("B2__base.sql", "V3__c.sql"), paths(f));
    }

    @Test
    void golangMigrateReplaysUpFilesByVersionOnly() throws IOException {
        MigrationFolder f = read(null, file("2_b.up.sql", ""), file("2_b.down.sql", ""), file("10_c.up.sql", ""),
            file("1_a.up.sql", ""), file("1_a.down.sql", ""), file("notes.sql", "select 1;"),
            file("old/3_x.up.sql", ""));
        assertEquals(MigrationFormat.GOLANG_MIGRATE, f.format());
        assertEquals(List.of("1_a.up.sql", "2_b.up.sql", "10_c.up.sql"), paths(f));
        List<String> notes = f.sources().stream().flatMap(s -> s.notes().stream().map(n -> s.name() + ": "
            + n.message())).toList();
        assertEquals(List.of("m/notes.sql: not replayed: not named as a golang-migrate migration "
                + "(<version>_<title>.up.sql)",
            "m/old/3_x.up.sql: not replayed: in a sub-folder (golang-migrate reads the top of the folder only)"),
            notes);
        assertEquals("m/2_b.down.sql", Migrations.down(f, f.migrations().get(1)).orElseThrow().name());
    }

    @Test
    void aVersionTwiceIsAnErrorNamingBothFiles() {
        InputError gm = assertThrows(InputError.class, () -> read(null, file("0003_a.up.sql", ""),
            file("3_b.up.sql", "create table b ();")));
        assertEquals("m/3_b.up.sql:1:1: error: version 3 is also 0003_a.up.sql's: two golang-migrate migrations of "
            + "one version, as after merging two branches that each added one (golang-migrate refuses the folder); "
            + "give one of them the next version\n 1 | create table b ();\n   | ^", gm.render());
        InputError goose = assertThrows(InputError.class, () -> read(MigrationFormat.GOOSE,
            file("20240101000000_a.sql", "-- +goose Up\n"), file("20240101000000_b.sql", "-- +goose Up\n")));
        assertTrue(goose.getMessage().contains("goose refuses the folder"), goose.getMessage());
        InputError dbmate = assertThrows(InputError.class, () -> read(MigrationFormat.DBMATE,
            file("20240101000000_a.sql", "-- migrate:up\n"), file("20240101000000_b.sql", "-- migrate:up\n")));
        assertTrue(dbmate.getMessage().contains("dbmate fails on the second"), dbmate.getMessage());
        InputError supabase = assertThrows(InputError.class, () -> read(MigrationFormat.SUPABASE,
            file("20240101000000_a.sql", ""), file("20240101000000_b.sql", "")));
        assertTrue(supabase.getMessage().startsWith("m/20240101000000_b.sql:1:1: version 20240101000000 is also"),
            supabase.getMessage());
        // a Go migration's version counts too
        InputError go = assertThrows(InputError.class, () -> read(MigrationFormat.GOOSE, file("00002_a.go", "package m"),
            file("00002_b.sql", "-- +goose Up\n")));
        assertTrue(go.getMessage().contains("is also 00002_a.go's"), go.getMessage());
    }

    @Test
    void aPlainFolderReadsBothFilesOfANumberButSaysSo() {
        MigrationFolder f = read(null, file("003_a.sql", ""), file("003_b.sql", ""), file("schema.sql", ""));
        assertEquals(MigrationFormat.PLAIN, f.format());
        assertEquals(List.of("003_a.sql", "003_b.sql", "schema.sql"), paths(f));
        assertEquals(List.of("number 003 is also 003_a.sql's: both are read, in name order (as after merging two "
            + "branches that each added one: is that the order they run in?)"),
            f.sources().stream().flatMap(s -> s.notes().stream()).map(Source.Note::message).toList());
    }

    @Test
    void gooseReplaysTheUpSectionKeepingLines() {
        String text = """
            -- a comment before
            -- +goose Up
            create table a (id int);
            -- +goose StatementBegin
            create function f() returns int language sql as $$ select 1 $$
            -- +goose StatementEnd

            -- +goose Down
            drop function f();
            drop table a;
            """;
        MigrationFolder f = read(null, file("00001_a.sql", text));
        assertEquals(MigrationFormat.GOOSE, f.format());
        Source up = f.sources().get(0);
        assertEquals(text.lines().count(), up.text().lines().count());
        assertEquals("create table a (id int);", up.lineText(3));
        // StatementEnd ends a statement without a semicolon, as goose does
        assertEquals(";", up.lineText(6));
        assertEquals("", up.lineText(9));
        SchemaReader.Result r = SchemaReader.read(f.sources());
        assertTrue(r.catalog().objects().keySet().stream().anyMatch(id -> id.toString().equals("table public.a")));
        assertTrue(r.catalog().objects().keySet().stream().anyMatch(id -> id.toString().equals("function public.f()")),
            r.catalog().objects().keySet().toString());
        Source down = Migrations.down(f, f.migrations().get(0)).orElseThrow();
        assertEquals("", down.lineText(3));
        assertEquals("drop table a;", down.lineText(10));
    }

    @Test
    void gooseRefusalsAreErrorsAtTheirLine() {
        assertEquals("m/1_a.sql:1:1: error: a statement before -- +goose Up (goose refuses the file)",
            firstLine(() -> read(MigrationFormat.GOOSE, file("1_a.sql", "create table a ();\n-- +goose Up\n"))));
        assertEquals("m/1_a.sql:1:1: error: no -- +goose Up annotation (goose refuses the file)",
            firstLine(() -> read(MigrationFormat.GOOSE, file("1_a.sql", "-- nothing yet\n"))));
        assertEquals("m/1_a.sql:2:1: error: -- +goose StatementBegin without StatementEnd (goose refuses the file)",
            firstLine(() -> read(null, file("1_a.sql", "-- +goose Up\n-- +goose StatementBegin\nselect 1;\n"))));
        assertEquals("m/1_a.sql:2:1: error: a goose annotation must start its line (goose refuses the file)",
            firstLine(() -> read(MigrationFormat.GOOSE, file("1_a.sql", "-- +goose Up\n  -- +goose Down\n"))));
        assertEquals("m/1_a.sql:2:1: error: unknown goose annotation \"-- +goose Sideways\" (goose refuses the file)",
            firstLine(() -> read(MigrationFormat.GOOSE, file("1_a.sql", "-- +goose Up\n-- +goose Sideways\n"))));
    }

    @Test
    void dbmateReplaysEveryUpSection() {
        String text = """
            -- migrate:up
            create table a (id int);
            -- migrate:down
            drop table a;
            -- migrate:up transaction:false
            create table b (id int);
            -- migrate:down
            drop table b;
            """;
        MigrationFolder f = read(null, file("20240101000000_a.sql", text));
        assertEquals(MigrationFormat.DBMATE, f.format());
        Source up = f.sources().get(0);
        assertEquals(List.of("-- migrate:up", "create table a (id int);", "", "", "-- migrate:up transaction:false",
            "create table b (id int);", "", ""), up.text().lines().toList());
        assertEquals(List.of("", "", "-- migrate:down", "drop table a;", "", "", "-- migrate:down", "drop table b;"),
            Migrations.down(f, f.migrations().get(0)).orElseThrow().text().lines().toList());
        assertEquals("m/1_a.sql:2:1: error: a statement before -- migrate:up (dbmate refuses the file)",
            firstLine(() -> read(MigrationFormat.DBMATE, file("1_a.sql", "-- ok\ncreate table a ();\n"
                + "-- migrate:up\n"))));
    }

    @Test
    void sqitchFollowsThePlanAndItsReworkedChanges() throws IOException {
        Path c = testdata().resolve("migrations/sqitch");
        MigrationFolder f = Migrations.read(c.resolve("sqitch"), "sqitch", Optional.empty());
        assertEquals(List.of("deploy/init.sql", "deploy/posts.sql", "deploy/touch@v1.0.sql",
            "deploy/published_posts.sql", "deploy/touch.sql"), paths(f));
        assertEquals("sqitch/revert/touch@v1.0.sql", Migrations.down(f, f.migrations().get(2)).orElseThrow().name());
        InputError missing = assertThrows(InputError.class, () -> read(null, file("sqitch.plan",
            "%project=p\n\na 2024-01-01T00:00:00Z A <a@b>\nb 2024-01-01T00:00:00Z A <a@b>\n"),
            file("deploy/a.sql", "")));
        assertEquals("m/sqitch.plan:4:1: error: change b has no deploy script deploy/b.sql in m\n"
            + " 4 | b 2024-01-01T00:00:00Z A <a@b>\n   | ^", missing.render());
        InputError twice = assertThrows(InputError.class, () -> read(null, file("sqitch.plan",
            "%project=p\n\na 2024-01-01T00:00:00Z A <a@b>\na 2024-01-01T00:00:00Z A <a@b>\n")));
        assertTrue(twice.getMessage().contains("change a is also on line 3 with no tag between them"),
            twice.getMessage());
    }

    @Test
    void prismaAndSupabaseFoldersReadTheirMigrationsFolder() throws IOException {
        Path p = testdata().resolve("migrations/prisma");
        MigrationFolder prisma = Migrations.read(p.resolve("prisma"), "prisma", Optional.empty());
        assertEquals("migrations/", prisma.root());
        assertEquals("20240112170000", prisma.migrations().get(1).version());
        Path s = testdata().resolve("migrations/supabase");
        MigrationFolder root = Migrations.read(s.resolve("supabase"), "supabase", Optional.empty());
        assertEquals(MigrationFormat.SUPABASE, root.format());
        assertEquals(3, root.migrations().size(), "seed.sql is data, outside migrations/");
        // named by its path alone
        MigrationFolder named = Migrations.read(s.resolve("supabase/migrations"), "supabase/migrations",
            Optional.empty());
        assertEquals(MigrationFormat.SUPABASE, named.format());
        assertEquals(paths(named), paths(root).stream().map(x -> x.substring("migrations/".length())).toList());
    }

    @Test
    void anObjectMissingOrExistingSaysWhichEarlierFileDroppedOrCreatedIt() {
        InputError dropped = assertThrows(InputError.class, () -> SchemaReader.read(read(null,
            file("1_a.sql", "create table t (id int);"), file("2_b.sql", "create index t_i on t (id);\ndrop table t;"),
            file("3_c.sql", "alter table t add column x int;")).sources()));
        assertEquals("m/3_c.sql:1:13: error: relation \"t\" does not exist (table public.t was dropped by m/2_b.sql)",
            dropped.render().lines().findFirst().orElseThrow());
        InputError created = assertThrows(InputError.class, () -> SchemaReader.read(read(null,
            file("1_a.sql", "create table t (id int);"), file("2_b.sql", "create table t (id int);")).sources()));
        assertTrue(created.getMessage().endsWith("relation \"public.t\" already exists (table public.t was created "
            + "by m/1_a.sql)"), created.getMessage());
        InputError column = assertThrows(InputError.class, () -> SchemaReader.read(read(null,
            file("1_a.sql", "create table t (id int, x int);"), file("2_b.sql", "alter table t drop column x;"),
            file("3_c.sql", "create index on t (x);")).sources()));
        assertTrue(column.getMessage().contains("(column public.t.x was dropped by m/2_b.sql)"), column.getMessage());
        // a rename makes the new name, and the rest stays as it was made (what every database has: by nobody)
        InputError renamed = assertThrows(InputError.class, () -> SchemaReader.read(read(null,
            file("1_a.sql", "create table t (id int); create table u (id int);"), file("2_b.sql",
                "alter table t rename to t2;"), file("3_c.sql", "create table t2 (id int);\ncreate table u (x int);"))
            .sources()));
        assertTrue(renamed.getMessage().endsWith("(table public.t2 was created by m/2_b.sql)"), renamed.getMessage());
        InputError stillU = assertThrows(InputError.class, () -> SchemaReader.read(read(null,
            file("1_a.sql", "create table t (id int); create table u (id int);"), file("2_b.sql",
                "alter table t rename to t2;"), file("3_c.sql", "create table u (x int);")).sources()));
        assertTrue(stillU.getMessage().endsWith("(table public.u was created by m/1_a.sql)"), stillU.getMessage());
        InputError pub = assertThrows(InputError.class, () -> SchemaReader.read(read(null,
            file("1_a.sql", "create table t (id int);"), file("2_b.sql", "alter table t rename to t2;"),
            file("3_c.sql", "create extension plpgsql;")).sources()));
        assertEquals("extension \"plpgsql\" already exists", pub.reason());
        // within one file nothing is added: the file is at hand
        InputError one = assertThrows(InputError.class, () -> SchemaReader.read("s.sql",
            "create table t (id int);\ndrop table t;\nalter table t add column x int;"));
        assertEquals("relation \"t\" does not exist", one.reason());
    }

    @Test
    void aFolderAtAGitRevisionAndStagedIsReadInItsLayout() throws Exception {
        git("init", "-q");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        write("db/migrations/00001_a.sql", "-- +goose Up\ncreate table a (id int);\n-- +goose Down\ndrop table a;\n");
        write("db/migrations/00002_b.sql", "-- +goose Up\ncreate table b (id int);\n-- +goose Down\ndrop table b;\n");
        git("add", ".");
        git("commit", "-q", "-m", "one");
        write("db/migrations/00003_c.sql", "-- +goose Up\ncreate table c (id int);\n-- +goose Down\ndrop table c;\n");
        git("add", ".");

        List<Source> head = Sources.open("HEAD:db/migrations", dir);
        assertEquals(List.of("HEAD:db/migrations/00001_a.sql", "HEAD:db/migrations/00002_b.sql"),
            head.stream().map(Source::name).toList());
        assertEquals("", head.get(0).lineText(4), "the way down is not read");
        List<Source> staged = Sources.open(":db/migrations", dir.resolve("db"));
        assertEquals(3, staged.size());
        assertEquals(":db/migrations/00003_c.sql", staged.get(2).name());
        assertEquals("", staged.get(2).lineText(4));
        List<Source> relative = Sources.open(":./migrations", dir.resolve("db"));
        assertEquals(3, relative.size());
        assertEquals("create table c (id int);", relative.get(2).lineText(2));
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
    }

    private static String firstLine(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InputError.class, e).render().lines().findFirst().orElseThrow();
    }
}
