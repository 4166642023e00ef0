package io.schemadiff.cli;

import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.MigrationFormat;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code schemadiff check SCHEMA}: reads a schema and reports what it cannot read or does not model. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Read a schema and report errors and statements not modeled yet.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCHEMA",
        description = "A .sql file, a folder of .sql files, - for standard input, REV:path or :path in git.")
    String schema;

    @CommandLine.Option(names = "--with-privileges",
        description = "Also read owners, GRANT / REVOKE and default privileges (and report what of them is not modeled).")
    boolean withPrivileges;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Do not list the statements not modeled.")
    boolean quiet;

    @CommandLine.Option(names = "--migrations-format", paramLabel = "LAYOUT", converter = MigrationsOption.class,
        completionCandidates = MigrationsOption.class, description = MigrationsOption.DESCRIPTION)
    MigrationFormat migrationsFormat;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SchemaReader.Result r = SchemaReader.read(Sources.open(schema, Path.of("."),
                Optional.ofNullable(migrationsFormat)), withPrivileges);
            if (!quiet) {
                Inputs.reportWarnings(err, r.warnings());
            }
            out.println(schema + ": " + r.catalog().objects().size() + " objects, " + r.warnings().size()
                + " statements not modeled");
            out.flush();
            return Main.OK;
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        }
    }
}
