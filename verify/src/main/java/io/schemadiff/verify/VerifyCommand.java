package io.schemadiff.verify;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schemadiff verify FROM TO} and {@code schemadiff verify --corpus DIR}. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
    description = {io.schemadiff.cli.Main.VERIFY_SUMMARY,
        "It starts a throwaway server (or uses --url), loads FROM into one database and TO into another, computes the "
            + "migration offline (or takes --migration), applies it to FROM's database, and compares the result with "
            + "TO through the server's own catalogs.",
        "FROM and TO are read as by diff: a .sql file, a folder of .sql files, - for standard input, or REV:path.",
        "With --corpus, verify every pair case (from.sql + to.sql, or old.sql + new.sql [+ setup.sql] [+ options]) "
            + "under the folders, on one server, and end with a line 'N passed, N failed'."},
    footer = {"", "Exit codes:",
        "  0  verified: the migration ran and the result equals TO",
        "     (--corpus: every case passed)",
        "  1  usage or input error: bad arguments, an unreadable file, FROM or TO",
        "     that schemadiff cannot read or PostgreSQL cannot load, a refused --url",
        "  2  not verified: a migration statement failed (it is named, with the",
        "     server's error), or objects still differ from TO (each is listed);",
        "     --corpus: a case failed",
        "  4  no PostgreSQL: the embedded server could not start, or --url could",
        "     not be reached",
        "Column order, which ALTER TABLE cannot change, is a note, not a failure."})
final class VerifyCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int INPUT_ERROR = 1;
    static final int NOT_VERIFIED = 2;
    static final int NO_SERVER = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FROM", description = "The schema as it is.")
    String from;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TO", description = "The schema as it should be.")
    String to;

    @Option(names = "--postgres", paramLabel = "VERSION",
        description = "PostgreSQL major version of the embedded server: 13, 14, 15, 16, 17 or 18 (default: the "
            + "newest). The newest is in the jar; another is fetched into the local Maven repository on first use.")
    String postgres;

    @Option(names = "--url", paramLabel = "URL",
        description = "Use this server instead of an embedded one: postgresql://user:password@host:port/database. "
            + "verify creates and drops only its own databases (schemadiff_verify_…) there; it needs CREATEDB.")
    String url;

    @Option(names = "--allow-nonempty-url",
        description = "Accept a --url whose database already holds user objects (refused by default, as a likely "
            + "mistake; verify never touches them).")
    boolean allowNonEmpty;

    @Option(names = "--migration", paramLabel = "FILE",
        description = "Verify this migration (a hand-edited one) instead of the one schemadiff computes.")
    Path migration;

    @Option(names = "--setup", paramLabel = "FILE",
        description = "SQL loaded into both databases before FROM and TO (extensions, shared types); repeatable.")
    List<String> setup = new ArrayList<>();

    @Option(names = "--with-privileges",
        description = "Owners and privileges too, as diff --with-privileges: read FROM and TO with them, create the "
            + "roles they name where the server lacks them (NOLOGIN; dropped at the end), and compare owners, "
            + "privileges and default privileges. With --corpus: every case (otherwise only those whose options file "
            + "says --with-privileges).")
    boolean withPrivileges;

    @Option(names = "--rename", paramLabel = "OLD=NEW",
        description = "As diff --rename: a rename the migration begins with (repeatable). TO's rename hints "
            + "(-- schemadiff: renamed from OLD) are heeded too.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR",
        description = "Verify every pair case under DIR (repeatable) instead of FROM and TO.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--prelude", paramLabel = "FILE",
        description = "With --corpus: SQL run once before the cases (roles). A prelude.sql above the cases is "
            + "found by itself.")
    List<Path> preludes = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Show the migration also when it passes, and notes per case.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Integer run(PrintWriter out, PrintWriter err) {
        if (postgres != null && url != null) {
            return usage(err, "--postgres and --url exclude each other");
        }
        if (!corpus.isEmpty()) {
            if (from != null || migration != null || !setup.isEmpty() || !renames.isEmpty()) {
                return usage(err, "--corpus takes no FROM, TO, --migration, --setup or --rename (a case's setup.sql "
                    + "and options file are its own)");
            }
            for (Path p : corpus) {
                if (!Files.isDirectory(p)) {
                    err.println("schemadiff: cannot read " + p + ": no such folder");
                    return INPUT_ERROR;
                }
            }
            for (Path p : preludes) {
                if (!Files.isRegularFile(p)) {
                    err.println("schemadiff: cannot read " + p + ": no such file");
                    return INPUT_ERROR;
                }
            }
            long t0 = System.nanoTime();
            Started st = start(err);
            if (st.server() == null) {
                return st.code();
            }
            try (Server server = st.server()) {
                long startMillis = (System.nanoTime() - t0) / 1_000_000;
                Corpus.Summary s = Corpus.run(server, startMillis, corpus, preludes, out, verbose, withPrivileges);
                return s.failed() == 0 ? OK : NOT_VERIFIED;
            }
        }
        if (from == null || to == null) {
            return usage(err, "verify needs FROM and TO (or --corpus DIR)");
        }
        if (!preludes.isEmpty()) {
            return usage(err, "--prelude goes with --corpus; for FROM and TO, use --setup");
        }
        Verifier.Pair pair;
        try {
            List<Source> setupSources = new ArrayList<>();
            for (String s : setup) {
                setupSources.addAll(Sources.open(s));
            }
            Optional<Source> m = Optional.empty();
            if (migration != null) {
                m = Optional.of(Sources.open(migration.toString()).get(0));
            }
            pair = new Verifier.Pair(Sources.open(from), Sources.open(to), setupSources, m, withPrivileges, renames);
        } catch (InputError e) {
            err.println(e.render());
            return INPUT_ERROR;
        }
        Started st = start(err);
        if (st.server() == null) {
            return st.code();
        }
        try (Server server = st.server()) {
            Verifier.Result r = new Verifier(server).verify(pair);
            boolean showMigration = verbose || (r.status() == Verifier.Status.FAILED && migration == null);
            (r.status() == Verifier.Status.INPUT_ERROR ? err : out).print(r.report(showMigration));
            return switch (r.status()) {
                case PASSED -> OK;
                case FAILED -> NOT_VERIFIED;
                case SKIPPED, INPUT_ERROR -> INPUT_ERROR;
            };
        }
    }

    /** The server, or the exit code after saying why there is none. */
    private record Started(Server server, int code) {}

    private Started start(PrintWriter err) {
        try {
            if (url != null) {
                return new Started(Server.external(url, allowNonEmpty), OK);
            }
            return new Started(Server.embedded(postgres, err), OK);
        } catch (IllegalArgumentException e) {
            err.println("schemadiff: " + e.getMessage());
            return new Started(null, INPUT_ERROR);
        } catch (Server.Refused e) {
            err.println("schemadiff verify: " + e.getMessage());
            return new Started(null, INPUT_ERROR);
        } catch (Server.Unavailable e) {
            err.println("schemadiff verify: " + e.getMessage());
            return new Started(null, NO_SERVER);
        }
    }

    private int usage(PrintWriter err, String message) {
        err.println("schemadiff: " + message);
        err.println("Try 'schemadiff verify --help' for more information.");
        return INPUT_ERROR;
    }
}
