package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.expr.RawType;
import java.util.List;

/**
 * How the names in a query's expressions resolve (types, functions, collations, {@code regclass} literals), and
 * where what they use is recorded: what the expression canonicalizer asks besides columns.
 */
public interface ExprNames {
    DataType type(RawType t);

    QualifiedName relation(String regclassLiteral);

    List<String> function(List<String> names);

    QualifiedName collation(List<String> names);

    /** A domain's base type (through domains over domains); any other type as it is. */
    DataType domainBase(DataType t);

    void usesFunction(List<String> name);

    void usesOperator(String symbol);
}
