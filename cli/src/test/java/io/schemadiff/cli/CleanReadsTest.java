package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered clean reads are trusted only whole: a damaged entry is read past and written anew. */
class CleanReadsTest {
    @TempDir
    Path dir;

    private Path cache;
    private Path schema;

    @BeforeEach
    void setUp() throws IOException {
        cache = dir.resolve("cache");
        System.setProperty("schemadiff.cache.dir", cache.toString());
        schema = dir.resolve("s.sql");
        Files.writeString(schema, "create table t (id int);\ninsert into t values (1);\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("schemadiff.cache.dir");
    }

    private CliTest.Run diff() {
        return CliTest.run("diff", schema.toString(), schema.toString());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.sorted().toList();
        }
    }

    private static final String REPORT = "s.sql:2:1: warning: not modeled yet";

    @Test
    void aDamagedEntryIsReadPastAndWrittenAnew() throws IOException {
        CliTest.Run first = diff();
        assertTrue(first.err().contains(REPORT), first.err());
        Path entry = entries().get(0);
        String whole = Files.readString(entry, StandardCharsets.UTF_8);
        for (String damaged : List.of("", "error: fake\n", whole.replace("not modeled", "NOT MODELED"),
            whole.substring(0, whole.length() / 2), whole.replaceFirst("\n[0-9a-f]{64}\n", "\n" + "0".repeat(64) + "\n"))) {
            Files.writeString(entry, damaged, StandardCharsets.UTF_8);
            assertEquals(first, diff(), "the report as read, not the damaged entry's");
            assertEquals(whole, Files.readString(entry, StandardCharsets.UTF_8), "written anew");
        }
    }

    @Test
    void anEntryUnderAnotherKeyIsNotTaken() throws IOException {
        CliTest.Run first = diff();
        Path entry = entries().get(0);
        String other = CleanReads.entry("0".repeat(64), "s.sql:1:1: warning: another text's report\n");
        Files.writeString(entry, other, StandardCharsets.UTF_8);
        assertEquals(first, diff());
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        Files.createDirectories(cache);
        Path stale = Files.writeString(cache.resolve("abc123.tmp"), "half", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(cache.resolve("def456.tmp"), "another run's, being written",
            StandardCharsets.UTF_8);
        diff();
        List<Path> after = entries();
        assertEquals(2, after.size(), after.toString());
        assertTrue(after.contains(fresh), "a run still writing keeps its file");
        // the rename fails (a folder stands where the entry goes): the temporary file goes all the same
        Path entry = after.stream().filter(p -> !p.equals(fresh)).findFirst().orElseThrow();
        Files.delete(entry);
        Files.createDirectories(entry.resolve("in-the-way"));
        assertEquals(0, diff().exit());
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(Set.of(entry, fresh), s.collect(Collectors.toSet()));
        }
    }

    @Test
    void theEntriesUsedLastAreKept() throws IOException {
        Files.createDirectories(cache);
        long now = System.currentTimeMillis();
        for (int i = 0; i < 12; i++) {
            Path e = Files.writeString(cache.resolve("entry" + i), "x", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(e, FileTime.fromMillis(now - (12 - i) * 60_000L));
        }
        Path running = Files.writeString(cache.resolve("run.tmp"), "being written", StandardCharsets.UTF_8);
        CleanReads.prune(cache, 5);
        Set<String> left = entries().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("entry7", "entry8", "entry9", "entry10", "entry11", "run.tmp"), left);
        assertTrue(Files.exists(running));
    }

    @Test
    void anEntryTakenCountsAsUsedNow() throws IOException {
        diff();
        Path entry = entries().get(0);
        // an entry of its own making, whole, under the right key: taken, it is what the run reports
        String mark = "s.sql:1:1: warning: remembered\n";
        Files.writeString(entry, CleanReads.entry(entry.getFileName().toString(), mark), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L));
        CliTest.Run again = diff();
        assertTrue(again.err().contains("warning: remembered"), again.err());
        assertTrue(Files.getLastModifiedTime(entry).toMillis() > System.currentTimeMillis() - 60_000L,
            "the entry was taken, so it is fresh again");
    }
}
