package io.schemadiff.differ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectFilter;
import io.schemadiff.parser.SchemaReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leaving objects out of a comparison: both sides alike, what is left out is taken as it is. */
class ObjectFilterTest {
    static final String FROM = """
        create schema audit;
        create table audit.log (id int);
        create table public.users (id int primary key, name text);
        create table public.tmp_import (id int);
        create index tmp_import_id on public.tmp_import (id);
        create table public.schema_migrations (version text);
        create function public.debug_dump() returns int language sql as 'select 1';
        """;
    static final String TO = """
        create table public.users (id int primary key, name text, email text);
        create table public.tmp_load (id int);
        create function public.debug_trace() returns int language sql as 'select 1';
        """;

    static String diff(ObjectFilter f) {
        Catalog a = SchemaReader.read("from.sql", FROM).catalog();
        Catalog b = SchemaReader.read("to.sql", TO).catalog();
        return Differ.diff(f.apply(a), f.apply(b)).sql();
    }

    @Test
    void withoutAFilterEverythingIsCompared() {
        String sql = diff(ObjectFilter.NONE);
        assertTrue(sql.contains("DROP SCHEMA audit"), sql);
        assertTrue(sql.contains("DROP TABLE public.schema_migrations"), sql);
    }

    @Test
    void excludedSchemasAndPatternsAreNeitherCreatedNorDropped() {
        ObjectFilter f = ObjectFilter.of(List.of(), List.of("audit"), List.of(
            "# bookkeeping of the migration tool", "*.schema_migrations", "", "table public.tmp_*",
            "function public.debug_*"));
        assertEquals("""
            ALTER TABLE public.users ADD COLUMN email text;
            """, diff(f));
    }

    @Test
    void theLastMatchingPatternDecides() {
        ObjectFilter f = ObjectFilter.of(List.of(), List.of("audit"), List.of("public.*", "!public.users"));
        assertEquals("ALTER TABLE public.users ADD COLUMN email text;\n", diff(f));
        // a kind limits a pattern: the functions are not tables, so they are still compared
        String sql = diff(ObjectFilter.of(List.of(), List.of("audit"), List.of("table public.*")));
        assertTrue(sql.contains("CREATE FUNCTION public.debug_trace()"), sql);
        assertTrue(!sql.contains("TABLE public.users"), sql);
    }

    @Test
    void onlyTheNamedSchemas() {
        ObjectFilter f = ObjectFilter.of(List.of("audit"), List.of(), List.of());
        assertEquals("DROP TABLE audit.log;\n\nDROP SCHEMA audit;\n", diff(f));
    }

    @Test
    void anIndexGoesWithItsTable() {
        ObjectFilter f = ObjectFilter.of(List.of(), List.of(), List.of("public.tmp_import"));
        String sql = diff(f);
        assertTrue(!sql.contains("tmp_import"), sql);
    }

    @Test
    void aPatternThatCannotBeReadSaysWhich() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ObjectFilter.of(List.of(), List.of(), List.of("tables public.x y")));
        assertTrue(e.getMessage().contains("'tables public.x y'"), e.getMessage());
    }
}
