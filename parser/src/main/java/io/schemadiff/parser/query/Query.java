package io.schemadiff.parser.query;

import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.expr.Subquery;
import io.schemadiff.parser.lex.Token;
import java.util.List;
import java.util.Optional;

/**
 * A query as the server's grammar reads it (gram.y's {@code SelectStmt} family): {@code [WITH …] body [ORDER BY …]}
 * and the clauses after it, the body a SELECT, a set operation, VALUES, {@code TABLE t} or a query in parentheses.
 * Expressions are the expression parser's {@link Expr} trees, their subqueries {@link Query} trees. Every node
 * holds {@code at}, the source offset of its first token, where a message about it points.
 *
 * @param tail    what follows ORDER BY, in the order written: LIMIT, OFFSET, FETCH, FOR UPDATE …
 * @param tokens  the query's tokens, as written
 */
public record Query(Optional<With> with, Body body, List<Expr.Sort> orderBy, List<Tail> tail, List<Token> tokens,
                    int at) implements Subquery {
    public Query {
        orderBy = List.copyOf(orderBy);
        tail = List.copyOf(tail);
    }

    /** {@code WITH [RECURSIVE] cte, …}. */
    public record With(boolean recursive, List<Cte> ctes, int at) {
        public With {
            ctes = List.copyOf(ctes);
        }
    }

    /**
     * {@code name [(columns)] AS [[NOT] MATERIALIZED] (query) [SEARCH …] [CYCLE …]}.
     *
     * @param materialized  {@code MATERIALIZED} (true), {@code NOT MATERIALIZED} (false), or neither
     * @param searchCycle   the SEARCH and CYCLE clauses as canonical tokens, empty when there are none
     */
    public record Cte(String name, List<String> columns, Optional<Boolean> materialized, Query query,
                      String searchCycle, int at) {
        public Cte {
            columns = List.copyOf(columns);
        }
    }

    /** What a query selects from: one of the forms below. */
    public sealed interface Body permits Select, SetOperation, Values, TableStmt, Nested {
        int at();
    }

    /**
     * {@code SELECT [ALL | DISTINCT [ON (…)]] targets [FROM …] [WHERE …] [GROUP BY …] [HAVING …] [WINDOW …]}.
     */
    public record Select(boolean distinct, List<Expr> distinctOn, List<Target> targets, List<FromItem> from,
                         Optional<Expr> where, Optional<GroupBy> groupBy, Optional<Expr> having,
                         List<WindowDef> windows, int at) implements Body {
        public Select {
            distinctOn = List.copyOf(distinctOn);
            targets = List.copyOf(targets);
            from = List.copyOf(from);
            windows = List.copyOf(windows);
        }
    }

    /** {@code left UNION | INTERSECT | EXCEPT [ALL | DISTINCT] right}; {@code op} in capitals. */
    public record SetOperation(String op, boolean all, Body left, Body right, int at) implements Body {}

    /** {@code VALUES (…), (…)}. */
    public record Values(List<List<Expr>> rows, int at) implements Body {
        public Values {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** {@code TABLE [ONLY] name [*]}. */
    public record TableStmt(List<String> name, boolean only, int at) implements Body {
        public TableStmt {
            name = List.copyOf(name);
        }
    }

    /** A query in parentheses standing as a body (a branch of a set operation, or the whole). */
    public record Nested(Query query, int at) implements Body {}

    /** An output column: {@code expr [[AS] name]}, or {@code *} (a {@link Expr.ColumnRef} with no names). */
    public record Target(Expr expr, Optional<String> alias, int at) {}

    /** {@code GROUP BY [ALL | DISTINCT] items}; {@code text}: the items as canonical tokens. */
    public record GroupBy(boolean distinct, List<Grouping> items, String text, int at) {
        public GroupBy {
            items = List.copyOf(items);
        }
    }

    /** One item of GROUP BY. */
    public sealed interface Grouping permits Grouping.Plain, Grouping.Empty, Grouping.Rollup, Grouping.Cube,
        Grouping.Sets {

        /** An expression. */
        record Plain(Expr expr) implements Grouping {}

        /** {@code ()}. */
        record Empty() implements Grouping {}

        /** {@code ROLLUP (…)}: each item an expression or a row of them. */
        record Rollup(List<Expr> items) implements Grouping {
            public Rollup {
                items = List.copyOf(items);
            }
        }

        /** {@code CUBE (…)}. */
        record Cube(List<Expr> items) implements Grouping {
            public Cube {
                items = List.copyOf(items);
            }
        }

        /** {@code GROUPING SETS (…)}. */
        record Sets(List<Grouping> items) implements Grouping {
            public Sets {
                items = List.copyOf(items);
            }
        }
    }

    /** {@code WINDOW name AS (spec)}. */
    public record WindowDef(String name, Expr.Window spec, int at) {}

    /** What follows ORDER BY. */
    public sealed interface Tail permits Limit, Offset, Fetch, Locking {
        int at();
    }

    /** {@code LIMIT count}, or {@code LIMIT ALL} (no count). */
    public record Limit(Optional<Expr> count, int at) implements Tail {}

    /** {@code OFFSET n [ROW | ROWS]}. */
    public record Offset(Expr count, int at) implements Tail {}

    /** {@code FETCH FIRST | NEXT [n] ROW | ROWS ONLY | WITH TIES}. */
    public record Fetch(Expr count, boolean withTies, int at) implements Tail {}

    /**
     * {@code FOR UPDATE | NO KEY UPDATE | SHARE | KEY SHARE [OF names] [NOWAIT | SKIP LOCKED]}, one or more, or
     * {@code FOR READ ONLY}; {@code text}: the clause and what follows it at this level, as canonical tokens.
     */
    public record Locking(List<String> strengths, String text, int at) implements Tail {
        public Locking {
            strengths = List.copyOf(strengths);
        }
    }

    /** An item of FROM. */
    public sealed interface FromItem permits RelationRef, SubqueryRef, FunctionRef, JoinRef {
        int at();
    }

    /**
     * A table, view, sequence or CTE named in FROM: {@code [ONLY] name [*] [alias] [TABLESAMPLE …]}; {@code at} is
     * the name's place.
     */
    public record RelationRef(List<String> name, boolean only, Optional<Alias> alias, Optional<TableSample> sample,
                              int at) implements FromItem {
        public RelationRef {
            name = List.copyOf(name);
        }
    }

    /** {@code TABLESAMPLE method (arguments) [REPEATABLE (seed)]}. */
    public record TableSample(List<String> method, List<Expr> arguments, Optional<Expr> repeatable, int at) {
        public TableSample {
            method = List.copyOf(method);
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code [LATERAL] (query) [alias]}. */
    public record SubqueryRef(boolean lateral, Query query, Optional<Alias> alias, int at) implements FromItem {}

    /**
     * {@code [LATERAL] function(…) [WITH ORDINALITY] [alias]}, or {@code ROWS FROM (…)} ({@code rowsFrom}: each of
     * {@code functions} with its own column definitions), with column definitions after the alias when the
     * function returns records ({@code AS x(a int, b text)}).
     */
    public record FunctionRef(boolean lateral, List<FunctionItem> functions, boolean rowsFrom, boolean ordinality,
                              Optional<Alias> alias, List<ColumnDef> columnDefs, int at) implements FromItem {
        public FunctionRef {
            functions = List.copyOf(functions);
            columnDefs = List.copyOf(columnDefs);
        }
    }

    /** One function of {@link FunctionRef}: the call and, in ROWS FROM, its column definitions. */
    public record FunctionItem(Expr call, List<ColumnDef> columnDefs) {
        public FunctionItem {
            columnDefs = List.copyOf(columnDefs);
        }
    }

    /** {@code name type} in a column definition list; the type as written. */
    public record ColumnDef(String name, RawType type, int at) {}

    /**
     * {@code left [NATURAL] type right [ON … | USING (…) [AS alias]]} and, written in parentheses, its alias.
     *
     * @param type  {@code JOIN}, {@code LEFT JOIN}, {@code RIGHT JOIN}, {@code FULL JOIN} or {@code CROSS JOIN}
     */
    public record JoinRef(String type, boolean natural, FromItem left, FromItem right, Optional<Expr> on,
                          List<String> using, Optional<String> usingAlias, Optional<Alias> alias, int at)
        implements FromItem {
        public JoinRef {
            using = List.copyOf(using);
        }
    }

    /** {@code [AS] name [(columns)]}. */
    public record Alias(String name, List<String> columns, int at) {
        public Alias {
            columns = List.copyOf(columns);
        }
    }
}
