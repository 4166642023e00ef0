package io.schemadiff.parser.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
    }

    @Test
    void fileAndFolderAtAGitRevisionAreReadWithoutCheckingOut() throws Exception {
        git("init", "-q");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        write("db/schema.sql", "create table t (id int);");
        write("db/more/b.sql", "create table b (id int);");
        git("add", ".");
        git("commit", "-q", "-m", "one");
        write("db/schema.sql", "changed since");

        List<Source> file = Sources.open("HEAD:db/schema.sql", dir);
        assertEquals(1, file.size());
        assertEquals("HEAD:db/schema.sql", file.get(0).name());
        assertEquals("create table t (id int);", file.get(0).text());

        List<Source> folder = Sources.open("HEAD:db", dir);
        assertEquals(List.of("HEAD:db/more/b.sql", "HEAD:db/schema.sql"),
            folder.stream().map(Source::name).toList());
    }

    @Test
    void colonPathReadsWhatIsStagedNotTheWorkTree() throws Exception {
        git("init", "-q");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        write("db/schema.sql", "committed");
        git("add", ".");
        git("commit", "-q", "-m", "one");
        write("db/schema.sql", "staged");
        write("db/more/b.sql", "staged too");
        git("add", ".");
        write("db/schema.sql", "edited after staging");
        write("db/more/c.sql", "not staged");

        assertEquals("staged", Sources.open(":db/schema.sql", dir).get(0).text());
        assertEquals("committed", Sources.open("HEAD:db/schema.sql", dir).get(0).text());
        List<Source> folder = Sources.open(":db", dir);
        assertEquals(List.of(":db/more/b.sql", ":db/schema.sql"), folder.stream().map(Source::name).toList());
        assertEquals(List.of("staged too", "staged"), folder.stream().map(Source::text).toList());
        // from a sub-folder, as git does: relative to the top unless ./
        Path sub = dir.resolve("db/more");
        assertEquals("staged", Sources.open(":db/schema.sql", sub).get(0).text());
        assertEquals("staged too", Sources.open(":./b.sql", sub).get(0).text());
        InputError e = assertThrows(InputError.class, () -> Sources.open(":db/none.sql", dir));
        assertTrue(e.getMessage().contains("nothing is staged"), e.getMessage());
    }

    @Test
    void namesWithSpacesAndFoldersOfManyFilesReadInOneGo() throws Exception {
        git("init", "-q");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        write("db/my schema.sql", "create table t (id int);");
        for (int i = 1; i <= 30; i++) {
            write(String.format("db/m/%03d_step.sql", i), "-- step " + i + "\n");
        }
        git("add", ".");
        git("commit", "-q", "-m", "one");
        assertEquals("create table t (id int);", Sources.open("HEAD:db/my schema.sql", dir).get(0).text());
        assertEquals("create table t (id int);", Sources.open(":db/my schema.sql", dir).get(0).text());
        for (String rev : List.of("HEAD:", ":")) {
            List<Source> folder = Sources.open(rev + "db/m", dir);
            assertEquals(30, folder.size(), rev);
            assertEquals("-- step 30\n", folder.get(29).text(), rev);
        }
        InputError e = assertThrows(InputError.class, () -> Sources.open("HEAD:db/none.sql", dir));
        assertTrue(e.getMessage().contains("HEAD:db/none.sql"), e.getMessage());
    }

    @Test
    void headOfARepositoryWithNoCommitYetIsEmpty() throws Exception {
        git("init", "-q");
        write("db/schema.sql", "create table t (id int);");
        git("add", ".");
        List<Source> head = Sources.open("HEAD:db/schema.sql", dir);
        assertEquals(1, head.size());
        assertEquals("", head.get(0).text());
        assertEquals("create table t (id int);", Sources.open(":db/schema.sql", dir).get(0).text());
        // another revision is still an error there
        assertThrows(InputError.class, () -> Sources.open("HEAD~1:db/schema.sql", dir));
    }

    @Test
    void aRevisionStartingWithADashNeverReachesGitAsAnOption() throws Exception {
        git("init", "-q");
        InputError e = assertThrows(InputError.class, () -> Sources.open("--output=x:db/schema.sql", dir));
        assertTrue(e.getMessage().contains("is not a git revision"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("x")));
    }

    @Test
    void devNullAndPipesReadAsFiles() throws Exception {
        List<Source> empty = Sources.open("/dev/null", dir);
        assertEquals("", empty.get(0).text());
        Process mk = new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start();
        assertEquals(0, mk.waitFor());
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(dir.resolve("fifo"), "create table t (id int);");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        assertEquals("create table t (id int);", Sources.open("fifo", dir).get(0).text());
        writer.join();
    }

    @Test
    void aBadRevisionIsAnInputErrorThatSaysWhy() throws Exception {
        git("init", "-q");
        InputError e = assertThrows(InputError.class, () -> Sources.open("nosuchrev:db/schema.sql", dir));
        assertTrue(e.getMessage().contains("nosuchrev:db/schema.sql"), e.getMessage());
    }

    @Test
    void folderIsReadInNameOrderAndOnlySqlFiles() throws Exception {
        write("m/010.sql", "b");
        write("m/002.sql", "a");
        write("m/readme.md", "x");
        assertEquals(List.of("m/002.sql", "m/010.sql"), Sources.open("m", dir).stream().map(Source::name).toList());
    }

    @Test
    void textMustBeUtf8AndLosesItsByteOrderMark() throws Exception {
        Files.write(dir.resolve("bom.sql"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'});
        assertEquals("a", Sources.open("bom.sql", dir).get(0).text());
        Files.write(dir.resolve("latin1.sql"), new byte[] {'a', (byte) 0xE9});
        InputError e = assertThrows(InputError.class, () -> Sources.open("latin1.sql", dir));
        assertTrue(e.getMessage().startsWith("latin1.sql:1:2: invalid byte sequence for encoding \"UTF8\": 0xe9"),
            e.getMessage());
    }

    @Test
    void aByteThatIsNotUtf8IsAnErrorAtItsLineAndColumn() throws Exception {
        byte[] head = "-- \uFEFFé\ncreate table t (a text default 'caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "');\ncreate table u (b int);\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[3 + head.length + 1 + tail.length];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(head, 0, all, 3, head.length);
        all[3 + head.length] = (byte) 0xE9; // Latin-1 é
        System.arraycopy(tail, 0, all, 4 + head.length, tail.length);
        Files.write(dir.resolve("l1.sql"), all);
        InputError e = assertThrows(InputError.class, () -> Sources.open("l1.sql", dir));
        assertEquals("l1.sql:2:36: error: invalid byte sequence for encoding \"UTF8\": 0xe9 (the file is not UTF-8: "
            + "convert it, e.g. with iconv)\n"
            + " 2 | create table t (a text default 'caf\uFFFD');\n"
            + "   |                                    ^", e.render());
    }
}
