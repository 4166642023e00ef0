package io.schemadiff.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.schemadiff.differ.Hazard;
import io.schemadiff.differ.Plan;
import io.schemadiff.differ.Step;
import io.schemadiff.model.ObjectId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --format json}: the plan in a stable, documented shape (see README, "JSON output").
 * <pre>
 * {"version": 1,
 *  "changes": [{"action": "create", "object": {"kind": "table", "schema": "public", "name": "users"},
 *               "sql": "CREATE TABLE …", "dataLoss": false, "hazards": ["ACCESS_EXCLUSIVE_LOCK"],
 *               "reason": null}],
 *  "summary": {"statements": 1, "dataLosing": 0}}
 * </pre>
 */
final class JsonOutput {
    private JsonOutput() {}

    static String write(Plan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Step s : plan.steps()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("action", s.action().name().toLowerCase(Locale.ROOT));
            c.put("object", object(s.object()));
            c.put("sql", s.sql() + ";");
            c.put("dataLoss", s.dataLoss());
            List<String> hazards = new ArrayList<>();
            for (Hazard h : Hazard.values()) {
                if (s.hazards().contains(h)) {
                    hazards.add(h.name());
                }
            }
            c.put("hazards", hazards);
            c.put("reason", s.reason().orElse(null));
            c.put("searchPath", s.searchPath().isEmpty() ? null : s.searchPath());
            changes.add(c);
        }
        root.put("changes", changes);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("statements", plan.steps().size());
        summary.put("dataLosing", plan.dataLosing().size());
        root.put("summary", summary);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> object(ObjectId id) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", id.kind().sqlWord());
        o.put("schema", id.schema().isEmpty() ? null : id.schema());
        if (id.kind() == io.schemadiff.model.ObjectKind.DEFAULT_PRIVILEGES) {
            // whose new objects of which class: the role is null when it is the one running the script
            o.put("role", id.name().equals(io.schemadiff.model.Privileges.CURRENT_ROLE) ? null : id.name());
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
                default -> "constraint";
            };
            o.put(label, id.member());
        }
        return o;
    }
}
