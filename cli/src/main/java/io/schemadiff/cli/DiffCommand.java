package io.schemadiff.cli;

import io.schemadiff.differ.Differ;
import io.schemadiff.differ.Plan;
import io.schemadiff.differ.Step;
import io.schemadiff.parser.InputError;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schemadiff diff FROM TO}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Print the SQL that turns schema FROM into schema TO. Nothing is printed when they match.",
        "FROM and TO are each a .sql file, a folder of .sql files (read in name order), - for standard input,",
        "or REV:path for a file or folder at a git revision (HEAD~1:db/schema.sql)."},
    footer = {"", "Exit codes: 0 no differences, 1 usage or input error, 2 differences found,",
        "3 refused because the migration would lose data (see --unsafe)."})
final class DiffCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The schema as it is.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The schema as it should be.")
    String to;

    @Option(names = "--unsafe", description = "Allow statements that can lose data (dropped tables and columns, "
        + "narrowing type changes). Without it they are refused and listed.")
    boolean unsafe;

    @Option(names = "--with-privileges", description = "Also compare owners, GRANT / REVOKE on objects and columns, "
        + "and default privileges (ALTER DEFAULT PRIVILEGES). Without it they are not read.")
    boolean withPrivileges;

    @Option(names = "--role", paramLabel = "ROLE", description = "With --with-privileges: the role that runs the "
        + "schemas' scripts and the migration (postgres, for instance). It owns what no OWNER TO gives away, so "
        + "that a schema without OWNER TO compares equal to its pg_dump. Without it, that owner is not known.")
    String role;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "sql",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--stats", hidden = true, description = "Report timings and peak memory on standard error.")
    boolean stats;

    enum Format { sql, json, markdown }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command itself, also run directly by {@link Main}'s fast path (without picocli's set-up). */
    int run(PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        SchemaReader.Result a;
        SchemaReader.Result b;
        Optional<String> cacheKey = Optional.empty();
        if (from.equals("-") && to.equals("-")) {
            err.println("schemadiff: FROM and TO cannot both be - (standard input holds one schema)");
            return Main.INPUT_ERROR;
        }
        try {
            List<Source> sa = Sources.open(from);
            List<Source> sb = Sources.open(to);
            boolean same = Inputs.sameText(sa, sb);
            if (same) {
                // identical texts diff empty; what remains is what reading them reports, remembered when clean
                cacheKey = CleanReads.key(sa, withPrivileges, role);
                Optional<String> report = cacheKey.flatMap(CleanReads::lookup);
                if (report.isPresent()) {
                    err.print(report.get());
                    err.flush();
                    if (format != Format.sql) {
                        render(out, new Plan(List.of()), List.of());
                    }
                    out.flush();
                    if (stats) {
                        Stats.report(err, System.nanoTime() - t0, 0, 0);
                    }
                    return Main.OK;
                }
            }
            SchemaReader.Result[] both = Inputs.readBoth(sa, sb, same, withPrivileges, role);
            a = both[0];
            b = both[1];
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        }
        long t1 = System.nanoTime();
        if (cacheKey.isPresent()) {
            StringWriter report = new StringWriter();
            PrintWriter pw = new PrintWriter(report);
            Inputs.reportWarnings(pw, a.warnings());
            pw.flush();
            err.print(report);
            CleanReads.store(cacheKey.get(), report.toString());
        } else {
            Inputs.reportWarnings(err, a.warnings());
        }
        Inputs.reportWarnings(err, b.warnings());
        Plan plan = Differ.diff(a.catalog(), b.catalog());
        long t2 = System.nanoTime();
        try {
            if (plan.isEmpty()) {
                if (format != Format.sql) {
                    render(out, plan, List.of());
                }
                return Main.OK;
            }
            List<Step> refused = unsafe ? List.of() : plan.dataLosing();
            if (!refused.isEmpty()) {
                err.println("schemadiff: refusing to print a migration that can lose data; "
                    + "review these statements and use --unsafe to allow them:");
                for (Step s : refused) {
                    err.println("  " + firstLine(s.sql()) + s.reason().map(r -> "   -- " + r).orElse(""));
                }
                return Main.UNSAFE;
            }
            render(out, plan, List.of());
            return Main.DIFFERENCES;
        } finally {
            out.flush();
            if (stats) {
                Stats.report(err, t1 - t0, t2 - t1, plan.steps().size());
            }
        }
    }

    private void render(PrintWriter out, Plan plan, List<Step> refused) {
        switch (format) {
            case sql -> out.print(plan.sql());
            case json -> out.print(JsonOutput.write(plan));
            case markdown -> out.print(MarkdownOutput.write(plan));
        }
    }

    static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " …";
    }
}
