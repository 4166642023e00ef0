package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A FROM item as column references see it: the name it is referred to by, its columns (those an alias names
 * first), their types where known, and the relation it reads. The canonical form names it by position
 * ({@code rN}, given when the deparser prints it): aliases do not change what a query means, and pg_dump renames
 * them anyway to keep them unique. A rename of the relation or of one of its columns changes it in place.
 */
final class RangeVar {
    final String refname;
    final List<String> columns;
    /** How many of {@link #columns} an alias names; the rest are the relation's own. */
    final int aliased;
    final Map<String, DataType> types;
    /** The relation it reads, when the model holds it. */
    ObjectId relation;
    /** The relation's name as FROM prints it (null for anything but a relation). */
    QualifiedName printed;
    final boolean columnsKnown;
    /** {@code rN}, once printed. */
    String name;

    RangeVar(String refname, List<String> columns, int aliased, Map<String, DataType> types,
             Optional<ObjectId> relation, QualifiedName printed, boolean columnsKnown) {
        this.refname = refname;
        this.columns = new ArrayList<>(columns);
        this.aliased = aliased;
        this.types = new HashMap<>(types);
        this.relation = relation.orElse(null);
        this.printed = printed;
        this.columnsKnown = columnsKnown;
    }

    Optional<ObjectId> relation() {
        return Optional.ofNullable(relation);
    }
}
