package io.schemadiff.cli;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code schemadiff drift MIGRATIONS SCHEMA}: whether replaying a folder of migrations gives the declared schema.
 * It compares as {@code diff MIGRATIONS SCHEMA} does, with nothing refused (what differs is reported, not run): the
 * statements printed are what the next migration needs.
 */
@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check that a folder of migrations and a declared schema agree: replaying MIGRATIONS (in the order "
        + "of the tool that runs them) must give SCHEMA. Nothing is printed when they agree; otherwise the statements "
        + "that would make them agree, what the next migration needs."},
    footer = {"", "Exit codes: 0 they agree, 1 usage or input error (a migration that cannot be read, two migrations",
        "of one version), 2 they differ."})
final class DriftCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MIGRATIONS",
        description = "The folder of migrations: on disk, or REV:path / :path (staged) in git.")
    String migrations;

    @Parameters(index = "1", paramLabel = "SCHEMA", description = "The declared schema: a .sql file, a folder, "
        + "REV:path, :path, or - for standard input.")
    String schema;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = output.problem();
        if (problem != null) {
            err.println("schemadiff: " + problem);
            return Main.INPUT_ERROR;
        }
        try {
            Path here = Path.of(".");
            // the layout named is the folder's: the schema is a schema, whatever its form
            Side folder = Side.of(migrations, Sources.open(migrations, here, read.layout()));
            Side declared = Side.of(schema, Sources.open(schema, here, Optional.empty()));
            DiffCommand.Compared c = DiffCommand.compare(folder, declared, read, err);
            DiffReport report = DiffReport.of(folder, declared, c, Set.of(), output.targetVersion);
            if (report.status() == DiffReport.Status.NONE) {
                if (output.format != OutputOptions.Format.sql) {
                    output.write(out, DiffCommand.render(report, output.format));
                }
                return Main.OK;
            }
            output.write(out, DiffCommand.render(report, output.format));
            err.println("schemadiff: replaying " + migrations + " does not give " + schema + "; the statements "
                + "printed are what a next migration needs (schemadiff new-migration " + onDisk(migrations) + " "
                + onDisk(schema) + " --name NAME writes it)");
            return Main.DIFFERENCES;
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The work tree's copy of a folder or file named in git ({@code :db/migrations}), which can be written to. */
    static String onDisk(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0 || Files.exists(Path.of(spec))) {
            return spec;
        }
        String path = spec.substring(colon + 1);
        return !path.isEmpty() && Files.exists(Path.of(path)) ? path : spec;
    }
}
