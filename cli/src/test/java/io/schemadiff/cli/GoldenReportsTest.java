package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.source.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case's report in the other two formats: {@code expected.md} ({@code --format markdown}) and
 * {@code expected.json} ({@code --format json}) beside {@code expected.sql}, with the default policy (so a case that
 * loses data shows its refusal), and every JSON report fits docs/schemadiff-report.schema.json. The tool's version
 * in the JSON is written as {@value #VERSION}. {@code -Dgolden.update=true} rewrites them: read the diff before
 * committing it.
 */
class GoldenReportsTest {
    static final String VERSION = "(version)";

    static Stream<Path> cases() {
        Path root = Path.of(System.getProperty("testdata.dir", "../testdata")).resolve("golden");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("from.sql"))).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiffReport report(Path dir) throws IOException {
        ReadOptions read = new ReadOptions();
        Path options = dir.resolve("options");
        List<String> words = Files.isRegularFile(options) ? List.of(Files.readString(options).trim().split("\\s+"))
            : List.of();
        read.withPrivileges = words.contains("--with-privileges");
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--rename") && i + 1 < words.size()) {
                read.renames.add(words.get(++i));
            } else if (words.get(i).startsWith("--rename=")) {
                read.renames.add(words.get(i).substring("--rename=".length()));
            }
        }
        Side from = side(dir, "from.sql");
        Side to = side(dir, "to.sql");
        DiffCommand.Compared c = DiffCommand.compare(from, to, read, new PrintWriter(new StringWriter()));
        return DiffReport.of(from, to, c, new PolicyOptions().refusedCodes(), OutputOptions.NEWEST);
    }

    private static Side side(Path dir, String name) throws IOException {
        return Side.of(name, List.of(new Source(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void markdownReport(Path dir) throws IOException {
        check(dir.resolve("expected.md"), MarkdownOutput.write(report(dir)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonReport(Path dir) throws IOException {
        String json = JsonOutput.write(report(dir)).replace(Main.versionText(), VERSION);
        ReportSchema.check(json);
        check(dir.resolve("expected.json"), json);
    }

    private static void check(Path expected, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "no " + expected + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, expected.toString());
    }
}
