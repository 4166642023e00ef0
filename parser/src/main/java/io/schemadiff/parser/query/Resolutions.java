package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.expr.RawType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a query's expression names resolved to when it was read: the server binds a view's names once, at CREATE
 * VIEW, so printing the query again later (after a rename) must not resolve them again under a search path or
 * schema that has changed since. While reading, each answer is asked of the live resolver and kept; once
 * {@link #freeze frozen}, the kept answers are all there is, and a rename changes them in place.
 */
final class Resolutions implements ExprNames {
    private ExprNames live;
    private final Map<RawType, DataType> types = new HashMap<>();
    private final Map<String, QualifiedName> relations = new HashMap<>();
    private final Map<List<String>, List<String>> functions = new HashMap<>();
    private final Map<List<String>, QualifiedName> collations = new HashMap<>();
    private final Map<DataType, DataType> domainBases = new HashMap<>();

    Resolutions(ExprNames live) {
        this.live = live;
    }

    /** From now on, only what was resolved while reading; uses are no longer recorded. */
    void freeze() {
        live = null;
    }

    private ExprNames live(Object what) {
        if (live == null) {
            throw new IllegalStateException("not resolved when the query was read: " + what);
        }
        return live;
    }

    @Override
    public DataType type(RawType t) {
        DataType d = types.get(t);
        if (d == null) {
            d = live(t).type(t);
            types.put(t, d);
        }
        return d;
    }

    @Override
    public QualifiedName relation(String literal) {
        QualifiedName q = relations.get(literal);
        if (q == null) {
            q = live(literal).relation(literal);
            relations.put(literal, q);
        }
        return q;
    }

    @Override
    public List<String> function(List<String> names) {
        List<String> f = functions.get(names);
        if (f == null) {
            f = List.copyOf(live(names).function(names));
            functions.put(List.copyOf(names), f);
        }
        return f;
    }

    @Override
    public QualifiedName collation(List<String> names) {
        QualifiedName q = collations.get(names);
        if (q == null) {
            q = live(names).collation(names);
            collations.put(List.copyOf(names), q);
        }
        return q;
    }

    @Override
    public DataType domainBase(DataType t) {
        DataType d = domainBases.get(t);
        if (d == null) {
            d = live(t).domainBase(t);
            domainBases.put(t, d);
        }
        return d;
    }

    @Override
    public void usesFunction(List<String> name) {
        if (live != null) {
            live.usesFunction(name);
        }
    }

    @Override
    public void usesOperator(String symbol) {
        if (live != null) {
            live.usesOperator(symbol);
        }
    }

    /** Every type resolved, as {@code rename} makes it; whether any changed. */
    boolean renameTypes(UnaryOperator<DataType> rename) {
        boolean changed = false;
        for (Map.Entry<RawType, DataType> e : types.entrySet()) {
            DataType d = rename.apply(e.getValue());
            changed |= !d.equals(e.getValue());
            e.setValue(d);
        }
        Map<DataType, DataType> bases = new HashMap<>();
        for (Map.Entry<DataType, DataType> e : domainBases.entrySet()) {
            DataType k = rename.apply(e.getKey());
            DataType v = rename.apply(e.getValue());
            changed |= !k.equals(e.getKey()) || !v.equals(e.getValue());
            bases.put(k, v);
        }
        domainBases.clear();
        domainBases.putAll(bases);
        return changed;
    }

    /** Every {@code regclass} literal resolved to {@code from}, now to {@code to}; whether there was one. */
    boolean renameRelation(QualifiedName from, QualifiedName to) {
        boolean changed = false;
        for (Map.Entry<String, QualifiedName> e : relations.entrySet()) {
            if (e.getValue().equals(from)) {
                e.setValue(to);
                changed = true;
            }
        }
        return changed;
    }

    /** Every call resolved to function {@code from}, now of {@code to}; whether there was one. */
    boolean renameFunction(QualifiedName from, QualifiedName to) {
        boolean changed = false;
        for (Map.Entry<List<String>, List<String>> e : functions.entrySet()) {
            List<String> f = e.getValue();
            if (f.size() == 2 && f.get(0).equals(from.schema()) && f.get(1).equals(from.name())) {
                e.setValue(List.of(to.schema(), to.name()));
                changed = true;
            }
        }
        return changed;
    }
}
