package io.schemadiff.parser.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@code sqitch.plan} as Sqitch reads it (App::Sqitch::Plan): {@code %name=value} pragmas, then changes
 * ({@code name [dependencies] timestamp planner <email> # note}) and tags ({@code @name …}) in deploy order.
 * A change named again after a tag is reworked: the earlier one's deploy script is {@code deploy/name@tag.sql}.
 */
public final class SqitchPlan {
    /**
     * One change of the plan.
     *
     * @param name       its name ({@code users}, {@code schemas/app})
     * @param offset     where its line starts in the plan
     * @param reworkTags for a change reworked later: the tags its script may be named after, the latest first
     */
    public record Change(String name, int offset, List<String> reworkTags) {
        public Change {
            reworkTags = List.copyOf(reworkTags);
        }

        /** Its deploy (or revert, verify) script in {@code dir}: the first of its names the folder holds. */
        String script(String dir, Predicate<String> exists) {
            if (reworkTags.isEmpty()) {
                return dir + "/" + name + ".sql";
            }
            String first = null;
            for (String tag : reworkTags) {
                String p = dir + "/" + name + "@" + tag + ".sql";
                if (exists.test(p)) {
                    return p;
                }
                if (first == null) {
                    first = p;
                }
            }
            return first;
        }
    }

    private final Source source;
    private final Map<String, String> pragmas;
    private final List<Change> changes;

    private SqitchPlan(Source source, Map<String, String> pragmas, List<Change> changes) {
        this.source = source;
        this.pragmas = pragmas;
        this.changes = changes;
    }

    public Source source() {
        return source;
    }

    public List<Change> changes() {
        return changes;
    }

    /** {@code %project=…}. */
    public Optional<String> project() {
        return Optional.ofNullable(pragmas.get("project"));
    }

    /** Whether a change of this name is in the plan. */
    public boolean has(String name) {
        return changes.stream().anyMatch(c -> c.name().equals(name));
    }

    private static final class Building {
        final String name;
        final int offset;
        final List<String> tags = new ArrayList<>();
        final List<String> reworkTags = new ArrayList<>();

        Building(String name, int offset) {
            this.name = name;
            this.offset = offset;
        }
    }

    public static SqitchPlan parse(Source plan) {
        String text = plan.text();
        Map<String, String> pragmas = new LinkedHashMap<>();
        List<Building> all = new ArrayList<>();
        Map<String, Building> named = new HashMap<>();
        Map<String, Integer> sinceTag = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int next = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(i, nl < 0 ? text.length() : nl);
            int at = i;
            i = next;
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (body.isEmpty()) {
                continue;
            }
            if (body.startsWith("%")) {
                int eq = body.indexOf('=');
                String key = (eq < 0 ? body.substring(1) : body.substring(1, eq)).strip();
                pragmas.put(key, eq < 0 ? "1" : body.substring(eq + 1).strip());
                continue;
            }
            if (body.startsWith("@")) {
                String tag = firstWord(body.substring(1));
                if (all.isEmpty()) {
                    throw new InputError(plan, at, "tag @" + tag + " before any change (Sqitch refuses the plan)");
                }
                all.get(all.size() - 1).tags.add(tag);
                sinceTag.clear();
                continue;
            }
            String name = body;
            if (name.startsWith("-")) {
                throw new InputError(plan, at, "not modeled yet: a change reverted in the plan (-"
                    + firstWord(name.substring(1).strip()) + ")");
            }
            if (name.startsWith("+")) {
                name = name.substring(1).strip();
            }
            name = firstWord(name);
            int bracket = name.indexOf('[');
            if (bracket >= 0) {
                name = name.substring(0, bracket);
            }
            if (name.isEmpty()) {
                throw new InputError(plan, at, "a plan line without a change name");
            }
            Integer dup = sinceTag.get(name);
            if (dup != null) {
                throw new InputError(plan, at, "change " + name + " is also on line " + plan.line(dup)
                    + " with no tag between them (Sqitch refuses the plan; rework a change after a tag)");
            }
            Building earlier = named.get(name);
            if (earlier != null) {
                // the tags since the earlier one, latest first, then its own (App::Sqitch::Plan: rework_tags)
                List<String> tags = new ArrayList<>();
                for (int k = all.size() - 1; all.get(k) != earlier; k--) {
                    tags.addAll(all.get(k).tags);
                }
                tags.addAll(earlier.tags);
                earlier.reworkTags.addAll(tags);
            }
            Building b = new Building(name, at);
            all.add(b);
            named.put(name, b);
            sinceTag.put(name, at);
        }
        List<Change> changes = new ArrayList<>();
        for (Building b : all) {
            changes.add(new Change(b.name, b.offset, b.reworkTags));
        }
        return new SqitchPlan(plan, pragmas, List.copyOf(changes));
    }

    private static String firstWord(String s) {
        String t = s.strip();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end);
    }
}
