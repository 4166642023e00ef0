package io.schemadiff.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A review as Markdown (a pull-request comment) or JSON (docs/json.md, kind "review"). */
final class ReviewOutput {
    private ReviewOutput() {}

    static String markdown(ReviewCommand.Review r, int exitCode) {
        StringBuilder sb = new StringBuilder(ReviewCommand.MARKER).append("\n## Schema review\n\n");
        sb.append('`').append(r.base().name()).append("` → `").append(r.head().name()).append("` (")
            .append(shortSha(r.mergeBase())).append("..").append(shortSha(r.head().commit())).append("): ");
        if (r.entries().isEmpty()) {
            return sb.append("no schema files changed.\n").toString();
        }
        long folders = r.entries().stream().filter(e -> e.kind().equals("migrations")).count();
        long files = r.entries().size() - folders;
        List<String> what = new ArrayList<>();
        if (files > 0) {
            what.add(MarkdownOutput.count(files, "schema file"));
        }
        if (folders > 0) {
            what.add(MarkdownOutput.count(folders, "migrations folder"));
        }
        sb.append(String.join(" and ", what)).append(" changed.\n\n");
        sb.append(switch (exitCode) {
            case Main.INPUT_ERROR -> "> [!CAUTION]\n> **Policy: failed.** Some SQL cannot be read; see below.\n";
            case Main.UNSAFE -> "> [!CAUTION]\n> **Policy: failed.** Statements are refused; see below.\n";
            default -> "**Policy: passed.**\n";
        });
        for (ReviewCommand.Entry e : r.entries()) {
            sb.append("\n### `").append(e.path()).append(e.kind().equals("migrations") ? "/` (migrations: "
                + e.change() + ")" : "` (" + e.change() + ")").append("\n\n");
            if (e.kind().equals("migrations")) {
                sb.append("What the folder's migrations, replayed, now do to the schema:\n\n");
            }
            if (e.error().isPresent()) {
                sb.append("Cannot be read:\n\n```\n").append(e.error().get()).append("\n```\n");
            } else {
                MarkdownOutput.body(sb, e.report().get());
            }
        }
        return sb.toString();
    }

    static String json(ReviewCommand.Review r, int exitCode) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", JsonOutput.SCHEMA_VERSION);
        root.put("kind", "review");
        root.put("tool", JsonOutput.tool());
        root.put("base", revision(r.base()));
        root.put("head", revision(r.head()));
        root.put("mergeBase", r.mergeBase());
        root.put("status", switch (exitCode) {
            case Main.INPUT_ERROR -> "error";
            case Main.UNSAFE -> "refused";
            default -> "passed";
        });
        root.put("exitCode", exitCode);
        List<Map<String, Object>> files = new ArrayList<>();
        for (ReviewCommand.Entry e : r.entries()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", e.path());
            f.put("kind", e.kind());
            f.put("change", e.change());
            f.put("error", e.error().orElse(null));
            f.put("report", e.report().map(JsonOutput::body).orElse(null));
            files.add(f);
        }
        root.put("files", files);
        return JsonOutput.json(root);
    }

    private static Map<String, Object> revision(ReviewCommand.Revision rev) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", rev.name());
        o.put("commit", rev.commit());
        return o;
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
