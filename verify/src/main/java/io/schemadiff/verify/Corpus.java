package io.schemadiff.verify;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The corpus runner: every pair case under some folders, verified on one server. A pair case is a folder holding
 * {@code from.sql} and {@code to.sql} (testdata/golden/&lt;kind&gt;/&lt;case&gt;/) or {@code old.sql} and
 * {@code new.sql} (pgschema's layout), with an optional {@code setup.sql} loaded first into both databases, and an
 * optional {@code options} file: the diff options the case is meant for, separated by white space, of which verify
 * heeds {@code --with-privileges} and {@code --rename OLD=NEW} (or {@code --rename=OLD=NEW}). A {@code prelude.sql} in a folder above the cases (roles they use: cluster-wide)
 * runs once before them.
 */
final class Corpus {
    private Corpus() {}

    /** The option in a case's {@code options} file that verify heeds; the others do not change the migration. */
    static final String WITH_PRIVILEGES = "--with-privileges";

    /** One pair case; {@code options} are those of its {@code options} file. */
    record Case(String name, Path dir, Path from, Path to, Optional<Path> setup, List<String> options) {
        Case {
            options = List.copyOf(options);
        }

        boolean privileges() {
            return options.contains(WITH_PRIVILEGES);
        }

        /** The renames its options tell. */
        List<String> renames() {
            return renamesIn(options);
        }
    }

    /** What a run found. */
    record Summary(int passed, int failed, int skipped, List<Map.Entry<Case, Verifier.Result>> failures,
                   long serverStartMillis, long casesMillis) {
        String line() {
            return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
        }
    }

    /** The cases under {@code root}, in path order, named {@code <root's name>/<path below root>}. */
    static List<Case> discover(Path root) {
        Path r = root.toAbsolutePath().normalize();
        String label = r.getFileName() == null ? r.toString() : r.getFileName().toString();
        List<Case> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path dir : s.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
                Path from = null;
                Path to = null;
                if (Files.isRegularFile(dir.resolve("from.sql")) && Files.isRegularFile(dir.resolve("to.sql"))) {
                    from = dir.resolve("from.sql");
                    to = dir.resolve("to.sql");
                } else if (Files.isRegularFile(dir.resolve("old.sql")) && Files.isRegularFile(dir.resolve("new.sql"))) {
                    from = dir.resolve("old.sql");
                    to = dir.resolve("new.sql");
                }
                if (from != null) {
                    String rel = root.relativize(dir).toString().replace('\\', '/');
                    Path setup = dir.resolve("setup.sql");
                    out.add(new Case(rel.isEmpty() ? label : label + "/" + rel, dir, from, to,
                        Files.isRegularFile(setup) ? Optional.of(setup) : Optional.empty(), options(dir)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The values of {@code --rename X} and {@code --rename=X} among a case's options. */
    static List<String> renamesIn(List<String> options) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            if (o.equals("--rename") && i + 1 < options.size()) {
                out.add(options.get(++i));
            } else if (o.startsWith("--rename=")) {
                out.add(o.substring("--rename=".length()));
            }
        }
        return out;
    }

    /** The words of the case's {@code options} file; none without one. */
    static List<String> options(Path dir) throws IOException {
        Path p = dir.resolve("options");
        if (!Files.isRegularFile(p)) {
            return List.of();
        }
        String text = Files.readString(p).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }

    /** {@code prelude.sql} files in {@code root} and the folders under it that are not cases. */
    static List<Path> preludes(Path root, List<Case> cases) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.getFileName() != null && f.getFileName().toString().equals("prelude.sql"))
                .sorted().toList()) {
                Path dir = p.getParent();
                if (cases.stream().noneMatch(c -> c.dir().equals(dir))) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Summary run(Server server, long serverStartMillis, List<Path> roots, List<Path> extraPreludes,
                       PrintWriter out, boolean verbose) {
        return run(server, serverStartMillis, roots, extraPreludes, out, verbose, false);
    }

    /** As above; with {@code privileges}, every case is verified with privileges, not only those whose options say. */
    static Summary run(Server server, long serverStartMillis, List<Path> roots, List<Path> extraPreludes,
                       PrintWriter out, boolean verbose, boolean privileges) {
        List<Case> cases = new ArrayList<>();
        List<Path> preludes = new ArrayList<>(extraPreludes);
        for (Path root : roots) {
            List<Case> found = discover(root);
            cases.addAll(found);
            preludes.addAll(preludes(root, found));
        }
        out.println("schemadiff verify: " + Verifier.plural(cases.size(), "pair case") + " in "
            + String.join(", ", roots.stream().map(Path::toString).toList()) + " on " + server.description());
        for (Path p : preludes) {
            String err = runPrelude(server, p);
            out.println("prelude " + p + (err == null ? ": loaded" : ": FAILED: " + err));
        }
        out.flush();
        Verifier verifier = new Verifier(server);
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        List<Map.Entry<Case, Verifier.Result>> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Case c : cases) {
            Verifier.Result r;
            try {
                r = verifier.verify(pair(c, privileges));
            } catch (InputError e) {
                r = new Verifier.Result(Verifier.Status.INPUT_ERROR, Verifier.Cause.READ, "cannot read: " + e.render(),
                    "", List.of(), null, 0, 0);
            } catch (RuntimeException e) {
                r = new Verifier.Result(Verifier.Status.FAILED, Verifier.Cause.DIFFER, "internal error: " + e, "",
                    List.of(), null, 0, 0);
            }
            switch (r.status()) {
                case PASSED -> {
                    passed++;
                    out.println("PASS " + c.name() + " (" + r.millis() + " ms)");
                    if (verbose) {
                        r.notes().forEach(n -> out.println("     note: " + n));
                    }
                }
                case SKIPPED -> {
                    skipped++;
                    out.println("SKIP " + c.name() + ": " + r.headline());
                }
                default -> {
                    failed++;
                    failures.add(Map.entry(c, r));
                    out.println("FAIL " + c.name() + ": " + firstLine(r.headline()));
                }
            }
            out.flush();
        }
        long casesMillis = (System.nanoTime() - t0) / 1_000_000;
        if (!failures.isEmpty()) {
            out.println();
            out.println("Failures:");
            for (Map.Entry<Case, Verifier.Result> f : failures) {
                out.println();
                out.println(f.getKey().name() + ":");
                for (String line : f.getValue().report(verbose).split("\n")) {
                    out.println("  " + line);
                }
            }
            out.println();
            Map<Verifier.Cause, Integer> byCause = new EnumMap<>(Verifier.Cause.class);
            failures.forEach(f -> byCause.merge(f.getValue().cause(), 1, Integer::sum));
            out.println("Failures by cause: " + String.join("; ", byCause.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().words).toList()));
        }
        out.println("Server start " + serverStartMillis + " ms; " + cases.size() + " cases in " + casesMillis + " ms"
            + (cases.isEmpty() ? "" : " (" + casesMillis / cases.size() + " ms per case: " + verifier.phases() + ")"));
        Summary s = new Summary(passed, failed, skipped, failures, serverStartMillis, casesMillis);
        out.println(s.line());
        out.flush();
        return s;
    }

    /** The case as a pair to verify; {@code privileges}: with privileges whatever its options say. */
    static Verifier.Pair pair(Case c, boolean privileges) {
        return new Verifier.Pair(open(c.from()), open(c.to()), c.setup().map(Corpus::open).orElse(List.of()),
            Optional.empty(), privileges || c.privileges(), c.renames());
    }

    private static List<Source> open(Path p) {
        return Sources.open(p.toString());
    }

    /** Runs a prelude in a scratch database: what it leaves that matters (roles) is cluster-wide. */
    private static String runPrelude(Server server, Path prelude) {
        String db = null;
        try {
            db = server.createDatabase("prelude");
            try (Connection c = server.connectSimple(db)) {
                Scripts.Outcome o = Scripts.load(c, open(prelude));
                return o.failure().map(Scripts.Failure::summary).orElse(null);
            }
        } catch (SQLException e) {
            return ServerError.of(e).oneLine();
        } catch (InputError e) {
            return e.getMessage();
        } finally {
            if (db != null) {
                try {
                    server.dropDatabase(db);
                } catch (SQLException e) {
                    // dropped with the server
                }
            }
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
