package io.schemadiff.cli;

import io.schemadiff.differ.plan.Step;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code --format markdown}: a report for a pull request. What the policy refuses comes first and is never hidden,
 * then the statements that need attention (data loss, locks, rewrites), a table of every statement, and the
 * script, folded when it is long.
 */
final class MarkdownOutput {
    /** A script longer than this is folded into a {@code <details>} block. */
    static final int FOLD_LINES = 40;

    private MarkdownOutput() {}

    static String write(DiffReport r) {
        StringBuilder sb = new StringBuilder("## Schema changes\n\n");
        body(sb, r);
        return sb.toString();
    }

    /** The report without its heading: a review writes one per file under headings of its own. */
    static void body(StringBuilder sb, DiffReport r) {
        List<Step> steps = r.plan().steps();
        if (steps.isEmpty()) {
            sb.append("No differences.\n");
            warnings(sb, r);
            return;
        }
        List<Integer> refused = r.refusedSteps();
        if (!refused.isEmpty()) {
            Map<Note.Code, Integer> why = new EnumMap<>(Note.Code.class);
            for (int i : refused) {
                r.refused().get(i).forEach(c -> why.merge(c, 1, Integer::sum));
            }
            sb.append("> [!CAUTION]\n> **Refused:** ").append(count(refused.size(), "statement")).append(" ")
                .append(refused.size() == 1 ? "is" : "are").append(" refused (")
                .append(why.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name())
                    .collect(Collectors.joining(", ")))
                .append(")");
            if (why.containsKey(Note.Code.DATA_LOSS)) {
                sb.append(": statements that can lose data need `--unsafe`, after review");
            }
            sb.append(".\n\n");
        }
        sb.append(summary(steps)).append("\n\n");
        // what takes time or loses data: a lock alone is brief (catalog work) and stays in the table below
        List<Integer> attention = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            boolean beyondLocks = r.notes().get(i).stream().anyMatch(n -> n.code() != Note.Code.ACCESS_EXCLUSIVE_LOCK
                && n.code() != Note.Code.BLOCKS_WRITES);
            if (beyondLocks || !r.refused().get(i).isEmpty()) {
                attention.add(i);
            }
        }
        // data loss first, then the rest in plan order
        attention.sort((x, y) -> Boolean.compare(!steps.get(x).dataLoss(), !steps.get(y).dataLoss()));
        if (!attention.isEmpty()) {
            sb.append("**Needs attention**\n\n");
            for (int i : attention) {
                sb.append("- **#").append(i + 1).append("** `").append(code(firstLine(steps.get(i).sql())))
                    .append("`: ").append(notes(r, i)).append('\n');
            }
            sb.append('\n');
        }
        sb.append("| # | Change | Object | Notes |\n|---|---|---|---|\n");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            List<String> cell = new ArrayList<>();
            String n = notes(r, i);
            if (!n.isEmpty()) {
                cell.add(n);
            }
            reason(r, i).ifPresent(cell::add);
            sb.append("| ").append(i + 1).append(" | ").append(s.action().name().toLowerCase(Locale.ROOT))
                .append(" | `").append(cellText(s.object().toString())).append("` | ")
                .append(cellText(String.join("; ", cell))).append(" |\n");
        }
        String sql = r.plan().sql();
        long lines = sql.lines().count();
        sb.append('\n');
        if (lines > FOLD_LINES) {
            sb.append("<details><summary>The migration (").append(lines).append(" lines)</summary>\n\n");
        }
        sb.append("```sql\n").append(sql).append("```\n");
        if (lines > FOLD_LINES) {
            sb.append("\n</details>\n");
        }
        warnings(sb, r);
    }

    /** {@code 5 statements: 2 create, 2 alter, 1 drop; 1 can lose data.} */
    static String summary(List<Step> steps) {
        List<String> parts = new ArrayList<>();
        for (Step.Action a : Step.Action.values()) {
            long n = steps.stream().filter(s -> s.action() == a).count();
            if (n > 0) {
                parts.add(n + " " + a.name().toLowerCase(Locale.ROOT));
            }
        }
        long losing = steps.stream().filter(Step::dataLoss).count();
        return count(steps.size(), "statement") + ": " + String.join(", ", parts)
            + (losing > 0 ? "; **" + losing + " can lose data**" : "") + ".";
    }

    private static String notes(DiffReport r, int i) {
        Set<Note.Code> refused = r.refused().get(i);
        return (refused.isEmpty() ? "" : "**refused:** ") + r.notes().get(i).stream()
            .map(n -> n.code() == Note.Code.DATA_LOSS ? "**" + n.message() + "**" : n.message())
            .collect(Collectors.joining("; "));
    }

    /** The step's reason, unless a note says the same already. */
    private static Optional<String> reason(DiffReport r, int i) {
        return r.plan().steps().get(i).reason()
            .filter(why -> r.notes().get(i).stream().noneMatch(n -> n.message().equals(why)));
    }

    private static void warnings(StringBuilder sb, DiffReport r) {
        if (r.warnings().isEmpty()) {
            return;
        }
        sb.append("\n<details><summary>").append(count(r.warnings().size(), "warning"))
            .append(" from reading</summary>\n\n```\n");
        r.warnings().forEach(w -> sb.append(w).append('\n'));
        sb.append("```\n\n</details>\n");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " …";
    }

    /** Inline code cannot hold a backtick run of its own length: such text is shown with one replaced. */
    private static String code(String text) {
        return text.replace('`', '\'');
    }

    private static String cellText(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
