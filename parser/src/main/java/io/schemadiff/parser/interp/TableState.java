package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Expression;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import io.schemadiff.parser.expr.Expr;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A table while statements are replayed: mutable, frozen into a {@link Table} at the end. */
final class TableState {
    QualifiedName name;
    boolean unlogged;
    boolean rowSecurity;
    boolean forceRowSecurity;
    Optional<String> comment = Optional.empty();
    List<String> options = List.of();
    Optional<Expression> partitionBy = Optional.empty();
    Optional<Table.PartitionOf> partitionOf = Optional.empty();
    List<QualifiedName> inherits = List.of();
    String replicaIdentity = Table.REPLICA_DEFAULT;
    Optional<String> clusterOn = Optional.empty();
    /** A partitioned table's key columns' types (null for an expression), for its partitions' bounds. */
    List<DataType> partitionKeyTypes = List.of();
    /** What the table itself depends on: its parents, the partition key's functions. */
    final Set<ObjectId> tableRefs = new LinkedHashSet<>();
    /** The partitions and inheritance children, which column changes recurse to. */
    final Set<QualifiedName> children = new LinkedHashSet<>();
    final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
    final LinkedHashMap<String, Constraint> constraints = new LinkedHashMap<>();
    /** What each column's type, default and generation expression use. */
    final Map<String, Set<ObjectId>> columnRefs = new HashMap<>();
    /** The trees of check constraints and generation expressions, to follow a renamed column. */
    final Map<String, Expr> checkTrees = new HashMap<>();
    final Map<String, Expr> generatedTrees = new HashMap<>();
    /** What each constraint's expression uses besides the table's columns. */
    final Map<String, Set<ObjectId>> constraintRefs = new HashMap<>();

    TableState(QualifiedName name, boolean unlogged) {
        this.name = name;
        this.unlogged = unlogged;
    }

    ObjectId id() {
        return ObjectId.of(ObjectKind.TABLE, name);
    }

    Set<ObjectId> refsOf(String column) {
        return columnRefs.computeIfAbsent(column, k -> new LinkedHashSet<>(4));
    }

    /** Every reference to {@code old} in what the table uses is to {@code now} instead. */
    void remapRefs(ObjectId old, ObjectId now) {
        for (Set<ObjectId> refs : columnRefs.values()) {
            WorkingCatalog.remapAll(refs, old, now);
        }
        for (Set<ObjectId> refs : constraintRefs.values()) {
            WorkingCatalog.remapAll(refs, old, now);
        }
        WorkingCatalog.remapAll(tableRefs, old, now);
    }

    /** An index of the table is gone or renamed ({@code to} null: gone): what names it follows. */
    void indexRenamed(String from, String to) {
        if (clusterOn.isPresent() && clusterOn.get().equals(from)) {
            clusterOn = Optional.ofNullable(to);
        }
        if (replicaIdentity.equals("USING INDEX " + from)) {
            // without its index the server keeps no replica identity to dump: read back, it is the default
            replicaIdentity = to == null ? Table.REPLICA_DEFAULT : "USING INDEX " + to;
        }
    }

    Table freeze() {
        return new Table(name, List.copyOf(columns.values()), List.copyOf(constraints.values()), unlogged,
            rowSecurity, forceRowSecurity, comment, options, partitionBy, partitionOf, inherits, replicaIdentity,
            clusterOn);
    }
}
