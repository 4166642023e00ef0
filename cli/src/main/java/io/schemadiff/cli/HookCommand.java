package io.schemadiff.cli;

import io.schemadiff.differ.plan.Step;
import io.schemadiff.parser.source.GitSources;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schemadiff hook SCHEMA…}: the pre-commit check. It compares each schema file as committed ({@code HEAD})
 * with what is staged for the next commit, and passes when the change is acceptable: it fails only on what a team
 * wants to stop: SQL that cannot be read, statements that can lose data (unless allowed), hazards named with
 * {@code --fail-on}, and, with {@code --migrations}, a schema the staged migrations do not bring about.
 * Like {@code git diff}, differences alone pass unless {@code --exit-code} is given.
 */
@Command(name = "hook", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Pre-commit check: compare each SCHEMA as committed (HEAD) with what is staged, and fail only on "
        + "what the policy refuses: SQL that cannot be read, statements that can lose data (unless --unsafe), "
        + "hazards named by --fail-on, and with --migrations a schema the staged migrations do not bring about.",
        "Run it from a git work tree. A schema added in this commit (or in a repository with no commit yet) is "
            + "compared with an empty one; a schema removed, likewise."},
    footer = {"", "Exit codes: 0 passed, 1 usage error or SQL that cannot be read,",
        "2 differences found (only with --exit-code), 3 refused by the policy."})
final class HookCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SCHEMA",
        description = "Schema files (or folders) to check; the pre-commit framework passes the staged ones. Files "
            + "under --migrations are not schemas and are skipped.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--against", paramLabel = "REV", description = "Compare with this revision (default: HEAD).")
    String against = "HEAD";

    @Option(names = "--migrations", paramLabel = "DIR",
        description = "The migrations folder that goes with the schema: replaying it, as staged, must give the "
            + "staged schema; a schema change with no migration that brings it about is refused.")
    String migrations;

    @Option(names = "--exit-code", description = "Exit 2 when a schema changes (as git diff --exit-code does).")
    boolean exitCode;

    @Option(names = "--target-version", paramLabel = "MAJOR",
        description = "The PostgreSQL major version (13 to 18, default 18) whose locks and hazards are reported.")
    int targetVersion = OutputOptions.NEWEST;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    int run(PrintWriter out, PrintWriter err) {
        if (targetVersion < OutputOptions.OLDEST || targetVersion > OutputOptions.NEWEST) {
            err.println("schemadiff: --target-version must be between " + OutputOptions.OLDEST + " and "
                + OutputOptions.NEWEST);
            return Main.INPUT_ERROR;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Optional<Path> top = GitSources.topLevel(cwd);
        if (top.isEmpty()) {
            err.println("schemadiff hook: not in a git work tree (run it from the repository, as a pre-commit hook)");
            return Main.INPUT_ERROR;
        }
        Optional<String> migrationsPath = Optional.ofNullable(migrations).map(m -> inRepository(top.get(), cwd, m));
        List<String> paths = new ArrayList<>();
        for (String s : schemas) {
            String p = inRepository(top.get(), cwd, s);
            if (migrationsPath.isEmpty() || !under(p, migrationsPath.get())) {
                paths.add(p);
            }
        }
        if (paths.isEmpty() && migrationsPath.isEmpty()) {
            err.println("schemadiff hook: name the schema file(s) to check, e.g. schemadiff hook db/schema.sql");
            return Main.INPUT_ERROR;
        }
        int worst = Main.OK;
        List<Source> stagedSchema = new ArrayList<>();
        // every schema file, committed and staged, read from git in one go (a folder is read on its own below)
        List<String> names = new ArrayList<>();
        for (String p : paths) {
            names.add(against + ":" + p);
            names.add(":" + p);
        }
        Map<String, Optional<String>> files;
        try {
            files = against.startsWith("-") ? Map.of() : GitSources.files(top.get(), names);
        } catch (InputError e) {
            files = Map.of();
        }
        for (String p : paths) {
            try {
                Side from = side(against + ":" + p, files, () -> GitSources.absentAt(against, p, top.get()));
                Side to = side(":" + p, files, () -> !GitSources.staged(p, top.get()));
                stagedSchema.addAll(to.sources());
                DiffCommand.Compared c = DiffCommand.compare(from, to, read, err);
                DiffReport r = DiffReport.of(from, to, c, policy.refusedCodes(), targetVersion);
                worst = worse(worst, report(out, err, p, r));
            } catch (InputError e) {
                Inputs.reportError(err, e);
                worst = worse(worst, Main.INPUT_ERROR);
            }
        }
        if (migrationsPath.isPresent() && worst != Main.INPUT_ERROR) {
            worst = worse(worst, drift(err, migrationsPath.get(), paths, stagedSchema));
        }
        out.flush();
        err.flush();
        return worst;
    }

    /** One schema's change: a summary unless quiet, the refusal always; its exit code. */
    private int report(PrintWriter out, PrintWriter err, String path, DiffReport r) {
        DiffReport.Status status = r.status();
        if (status == DiffReport.Status.NONE) {
            return Main.OK;
        }
        if (!read.quiet) {
            out.println(path + ": " + MarkdownOutput.summary(r.plan().steps()).replace("**", ""));
            for (int i = 0; i < r.plan().steps().size(); i++) {
                if (!r.notes().get(i).isEmpty()) {
                    Step s = r.plan().steps().get(i);
                    out.println("  " + DiffCommand.firstLine(s.sql()) + "   -- " + String.join("; ",
                        r.notes().get(i).stream().map(Note::message).toList()));
                }
            }
        }
        if (status == DiffReport.Status.REFUSED) {
            err.println(path + ": refused by the policy (" + String.join(", ",
                r.refusedSteps().stream().flatMap(i -> r.refused().get(i).stream()).distinct().map(Enum::name)
                    .toList()) + "):");
            for (int i : r.refusedSteps()) {
                Step s = r.plan().steps().get(i);
                err.println("  " + DiffCommand.firstLine(s.sql()) + s.reason().map(why -> "   -- " + why).orElse(""));
            }
            err.println("To commit it anyway: allow it in the hook's arguments (--unsafe for data loss), or skip the"
                + " hook once with git commit --no-verify.");
            return Main.UNSAFE;
        }
        return exitCode ? Main.DIFFERENCES : Main.OK;
    }

    /**
     * The staged migrations, replayed, must give the staged schema: a schema changed with no migration (or a
     * migration with no schema change) fails, with what is missing.
     */
    private int drift(PrintWriter err, String dir, List<String> schemaPaths, List<Source> stagedSchema) {
        try {
            Side migrationsSide = Side.of(":" + dir, Sources.open(":" + dir, Path.of("."), read.layout()));
            Side schemaSide = Side.of(String.join(" ", schemaPaths), stagedSchema);
            DiffCommand.Compared c = DiffCommand.compare(migrationsSide, schemaSide, quietRead(), err);
            if (c.plan().isEmpty()) {
                return Main.OK;
            }
            List<Step> steps = c.plan().steps();
            err.println(dir + " and " + String.join(", ", schemaPaths) + " disagree: replaying the staged migrations"
                + " does not give the staged schema; a migration that does this is missing (" + MarkdownOutput.count(
                    steps.size(), "statement") + "):");
            steps.stream().limit(10).forEach(s -> err.println("  " + DiffCommand.firstLine(s.sql())));
            if (steps.size() > 10) {
                err.println("  … and " + (steps.size() - 10) + " more");
            }
            err.println("Write it in the folder's own layout with: schemadiff new-migration " + dir + " "
                + schemaPaths.get(0) + " --name NAME, then stage it.");
            return Main.UNSAFE;
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        }
    }

    /** The drift check reads the migrations quietly: the schema's own read reported its warnings already. */
    private ReadOptions quietRead() {
        ReadOptions q = new ReadOptions();
        q.withPrivileges = read.withPrivileges;
        q.role = read.role;
        q.schemas = read.schemas;
        q.excludedSchemas = read.excludedSchemas;
        q.ignoreFile = read.ignoreFile;
        q.quiet = true;
        return q;
    }

    /**
     * The side git names {@code spec}; empty when {@code absent} says the file is not there (added or removed in
     * this commit), which is asked only when reading fails (the common case needs no more git calls).
     */
    private static Side side(String spec, Map<String, Optional<String>> read, BooleanSupplier absent) {
        Optional<String> text = read.getOrDefault(spec, Optional.empty());
        if (text.isPresent()) {
            return Side.of(spec, List.of(new Source(spec, text.get())));
        }
        try {
            return Side.of(spec, Sources.open(spec, Path.of("").toAbsolutePath()));
        } catch (InputError e) {
            if (absent.getAsBoolean()) {
                return Side.of(spec, List.of());
            }
            throw e;
        }
    }

    /** A path as given (relative to the working directory) as git names it: from the top of the work tree. */
    static String inRepository(Path top, Path cwd, String path) {
        Path p = cwd.resolve(path).normalize();
        return top.toAbsolutePath().normalize().relativize(p).toString().replace('\\', '/');
    }

    private static boolean under(String path, String dir) {
        String d = dir.endsWith("/") ? dir : dir + "/";
        return path.equals(dir) || path.startsWith(d);
    }

    /** Input errors win over refusals, refusals over differences. */
    private static int worse(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case Main.INPUT_ERROR -> 3;
            case Main.UNSAFE -> 2;
            case Main.DIFFERENCES -> 1;
            default -> 0;
        };
    }
}
