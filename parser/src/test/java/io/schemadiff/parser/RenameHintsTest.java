package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code -- schemadiff: renamed from old_name} comments, tied to the object defined on their line. */
class RenameHintsTest {

    private static SchemaReader.Result read(String sql) {
        return SchemaReader.read("to.sql", sql);
    }

    /** Each hint as {@code object [label] <- from @ line}, its candidates joined with {@code |}. */
    private static List<String> hints(SchemaReader.Result r) {
        return r.hints().stream().map(h -> String.join(" | ", h.candidates().stream().map(t -> t.object()
            + t.label().map(l -> " '" + l + "'").orElse("") + " <- " + t.from()).toList()) + " @ "
            + h.source().line(h.offset())).toList();
    }

    private static List<String> warnings(SchemaReader.Result r) {
        return r.warnings().stream().map(Warning::render).toList();
    }

    @Test
    void aHintOnAColumnLineNamesTheColumn() {
        SchemaReader.Result r = read("""
            CREATE TABLE public.orders (
                id integer PRIMARY KEY,
                remark text NOT NULL, -- schemadiff: renamed from note
                CONSTRAINT orders_total_positive CHECK (id > 0) -- schemadiff: renamed from "Total"
            );
            """);
        assertEquals(List.of("column public.orders.remark <- note @ 3",
            "constraint orders_total_positive on public.orders <- Total @ 4"), hints(r));
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void aHintOnTheLineAStatementStartsOnNamesItsObject() {
        SchemaReader.Result r = read("""
            CREATE SCHEMA billing; -- schemadiff: renamed from accounts
            CREATE TABLE audit_events ( -- schemadiff: renamed from audit_log
                id int
            );
            CREATE VIEW v2 AS SELECT 1 AS one; -- schemadiff: renamed from v1
            CREATE INDEX events_id ON audit_events (id);  --   schemadiff:   renamed from   log_id
            CREATE TYPE mood AS ENUM ('a', 'b'); -- schemadiff: renamed from feeling
            CREATE FUNCTION total(a integer, b text) RETURNS integer LANGUAGE sql -- schemadiff: renamed from sum_up
                AS $$SELECT 1$$;
            CREATE SEQUENCE s2; CREATE SEQUENCE s3; -- schemadiff: renamed from s1
            """);
        assertEquals(List.of("schema billing <- accounts @ 1", "table public.audit_events <- audit_log @ 2",
            "view public.v2 <- v1 @ 5", "index public.events_id <- log_id @ 6", "type public.mood <- feeling @ 7",
            "function public.total(integer, text) <- sum_up @ 8", "sequence public.s3 <- s1 @ 10"), hints(r));
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void aLineThatDefinesMoreThanOneObjectGivesThemAllInItsOrder() {
        SchemaReader.Result r = read("""
            CREATE TABLE accounts (id int constraint accounts_pkey primary key); -- schemadiff: renamed from x
            ALTER TABLE accounts
                ADD COLUMN email text CONSTRAINT accounts_email_key UNIQUE; -- schemadiff: renamed from y
            """);
        assertEquals(List.of("table public.accounts <- x | column public.accounts.id <- x | constraint accounts_pkey "
            + "on public.accounts <- x @ 1", "column public.accounts.email <- y | constraint accounts_email_key on "
            + "public.accounts <- y @ 3"), hints(r));
    }

    @Test
    void aHintOnAnEnumLabelLineNamesTheLabelAsWritten() {
        SchemaReader.Result r = read("""
            CREATE TYPE public.mood AS ENUM (
                'sad',
                'Glad', -- schemadiff: renamed from Happy
                'so so' -- schemadiff: renamed from 'so-so'
            );
            """);
        assertEquals(List.of("type public.mood 'Glad' <- Happy @ 3", "type public.mood 'so so' <- so-so @ 4"),
            hints(r));
    }

    @Test
    void pgDumpsAddConstraintOnItsOwnLine() {
        SchemaReader.Result r = read("""
            CREATE TABLE public.t (id integer);
            ALTER TABLE ONLY public.t
                ADD CONSTRAINT t_pkey PRIMARY KEY (id); -- schemadiff: renamed from t_pk
            ALTER TABLE public.t ADD COLUMN n integer; -- schemadiff: renamed from m
            """);
        assertEquals(List.of("constraint t_pkey on public.t <- t_pk @ 3", "column public.t.n <- m @ 4"), hints(r));
    }

    @Test
    void wordsInsideAStringOrABodyAreNoHint() {
        SchemaReader.Result r = read("""
            CREATE TABLE t (a text DEFAULT '-- schemadiff: renamed from b');
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
            BEGIN
                RETURN 1; -- schemadiff: renamed from g
            END $$;
            COMMENT ON TABLE t IS 'x -- schemadiff: renamed from y';
            """);
        assertEquals(List.of(), hints(r));
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void aHintTheToolCannotReadOrTieIsAWarningWithItsPlace() {
        SchemaReader.Result r = read("""
            CREATE TABLE t (
                a int, -- schemadiff: renamed form b
                c int, -- schemadiff: renamed from public.t.d
                CHECK (a > 0) -- schemadiff: renamed from t_check
            );
            COMMENT ON TABLE t IS 'x'; -- schemadiff: renamed from y
            """);
        assertEquals(List.of(), hints(r));
        List<String> w = warnings(r);
        assertEquals(4, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("to.sql:2:12: warning: a schemadiff comment must read"), w.get(0));
        assertTrue(w.get(1).startsWith("to.sql:3:12: warning: the old name must be one name"), w.get(1));
        assertTrue(w.get(2).startsWith("to.sql:4:19: warning: rename hint ignored: nothing it can rename"),
            w.get(2));
        assertTrue(w.get(3).startsWith("to.sql:6:28: warning: rename hint ignored"), w.get(3));
    }

    @Test
    void hintsAreTheSameWhenALargeInputIsReadOnTwoThreads() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("CREATE TABLE t").append(i).append(" (\n  id bigint,\n  note").append(i).append(" text")
                .append(i % 500 == 0 ? " -- schemadiff: renamed from old" + i : "").append("\n);\n");
        }
        List<Source> sources = List.of(new Source("big.sql", sb.toString()));
        List<String> two = hints(SchemaReader.read(sources));
        assertEquals(hints(SchemaReader.readOnOneThread(sources)), two);
        assertEquals(6, two.size());
        assertEquals("column public.t500.note500 <- old500 @ 2003", two.get(1));
    }

    @Test
    void aResultCanBeReadAgainWithMoreAfterIt() {
        SchemaReader.Result r = read("CREATE TABLE t (a int);");
        SchemaReader.Result again = r.readWith(new Source("more.sql", "ALTER TABLE t RENAME COLUMN a TO b;"));
        assertTrue(again.catalog().table(io.schemadiff.model.QualifiedName.of("public", "t")).orElseThrow()
            .column("b").isPresent());
    }
}
