package io.schemadiff.parser.interp;

import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.parser.source.Source;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which source last created or dropped each object, so that an error about an object that does not exist, or
 * exists already, can say which earlier file did it: replaying a folder of migrations, "relation "t" does not exist"
 * is then "… (table public.t was dropped by db/migrations/0007_x.sql)". Objects are followed as the interpreter's
 * object map gains and loses them ({@link Tracked}); columns as ALTER TABLE adds and drops them.
 */
final class ObjectHistory {
    private record Event(boolean created, Source source, long seq) {}

    private final Map<ObjectId, Event> events = new HashMap<>();
    private final Supplier<Source> current;
    private long seq;
    /** The source of the first event, and whether any other source had one: until then, nothing to explain. */
    private Source first;
    private boolean several;

    ObjectHistory(Supplier<Source> current) {
        this.current = current;
    }

    void created(ObjectId id) {
        record(id, true);
    }

    void dropped(ObjectId id) {
        record(id, false);
    }

    private void record(ObjectId id, boolean created) {
        Source s = current.get();
        if (s == null) {
            return; // what every database has (the public schema)
        }
        if (first == null) {
            first = s;
        } else if (s != first) {
            several = true;
        }
        events.put(id, new Event(created, s, seq++));
    }

    /**
     * The interpreter's objects: a map that tells the history what it gains (a new key) and loses. A key put back
     * after {@link #clear()} (the rename that keeps the definition order) was never dropped: its creation stands.
     */
    final class Tracked extends LinkedHashMap<ObjectId, Object> {
        private static final long serialVersionUID = 1L;
        /** The keys a {@link #clear()} took away, not put back yet. */
        private transient Set<ObjectId> cleared = Set.of();

        @Override
        public Object put(ObjectId key, Object value) {
            Object prev = super.put(key, value);
            if (prev == null && !(cleared.contains(key) && cleared.remove(key))) {
                created(key);
            }
            return prev;
        }

        @Override
        public void clear() {
            cleared = new HashSet<>(keySet());
            super.clear();
        }

        @Override
        public void putAll(Map<? extends ObjectId, ?> m) {
            m.forEach(this::put);
        }

        @Override
        public Object remove(Object key) {
            Object prev = super.remove(key);
            if (prev != null) {
                dropped((ObjectId) key);
            }
            return prev;
        }
    }

    /** {@code kind "name" [of relation|for table "table"] does not exist|already exists}. */
    private static final Pattern MISSING_OR_TAKEN = Pattern.compile(
        "([a-z ]+?) \"((?:[^\"]|\"\")+)\"(?: (?:of relation|for table) \"((?:[^\"]|\"\")+)\")? "
            + "(does not exist|already exists)");

    /**
     * The reason of an error with what the history knows of its object, when another source than the one the error
     * is in created or dropped it last.
     */
    String explain(String reason, Source in) {
        if (first == null || !several && in == first) {
            return reason; // one source so far: nothing another file did
        }
        Matcher m = MISSING_OR_TAKEN.matcher(reason);
        if (!m.matches()) {
            return reason;
        }
        boolean missing = m.group(4).equals("does not exist");
        String word = m.group(1);
        String name = m.group(2);
        String table = m.group(3);
        Set<ObjectKind> kinds = switch (word) {
            case "relation" -> Set.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
                ObjectKind.SEQUENCE, ObjectKind.INDEX);
            case "column" -> Set.of(ObjectKind.COLUMN);
            case "trigger" -> Set.of(ObjectKind.TRIGGER);
            case "policy" -> Set.of(ObjectKind.POLICY);
            case "statistics object" -> Set.of(ObjectKind.STATISTICS);
            default -> {
                for (ObjectKind k : ObjectKind.values()) {
                    if (k.sqlWord().equals(word)) {
                        yield Set.of(k);
                    }
                }
                yield Set.of();
            }
        };
        Map.Entry<ObjectId, Event> best = null;
        for (Map.Entry<ObjectId, Event> e : events.entrySet()) {
            ObjectId id = e.getKey();
            if (kinds.contains(id.kind()) && e.getValue().created() != missing && named(id, name, table)
                && (best == null || e.getValue().seq() > best.getValue().seq())) {
                best = e;
            }
        }
        if (best == null && !missing && table != null) {
            // a column that exists since its table was created
            for (Map.Entry<ObjectId, Event> e : events.entrySet()) {
                if (e.getKey().kind() == ObjectKind.TABLE && e.getValue().created() && named(e.getKey(), table, null)
                    && (best == null || e.getValue().seq() > best.getValue().seq())) {
                    best = e;
                }
            }
        }
        if (best == null || best.getValue().source() == in || best.getValue().source().name().equals(in.name())) {
            return reason;
        }
        return reason + " (" + best.getKey() + " was " + (missing ? "dropped" : "created") + " by "
            + best.getValue().source().name() + ")";
    }

    /** Whether an id is the object an error names: {@code name} as written ({@code s.t} or {@code t}). */
    private static boolean named(ObjectId id, String name, String table) {
        String n = name.replace("\"\"", "\"");
        if (table != null) {
            // a member of a table: the table by its name alone, as the messages write it
            return id.member().equals(n) && id.name().equals(table.replace("\"\"", "\""));
        }
        int dot = n.lastIndexOf('.');
        if (id.schema().isEmpty() || dot < 0) {
            return id.name().equals(n);
        }
        return id.name().equals(n.substring(dot + 1)) && id.schema().equals(n.substring(0, dot));
    }
}
