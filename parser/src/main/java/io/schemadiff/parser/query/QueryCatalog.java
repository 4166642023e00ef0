package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import io.schemadiff.model.ObjectId;
import io.schemadiff.parser.expr.Expr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What binding a query's names needs of the schema around it: relations, their columns, functions' results. */
public interface QueryCatalog {

    /** The table, view, materialized view or sequence a name denotes under the search path. */
    Optional<ObjectId> relation(List<String> name);

    /** A relation's columns in order, with the types known; empty when its columns are not known. */
    Optional<Columns> columns(ObjectId relation);

    /**
     * The columns a function called in FROM returns, named as the server names them ({@code alias}: the name of a
     * scalar result's one column); empty when they are not known.
     */
    Optional<List<String>> functionColumns(Expr.FuncCall call, String alias);

    /**
     * Whether a relation the schema does not hold may still exist (something not modeled was read): then a name
     * that is not a relation here is not an error.
     */
    boolean mayHoldUnknownRelations();

    List<String> searchPath();

    boolean schemaExists(String schema);

    /** Column names in order and the types of those known. */
    record Columns(List<String> names, Map<String, DataType> types) {
        public Columns {
            names = List.copyOf(names);
            types = Map.copyOf(types);
        }
    }
}
