package io.schemadiff.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two {@link Snapshot}s: the migrated database ("after the migration") with the target ("TO"). Each
 * difference is one object, in words a reviewer can act on. Column order, which ALTER cannot change, is a note,
 * not a difference.
 */
final class Comparison {
    static final String ACTUAL = "after the migration";
    static final String EXPECTED = "in TO";

    /** One object that differs; {@code group} puts a table's columns, constraints and indexes right after it. */
    record Difference(String key, String group, String text) {}

    final List<Difference> differences = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    boolean equal() {
        return differences.isEmpty();
    }

    static Comparison of(Snapshot actual, Snapshot expected) {
        Comparison c = new Comparison();
        Set<String> keys = new java.util.TreeSet<>(actual.objects.keySet());
        keys.addAll(expected.objects.keySet());
        Set<String> absentSomewhere = new HashSet<>();
        for (String k : keys) {
            if (!actual.objects.containsKey(k) || !expected.objects.containsKey(k)) {
                absentSomewhere.add(k);
            }
        }
        for (String k : keys) {
            Snapshot.Obj a = actual.objects.get(k);
            Snapshot.Obj b = expected.objects.get(k);
            Snapshot.Obj any = b != null ? b : a;
            if (any.parent() != null && absentSomewhere.contains(any.parent())) {
                continue; // reported with its table
            }
            String group = any.parent() == null ? k + "\u0000" : any.parent() + "\u0000" + k;
            if (a == null) {
                c.differences.add(new Difference(k, group, any.kind() + " " + any.name() + ": missing " + ACTUAL
                    + summary(b, "; TO has ")));
            } else if (b == null) {
                String s = summary(a, "");
                c.differences.add(new Difference(k, group, any.kind() + " " + any.name() + ": exists " + ACTUAL
                    + " but not in TO" + (s.isEmpty() ? "" : " (" + s + ")")));
            } else {
                List<String> equivalent = new ArrayList<>();
                String d = attributes(a.attrs(), b.attrs(), equivalent);
                if (!equivalent.isEmpty()) {
                    c.notes.add(b.kind() + " " + b.name() + ": " + String.join(", ", equivalent)
                        + (equivalent.size() == 1 ? " differs" : " differ") + " only in how "
                        + "PostgreSQL stores a re-read IN list (ARRAY[…]::text[] against ARRAY[…::text]); same meaning, "
                        + "taken as equal.");
                }
                if (!d.isEmpty()) {
                    c.differences.add(new Difference(k, group, b.kind() + " " + b.name() + ":" + d));
                }
            }
        }
        c.differences.sort(java.util.Comparator.comparing(Difference::group));
        for (Map.Entry<String, List<String>> e : expected.columnOrder.entrySet()) {
            List<String> mine = actual.columnOrder.get(e.getKey());
            if (mine != null && !mine.equals(e.getValue()) && new HashSet<>(mine).equals(new HashSet<>(e.getValue()))) {
                Snapshot.Obj t = expected.objects.get(e.getKey());
                c.notes.add((t == null ? e.getKey() : t.kind() + " " + t.name()) + ": columns are in another order ("
                    + String.join(", ", mine) + " " + ACTUAL + "; " + String.join(", ", e.getValue()) + " " + EXPECTED
                    + "). ALTER TABLE cannot reorder columns; information only.");
            }
        }
        return c;
    }

    /** The object's defining attribute, for a missing or unexpected object. */
    private static String summary(Snapshot.Obj o, String lead) {
        String def = o.attrs().get("definition");
        if (def == null) {
            def = o.attrs().get("type");
        }
        if (def == null) {
            def = o.attrs().get("labels");
        }
        if (def == null && o.kind().equals("default privileges") && o.attrs().containsKey("acl")) {
            def = o.attrs().get("acl").replace("\n", ", ");
        }
        if (def == null) {
            return "";
        }
        def = def.strip();
        if (def.contains("\n")) {
            def = def.substring(0, def.indexOf('\n')) + " …";
        }
        if (def.length() > 200) {
            def = def.substring(0, 200) + " …";
        }
        return lead + def;
    }

    private static String attributes(Map<String, String> a, Map<String, String> b, List<String> equivalent) {
        Set<String> names = new LinkedHashSet<>(b.keySet());
        names.addAll(a.keySet());
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            String x = a.get(n);
            String y = b.get(n);
            if (Objects.equals(x, y)) {
                continue;
            }
            if (Objects.equals(Equivalence.canonical(x), Equivalence.canonical(y))) {
                equivalent.add(n);
                continue;
            }
            if (sb.length() > 0) {
                sb.append(';');
            }
            if ((x != null && x.contains("\n")) || (y != null && y.contains("\n"))
                || (x != null && x.length() > 120) || (y != null && y.length() > 120)) {
                sb.append(' ').append(n).append(" differs (- ").append(ACTUAL).append(", + TO):\n");
                sb.append(LineDiff.render(x == null ? "" : x, y == null ? "" : y, "      "));
                if (sb.charAt(sb.length() - 1) == '\n') {
                    sb.setLength(sb.length() - 1);
                }
            } else {
                sb.append(' ').append(n).append(" is ").append(show(n, x)).append(' ').append(ACTUAL).append(", ")
                    .append(show(n, y)).append(' ').append(EXPECTED);
            }
        }
        return sb.toString();
    }

    private static String show(String attribute, String v) {
        if (v == null) {
            return "(none)";
        }
        return attribute.equals("comment") ? "'" + v.replace("'", "''") + "'" : v;
    }

    /** The report's difference section: one object per entry. */
    String render(String indent) {
        StringBuilder sb = new StringBuilder();
        for (Difference d : differences) {
            String[] lines = d.text().split("\n", -1);
            sb.append(indent).append("- ").append(lines[0]).append('\n');
            for (int i = 1; i < lines.length; i++) {
                sb.append(indent).append("  ").append(lines[i]).append('\n');
            }
        }
        return sb.toString();
    }
}
