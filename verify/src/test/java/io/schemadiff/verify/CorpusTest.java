package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus runner: over a corpus of its own, and over the repository's testdata/ (every pair case must pass). */
class CorpusTest {
    @TempDir
    Path dir;

    private static void write(Path p, String text) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void runsEveryLayoutAndCountsFailures() throws Exception {
        Path root = dir.resolve("corpus");
        write(root.resolve("prelude.sql"), """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'corpus_test_role') THEN
                CREATE ROLE corpus_test_role;
              END IF;
            END $$;
            """);
        write(root.resolve("golden/table/add_column/from.sql"), "CREATE TABLE t (a int);");
        write(root.resolve("golden/table/add_column/to.sql"), "CREATE TABLE t (a int, b text);");
        write(root.resolve("golden/table/add_column/expected.sql"), "ALTER TABLE public.t ADD COLUMN b text;");
        write(root.resolve("pg/uses_setup/setup.sql"), "CREATE SCHEMA util; CREATE TYPE util.e AS ENUM ('a');");
        write(root.resolve("pg/uses_setup/old.sql"), "CREATE TABLE t (a util.e);");
        write(root.resolve("pg/uses_setup/new.sql"), "CREATE TABLE t (a util.e, b util.e);");
        write(root.resolve("pg/uses_prelude_role/old.sql"), "CREATE TABLE t (a int);");
        write(root.resolve("pg/uses_prelude_role/new.sql"),
            "CREATE TABLE t (a int);\nALTER TABLE t OWNER TO corpus_test_role;");
        // whatever the differ makes of it, PostgreSQL refuses TO: a failure, with the server's error
        write(root.resolve("pg/bad_to/old.sql"), "CREATE TABLE t (a int);");
        write(root.resolve("pg/bad_to/new.sql"), "CREATE TABLE t (a int CHECK (a > 'x'::int));");
        write(root.resolve("pg/no_extension/old.sql"), "CREATE EXTENSION no_such_extension_here;");
        write(root.resolve("pg/no_extension/new.sql"), "");

        StringWriter out = new StringWriter();
        Corpus.Summary s = Corpus.run(TestServer.get(), 0, List.of(root), List.of(), new PrintWriter(out), false);
        String text = out.toString();
        assertEquals(3, s.passed(), text);
        assertEquals(1, s.failed(), text);
        assertEquals(1, s.skipped(), text);
        assertTrue(text.contains("prelude " + root.resolve("prelude.sql") + ": loaded"), text);
        assertTrue(text.contains("PASS corpus/golden/table/add_column"), text);
        assertTrue(text.contains("FAIL corpus/pg/bad_to: "), text);
        assertTrue(text.contains("invalid input syntax for type integer: \"x\""), text);
        assertTrue(text.contains("SKIP corpus/pg/no_extension"), text);
        assertTrue(text.strip().endsWith("3 passed, 1 failed, 1 skipped"), text);
    }

    @Test
    void anEmptyCorpusReportsNothing() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        StringWriter out = new StringWriter();
        Corpus.Summary s = Corpus.run(TestServer.get(), 0, List.of(dir.resolve("empty")), List.of(),
            new PrintWriter(out), false);
        assertEquals(0, s.passed() + s.failed());
        assertTrue(out.toString().strip().endsWith("0 passed, 0 failed"), out.toString());
    }

    /**
     * Every pair case in testdata/ (and in -Dschemadiff.corpus folders) verifies on a real PostgreSQL: the
     * differ's migration runs and produces TO. Cases listed in verify/known-failures.txt are known differ bugs:
     * tolerated while they fail, and reported when they start to pass so that their line goes.
     */
    @Test
    void testdataPairCasesAllPass() throws Exception {
        List<Path> roots = new ArrayList<>();
        Path testdata = Path.of(System.getProperty("testdata.dir", "../testdata"));
        if (!Files.isDirectory(testdata)) {
            testdata = Path.of("../testdata"); // run from verify/ alone
        }
        roots.add(testdata);
        String extra = System.getProperty("schemadiff.corpus", "");
        for (String p : extra.split(File.pathSeparator)) {
            if (!p.isBlank()) {
                roots.add(Path.of(p));
            }
        }
        Set<String> known = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("known-failures.txt"))) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                known.add(l.split("\\s+", 2)[0]);
            }
        }
        StringWriter buffer = new StringWriter();
        Corpus.Summary s = Corpus.run(TestServer.get(), 0, roots, List.of(), new PrintWriter(buffer), false);
        // the runner's closing line, reworded: known failures are no failures of this test
        String text = buffer.toString().stripTrailing();
        System.out.println(text.substring(0, text.lastIndexOf('\n') + 1) + "[verify corpus] " + s.line()
            + " (known failures: verify/known-failures.txt)");
        Set<String> failed = new TreeSet<>();
        List<String> unexpected = new ArrayList<>();
        for (var f : s.failures()) {
            failed.add(f.getKey().name());
            if (!known.contains(f.getKey().name())) {
                unexpected.add(f.getKey().name() + ": " + f.getValue().headline());
            }
        }
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(failed);
        String prefix = testdata.toAbsolutePath().normalize().getFileName() + "/";
        fixed.removeIf(name -> !name.startsWith(prefix));
        assertTrue(unexpected.isEmpty(), "pair cases that fail on PostgreSQL: " + unexpected);
        assertTrue(fixed.isEmpty(), "these now pass (or are gone): delete their lines from verify/known-failures.txt: "
            + fixed);
        boolean golden = Files.isDirectory(roots.get(0).resolve("golden"));
        assertTrue(!golden || s.passed() > 0, "testdata/golden exists but no pair case passed");
    }
}
