package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Extension;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.RawType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves names as the server would under the current search path: types, functions, collations, operator
 * classes and {@code regclass} literals. Built-in names stay unqualified; everything else is qualified.
 */
final class Resolver {
    private final WorkingCatalog cat;

    Resolver(WorkingCatalog cat) {
        this.cat = cat;
    }

    /** The first schema of the search path that exists: where unqualified unknown names are taken to live. */
    private String firstSchema() {
        for (String s : cat.searchPath()) {
            if (!s.equals("$user") && !s.equals("pg_catalog") && cat.schemaExists(s)) {
                return s;
            }
        }
        return "public";
    }

    /** The schema of the installed extension that provides {@code name}, if one does. */
    private Optional<String> extensionSchema(char kind, String name) {
        return installedExtension(kind, name).map(Extension::schema);
    }

    /** The installed extension that provides a function (f), type (t) or operator class (o) of that name. */
    Optional<Extension> installedExtension(char kind, String name) {
        String ext = Builtins.extensionOf(kind, name);
        if (ext == null) {
            return Optional.empty();
        }
        Object e = cat.get(ObjectId.extension(ext));
        return e instanceof Extension x ? Optional.of(x) : Optional.empty();
    }

    DataType type(RawType raw, Set<ObjectId> refs) {
        DataType t = baseType(raw, refs);
        return raw.array() ? t.asArray() : t;
    }

    private DataType baseType(RawType raw, Set<ObjectId> refs) {
        String mod = raw.typmods().isEmpty() ? "" : "(" + String.join(",", raw.typmods()) + ")";
        if (raw.builtin()) {
            String n = raw.names().get(0);
            return DataType.builtin(DataType.canonicalBuiltin(n).orElse(n), mod);
        }
        String name = raw.lastName();
        if (raw.qualified()) {
            String schema = raw.names().get(raw.names().size() - 2);
            if (schema.equals("pg_catalog")) {
                return builtinByName(name, raw.typmods()).orElse(DataType.builtin(name, mod));
            }
            DataType user = new DataType(schema, name, mod, false);
            noteUserType(new QualifiedName(schema, name), refs);
            installedExtension('t', name).filter(x -> x.schema().equals(schema)).ifPresent(x -> refs.add(x.id()));
            return user;
        }
        Optional<DataType> builtin = builtinByName(name, raw.typmods());
        boolean catalogFirst = !cat.searchPath().contains("pg_catalog");
        if (builtin.isPresent() && catalogFirst) {
            return builtin.get();
        }
        for (String s : cat.lookupPath()) {
            if (s.equals("pg_catalog")) {
                if (builtin.isPresent()) {
                    return builtin.get();
                }
                continue;
            }
            QualifiedName q = new QualifiedName(s, name);
            if (cat.has(ObjectId.of(ObjectKind.TYPE, q))
                || cat.has(ObjectId.of(ObjectKind.TABLE, q))
                || cat.has(ObjectId.of(ObjectKind.VIEW, q))
                || cat.has(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, q))) {
                noteUserType(q, refs);
                return new DataType(s, name, mod, false);
            }
        }
        if (builtin.isPresent()) {
            return builtin.get();
        }
        Optional<Extension> ext = installedExtension('t', name);
        ext.ifPresent(x -> refs.add(x.id()));
        if (ext.isEmpty() && unknownTypes.add(name) && noExtensionCreated()) {
            // the server would refuse it; an extension's type, with no CREATE EXTENSION here, reads the same
            cat.warnAt(raw.start(), "type \"" + name + "\" is not defined in the schema (misspelt, or an "
                + "extension's created elsewhere?): read as a type of that name");
        }
        String schema = ext.map(Extension::schema).orElseGet(this::firstSchema);
        return new DataType(schema, name, mod, false);
    }

    /** Unknown type names already reported (once each). */
    private final Set<String> unknownTypes = new HashSet<>();

    /** No extension but PL/pgSQL: then no type can come from one the model does not know the types of. */
    private boolean noExtensionCreated() {
        for (ObjectId id : cat.objects().keySet()) {
            if (id.kind() == ObjectKind.EXTENSION && !id.name().equals("plpgsql")) {
                return false;
            }
        }
        return true;
    }

    /** A user type, or the row type of a table or view. */
    private void noteUserType(QualifiedName q, Set<ObjectId> refs) {
        for (ObjectKind k : new ObjectKind[] {ObjectKind.TYPE, ObjectKind.TABLE, ObjectKind.VIEW,
            ObjectKind.MATERIALIZED_VIEW}) {
            if (cat.has(ObjectId.of(k, q))) {
                refs.add(ObjectId.of(k, q));
                return;
            }
        }
    }

    /** A built-in type named as pg_type names it ({@code int4}, {@code varchar}, {@code "char"}). */
    private static Optional<DataType> builtinByName(String name, List<String> typmods) {
        final String mod = typmods.isEmpty() ? "" : "(" + String.join(",", typmods) + ")";
        switch (name) {
            case "char":
                return Optional.of(DataType.builtin("\"char\""));
            case "bit":
                return Optional.of(typmods.isEmpty() ? DataType.builtin("\"bit\"") : DataType.builtin("bit", mod));
            case "numeric":
            case "decimal":
                return Optional.of(DataType.builtin("numeric",
                    typmods.size() == 1 ? "(" + typmods.get(0) + ",0)" : mod));
            default:
                return DataType.canonicalBuiltin(name).map(n -> DataType.builtin(n, mod));
        }
    }

    private static final Set<String> CATALOG_COLLATIONS = Set.of("default", "C", "POSIX", "ucs_basic", "unicode",
        "pg_c_utf8", "pg_unicode_fast");

    /**
     * A collation. Unqualified names are pg_catalog's (initdb creates one per locale: {@code "C"},
     * {@code "en_US.utf8"}, {@code "de-x-icu"}) unless they look like none of those, which CREATE COLLATION made.
     */
    Optional<QualifiedName> collation(List<String> parts) {
        String name = parts.get(parts.size() - 1);
        if (parts.size() == 1 && name.equals("default")) {
            return Optional.empty();
        }
        String schema;
        if (parts.size() > 1) {
            schema = parts.get(parts.size() - 2);
        } else {
            Optional<ObjectId> user = cat.find(parts, ObjectKind.COLLATION);
            boolean catalogLike = CATALOG_COLLATIONS.contains(name) || Builtins.isCollation(name)
                || name.contains("-") || name.contains(".") || name.contains("_")
                && Character.isUpperCase(name.charAt(name.length() - 1));
            schema = user.map(ObjectId::schema).orElse(catalogLike ? "pg_catalog" : firstSchema());
        }
        if (schema.equals("pg_catalog") && name.equals("default")) {
            return Optional.empty();
        }
        return Optional.of(new QualifiedName(schema, name));
    }

    /** An operator class as written ({@code text_pattern_ops}, {@code public.gin_trgm_ops}): canonical. */
    String opclass(String written) {
        List<String> parts = splitDotted(written);
        String name = parts.get(parts.size() - 1);
        if (parts.size() > 1) {
            // parameters as the server prints them: gist_trgm_ops(siglen='32') and (siglen=32) are one
            return (parts.get(0).equals("pg_catalog") ? "" : parts.get(0) + ".") + name.replace("'", "");
        }
        String bare = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
        if (Builtins.isOpclass(bare)) {
            return name.replace("'", "");
        }
        return extensionSchema('o', bare).orElseGet(this::firstSchema) + "." + name.replace("'", "");
    }

    private static List<String> splitDotted(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '.' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Records the user-defined operators of a symbol an expression applies (each overload: its operands are not known). */
    void usesOperator(String symbol, Set<ObjectId> refs) {
        refs.addAll(cat.operatorsNamed(symbol));
    }

    /** Records what a call depends on: the user functions of that name, or the extension providing it. */
    void usesFunction(List<String> name, Set<ObjectId> refs) {
        String fn = name.get(name.size() - 1);
        if (name.size() == 2) {
            refs.addAll(cat.functionsNamed(new QualifiedName(name.get(0), fn)));
        }
        installedExtension('f', fn).filter(x -> name.size() == 1 ? x.schema().equals("pg_catalog")
            : x.schema().equals(name.get(0))).ifPresent(x -> refs.add(x.id()));
    }

    /** A function's canonical name parts. */
    List<String> function(List<String> names) {
        String name = names.get(names.size() - 1);
        if (names.size() > 1) {
            String schema = names.get(names.size() - 2);
            return schema.equals("pg_catalog") ? List.of(name) : List.of(schema, name);
        }
        if (!cat.searchPath().contains("pg_catalog") && Builtins.isFunction(name)) {
            return List.of(name);
        }
        for (String s : cat.lookupPath()) {
            if (!s.equals("pg_catalog") && !cat.functionsNamed(new QualifiedName(s, name)).isEmpty()) {
                return List.of(s, name);
            }
        }
        Optional<String> ext = extensionSchema('f', name);
        if (ext.isPresent()) {
            return ext.get().equals("pg_catalog") ? List.of(name) : List.of(ext.get(), name);
        }
        if (Builtins.isFunction(name)) {
            return List.of(name);
        }
        return List.of(firstSchema(), name);
    }

    /** The relation a {@code regclass} literal names ({@code 'users_id_seq'}, {@code 'public."Seq"'}). */
    QualifiedName relation(String literal) {
        List<String> parts = parseNameLiteral(literal);
        Optional<ObjectId> found = cat.findRelation(parts);
        if (found.isPresent()) {
            return found.get().qualifiedName();
        }
        if (parts.size() > 1) {
            return new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
        }
        return new QualifiedName(firstSchema(), parts.get(0));
    }

    /** A name in a string, as regclass input reads it: dotted, each part folded unless double-quoted. */
    static List<String> parseNameLiteral(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '.') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (!Character.isWhitespace(ch)) {
                cur.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * The canonicalizer for an expression of table {@code t} (null for none): its uses are added to
     * {@code refs}, and the names of the table's columns it uses to {@code usedColumns} when given.
     */
    /** The canonicalizer for a domain's check: VALUE has the domain's base type. */
    Canonicalizer domainCanonicalizer(DataType base, Set<ObjectId> refs) {
        Canonicalizer.Context plain = canonicalizer(null, refs, null).context();
        return new Canonicalizer(new Canonicalizer.Context() {
            @Override
            public DataType domainBase(DataType t) {
                return cat.baseType(t);
            }

            @Override
            public DataType type(RawType raw) {
                return plain.type(raw);
            }

            @Override
            public QualifiedName relation(String literal) {
                return plain.relation(literal);
            }

            @Override
            public List<String> function(List<String> names) {
                return plain.function(names);
            }

            @Override
            public QualifiedName collation(List<String> names) {
                return plain.collation(names);
            }

            @Override
            public Optional<DataType> columnType(String column) {
                return column.equals("value") ? Optional.of(base) : Optional.empty();
            }

            @Override
            public Optional<String> tableName() {
                return Optional.empty();
            }

            @Override
            public void usesFunction(List<String> name) {
                plain.usesFunction(name);
            }

            @Override
            public void usesOperator(String symbol) {
                plain.usesOperator(symbol);
            }
        });
    }

    Canonicalizer canonicalizer(TableState t, Set<ObjectId> refs, Set<String> usedColumns) {
        return new Canonicalizer(new Canonicalizer.Context() {
            @Override
            public DataType domainBase(DataType t) {
                return cat.baseType(t);
            }

            @Override
            public DataType type(RawType raw) {
                return Resolver.this.type(raw, refs);
            }

            @Override
            public QualifiedName relation(String literal) {
                return Resolver.this.relation(literal);
            }

            @Override
            public List<String> function(List<String> names) {
                return Resolver.this.function(names);
            }

            @Override
            public QualifiedName collation(List<String> names) {
                return Resolver.this.collation(names).orElse(new QualifiedName("pg_catalog", "default"));
            }

            @Override
            public Optional<DataType> columnType(String column) {
                if (t == null) {
                    return Optional.empty();
                }
                Column c = t.columns.get(column);
                return c == null ? Optional.empty() : Optional.of(c.type());
            }

            @Override
            public Optional<String> tableName() {
                return t == null ? Optional.empty() : Optional.of(t.name.name());
            }

            @Override
            public void usesColumn(String column) {
                if (t != null && t.columns.containsKey(column)) {
                    refs.add(ObjectId.column(t.name, column));
                    if (usedColumns != null) {
                        usedColumns.add(column);
                    }
                }
            }

            @Override
            public void usesRelation(QualifiedName relation) {
                cat.findRelation(List.of(relation.schema(), relation.name())).ifPresent(refs::add);
            }

            @Override
            public void usesFunction(List<String> name) {
                Resolver.this.usesFunction(name, refs);
            }

            @Override
            public void usesOperator(String symbol) {
                Resolver.this.usesOperator(symbol, refs);
            }

            @Override
            public Canonicalizer.ResolvedColumn column(List<String> names) {
                // NEW.col and OLD.col in a trigger's WHEN are the table's columns
                if (t != null && names.size() == 2 && (names.get(0).equals("new") || names.get(0).equals("old"))) {
                    Column c = t.columns.get(names.get(1));
                    if (c != null) {
                        refs.add(ObjectId.column(t.name, c.name()));
                        return new Canonicalizer.ResolvedColumn(names, Optional.of(c.type()));
                    }
                }
                return Canonicalizer.Context.super.column(names);
            }
        });
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
