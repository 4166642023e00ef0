package io.schemadiff.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Privileges;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --format json}: a report in the shape docs/json.md describes and docs/schemadiff-report.schema.json
 * checks ({@link #SCHEMA_VERSION}), for bots: every statement with its notes, what the policy refuses (reported,
 * never hidden), and fingerprints of both inputs and of the plan.
 */
final class JsonOutput {
    /** The version of the shape; it changes when a field changes meaning or goes away (not when one is added). */
    static final int SCHEMA_VERSION = 2;

    private JsonOutput() {}

    static String write(DiffReport r) {
        return json(diff(r));
    }

    static String json(Object tree) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> tool() {
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "schemadiff");
        tool.put("version", Main.versionText());
        return tool;
    }

    /** The report of one comparison, as an ordered tree Jackson writes. */
    static Map<String, Object> diff(DiffReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "diff");
        root.put("tool", tool());
        root.putAll(body(r));
        return root;
    }

    /** Everything but the header: what a review repeats per file. */
    static Map<String, Object> body(DiffReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", side(r.from()));
        root.put("to", side(r.to()));
        root.put("targetVersion", r.targetVersion());
        root.put("status", r.status().word);
        root.put("exitCode", r.status().exitCode);
        root.put("planSha256", r.planSha256());
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Step> steps = r.plan().steps();
        summary.put("statements", steps.size());
        for (Step.Action a : Step.Action.values()) {
            summary.put(a.name().toLowerCase(Locale.ROOT), steps.stream().filter(s -> s.action() == a).count());
        }
        summary.put("dataLosing", steps.stream().filter(Step::dataLoss).count());
        summary.put("refused", r.refusedSteps().size());
        root.put("summary", summary);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("index", i + 1);
            c.put("action", s.action().name().toLowerCase(Locale.ROOT));
            c.put("object", object(s.object()));
            c.put("sql", s.sql() + ";");
            c.put("dataLoss", s.dataLoss());
            c.put("hazards", r.notes().get(i).stream().map(n -> n.code().name()).toList());
            c.put("refused", !r.refused().get(i).isEmpty());
            c.put("refusedFor", r.refused().get(i).stream().map(Enum::name).toList());
            List<Map<String, Object>> notes = new ArrayList<>();
            for (Note n : r.notes().get(i)) {
                Map<String, Object> note = new LinkedHashMap<>();
                note.put("code", n.code().name());
                note.put("message", n.message());
                note.put("relations", n.relations());
                notes.add(note);
            }
            c.put("notes", notes);
            c.put("reason", s.reason().orElse(null));
            c.put("searchPath", s.searchPath().isEmpty() ? null : s.searchPath());
            changes.add(c);
        }
        root.put("changes", changes);
        root.put("warnings", r.warnings());
        return root;
    }

    private static Map<String, Object> side(Side s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", s.name());
        o.put("files", s.sources().stream().map(Source::name).toList());
        o.put("sha256", s.sha256());
        return o;
    }

    private static Map<String, Object> object(ObjectId id) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", id.kind().sqlWord());
        o.put("schema", id.schema().isEmpty() ? null : id.schema());
        if (id.kind() == ObjectKind.DEFAULT_PRIVILEGES) {
            // whose new objects of which class: the role is null when it is the one running the script
            o.put("role", id.name().equals(Privileges.CURRENT_ROLE) ? null : id.name());
            o.put("objects", id.member());
            return o;
        }
        o.put("name", id.name());
        if (!id.member().isEmpty()) {
            // a member of the named table (its column, constraint, trigger, policy), or a function's arguments
            String label = switch (id.kind()) {
                case COLUMN -> "column";
                case TRIGGER -> "trigger";
                case POLICY -> "policy";
                case FUNCTION -> "arguments";
                case OPERATOR -> "operands";
                default -> "constraint";
            };
            o.put(label, id.member());
        }
        return o;
    }
}
