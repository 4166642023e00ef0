package io.schemadiff.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schemadiff hook} on throwaway git repositories, as a team sets it up: a plain git hook and pre-commit. */
class HookIT {
    @TempDir
    Path dir;

    static final String SCHEMA = "create table users (id int primary key, name text);\n";

    private Shell repo() {
        return new Shell(dir.resolve("repo")).gitInit();
    }

    @Test
    void theFirstCommitOfASchemaIsComparedWithNothing() {
        Shell sh = repo();
        sh.write("db/schema.sql", SCHEMA);
        sh.ok("git", "add", "db/schema.sql");
        Shell.Result r = sh.schemadiff("hook", "db/schema.sql");
        assertEquals(0, r.exit(), r.both());
        assertEquals("db/schema.sql: 1 statement: 1 create.\n", r.out());
        assertEquals(2, sh.schemadiff("hook", "--exit-code", "db/schema.sql").exit());
    }

    @Test
    void whatIsStagedIsCheckedNotTheWorkTree() {
        Shell sh = repo();
        sh.write("db/schema.sql", SCHEMA);
        sh.commitAll("schema");
        assertEquals(new Shell.Result(0, "", ""), sh.schemadiff("hook", "db/schema.sql"), "unchanged");
        // an acceptable change is staged; the work tree then drops a column, which is not staged
        sh.write("db/schema.sql", "create table users (id int primary key, name text, email text);\n");
        sh.ok("git", "add", "db/schema.sql");
        sh.write("db/schema.sql", "create table users (id int primary key);\n");
        Shell.Result ok = sh.schemadiff("hook", "db/schema.sql");
        assertEquals(0, ok.exit(), ok.both());
        assertTrue(ok.out().contains("ALTER TABLE public.users ADD COLUMN email text"), ok.out());
        // now the drop is staged: refused
        sh.ok("git", "add", "db/schema.sql");
        Shell.Result refused = sh.schemadiff("hook", "db/schema.sql");
        assertEquals(3, refused.exit(), refused.both());
        assertTrue(refused.err().contains("db/schema.sql: refused by the policy (DATA_LOSS)"), refused.err());
        assertTrue(refused.err().contains("ALTER TABLE public.users DROP COLUMN name"), refused.err());
        assertEquals(0, sh.schemadiff("hook", "--unsafe", "db/schema.sql").exit());
        // from a sub-folder, paths are the working directory's, as git's are
        Shell.Result sub = sh.runIn(sh.dir().resolve("db"), Shell.LAUNCHER.toString(), "hook", "--unsafe",
            "schema.sql");
        assertEquals(0, sub.exit(), sub.both());
    }

    @Test
    void unreadableSqlFailsWithItsPlace() {
        Shell sh = repo();
        sh.write("db/schema.sql", SCHEMA);
        sh.commitAll("schema");
        sh.write("db/schema.sql", SCHEMA + "create tabel oops (id int);\n");
        sh.ok("git", "add", "db/schema.sql");
        Shell.Result r = sh.schemadiff("hook", "db/schema.sql");
        assertEquals(1, r.exit(), r.both());
        assertTrue(r.err().startsWith(":db/schema.sql:2:8: error:"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aSchemaChangeNeedsTheMigrationThatBringsItAbout() {
        Shell sh = repo();
        sh.write("db/schema.sql", SCHEMA);
        sh.write("db/migrations/001_users.sql", SCHEMA);
        sh.commitAll("schema and its migration");
        sh.write("db/schema.sql", "create table users (id int primary key, name text, email text);\n");
        sh.ok("git", "add", "-A");
        Shell.Result missing = sh.schemadiff("hook", "--migrations", "db/migrations", "db/schema.sql");
        assertEquals(3, missing.exit(), missing.both());
        assertTrue(missing.err().contains("db/migrations and db/schema.sql disagree"), missing.err());
        assertTrue(missing.err().contains("ALTER TABLE public.users ADD COLUMN email text"), missing.err());
        sh.write("db/migrations/002_email.sql", "alter table users add column email text;\n");
        sh.ok("git", "add", "-A");
        // pre-commit passes the migration too: it is not a schema and is skipped
        Shell.Result ok = sh.schemadiff("hook", "--migrations", "db/migrations", "db/schema.sql",
            "db/migrations/002_email.sql");
        assertEquals(0, ok.exit(), ok.both());
    }

    /** README's plain git hook, as written there, in .git/hooks/pre-commit. */
    @Test
    void readmesPlainGitHookBlocksARefusedCommitAndPassesAGoodOne() throws Exception {
        Shell sh = repo();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("schemadiff"), Shell.LAUNCHER);
        sh.env("PATH", bin + ":" + System.getenv("PATH"));
        String hook = readmeBlock("A plain git hook");
        assertTrue(hook.startsWith("#!/bin/sh\n"), hook);
        Path hookFile = sh.dir().resolve(".git/hooks/pre-commit");
        Files.writeString(hookFile, hook, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(hookFile, PosixFilePermissions.fromString("rwxr-xr-x"));

        sh.write("db/schema.sql", SCHEMA);
        sh.ok("git", "add", "-A");
        sh.ok("git", "commit", "-q", "-m", "first");
        sh.write("db/schema.sql", "create table users (id int primary key);\n");
        sh.ok("git", "add", "-A");
        Shell.Result blocked = sh.run("git", "commit", "-q", "-m", "drop name");
        assertEquals(1, blocked.exit(), blocked.both());
        assertTrue(blocked.err().contains("DROP COLUMN name"), blocked.err());
        sh.write("db/schema.sql", SCHEMA.replace("name text", "name text, email text"));
        sh.ok("git", "add", "-A");
        sh.ok("git", "commit", "-q", "-m", "add email");
    }

    /** .pre-commit-hooks.yaml's entry, run by the real pre-commit client as it runs hooks from a repository. */
    @Test
    void preCommitFrameworkRunsTheHookFromThisRepository() {
        assumeTrue(Shell.onPath("pre-commit"), "pre-commit is not installed (apt-get install -y pre-commit): "
            + "the framework's run of .pre-commit-hooks.yaml is NOT tested here");
        Shell sh = repo();
        sh.env("PRE_COMMIT_HOME", dir.resolve("pre-commit-cache").toString());
        sh.write("db/schema.sql", SCHEMA);
        sh.commitAll("first");
        sh.write("db/schema.sql", "create table users (id int primary key, email text);\n");
        sh.ok("git", "add", "-A");
        // try-repo runs a hook repository as a config naming it would, from its own clone (work tree changes included)
        Shell.Result refused = sh.run("pre-commit", "try-repo", Shell.HOME.toString(), "schemadiff",
            "--files", "db/schema.sql");
        assertEquals(1, refused.exit(), refused.both());
        assertTrue(refused.out().contains("refused by the policy (DATA_LOSS)"), refused.both());
        sh.write("db/schema.sql", "create table users (id int primary key, name text, email text);\n");
        sh.ok("git", "add", "-A");
        Shell.Result passed = sh.run("pre-commit", "try-repo", Shell.HOME.toString(), "schemadiff",
            "--files", "db/schema.sql");
        assertEquals(0, passed.exit(), passed.both());
        assertTrue(passed.out().contains("Passed"), passed.both());
    }

    /** The first code block under README's heading {@code name}. */
    static String readmeBlock(String heading) throws Exception {
        String readme = Files.readString(Shell.HOME.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^#+ " + Pattern.quote(heading) + "\\s*$").matcher(readme);
        assertTrue(m.find(), "README has no heading " + heading);
        Matcher block = Pattern.compile("(?s)```[a-z]*\\n(.*?)```").matcher(readme);
        assertTrue(block.find(m.end()), "no code block under " + heading);
        return block.group(1);
    }
}
