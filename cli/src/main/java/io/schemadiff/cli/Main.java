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
        Integer fast = fastDiff(args);
        System.exit(fast != null ? fast : run(args));
    }

    /**
     * {@code schemadiff diff [--unsafe] [--with-privileges] [--stats] [-f|--format F] FROM TO}, the pre-commit hook's command, run
     * without building picocli's model of the whole command line (which costs more than reading a small schema).
     * Anything else returns null and goes through picocli: help, errors, other commands.
     */
    static Integer fastDiff(String[] args) {
        if (args.length < 3 || !args[0].equals("diff")) {
            return null;
        }
        DiffCommand d = new DiffCommand();
        d.format = DiffCommand.Format.sql;
        java.util.List<String> positional = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--unsafe" -> d.unsafe = true;
                case "--with-privileges" -> d.withPrivileges = true;
                case "--stats" -> d.stats = true;
                case "--role" -> {
                    if (i + 1 >= args.length) {
                        return null;
                    }
                    d.role = args[++i];
                }
                case "-f", "--format" -> {
                    if (i + 1 >= args.length) {
                        return null;
                    }
                    try {
                        d.format = DiffCommand.Format.valueOf(args[++i]);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        return null;
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) {
            return null;
        }
        d.from = positional.get(0);
        d.to = positional.get(1);
        java.io.PrintWriter out = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
            java.nio.charset.StandardCharsets.UTF_8), false);
        java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err,
            java.nio.charset.StandardCharsets.UTF_8), true);
        try {
            return d.run(out, err);
        } catch (RuntimeException e) {
            err.println("schemadiff: internal error: " + e);
            if (System.getenv("SCHEMADIFF_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set SCHEMADIFF_DEBUG=1 for details; please report this with the input)");
            }
            return INPUT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
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
