package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.MigrationFormat;
import io.schemadiff.parser.source.Sources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors reading a folder of migrations: {@code testdata/migration-errors/<case>/migrations/} (in the layout its
 * files show, or the one its {@code format} file names) must fail with exactly {@code expected.txt}: the file and
 * line, the reason (with the earlier file that created or dropped the object, where one did), the line and a caret.
 */
class MigrationErrorCasesTest {

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(ErrorCasesTest.root().resolveSibling("migration-errors"))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorNamesTheMigrationAndLine(Path dir) throws IOException {
        Path format = dir.resolve("format");
        Optional<MigrationFormat> f = Files.exists(format)
            ? MigrationFormat.named(Files.readString(format).strip()) : Optional.empty();
        InputError e = assertThrows(InputError.class, () -> SchemaReader.read(Sources.open("migrations", dir, f)));
        assertEquals(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8), e.render() + "\n");
    }
}
