package io.schemadiff.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A view or materialized view.
 *
 * @param columns        the column list written after the view's name, empty when none was
 * @param outputs        the query's output columns when they could be read (empty otherwise): their names and
 *                       canonical expressions, to tell whether CREATE OR REPLACE can change the view
 * @param options        {@code WITH (…)} options such as {@code security_barrier=true}, sorted
 * @param checkOption    {@code local} or {@code cascaded} for {@code WITH … CHECK OPTION}
 * @param columnComments {@code COMMENT ON COLUMN} of the view's columns
 * @param withNoData     a materialized view written {@code WITH NO DATA}. Whether it holds data is data, not
 *                       schema (pg_dump --schema-only writes every materialized view WITH NO DATA, the REFRESH
 *                       belongs to the data), so it takes no part in {@link #equals}: it only says how to create
 *                       the view when it must be created
 */
public record View(QualifiedName name, boolean materialized, Expression query, List<String> columns,
                   List<Output> outputs, List<String> options, Optional<String> checkOption,
                   Map<String, String> columnComments, Optional<String> comment, boolean withNoData)
    implements SchemaObject {
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        columns = List.copyOf(columns);
        outputs = List.copyOf(outputs);
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
        return new View(name, materialized, query, columns, outputs, options, checkOption, columnComments, c, withNoData);
    }

    public View withColumnComments(Map<String, String> cc) {
        return new View(name, materialized, query, columns, outputs, options, checkOption, cc, comment, withNoData);
    }

    public View withName(QualifiedName n) {
        return new View(n, materialized, query, columns, outputs, options, checkOption, columnComments, comment,
            withNoData);
    }

    /** Everything but {@link #withNoData}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof View v && materialized == v.materialized && name.equals(v.name) && query.equals(v.query)
            && columns.equals(v.columns) && outputs.equals(v.outputs) && options.equals(v.options)
            && checkOption.equals(v.checkOption) && columnComments.equals(v.columnComments)
            && comment.equals(v.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, materialized, query, columns, outputs, options, checkOption, columnComments, comment);
    }

    /** The names of the output columns, as far as they are known. */
    public List<String> outputNames() {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            names.add(i < columns.size() ? columns.get(i) : outputs.get(i).name());
        }
        return names;
    }

    /** Whether the query (and so the view's columns) is the same; options and comments aside. */
    public boolean sameQuery(View o) {
        return materialized == o.materialized && query.equals(o.query);
    }

    /** One output column: its name and the canonical form of its expression. */
    public record Output(String name, String canonical) {}
}
