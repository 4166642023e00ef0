package io.schemadiff.differ.plan;

import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;

/**
 * Units a step can provide or need that are not objects: a state the schema passes through (a column's default
 * taken off, a sequence let go by its column, a partition detached), named so that {@link Ordering} orders by them
 * as by objects. None is a real object: each either has a member no object has, or one holding a NUL, which no
 * identifier can.
 */
public final class Markers {
    private Markers() {}

    /**
     * A column's default, as a unit of its own (the server's pg_attrdef): what a step provides once the default is
     * taken off a column, so that what the default uses can be dropped after it.
     */
    public static ObjectId defaultReleased(ObjectId column) {
        return new ObjectId(ObjectKind.COLUMN, column.schema(), column.name(), column.member() + "\u0000default");
    }

    /** What a step provides once a column's default is set again (after what it uses exists again). */
    public static ObjectId defaultRestored(ObjectId column) {
        return new ObjectId(ObjectKind.COLUMN, column.schema(), column.name(), column.member() + "\u0000set default");
    }

    /** A column's identity dropped: its sequence's name is free (for a serial's sequence) once this is provided. */
    public static ObjectId identityDropped(ObjectId column) {
        return new ObjectId(ObjectKind.COLUMN, column.schema(), column.name(), column.member()
            + "\u0000identity dropped");
    }

    /**
     * A sequence let go by the column that owns it (OWNED BY changed): a sequence the target keeps must be let go
     * before what owns it is dropped, or the drop takes it along.
     */
    public static ObjectId ownershipReleased(QualifiedName sequence) {
        return new ObjectId(ObjectKind.SEQUENCE, sequence.schema(), sequence.name(), "owned by");
    }

    /** A partition's being attached, as a unit DETACH removes (a parent dropped waits for it). */
    public static ObjectId attached(QualifiedName partition) {
        return new ObjectId(ObjectKind.TABLE, partition.schema(), partition.name(), "\u0000attached");
    }

    /** An object's new owner set (ALTER … OWNER TO), which a sequence's OWNED BY may need first. */
    public static ObjectId owner(ObjectId id) {
        return new ObjectId(id.kind(), id.schema(), id.name(), "owner");
    }

    /** A sequence's current value brought within the bounds it is about to take (before ALTER SEQUENCE narrows them). */
    public static ObjectId withinBounds(QualifiedName sequence) {
        return new ObjectId(ObjectKind.SEQUENCE, sequence.schema(), sequence.name(), "\u0000within bounds");
    }

    /** A sequence's far bound moved first, when its new range lies wholly beyond its old one. */
    public static ObjectId boundsWidened(QualifiedName sequence) {
        return new ObjectId(ObjectKind.SEQUENCE, sequence.schema(), sequence.name(), "\u0000bounds widened");
    }
}
