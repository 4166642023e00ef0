package io.schemadiff.differ.plan;

import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectKind;
import java.util.List;

/**
 * Writes a plan as an SQL script: one statement per step, a blank line between them, and a comment above a
 * statement whose reason is not obvious. Where the author's text was written under a search_path other than
 * the default, the script sets that path first (and resets it at the end), so unqualified names in it resolve
 * as they did for the author.
 */
public final class SqlWriter {
    private SqlWriter() {}

    static final List<String> DEFAULT_PATH = List.of("$user", "public");

    public static String write(Plan plan) {
        StringBuilder sb = new StringBuilder();
        // as pg_dump does: a function's body is checked when it runs, not when it is created, so that a body may
        // use tables this script creates after it
        boolean functions = plan.steps().stream().anyMatch(s -> s.object().kind() == ObjectKind.FUNCTION
            && s.action() != Step.Action.DROP && !s.provides().isEmpty());
        if (functions) {
            sb.append("SET check_function_bodies = false;\n\n");
        }
        List<String> current = DEFAULT_PATH;
        for (Step s : plan.steps()) {
            List<String> path = s.searchPath();
            if (!path.isEmpty() && !path.equals(current)) {
                sb.append(setSearchPath(path)).append(";\n\n");
                current = path;
            }
            s.reason().ifPresent(r -> sb.append("-- ").append(r.replace("\n", "\n-- ")).append('\n'));
            sb.append(s.sql()).append(";\n\n");
        }
        if (!current.equals(DEFAULT_PATH)) {
            sb.append("RESET search_path;\n\n");
        }
        if (sb.length() > 0) {
            sb.setLength(sb.length() - 1); // one newline at the end, not two
        }
        return sb.toString();
    }

    static String setSearchPath(List<String> path) {
        if (path.size() == 1 && path.get(0).isEmpty()) {
            return "SELECT pg_catalog.set_config('search_path', '', false)";
        }
        StringBuilder sb = new StringBuilder("SET search_path = ");
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String p = path.get(i);
            sb.append(p.equals("$user") ? "\"$user\"" : Identifiers.quote(p));
        }
        return sb.toString();
    }
}
