package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.schemadiff.parser.source.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error cases: {@code testdata/errors/<case>/input.sql} must fail with exactly {@code expected.txt}: the place
 * ({@code input.sql:line:col}), the reason, the line and a caret under the spot.
 */
class ErrorCasesTest {

    static Path root() {
        String dir = System.getProperty("testdata.dir");
        return (dir != null ? Path.of(dir) : Path.of("..", "testdata")).resolve("errors");
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorNamesThePlace(Path dir) throws IOException {
        String sql = Files.readString(dir.resolve("input.sql"), StandardCharsets.UTF_8);
        InputError e = assertThrows(InputError.class, () -> SchemaReader.read("input.sql", sql));
        assertEquals(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8), e.render() + "\n");
    }
}
