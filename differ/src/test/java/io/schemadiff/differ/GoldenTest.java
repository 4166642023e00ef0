package io.schemadiff.differ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.differ.plan.Plan;
import io.schemadiff.model.Catalog;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: {@code testdata/golden/<kind>/<case>/from.sql, to.sql, expected.sql}. The migration printed for
 * from → to must be expected.sql, byte for byte; the renames to.sql's hints and the case's {@code options}
 * ({@code --rename OLD=NEW}) tell are heeded. Run with {@code -Dgolden.update=true} to rewrite the
 * expectations, then read the diff before committing it.
 *
 * <p>Each case also proves two properties offline: the target diffs empty against itself, and replaying the
 * printed migration onto the source (with the same interpreter) gives a schema equal to the target.
 */
class GoldenTest {

    static Stream<Path> cases() {
        return TestData.cases("golden", "from.sql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void migrationIsTheExpectedOne(Path dir) throws IOException {
        String actual = migration(dir);
        Path expectedFile = dir.resolve("expected.sql");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "no expected.sql; run with -Dgolden.update=true and review it");
        assertEquals(TestData.text(expectedFile), actual, "migration for " + dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void replayingTheMigrationGivesTheTarget(Path dir) {
        String fromSql = TestData.text(dir.resolve("from.sql"));
        boolean privileges = TestData.withPrivileges(dir);
        Catalog to = TestData.read(dir.resolve("to.sql"));
        String migration = migration(dir);
        Catalog replayed = SchemaReader.read(List.of(new Source("from.sql", fromSql),
            new Source("migration.sql", migration)), privileges).catalog();
        Plan rest = Differ.diff(replayed, to);
        assertEquals("", rest.sql(), "after the migration, the schema still differs from the target");
    }

    /** The case's migration, with the renames its options and to.sql's hints tell. */
    private static String migration(Path dir) {
        SchemaReader.Result from = TestData.result(dir.resolve("from.sql"));
        SchemaReader.Result to = TestData.result(dir.resolve("to.sql"));
        return Differ.diff(from.catalog(), to.catalog(), TestData.renames(dir, from, to)).sql();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void targetDiffsEmptyAgainstItself(Path dir) {
        Catalog to = TestData.read(dir.resolve("to.sql"));
        assertTrue(Differ.diff(to, TestData.read(dir.resolve("to.sql"))).isEmpty());
    }
}
