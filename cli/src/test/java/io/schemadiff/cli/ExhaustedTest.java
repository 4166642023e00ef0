package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Out of memory, in a JVM of its own: one line saying what to do, exit 1, no stack trace, on every path. */
class ExhaustedTest {
    @TempDir
    static Path dir;

    private static Path big;

    /** About 24 MB of tables: more than a 48 MB heap holds once read. */
    static synchronized Path big() throws IOException {
        if (big == null) {
            big = dir.resolve("big.sql");
            try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
                for (int i = 0; i < 120_000; i++) {
                    w.write("CREATE TABLE t" + i + " (id bigint PRIMARY KEY, name text NOT NULL DEFAULT 'x', "
                        + "n numeric(10, 2) CHECK (n > 0), created timestamptz DEFAULT now());\n");
                }
            }
        }
        return big;
    }

    record Run(int exit, String err) {}

    static Run main(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Run(p.exitValue(), err);
    }

    private static void assertOneLine(Run r) {
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("schemadiff: out of memory (a Java heap of "), r.err());
        assertTrue(r.err().contains("SCHEMADIFF_JAVA_OPTS=-Xmx"), r.err());
    }

    @Test
    void checkOutOfMemory() throws Exception {
        assertOneLine(main("check", big().toString()));
    }

    @Test
    void diffOutOfMemoryOnTheFastPath() throws Exception {
        assertOneLine(main("diff", "/dev/null", big().toString()));
    }

    @Test
    void diffOutOfMemoryThroughTheCommandLineParser() throws Exception {
        assertOneLine(main("diff", "--format=json", big().toString(), "/dev/null"));
    }
}
