package io.schemadiff.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code schemadiff} command. */
@Command(name = "schemadiff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Offline schema differ for PostgreSQL: prints the SQL that turns one schema into another.",
    subcommands = {DiffCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes:",
        "  0  no differences (diff), or the schema reads cleanly (check)",
        "  1  usage or input error: bad arguments, an unreadable file, SQL that cannot be read",
        "  2  differences found: the migration was printed",
        "  3  refused: the migration would lose data and --unsafe was not given"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INPUT_ERROR = 1;
    public static final int DIFFERENCES = 2;
    public static final int UNSAFE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (diff or check)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> INPUT_ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("schemadiff: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            // a bug, not bad input: say so briefly; the trace is for --debug
            c.getErr().println("schemadiff: internal error: " + ex);
            if (System.getenv("SCHEMADIFF_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(set SCHEMADIFF_DEBUG=1 for details; please report this with the input)");
            }
            return INPUT_ERROR;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"schemadiff " + (v == null ? "development" : v)};
        }
    }
}
