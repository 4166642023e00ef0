package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.source.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that once crashed, hung or vanished in silence (issue 14): each now reads into a model, or fails with an
 * {@link InputError} naming its place, or is reported.
 */
class BadInputTest {

    static Path testdata() {
        String dir = System.getProperty("testdata.dir");
        return dir != null ? Path.of(dir) : Path.of("..", "testdata");
    }

    static Stream<Path> pgDumps() throws IOException {
        try (Stream<Path> s = Files.list(testdata().resolve("equivalence"))) {
            return s.map(d -> d.resolve("pgdump.sql")).filter(Files::isRegularFile).sorted().limit(6).toList()
                .stream();
        }
    }

    private static final ObjectId TABLE_U = ObjectId.of(ObjectKind.TABLE, new QualifiedName("public", "u"));

    private static SchemaReader.Result read(String sql) {
        return SchemaReader.read("s.sql", sql);
    }

    // ------------------------------------------------------------------ line endings

    @ParameterizedTest(name = "{0}")
    @MethodSource("pgDumps")
    void aPgDumpWithCrLineEndingsReadsAsWithLf(Path dump) throws IOException {
        String lf = Files.readString(dump, StandardCharsets.UTF_8);
        SchemaReader.Result expected = read(lf);
        for (String eol : List.of("\r", "\r\n")) {
            SchemaReader.Result r = read(lf.replace("\n", eol));
            assertEquals(expected.catalog().objects().keySet(), r.catalog().objects().keySet(),
                "line endings " + eol.length());
            assertTrue(expected.catalog().objects().equals(r.catalog().objects()), "the same objects");
            assertEquals(expected.warnings().stream().map(Warning::render).toList(),
                r.warnings().stream().map(Warning::render).toList());
        }
    }

    @Test
    void positionsCountCrAloneAsALineBreak() {
        InputError e = assertThrows(InputError.class,
            () -> read("\\restrict k\rcreate table t (id int);\rcreate tabel u (id int);\r"));
        assertEquals("s.sql:3:8: error: unknown CREATE statement: \"tabel\"\n"
            + " 3 | create tabel u (id int);\n"
            + "   |        ^", e.render());
    }

    @Test
    void copyDataEndsAtItsMarkerWhateverTheLineEndings() {
        for (String eol : List.of("\n", "\r", "\r\n")) {
            String sql = String.join(eol, "create table t (a int);", "copy t (a) from stdin;", "1", "'x", "\\.",
                "create table u (b int);", "");
            SchemaReader.Result r = read(sql);
            assertTrue(r.catalog().objects().containsKey(TABLE_U), "u is read after the COPY data (line endings "
                + eol.length() + ")");
        }
    }

    @Test
    void sourceLinesEndAtLfCrLfAndCr() {
        Source s = new Source("s.sql", "a\rb\r\nc\nd");
        assertEquals(4, s.line(s.text().indexOf('d')));
        assertEquals("b", s.lineText(2));
        assertEquals("c", s.lineText(3));
        assertEquals(1, s.column(s.text().indexOf('c')));
    }

    // ------------------------------------------------------------------ bytes that are not text

    @Test
    void aNulByteIsAnErrorAtItsPlaceAndIsNotEchoedRaw() {
        InputError e = assertThrows(InputError.class, () -> read("create table t (a int);\ncomment on table t is"
            + " 'a\u0000b';\n"));
        assertEquals("s.sql:2:25: error: invalid byte sequence for encoding \"UTF8\": 0x00 (a NUL byte)\n"
            + " 2 | comment on table t is 'a\u2400b';\n"
            + "   |                         ^", e.render());
    }

    @Test
    void controlCharactersAreNotEchoedRaw() {
        InputError e = assertThrows(InputError.class, () -> read("create \u001b[31mtable t (a int);"));
        assertTrue(e.render().indexOf('\u001b') < 0, e.render());
        SchemaReader.Result r = read("create table t (a int);\nalter table t set access method \"\u001b[2J\";");
        assertTrue(r.warnings().get(0).render().indexOf('\u001b') < 0, r.warnings().get(0).render());
    }
}
