package io.schemadiff.cli;

import io.schemadiff.differ.Differ;
import io.schemadiff.differ.plan.Plan;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectFilter;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.rename.Renames;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schemadiff diff FROM TO}. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the SQL that turns schema FROM into schema TO. Nothing is printed when they match.",
        "FROM and TO are each a .sql file (or /dev/null, a pipe), a folder of .sql files (read in name order) or of "
            + "migrations (Flyway, golang-migrate, goose, dbmate, Sqitch, Prisma, Supabase: read in their tool's "
            + "order), - for standard input, REV:path for a file or folder at a git revision (HEAD~1:db/schema.sql), "
            + "or :path for it as staged."},
    footer = {"", "Exit codes: 0 no differences, 1 usage or input error, 2 differences found,",
        "3 refused: statements that can lose data (see --unsafe), or with a hazard --fail-on names."})
final class DiffCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The schema as it is.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The schema as it should be.")
    String to;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Option(names = "--stats", hidden = true, description = "Report timings and peak memory on standard error.")
    boolean stats;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command itself, also run directly by {@link FastPath} (without picocli's set-up). */
    int run(PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        if (from.equals("-") && to.equals("-")) {
            err.println("schemadiff: FROM and TO cannot both be - (standard input holds one schema)");
            return Main.INPUT_ERROR;
        }
        String problem = output.problem();
        if (problem != null) {
            err.println("schemadiff: " + problem);
            return Main.INPUT_ERROR;
        }
        Compared c;
        try {
            c = compare(from, to, read, err);
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        }
        long t1 = System.nanoTime();
        DiffReport report = DiffReport.of(c.from(), c.to(), c, policy.refusedCodes(), output.targetVersion);
        long t2 = System.nanoTime();
        try {
            DiffReport.Status status = report.status();
            if (status == DiffReport.Status.REFUSED) {
                reportRefusal(err, report);
            }
            if (output.format != OutputOptions.Format.sql || status != DiffReport.Status.REFUSED) {
                output.write(out, render(report, output.format));
            }
            return status.exitCode;
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        } finally {
            out.flush();
            if (stats) {
                Stats.report(err, t1 - t0, t2 - t1, report.plan().steps().size());
            }
        }
    }

    /** Two sides read, filtered and compared; what reading reported is printed on the way (unless quiet). */
    record Compared(Side from, Side to, Plan plan, List<String> warnings, Catalog fromCatalog, Catalog toCatalog) {}

    /**
     * Reads both sides (each once; only once when their texts are the same, and then from the clean-read cache
     * when it remembers them), leaves out what the options filter, and compares.
     */
    static Compared compare(String from, String to, ReadOptions read, PrintWriter err) {
        Path here = Path.of(".");
        return compare(Side.of(from, Sources.open(from, here, read.layout())),
            Side.of(to, Sources.open(to, here, read.layout())), read, err);
    }

    static Compared compare(Side a, Side b, ReadOptions read, PrintWriter err) {
        ObjectFilter filter = read.filter(Path.of("."));
        List<Source> sa = a.sources();
        List<Source> sb = b.sources();
        boolean same = Inputs.sameText(sa, sb);
        Optional<String> cacheKey = Optional.empty();
        if (same) {
            // identical texts diff empty; what remains is what reading them reports, remembered when clean
            cacheKey = CleanReads.key(sa, read.withPrivileges, read.role);
            Optional<String> cached = cacheKey.flatMap(CleanReads::lookup);
            if (cached.isPresent()) {
                List<String> warnings = cached.get().lines().toList();
                printWarnings(err, warnings, read.quiet);
                return new Compared(a, b, new Plan(List.of()), warnings, Catalog.empty(), Catalog.empty());
            }
        }
        SchemaReader.Result[] both = Inputs.readBoth(sa, sb, same, read.withPrivileges, read.role);
        List<String> warnings = new ArrayList<>(Inputs.warningLines(both[0].warnings()));
        cacheKey.ifPresent(k -> CleanReads.store(k, warnings.stream().map(w -> w + "\n")
            .collect(Collectors.joining())));
        warnings.addAll(Inputs.warningLines(both[1].warnings()));
        // identical texts diff empty: there is nothing to rename
        Renames renames = same ? Renames.none() : Renames.resolve(both[0], both[1], read.renames).filtered(filter);
        warnings.addAll(Inputs.warningLines(renames.warnings()));
        printWarnings(err, warnings, read.quiet);
        Catalog from = renames.isEmpty() ? filter.apply(both[0].catalog()) : renames.set().original();
        Catalog to = filter.apply(both[1].catalog());
        Plan plan = same ? new Plan(List.of()) : Differ.diff(from, to, renames.set());
        return new Compared(a, b, plan, warnings, renames.isEmpty() ? from : renames.set().existing(), to);
    }

    private static void printWarnings(PrintWriter err, List<String> warnings, boolean quiet) {
        if (!quiet) {
            warnings.forEach(err::println);
            err.flush();
        }
    }

    static String render(DiffReport r, OutputOptions.Format format) {
        return switch (format) {
            case sql -> r.status() == DiffReport.Status.REFUSED ? "" : r.plan().sql();
            case json -> JsonOutput.write(r);
            case markdown -> MarkdownOutput.write(r);
        };
    }

    /** On standard error, whatever the format: what is refused and how to allow it. */
    static void reportRefusal(PrintWriter err, DiffReport r) {
        reportRefusal(err, r, "print");
    }

    /** As {@link #reportRefusal(PrintWriter, DiffReport)}; {@code verb}: what is not done with the migration. */
    static void reportRefusal(PrintWriter err, DiffReport r, String verb) {
        List<Integer> refused = r.refusedSteps();
        boolean onlyDataLoss = refused.stream().allMatch(i -> r.refused().get(i).equals(
            Set.of(Note.Code.DATA_LOSS)));
        if (onlyDataLoss) {
            err.println("schemadiff: refusing to " + verb + " a migration that can lose data; "
                + "review these statements and use --unsafe to allow them:");
        } else {
            err.println("schemadiff: refusing to " + verb + " a migration: these statements have hazards the policy "
                + "refuses"
                + " (--fail-on; DATA_LOSS unless --unsafe):");
        }
        for (int i : refused) {
            Step s = r.plan().steps().get(i);
            String codes = onlyDataLoss ? "" : " [" + r.refused().get(i).stream().map(Enum::name)
                .collect(Collectors.joining(", ")) + "]";
            err.println("  " + firstLine(s.sql()) + codes + s.reason().map(why -> "   -- " + why).orElse(""));
        }
        err.flush();
    }

    static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " …";
    }
}
