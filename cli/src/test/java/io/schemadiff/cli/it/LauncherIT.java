package io.schemadiff.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/schemadiff as a user puts it on PATH: through a symlink, run from anywhere. */
class LauncherIT {
    @TempDir
    Path dir;

    @Test
    void worksThroughSymlinksFromAnyFolder() throws Exception {
        Shell sh = new Shell(dir);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = bin.resolve("schemadiff");
        Files.createSymbolicLink(link, Shell.LAUNCHER);
        // a link to the link, relative, as ~/bin/schemadiff -> ../tools/schemadiff often is
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("sd"), Path.of("../bin/schemadiff"));
        sh.write("work/a.sql", "create table t (id int);\n");
        sh.write("work/b.sql", "create table t (id int, name text);\n");
        Path work = dir.resolve("work");
        for (Path l : new Path[] {link, tools.resolve("sd")}) {
            Shell.Result v = sh.runIn(work, l.toString(), "--version");
            assertEquals(0, v.exit(), v.both());
            assertTrue(v.out().matches("schemadiff \\S+ \\(commit .*\\)\\n"), v.out());
            Shell.Result d = sh.runIn(work, l.toString(), "diff", "a.sql", "b.sql");
            assertEquals(new Shell.Result(2, "ALTER TABLE public.t ADD COLUMN name text;\n", ""), d);
        }
    }

    @Test
    void everyCommandAnswersVersionAndHelpListsVerify() {
        Shell sh = new Shell(dir);
        String version = sh.schemadiff("--version").out();
        assertTrue(version.startsWith("schemadiff "), version);
        for (String cmd : new String[] {"diff", "check"}) {
            Shell.Result r = sh.schemadiff(cmd, "--version");
            assertEquals(new Shell.Result(0, version, ""), r, cmd);
        }
        // verify has its own jar (the verify module's tests check its help and version there)
        Shell.Result help = sh.schemadiff("--help");
        assertTrue(help.out().matches("(?s).*\n  verify +Prove a migration against a real PostgreSQL.*"), help.out());
    }
}
