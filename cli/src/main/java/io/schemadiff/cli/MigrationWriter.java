package io.schemadiff.cli;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Plan;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.MigrationFolder;
import io.schemadiff.parser.source.MigrationFormat;
import io.schemadiff.parser.source.Migrations;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.SqitchPlan;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a folder's next migration, in its layout's own convention: the next version (a number as the folder
 * numbers them, zero-padded as they are, or a timestamp where the folder uses timestamps), the file names, and the
 * way up and the way down where the layout has one (a down file, a section, a revert script). The way down is the
 * reverse diff; where the way up drops data, it says that it cannot bring that data back.
 */
final class MigrationWriter {
    private MigrationWriter() {}

    /** A file to write: its path in the folder and its whole text. */
    record NewFile(String path, String text) {}

    /** What a migration needs besides its two ways: when it is written, and who plans it (Sqitch's plan). */
    record Context(Instant now, String planner) {}

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
        .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SQITCH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
        .withZone(ZoneOffset.UTC);

    /** A name as file names take it: letters, digits and single underscores. */
    static String slug(String name) {
        String s = name.strip().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            throw new InputError("--name " + name + " has no letter or digit to name a file by");
        }
        return s;
    }

    static List<NewFile> next(MigrationFolder folder, String name, Plan up, Plan down, Context ctx) {
        String n = slug(name);
        String upSql = up.sql();
        String downSql = downText(up, down);
        String root = folder.root();
        return switch (folder.format()) {
            case FLYWAY -> {
                String v = nextVersion(folder, ctx.now());
                String dir = lastDir(folder);
                List<NewFile> out = new ArrayList<>(List.of(new NewFile(dir + "V" + v + "__" + n + ".sql", upSql)));
                // undo files are Flyway Teams': written where the folder already has them
                if (folder.files().stream().anyMatch(f -> f.fileName().matches("U\\d+(?:[._]\\d+)*__.*\\.sql"))) {
                    out.add(new NewFile(dir + "U" + v + "__" + n + ".sql", downSql));
                }
                yield out;
            }
            case GOLANG_MIGRATE -> {
                String v = nextVersion(folder, ctx.now());
                yield List.of(new NewFile(root + v + "_" + n + ".up.sql", upSql),
                    new NewFile(root + v + "_" + n + ".down.sql", downSql));
            }
            case GOOSE -> {
                String noTx = outsideTransaction(up) ? "-- +goose NO TRANSACTION\n" : "";
                yield List.of(new NewFile(root + nextVersion(folder, ctx.now()) + "_" + n + ".sql",
                    noTx + "-- +goose Up\n" + gooseStatements(upSql) + "\n-- +goose Down\n"
                        + gooseStatements(downSql)));
            }
            case DBMATE -> {
                String opt = outsideTransaction(up) ? " transaction:false" : "";
                yield List.of(new NewFile(root + nextVersion(folder, ctx.now()) + "_" + n + ".sql",
                    "-- migrate:up" + opt + "\n" + upSql + "\n-- migrate:down" + opt + "\n" + downSql));
            }
            case SUPABASE -> List.of(new NewFile(root + nextVersion(folder, ctx.now()) + "_" + n + ".sql", upSql));
            case PRISMA -> List.of(new NewFile(root + nextVersion(folder, ctx.now()) + "_" + n + "/migration.sql",
                upSql));
            case PLAIN -> List.of(new NewFile(lastDir(folder) + nextVersion(folder, ctx.now()) + "_" + n + ".sql",
                upSql));
            case SQITCH -> sqitch(folder, n, upSql, downSql, ctx);
        };
    }

    /** Adding an enum value and using it needs a commit between (the planner says so with a hazard). */
    private static boolean outsideTransaction(Plan up) {
        return up.steps().stream().anyMatch(s -> s.hazards().contains(Hazard.NEW_ENUM_VALUE));
    }

    /** The way down, headed by what the way up loses for good. */
    static String downText(Plan up, Plan down) {
        StringBuilder sb = new StringBuilder();
        List<Step> lost = up.dataLosing();
        if (!lost.isEmpty()) {
            sb.append("-- This cannot restore the data the way up drops; what it re-creates is empty:\n");
            for (Step s : lost) {
                sb.append("--   ").append(DiffCommand.firstLine(s.sql())).append('\n');
            }
            sb.append('\n');
        }
        return sb.append(down.sql()).toString();
    }

    /**
     * goose sends a statement when a line ends with a semicolon (before any {@code --} comment): a statement with
     * such a line inside it (a function body) goes between {@code StatementBegin} and {@code StatementEnd}.
     */
    static String gooseStatements(String sql) {
        Source src = new Source("migration", sql);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Statement st : StatementSplitter.split(src)) {
            int end = st.end();
            while (end < sql.length() && Character.isWhitespace(sql.charAt(end)) && sql.charAt(end) != '\n') {
                end++;
            }
            if (end < sql.length() && sql.charAt(end) == ';') {
                end++;
            }
            String text = sql.substring(st.start(), end);
            List<String> lines = text.lines().toList();
            boolean inner = false;
            for (int i = 0; i < lines.size() - 1; i++) {
                inner |= endsWithSemicolon(lines.get(i));
            }
            out.append(sql, pos, st.start());
            if (inner) {
                out.append("-- +goose StatementBegin\n").append(text).append("\n-- +goose StatementEnd");
            } else {
                out.append(text);
            }
            pos = end;
        }
        return out.append(sql.substring(pos)).toString();
    }

    /** goose's test: the last word of a line before a {@code --} word ends with a semicolon. */
    private static boolean endsWithSemicolon(String line) {
        String prev = "";
        for (String word : line.strip().split("\\s+")) {
            if (word.startsWith("--")) {
                break;
            }
            prev = word;
        }
        return prev.endsWith(";");
    }

    /** The folder of the last versioned migration (Flyway and plain folders read sub-folders too), {@code ""}. */
    private static String lastDir(MigrationFolder folder) {
        return folder.migrations().stream().filter(m -> !m.version().isEmpty()).reduce((a, b) -> b)
            .map(m -> m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/') + 1) : "")
            .orElse(folder.root());
    }

    private static final Pattern PARTS = Pattern.compile("(\\d+)|([._])");

    /**
     * The version after every one the folder's files take: a timestamp where the latest is one (14 digits,
     * {@code YYYYMMDDHHMMSS}; 10 digits, Unix seconds), never below the latest plus one; otherwise the latest plus
     * one, zero-padded to its width (Flyway: its last part, {@code 1.2} → {@code 1.3}). An empty folder starts where
     * its tool starts: Flyway 1, a plain folder 0001, the others a timestamp.
     */
    static String nextVersion(MigrationFolder folder, Instant now) {
        List<String> versions = Migrations.versions(folder);
        boolean flyway = folder.format() == MigrationFormat.FLYWAY;
        Comparator<String> order = flyway
            ? (a, b) -> Migrations.compareVersions(Migrations.flywayVersion(a), Migrations.flywayVersion(b))
            : Comparator.comparing(BigInteger::new);
        Optional<String> latest = versions.stream().max(order);
        if (latest.isEmpty()) {
            return switch (folder.format()) {
                case FLYWAY -> "1";
                case PLAIN -> "0001";
                default -> TIMESTAMP.format(now);
            };
        }
        String last = latest.get();
        if (flyway && !last.matches("\\d+")) {
            // 1.2 -> 1.3, 1_2_0 -> 1_2_1: the last part, as wide as it was
            Matcher m = PARTS.matcher(last);
            int lastStart = 0;
            while (m.find()) {
                if (m.group(1) != null) {
                    lastStart = m.start();
                }
            }
            return last.substring(0, lastStart) + plusOne(last.substring(lastStart));
        }
        if (last.length() == 14 && (last.startsWith("19") || last.startsWith("20"))) {
            return max(TIMESTAMP.format(now), plusOne(last));
        }
        if (last.length() == 10 && last.charAt(0) >= '1') {
            return max(Long.toString(now.getEpochSecond()), plusOne(last));
        }
        return plusOne(last);
    }

    private static String plusOne(String digits) {
        String n = new BigInteger(digits).add(BigInteger.ONE).toString();
        return n.length() < digits.length() ? "0".repeat(digits.length() - n.length()) + n : n;
    }

    private static String max(String a, String b) {
        return new BigInteger(a).compareTo(new BigInteger(b)) >= 0 ? a : b;
    }

    // ------------------------------------------------------------------ Sqitch

    private static List<NewFile> sqitch(MigrationFolder folder, String name, String upSql, String downSql,
                                        Context ctx) {
        var planFile = folder.file("sqitch.plan").orElseThrow();
        SqitchPlan plan = SqitchPlan.parse(new Source(planFile.name(), planFile.text()));
        if (plan.has(name)) {
            throw new InputError("sqitch.plan has a change " + name + " already: choose another --name (to change "
                + "it again, rework it with sqitch rework)");
        }
        String project = plan.project().orElse("");
        String text = planFile.text();
        String line = name + " " + SQITCH_TIME.format(ctx.now()) + " " + ctx.planner()
            + " # Written by schemadiff new-migration.\n";
        String newPlan = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + line;
        return List.of(
            new NewFile("deploy/" + name + ".sql", "-- Deploy " + project + ":" + name + " to pg\n\nBEGIN;\n\n"
                + upSql + "\nCOMMIT;\n"),
            new NewFile("revert/" + name + ".sql", "-- Revert " + project + ":" + name + " from pg\n\nBEGIN;\n\n"
                + downSql + "\nCOMMIT;\n"),
            new NewFile("verify/" + name + ".sql", "-- Verify " + project + ":" + name + " on pg\n\nBEGIN;\n\n"
                + "-- XXX Add verifications here.\n\nROLLBACK;\n"),
            new NewFile("sqitch.plan", newPlan));
    }
}
