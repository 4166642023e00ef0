package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE INDEX} (indexes that implement a primary key or unique constraint belong to the constraint).
 *
 * @param method     access method: btree, hash, gin, gist, brin, spgist or an extension's
 * @param parameters storage parameters from {@code WITH (…)}, as {@code name=value}, sorted
 * @param statistics statistics targets of expression keys ({@code ALTER INDEX … ALTER COLUMN n SET STATISTICS}),
 *                   by key position from 1
 */
public record Index(QualifiedName name, QualifiedName table, boolean unique, String method, List<Key> keys,
                    List<String> include, Optional<Expression> where, boolean nullsNotDistinct,
                    List<String> parameters, Optional<String> comment, java.util.SortedMap<Integer, Integer> statistics)
    implements SchemaObject {
    /** An index without statistics targets of its own. */
    public Index(QualifiedName name, QualifiedName table, boolean unique, String method, List<Key> keys,
                 List<String> include, Optional<Expression> where, boolean nullsNotDistinct, List<String> parameters,
                 Optional<String> comment) {
        this(name, table, unique, method, keys, include, where, nullsNotDistinct, parameters, comment,
            new java.util.TreeMap<>());
    }

    public Index {
        statistics = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(statistics));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(method, "method");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        Objects.requireNonNull(where, "where");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.INDEX, name);
    }

    public Index withComment(Optional<String> c) {
        return new Index(name, table, unique, method, keys, include, where, nullsNotDistinct, parameters, c,
            statistics);
    }

    public Index withStatistics(java.util.SortedMap<Integer, Integer> s) {
        return new Index(name, table, unique, method, keys, include, where, nullsNotDistinct, parameters, comment, s);
    }

    /**
     * One key: a column or an expression, with its options. {@code nullsFirst} is stored resolved (the default
     * is NULLS FIRST for DESC, NULLS LAST otherwise).
     *
     * @param column  the column name when the key is a plain column, empty for an expression
     * @param opclass operator class with its parameters as written, e.g. {@code gin_trgm_ops}; empty for the default
     */
    public record Key(Optional<String> column, Optional<Expression> expression, Optional<QualifiedName> collation,
                      Optional<String> opclass, boolean descending, boolean nullsFirst) {
        public Key {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(collation, "collation");
            Objects.requireNonNull(opclass, "opclass");
            if (column.isPresent() == expression.isPresent()) {
                throw new IllegalArgumentException("an index key is a column or an expression");
            }
        }
    }
}
