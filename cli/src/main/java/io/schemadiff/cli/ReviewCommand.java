package io.schemadiff.cli;

import io.schemadiff.parser.source.GitSources;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.MigrationFormat;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schemadiff review BASE HEAD [PATH…]}: the schema changes a pull request makes, in one report. It finds the
 * {@code .sql} files changed between the two revisions (from their merge base, as a pull request's diff does):
 * a schema file is compared as it was with as it is; a migrations folder as a whole, replayed at each revision, so
 * the report shows what its new migrations do to the schema. What the policy refuses is reported, never hidden, and
 * the exit code says whether the policy passed.
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Report the schema changes between two git revisions (a pull request): every .sql file "
        + "changed from BASE's merge base with HEAD to HEAD, a schema file compared as it was with as it is, a "
        + "migrations folder replayed at both revisions. Markdown (default) or JSON, for a CI job to post.",
        "PATH limits it to files under these paths. Folders named migrations (or --migrations DIR) are read as "
            + "migrations folders."},
    footer = {"", "Exit codes: 0 the policy passed, 1 usage error or SQL that cannot be read (reported too),",
        "2 schema changes found (only with --exit-code), 3 the policy refused a change."})
final class ReviewCommand implements Callable<Integer> {
    /** The first line of every Markdown review: what a bot looks for to update its own comment. */
    static final String MARKER = "<!-- schemadiff-review -->";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The revision the change is made on (origin/main).")
    String base;

    @Parameters(index = "1", paramLabel = "HEAD", description = "The revision with the change (HEAD).")
    String head;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "PATH", description = "Only files under these paths.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--migrations", paramLabel = "DIR",
        description = "A migrations folder (repeatable), besides the folders named migrations.")
    List<String> migrations = new ArrayList<>();

    @Option(names = "--exit-code", description = "Exit 2 when a schema changes (and the policy passed).")
    boolean exitCode;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "markdown (default) or json.")
    String format = "markdown";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    Path output;

    @Option(names = "--target-version", paramLabel = "MAJOR",
        description = "The PostgreSQL major version (13 to 18, default 18) whose locks and hazards are reported.")
    int targetVersion = OutputOptions.NEWEST;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    /** One changed file or migrations folder, and its report or why it could not be read. */
    record Entry(String path, String kind, String change, Optional<DiffReport> report, Optional<String> error) {}

    /** The whole review: the revisions, and an entry per changed schema. */
    record Review(Revision base, Revision head, String mergeBase, List<Entry> entries) {
        int exitCode(boolean differencesFail) {
            if (entries.stream().anyMatch(e -> e.error().isPresent())) {
                return Main.INPUT_ERROR;
            }
            if (entries.stream().anyMatch(e -> e.report().get().status() == DiffReport.Status.REFUSED)) {
                return Main.UNSAFE;
            }
            boolean changed = entries.stream().anyMatch(e -> !e.report().get().plan().isEmpty());
            return differencesFail && changed ? Main.DIFFERENCES : Main.OK;
        }
    }

    record Revision(String name, String commit) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("markdown") && !format.equals("json")) {
            err.println("schemadiff: --format must be markdown or json, not " + format);
            return Main.INPUT_ERROR;
        }
        if (targetVersion < OutputOptions.OLDEST || targetVersion > OutputOptions.NEWEST) {
            err.println("schemadiff: --target-version must be between " + OutputOptions.OLDEST + " and "
                + OutputOptions.NEWEST);
            return Main.INPUT_ERROR;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Review review;
        try {
            review = review(cwd, err);
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        }
        int code = review.exitCode(exitCode);
        OutputOptions o = new OutputOptions();
        o.output = output;
        try {
            o.write(out, format.equals("json") ? ReviewOutput.json(review, code) : ReviewOutput.markdown(review, code));
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        }
        return code;
    }

    private Review review(Path cwd, PrintWriter err) {
        Path top = GitSources.topLevel(cwd).orElseThrow(() ->
            new InputError("review compares git revisions: run it in a git work tree"));
        Revision b = revision(top, base);
        Revision h = revision(top, head);
        String mergeBase = GitSources.tryRun(top, "merge-base", b.commit(), h.commit())
            .map(x -> new String(x, StandardCharsets.UTF_8).trim()).filter(x -> !x.isEmpty()).orElse(b.commit());
        List<String> cmd = new ArrayList<>(List.of("diff", "--name-status", "-z", "--no-renames", mergeBase,
            h.commit(), "--"));
        if (paths.isEmpty()) {
            cmd.add(":(top)");
        } else {
            paths.forEach(p -> cmd.add(":(top)" + HookCommand.inRepository(top, cwd, p)));
        }
        String[] fields = new String(GitSources.run(top, "git diff", cmd.toArray(String[]::new)),
            StandardCharsets.UTF_8).split("\0");
        List<String> folders = migrations.stream().map(m -> HookCommand.inRepository(top, cwd, m)).toList();
        // files first, then each migrations folder once, in the order git lists them
        Map<String, String> schemaFiles = new LinkedHashMap<>();
        Map<String, List<String>> migrationFolders = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            String status = fields[i];
            String path = fields[i + 1];
            if (!path.endsWith(".sql")) {
                continue;
            }
            Optional<String> folder = migrationsFolder(path, folders);
            if (folder.isPresent()) {
                migrationFolders.computeIfAbsent(folder.get(), k -> new ArrayList<>()).add(change(status) + " "
                    + path.substring(folder.get().length() + 1));
            } else {
                schemaFiles.put(path, change(status));
            }
        }
        List<Entry> entries = new ArrayList<>();
        schemaFiles.forEach((path, change) -> entries.add(entry(top, mergeBase, h, path, "schema", change, err)));
        migrationFolders.forEach((folder, files) -> entries.add(entry(top, mergeBase, h, folder, "migrations",
            String.join(", ", files), err)));
        return new Review(b, h, mergeBase, entries);
    }

    private Entry entry(Path top, String mergeBase, Revision h, String path, String kind, String change,
                        PrintWriter err) {
        try {
            Side from = side(top, mergeBase, path, read.layout());
            Side to = side(top, h.commit(), path, read.layout());
            DiffCommand.Compared c = DiffCommand.compare(from, to, read, err);
            return new Entry(path, kind, change, Optional.of(DiffReport.of(from, to, c, policy.refusedCodes(),
                targetVersion)), Optional.empty());
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return new Entry(path, kind, change, Optional.empty(), Optional.of(e.render()));
        }
    }

    private static Side side(Path top, String commit, String path, Optional<MigrationFormat> layout) {
        String spec = commit + ":" + path;
        if (GitSources.absentAt(commit, path, top)) {
            return Side.of(spec, List.of());
        }
        return Side.of(spec, Sources.open(spec, top, layout));
    }

    private static Revision revision(Path top, String rev) {
        if (rev.startsWith("-")) {
            throw new InputError(rev + " is not a git revision");
        }
        String commit = GitSources.tryRun(top, "rev-parse", "-q", "--verify", rev + "^{commit}")
            .map(x -> new String(x, StandardCharsets.UTF_8).trim())
            .orElseThrow(() -> new InputError("cannot review " + rev + ": git knows no such revision"));
        return new Revision(rev, commit);
    }

    /** The migrations folder {@code path} is in: one named, or the nearest folder named migrations, migrate. */
    static Optional<String> migrationsFolder(String path, List<String> named) {
        for (String f : named) {
            String d = f.endsWith("/") ? f.substring(0, f.length() - 1) : f;
            if (path.startsWith(d + "/")) {
                return Optional.of(d);
            }
        }
        String[] parts = path.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (parts[i].equals("migrations") || parts[i].equals("migrate")) {
                return Optional.of(String.join("/", Arrays.copyOf(parts, i + 1)));
            }
        }
        return Optional.empty();
    }

    private static String change(String status) {
        return switch (status.isEmpty() ? 'M' : status.charAt(0)) {
            case 'A' -> "added";
            case 'D' -> "deleted";
            default -> "modified";
        };
    }
}
