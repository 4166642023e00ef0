package io.schemadiff.differ.kind;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Column;
import io.schemadiff.model.Domain;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enums. Labels only added keep the type: {@code ALTER TYPE … ADD VALUE … BEFORE | AFTER}. Anything else (a label
 * removed, renamed or moved) replaces the type: the old one is renamed aside, the new one created, every column using
 * it converted through text, and the old one dropped.
 */
final class EnumKind extends Kind<EnumType> {
    EnumKind() {
        super(EnumType.class, ObjectKind.TYPE);
    }

    @Override
    void create(Changes ch, EnumType e, boolean onExistingTable) {
        ch.create(e.id(), definition(e), Set.of(e.id()), Set.of(), List.of());
        commentCreated(ch, e);
    }

    @Override
    void drop(Changes ch, EnumType e) {
        ch.drop(e.id(), "DROP TYPE " + e.name().sql(), Set.of(e.id()), false, Set.of());
    }

    @Override
    String what(EnumType e) {
        return "TYPE " + e.name().sql();
    }

    private static String definition(EnumType e) {
        return "CREATE TYPE " + e.name().sql() + " AS ENUM ("
            + e.labels().stream().map(l -> "\n    " + Identifiers.literal(l)).collect(Collectors.joining(",")) + "\n)";
    }

    @Override
    void altered(Changes ch, EnumType a, EnumType b) {
        commentChanged(ch, a, b);
        if (a.labels().equals(b.labels())) {
            return;
        }
        if (isSubsequence(a.labels(), b.labels())) {
            addValues(ch, a, b);
        } else {
            replace(ch, a, b);
        }
    }

    /** Whether the enum {@code type} is replaced (renamed aside, created anew, its columns converted). */
    static boolean replaced(Catalog from, Catalog to, QualifiedName type) {
        ObjectId id = ObjectId.of(ObjectKind.TYPE, type);
        Optional<EnumType> a = from.get(id).filter(EnumType.class::isInstance).map(EnumType.class::cast);
        Optional<EnumType> b = to.get(id).filter(EnumType.class::isInstance).map(EnumType.class::cast);
        return a.isPresent() && b.isPresent() && !a.get().labels().equals(b.get().labels())
            && !isSubsequence(a.get().labels(), b.get().labels());
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int i = 0;
        for (String s : big) {
            if (i < small.size() && small.get(i).equals(s)) {
                i++;
            }
        }
        return i == small.size() && new HashSet<>(big).containsAll(small);
    }

    private static void addValues(Changes ch, EnumType a, EnumType b) {
        List<String> current = new ArrayList<>(a.labels());
        List<String> target = b.labels();
        for (int i = 0; i < target.size(); i++) {
            String label = target.get(i);
            if (current.contains(label)) {
                continue;
            }
            String where = "";
            // place it after its predecessor in the target order, or before its successor
            if (i > 0) {
                where = " AFTER " + Identifiers.literal(target.get(i - 1));
            } else if (!current.isEmpty()) {
                where = " BEFORE " + Identifiers.literal(current.get(0));
            }
            int pos = i > 0 ? current.indexOf(target.get(i - 1)) + 1 : 0;
            current.add(pos, label);
            ch.alter(b.id(), "ALTER TYPE " + b.name().sql() + " ADD VALUE " + Identifiers.literal(label) + where,
                Set.of(b.id()), false, Set.of(Hazard.NEW_ENUM_VALUE), List.of(), Set.of());
            ch.because("a new enum value cannot be used in the transaction that adds it: commit before statements "
                + "that use it");
        }
    }

    private static void replace(Changes ch, EnumType a, EnumType b) {
        QualifiedName aside = TypeReplacement.aside(b.name());
        ObjectId id = b.id();
        ObjectId asideId = ObjectId.of(ObjectKind.TYPE, aside);
        String why = "the labels of " + b.name() + " change in a way ADD VALUE cannot make";
        TypeReplacement.dropRoutinesUsing(ch, a.id(), why);
        ch.add(new Step(Action.ALTER, id, "ALTER TYPE " + a.name().sql() + " RENAME TO "
            + Identifiers.quote(aside.name()), false, Set.of(), Optional.of(why), List.of(), Set.of(asideId),
            Set.of(), Set.of()));
        ch.add(new Step(Action.CREATE, id, definition(b), false, Set.of(), Optional.empty(), List.of(),
            Set.of(id), Set.of(), Set.of(asideId)));
        Set<ObjectId> uses = new LinkedHashSet<>();
        for (Table t : ch.to().all(Table.class)) {
            for (Column c : t.columns()) {
                boolean usesType = c.type().userType().map(b.name()::equals).orElse(false);
                if (!usesType || ch.from().table(t.name()).flatMap(x -> x.column(c.name())).isEmpty()
                    || TableKind.inheritedColumn(ch.to(), t, c.name())) {
                    continue; // a new column is created with the new type; a parent's change recurses to its children
                }
                ObjectId col = ObjectId.column(t.name(), c.name());
                String name = Identifiers.quote(c.name());
                List<String> actions = new ArrayList<>();
                // the old default is of the old type: off before the conversion, the target's (if any) put on after;
                // the column's own change leaves its default to this step (Columns.defaultSetByReplacement)
                boolean hadDefault = ch.from().table(t.name()).flatMap(x -> x.column(c.name()))
                    .map(x -> x.defaultValue().isPresent()).orElse(false);
                if (hadDefault) {
                    actions.add("ALTER COLUMN " + name + " DROP DEFAULT");
                }
                actions.add("ALTER COLUMN " + name + " TYPE " + c.type().sql() + " USING " + name + "::text::"
                    + c.type().sql());
                c.defaultValue().ifPresent(d -> actions.add("ALTER COLUMN " + name + " SET DEFAULT " + d.text()));
                ch.add(new Step(Action.ALTER, col, Sql.alterTable(t.name(), String.join(",\n    ", actions)),
                    true, Set.of(Hazard.TABLE_REWRITE),
                    Optional.of(why + "; fails if a row holds a label that no longer exists"),
                    c.defaultValue().map(d -> d.searchPath()).orElse(List.of()), Set.of(col), Set.of(),
                    Set.of(id)));
                uses.add(col);
            }
        }
        // domains over the enum are replaced too (renamed aside, created over the new enum, their columns
        // converted), and leave the old enum before it goes
        for (Domain d : ch.from().all(Domain.class)) {
            Optional<Domain> target = ch.to().get(d.id()).filter(o -> o instanceof Domain).map(Domain.class::cast);
            if (d.baseType().userType().map(a.name()::equals).orElse(false) && target.isPresent()
                && target.get().equals(d)) {
                TypeReplacement.replace(ch, d.id(), DomainKind.definition(target.get()), why + " (the base of "
                    + d.name() + ")");
                uses.add(ObjectId.of(ObjectKind.TYPE, TypeReplacement.aside(d.name())));
            }
        }
        // the old type goes once it has been renamed aside and every column has left it (also those that move to
        // another type: their change is a step of their own)
        uses.add(asideId);
        for (Table t : ch.from().all(Table.class)) {
            for (Column c : t.columns()) {
                if (c.type().userType().map(a.name()::equals).orElse(false)) {
                    uses.add(ObjectId.column(t.name(), c.name()));
                }
            }
        }
        ch.add(new Step(Action.DROP, asideId, "DROP TYPE " + aside.sql(), false, Set.of(), Optional.empty(),
            List.of(), Set.of(), Set.of(asideId), uses));
    }
}
