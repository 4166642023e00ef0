package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.expr.ColumnNames;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.Exprs;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.query.Bindings.Out;
import io.schemadiff.parser.query.Bindings.SelectPlan;
import io.schemadiff.parser.query.Query.Body;
import io.schemadiff.parser.query.Query.Cte;
import io.schemadiff.parser.query.Query.FromItem;
import io.schemadiff.parser.query.Query.FunctionItem;
import io.schemadiff.parser.query.Query.FunctionRef;
import io.schemadiff.parser.query.Query.Grouping;
import io.schemadiff.parser.query.Query.JoinRef;
import io.schemadiff.parser.query.Query.Nested;
import io.schemadiff.parser.query.Query.RelationRef;
import io.schemadiff.parser.query.Query.Select;
import io.schemadiff.parser.query.Query.SetOperation;
import io.schemadiff.parser.query.Query.SubqueryRef;
import io.schemadiff.parser.query.Query.TableStmt;
import io.schemadiff.parser.query.Query.Target;
import io.schemadiff.parser.query.Query.Values;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a query's names as the server does: each FROM item becomes a range variable (a table, view or CTE with
 * its columns, a subquery or function with its outputs), each column reference the column it denotes, innermost
 * level first, {@code *} the columns it stands for, ORDER BY and GROUP BY numbers and names the outputs they
 * mean. A relation or column the server would not find is an {@link Unresolved} error, as far as the model can
 * vouch for it (a relation it does not hold may be a system catalog's, an extension's, or made by something it
 * does not model).
 */
final class Analyzer {
    private final QueryCatalog catalog;
    private final Source source;
    /** The whole query's tokens, where a column reference's place is looked up. */
    private final List<Token> all;
    /** Whether a name that is not there is an error (not in the first pass over a recursive CTE). */
    private final boolean strict;
    final Bindings bindings;

    /** Columns every table has. */
    private static final Set<String> SYSTEM_COLUMNS = Set.of("ctid", "xmin", "xmax", "cmin", "cmax", "tableoid",
        "oid");

    Analyzer(QueryCatalog catalog, Source source, List<Token> all, boolean strict, Bindings bindings) {
        this.catalog = catalog;
        this.source = source;
        this.all = all;
        this.strict = strict;
        this.bindings = bindings;
    }

    /** What a query gives those around it: its output columns (empty when they are not known). */
    record Shape(List<String> outputs) {}

    /** A body's outputs, and for a plain SELECT the scope and outputs its ORDER BY sees. */
    private record BodyShape(List<String> outputs, Scope scope, List<Out> targets) {}

    /** {@code names}: the view's column list, which names the first outputs. */
    Shape query(Query q, Scope outer, List<String> names) {
        Scope withScope = new Scope(outer);
        if (q.with().isPresent()) {
            boolean recursive = q.with().get().recursive();
            for (Cte cte : q.with().get().ctes()) {
                if (recursive) {
                    // a first pass for the columns, with the name itself unknown, then the real one
                    Shape pre = firstPass(cte.query(), withScope);
                    withScope.ctes.put(cte.name(), new CteDef(named(cte.columns(), pre.outputs())));
                }
                Shape r = query(cte.query(), withScope, List.of());
                CteDef def = new CteDef(named(cte.columns(), r.outputs()));
                withScope.ctes.put(cte.name(), def);
                bindings.ctes.put(cte, def);
            }
        }
        BodyShape body = body(q.body(), withScope, names);
        Scope orderScope = body.scope() != null ? body.scope() : outputsOnly(withScope);
        if (!q.orderBy().isEmpty()) {
            List<Expr.Sort> sorts = new ArrayList<>();
            for (Expr.Sort s : q.orderBy()) {
                Expr e = targetFor(s.expr(), body.targets(), orderScope, true).orElse(s.expr());
                expr(e, orderScope);
                sorts.add(new Expr.Sort(e, s.descending(), s.nullsFirst(), s.using()));
            }
            bindings.orders.put(q, sorts);
        }
        for (Query.Tail t : q.tail()) {
            if (t instanceof Query.Limit l) {
                l.count().ifPresent(e -> expr(e, orderScope));
            } else if (t instanceof Query.Offset o) {
                expr(o.count(), orderScope);
            } else if (t instanceof Query.Fetch f) {
                expr(f.count(), orderScope);
            } else {
                break; // FOR …: printed as written, with what follows it
            }
        }
        return new Shape(body.outputs());
    }

    /** After UNION and the like, ORDER BY names output columns, which no range variable holds. */
    private static Scope outputsOnly(Scope parent) {
        Scope s = new Scope(parent);
        s.outputsOnly = true;
        return s;
    }

    private Shape firstPass(Query q, Scope scope) {
        try {
            return new Analyzer(catalog, source, q.tokens(), false, new Bindings()).query(q, scope, List.of());
        } catch (InputError e) {
            return new Shape(List.of());
        }
    }

    private static List<String> named(List<String> cols, List<String> outputs) {
        return cols.isEmpty() ? outputs : cols;
    }

    // ================================================================== bodies

    private BodyShape body(Body b, Scope scope, List<String> names) {
        if (b instanceof SetOperation so) {
            BodyShape left = body(so.left(), scope, names);
            body(so.right(), scope, List.of());
            return new BodyShape(left.outputs(), null, List.of());
        }
        if (b instanceof Nested n) {
            return new BodyShape(query(n.query(), scope, names).outputs(), null, List.of());
        }
        if (b instanceof Values v) {
            List<String> outputs = new ArrayList<>();
            values(v, scope);
            for (int i = 0; i < v.rows().get(0).size(); i++) {
                outputs.add(i < names.size() ? names.get(i) : "column" + (i + 1));
            }
            bindings.vars.put(v, new RangeVar("*VALUES*", List.of(), 0, Map.of(), Optional.empty(), null, true));
            return new BodyShape(outputs, null, List.of());
        }
        if (b instanceof TableStmt t) {
            Scope s = new Scope(scope);
            relation(t, t.name(), Optional.empty(), s, t.at());
            List<Target> star = List.of(new Target(new Expr.ColumnRef(List.of(), true), Optional.empty(), t.at()));
            SelectPlan plan = outputs(star, s, names, List.of(), List.of());
            bindings.selects.put(t, plan);
            return new BodyShape(plan.known() ? outputNames(plan) : List.of(), s, plan.outputs());
        }
        return select((Select) b, scope, names);
    }

    private void values(Values v, Scope scope) {
        for (List<Expr> row : v.rows()) {
            for (Expr e : row) {
                expr(e, scope);
            }
        }
    }

    private static List<String> outputNames(SelectPlan plan) {
        List<String> out = new ArrayList<>();
        for (Out o : plan.outputs()) {
            out.add(o.name());
        }
        return out;
    }

    /** In the order the deparser prints: FROM, WINDOW, GROUP BY, DISTINCT ON, the outputs, WHERE, HAVING. */
    private BodyShape select(Select s, Scope outer, List<String> names) {
        Scope scope = new Scope(outer);
        for (FromItem item : s.from()) {
            fromItem(item, scope);
        }
        for (Query.WindowDef w : s.windows()) {
            window(w.spec(), scope);
        }
        List<Expr> groupBy = new ArrayList<>();
        if (s.groupBy().isPresent()) {
            List<Grouping> items = s.groupBy().get().items();
            boolean asText = !(items.get(0) instanceof Grouping.Plain);
            for (Grouping g : items) {
                if (asText) {
                    grouping(g, scope);
                    groupBy.add(null);
                } else if (g instanceof Grouping.Plain p) {
                    Expr e = groupItem(p.expr(), s.targets(), scope);
                    expr(e, scope);
                    groupBy.add(e);
                } else if (g instanceof Grouping.Rollup || g instanceof Grouping.Cube) {
                    // after a plain item, ROLLUP (…) and CUBE (…) read as calls of functions of those names
                    Expr call = Expr.FuncCall.of(g instanceof Grouping.Rollup ? "rollup" : "cube",
                        g instanceof Grouping.Rollup r ? r.items() : ((Grouping.Cube) g).items());
                    expr(call, scope);
                    groupBy.add(call);
                } else {
                    grouping(g, scope);
                    groupBy.add(null);
                }
            }
        }
        List<Expr> distinctOn = new ArrayList<>();
        for (Expr e : s.distinctOn()) {
            Expr t = groupItem(e, s.targets(), scope);
            expr(t, scope);
            distinctOn.add(t);
        }
        SelectPlan plan = outputs(s.targets(), scope, names, distinctOn, groupBy);
        bindings.selects.put(s, plan);
        s.where().ifPresent(e -> expr(e, scope));
        s.having().ifPresent(e -> expr(e, scope));
        return new BodyShape(plan.known() ? outputNames(plan) : List.of(), scope, plan.outputs());
    }

    /** A GROUP BY or DISTINCT ON item: an output number or (when no input column has it) an output name. */
    private Expr groupItem(Expr e, List<Target> targets, Scope scope) {
        List<Out> outs = new ArrayList<>();
        for (Target t : targets) {
            outs.add(new Out(t.expr(), t.alias().orElse(null), null, null, false));
        }
        return targetFor(e, outs, scope, false).orElse(e);
    }

    /**
     * ORDER BY 2 and ORDER BY alias mean an output column; the server stores (and pg_dump prints) its expression.
     * For ORDER BY an output name wins over an input column; for GROUP BY (and DISTINCT ON) the input column wins.
     * The outputs are those written for GROUP BY, those {@code *} expanded to for ORDER BY.
     */
    private static Optional<Expr> targetFor(Expr e, List<Out> targets, Scope scope, boolean outputFirst) {
        if (e instanceof Expr.Const k && k.kind() == Expr.Const.Kind.NUMBER) {
            try {
                int n = Integer.parseInt(k.value());
                if (n >= 1 && n <= targets.size()) {
                    return Optional.of(targets.get(n - 1).expr());
                }
            } catch (NumberFormatException ignored) {
                return Optional.empty();
            }
        }
        if (e instanceof Expr.ColumnRef r && r.names().size() == 1 && !r.star()) {
            String name = r.names().get(0);
            boolean input = scope.vars.stream().anyMatch(v -> v.columns.contains(name));
            if (!outputFirst && input) {
                return Optional.empty();
            }
            for (Out t : targets) {
                String tn = t.alias() != null ? t.alias() : t.expr() instanceof Expr.ColumnRef c && !c.star()
                    ? ColumnNames.forOutput(c) : null;
                if (name.equals(tn)) {
                    return Optional.of(t.expr());
                }
            }
        }
        return Optional.empty();
    }

    private void grouping(Grouping g, Scope scope) {
        if (g instanceof Grouping.Plain p) {
            expr(p.expr(), scope);
        } else if (g instanceof Grouping.Rollup r) {
            r.items().forEach(e -> expr(e, scope));
        } else if (g instanceof Grouping.Cube c) {
            c.items().forEach(e -> expr(e, scope));
        } else if (g instanceof Grouping.Sets s) {
            s.items().forEach(i -> grouping(i, scope));
        }
    }

    /**
     * The outputs of a SELECT: {@code *} and {@code t.*} expanded where the columns are known, each output named
     * (by the view's column list first, then its alias, then as the server names an expression).
     */
    private SelectPlan outputs(List<Target> targets, Scope scope, List<String> names, List<Expr> distinctOn,
                               List<Expr> groupBy) {
        List<Target> expanded = new ArrayList<>();
        boolean known = true;
        for (Target t : targets) {
            if (t.expr() instanceof Expr.ColumnRef r && r.star()) {
                List<RangeVar> vars = new ArrayList<>();
                if (r.names().isEmpty()) {
                    vars.addAll(scope.vars);
                } else {
                    lookupVar(scope, r.names()).ifPresent(vars::add);
                }
                if (vars.isEmpty() || vars.stream().anyMatch(v -> !v.columnsKnown)) {
                    expanded.add(t);
                    known = false;
                    continue;
                }
                for (RangeVar v : vars) {
                    for (String col : v.columns) {
                        expanded.add(new Target(new Expr.ColumnRef(List.of(v.refname, col), false), Optional.of(col),
                            t.at()));
                    }
                }
            } else {
                expanded.add(t);
            }
        }
        List<Out> outs = new ArrayList<>();
        for (int i = 0; i < expanded.size(); i++) {
            Target t = expanded.get(i);
            if (t.expr() instanceof Expr.ColumnRef r && r.star()) {
                outs.add(new Out(t.expr(), t.alias().orElse(null), null, null, true));
                continue;
            }
            expr(t.expr(), scope);
            String name = i < names.size() ? names.get(i) : t.alias().orElseGet(() -> ColumnNames.forOutput(t.expr()));
            outs.add(new Out(t.expr(), t.alias().orElse(null), name, origin(t.expr(), scope), false));
        }
        return new SelectPlan(outs, known, distinctOn, groupBy);
    }

    /** For an output that is a column of a table or view: its range variable (whose relation it names). */
    private static RangeVar origin(Expr e, Scope scope) {
        if (e instanceof Expr.ColumnRef r && !r.star()) {
            String col = r.names().get(r.names().size() - 1);
            for (Scope s = scope; s != null; s = s.parent) {
                for (RangeVar v : s.vars) {
                    boolean named = r.names().size() > 1 ? v.refname.equals(r.names().get(r.names().size() - 2))
                        : v.columns.contains(col);
                    if (named) {
                        return v.relation == null ? null : v;
                    }
                }
            }
        }
        return null;
    }

    // ================================================================== FROM

    private void fromItem(FromItem item, Scope scope) {
        int leftStart = scope.vars.size();
        fromItem(item, scope, leftStart);
    }

    /** {@code leftStart}: where the range variables of the FROM item this join chain began with start. */
    private void fromItem(FromItem item, Scope scope, int leftStart) {
        if (item instanceof JoinRef j) {
            joinChain(j, scope, leftStart);
        } else {
            tablePrimary(item, scope);
        }
    }

    /**
     * A join and the joins on its left, which merge their USING columns as one chain; a join on the right (written
     * in parentheses) is a chain of its own.
     */
    private void joinChain(JoinRef j, Scope scope, int leftStart) {
        fromItem(j.left(), scope, leftStart);
        int split = scope.vars.size();
        if (j.right() instanceof JoinRef r) {
            joinChain(r, scope, split);
        } else {
            tablePrimary(j.right(), scope);
        }
        j.on().ifPresent(e -> expr(e, scope));
        for (String col : j.using()) {
            Binding.Side l = mergedSide(scope, leftStart, split, col);
            Binding.Side r = mergedSide(scope, split, scope.vars.size(), col);
            if (l != null && r != null) {
                scope.merged.put(col, j.type().equals("FULL JOIN") ? new Binding.Coalesce(l, r)
                    : j.type().equals("RIGHT JOIN") ? r : l);
            }
        }
    }

    private static Binding.Side mergedSide(Scope scope, int from, int to, String col) {
        for (int i = from; i < to; i++) {
            RangeVar v = scope.vars.get(i);
            if (v.columns.contains(col)) {
                return scope.merged.containsKey(col) && i == from ? scope.merged.get(col)
                    : new Binding.Column(v, col);
            }
        }
        return null;
    }

    private void tablePrimary(FromItem item, Scope scope) {
        if (item instanceof RelationRef r) {
            r.sample().ifPresent(s -> {
                s.arguments().forEach(e -> expr(e, scope));
                s.repeatable().ifPresent(e -> expr(e, scope));
            });
            relation(r, r.name(), r.alias(), scope, r.at());
        } else if (item instanceof SubqueryRef s) {
            subquery(s, scope);
        } else if (item instanceof FunctionRef f) {
            function(f, scope);
        }
    }

    private void subquery(SubqueryRef s, Scope scope) {
        Query q = s.query();
        List<String> outputs;
        boolean valuesList = valuesList(q);
        if (valuesList) {
            Values v = (Values) q.body();
            values(v, scope);
            outputs = new ArrayList<>();
            for (int i = 0; i < v.rows().get(0).size(); i++) {
                outputs.add("column" + (i + 1));
            }
        } else {
            outputs = query(q, scope, List.of()).outputs();
        }
        List<String> aliasCols = s.alias().map(Query.Alias::columns).orElse(List.of());
        String ref = s.alias().map(Query.Alias::name).orElse(valuesList ? "*VALUES*" : "unnamed_subquery");
        List<String> cols = new ArrayList<>(aliasCols);
        for (int i = cols.size(); i < outputs.size(); i++) {
            cols.add(outputs.get(i));
        }
        RangeVar v = new RangeVar(ref, cols, aliasCols.size(), Map.of(), Optional.empty(), null, !outputs.isEmpty());
        scope.vars.add(v);
        bindings.vars.put(s, v);
    }

    /** A VALUES list in FROM, which stays one: {@code (VALUES (1), (2))}. */
    static boolean valuesList(Query q) {
        return q.body() instanceof Values && q.with().isEmpty() && q.orderBy().isEmpty() && q.tail().isEmpty();
    }

    private void function(FunctionRef f, Scope scope) {
        for (FunctionItem item : f.functions()) {
            expr(item.call(), scope);
        }
        Optional<Query.Alias> alias = f.alias();
        List<String> aliasCols = alias.map(Query.Alias::columns).orElse(List.of());
        Expr call = f.functions().get(0).call();
        String fname = call instanceof Expr.FuncCall fc ? fc.name().get(fc.name().size() - 1) : "function";
        String ref = alias.map(Query.Alias::name).orElse(fname);
        List<String> cols;
        boolean known;
        List<String> printed;
        if (!f.columnDefs().isEmpty() || f.rowsFrom()) {
            // column definitions name the columns; ROWS FROM joins its functions' columns
            cols = new ArrayList<>();
            known = true;
            for (FunctionItem item : f.functions()) {
                Optional<List<String>> result = !item.columnDefs().isEmpty()
                    ? Optional.of(item.columnDefs().stream().map(Query.ColumnDef::name).toList())
                    : !f.columnDefs().isEmpty() ? Optional.of(f.columnDefs().stream().map(Query.ColumnDef::name)
                    .toList()) : item.call() instanceof Expr.FuncCall fc ? catalog.functionColumns(fc, ref)
                    : Optional.empty();
                known &= result.isPresent();
                result.ifPresent(cols::addAll);
            }
            for (int i = 0; i < aliasCols.size() && i < cols.size(); i++) {
                cols.set(i, aliasCols.get(i));
            }
            if (f.ordinality()) {
                cols.add(aliasCols.size() > cols.size() ? aliasCols.get(cols.size()) : "ordinality");
            }
            printed = cols;
        } else {
            // the server knows the function's result columns and prints them all after the alias
            Optional<List<String>> result = call instanceof Expr.FuncCall fc
                ? catalog.functionColumns(fc, alias.map(Query.Alias::name).orElse(fname)) : Optional.empty();
            if (result.isPresent()) {
                cols = new ArrayList<>(result.get());
                for (int i = 0; i < aliasCols.size() && i < cols.size(); i++) {
                    cols.set(i, aliasCols.get(i));
                }
                if (f.ordinality()) {
                    cols.add(aliasCols.size() > cols.size() ? aliasCols.get(cols.size()) : "ordinality");
                }
                known = true;
                printed = cols;
            } else {
                cols = aliasCols.isEmpty() ? List.of(ref) : aliasCols;
                known = !aliasCols.isEmpty();
                printed = aliasCols;
            }
        }
        RangeVar v = new RangeVar(ref, cols, aliasCols.size(), Map.of(), Optional.empty(), null, known);
        scope.vars.add(v);
        bindings.vars.put(f, v);
        bindings.functionColumns.put(f, printed);
    }

    /** A table, view, sequence or CTE named in FROM (or by {@code TABLE t}): registered in the scope. */
    private void relation(Object node, List<String> name, Optional<Query.Alias> alias, Scope scope, int at) {
        List<String> aliasCols = alias.map(Query.Alias::columns).orElse(List.of());
        if (name.size() == 1 && scope.ctes.containsKey(name.get(0))) {
            CteDef cte = scope.ctes.get(name.get(0));
            List<String> cols = new ArrayList<>(aliasCols);
            for (int i = cols.size(); i < cte.outputs.size(); i++) {
                cols.add(cte.outputs.get(i));
            }
            String ref = alias.map(Query.Alias::name).orElse(name.get(0));
            RangeVar v = new RangeVar(ref, cols, aliasCols.size(), Map.of(), Optional.empty(), null,
                !cte.outputs.isEmpty());
            scope.vars.add(v);
            bindings.vars.put(node, v);
            bindings.cteRefs.put(node, cte);
            return;
        }
        Optional<ObjectId> id = catalog.relation(name);
        if (id.isEmpty() && knowsEveryRelation(name)) {
            throw new Unresolved(source, at, "relation \"" + String.join(".", name) + "\" does not exist");
        }
        // a relation we do not know, unqualified: the system catalog's (pg_class, pg_stat_activity) or the first schema's
        QualifiedName q = id.map(ObjectId::qualifiedName).orElseGet(() -> name.size() > 1
            ? new QualifiedName(name.get(name.size() - 2), name.get(name.size() - 1))
            : new QualifiedName(name.get(0).startsWith("pg_") ? "pg_catalog" : firstSchema(), name.get(0)));
        Optional<QueryCatalog.Columns> columns = id.flatMap(catalog::columns);
        List<String> visible = new ArrayList<>(columns.map(QueryCatalog.Columns::names).orElse(List.of()));
        Map<String, DataType> visibleTypes = new LinkedHashMap<>();
        columns.ifPresent(c -> {
            for (String n : c.names()) {
                DataType t = c.types().get(n);
                if (t != null) {
                    visibleTypes.put(n, t);
                }
            }
        });
        for (int i = 0; i < aliasCols.size() && i < visible.size(); i++) {
            DataType t = visibleTypes.remove(visible.get(i));
            visible.set(i, aliasCols.get(i));
            if (t != null) {
                visibleTypes.put(aliasCols.get(i), t);
            }
        }
        String ref = alias.map(Query.Alias::name).orElse(q.name());
        RangeVar v = new RangeVar(ref, visible, aliasCols.size(), visibleTypes, id, q, columns.isPresent());
        scope.vars.add(v);
        bindings.vars.put(node, v);
    }

    /**
     * Whether the model holds every relation {@code name} could denote: nothing read could have made one it does
     * not hold, and the name is not the system's (pg_catalog's relations are all named pg_…; information_schema's
     * are named with it).
     */
    private boolean knowsEveryRelation(List<String> name) {
        if (!strict || catalog.mayHoldUnknownRelations()) {
            return false;
        }
        if (name.size() == 1) {
            return !name.get(0).startsWith("pg_") && !catalog.searchPath().contains("information_schema");
        }
        String schema = name.get(0);
        return name.size() == 2 && catalog.schemaExists(schema) && !schema.equals("pg_catalog")
            && !schema.equals("information_schema");
    }

    private String firstSchema() {
        for (String s : catalog.searchPath()) {
            if (!s.equals("$user") && catalog.schemaExists(s)) {
                return s;
            }
        }
        return "public";
    }

    // ================================================================== expressions

    private void window(Expr.Window w, Scope scope) {
        w.partitionBy().forEach(e -> expr(e, scope));
        w.orderBy().forEach(s -> expr(s.expr(), scope));
    }

    /** Binds every column reference in {@code e}, and every subquery in it, in the order they are printed. */
    private void expr(Expr e, Scope scope) {
        if (e instanceof Expr.ColumnRef r) {
            if (!r.star() || !r.names().isEmpty()) {
                bindings.columns.put(r, resolve(scope, r));
            }
        } else if (e instanceof Expr.SubLink s) {
            if (s.subquery() instanceof Query q) {
                query(q, scope, List.of());
            }
            s.test().ifPresent(t -> expr(t, scope));
        } else if (e instanceof Expr.Case c) {
            c.arg().ifPresent(a -> expr(a, scope));
            for (int i = 0; i < c.whens().size(); i++) {
                expr(c.whens().get(i), scope);
                expr(c.thens().get(i), scope);
            }
            c.otherwise().ifPresent(o -> expr(o, scope));
        } else if (e instanceof Expr.FuncCall f) {
            f.args().forEach(a -> expr(a, scope));
            f.orderBy().forEach(s -> expr(s.expr(), scope));
            f.filter().ifPresent(x -> expr(x, scope));
            f.over().ifPresent(w -> window(w, scope));
        } else {
            for (Expr child : Exprs.children(e)) {
                expr(child, scope);
            }
        }
    }

    private Optional<RangeVar> lookupVar(Scope scope, List<String> qualifier) {
        String ref = qualifier.get(qualifier.size() - 1);
        for (Scope s = scope; s != null; s = s.parent) {
            for (RangeVar v : s.vars) {
                if (v.refname.equals(ref)) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** A column reference: the range variable that has the column, innermost level first. */
    private Binding resolve(Scope scope, Expr.ColumnRef ref) {
        List<String> names = ref.names();
        if (ref.star()) {
            Optional<RangeVar> v = lookupVar(scope, names);
            if (v.isPresent()) {
                return new Binding.Row(v.get());
            }
            List<String> withStar = new ArrayList<>(names);
            withStar.add("*");
            return new Binding.AsWritten(withStar);
        }
        String col = names.get(names.size() - 1);
        if (names.size() == 1) {
            for (Scope s = scope; s != null; s = s.parent) {
                if (s.merged.containsKey(col)) {
                    return new Binding.Merged(s.merged.get(col));
                }
                for (RangeVar v : s.vars) {
                    if (v.columns.contains(col)) {
                        return new Binding.Column(v, col);
                    }
                }
            }
            // a whole-row reference to a range variable, or something we cannot see
            Optional<RangeVar> whole = lookupVar(scope, names);
            if (whole.isPresent()) {
                return new Binding.Row(whole.get());
            }
            if (!SYSTEM_COLUMNS.contains(col) && knowsEveryColumn(scope)) {
                throw noColumn(names);
            }
            return new Binding.AsWritten(names);
        }
        Optional<RangeVar> v = lookupVar(scope, names.subList(0, names.size() - 1));
        if (v.isPresent()) {
            if (names.size() == 2 && v.get().columnsKnown && !v.get().columns.contains(col)
                && !SYSTEM_COLUMNS.contains(col) && strict) {
                throw noColumn(names);
            }
            return new Binding.Column(v.get(), col);
        }
        return new Binding.AsWritten(names);
    }

    /** Whether every range variable in reach has its columns known (so a name none has is no column). */
    private boolean knowsEveryColumn(Scope scope) {
        if (!strict) {
            return false;
        }
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.outputsOnly || s.vars.stream().anyMatch(v -> !v.columnsKnown)) {
                return false;
            }
        }
        return true;
    }

    /** The error for a column no range variable has, at the first place the query names it. */
    private Unresolved noColumn(List<String> names) {
        String last = names.get(names.size() - 1);
        int at = all.get(0).start();
        for (Token t : all) {
            if (t.isName() && t.value().equals(last)) {
                at = t.start();
                break;
            }
        }
        // as the server words it: a qualified name unquoted
        return new Unresolved(source, at, "column " + (names.size() == 1 ? "\"" + last + "\""
            : String.join(".", names)) + " does not exist");
    }

    /** The output types of a subquery under the names its alias gives its columns. */
    static Map<String, DataType> renamedTypes(List<String> outputs, Map<String, DataType> types, List<String> cols) {
        Map<String, DataType> out = new HashMap<>();
        for (int i = 0; i < outputs.size() && i < cols.size(); i++) {
            DataType t = types.get(outputs.get(i));
            if (t != null) {
                out.put(cols.get(i), t);
            }
        }
        return out;
    }
}
