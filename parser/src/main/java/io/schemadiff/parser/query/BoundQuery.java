package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.View;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.source.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A view's query read, bound and printed: its tree, what each name in it denotes, and its canonical text and
 * output columns. A rename of something it uses changes what the names denote, and the query is printed again,
 * as pg_dump prints a view after the server has followed the rename.
 */
public final class BoundQuery {
    private final Query query;
    private final List<String> columnList;
    private final Bindings bindings;
    private final Resolutions names;
    private final Source source;
    private Deparser.Result result;

    private BoundQuery(Query query, List<String> columnList, Bindings bindings, Resolutions names, Source source,
                       Deparser.Result result) {
        this.query = query;
        this.columnList = List.copyOf(columnList);
        this.bindings = bindings;
        this.names = names;
        this.source = source;
        this.result = result;
    }

    /**
     * Reads the query that is all of {@code tokens}: parsed (a syntax error is an {@link InputError} at its
     * place), its names bound against {@code catalog} (a relation or column the server would
     * not find is an {@link Unresolved}), printed in canonical form with what it uses added to {@code refs}. A
     * query in a form that has no canonical form yet is a {@link NotCanonical}, thrown once all of it has been
     * read (its syntax checked, its names bound, what it uses recorded).
     *
     * @param columnList the view's column list, which names the first outputs
     * @param names      how the names of its expressions resolve, recording what they use in {@code refs}
     */
    public static BoundQuery read(Source source, List<Token> tokens, List<String> columnList, QueryCatalog catalog,
                                  ExprNames names, Set<ObjectId> refs) {
        Query q = QueryParser.parse(source, tokens);
        Bindings b = new Bindings();
        new Analyzer(catalog, source, tokens, true, b).query(q, null, columnList);
        Resolutions resolutions = new Resolutions(names);
        Deparser.Result r = Deparser.deparse(q, columnList, b, resolutions, source, refs);
        resolutions.freeze();
        return new BoundQuery(q, columnList, b, resolutions, source, r);
    }

    public String canonical() {
        return result.canonical();
    }

    /** The output columns, empty when they are not all known ({@code *} over what the model does not know). */
    public List<View.Output> outputs() {
        return result.outputs();
    }

    /** The types of the outputs that are known, by output name. */
    public Map<String, DataType> types() {
        return result.types();
    }

    public Query tree() {
        return query;
    }

    private void reprint() {
        result = Deparser.deparse(query, columnList, bindings, names, source, new HashSet<>());
    }

    /**
     * After relation (or type) {@code old} became {@code now}, renamed or moved: whether the query named it (its
     * FROM, a {@code regclass} literal, its row type in a cast); if so it is printed again.
     */
    public boolean relationRenamed(ObjectId old, ObjectId now) {
        QualifiedName from = old.qualifiedName();
        QualifiedName to = now.qualifiedName();
        boolean changed = false;
        for (RangeVar v : bindings.vars.values()) {
            if (old.equals(v.relation)) {
                v.relation = now;
                v.printed = to;
                changed = true;
            }
        }
        if (old.kind() != ObjectKind.TYPE) {
            changed |= names.renameRelation(from, to);
        }
        UnaryOperator<DataType> type = d -> !d.isBuiltin() && d.schema().equals(from.schema())
            && d.name().equals(from.name()) ? new DataType(to.schema(), to.name(), d.typmod(), d.array()) : d;
        changed |= renameTypes(type);
        if (changed) {
            reprint();
        }
        return changed;
    }

    private boolean renameTypes(UnaryOperator<DataType> type) {
        boolean changed = names.renameTypes(type);
        for (RangeVar v : bindings.vars.values()) {
            for (Map.Entry<String, DataType> e : v.types.entrySet()) {
                DataType d = type.apply(e.getValue());
                changed |= !d.equals(e.getValue());
                e.setValue(d);
            }
        }
        return changed;
    }

    /**
     * After column {@code from} of table {@code table} became {@code to}: whether the query reads it; if so it is
     * printed again (its output columns keep their names, as the view's columns do on the server).
     */
    public boolean columnRenamed(QualifiedName table, String from, String to) {
        boolean changed = false;
        for (Map.Entry<Expr.ColumnRef, Binding> e : bindings.columns.entrySet()) {
            Binding renamed = renamed(e.getValue(), table, from, to);
            if (renamed != e.getValue()) {
                e.setValue(renamed);
                changed = true;
            }
        }
        for (RangeVar v : bindings.vars.values()) {
            if (readsColumn(v, table, from)) {
                v.columns.set(v.columns.indexOf(from), to);
                DataType t = v.types.remove(from);
                if (t != null) {
                    v.types.put(to, t);
                }
                changed = true;
            }
        }
        if (changed) {
            reprint();
        }
        return changed;
    }

    /** Whether {@code v} reads column {@code col} of {@code table} under that name (not one an alias gave it). */
    private static boolean readsColumn(RangeVar v, QualifiedName table, String col) {
        return v.relation != null && v.relation.kind() == ObjectKind.TABLE && v.relation.qualifiedName().equals(table)
            && v.columns.indexOf(col) >= v.aliased;
    }

    private static Binding renamed(Binding b, QualifiedName table, String from, String to) {
        if (b instanceof Binding.Column c) {
            return c.column().equals(from) && readsColumn(c.var(), table, from) ? new Binding.Column(c.var(), to) : b;
        }
        if (b instanceof Binding.Merged m) {
            Binding.Side s = renamed(m.side(), table, from, to);
            return s == m.side() ? b : new Binding.Merged(s);
        }
        return b;
    }

    private static Binding.Side renamed(Binding.Side s, QualifiedName table, String from, String to) {
        if (s instanceof Binding.Column c) {
            return (Binding.Side) renamed((Binding) c, table, from, to);
        }
        Binding.Coalesce co = (Binding.Coalesce) s;
        Binding.Side l = renamed(co.left(), table, from, to);
        Binding.Side r = renamed(co.right(), table, from, to);
        return l == co.left() && r == co.right() ? s : new Binding.Coalesce(l, r);
    }

    /** After function {@code from} became {@code to}: whether the query calls it; if so it is printed again. */
    public boolean functionRenamed(QualifiedName from, QualifiedName to) {
        boolean changed = names.renameFunction(from, to);
        if (changed) {
            reprint();
        }
        return changed;
    }
}
