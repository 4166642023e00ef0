package io.schemadiff.differ.kind;

import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.SchemaObject;
import java.util.List;

/**
 * One kind of object, all the differ knows of it in one file: how two of them compare and the statements that take
 * one to the other, the statements that create one and that drop one, and its name in SQL. {@link Kinds} holds one
 * of each and runs the loop they share: an object only the target has is {@link #added}, one only the source has
 * {@link #removed}, one both have and that differs {@link #altered}. The planner re-creates an object around a
 * change to what it depends on with the same {@link #create} and {@link #drop}.
 *
 * @param <T> the model's record for the kind
 */
abstract class Kind<T extends SchemaObject> {
    private final Class<T> type;
    private final List<ObjectKind> kinds;

    /**
     * @param type  the model's record
     * @param kinds the kinds of id its objects have (a view's record is also a materialized view's)
     */
    Kind(Class<T> type, ObjectKind... kinds) {
        this.type = type;
        this.kinds = List.of(kinds);
    }

    final Class<T> type() {
        return type;
    }

    final List<ObjectKind> kinds() {
        return kinds;
    }

    /**
     * The statements creating {@code o} as the target has it, its comments included.
     *
     * @param onExistingTable whether what it is made on exists before the plan runs (an index built on such a table
     *                        blocks its writes)
     */
    abstract void create(Changes ch, T o, boolean onExistingTable);

    /** The statement dropping {@code o} as the source has it. */
    abstract void drop(Changes ch, T o);

    /** Both schemas have it, and it differs: the statements taking {@code a} to {@code b}. */
    abstract void altered(Changes ch, T a, T b);

    /** Only the target has it. */
    void added(Changes ch, T b) {
        create(ch, b, false);
    }

    /** Only the source has it (what else goes, and takes it along, may leave nothing to do). */
    void removed(Changes ch, T a) {
        drop(ch, a);
    }

    /**
     * For a kind whose definition has no ALTER: {@code a} dropped and {@code b} created when their definitions
     * differ; else only their comments do.
     */
    final void remade(Changes ch, T a, T b, boolean sameDefinition) {
        if (!sameDefinition) {
            drop(ch, a);
            create(ch, b, false);
        } else {
            commentChanged(ch, a, b);
        }
    }

    /** COMMENT ON a created object that has a comment. */
    final void commentCreated(Changes ch, T o) {
        if (o.comment().isPresent()) {
            ch.comment(o.id(), what(o), o.comment());
        }
    }

    /** COMMENT ON an object whose comment differs between the two schemas. */
    final void commentChanged(Changes ch, T a, T b) {
        if (!a.comment().equals(b.comment())) {
            ch.comment(b.id(), what(b), b.comment());
        }
    }

    /** Its name in SQL, after the words that say what it is: {@code TABLE public.t} (COMMENT ON, OWNER TO). */
    abstract String what(T o);

    /**
     * Whether it can be dropped and created again without losing data: the planner does so around a change to
     * what it depends on.
     */
    boolean recreatable() {
        return false;
    }
}
