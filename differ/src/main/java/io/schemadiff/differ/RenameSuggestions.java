package io.schemadiff.differ;

import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Column;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops and adds that look like renames: a column dropped and one added in its place with its type, the rest of the
 * table unchanged; a table dropped and one created in its schema with the same columns; an enum label replaced by
 * another in its place. The plan never renames on a guess: it says so beside the drop (where a reviewer, or the
 * refusal of data-losing statements, shows it) and names the hint or flag that would make it a rename.
 */
final class RenameSuggestions {
    private RenameSuggestions() {}

    static List<Step> annotate(Catalog from, Catalog to, List<Step> steps) {
        Map<ObjectId, String> why = new LinkedHashMap<>();
        List<Table> dropped = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        for (SchemaObject o : from.objects().values()) {
            if (o instanceof Table a) {
                Optional<SchemaObject> b = to.get(a.id());
                if (b.isEmpty()) {
                    dropped.add(a);
                } else if (b.get() instanceof Table t && !t.columns().equals(a.columns())) {
                    columns(a, t, why);
                }
            } else if (o instanceof EnumType a && to.get(a.id()).orElse(null) instanceof EnumType b
                && !a.labels().equals(b.labels())) {
                labels(a, b).ifPresent(w -> {
                    // beside the type's first statement, and beside each conversion of a column of it
                    why.put(a.id(), w);
                    for (Table t : from.all(Table.class)) {
                        for (Column c : t.columns()) {
                            if (c.type().elementType().userType().equals(Optional.of(a.name()))) {
                                why.put(ObjectId.column(t.name(), c.name()), w);
                            }
                        }
                    }
                });
            }
        }
        if (!dropped.isEmpty()) {
            for (SchemaObject o : to.objects().values()) {
                if (o instanceof Table t && from.get(t.id()).isEmpty()) {
                    created.add(t);
                }
            }
            tables(dropped, created, why);
        }
        if (why.isEmpty()) {
            return steps;
        }
        List<Step> out = new ArrayList<>(steps.size());
        for (Step s : steps) {
            String w = why.get(s.object());
            boolean mentioned = w != null && (s.action() == Step.Action.DROP || s.dataLoss()
                || s.object().kind() == ObjectKind.TYPE && out.stream().noneMatch(x -> x.object().equals(s.object())));
            out.add(mentioned ? s.withReason(s.reason().map(r -> r + "; ").orElse("") + w) : s);
        }
        return out;
    }

    /** Columns dropped and added at the same places with the same types, every other column as it was. */
    private static void columns(Table a, Table b, Map<ObjectId, String> why) {
        if (a.columns().size() != b.columns().size()) {
            return;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.columns().size(); i++) {
            Column x = a.columns().get(i);
            Column y = b.columns().get(i);
            if (x.name().equals(y.name())) {
                if (!x.equals(y)) {
                    return;
                }
            } else if (!x.type().equals(y.type()) || b.column(x.name()).isPresent() || a.column(y.name()).isPresent()) {
                return;
            } else {
                pairs.add(new int[] {i});
            }
        }
        for (int[] p : pairs) {
            String old = a.columns().get(p[0]).name();
            String now = b.columns().get(p[0]).name();
            why.put(ObjectId.column(a.name(), old), "looks like a rename of column " + old + " to " + now + " (same type, "
                + "same place, the rest of the table unchanged); if it is, write \"-- schemadiff: renamed from "
                + Identifiers.quote(old) + "\" on the line of " + now + " in TO, or --rename " + a.name().sql() + "."
                + Identifiers.quote(old) + "=" + Identifiers.quote(now));
        }
    }

    /**
     * A table dropped and one created in its schema with the same columns (names, types, order), neither matching
     * another.
     */
    private static void tables(List<Table> dropped, List<Table> created, Map<ObjectId, String> why) {
        for (Table a : dropped) {
            List<Table> same = created.stream().filter(b -> sameColumns(a, b)).toList();
            if (same.size() != 1 || dropped.stream().filter(x -> sameColumns(x, same.get(0))).count() != 1) {
                continue;
            }
            Table b = same.get(0);
            why.put(a.id(), "looks like a rename of table " + a.name().sql() + " to " + Identifiers.quote(b.name().name())
                + " (the same columns); if it is, write \"-- schemadiff: renamed from "
                + Identifiers.quote(a.name().name()) + "\" on the line of CREATE TABLE " + b.name().sql() + " in TO, "
                + "or --rename " + a.name().sql() + "=" + Identifiers.quote(b.name().name()));
        }
    }

    private static boolean sameColumns(Table a, Table b) {
        if (!a.name().schema().equals(b.name().schema()) || a.columns().size() != b.columns().size()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            Column x = a.columns().get(i);
            Column y = b.columns().get(i);
            if (!x.name().equals(y.name()) || !x.type().equals(y.type())) {
                return false;
            }
        }
        return !a.columns().isEmpty();
    }

    /** One label replaced by another at its place, the others as they were. */
    private static Optional<String> labels(EnumType a, EnumType b) {
        if (a.labels().size() != b.labels().size()) {
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; i < a.labels().size(); i++) {
            if (!Objects.equals(a.labels().get(i), b.labels().get(i))) {
                if (at >= 0 || b.labels().contains(a.labels().get(i)) || a.labels().contains(b.labels().get(i))) {
                    return Optional.empty();
                }
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        String old = a.labels().get(at);
        String now = b.labels().get(at);
        return Optional.of("looks like a rename of label " + Identifiers.literal(old) + " of " + a.name().sql()
            + " to " + Identifiers.literal(now) + " (same place); if it is, write \"-- schemadiff: renamed from "
            + Identifiers.literal(old) + "\" on the line of " + Identifiers.literal(now) + " in TO, or --rename "
            + a.name().sql() + "." + Identifiers.quote(old) + "=" + Identifiers.quote(now));
    }
}
