package io.schemadiff.parser.query;

import io.schemadiff.parser.expr.Expr;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analyzer decided about a query's nodes, for the deparser: each is keyed by the node itself (a query's
 * nodes are records, equal by value; two references {@code a} in two places may mean two columns).
 */
final class Bindings {
    /** Each column reference: what it denotes. */
    final Map<Expr.ColumnRef, Binding> columns = new IdentityHashMap<>();
    /** Each FROM item, {@code TABLE t} and VALUES body: the range variable it makes. */
    final Map<Object, RangeVar> vars = new IdentityHashMap<>();
    /** Each CTE: what its references see. */
    final Map<Query.Cte, CteDef> ctes = new IdentityHashMap<>();
    /** Each relation in FROM (or {@code TABLE t}) that names a CTE: that CTE. */
    final Map<Object, CteDef> cteRefs = new IdentityHashMap<>();
    /** Each SELECT and {@code TABLE t}: its outputs, and the expressions DISTINCT ON and GROUP BY stand for. */
    final Map<Object, SelectPlan> selects = new IdentityHashMap<>();
    /** Each query's ORDER BY, with output numbers and names replaced by what they stand for. */
    final Map<Query, List<Expr.Sort>> orders = new IdentityHashMap<>();
    /** Each function in FROM: the columns printed after its range variable (empty: the alias's). */
    final Map<Query.FunctionRef, List<String>> functionColumns = new IdentityHashMap<>();

    /**
     * One output column of a SELECT: its expression, its alias (or the column a {@code *} expanded to; null when
     * none), its name, the range variable whose relation a plain column comes from (null for anything else), or
     * an unexpanded {@code *} ({@code star}).
     */
    record Out(Expr expr, String alias, String name, RangeVar origin, boolean star) {}

    /**
     * A SELECT's outputs ({@code *} expanded where the columns are known: {@code known}), and its DISTINCT ON and
     * GROUP BY items with output numbers and names replaced.
     */
    record SelectPlan(List<Out> outputs, boolean known, List<Expr> distinctOn, List<Expr> groupBy) {}
}
