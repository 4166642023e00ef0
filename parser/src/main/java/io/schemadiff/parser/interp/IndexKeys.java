package io.schemadiff.parser.interp;

import io.schemadiff.parser.expr.ColumnNames;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.IndexElem;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of an index or of an EXCLUDE constraint, built one way for both: each a column of the relation or an
 * expression over it (canonical), with its collation, operator class and order.
 *
 * @param keys  the keys, in order
 * @param names what the server names the index by (ChooseIndexColumnNames: a column's name, or one made of the
 *              expression; each made unique)
 * @param trees the expressions' trees by key position, to follow a renamed column
 */
record IndexKeys(List<Index.Key> keys, List<String> names, Map<Integer, Expr> trees) {
    IndexKeys {
        keys = List.copyOf(keys);
        names = List.copyOf(names);
        trees = Collections.unmodifiableMap(new LinkedHashMap<>(trees)); // in key order
    }

    /**
     * The keys {@code elems} write on relation {@code table}; {@code t} is its state when it is a table (its columns
     * must exist; null for a materialized view). What the keys use is added to {@code refs}.
     */
    static IndexKeys of(WorkingCatalog cat, QualifiedName table, TableState t, List<IndexElem> elems,
                        Set<ObjectId> refs, int at) {
        Resolver resolver = cat.resolver();
        List<Index.Key> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<Integer, Expr> trees = new LinkedHashMap<>();
        for (IndexElem el : elems) {
            Optional<String> column = el.column();
            Optional<Expression> expression = Optional.empty();
            String colName;
            if (column.isPresent()) {
                if (t != null) {
                    cat.requireColumn(t, column.get(), at);
                }
                refs.add(ObjectId.column(table, column.get()));
                colName = column.get();
            } else {
                ExprText et = el.expression().get();
                Canonicalizer can = resolver.canonicalizer(t, refs, null);
                expression = Optional.of(new Expression(et.text(), can.canonical(et.expr()), cat.searchPath()));
                trees.put(keys.size(), et.expr());
                colName = ColumnNames.forIndex(et.expr());
            }
            names.add(unique(colName, names));
            boolean nullsFirst = el.nullsFirst().orElse(el.descending());
            keys.add(new Index.Key(column, expression, el.collation().flatMap(c -> resolver.collation(c.parts())),
                el.opclass().map(resolver::opclass), el.descending(), nullsFirst));
        }
        return new IndexKeys(keys, names, trees);
    }

    /** {@code name}, or the first of {@code name1}, {@code name2}, … not {@code taken} already. */
    static String unique(String name, List<String> taken) {
        String unique = name;
        for (int i = 1; taken.contains(unique); i++) {
            unique = name + i;
        }
        return unique;
    }
}
