package io.schemadiff.parser.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
        Batch.Found found = new Batch(workDir, spec, List.of(object)).get(object);
        if (found.type().equals("missing") && rev.equals("HEAD") && unbornHead(workDir)) {
            return List.of(new Source(spec, ""));
        }
        if (found.type().equals("blob")) {
            return List.of(new Source(spec, Sources.decode(found.content(), spec)));
        }
        if (!found.type().equals("tree")) {
            // what git says of it (no such revision, no such path there)
            String type = text(run(workDir, spec, "cat-file", "-t", object)).trim();
            throw new InputError("cannot read " + spec + ": not a file or folder at that revision (" + type + ")");
        }
        String base = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        List<String> names = new ArrayList<>();
        for (String n : text(run(workDir, spec, "ls-tree", "-r", "-z", "--name-only", object)).split("\0")) {
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        Batch batch = new Batch(workDir, spec, names.stream().map(n -> rev + ":" + base + n).toList());
        List<FolderFile> files = new ArrayList<>();
        for (String n : names) {
            String name = rev + ":" + base + n;
            files.add(new FolderFile(n, name, () -> batch.text(name)));
        }
        return Migrations.read(spec, files, format).sources();
    }

    /**
     * The staged file, or the staged files under the staged folder (the index holds no trees: the folder is what
     * {@code git ls-files} lists under it), read as a folder of migrations.
     */
    private static List<Source> staged(String spec, String path, Path workDir, Optional<MigrationFormat> format) {
        String blob = ":" + path;
        Batch.Found found = new Batch(workDir, spec, List.of(blob)).get(blob);
        if (found.type().equals("blob")) {
            return List.of(new Source(spec, Sources.decode(found.content(), spec)));
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
        Batch batch = new Batch(workDir, spec, listed.stream().map(f -> ":" + f).toList());
        List<FolderFile> files = new ArrayList<>();
        for (String f : listed) {
            String name = ":" + f;
            files.add(new FolderFile(f.startsWith(prefix) ? f.substring(prefix.length()) : f, name,
                () -> batch.text(name)));
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

    /**
     * The top of the work tree {@code workDir} is in, if it is in one: the nearest folder up that holds {@code .git}
     * (a folder, or a worktree's or submodule's file), found without running git unless git's environment says
     * where the repository is ({@code GIT_DIR}, {@code GIT_WORK_TREE}: a hook run by git sets them).
     */
    public static Optional<Path> topLevel(Path workDir) {
        if (System.getenv("GIT_DIR") == null && System.getenv("GIT_WORK_TREE") == null) {
            for (Path d = workDir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
                if (Files.exists(d.resolve(".git"))) {
                    return Optional.of(d);
                }
            }
        }
        return tryRun(workDir, "rev-parse", "--show-toplevel").map(b -> Path.of(text(b).trim()));
    }

    /**
     * The files git holds under these names ({@code REV:path}, {@code :path}), read in one process: each a file's
     * text, or empty where git holds no file under the name (nothing there, or a folder).
     */
    public static Map<String, Optional<String>> files(Path workDir, List<String> names) {
        Batch batch = new Batch(workDir, String.join(", ", names), names);
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, batch.get(n).type().equals("blob") ? Optional.of(batch.text(n)) : Optional.empty());
        }
        return out;
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
            CompletableFuture<byte[]> errs = new CompletableFuture<>();
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
