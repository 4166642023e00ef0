package io.schemadiff.differ.object;

import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.EventTrigger;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Event triggers and publications. An event trigger is re-created when its event, filter or function changes
 * (ALTER EVENT TRIGGER changes only whether it fires); a publication's tables, schemas and parameters change in
 * place, and it is re-created only to become or stop being FOR ALL TABLES.
 */
public final class DatabaseChanges {
    private DatabaseChanges() {}

    public static void eventTrigger(Changes ch, Optional<EventTrigger> a, Optional<EventTrigger> b) {
        if (a.isPresent() && b.isPresent() && !sameEventTrigger(a.get(), b.get())) {
            eventTrigger(ch, a, Optional.empty());
            eventTrigger(ch, Optional.empty(), b);
            return;
        }
        if (b.isEmpty()) {
            EventTrigger t = a.get();
            ch.drop(t.id(), "DROP EVENT TRIGGER " + Identifiers.quote(t.name()), Set.of(t.id()), false, Set.of());
            return;
        }
        EventTrigger t = b.get();
        String name = Identifiers.quote(t.name());
        if (a.isEmpty()) {
            ch.create(t.id(), Statements.createEventTrigger(t), Set.of(t.id()), Set.of(), List.of());
        }
        char was = a.map(EventTrigger::enabled).orElse('O');
        if (was != t.enabled()) {
            String how = switch (t.enabled()) {
                case 'D' -> "DISABLE";
                case 'R' -> "ENABLE REPLICA";
                case 'A' -> "ENABLE ALWAYS";
                default -> "ENABLE";
            };
            ch.alter(t.id(), "ALTER EVENT TRIGGER " + name + " " + how, Set.of(), false, Set.of(), List.of(),
                Set.of(t.id()));
        }
        if (!a.flatMap(EventTrigger::comment).equals(t.comment())) {
            ch.comment(t.id(), "EVENT TRIGGER " + name, t.comment());
        }
    }

    /** An operator changed is dropped and created again (ALTER OPERATOR … SET reaches only some attributes). */
    public static void operator(Changes ch, Optional<io.schemadiff.model.Operator> a,
                                Optional<io.schemadiff.model.Operator> b) {
        remade(ch, a, b, o -> o.withComment(Optional.empty()), io.schemadiff.model.Operator::comment,
            o -> "OPERATOR " + o.symbol() + " " + o.id().member());
    }

    /** A cast has nothing to alter: one that changes is dropped and created again. */
    public static void cast(Changes ch, Optional<io.schemadiff.model.Cast> a, Optional<io.schemadiff.model.Cast> b) {
        remade(ch, a, b, c -> c.withComment(Optional.empty()), io.schemadiff.model.Cast::comment,
            c -> "CAST " + c.signature());
    }

    /** An object without ALTER: created, dropped, dropped and created again when changed, or commented on. */
    private static <T extends io.schemadiff.model.SchemaObject> void remade(Changes ch, Optional<T> a, Optional<T> b,
        java.util.function.Function<T, T> bare, java.util.function.Function<T, Optional<String>> comment,
        java.util.function.Function<T, String> what) {
        if (Recreate.addedOrRemoved(ch, a, b)) {
            return;
        }
        if (!bare.apply(a.get()).equals(bare.apply(b.get()))) {
            Recreate.drop(ch.from(), a.get().id()).ifPresent(ch::add);
            Recreate.create(ch.to(), b.get().id(), false).forEach(ch::add);
        } else if (!comment.apply(a.get()).equals(comment.apply(b.get()))) {
            ch.comment(b.get().id(), what.apply(b.get()), comment.apply(b.get()));
        }
    }

    private static boolean sameEventTrigger(EventTrigger x, EventTrigger y) {
        return x.event().equals(y.event()) && x.tags().equals(y.tags()) && x.function().equals(y.function());
    }

    public static void publication(Changes ch, Optional<Publication> a, Optional<Publication> b) {
        if (a.isPresent() && b.isPresent() && a.get().allTables() != b.get().allTables()) {
            publication(ch, a, Optional.empty());
            publication(ch, Optional.empty(), b);
            return;
        }
        if (b.isEmpty()) {
            Publication p = a.get();
            ch.drop(p.id(), "DROP PUBLICATION " + Identifiers.quote(p.name()), Set.of(p.id()), false, Set.of());
            return;
        }
        Publication p = b.get();
        String name = Identifiers.quote(p.name());
        if (a.isEmpty()) {
            ch.create(p.id(), Statements.createPublication(p), Set.of(p.id()), Set.of(), List.of());
        } else {
            Publication x = a.get();
            List<String> drop = new ArrayList<>();
            for (String t : x.tables()) {
                if (!p.tables().contains(t)) {
                    drop.add("TABLE " + t.split(" ")[0]);
                }
            }
            for (String s : x.schemas()) {
                if (!p.schemas().contains(s)) {
                    drop.add("TABLES IN SCHEMA " + Identifiers.quote(s));
                }
            }
            if (!drop.isEmpty()) {
                ch.alter(p.id(), "ALTER PUBLICATION " + name + " DROP " + String.join(", ", drop), Set.of(), false,
                    Set.of(), List.of(), Set.of(p.id()));
            }
            List<String> add = new ArrayList<>();
            for (String t : p.tables()) {
                if (!x.tables().contains(t)) {
                    add.add("TABLE " + t);
                }
            }
            for (String s : p.schemas()) {
                if (!x.schemas().contains(s)) {
                    add.add("TABLES IN SCHEMA " + Identifiers.quote(s));
                }
            }
            if (!add.isEmpty()) {
                ch.alter(p.id(), "ALTER PUBLICATION " + name + " ADD " + String.join(", ", add), Set.of(), false,
                    Set.of(), List.of(), Set.of(p.id()));
            }
            if (!x.options().equals(p.options())) {
                // every parameter written: one left out would keep its old value
                ch.alter(p.id(), "ALTER PUBLICATION " + name + " SET (" + String.join(", ",
                    Statements.publicationParameters(p)) + ")", Set.of(), false, Set.of(), List.of(),
                    Set.of(p.id()));
            }
        }
        if (!a.flatMap(Publication::comment).equals(p.comment())) {
            ch.comment(p.id(), "PUBLICATION " + name, p.comment());
        }
    }
}
