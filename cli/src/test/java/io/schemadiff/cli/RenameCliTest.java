package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.cli.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --rename OLD=NEW} and rename hints in TO, as a user runs them. */
class RenameCliTest {
    @TempDir
    Path dir;

    private Path file(String name, String sql) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, sql, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aRenameKeepsTheDataThatDropAndAddWouldLose() throws IOException {
        Path a = file("a.sql", "create table t (id int, note text);");
        Path b = file("b.sql", "create table t (id int, remark text);");
        assertEquals(3, CliTest.run("diff", a.toString(), b.toString()).exit(), "without a rename: a drop, refused");
        Run flag = CliTest.run("diff", "--rename", "public.t.note=remark", a.toString(), b.toString());
        assertEquals(new Run(2, """
            -- renamed, as told by --rename public.t.note=remark
            ALTER TABLE public.t RENAME COLUMN note TO remark;
            """, ""), flag);
        assertEquals(flag, CliTest.run("diff", "--rename=public.t.note=remark", a.toString(), b.toString()));
        Path hinted = file("c.sql", "create table t (\n  id int,\n  remark text -- schemadiff: renamed from note\n);");
        Run hint = CliTest.run("diff", a.toString(), hinted.toString());
        assertEquals(2, hint.exit());
        assertTrue(hint.out().startsWith("-- renamed, as told by the hint at " + hinted + ":3:15\n"
            + "ALTER TABLE public.t RENAME COLUMN note TO remark;"), hint.out());
    }

    @Test
    void aDropThatLooksLikeARenameIsRefusedWithTheHintThatWouldMakeItOne() throws IOException {
        Path a = file("a.sql", "create table t (id int, note text, n int);");
        Path b = file("b.sql", "create table t (id int, remark text, n int);");
        Run r = CliTest.run("diff", a.toString(), b.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("ALTER TABLE public.t DROP COLUMN note   -- looks like a rename of column note to "
            + "remark (same type, same place, the rest of the table unchanged); if it is, write \"-- schemadiff: "
            + "renamed from note\" on the line of remark in TO, or --rename public.t.note=remark"), r.err());
        // another type, or another column changed too: no candidate
        Path c = file("c.sql", "create table t (id int, remark varchar(10), n int);");
        assertTrue(!CliTest.run("diff", a.toString(), c.toString()).err().contains("looks like a rename"));
        Path d = file("d.sql", "create table t (id int, remark text, n bigint);");
        assertTrue(!CliTest.run("diff", a.toString(), d.toString()).err().contains("looks like a rename"));
    }

    @Test
    void aFlagThatNamesNothingIsAnInputErrorWithItsPlace() throws IOException {
        Path a = file("a.sql", "create table t (id int, note text);");
        Path b = file("b.sql", "create table t (id int, remark text);");
        Run r = CliTest.run("diff", "--rename", "public.t.nope=remark", a.toString(), b.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals("""
            --rename:1:1: error: FROM has no object named public.t.nope (--rename public.t.nope=remark)
             1 | public.t.nope=remark
               | ^
            """, r.err());
    }

    @Test
    void aHintTheSchemasContradictIsAWarning() throws IOException {
        Path a = file("a.sql", "create table t (id int, note text);");
        Path b = file("b.sql", "create table t (\n  id int,\n  note text,\n  remark text -- schemadiff: renamed from note\n);");
        Run r = CliTest.run("diff", a.toString(), b.toString());
        assertEquals(2, r.exit());
        assertEquals(b + ":4:15: warning: rename hint not applied: TO still has column public.t.note (a rename "
            + "leaves none of that name)\n", r.err());
        assertTrue(r.out().contains("ADD COLUMN remark text"), r.out());
    }

    @Test
    void aNewMigrationRenamesAndItsDownMigrationRenamesBack() throws IOException {
        Path folder = dir.resolve("migrations");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("000001_init.up.sql"), "create table orders (id int primary key, note text);");
        Files.writeString(folder.resolve("000001_init.down.sql"), "drop table orders;");
        Path schema = file("schema.sql", "create table orders (\n  id int primary key,\n  remark text -- schemadiff: "
            + "renamed from note\n);\n");
        Run r = CliTest.run("new-migration", folder.toString(), schema.toString(), "--name", "rename_note",
            "--dry-run");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("000002_rename_note.up.sql\n-- renamed, as told by the hint at " + schema
            + ":3:15\nALTER TABLE public.orders RENAME COLUMN note TO remark;"), r.out());
        assertTrue(r.out().contains("000002_rename_note.down.sql\n-- renamed back, as told by the hint at " + schema
            + ":3:15\nALTER TABLE public.orders RENAME COLUMN remark TO note;"), r.out());
    }

    @Test
    void theFastPathTakesTheRenameFlag() {
        DiffCommand d = FastPath.parseDiff(new String[] {"diff", "--rename", "public.t.id=key", "a.sql",
            "--rename=public.t=u", "b.sql"});
        assertEquals(java.util.List.of("public.t.id=key", "public.t=u"), d.read.renames);
        assertEquals(null, FastPath.parseDiff(new String[] {"diff", "a.sql", "b.sql", "--rename"}));
    }
}
