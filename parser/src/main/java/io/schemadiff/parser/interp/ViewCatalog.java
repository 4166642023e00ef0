package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.CompositeType;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Function;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.View;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.lex.Lexer;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.query.QueryCatalog;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalog as the interpreter holds it now, as a query's names are bound against it. */
final class ViewCatalog implements QueryCatalog {
    private final WorkingCatalog in;

    ViewCatalog(WorkingCatalog in) {
        this.in = in;
    }

    @Override
    public Optional<ObjectId> relation(List<String> name) {
        return in.find(name, ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW, ObjectKind.SEQUENCE);
    }

    @Override
    public Optional<Columns> columns(ObjectId relation) {
        Object o = in.objects().get(relation);
        if (o instanceof TableState t) {
            List<String> names = new ArrayList<>();
            Map<String, DataType> types = new HashMap<>();
            for (Column col : t.columns.values()) {
                names.add(col.name());
                types.put(col.name(), col.type());
            }
            return Optional.of(new Columns(names, types));
        }
        if (o instanceof View v && !v.outputs().isEmpty()) {
            return Optional.of(new Columns(v.outputNames(), Map.of()));
        }
        return Optional.empty();
    }

    @Override
    public boolean mayHoldUnknownRelations() {
        return in.mayHoldUnknownRelations();
    }

    @Override
    public List<String> searchPath() {
        return in.searchPath();
    }

    @Override
    public boolean schemaExists(String schema) {
        return in.schemaExists(schema);
    }

    /**
     * The result columns of a function called in FROM, when they are known: a user function's RETURNS TABLE or
     * OUT arguments, the columns of the table, view or composite type it returns (SETOF or not), or one column
     * named as the range variable for a scalar result (built-in functions too, as far as their results are
     * scalar: generate_series, unnest of one array, …).
     */
    @Override
    public Optional<List<String>> functionColumns(Expr.FuncCall f, String alias) {
        List<String> name = f.name();
        String fn = name.get(name.size() - 1);
        List<QualifiedName> candidates = new ArrayList<>();
        if (name.size() > 1) {
            candidates.add(new QualifiedName(name.get(name.size() - 2), fn));
        } else {
            for (String s : in.lookupPath()) {
                candidates.add(new QualifiedName(s, fn));
            }
        }
        for (QualifiedName q : candidates) {
            List<Function> fs = new ArrayList<>();
            for (ObjectId id : in.functionsNamed(q)) {
                if (in.objects().get(id) instanceof Function fun) {
                    long inArgs = fun.arguments().stream().filter(x -> !x.mode().equals("OUT")).count();
                    if (inArgs == f.args().size() || fun.arguments().stream().anyMatch(x -> x.defaultValue()
                        .isPresent() || x.mode().equals("VARIADIC"))) {
                        fs.add(fun);
                    }
                }
            }
            if (fs.size() == 1) {
                return columnsOf(fs.get(0), alias);
            }
            if (!fs.isEmpty()) {
                return Optional.empty();
            }
        }
        if (name.size() == 1 || name.get(0).equals("pg_catalog")) {
            return SCALAR_SRFS.contains(fn) && !(fn.equals("unnest") && f.args().size() > 1)
                ? Optional.of(List.of(alias)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Built-in set-returning functions with a scalar result. */
    private static final Set<String> SCALAR_SRFS = Set.of("generate_series", "unnest", "generate_subscripts",
        "regexp_split_to_table", "regexp_matches", "json_array_elements", "jsonb_array_elements",
        "json_array_elements_text", "jsonb_array_elements_text", "json_object_keys", "jsonb_object_keys",
        "string_to_table", "pg_listening_channels");

    private Optional<List<String>> columnsOf(Function fun, String alias) {
        String ret = fun.returns().orElse("");
        if (ret.startsWith("TABLE(")) {
            List<String> cols = new ArrayList<>();
            int depth = 0;
            boolean expectName = false;
            for (Token t : Lexer.tokenize(new Source("", ret))) {
                if (t.is(TokenType.LPAREN)) {
                    depth++;
                    expectName = depth == 1;
                } else if (t.is(TokenType.RPAREN)) {
                    depth--;
                } else if (t.is(TokenType.COMMA) && depth == 1) {
                    expectName = true;
                } else if (expectName && t.isName()) {
                    cols.add(t.value());
                    expectName = false;
                }
            }
            return Optional.of(cols);
        }
        List<String> outs = new ArrayList<>();
        for (Function.Argument a : fun.arguments()) {
            if (a.mode().equals("OUT") || a.mode().equals("INOUT") || a.mode().equals("TABLE")) {
                outs.add(a.name().orElse("column" + (outs.size() + 1)));
            }
        }
        if (outs.size() > 1) {
            return Optional.of(outs);
        }
        String type = ret.startsWith("SETOF ") ? ret.substring(6) : ret;
        List<String> parts = Resolver.parseNameLiteral(type);
        if (parts.size() == 2) {
            QualifiedName q = new QualifiedName(parts.get(0), parts.get(1));
            Object o = in.objects().get(ObjectId.of(ObjectKind.TABLE, q));
            if (o instanceof TableState t) {
                return Optional.of(new ArrayList<>(t.columns.keySet()));
            }
            o = in.objects().get(ObjectId.of(ObjectKind.TYPE, q));
            if (o instanceof CompositeType ct) {
                return Optional.of(ct.attributes().stream().map(CompositeType.Attribute::name).toList());
            }
            for (ObjectKind k : new ObjectKind[] {ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW}) {
                if (in.objects().get(ObjectId.of(k, q)) instanceof View v && !v.outputs().isEmpty()) {
                    return Optional.of(v.outputNames());
                }
            }
            if (o != null) {
                // a domain or enum: a scalar
                return Optional.of(List.of(outs.size() == 1 ? outs.get(0) : alias));
            }
            return Optional.empty();
        }
        if (type.equals("record") || type.equals("trigger") || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(outs.size() == 1 ? outs.get(0) : alias));
    }
}
