package io.schemadiff.parser.interp;

import io.schemadiff.parser.expr.ColumnNames;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Statistics;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.CreateIndex;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.IndexElem;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** CREATE INDEX, and extended statistics (CREATE and ALTER STATISTICS): what is built over a table's columns. */
final class Indexes {
    private final WorkingCatalog cat;
    private final Names names;
    private final Resolver resolver;
    private final Constraints constraints;

    Indexes(WorkingCatalog cat, Constraints constraints) {
        this.cat = cat;
        this.names = cat.names();
        this.resolver = cat.resolver();
        this.constraints = constraints;
    }

    // ================================================================== indexes

    void createIndex(CreateIndex ci) {
        ObjectId tid = cat.requireRelation(ci.table(), ObjectKind.TABLE, ObjectKind.MATERIALIZED_VIEW);
        QualifiedName table = tid.qualifiedName();
        TableState t = tid.kind() == ObjectKind.TABLE ? (TableState) cat.get(tid) : null;
        Set<ObjectId> refs = new LinkedHashSet<>();
        refs.add(tid);
        IndexKeys keys = IndexKeys.of(cat, table, t, ci.keys(), refs, ci.at());
        List<String> colNames = new ArrayList<>(keys.names());
        // INCLUDE columns count in the default name too (ChooseIndexColumnNames over all index params)
        colNames.addAll(ci.include());
        String name = ci.name().orElseGet(() -> names.chooseRelationName(table.schema(), table.name(),
            Names.columnsAddition(colNames), "idx", false, Set.of()));
        QualifiedName qn = new QualifiedName(table.schema(), name);
        if (names.relationTaken(qn)) {
            if (ci.ifNotExists()) {
                return;
            }
            throw cat.errorAt(ci.at(), "relation \"" + name + "\" already exists");
        }
        Optional<Expression> where = ci.where().map(w -> {
            Canonicalizer can = resolver.canonicalizer(t, refs, null);
            return new Expression(w.text(), can.canonical(w.expr()), cat.searchPath());
        });
        Index idx = new Index(qn, table, ci.unique(), ci.method(), keys.keys(), ci.include(), where,
            ci.nullsNotDistinct(), ci.parameters(), Optional.empty());
        ObjectId id = idx.id();
        cat.put(id, idx);
        cat.putRefs(id, refs);
        Map<Integer, Expr> trees = new LinkedHashMap<>(keys.trees());
        ci.where().ifPresent(w -> trees.put(-1, w.expr()));
        if (!trees.isEmpty()) {
            cat.putIndexTrees(id, trees);
        }
        names.addRelation(qn);
        if (t != null && !ci.only()) {
            constraints.absorbIntoPartitions(t);
        }
    }

    /** The server takes a target only for an expression key; -1 (or DEFAULT) takes it back. */
    void indexStatistics(Ddl.IndexStatistics s) {
        ObjectId id = cat.find(s.index(), ObjectKind.INDEX).orElse(null);
        if (id == null) {
            // the index of a key constraint (its keys are columns), or an index the model does not hold
            cat.warnAt(s.at(), "not modeled yet, ignored: ALTER INDEX " + s.index() + " ALTER COLUMN " + s.column()
                + " SET STATISTICS (no index of that name is modeled)");
            return;
        }
        Index idx = (Index) cat.get(id);
        if (s.column() < 1 || s.column() > idx.keys().size()) {
            throw cat.errorAt(s.at(), "column number " + s.column() + " of relation \"" + idx.name().name()
                + "\" does not exist");
        }
        if (idx.keys().get(s.column() - 1).column().isPresent()) {
            throw cat.errorAt(s.at(), "cannot alter statistics on non-expression column of index \"" + idx.name().name()
                + "\"");
        }
        SortedMap<Integer, Integer> stats = new TreeMap<>(idx.statistics());
        if (s.target() < 0) {
            stats.remove(s.column());
        } else {
            stats.put(s.column(), s.target());
        }
        cat.put(id, idx.withStatistics(stats));
    }

    void createStatistics(Ddl.CreateStatistics cs) {
        TableState t = cat.requireTable(cs.table());
        Set<ObjectId> refs = new LinkedHashSet<>();
        refs.add(t.id());
        Set<String> cols = new LinkedHashSet<>();
        List<Expression> exprs = new ArrayList<>();
        List<String> nameParts = new ArrayList<>();
        for (IndexElem el : cs.elements()) {
            if (el.column().isPresent()) {
                cat.requireColumn(t, el.column().get(), cs.at());
                cols.add(el.column().get());
                refs.add(ObjectId.column(t.name, el.column().get()));
                nameParts.add(el.column().get());
            } else {
                ExprText et = el.expression().get();
                String canonical = resolver.canonicalizer(t, refs, null).canonical(et.expr());
                exprs.add(new Expression(et.text(), canonical, cat.searchPath()));
                nameParts.add("expr");
            }
        }
        if (cols.size() + exprs.size() < 2 && exprs.isEmpty()) {
            throw cat.errorAt(cs.at(), "extended statistics require at least 2 columns");
        }
        List<String> ordered = new ArrayList<>();
        for (String c : t.columns.keySet()) {
            if (cols.contains(c)) {
                ordered.add(c);
            }
        }
        List<String> kinds = new ArrayList<>();
        for (String k : Statistics.ALL_KINDS) {
            if (cs.kinds().isEmpty() || cs.kinds().contains(k)) {
                kinds.add(k);
            }
        }
        QualifiedName name = cs.name().map(cat::newName).orElseGet(() -> new QualifiedName(t.name.schema(),
            Identifiers.makeObjectName(t.name.name(), String.join("_", nameParts), "stat")));
        ObjectId id = ObjectId.of(ObjectKind.STATISTICS, name);
        if (cat.has(id)) {
            if (cs.ifNotExists()) {
                return;
            }
            throw cat.errorAt(cs.at(), "statistics object \"" + name.name() + "\" already exists");
        }
        cat.put(id, new Statistics(name, t.name, kinds, ordered, exprs, Optional.empty(),
            Optional.empty()));
        cat.putRefs(id, refs);
    }

    /** {@code ALTER STATISTICS name SET STATISTICS target}. */
    void alterStatistics(Ddl.AlterStatistics as) {
        ObjectId id = cat.find(as.name(), ObjectKind.STATISTICS).orElse(null);
        if (id == null) {
            if (!as.ifExists()) {
                throw cat.errorAt(as.at(), "statistics object \"" + as.name() + "\" does not exist");
            }
        } else {
            cat.put(id, ((Statistics) cat.get(id)).withTarget(as.target()));
        }
    }
}
