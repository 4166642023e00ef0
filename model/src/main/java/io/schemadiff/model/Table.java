package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: its columns in their physical order and its constraints by name.
 *
 * @param unlogged         {@code CREATE UNLOGGED TABLE}
 * @param rowSecurity      {@code ALTER TABLE … ENABLE ROW LEVEL SECURITY}
 * @param forceRowSecurity {@code ALTER TABLE … FORCE ROW LEVEL SECURITY}
 * @param options          storage parameters ({@code WITH (fillfactor=70)}) as sorted {@code name=value}
 * @param partitionBy      a partitioned table's key: {@code RANGE (created_at)}, {@code LIST (lower(code))}
 * @param partitionOf      a partition's parent and bound
 * @param inherits         the parents of {@code INHERITS (…)}, in order
 * @param replicaIdentity  what logical replication identifies rows by: {@code DEFAULT}, {@code FULL}, {@code NOTHING},
 *                         or {@code USING INDEX name}
 * @param clusterOn        the index {@code CLUSTER} orders the table by ({@code ALTER TABLE … CLUSTER ON})
 *
 * A partition or an inheritance child holds all its columns, as the server's catalog does (those that come from
 * the parent included); what the server derives on it from the parent — the partitions of a partitioned index,
 * of a primary key or unique constraint, the clones of foreign keys and triggers, inherited CHECK constraints — is
 * not held on it: it comes and goes with the parent's.
 */
public record Table(QualifiedName name, List<Column> columns, List<Constraint> constraints, boolean unlogged,
                    boolean rowSecurity, boolean forceRowSecurity, Optional<String> comment, List<String> options,
                    Optional<Expression> partitionBy, Optional<PartitionOf> partitionOf, List<QualifiedName> inherits,
                    String replicaIdentity, Optional<String> clusterOn)
    implements SchemaObject {
    /** The replica identity a table starts with: its primary key. */
    public static final String REPLICA_DEFAULT = "DEFAULT";

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(comment, "comment");
        options = List.copyOf(options);
        Objects.requireNonNull(partitionBy, "partitionBy");
        Objects.requireNonNull(partitionOf, "partitionOf");
        inherits = List.copyOf(inherits);
        Objects.requireNonNull(replicaIdentity, "replicaIdentity");
        Objects.requireNonNull(clusterOn, "clusterOn");
    }

    /** A plain table (tests, the differ's scratch tables). */
    public Table(QualifiedName name, List<Column> columns, List<Constraint> constraints, boolean unlogged,
                 boolean rowSecurity, boolean forceRowSecurity, Optional<String> comment) {
        this(name, columns, constraints, unlogged, rowSecurity, forceRowSecurity, comment, List.of(),
            Optional.empty(), Optional.empty(), List.of(), REPLICA_DEFAULT, Optional.empty());
    }

    /**
     * {@code PARTITION OF parent FOR VALUES …}: the bound's text is the author's ({@code FOR VALUES FROM ('2024-01-01')
     * TO ('2025-01-01')}, {@code DEFAULT}), its canonical form the values as the server prints them.
     */
    public record PartitionOf(QualifiedName parent, Expression bound) {
        public PartitionOf {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(bound, "bound");
        }
    }

    public Table withColumns(List<Column> cs) {
        return new Table(name, cs, constraints, unlogged, rowSecurity, forceRowSecurity, comment, options, partitionBy,
            partitionOf, inherits, replicaIdentity, clusterOn);
    }

    public Table withConstraints(List<Constraint> cs) {
        return new Table(name, columns, cs, unlogged, rowSecurity, forceRowSecurity, comment, options, partitionBy,
            partitionOf, inherits, replicaIdentity, clusterOn);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TABLE, name);
    }

    public Optional<Column> column(String col) {
        for (Column c : columns) {
            if (c.name().equals(col)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Constraint> constraint(String con) {
        for (Constraint c : constraints) {
            if (c.name().equals(con)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Constraint.PrimaryKey> primaryKey() {
        for (Constraint c : constraints) {
            if (c instanceof Constraint.PrimaryKey pk) {
                return Optional.of(pk);
            }
        }
        return Optional.empty();
    }
}
