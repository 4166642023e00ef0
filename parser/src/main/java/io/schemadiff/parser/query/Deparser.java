package io.schemadiff.parser.query;

import io.schemadiff.model.DataType;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.View;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.expr.Subquery;
import io.schemadiff.parser.query.Bindings.Out;
import io.schemadiff.parser.query.Bindings.SelectPlan;
import io.schemadiff.parser.query.Query.Body;
import io.schemadiff.parser.query.Query.Cte;
import io.schemadiff.parser.query.Query.FromItem;
import io.schemadiff.parser.query.Query.FunctionRef;
import io.schemadiff.parser.query.Query.Grouping;
import io.schemadiff.parser.query.Query.JoinRef;
import io.schemadiff.parser.query.Query.Nested;
import io.schemadiff.parser.query.Query.RelationRef;
import io.schemadiff.parser.query.Query.Select;
import io.schemadiff.parser.query.Query.SetOperation;
import io.schemadiff.parser.query.Query.SubqueryRef;
import io.schemadiff.parser.query.Query.TableStmt;
import io.schemadiff.parser.query.Query.Values;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a bound query in canonical form, the way a view's definition must be compared: the server stores a view
 * as a parsed query and pg_dump prints it back deparsed (every column qualified by its range variable, {@code *}
 * expanded, every output named, joins parenthesized, implicit casts shown); printing the author's query and
 * pg_dump's alike makes them compare equal. Range variables are named {@code r1}, {@code r2}, … in the order they
 * are printed, and what the query uses is recorded as it is printed.
 */
final class Deparser {
    private final Bindings b;
    private final Source source;
    private final Set<ObjectId> refs;
    private final Canonicalizer canon;
    private int rangeVars;
    /** The first form met that has no canonical form yet: the query is then compared as written. */
    private NotCanonical unsupported;

    /** The canonical text and output columns of a query, with the types of those that are known. */
    record Result(String canonical, List<View.Output> outputs, Map<String, DataType> types) {}

    private record BodyOut(List<View.Output> outputs, Map<String, DataType> types) {}

    private Deparser(Bindings b, ExprNames names, Source source, Set<ObjectId> refs) {
        this.b = b;
        this.source = source;
        this.refs = refs;
        this.canon = new Canonicalizer(new Context(names));
    }

    /**
     * The query's canonical form; {@code names}: the view's column list. Throws {@link NotCanonical} (once all of
     * it is printed, so that everything it uses is recorded) when a part of it has no canonical form yet.
     */
    static Result deparse(Query q, List<String> names, Bindings b, ExprNames exprNames, Source source,
                          Set<ObjectId> refs) {
        Deparser d = new Deparser(b, exprNames, source, refs);
        Result r = d.query(q, names);
        if (d.unsupported != null) {
            throw d.unsupported;
        }
        return r;
    }

    private void unsupported(String form, int at) {
        if (unsupported == null) {
            unsupported = new NotCanonical(source, at, form);
        }
    }

    // ================================================================== query = [WITH] set-expression [ORDER BY …]

    private Result query(Query q, List<String> names) {
        StringBuilder sb = new StringBuilder();
        if (q.with().isPresent()) {
            sb.append(q.with().get().recursive() ? "WITH RECURSIVE " : "WITH ");
            boolean first = true;
            for (Cte cte : q.with().get().ctes()) {
                Result r = query(cte.query(), List.of());
                b.ctes.get(cte).types = r.types();
                sb.append(first ? "" : ", ").append(Identifiers.quote(cte.name()));
                if (!cte.columns().isEmpty()) {
                    sb.append('(').append(joinNames(cte.columns())).append(')');
                }
                sb.append(" AS ").append(cte.materialized().map(m -> m ? "MATERIALIZED " : "NOT MATERIALIZED ")
                    .orElse("")).append('(').append(r.canonical()).append(')');
                if (!cte.searchCycle().isEmpty()) {
                    sb.append(' ').append(cte.searchCycle());
                }
                first = false;
            }
            sb.append(' ');
        }
        BodyOut body = body(q.body(), names, true, sb);
        List<Expr.Sort> order = b.orders.get(q);
        if (order != null) {
            sb.append(" ORDER BY ");
            canon.sorts(order, sb);
        }
        for (Query.Tail t : q.tail()) {
            if (t instanceof Query.Limit l) {
                sb.append(" LIMIT ").append(l.count().map(canon::canonical).orElse("ALL"));
            } else if (t instanceof Query.Offset o) {
                sb.append(" OFFSET ").append(canon.canonical(o.count()));
            } else if (t instanceof Query.Fetch f) {
                sb.append(f.withTies() ? " FETCH FIRST " : " LIMIT ").append(canon.canonical(f.count()))
                    .append(f.withTies() ? " ROWS WITH TIES" : "");
            } else {
                // FOR UPDATE …: as written, with what follows it
                sb.append(' ').append(((Query.Locking) t).text());
                break;
            }
        }
        return new Result(sb.toString(), body.outputs(), body.types());
    }

    /**
     * Branches after the first are printed without output names: only the first branch's names (or the view's
     * column list) name the result, which is what the server stores. A chain of set operations is written into one
     * text (joining branch by branch would copy it once per branch).
     */
    private BodyOut body(Body body, List<String> names, boolean first, StringBuilder sb) {
        if (body instanceof SetOperation so) {
            BodyOut left = body(so.left(), names, first, sb);
            sb.append(' ').append(so.op()).append(so.all() ? " ALL " : " ");
            body(so.right(), List.of(), false, sb);
            return left;
        }
        if (body instanceof Nested n) {
            Result r = query(n.query(), first ? names : List.of());
            sb.append('(').append(r.canonical()).append(')');
            return new BodyOut(r.outputs(), r.types());
        }
        if (body instanceof Values v) {
            // the server reads a VALUES list as a query over it: SELECT "*VALUES*".column1, … FROM (VALUES …)
            String values = values(v);
            String rv = declare(b.vars.get(v));
            sb.append("SELECT ");
            List<View.Output> outs = new ArrayList<>();
            for (int i = 0; i < v.rows().get(0).size(); i++) {
                String col = rv + ".column" + (i + 1);
                String name = i < names.size() ? names.get(i) : "column" + (i + 1);
                sb.append(i > 0 ? ", " : "").append(col);
                if (first) {
                    sb.append(" AS ").append(Identifiers.quote(name));
                }
                outs.add(new View.Output(name, col));
            }
            sb.append(" FROM (").append(values).append(") ").append(rv);
            return new BodyOut(outs, Map.of());
        }
        if (body instanceof TableStmt t) {
            String from = relation(t, t.name(), false, List.of(), t.at());
            return select(b.selects.get(t), "SELECT ", from, Optional.empty(), "", Optional.empty(), "", first, sb);
        }
        return select((Select) body, first, sb);
    }

    /**
     * {@code VALUES (…), …}. Its first row is printed twice, as the canonicalizer before this one did (for the
     * outputs, whose text is not kept): the numbers of the range variables after it stay as they were.
     */
    private String values(Values v) {
        StringBuilder sb = new StringBuilder("VALUES ");
        boolean first = true;
        for (List<Expr> row : v.rows()) {
            sb.append(first ? "(" : ", (");
            for (int i = 0; i < row.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(canon.canonical(row.get(i)));
            }
            sb.append(')');
            first = false;
        }
        for (Expr e : v.rows().get(0)) {
            canon.canonical(e);
        }
        return sb.toString();
    }

    // ================================================================== SELECT

    /** In the order the server's deparser needs them named: FROM, WINDOW, GROUP BY, DISTINCT ON, then the rest. */
    private BodyOut select(Select s, boolean first, StringBuilder sb) {
        SelectPlan plan = b.selects.get(s);
        StringBuilder from = new StringBuilder();
        for (FromItem item : s.from()) {
            if (from.length() > 0) {
                from.append(", ");
            }
            fromItem(item, from);
        }
        StringBuilder window = new StringBuilder();
        for (Query.WindowDef w : s.windows()) {
            window.append(window.length() == 0 ? " WINDOW " : ", ").append(Identifiers.quote(w.name())).append(" AS (");
            canon.window(w.spec(), window);
            window.append(')');
        }
        String group = s.groupBy().map(g -> groupBy(g, plan)).orElse("");
        StringBuilder head = new StringBuilder("SELECT ");
        if (s.distinct()) {
            head.append("DISTINCT ");
            if (!plan.distinctOn().isEmpty()) {
                head.append("ON (");
                for (int i = 0; i < plan.distinctOn().size(); i++) {
                    head.append(i > 0 ? ", " : "").append(canon.canonical(plan.distinctOn().get(i)));
                }
                head.append(") ");
            }
        }
        return select(plan, head.toString(), from.toString(), s.where(), group.isEmpty() ? "" : " GROUP BY " + group,
            s.having(), window.toString(), first, sb);
    }

    /**
     * GROUP BY: each item, an output number or name as the expression it stands for. One that starts with
     * ROLLUP, CUBE, GROUPING SETS or {@code ()} is kept as written, all of it; after a plain item, ROLLUP and
     * CUBE read as function calls.
     */
    private String groupBy(Query.GroupBy g, SelectPlan plan) {
        if (!(g.items().get(0) instanceof Grouping.Plain)) {
            return g.text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.items().size(); i++) {
            Expr e = plan.groupBy().get(i);
            if (e == null) {
                unsupported("GROUPING SETS or () after another item of GROUP BY", g.at());
                continue;
            }
            sb.append(i > 0 ? ", " : "").append(canon.canonical(e));
        }
        return sb.toString();
    }

    /** A SELECT once its FROM is printed (the outputs refer to it). */
    private BodyOut select(SelectPlan plan, String head, String from, Optional<Expr> where, String group,
                           Optional<Expr> having, String window, boolean first, StringBuilder sb) {
        sb.append(head);
        List<View.Output> outputs = new ArrayList<>();
        Map<String, DataType> types = new HashMap<>();
        for (int i = 0; i < plan.outputs().size(); i++) {
            Out o = plan.outputs().get(i);
            sb.append(i > 0 ? ", " : "");
            if (o.star()) {
                List<String> names = ((Expr.ColumnRef) o.expr()).names();
                sb.append(names.isEmpty() ? "*" : joinNames(names) + ".*");
                continue;
            }
            String e = first ? canon.canonical(o.expr()) : canon.canonical(o.expr(), Canonicalizer.ANY_TYPE);
            sb.append(e);
            if (first) {
                sb.append(" AS ").append(Identifiers.quote(o.name()));
            }
            Optional<DataType> ty = typeOf(o.expr());
            ty.ifPresent(x -> types.put(o.name(), x));
            // what CREATE OR REPLACE must keep: the expression, its type and where a plain column comes from
            String origin = o.origin() == null || o.origin().relation == null ? ""
                : " @ " + o.origin().relation.qualifiedName();
            outputs.add(new View.Output(o.name(), e + ty.map(x -> " :: " + x.sql()).orElse("") + origin));
        }
        if (!from.isEmpty()) {
            sb.append(" FROM ").append(from);
        }
        where.ifPresent(w -> sb.append(" WHERE ").append(canon.canonical(w)));
        sb.append(group);
        having.ifPresent(h -> sb.append(" HAVING ").append(canon.canonical(h)));
        sb.append(window);
        return new BodyOut(plan.known() ? outputs : List.of(), types);
    }

    /** The type of an output when it is a column or a cast: what a query over this one sees. */
    private Optional<DataType> typeOf(Expr e) {
        if (e instanceof Expr.ColumnRef r && !r.star()) {
            return canon.context().column(r).type();
        }
        if (e instanceof Expr.TypeCast tc) {
            return Optional.of(canon.context().type(tc.type()));
        }
        if (e instanceof Expr.Const k) {
            // as the server types a constant in a select list (an unknown literal there is text)
            return k.kind() == Expr.Const.Kind.STRING ? Optional.of(DataType.builtin("text"))
                : k.kind() == Expr.Const.Kind.NULL ? Optional.empty() : Canonicalizer.naturalType(k);
        }
        if (e instanceof Expr.FuncCall f && f.name().size() == 1 && f.args().isEmpty()) {
            String t = switch (f.name().get(0)) {
                case "now", "current_timestamp", "transaction_timestamp", "statement_timestamp", "clock_timestamp"
                    -> "timestamp with time zone";
                case "current_date" -> "date";
                case "localtimestamp" -> "timestamp without time zone";
                case "gen_random_uuid" -> "uuid";
                case "current_user", "session_user", "current_role", "user", "current_schema", "current_database"
                    -> "name";
                default -> null;
            };
            return Optional.ofNullable(t).map(DataType::builtin);
        }
        return Optional.empty();
    }

    // ================================================================== FROM

    /**
     * A FROM item; a join in parentheses: {@code ((a JOIN b ON …) JOIN c ON …)}, written into {@code sb} (wrapping
     * the text so far at each join would copy it once per join).
     */
    private void fromItem(FromItem item, StringBuilder sb) {
        if (item instanceof JoinRef j) {
            sb.append('(');
            fromItem(j.left(), sb);
            sb.append(' ').append(j.natural() ? "NATURAL " : "").append(j.type()).append(' ');
            fromItem(j.right(), sb);
            j.on().ifPresent(e -> sb.append(" ON ").append(canon.canonical(e)));
            if (!j.using().isEmpty()) {
                sb.append(" USING (").append(joinNames(j.using())).append(')');
                j.usingAlias().ifPresent(a -> sb.append(" AS ").append(Identifiers.quote(a)));
            }
            sb.append(')');
            j.alias().ifPresent(a -> sb.append(' ').append(Identifiers.quote(a.name())).append(colsText(a.columns())));
        } else if (item instanceof RelationRef r) {
            sb.append(relation(r, r.name(), r.only(), r.alias().map(Query.Alias::columns).orElse(List.of()), r.at()));
            r.sample().ifPresent(s -> unsupported("TABLESAMPLE", s.at()));
        } else if (item instanceof SubqueryRef s) {
            subquery(s, sb);
        } else {
            function((FunctionRef) item, sb);
        }
    }

    private void subquery(SubqueryRef s, StringBuilder sb) {
        Query q = s.query();
        Result r;
        if (Analyzer.valuesList(q)) {
            // a VALUES list in FROM stays one
            Values v = (Values) q.body();
            List<String> outputs = new ArrayList<>();
            for (int i = 0; i < v.rows().get(0).size(); i++) {
                outputs.add("column" + (i + 1));
            }
            r = new Result(values(v), outputs.stream().map(n -> new View.Output(n, "")).toList(), Map.of());
        } else {
            r = query(q, List.of());
        }
        RangeVar v = b.vars.get(s);
        setTypes(v, r.outputs().stream().map(View.Output::name).toList(), r.types());
        sb.append(s.lateral() ? "LATERAL " : "").append('(').append(r.canonical()).append(") ").append(declare(v))
            .append(colsText(s.alias().map(Query.Alias::columns).orElse(List.of())));
    }

    private void function(FunctionRef f, StringBuilder sb) {
        if (f.rowsFrom()) {
            unsupported("ROWS FROM", f.at());
        } else if (!f.columnDefs().isEmpty()) {
            unsupported("a column definition list", f.at());
        }
        StringBuilder calls = new StringBuilder();
        for (Query.FunctionItem item : f.functions()) {
            calls.append(calls.length() > 0 ? ", " : "").append(canon.canonical(item.call()));
        }
        // a function in FROM sees the items before it whether LATERAL is written or not (the server marks it
        // LATERAL when it refers to them, and pg_dump prints it then): not part of the canonical form
        sb.append(calls).append(f.ordinality() ? " WITH ORDINALITY" : "").append(' ').append(declare(b.vars.get(f)))
            .append(colsText(b.functionColumns.get(f)));
    }

    /** A table, view, sequence or CTE named in FROM (or by {@code TABLE t}): printed qualified. */
    private String relation(Object node, List<String> name, boolean only, List<String> aliasCols, int at) {
        RangeVar v = b.vars.get(node);
        CteDef cte = b.cteRefs.get(node);
        if (cte != null) {
            setTypes(v, cte.outputs, cte.types);
            return Identifiers.quote(name.get(0)) + " " + declare(v) + colsText(aliasCols);
        }
        if (v.relation != null) {
            refs.add(v.relation);
        }
        return (only ? "ONLY " : "") + v.printed.sql() + " " + declare(v) + colsText(aliasCols);
    }

    /** The types of a subquery's or CTE's outputs, under the names its alias gives its columns. */
    private static void setTypes(RangeVar v, List<String> outputs, Map<String, DataType> types) {
        v.types.clear();
        v.types.putAll(Analyzer.renamedTypes(outputs, types, v.columns));
    }

    /** Names a range variable as it is printed: {@code rN}, N counting those printed before. */
    private String declare(RangeVar v) {
        v.name = "r" + (++rangeVars);
        return v.name;
    }

    // ================================================================== expressions

    /** Column references as the analyzer bound them; what a query uses recorded as it is printed. */
    private final class Context implements Canonicalizer.Context {
        private final ExprNames names;

        Context(ExprNames names) {
            this.names = names;
        }

        @Override
        public DataType domainBase(DataType t) {
            return names.domainBase(t);
        }

        @Override
        public DataType type(RawType t) {
            return names.type(t);
        }

        @Override
        public QualifiedName relation(String literal) {
            return names.relation(literal);
        }

        @Override
        public List<String> function(List<String> n) {
            return names.function(n);
        }

        @Override
        public QualifiedName collation(List<String> n) {
            return names.collation(n);
        }

        @Override
        public Optional<DataType> columnType(String column) {
            return Optional.empty();
        }

        @Override
        public Optional<String> tableName() {
            return Optional.empty();
        }

        @Override
        public void usesFunction(List<String> name) {
            names.usesFunction(name);
        }

        @Override
        public void usesOperator(String symbol) {
            names.usesOperator(symbol);
        }

        @Override
        public Canonicalizer.ResolvedColumn column(List<String> n) {
            return new Canonicalizer.ResolvedColumn(n, Optional.empty());
        }

        @Override
        public Canonicalizer.ResolvedColumn column(Expr.ColumnRef ref) {
            Binding binding = b.columns.get(ref);
            if (binding instanceof Binding.Column c) {
                use(c.var(), c.column());
                return new Canonicalizer.ResolvedColumn(List.of(name(c.var()), c.column()),
                    Optional.ofNullable(c.var().types.get(c.column())));
            }
            if (binding instanceof Binding.Merged m) {
                return new Canonicalizer.ResolvedColumn(List.of(merged(m.side())), Optional.empty(), true);
            }
            if (binding instanceof Binding.Row r) {
                return new Canonicalizer.ResolvedColumn(List.of(name(r.var()), "*"), Optional.empty());
            }
            if (binding instanceof Binding.AsWritten w) {
                return new Canonicalizer.ResolvedColumn(w.names(), Optional.empty());
            }
            return Canonicalizer.Context.super.column(ref);
        }

        @Override
        public String query(Subquery q) {
            return q instanceof Query query ? Deparser.this.query(query, List.of()).canonical()
                : Canonicalizer.Context.super.query(q);
        }
    }

    private static String name(RangeVar v) {
        if (v.name == null) {
            throw new IllegalStateException("range variable " + v.refname + " referred to before it is printed");
        }
        return v.name;
    }

    private static String merged(Binding.Side side) {
        if (side instanceof Binding.Column c) {
            return name(c.var()) + "." + Identifiers.quote(c.column());
        }
        Binding.Coalesce co = (Binding.Coalesce) side;
        return "COALESCE(" + merged(co.left()) + ", " + merged(co.right()) + ")";
    }

    private void use(RangeVar v, String col) {
        if (v.relation != null && v.relation.kind() == ObjectKind.TABLE) {
            refs.add(ObjectId.column(v.relation.qualifiedName(), col));
        }
    }

    // ================================================================== small things

    private static String colsText(List<String> cols) {
        return cols.isEmpty() ? "" : "(" + joinNames(cols) + ")";
    }

    private static String joinNames(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(sb.length() > 0 ? ", " : "").append(Identifiers.quote(n));
        }
        return sb.toString();
    }
}
