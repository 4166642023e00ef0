package io.schemadiff.cli;

import io.schemadiff.differ.Hazard;
import io.schemadiff.differ.Plan;
import io.schemadiff.differ.Step;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --format markdown}: a summary table and the script, for a pull request. */
final class MarkdownOutput {
    private MarkdownOutput() {}

    static String write(Plan plan) {
        StringBuilder sb = new StringBuilder("## Schema changes\n\n");
        if (plan.isEmpty()) {
            return sb.append("No differences.\n").toString();
        }
        long losing = plan.dataLosing().size();
        sb.append(plan.steps().size()).append(plan.steps().size() == 1 ? " statement" : " statements");
        if (losing > 0) {
            sb.append(", **").append(losing).append(" can lose data**");
        }
        sb.append(".\n\n| # | Change | Object | Notes |\n|---|---|---|---|\n");
        int n = 1;
        for (Step s : plan.steps()) {
            String notes = s.hazards().stream().sorted().map(Hazard::description).collect(Collectors.joining("; "));
            if (s.dataLoss()) {
                notes = "**can lose data**" + (notes.isEmpty() ? "" : "; " + notes);
            }
            if (s.reason().isPresent()) {
                notes = notes.isEmpty() ? s.reason().get() : notes + "; " + s.reason().get();
            }
            sb.append("| ").append(n++).append(" | ").append(s.action().name().toLowerCase(Locale.ROOT))
                .append(" | `").append(s.object().toString().replace("|", "\\|")).append("` | ")
                .append(notes.replace("|", "\\|")).append(" |\n");
        }
        sb.append("\n```sql\n").append(plan.sql()).append("```\n");
        return sb.toString();
    }
}
