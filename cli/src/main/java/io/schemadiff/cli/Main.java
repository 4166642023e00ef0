package io.schemadiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code schemadiff} command. */
@Command(name = "schemadiff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Offline schema differ for PostgreSQL: prints the SQL that turns one schema into another.",
    subcommands = {DiffCommand.class, HookCommand.class, ReviewCommand.class, CheckCommand.class, DriftCommand.class,
        NewMigrationCommand.class},
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

    /** What {@code verify} does, in one line: the help of this jar and of the verify jar say it alike. */
    public static final String VERIFY_SUMMARY = "Prove a migration against a real PostgreSQL: apply it to a "
        + "throwaway database loaded with FROM and compare the result with TO through the server's catalogs.";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: diff, hook, review, check, drift, new-migration or verify");
    }

    public static void main(String[] args) {
        int exit;
        try {
            Integer fast = FastPath.run(args);
            exit = fast != null ? fast : run(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            exit = Exhausted.report(e, System.err);
        }
        System.exit(exit);
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        return commandLine(new VerifyLauncher());
    }

    /**
     * The whole command line, with {@code verify} the given command: {@link VerifyLauncher} here, the real one in
     * the verify module's jar. Every command answers {@code --version} alike.
     */
    public static CommandLine commandLine(Object verify) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("verify", verify);
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        Version version = new Version();
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(version);
        }
        cl.setExitCodeExceptionMapper(e -> INPUT_ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("schemadiff: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            internalError(c.getErr(), ex);
            return INPUT_ERROR;
        });
        return cl;
    }

    /** A bug, not bad input: said briefly; the trace is for SCHEMADIFF_DEBUG. */
    static void internalError(PrintWriter err, Exception e) {
        err.println("schemadiff: internal error: " + e);
        if (System.getenv("SCHEMADIFF_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set SCHEMADIFF_DEBUG=1 for details; please report this with the input)");
        }
        err.flush();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"schemadiff " + versionText()};
        }
    }

    /** {@code 0.2.0 (commit 1a2b3c4, 2026-12-04)}: the project version and the commit this jar was built from. */
    public static String versionText() {
        Properties version = properties("schemadiff-version.properties");
        Properties git = properties("git.properties");
        String v = version.getProperty("version", "unknown version");
        String commit = git.getProperty("git.commit.id.abbrev", "");
        if (commit.isEmpty()) {
            return v + " (commit unknown)";
        }
        return v + " (commit " + commit + ("true".equals(git.getProperty("git.dirty")) ? " with local changes" : "")
            + ", " + git.getProperty("git.commit.time", "") + ")";
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // not there: unknown
        }
        return p;
    }
}
