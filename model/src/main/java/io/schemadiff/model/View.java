package io.schemadiff.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A view or materialized view.
 *
 * @param columns        output column names when known (from the column list or the query), for comments
 * @param options        {@code WITH (…)} options such as {@code security_barrier=true}, sorted
 * @param checkOption    {@code local} or {@code cascaded} for {@code WITH … CHECK OPTION}
 * @param columnComments {@code COMMENT ON COLUMN} of the view's columns
 */
public record View(QualifiedName name, boolean materialized, Expression query, List<String> columns,
                   List<String> options, Optional<String> checkOption, Map<String, String> columnComments,
                   Optional<String> comment) implements SchemaObject {
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        columns = List.copyOf(columns);
        options = List.copyOf(options);
        Objects.requireNonNull(checkOption, "checkOption");
        columnComments = Map.copyOf(columnComments);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(materialized ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, name);
    }

    public View withComment(Optional<String> c) {
        return new View(name, materialized, query, columns, options, checkOption, columnComments, c);
    }

    public View withColumnComments(Map<String, String> cc) {
        return new View(name, materialized, query, columns, options, checkOption, cc, comment);
    }

    /** Views are equal when their definitions are; the informational column list is not compared. */
    public boolean sameDefinition(View o) {
        return materialized == o.materialized && query.equals(o.query) && options.equals(o.options)
            && checkOption.equals(o.checkOption);
    }
}
