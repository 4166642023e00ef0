package io.schemadiff.verify;

import io.schemadiff.differ.Differ;
import io.schemadiff.differ.plan.Plan;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.rename.Renames;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Warning;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Warning;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies one pair: FROM and TO are loaded into two fresh databases, the migration (computed offline, or given) is
 * applied to FROM's, and the two databases' catalogs are compared.
 */
final class Verifier {
    private final Server server;
    /** Milliseconds spent per phase over every pair verified so far: where a corpus run's time goes. */
    final Map<String, Long> phaseMillis = new LinkedHashMap<>();

    Verifier(Server server) {
        this.server = server;
    }

    private long mark(String phase, long since) {
        long now = System.nanoTime();
        phaseMillis.merge(phase, (now - since) / 1_000_000, Long::sum);
        return now;
    }

    /** {@code create databases 1200 ms, load 800 ms, …}. */
    String phases() {
        return String.join(", ", phaseMillis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
            .toList());
    }

    /**
     * A pair to verify.
     *
     * @param from       FROM's sources
     * @param to         TO's sources
     * @param setup      loaded first into both databases, and read before FROM and TO by the differ
     * @param migration  the migration to apply; empty: computed by the differ
     * @param privileges read FROM and TO with owners and privileges, create the roles they name, and compare owners,
     *                   privileges and default privileges too ({@code --with-privileges})
     * @param renames    {@code OLD=NEW}, as diff's {@code --rename}: renames the migration begins with (TO's rename
     *                   hints are heeded too)
     */
    record Pair(List<Source> from, List<Source> to, List<Source> setup, Optional<Source> migration,
                boolean privileges, List<String> renames) {
        Pair {
            from = List.copyOf(from);
            to = List.copyOf(to);
            setup = List.copyOf(setup);
            renames = List.copyOf(renames);
        }

        /** Without renames told by flags. */
        Pair(List<Source> from, List<Source> to, List<Source> setup, Optional<Source> migration,
             boolean privileges) {
            this(from, to, setup, migration, privileges, List.of());
        }

        /** Without privileges. */
        Pair(List<Source> from, List<Source> to, List<Source> setup, Optional<Source> migration) {
            this(from, to, setup, migration, false);
        }
    }

    enum Status { PASSED, FAILED, SKIPPED, INPUT_ERROR }

    /** Why a pair did not pass: what a corpus summary groups failures by. */
    enum Cause {
        NONE("passed"),
        READ("schemadiff cannot read an input"),
        DIFFER("the differ failed"),
        LOAD("an input does not load into PostgreSQL"),
        EXTENSION("needs an extension this server lacks"),
        STATEMENT("a migration statement failed"),
        DIFFERENT("objects still differ after the migration");

        final String words;

        Cause(String words) {
            this.words = words;
        }
    }

    /**
     * The outcome.
     *
     * @param headline  one line: what happened
     * @param details   the rest of the report: the failing statement and the server's error, or the differences
     * @param notes     information that is no failure (column order, skipped meta-commands, unmodelled statements)
     * @param migration the migration applied (or that would have been)
     */
    record Result(Status status, Cause cause, String headline, String details, List<String> notes, String migration,
                  int statements, long millis) {
        boolean passed() {
            return status == Status.PASSED;
        }

        /** The whole report, for a terminal. */
        String report(boolean withMigration) {
            StringBuilder sb = new StringBuilder(headline).append('\n');
            if (!details.isEmpty()) {
                sb.append(details);
                if (!details.endsWith("\n")) {
                    sb.append('\n');
                }
            }
            for (String n : notes) {
                sb.append("note: ").append(n).append('\n');
            }
            if (withMigration && migration != null && !migration.isBlank()) {
                sb.append("the migration").append(status == Status.PASSED ? "" : " that was applied").append(":\n");
                for (String line : migration.stripTrailing().split("\n", -1)) {
                    sb.append("    ").append(line).append('\n');
                }
            }
            return sb.toString();
        }
    }

    Result verify(Pair pair) {
        long t0 = System.nanoTime();
        List<String> notes = new ArrayList<>();
        String migrationText;
        Source migration;
        Set<String> roles = new TreeSet<>();
        if (pair.migration().isPresent()) {
            migration = pair.migration().get();
            migrationText = migration.text();
            if (pair.privileges()) {
                rolesNamed(pair, roles, notes);
                mark("read and diff", t0);
            }
        } else {
            SchemaReader.Result a;
            SchemaReader.Result b;
            try {
                a = SchemaReader.read(concat(pair.setup(), pair.from()), pair.privileges());
            } catch (InputError e) {
                return result(Status.INPUT_ERROR, Cause.READ, "schemadiff cannot read FROM: " + e.render(), "", notes,
                    null, 0, t0);
            }
            try {
                b = SchemaReader.read(concat(pair.setup(), pair.to()), pair.privileges());
            } catch (InputError e) {
                return result(Status.INPUT_ERROR, Cause.READ, "schemadiff cannot read TO: " + e.render(), "", notes,
                    null, 0, t0);
            }
            unmodelled(notes, "FROM", a.warnings());
            unmodelled(notes, "TO", b.warnings());
            if (pair.privileges()) {
                roles.addAll(a.catalog().privileges().roles());
                roles.addAll(b.catalog().privileges().roles());
            }
            Renames renames;
            try {
                renames = Renames.resolve(a, b, pair.renames());
            } catch (InputError e) {
                return result(Status.INPUT_ERROR, Cause.READ, "schemadiff cannot apply the renames: " + e.render(), "",
                    notes, null, 0, t0);
            }
            for (Warning w : renames.warnings()) {
                notes.add(w.render());
            }
            Plan plan;
            try {
                plan = Differ.diff(a.catalog(), b.catalog(), renames.set());
                migrationText = plan.sql();
            } catch (RuntimeException e) {
                return result(Status.FAILED, Cause.DIFFER, "NOT verified: schemadiff could not compute the migration: "
                    + e, stackTop(e), notes, null, 0, t0);
            } finally {
                mark("read and diff", t0);
            }
            migration = new Source("migration", migrationText);
        }

        String fromDb = null;
        String toDb = null;
        long t = System.nanoTime();
        try {
            if (!roles.isEmpty()) {
                Result r = createRoles(roles, notes, migrationText, t0);
                if (r != null) {
                    return r;
                }
                t = mark("create roles", t);
            }
            fromDb = server.createDatabase("from");
            toDb = server.createDatabase("to");
            t = mark("create databases", t);
            Result r = load(fromDb, pair.setup(), pair.from(), "FROM", notes, migrationText, t0);
            if (r != null) {
                return r;
            }
            r = load(toDb, pair.setup(), pair.to(), "TO", notes, migrationText, t0);
            if (r != null) {
                return r;
            }
            t = mark("load FROM and TO", t);
            Scripts.Outcome applied;
            try (Connection c = server.connectSimple(fromDb)) {
                applied = Scripts.apply(c, migration);
            } catch (InputError e) {
                return result(Status.FAILED, Cause.STATEMENT, "NOT verified on " + server.description()
                    + ": the migration cannot be split into statements: " + e.render(), "", notes, migrationText, 0, t0);
            }
            t = mark("apply", t);
            for (String w : applied.warnings()) {
                notes.add("migration: " + w);
            }
            String on = " on " + server.description();
            if (!applied.ok()) {
                Scripts.Failure f = applied.failure().get();
                return result(Status.FAILED, Cause.STATEMENT, "NOT verified" + on + ": statement " + f.index()
                    + " of the migration failed.", f.render("  "), notes, migrationText, applied.statements(), t0);
            }
            Snapshot after;
            Snapshot target;
            try (Connection c = server.connect(fromDb)) {
                after = Snapshot.take(c, pair.privileges());
            }
            try (Connection c = server.connect(toDb)) {
                target = Snapshot.take(c, pair.privileges());
            }
            t = mark("snapshot", t);
            Comparison cmp = Comparison.of(after, target);
            notes.addAll(0, cmp.notes);
            String ran = applied.statements() == 0 ? "the migration is empty"
                : "the migration ran (" + plural(applied.statements(), "statement") + " in "
                + plural(applied.transactions(), "transaction")
                + (applied.outsideTransaction().isEmpty() ? "" : ", " + applied.outsideTransaction().size()
                + " outside a transaction block") + ")";
            if (!cmp.equal()) {
                return result(Status.FAILED, Cause.DIFFERENT, "NOT verified" + on + ": " + ran + ", but "
                    + plural(cmp.differences.size(), "object") + " still differ" + (cmp.differences.size() == 1 ? "s"
                    : "") + " from TO:", cmp.render("  "), notes, migrationText, applied.statements(), t0);
            }
            return result(Status.PASSED, Cause.NONE, "verified" + on + ": " + ran + ", and the result equals TO"
                + (pair.privileges() ? ", owners and privileges included." : "."), "", notes, migrationText,
                applied.statements(), t0);
        } catch (SQLException e) {
            return result(Status.FAILED, Cause.LOAD, "NOT verified: the server failed: " + ServerError.of(e).oneLine(),
                "", notes, migrationText, 0, t0);
        } finally {
            long d = System.nanoTime();
            drop(fromDb);
            drop(toDb);
            mark("drop databases", d);
        }
    }

    /**
     * With a given migration, the roles FROM and TO name are still needed: they are read for them alone. An input
     * schemadiff cannot read is no failure here (PostgreSQL may load it): a note says its roles were not created.
     */
    private static void rolesNamed(Pair pair, Set<String> roles, List<String> notes) {
        for (int i = 0; i < 2; i++) {
            String what = i == 0 ? "FROM" : "TO";
            try {
                roles.addAll(SchemaReader.read(concat(pair.setup(), i == 0 ? pair.from() : pair.to()), true).catalog()
                    .privileges().roles());
            } catch (InputError e) {
                notes.add("schemadiff cannot read " + what + ", so the roles it names were not created: "
                    + e.render().lines().findFirst().orElse(""));
            }
        }
    }

    /** Creates the roles FROM and TO name that the server lacks; a result only when that fails. */
    private Result createRoles(Set<String> roles, List<String> notes, String migrationText, long t0) {
        try {
            List<String> created = server.createRoles(roles);
            if (!created.isEmpty()) {
                notes.add("created " + plural(created.size(), "role") + " that FROM and TO name (NOLOGIN, dropped "
                    + "when verify ends): " + String.join(", ", created));
            }
            return null;
        } catch (SQLException e) {
            return result(Status.INPUT_ERROR, Cause.LOAD, "cannot create the roles FROM and TO name on "
                + server.description() + ": " + ServerError.of(e).oneLine(), "", notes, migrationText, 0, t0);
        }
    }

    private Result load(String db, List<Source> setup, List<Source> sources, String what, List<String> notes,
                        String migrationText, long t0) throws SQLException {
        Scripts.Outcome o;
        try (Connection c = server.connectSimple(db)) {
            // an extension the server does not have fails the load wherever it is used first: say so up front
            for (Source src : concat(setup, sources)) {
                Matcher m = CREATE_EXTENSION.matcher(src.text());
                while (m.find()) {
                    String ext = m.group(1).startsWith("\"") ? m.group(1).substring(1, m.group(1).length() - 1)
                        : m.group(1).toLowerCase(java.util.Locale.ROOT);
                    if (!available(c).contains(ext)) {
                        return result(Status.SKIPPED, Cause.EXTENSION, "skipped: " + what + " needs extension " + ext
                            + ", which " + server.description() + " does not have.", "", notes, migrationText, 0, t0);
                    }
                }
            }
            o = Scripts.load(c, concat(setup, sources));
        } catch (InputError e) {
            return result(Status.INPUT_ERROR, Cause.READ, "schemadiff cannot read " + what + ": " + e.render(), "",
                notes, migrationText, 0, t0);
        }
        for (String w : o.warnings()) {
            notes.add(what + ": " + w);
        }
        if (o.ok()) {
            return null;
        }
        Scripts.Failure f = o.failure().get();
        String ext = missingExtension(f.error());
        if (ext != null) {
            return result(Status.SKIPPED, Cause.EXTENSION, "skipped: " + what + " needs extension " + ext + ", which "
                + server.description() + " does not have.", "", notes, migrationText, 0, t0);
        }
        return result(Status.INPUT_ERROR, Cause.LOAD, what + " does not load into " + server.description() + ":",
            f.render("  "), notes, migrationText, 0, t0);
    }

    private static final Pattern CREATE_EXTENSION = Pattern.compile(
        "(?im)^\\s*create\\s+extension\\s+(?:if\\s+not\\s+exists\\s+)?(\"[^\"]+\"|[a-z_][a-z0-9_-]*)");

    private java.util.Set<String> availableExtensions;

    private java.util.Set<String> available(Connection c) throws SQLException {
        if (availableExtensions == null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT name FROM pg_available_extensions")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            availableExtensions = names;
        }
        return availableExtensions;
    }

    private static final Pattern EXTENSION = Pattern.compile(
        "extension \"([^\"]+)\" is not available|could not open extension control file \"[^\"]*/([^/\"]+)\\.control\"");

    /** The extension a load failed for, when the server lacks it. */
    static String missingExtension(ServerError e) {
        Matcher m = EXTENSION.matcher(e.message());
        if (m.find()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        return null;
    }

    private void drop(String db) {
        if (db != null) {
            try {
                server.dropDatabase(db);
            } catch (SQLException | RuntimeException e) {
                // dropped with the server at the end anyway
            }
        }
    }

    private static void unmodelled(List<String> notes, String what, List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(what + ": the differ does not model " + plural(warnings.size(),
            "statement") + ", so the migration leaves them out (first: ");
        sb.append(warnings.get(0).render().lines().findFirst().orElse("")).append(')');
        notes.add(sb.toString());
    }

    private static String stackTop(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(5, st.length); i++) {
            sb.append("    at ").append(st[i]).append('\n');
        }
        return sb.toString();
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static List<Source> concat(List<Source> a, List<Source> b) {
        List<Source> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Result result(Status s, Cause c, String headline, String details, List<String> notes,
                                 String migration, int statements, long t0) {
        return new Result(s, c, headline, details, List.copyOf(notes), migration, statements,
            (System.nanoTime() - t0) / 1_000_000);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
