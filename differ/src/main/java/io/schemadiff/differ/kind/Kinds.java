package io.schemadiff.differ.kind;

import io.schemadiff.differ.plan.Step;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.SchemaObject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every kind the differ knows, and what they share: the one loop that pairs the objects of two catalogs and hands
 * each pair to its kind, and the creation and dropping of an object by its id (for the planner, which re-creates
 * what a change takes along). Columns and constraints are members of their table ({@link Columns},
 * {@link Constraints}); a constraint is re-created like an object, a column only when it is generated.
 */
public final class Kinds {
    private Kinds() {}

    /** One of each, by the model's record. */
    private static final Map<Class<?>, Kind<?>> BY_TYPE = new HashMap<>();
    /** The kinds of id whose objects can be dropped and created again without losing data. */
    private static final Set<ObjectKind> RECREATABLE = EnumSet.of(ObjectKind.CONSTRAINT);

    static {
        for (Kind<?> k : List.of(new SchemaKind(), new ExtensionKind(), new CollationKind(), new EnumKind(),
            new DomainKind(), new CompositeKind(), new RangeKind(), new SequenceKind(), new TableKind(),
            new IndexKind(), new ViewKind(), new FunctionKind(), new AggregateKind(), new TriggerKind(),
            new EventTriggerKind(), new StatisticsKind(), new OperatorKind(), new CastKind(), new PublicationKind(),
            new PolicyKind())) {
            BY_TYPE.put(k.type(), k);
            if (k.recreatable()) {
                RECREATABLE.addAll(k.kinds());
            }
        }
    }

    /**
     * The statements that take {@code from} to {@code to}, object by object: the target's objects first, in its order
     * (so that new objects come out in the author's order), then what only the source has. Unordered: the planner
     * orders them.
     */
    public static List<Step> compare(Catalog from, Catalog to) {
        Changes ch = new Changes(from, to);
        Set<ObjectId> ids = new LinkedHashSet<>(to.objects().keySet());
        ids.addAll(from.objects().keySet());
        for (ObjectId id : ids) {
            SchemaObject a = from.objects().get(id);
            SchemaObject b = to.objects().get(id);
            if (Objects.equals(a, b)) {
                continue;
            }
            if (a != null && b != null && a.getClass() == b.getClass()) {
                kindOf(a).altered(ch, a, b);
                continue;
            }
            // only one side has it, or it changes kind (an enum becoming a domain): the one dropped, the other created
            if (a != null) {
                kindOf(a).removed(ch, a);
            }
            if (b != null) {
                kindOf(b).added(ch, b);
            }
        }
        return ch.steps();
    }

    /**
     * The statements creating {@code id} as it is in {@code to}, its comments included; none when {@code to} does not
     * have it.
     *
     * @param onExistingTable whether what it is made on exists before the plan runs (an index built on such a table
     *                        blocks its writes)
     */
    public static List<Step> create(Catalog from, Catalog to, ObjectId id, boolean onExistingTable) {
        Changes ch = new Changes(from, to);
        create(ch, id, onExistingTable);
        return ch.steps();
    }

    static void create(Changes ch, ObjectId id, boolean onExistingTable) {
        switch (id.kind()) {
            case COLUMN -> Columns.createGenerated(ch, id);
            case CONSTRAINT -> Constraints.create(ch, id);
            default -> {
                SchemaObject o = ch.to().objects().get(id);
                if (o != null) {
                    kindOf(o).create(ch, o, onExistingTable);
                }
            }
        }
    }

    /** The statement dropping {@code id} as it is in {@code from}; none when {@code from} does not have it. */
    public static List<Step> drop(Catalog from, Catalog to, ObjectId id) {
        Changes ch = new Changes(from, to);
        switch (id.kind()) {
            case COLUMN -> Columns.dropGenerated(ch, id);
            case CONSTRAINT -> Constraints.drop(ch, id);
            default -> {
                SchemaObject o = from.objects().get(id);
                if (o != null) {
                    kindOf(o).drop(ch, o);
                }
            }
        }
        return ch.steps();
    }

    /**
     * Whether what {@code id} names can be dropped and created again without losing data (a view, an index, a
     * constraint, a function, …), as the planner does around a change to what it depends on.
     */
    public static boolean recreatable(ObjectId id) {
        return RECREATABLE.contains(id.kind());
    }

    /** The object's name in SQL, after the words that say what it is ({@code VIEW public.v}). */
    public static String what(SchemaObject o) {
        return kindOf(o).what(o);
    }

    @SuppressWarnings("unchecked")
    private static <T extends SchemaObject> Kind<T> kindOf(T o) {
        Kind<?> k = BY_TYPE.get(o.getClass());
        if (k == null) {
            throw new IllegalStateException("object kind not handled: " + o.id());
        }
        return (Kind<T>) k;
    }
}
