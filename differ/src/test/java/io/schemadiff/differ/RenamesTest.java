package io.schemadiff.differ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.rename.Renames;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving rename hints and flags: what is renamed, and what is refused or passed over, with its place. */
class RenamesTest {

    private static SchemaReader.Result from(String sql) {
        return SchemaReader.read("from.sql", sql);
    }

    private static SchemaReader.Result to(String sql) {
        return SchemaReader.read("to.sql", sql);
    }

    private static String plan(String from, String to, String... flags) {
        SchemaReader.Result a = from(from);
        SchemaReader.Result b = to(to);
        return Differ.diff(a.catalog(), b.catalog(), Renames.resolve(a, b, List.of(flags)).set()).sql();
    }

    private static InputError refused(String from, String to, String... flags) {
        return assertThrows(InputError.class, () -> Renames.resolve(from(from), to(to), List.of(flags)));
    }

    private static List<String> warnings(String from, String to) {
        return Renames.resolve(from(from), to(to), List.of()).warnings().stream().map(Warning::render).toList();
    }

    @Test
    void withoutAHintADropAndAnAddStayWhatTheyWere() {
        String from = "create table t (id int, note text);";
        String to = "create table t (id int, remark text);";
        assertEquals(Differ.diff(from(from).catalog(), to(to).catalog()).sql(), plan(from, to));
        assertTrue(plan(from, to).contains("DROP COLUMN note"));
    }

    @Test
    void aFlagAndAHintCombine() {
        // the table is renamed by the flag, its column by the hint, which names the table as the target does
        String sql = plan("create table orders (id int, note text);",
            "create table purchases (id int, remark text); -- schemadiff: renamed from note",
            "public.orders=purchases");
        assertEquals("""
            -- renamed, as told by the hint at to.sql:1:47
            ALTER TABLE public.orders RENAME COLUMN note TO remark;

            -- renamed, as told by --rename public.orders=purchases
            ALTER TABLE public.orders RENAME TO purchases;
            """, sql);
    }

    @Test
    void aRenamedColumnWhoseTypeChangesIsRenamedThenAltered() {
        String sql = plan("create table t (qty int);", "create table t (\n quantity bigint -- schemadiff: renamed from qty\n);");
        assertTrue(sql.endsWith("""
            ALTER TABLE public.t RENAME COLUMN qty TO quantity;

            ALTER TABLE public.t ALTER COLUMN quantity TYPE bigint;
            """), sql);
    }

    @Test
    void renamesThatFreeANameComeFirst() {
        String sql = plan("create table t (a int, b int);", "create table t (b int, c int);",
            "public.t.a=b", "public.t.b=c");
        assertTrue(sql.indexOf("RENAME COLUMN b TO c") < sql.indexOf("RENAME COLUMN a TO b"), sql);
        InputError swap = refused("create table t (a int, b int);", "create table t (b int, a int);",
            "public.t.a=b", "public.t.b=a");
        assertTrue(swap.reason().startsWith("renames that take each other's names (a to b, b to a) cannot be ordered"),
            swap.reason());
    }

    @Test
    void aFlagThatNamesNothingIsAnInputErrorWithItsPlace() {
        String from = "create table t (a int); create function f(int) returns int language sql as 'select 1';"
            + "create function f(text) returns int language sql as 'select 1';";
        assertEquals("FROM has no object named public.t.b (--rename public.t.b=c)",
            refused(from, "create table t (c int);", "public.t.b=c").reason());
        assertEquals("--rename:1:1: error: FROM has no object named public.u (--rename public.u=v)",
            refused(from, "", "public.u=v").render().lines().findFirst().orElseThrow());
        assertTrue(refused(from, "", "public.f=g").reason().startsWith("public.f names more than one object in FROM: "
            + "function public.f(integer), function public.f(text); write the argument types"));
        assertTrue(refused(from, "", "public.t.a=public.t.b").reason().contains("NEW the new name alone"));
        assertTrue(refused(from, "", "t.a").reason().contains("expected OLD=NEW"));
        assertEquals("--rename public.t.a=a renames nothing: the name is the same",
            refused(from, "", "public.t.a=a").reason());
    }

    @Test
    void aFlagTheSchemasContradictIsAnInputError() {
        assertEquals("TO has no column public.t.b", refused("create table t (a int);", "create table t (c int);",
            "public.t.a=b").reason());
        assertEquals("TO still has column public.t.a (a rename leaves none of that name)",
            refused("create table t (a int);", "create table t (a int, b int);", "public.t.a=b").reason());
        assertEquals("FROM already has column public.t.b", refused("create table t (a int, b int);",
            "create table t (b int);", "public.t.a=b").reason());
        assertEquals("column public.t.a is renamed twice (also by --rename public.t.a=c)",
            refused("create table t (a int);", "create table t (b int, c int);", "public.t.a=b", "public.t.a=c")
                .reason());
        assertTrue(plan("create function f(int) returns int language sql as 'select 1';"
                + "create function f(text) returns int language sql as 'select 1';",
            "create function g(int) returns int language sql as 'select 1';"
                + "create function f(text) returns int language sql as 'select 1';", "public.f(int4)=g")
            .contains("ALTER FUNCTION public.f(integer) RENAME TO g"));
    }

    @Test
    void aHintTheSchemasContradictIsPassedOverWithAWarning() {
        assertEquals(List.of("to.sql:1:32: warning: rename hint not applied: TO still has column public.t.a (a rename "
            + "leaves none of that name)"), warnings("create table t (a int);",
            "create table t (a int, b int); -- schemadiff: renamed from a"));
        assertEquals(List.of("to.sql:2:9: warning: rename hint not applied: FROM already has column public.t.b"),
            warnings("create table t (a int, b int);", "create table t (\n  b int -- schemadiff: renamed from a\n);"));
        // the old object is not in the source: the rename is done, or the source is older than it
        assertEquals(List.of(), warnings("create table t (b int);",
            "create table t (\n  b int -- schemadiff: renamed from a\n);"));
        assertEquals("", plan("create table t (b int);", "create table t (\n  b int -- schemadiff: renamed from a\n);"));
    }

    @Test
    void aRenameTheServerWouldRefuseIsAnInputErrorAtTheHint() {
        // the new name is a view's, which the target drops: the rename cannot come first
        InputError e = refused("create table t (a int); create view v as select 1 as x;",
            "create table v (a int); -- schemadiff: renamed from t");
        assertEquals("to.sql:1:25: error: cannot rename table public.t to v: relation \"public.v\" already exists (view "
            + "public.v was created by from.sql)",
            e.render().lines().findFirst().orElseThrow());
    }

    @Test
    void namesTheServerMadeFromARenamedTableFollowItWhereTheTargetHasThem() {
        String from = "create table log (id serial primary key, note text unique); create index on log (note);";
        String sql = plan(from, "create table events (id serial primary key, note text unique); -- schemadiff: "
            + "renamed from log\ncreate index on events (note);");
        for (String s : List.of("RENAME CONSTRAINT log_pkey TO events_pkey", "RENAME CONSTRAINT log_note_key TO "
            + "events_note_key", "ALTER INDEX public.log_note_idx RENAME TO events_note_idx",
            "ALTER SEQUENCE public.log_id_seq RENAME TO events_id_seq", "ALTER TABLE public.log RENAME TO events")) {
            assertTrue(sql.contains(s), s + " in\n" + sql);
        }
        // where the target keeps the old names, they are kept
        String kept = plan(from, "create sequence log_id_seq as integer;\ncreate table events (id integer not null "
            + "default nextval('log_id_seq') constraint log_pkey primary key, note text constraint log_note_key "
            + "unique); -- schemadiff: renamed from log\nalter sequence log_id_seq owned by events.id;\n"
            + "create index log_note_idx on events (note);");
        assertEquals("""
            -- renamed, as told by the hint at to.sql:2:148
            ALTER TABLE public.log RENAME TO events;
            """, kept);
    }

    @Test
    void theRenamesReversedRenameBack() {
        SchemaReader.Result a = from("create type s as enum ('new', 'paid'); create table log (id serial primary key, "
            + "note text, state s);");
        SchemaReader.Result b = to("create type s as enum (\n 'placed', -- schemadiff: renamed from new\n 'paid');\n"
            + "create table events (id serial primary key, remark text, state s); -- schemadiff: renamed from log");
        Renames up = Renames.resolve(a, b, List.of("public.log.note=remark"));
        Renames down = up.reversed(b, a);
        String sql = Differ.diff(down.set().original(), a.catalog(), down.set()).sql();
        for (String s : List.of("ALTER TABLE public.events RENAME COLUMN remark TO note",
            "ALTER TYPE public.s RENAME VALUE 'placed' TO 'new'", "ALTER TABLE public.events RENAME TO log",
            "ALTER SEQUENCE public.events_id_seq RENAME TO log_id_seq",
            "ALTER TABLE public.events RENAME CONSTRAINT events_pkey TO log_pkey")) {
            assertTrue(sql.contains(s), s + " in\n" + sql);
        }
        assertTrue(!sql.contains("DROP") && !sql.contains("ADD"), sql);
        assertTrue(sql.contains("-- renamed back, as told by --rename public.log.note=remark"), sql);
    }
}
