package io.schemadiff.parser.source;

import io.schemadiff.parser.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files and folders as git holds them, read without checking anything out, named as git names them:
 * {@code REV:path} at a revision, {@code :path} as staged (git's index, what the next commit will hold). Paths are
 * relative to the top of the work tree, as in git, unless they start with {@code ./} or {@code ../}.
 *
 * <p>{@code HEAD} of a repository with no commit yet holds nothing: {@code HEAD:path} reads as an empty schema
 * there, so that a pre-commit hook works on the first commit too.
 */
public final class GitSources {
    private GitSources() {}

    /** {@code spec} is {@code rev:path} ({@code rev} empty for the index). */
    static List<Source> open(String spec, String rev, String path, Path workDir, Optional<MigrationFormat> format) {
        if (rev.startsWith("-")) {
            // a revision name never starts with '-' (git check-ref-format); handing one to git would make it an option
            throw new InputError("cannot read " + spec + ": " + rev + " is not a git revision");
        }
        return rev.isEmpty() ? staged(spec, path, workDir, format) : atRevision(spec, rev, path, workDir, format);
    }

    private static List<Source> atRevision(String spec, String rev, String path, Path workDir,
                                           Optional<MigrationFormat> format) {
        String object = rev + ":" + path;
        Optional<byte[]> found = tryRun(workDir, "cat-file", "-t", object);
        if (found.isEmpty() && rev.equals("HEAD") && unbornHead(workDir)) {
            return List.of(new Source(spec, ""));
        }
        String type = text(found.isPresent() ? found.get() : run(workDir, spec, "cat-file", "-t", object)).trim();
        if (type.equals("blob")) {
            return List.of(blob(workDir, spec, object));
        }
        if (!type.equals("tree")) {
            throw new InputError("cannot read " + spec + ": not a file or folder at that revision");
        }
        String base = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        List<FolderFile> files = new ArrayList<>();
        for (String n : text(run(workDir, spec, "ls-tree", "-r", "-z", "--name-only", object)).split("\0")) {
            if (!n.isEmpty()) {
                String name = rev + ":" + base + n;
                files.add(new FolderFile(n, name, () -> blob(workDir, name, name).text()));
            }
        }
        return Migrations.read(spec, files, format).sources();
    }

    /**
     * The staged file, or the staged files under the staged folder (the index holds no trees: the folder is what
     * {@code git ls-files} lists under it), read as a folder of migrations.
     */
    private static List<Source> staged(String spec, String path, Path workDir, Optional<MigrationFormat> format) {
        String blob = ":" + path;
        if (tryRun(workDir, "cat-file", "-t", blob).map(b -> text(b).trim()).filter("blob"::equals).isPresent()) {
            return List.of(blob(workDir, spec, blob));
        }
        boolean relative = path.startsWith("./") || path.startsWith("../");
        String pathspec = relative ? path : ":(top)" + path;
        List<String> listed = new ArrayList<>();
        for (String f : text(run(workDir, spec, "ls-files", "-z", "--cached", "--full-name", "--", pathspec))
            .split("\0")) {
            if (!f.isEmpty()) {
                listed.add(f);
            }
        }
        if (listed.isEmpty()) {
            throw new InputError("cannot read " + spec + ": nothing is staged at " + path);
        }
        // the folder as git names it from the top of the work tree, to take the files' paths in it
        String top = relative ? normalize(tryRun(workDir, "rev-parse", "--show-prefix").map(b -> text(b).trim())
            .orElse("") + path) : normalize(path);
        String prefix = top.isEmpty() ? "" : top + "/";
        List<FolderFile> files = new ArrayList<>();
        for (String f : listed) {
            String name = ":" + f;
            files.add(new FolderFile(f.startsWith(prefix) ? f.substring(prefix.length()) : f, name,
                () -> blob(workDir, name, name).text()));
        }
        return Migrations.read(spec, files, format).sources();
    }

    /** {@code a/./b/../c/} as {@code a/c}. */
    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static Source blob(Path workDir, String name, String object) {
        return new Source(name, Sources.decode(run(workDir, name, "cat-file", "blob", object), name));
    }

    /**
     * Whether {@code rev} is a commit that does not hold {@code path} (a file added since), as opposed to a
     * revision or repository that is not there. An unborn {@code HEAD} holds nothing.
     */
    public static boolean absentAt(String rev, String path, Path workDir) {
        if (rev.equals("HEAD") && unbornHead(workDir)) {
            return true;
        }
        return !rev.startsWith("-") && tryRun(workDir, "rev-parse", "-q", "--verify", rev + "^{commit}").isPresent()
            && tryRun(workDir, "cat-file", "-e", rev + ":" + path).isEmpty();
    }

    /** Whether {@code path} is in git's index (staged, or committed and not removed). */
    public static boolean staged(String path, Path workDir) {
        return tryRun(workDir, "cat-file", "-e", ":" + path).isPresent()
            || !text(tryRun(workDir, "ls-files", "--cached", "--", ":(top)" + path).orElse(new byte[0])).isBlank();
    }

    /** A repository whose current branch has no commit yet (git init, nothing committed). */
    static boolean unbornHead(Path workDir) {
        return tryRun(workDir, "rev-parse", "--git-dir").isPresent()
            && tryRun(workDir, "rev-parse", "-q", "--verify", "HEAD^{commit}").isEmpty();
    }

    /** The top of the work tree {@code workDir} is in, if it is in one. */
    public static Optional<Path> topLevel(Path workDir) {
        return tryRun(workDir, "rev-parse", "--show-toplevel").map(b -> Path.of(text(b).trim()));
    }

    /** A value of git's configuration ({@code user.name}) as seen from {@code workDir}, if it has one. */
    public static Optional<String> config(Path workDir, String key) {
        return tryRun(workDir, "config", "--get", key).map(b -> text(b).trim()).filter(v -> !v.isEmpty());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs git; its output, or empty when it fails or cannot be run. */
    public static Optional<byte[]> tryRun(Path workDir, String... args) {
        try {
            return Optional.of(run(workDir, "git", args));
        } catch (InputError e) {
            return Optional.empty();
        }
    }

    /** Runs git in {@code workDir}; an {@link InputError} about {@code spec} when it fails. */
    public static byte[] run(Path workDir, String spec, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(false).start();
            p.getOutputStream().close();
            // stderr is drained on its own thread: a chatty git must not block on a full pipe while we read stdout
            var errs = new java.util.concurrent.CompletableFuture<byte[]>();
            Thread drain = new Thread(() -> {
                try {
                    errs.complete(p.getErrorStream().readAllBytes());
                } catch (IOException e) {
                    errs.complete(new byte[0]);
                }
            }, "git-stderr");
            drain.setDaemon(true);
            drain.start();
            byte[] out = p.getInputStream().readAllBytes();
            int rc = p.waitFor();
            byte[] err = errs.join();
            if (rc != 0) {
                String msg = text(err).trim();
                throw new InputError("cannot read " + spec + ": git says: "
                    + (msg.isEmpty() ? "failed" : msg.lines().findFirst().orElse(msg)));
            }
            return out;
        } catch (IOException e) {
            throw new InputError("cannot read " + spec + ": git could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError("interrupted while reading " + spec);
        }
    }
}
