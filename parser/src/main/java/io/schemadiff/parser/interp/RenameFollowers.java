package io.schemadiff.parser.interp;

import io.schemadiff.model.Aggregate;
import io.schemadiff.model.Cast;
import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.EventTrigger;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Function;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Operator;
import io.schemadiff.model.Policy;
import io.schemadiff.model.Publication;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Statistics;
import io.schemadiff.model.Table;
import io.schemadiff.model.Trigger;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * What follows a rename besides the renamed object: the server binds by identity, so what refers to a renamed
 * column, relation, function or type shows its new name afterwards (and pg_dump prints it so). The interpreter
 * renames the object itself; this class brings along what the rest of it does not.
 */
final class RenameFollowers {
    private final WorkingCatalog cat;

    RenameFollowers(WorkingCatalog cat) {
        this.cat = cat;
    }

    /**
     * After column {@code from} of {@code table} became {@code to}: its partition key, policies, triggers and
     * publications.
     */
    void columnRenamed(QualifiedName table, String from, String to) {
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            if (o instanceof TableState t && t.name.equals(table)) {
                t.partitionBy = bareColumn(t.partitionBy, from, to);
            } else if (o instanceof Policy p && p.table().equals(table)) {
                cat.put(e.getKey(), new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(),
                    bareColumn(p.using(), from, to), bareColumn(p.withCheck(), from, to), p.comment()));
            } else if (o instanceof Trigger t && t.table().equals(table)) {
                List<String> events = new ArrayList<>();
                for (String ev : t.events()) {
                    events.add(ev.startsWith("UPDATE OF ") ? "UPDATE OF " + String.join(", ",
                        renamedInList(ev.substring("UPDATE OF ".length()), from, to)) : ev);
                }
                cat.put(e.getKey(), new Trigger(t.table(), t.name(), t.timing(), events, t.forEachRow(),
                    bareColumn(t.when(), from, to), t.function(), t.arguments(), t.referencing(), t.constraint(),
                    t.deferrability(), t.fromTable(), t.enabled(), t.comment()));
            } else if (o instanceof Publication p) {
                cat.put(e.getKey(), publication(p, s -> publishedColumn(s, table, from, to)));
            }
        }
    }

    /** {@code public.t (a, b) WHERE (…)}: the column in the list and the condition. */
    private static String publishedColumn(String entry, QualifiedName table, String from, String to) {
        String head = table.sql();
        if (!entry.equals(head) && !entry.startsWith(head + " ")) {
            return entry;
        }
        String rest = entry.substring(head.length());
        String list = "";
        if (rest.startsWith(" (")) {
            int close = rest.indexOf(')');
            list = " (" + String.join(", ", renamedInList(rest.substring(2, close), from, to)) + ")";
            rest = rest.substring(close + 1);
        }
        if (rest.startsWith(" WHERE ")) {
            String cond = rest.substring(" WHERE ".length());
            String renamed = NameRewrites.bareColumn(cond, from, to);
            rest = " WHERE " + (renamed == null ? cond : renamed);
        }
        return head + list + rest;
    }

    private static List<String> renamedInList(String list, String from, String to) {
        List<String> out = new ArrayList<>();
        for (String c : list.split(",")) {
            String name = c.strip();
            out.add(name.equals(Identifiers.quote(from))
                ? Identifiers.quote(to) : name);
        }
        return out;
    }

    private static Optional<Expression> bareColumn(Optional<Expression> e, String from, String to) {
        return e.map(x -> NameRewrites.rewritten(x, NameRewrites.bareColumn(x.canonical(), from, to)));
    }

    private static Publication publication(Publication p, UnaryOperator<String> entry) {
        List<String> tables = new ArrayList<>();
        for (String t : p.tables()) {
            tables.add(entry.apply(t));
        }
        if (tables.equals(p.tables())) {
            return p;
        }
        tables.sort(null);
        return new Publication(p.name(), p.allTables(), tables, p.schemas(), p.options(), p.comment());
    }

    /**
     * After a table, view or materialized view {@code old} became {@code now} (renamed or moved): its policies,
     * extended statistics, the indexes of a materialized view, and the publications that name it.
     */
    void relationRenamed(ObjectId old, ObjectId now) {
        QualifiedName from = old.qualifiedName();
        QualifiedName to = now.qualifiedName();
        Map<ObjectId, Object> rekeyed = new LinkedHashMap<>();
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            if (o instanceof Policy p && p.table().equals(from)) {
                Policy moved = p.withTable(to);
                rekeyed.put(e.getKey(), moved);
            } else if (o instanceof Statistics st && st.table().equals(from)) {
                cat.put(e.getKey(), new Statistics(st.name(), to, st.kinds(), st.columns(), st.expressions(),
                    st.target(),
                    st.comment()));
            } else if (o instanceof Index i && i.table().equals(from)) {
                cat.put(e.getKey(), new Index(i.name(), to, i.unique(), i.method(), i.keys(), i.include(), i.where(),
                    i.nullsNotDistinct(), i.parameters(), i.comment(), i.statistics()));
            } else if (o instanceof Publication p) {
                cat.put(e.getKey(), publication(p, s -> {
                    String r = NameRewrites.relation(s, from, to);
                    return r == null ? s : r;
                }));
            } else if (o instanceof TableState t) {
                // partitions and inheritance children name their parents, parents their children
                if (t.partitionOf.isPresent() && t.partitionOf.get().parent().equals(from)) {
                    t.partitionOf = Optional.of(new Table.PartitionOf(to,
                        t.partitionOf.get().bound()));
                }
                if (t.inherits.contains(from)) {
                    List<QualifiedName> parents = new ArrayList<>(t.inherits);
                    parents.replaceAll(q -> q.equals(from) ? to : q);
                    t.inherits = List.copyOf(parents);
                }
                if (t.children.remove(from)) {
                    t.children.add(to);
                }
            }
        }
        rekey(rekeyed);
    }

    /** Objects whose identity changed: replaced in place (definition order kept), with their references. */
    private void rekey(Map<ObjectId, Object> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<ObjectId, ObjectId> ids = new LinkedHashMap<>();
        changed.forEach((old, o) -> ids.put(old, ((SchemaObject) o).id()));
        cat.rebuild(k -> ids.getOrDefault(k, k), (k, v) -> ids.containsKey(k) ? changed.get(k) : v);
        ids.forEach((old, now) -> {
            if (!old.equals(now)) {
                cat.moveRefs(old, now);
                cat.acls().moved(old, now);
                cat.remapEverywhere(old, now);
            }
        });
    }

    /**
     * After function (or aggregate) {@code old} became {@code now}: the expressions that call it, the triggers,
     * event triggers, operators, casts and aggregates that name it.
     */
    void functionRenamed(ObjectId old, ObjectId now) {
        QualifiedName from = old.qualifiedName();
        QualifiedName to = now.qualifiedName();
        boolean noArguments = old.member().equals("()");
        UnaryOperator<String> calls = s -> {
            String r = NameRewrites.function(s, from, to);
            return r == null ? s : r;
        };
        rewriteExpressions(old, calls);
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            Set<ObjectId> refs = cat.refs(e.getKey());
            if (!refs.contains(old)) {
                continue;
            }
            if (o instanceof Trigger t && noArguments && t.function().equals(from)) {
                cat.put(e.getKey(), new Trigger(t.table(), t.name(), t.timing(), t.events(), t.forEachRow(), t.when(),
                    to,
                    t.arguments(), t.referencing(), t.constraint(), t.deferrability(), t.fromTable(), t.enabled(),
                    t.comment()));
            } else if (o instanceof EventTrigger t && noArguments && t.function().equals(from)) {
                cat.put(e.getKey(), new EventTrigger(t.name(), t.event(), t.tags(), to, t.enabled(), t.comment()));
            } else if (o instanceof Operator op) {
                UnaryOperator<String> named = s -> s.equals(from.sql()) || s.equals(from.toString()) ? to.sql() : s;
                cat.put(e.getKey(), new Operator(op.name(), op.left(), op.right(), named.apply(op.function()),
                    op.commutator(), op.negator(), op.restrict().map(named), op.join().map(named), op.hashes(),
                    op.merges(), op.comment()));
            } else if (o instanceof Cast c && c.function().isPresent()) {
                cat.put(e.getKey(), new Cast(c.source(), c.target(), c.method(),
                    c.function().map(f -> f.equals(from.sql()
                    + old.member()) ? to.sql() + now.member() : f), c.context(), c.comment()));
            } else if (o instanceof Aggregate a) {
                Map<String, String> options = new LinkedHashMap<>(a.options());
                options.replaceAll((k, v) -> k.endsWith("FUNC") && (v.equals(from.sql()) || v.equals(from.toString()))
                    ? to.sql() : v);
                cat.put(e.getKey(), new Aggregate(a.name(), a.arguments(), a.orderedSet(), a.star(), options,
                    a.returns(),
                    a.comment()));
            }
        }
    }

    /**
     * Rewrites the canonical text of every expression that depends on {@code dependency} (column defaults and
     * generation expressions, checks, index keys and predicates, views, policies, domains, argument defaults,
     * trigger conditions, extended statistics). What changes is printed as its canonical text from then on.
     */
    private void rewriteExpressions(ObjectId dependency, UnaryOperator<String> canonical) {
        UnaryOperator<Optional<Expression>> ex = oe -> oe.map(e -> {
            String c = canonical.apply(e.canonical());
            return c.equals(e.canonical()) ? e : NameRewrites.rewritten(e, c);
        });
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            if (o instanceof TableState t) {
                for (Column c : new ArrayList<>(t.columns.values())) {
                    if (t.columnRefs.getOrDefault(c.name(), Set.of()).contains(dependency)) {
                        t.columns.put(c.name(), c.withDefault(ex.apply(c.defaultValue()))
                            .withGenerated(ex.apply(c.generated()), c.virtual()));
                    }
                }
                for (Constraint con : new ArrayList<>(t.constraints.values())) {
                    if (con instanceof Constraint.Check ck
                        && t.constraintRefs.getOrDefault(ck.name(), Set.of()).contains(dependency)) {
                        t.constraints.put(ck.name(), new Constraint.Check(ck.name(),
                            ex.apply(Optional.of(ck.expression())).get(), ck.noInherit(), ck.notValid(), ck.comment(),
                            ck.notEnforced()));
                    }
                }
                continue;
            }
            if (!cat.refs(e.getKey()).contains(dependency)) {
                continue;
            }
            if (o instanceof Index i) {
                List<Index.Key> keys = new ArrayList<>();
                for (Index.Key k : i.keys()) {
                    keys.add(new Index.Key(k.column(), ex.apply(k.expression()), k.collation(), k.opclass(),
                        k.descending(), k.nullsFirst()));
                }
                cat.put(e.getKey(), new Index(i.name(), i.table(), i.unique(), i.method(), keys, i.include(),
                    ex.apply(i.where()), i.nullsNotDistinct(), i.parameters(), i.comment(), i.statistics()));
            } else if (o instanceof View v) {
                List<View.Output> outs = new ArrayList<>();
                for (View.Output out : v.outputs()) {
                    outs.add(new View.Output(out.name(), canonical.apply(out.canonical())));
                }
                cat.put(e.getKey(), new View(v.name(), v.materialized(), ex.apply(Optional.of(v.query())).get(),
                    v.columns(),
                    outs, v.options(), v.checkOption(), v.columnComments(), v.comment(), v.withNoData()));
            } else if (o instanceof Policy p) {
                cat.put(e.getKey(), new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(),
                    ex.apply(p.using()), ex.apply(p.withCheck()), p.comment()));
            } else if (o instanceof Domain d) {
                List<Domain.Check> checks = new ArrayList<>();
                for (Domain.Check c : d.checks()) {
                    checks.add(new Domain.Check(c.name(), ex.apply(Optional.of(c.expression()))
                        .get(), c.notValid()));
                }
                cat.put(e.getKey(), d.withDefault(ex.apply(d.defaultValue())).withChecks(checks));
            } else if (o instanceof Function f) {
                List<Function.Argument> args = new ArrayList<>();
                for (Function.Argument a : f.arguments()) {
                    args.add(new Function.Argument(a.mode(), a.name(), a.type(),
                        ex.apply(a.defaultValue())));
                }
                cat.put(e.getKey(), new Function(f.name(), f.procedure(), args, f.returns(), f.language(),
                    f.body(), f.sqlBody(), f.linkSymbol(), f.volatility(), f.strict(), f.securityDefiner(),
                    f.leakproof(), f.parallel(), f.cost(), f.rows(), f.window(), f.settings(), f.comment()));
            } else if (o instanceof Trigger t) {
                cat.put(e.getKey(), new Trigger(t.table(), t.name(), t.timing(), t.events(),
                    t.forEachRow(), ex.apply(t.when()), t.function(), t.arguments(), t.referencing(), t.constraint(),
                    t.deferrability(), t.fromTable(), t.enabled(), t.comment()));
            } else if (o instanceof Statistics st) {
                List<Expression> exprs = new ArrayList<>();
                for (Expression x : st.expressions()) {
                    exprs.add(ex.apply(Optional.of(x)).get());
                }
                cat.put(e.getKey(), new Statistics(st.name(), st.table(), st.kinds(), st.columns(), exprs,
                    st.target(), st.comment()));
            }
        }
    }

    /**
     * After type {@code from} became {@code to}: the functions, aggregates, operators and casts whose arguments or
     * result name it (their identity changes with it).
     */
    void typeRenamed(QualifiedName from, QualifiedName to) {
        UnaryOperator<DataType> type = d -> !d.isBuiltin() && d.schema().equals(from.schema())
            && d.name().equals(from.name()) ? new DataType(to.schema(), to.name(), d.typmod(), d.array()) : d;
        UnaryOperator<String> text = s -> {
            String r = NameRewrites.relation(s, from, to);
            return r == null ? s : r;
        };
        Map<ObjectId, Object> changed = new LinkedHashMap<>();
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            Object n = o;
            if (o instanceof Function f) {
                n = new Function(f.name(), f.procedure(), arguments(f.arguments(), type, from, to),
                    f.returns().map(text),
                    f.language(), f.body(), f.sqlBody(), f.linkSymbol(), f.volatility(), f.strict(),
                    f.securityDefiner(), f.leakproof(), f.parallel(), f.cost(), f.rows(), f.window(), f.settings(),
                    f.comment());
            } else if (o instanceof Aggregate a) {
                Map<String, String> options = new LinkedHashMap<>(a.options());
                options.replaceAll((k, v) -> k.endsWith("TYPE") ? text.apply(v) : v);
                n = new Aggregate(a.name(), arguments(a.arguments(), type, from, to), a.orderedSet(), a.star(), options,
                    a.returns().map(text), a.comment());
            } else if (o instanceof Operator op) {
                n = new Operator(op.name(), op.left().map(type), type.apply(op.right()), op.function(),
                    op.commutator(), op.negator(), op.restrict(), op.join(), op.hashes(), op.merges(), op.comment());
            } else if (o instanceof Cast c) {
                n = new Cast(type.apply(c.source()), type.apply(c.target()), c.method(), c.function().map(text),
                    c.context(), c.comment());
            }
            if (!n.equals(o)) {
                changed.put(e.getKey(), n);
            }
        }
        for (Map.Entry<ObjectId, Object> e : changed.entrySet()) {
            ObjectId now = ((SchemaObject) e.getValue()).id();
            if (now.kind() == ObjectKind.FUNCTION) {
                cat.functionRekeyed(e.getKey(), now);
            } else if (now.kind() == ObjectKind.OPERATOR) {
                cat.operatorRekeyed(e.getKey(), now);
            }
        }
        rekey(changed);
    }

    private static List<Function.Argument> arguments(List<Function.Argument> args, UnaryOperator<DataType> type,
                                                     QualifiedName from, QualifiedName to) {
        List<Function.Argument> out = new ArrayList<>(args.size());
        for (Function.Argument a : args) {
            out.add(new Function.Argument(a.mode(), a.name(), type.apply(a.type()), a.defaultValue().map(e ->
                NameRewrites.rewritten(e, NameRewrites.relation(e.canonical(), from, to)))));
        }
        return out;
    }

    /**
     * After label {@code from} of enum {@code type} became {@code to}: the defaults, checks, index predicates,
     * policies, trigger conditions and views that hold it as a constant of the enum ({@link EnumLabels}).
     */
    void labelRenamed(QualifiedName type, String from, String to) {
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            if (o instanceof TableState t) {
                Operands cols = tableColumns(t, type);
                for (Column c : new ArrayList<>(t.columns.values())) {
                    Optional<Expression> d = c.defaultValue().map(x -> {
                        String k = isEnum(c.type().elementType(), type)
                            ? EnumLabels.constant(x.canonical(), c.type().array(), from, to) : null;
                        return NameRewrites.rewritten(x, k);
                    });
                    t.columns.put(c.name(), c.withDefault(label(d, type, from, to, cols))
                        .withGenerated(label(c.generated(), type, from, to, cols), c.virtual()));
                }
                for (Constraint con : new ArrayList<>(t.constraints.values())) {
                    if (con instanceof Constraint.Check ck) {
                        Expression x = label(Optional.of(ck.expression()), type, from, to, cols).get();
                        if (x != ck.expression()) {
                            t.constraints.put(ck.name(), new Constraint.Check(ck.name(), x,
                                ck.noInherit(), ck.notValid(), ck.comment(), ck.notEnforced()));
                        }
                    }
                }
            } else if (o instanceof Index i && cat.get(ObjectId.of(ObjectKind.TABLE, i.table()))
                instanceof TableState t) {
                Operands cols = tableColumns(t, type);
                List<Index.Key> keys = new ArrayList<>();
                for (Index.Key k : i.keys()) {
                    keys.add(new Index.Key(k.column(), label(k.expression(), type, from, to, cols), k.collation(),
                        k.opclass(), k.descending(), k.nullsFirst()));
                }
                cat.put(e.getKey(), new Index(i.name(), i.table(), i.unique(), i.method(), keys, i.include(),
                    label(i.where(), type, from, to, cols), i.nullsNotDistinct(), i.parameters(), i.comment(),
                    i.statistics()));
            } else if (o instanceof Policy p && cat.get(ObjectId.of(ObjectKind.TABLE, p.table()))
                instanceof TableState t) {
                Operands cols = tableColumns(t, type);
                cat.put(e.getKey(), new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(),
                    label(p.using(), type, from, to, cols), label(p.withCheck(), type, from, to, cols), p.comment()));
            } else if (o instanceof Trigger tg && cat.get(ObjectId.of(ObjectKind.TABLE, tg.table()))
                instanceof TableState t) {
                cat.put(e.getKey(), new Trigger(tg.table(), tg.name(), tg.timing(), tg.events(), tg.forEachRow(),
                    label(tg.when(), type, from, to, tableColumns(t, type)), tg.function(), tg.arguments(),
                    tg.referencing(), tg.constraint(), tg.deferrability(), tg.fromTable(), tg.enabled(), tg.comment()));
            } else if (o instanceof View v) {
                Operands cols = viewColumns(v.query().canonical(), type);
                Optional<Expression> q = label(Optional.of(v.query()), type, from, to, cols);
                if (q.get() != v.query()) {
                    cat.put(e.getKey(), new View(v.name(), v.materialized(), q.get(), v.columns(),
                        v.outputs(), v.options(), v.checkOption(), v.columnComments(), v.comment(), v.withNoData()));
                }
            } else if (o instanceof Domain d && isEnum(d.baseType(), type)) {
                Operands value = new Operands((q, c) -> q == null && c.equals("value"), (q, c) -> false);
                List<Domain.Check> checks = new ArrayList<>();
                for (Domain.Check c : d.checks()) {
                    checks.add(new Domain.Check(c.name(), label(Optional.of(c.expression()), type,
                        from, to, value).get(), c.notValid()));
                }
                cat.put(e.getKey(), d.withDefault(d.defaultValue().map(x -> NameRewrites.rewritten(x,
                    EnumLabels.constant(x.canonical(), d.baseType().array(), from, to)))).withChecks(checks));
            } else if (o instanceof Function f) {
                List<Function.Argument> args = new ArrayList<>();
                for (Function.Argument a : f.arguments()) {
                    args.add(new Function.Argument(a.mode(), a.name(), a.type(), a.defaultValue().map(x ->
                        NameRewrites.rewritten(x, isEnum(a.type().elementType(), type)
                            ? EnumLabels.constant(x.canonical(), a.type().array(), from, to) : null))));
                }
                cat.put(e.getKey(), new Function(f.name(), f.procedure(), args, f.returns(), f.language(), f.body(),
                    f.sqlBody(), f.linkSymbol(), f.volatility(), f.strict(), f.securityDefiner(), f.leakproof(),
                    f.parallel(), f.cost(), f.rows(), f.window(), f.settings(), f.comment()));
            }
        }
    }

    /** Which column references are of the enum, and which of an array of it. */
    private record Operands(BiPredicate<String, String> scalar, BiPredicate<String, String> array) {}

    private static Optional<Expression> label(Optional<Expression> e, QualifiedName type, String from, String to,
                                              Operands cols) {
        return e.map(x -> NameRewrites.rewritten(x, EnumLabels.rewrite(x.canonical(), type, from, to, cols.scalar(),
            cols.array())));
    }

    /** Whether {@code d} is an array of the enum (or of a domain over it). */
    private boolean isEnumArray(DataType d, QualifiedName type) {
        return d.array() && isEnum(d.elementType(), type);
    }

    /** Whether {@code d} is the enum, or a domain over it (not an array). */
    private boolean isEnum(DataType d, QualifiedName type) {
        for (int depth = 0; depth < 16 && !d.isBuiltin() && !d.array(); depth++) {
            if (d.schema().equals(type.schema()) && d.name().equals(type.name())) {
                return true;
            }
            if (!(cat.get(ObjectId.of(ObjectKind.TYPE, d.userType().get()))
                instanceof Domain dom)) {
                return false;
            }
            d = dom.baseType();
        }
        return false;
    }

    /** A table's own columns of the enum: bare, or as a trigger's {@code old.} / {@code new.}. */
    private Operands tableColumns(TableState t, QualifiedName type) {
        BiPredicate<String, String> own = (q, c) -> (q == null || q.equals("old") || q.equals("new"))
            && t.columns.containsKey(c);
        return new Operands((q, c) -> own.test(q, c) && isEnum(t.columns.get(c).type(), type),
            (q, c) -> own.test(q, c) && isEnumArray(t.columns.get(c).type(), type));
    }

    /** In a view's canonical query: {@code rN.col} where {@code rN} ranges over a table whose column is of it. */
    private Operands viewColumns(String canonical, QualifiedName type) {
        Map<String, QualifiedName> vars = NameRewrites.rangeVariables(canonical);
        BiFunction<String, String, DataType> column = (q, c) -> {
            QualifiedName table = q == null ? null : vars.get(q);
            return table != null && cat.get(ObjectId.of(ObjectKind.TABLE, table)) instanceof TableState t
                && t.columns.containsKey(c) ? t.columns.get(c).type() : null;
        };
        return new Operands((q, c) -> column.apply(q, c) != null && isEnum(column.apply(q, c), type),
            (q, c) -> column.apply(q, c) != null && isEnumArray(column.apply(q, c), type));
    }
}
