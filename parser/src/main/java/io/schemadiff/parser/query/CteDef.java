package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import java.util.List;
import java.util.Map;

/**
 * A common table expression as its references see it: its output columns (empty: not known) and, once the
 * deparser has printed its query, the types of that query's outputs by the names the query gave them (a
 * reference finds a type by the column's name here, which a column list may have changed).
 */
final class CteDef {
    final List<String> outputs;
    Map<String, DataType> types = Map.of();

    CteDef(List<String> outputs) {
        this.outputs = List.copyOf(outputs);
    }
}
