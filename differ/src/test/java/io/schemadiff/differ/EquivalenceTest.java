package io.schemadiff.differ;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.schemadiff.model.Catalog;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equivalence cases: {@code testdata/equivalence/<case>/schema.sql} (hand-written) and {@code pgdump.sql} (the real
 * pg_dump of that schema, made once with PostgreSQL: see testdata/equivalence/README.md). They hold the same
 * schema, so they must diff empty, both ways.
 */
class EquivalenceTest {

    static Stream<Path> cases() {
        return TestData.cases("equivalence", "schema.sql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void handWrittenAndPgDumpDiffEmpty(Path dir) {
        Catalog hand = TestData.read(dir.resolve("schema.sql"));
        Catalog dump = TestData.read(dir.resolve("pgdump.sql"));
        assertEquals("", Differ.diff(hand, dump).sql(), "schema.sql → pgdump.sql");
        assertEquals("", Differ.diff(dump, hand).sql(), "pgdump.sql → schema.sql");
    }

    /**
     * With owners and privileges read too: schema.sql was run by {@code postgres}, which owns what no OWNER TO
     * gives away; the dump says so in its OWNER TO lines, and lists the grants default privileges made.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void withPrivilegesTooTheyDiffEmpty(Path dir) {
        Catalog hand = TestData.read(dir.resolve("schema.sql"), true, "postgres");
        Catalog dump = TestData.read(dir.resolve("pgdump.sql"), true, "postgres");
        assertEquals("", Differ.diff(hand, dump).sql(), "schema.sql → pgdump.sql");
        assertEquals("", Differ.diff(dump, hand).sql(), "pgdump.sql → schema.sql");
    }
}
