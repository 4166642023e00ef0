package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication for logical replication (database-wide, not in a schema).
 *
 * @param allTables {@code FOR ALL TABLES}
 * @param tables    the tables published, each as written back ({@code public.t}, {@code public.t (a, b)},
 *                  {@code public.t WHERE (…)}), sorted
 * @param schemas   {@code FOR TABLES IN SCHEMA …}, sorted
 * @param options   the parameters that are not at their defaults, as {@code name = 'value'}, sorted
 */
public record Publication(String name, boolean allTables, List<String> tables, List<String> schemas,
                          List<String> options, Optional<String> comment) implements SchemaObject {
    public Publication {
        Objects.requireNonNull(name, "name");
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
        options = List.copyOf(options);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.PUBLICATION, "", name, "");
    }

    public Publication withComment(Optional<String> c) {
        return new Publication(name, allTables, tables, schemas, options, c);
    }
}
