package io.schemadiff.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Commands run as a user runs them, in a folder of their own: the built launcher, git, a hook. */
final class Shell {
    /** The repository this build is in: bin/schemadiff, testdata/, the hooks file. */
    static final Path HOME = Path.of(System.getProperty("schemadiff.home", "../")).toAbsolutePath().normalize();
    static final Path LAUNCHER = HOME.resolve("bin/schemadiff");

    record Result(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();

    Shell(Path dir) {
        this.dir = dir;
        // what reading remembers goes to the test's own folder, never the user's cache
        env.put("SCHEMADIFF_CACHE_DIR", dir.resolve(".schemadiff-cache").toString());
        env.put("GIT_AUTHOR_NAME", "t");
        env.put("GIT_AUTHOR_EMAIL", "t@example.com");
        env.put("GIT_COMMITTER_NAME", "t");
        env.put("GIT_COMMITTER_EMAIL", "t@example.com");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("HOME", dir.resolve(".home").toString());
    }

    Path dir() {
        return dir;
    }

    Shell env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Result run(String... command) {
        return runIn(dir, command);
    }

    Result runIn(Path cwd, String... command) {
        try {
            Files.createDirectories(dir.resolve(".home"));
            ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(cwd.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs and requires exit 0. */
    Result ok(String... command) {
        Result r = run(command);
        assertEquals(0, r.exit(), String.join(" ", command) + "\n" + r.both());
        return r;
    }

    Result schemadiff(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    Path write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A fresh git repository in this folder, on branch main. */
    Shell gitInit() {
        ok("git", "init", "-q", "-b", "main");
        return this;
    }

    void commitAll(String message) {
        ok("git", "add", "-A");
        ok("git", "commit", "-q", "-m", message);
    }

    static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
