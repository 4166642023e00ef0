package io.schemadiff.parser.interp;

import io.schemadiff.model.Aggregate;
import io.schemadiff.model.Column;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Function;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.FunctionArg;
import io.schemadiff.parser.ddl.Ddl.RoutineOptions;
import io.schemadiff.parser.ddl.Ddl.RoutineRef;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.lex.Lexer;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Functions, procedures and aggregates: CREATE, ALTER (rename and move too), DROP, and finding one by reference. */
final class Routines {
    private final WorkingCatalog cat;
    private final Resolver resolver;
    private final Acls acls;
    private final Drops drops;
    private final RenameFollowers followers;

    Routines(WorkingCatalog cat, Drops drops, RenameFollowers followers) {
        this.cat = cat;
        this.resolver = cat.resolver();
        this.acls = cat.acls();
        this.drops = drops;
        this.followers = followers;
    }

    /** The functions of that name (every overload). */
    private Set<ObjectId> named(QualifiedName name) {
        return cat.functionsNamed(name);
    }

    // ------------------------------------------------------------------ functions

    /**
     * A routine's argument or result type as the server keeps it: without its modifier ({@code varchar(10)} is
     * {@code character varying}, {@code char(4)} is {@code character}, {@code interval day} is {@code interval}).
     */
    static DataType routineType(DataType t) {
        if (t.typmod().isEmpty() && !(t.isBuiltin() && t.name().startsWith("interval "))) {
            return t;
        }
        String name = t.isBuiltin() && t.name().startsWith("interval ") ? "interval" : t.name();
        return new DataType(t.schema(), name, "", t.array());
    }

    private List<Function.Argument> arguments(List<FunctionArg> args, Set<ObjectId> refs) {
        List<Function.Argument> out = new ArrayList<>();
        for (FunctionArg a : args) {
            DataType type = routineType(a.columnType() ? columnType(a) : resolver.type(a.type(), refs));
            Optional<Expression> dflt = a.dflt().map(d -> {
                Canonicalizer can = resolver.canonicalizer(null, refs, null);
                return new Expression(d.text(), can.canonicalDefault(d.expr(), cat.baseType(type)), cat.searchPath());
            });
            out.add(new Function.Argument(a.mode(), a.name(), type, dflt));
        }
        return out;
    }

    /** {@code table.column%TYPE}: the column's type now (the server does not track it afterwards). */
    private DataType columnType(FunctionArg a) {
        List<String> names = a.type().names();
        if (names.size() < 2) {
            throw cat.errorAt(a.type().start(), "invalid %TYPE reference: " + String.join(".", names));
        }
        Ddl.Name table = new Ddl.Name(names.subList(0, names.size() - 1), a.type().start());
        TableState t = cat.requireTable(table);
        Column c = cat.requireColumn(t, names.get(names.size() - 1), a.type().start());
        return a.type().array() ? c.type().asArray() : c.type();
    }

    void create(Ddl.CreateFunction f) {
        QualifiedName name = cat.newName(f.name());
        Set<ObjectId> refs = new LinkedHashSet<>();
        List<Function.Argument> args = arguments(f.args(), refs);
        RoutineOptions o = f.options();
        Optional<String> returns;
        boolean set = f.returnsSet();
        if (f.procedure()) {
            returns = Optional.empty();
        } else if (!f.returnsTable().isEmpty()) {
            List<Function.Argument> cols = arguments(f.returnsTable(), refs);
            StringBuilder sb = new StringBuilder("TABLE(");
            for (int i = 0; i < cols.size(); i++) {
                Function.Argument c = cols.get(i);
                sb.append(i > 0 ? ", " : "").append(Identifiers.quote(c.name().orElse("")))
                    .append(' ').append(c.type().sql());
            }
            returns = Optional.of(sb.append(')').toString());
        } else if (f.returns().isPresent()) {
            DataType t = routineType(resolver.type(f.returns().get(), refs));
            returns = Optional.of((set ? "SETOF " : "") + t.sql());
        } else {
            // no RETURNS: the OUT arguments say it
            List<Function.Argument> outs = args.stream().filter(a -> a.mode().equals("OUT")
                || a.mode().equals("INOUT")).toList();
            if (outs.isEmpty()) {
                throw cat.errorAt(f.at(), "function result type must be specified");
            }
            returns = Optional.of(outs.size() == 1 ? outs.get(0).type().sql() : "record");
        }
        String language = o.language() != null ? o.language() : o.sqlBody() ? "sql" : null;
        if (language == null) {
            throw cat.errorAt(f.at(), "no language specified for " + name);
        }
        double cost = o.cost() != null ? o.cost() : Function.defaultCost(language);
        double rows = o.rows() != null ? o.rows() : set ? 1000 : 0;
        Function fn = new Function(name, f.procedure(), args, returns, language, o.body().orElse(""), o.sqlBody(),
            o.linkSymbol(), o.volatility() != null ? o.volatility() : "VOLATILE", Boolean.TRUE.equals(o.strict()),
            Boolean.TRUE.equals(o.securityDefiner()), Boolean.TRUE.equals(o.leakproof()),
            o.parallel() != null ? o.parallel() : "UNSAFE", cost, rows, o.window(), normalizeSettings(o.settings()),
            Optional.empty());
        ObjectId id = fn.id();
        Object old = cat.get(id);
        if (old != null) {
            if (!f.orReplace()) {
                throw cat.errorAt(f.at(), "function " + name + fn.id().member() + " already exists with same argument "
                    + "types");
            }
            if (!(old instanceof Function of)) {
                throw cat.errorAt(f.at(), "cannot change routine kind: \"" + name.name()
                    + "\" is an aggregate function");
            }
            fn = fn.withComment(of.comment());
        }
        if (o.sqlBody() && o.body().isPresent()) {
            bodyRefs(o.body().get(), refs);
        }
        cat.put(id, fn);
        cat.putRefs(id, refs);
        cat.functionAdded(id);
    }

    /**
     * What a SQL-standard body (BEGIN ATOMIC, RETURN) uses: the server records the tables, columns and functions it
     * names, and will not drop or retype them under it. Read from its tokens: every name that is a relation, the
     * columns of those relations it names, and the functions it calls (erring, if at all, toward more).
     */
    private void bodyRefs(String body, Set<ObjectId> refs) {
        List<Token> toks;
        try {
            toks = Lexer.tokenize(new Source("body", body));
        } catch (InputError e) {
            return;
        }
        List<TableState> tables = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isName()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(t.value()));
            if (i + 2 < toks.size() && toks.get(i + 1).type() == TokenType.DOT
                && toks.get(i + 2).isName()) {
                parts.add(toks.get(i + 2).value());
            }
            Optional<ObjectId> rel = cat.findRelation(parts);
            if (rel.isEmpty() && parts.size() == 2) {
                rel = cat.findRelation(parts.subList(0, 1));
            }
            if (rel.isPresent()) {
                refs.add(rel.get());
                if (cat.get(rel.get()) instanceof TableState ts) {
                    tables.add(ts);
                }
            }
            if (i + 1 < toks.size() && toks.get(i + 1).type() == TokenType.LPAREN) {
                resolver.usesFunction(resolver.function(List.of(t.value())), refs);
            }
        }
        for (Token t : toks) {
            if (t.isName()) {
                for (TableState ts : tables) {
                    if (ts.columns.containsKey(t.value())) {
                        refs.add(ObjectId.column(ts.name, t.value()));
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ aggregates

    void createAggregate(Ddl.CreateAggregate ca) {
        QualifiedName name = cat.newName(ca.name());
        Set<ObjectId> refs = new LinkedHashSet<>();
        List<Function.Argument> args = arguments(ca.args(), refs);
        Map<String, String> options = new LinkedHashMap<>();
        Optional<String> finalReturns = Optional.empty();
        for (Map.Entry<String, Object> e : ca.options().entrySet()) {
            String opt = e.getKey();
            Object v = e.getValue();
            if (!Aggregate.OPTION_ORDER.contains(opt)) {
                throw cat.errorAt(ca.at(), "aggregate attribute \"" + opt.toLowerCase(Locale.ROOT)
                    + "\" not recognized");
            }
            String value;
            if (v instanceof Ddl.Name fn) {
                List<String> parts = supportFunction(fn.parts(), supportArity(opt, ca));
                resolver.usesFunction(parts, refs);
                value = parts.size() == 1 ? Identifiers.quote(parts.get(0))
                    : new QualifiedName(parts.get(0), parts.get(1)).sql();
                if (opt.equals("FINALFUNC") && parts.size() == 2) {
                    finalReturns = resultOf(new QualifiedName(parts.get(0), parts.get(1)));
                }
            } else if (v instanceof RawType t) {
                value = routineType(resolver.type(t, refs)).sql();
            } else {
                value = (String) v;
            }
            if (Aggregate.FLAG_OPTIONS.contains(opt)) {
                if (value.equals("false") || value.equals("off") || value.equals("0")) {
                    continue;
                }
                value = "";
            } else if (opt.equals("SORTOP") && value.startsWith("pg_catalog.")) {
                value = value.substring("pg_catalog.".length());
            } else if (opt.equals("PARALLEL") || opt.endsWith("_MODIFY")) {
                value = value.toUpperCase(Locale.ROOT);
            }
            options.put(opt, value);
        }
        if (!options.containsKey("SFUNC") || !options.containsKey("STYPE")) {
            throw cat.errorAt(ca.at(), "aggregate " + (options.containsKey("SFUNC") ? "stype" : "sfunc")
                + " must be specified");
        }
        // defaults written out compare equal to defaults left out
        String defaultModify = ca.orderedSet() >= 0 ? "READ_WRITE" : "READ_ONLY";
        options.remove("SSPACE", "0");
        options.remove("MSSPACE", "0");
        options.remove("PARALLEL", "UNSAFE");
        options.remove("FINALFUNC_MODIFY", defaultModify);
        options.remove("MFINALFUNC_MODIFY", "READ_ONLY");
        Optional<String> returns = options.containsKey("FINALFUNC") ? finalReturns : Optional.of(options.get("STYPE"));
        Aggregate agg = new Aggregate(name, args, ca.orderedSet(), ca.star(), options, returns, Optional.empty());
        ObjectId id = agg.id();
        Object old = cat.get(id);
        if (old != null) {
            if (!ca.orReplace()) {
                throw cat.errorAt(ca.at(), "function " + name + id.member()
                    + " already exists with same argument types");
            }
            if (!(old instanceof Aggregate oa)) {
                throw cat.errorAt(ca.at(), "cannot change routine kind: \"" + name.name() + "\" is a function");
            }
            agg = agg.withComment(oa.comment());
        }
        cat.put(id, agg);
        cat.putRefs(id, refs);
        cat.functionAdded(id);
    }

    /** How many arguments an aggregate's support function takes (-1: any). */
    private static int supportArity(String opt, Ddl.CreateAggregate ca) {
        // an ordered-set aggregate's transition function takes the aggregated arguments only
        int args = ca.args().size();
        int aggregated = ca.orderedSet() >= 0 ? args - ca.orderedSet() : args;
        return switch (opt) {
            case "SFUNC", "MSFUNC", "MINVFUNC" -> 1 + aggregated;
            case "FINALFUNC" -> ca.options().containsKey("FINALFUNC_EXTRA") ? 1 + args : 1;
            case "MFINALFUNC" -> ca.options().containsKey("MFINALFUNC_EXTRA") ? 1 + args : 1;
            case "COMBINEFUNC", "DESERIALFUNC" -> 2;
            case "SERIALFUNC" -> 1;
            default -> -1;
        };
    }

    /**
     * A support function named without a schema: the server picks it by its argument types, so a user function
     * of the right arity on the search path wins over a built-in that merely shares the name
     * ({@code numeric_accum}); otherwise the name resolves as any call's does.
     */
    private List<String> supportFunction(List<String> parts, int arity) {
        if (parts.size() == 1) {
            for (String s : cat.lookupPath()) {
                for (ObjectId id : named(new QualifiedName(s, parts.get(0)))) {
                    if (cat.get(id) instanceof Function f
                        && (arity < 0 || f.arguments().stream().filter(Function.Argument::identifies).count() == arity)) {
                        return List.of(s, parts.get(0));
                    }
                }
            }
        }
        return resolver.function(parts);
    }

    /** The result type of the user function of that name, when there is exactly one. */
    private Optional<String> resultOf(QualifiedName fn) {
        Set<ObjectId> ids = named(fn);
        if (ids.size() != 1) {
            return Optional.empty();
        }
        Object o = cat.get(ids.iterator().next());
        return o instanceof Function f ? f.returns() : Optional.empty();
    }

    /** {@code name=value}: names lower case, the value as the server keeps it (quotes gone, list items spaced). */
    private static List<String> normalizeSettings(List<String> settings) {
        List<String> out = new ArrayList<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq < 0) {
                out.add(s);
                continue;
            }
            String name = s.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = s.substring(eq + 1);
            if (name.equals("search_path")) {
                List<String> parts = new ArrayList<>();
                for (String p : value.split(",")) {
                    parts.add(p.trim());
                }
                value = String.join(", ", parts);
            }
            out.add(name + "=" + value);
        }
        return out;
    }

    /** The function a reference names; with no argument list, the only one of that name. */
    private Optional<ObjectId> find(RoutineRef ref, boolean mustExist, int at) {
        List<String> parts = ref.name().parts();
        List<QualifiedName> candidates = new ArrayList<>();
        if (parts.size() > 1) {
            candidates.add(new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1)));
        } else {
            for (String s : cat.lookupPath()) {
                candidates.add(new QualifiedName(s, parts.get(0)));
            }
        }
        for (QualifiedName q : candidates) {
            Set<ObjectId> ids = named(q);
            if (ids.isEmpty()) {
                continue;
            }
            if (ref.args().isEmpty()) {
                if (ids.size() > 1) {
                    throw cat.errorAt(at, "function name \"" + q + "\" is not unique; give its argument types");
                }
                return Optional.of(ids.iterator().next());
            }
            ObjectId id = ObjectId.function(q, Function.identity(arguments(ref.args().get(), new LinkedHashSet<>())));
            if (ids.contains(id)) {
                return Optional.of(id);
            }
            // the server matches argument types: VARIADIC may be written or not
            String types = id.member().replace("VARIADIC ", "");
            for (ObjectId x : ids) {
                if (x.member().replace("VARIADIC ", "").equals(types)) {
                    return Optional.of(x);
                }
            }
        }
        if (mustExist) {
            throw cat.errorAt(at, "function " + ref.name() + ref.args().map(a -> "(…)").orElse("") + " does not exist");
        }
        return Optional.empty();
    }

    ObjectId findRoutine(RoutineRef ref, int at) {
        return find(ref, true, at).orElseThrow();
    }

    void drop(Ddl.DropRoutine d) {
        for (RoutineRef ref : d.refs()) {
            Optional<ObjectId> id = find(ref, !d.ifExists(), d.at());
            id.ifPresent(x -> {
                cat.remove(x);
                cat.removeRefs(x);
                acls.dropped(x);
                cat.functionRemoved(x);
                if (d.cascade()) {
                    drops.dropDependents(x);
                }
            });
        }
    }

    /** A function or aggregate renamed or moved to another schema: it keeps its place, and what names it follows. */
    void move(ObjectId id, QualifiedName to) {
        Object routine = cat.get(id);
        Object renamed = routine instanceof Aggregate agg ? agg.withName(to) : ((Function) routine).withName(to);
        ObjectId rid = ((SchemaObject) renamed).id();
        cat.replace(id, rid, renamed);
        cat.functionRemoved(id);
        cat.moveRefs(id, rid);
        cat.functionAdded(rid);
        acls.moved(id, rid);
        followers.functionRenamed(id, rid);
        cat.remapEverywhere(id, rid);
    }

    void alter(Ddl.AlterRoutine a) {
        ObjectId id = find(a.ref(), true, a.at()).orElseThrow();
        Object routine = cat.get(id);
        if (a.rename().isPresent() || a.newSchema().isPresent()) {
            QualifiedName from = id.qualifiedName();
            QualifiedName to = new QualifiedName(a.newSchema().orElse(from.schema()), a.rename().orElse(from.name()));
            if (a.newSchema().isPresent() && !cat.schemaExists(to.schema())) {
                throw cat.errorAt(a.at(), "schema \"" + to.schema() + "\" does not exist");
            }
            if (named(to).contains(new ObjectId(ObjectKind.FUNCTION, to.schema(), to.name(), id.member()))) {
                throw cat.errorAt(a.at(), "function " + to + id.member() + " already exists in schema \""
                    + to.schema() + "\"");
            }
            move(id, to);
            return;
        }
        if (routine instanceof Aggregate agg) {
            throw cat.errorAt(a.at(), "\"" + agg.name() + "\" is an aggregate function");
        }
        Function f = (Function) routine;
        RoutineOptions o = a.options();
        List<String> settings = new ArrayList<>(f.settings());
        for (String r : o.resets()) {
            settings.removeIf(s -> r.equals("all") || s.startsWith(r + "="));
        }
        for (String s : normalizeSettings(o.settings())) {
            String key = s.substring(0, Math.max(0, s.indexOf('=')));
            settings.removeIf(x -> x.startsWith(key + "="));
            settings.add(s);
        }
        cat.put(id, new Function(f.name(), f.procedure(), f.arguments(), f.returns(), f.language(), f.body(),
            f.sqlBody(), f.linkSymbol(), o.volatility() != null ? o.volatility() : f.volatility(),
            o.strict() != null ? o.strict() : f.strict(),
            o.securityDefiner() != null ? o.securityDefiner() : f.securityDefiner(),
            o.leakproof() != null ? o.leakproof() : f.leakproof(), o.parallel() != null ? o.parallel() : f.parallel(),
            o.cost() != null ? o.cost() : f.cost(), o.rows() != null ? o.rows() : f.rows(), f.window(), settings,
            f.comment()));
    }

    void comment(Ddl.Comment c) {
        ObjectId id = find(c.routine().orElseThrow(), true, c.at()).orElseThrow();
        Object o = cat.get(id);
        cat.put(id, o instanceof Aggregate agg ? agg.withComment(c.text())
            : ((Function) o).withComment(c.text()));
    }
}
