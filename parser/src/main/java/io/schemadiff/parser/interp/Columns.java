package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnSettings;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Identity;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.SequenceOptions;
import io.schemadiff.model.Statistics;
import io.schemadiff.model.View;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.ColumnConstraint;
import io.schemadiff.parser.ddl.Ddl.ColumnDef;
import io.schemadiff.parser.ddl.Ddl.ColumnKey;
import io.schemadiff.parser.ddl.Ddl.Default;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.ForeignKeyBody;
import io.schemadiff.parser.ddl.Ddl.Generated;
import io.schemadiff.parser.ddl.Ddl.IdentitySpec;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.NotNull;
import io.schemadiff.parser.ddl.Ddl.Nullable;
import io.schemadiff.parser.ddl.Ddl.PrimaryKeyBody;
import io.schemadiff.parser.ddl.Ddl.RenameColumn;
import io.schemadiff.parser.ddl.Ddl.SequenceSpec;
import io.schemadiff.parser.ddl.Ddl.TableConstraint;
import io.schemadiff.parser.ddl.Ddl.UniqueBody;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.Exprs;
import io.schemadiff.parser.expr.RawType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Columns: added (types resolved, defaults, generation and identity, serial's sequence), their settings changed,
 * renamed with everything that names them.
 */
final class Columns {
    private final WorkingCatalog cat;
    private final Names names;
    private final Resolver resolver;
    private final Acls acls;
    private final RenameFollowers followers;

    Columns(WorkingCatalog cat, RenameFollowers followers) {
        this.cat = cat;
        this.names = cat.names();
        this.resolver = cat.resolver();
        this.acls = cat.acls();
        this.followers = followers;
    }

    /**
     * Adds a column; returns its key and check constraints (with the column filled in), which the caller adds
     * in the server's order.
     */
    List<TableConstraint> addColumn(TableState t, ColumnDef cd, boolean inCreate) {
        if (t.columns.containsKey(cd.name())) {
            throw cat.errorAt(cd.at(), "column \"" + cd.name() + "\" of relation \"" + t.name.name()
                + "\" already exists");
        }
        if (!inCreate) {
            cat.memberCreated(ObjectId.column(t.name, cd.name()));
        }
        Set<ObjectId> refs = t.refsOf(cd.name());
        RawType raw = cd.type();
        String serial = serialType(raw);
        DataType type = serial != null ? DataType.builtin(serial) : resolver.type(raw, refs);
        Column col = Column.of(cd.name(), type);
        if (cd.collation().isPresent()) {
            col = col.withCollation(resolver.collation(cd.collation().get().parts()));
            col.collation().map(q -> ObjectId.of(ObjectKind.COLLATION, q)).filter(cat::has)
                .ifPresent(refs::add);
        }
        t.columns.put(cd.name(), col);
        List<TableConstraint> keys = new ArrayList<>();
        for (ColumnConstraint cc : cd.constraints()) {
            if (cc instanceof NotNull) {
                col = col.withNotNull(true);
            } else if (cc instanceof Nullable) {
                col = col.withNotNull(false);
            } else if (cc instanceof Default d) {
                col = col.withDefault(defaultExpr(t, col, d.value(), refs));
            } else if (cc instanceof Generated g) {
                col = col.withGenerated(Optional.of(tableExpr(t, g.value(), refs)), g.virtual());
                t.generatedTrees.put(cd.name(), g.value().expr());
            } else if (cc instanceof IdentitySpec is) {
                t.columns.put(cd.name(), col);
                col = col.withIdentity(Optional.of(identity(t, cd.name(), type, is, cd.at()))).withNotNull(true);
            } else if (cc instanceof ColumnKey ck) {
                keys.add(withColumn(ck.constraint(), cd.name()));
            } else if (cc instanceof Ddl.StorageClause sc) {
                col = withSetting(col, "storage", sc.storage(), List.of(), cd.at());
            } else if (cc instanceof Ddl.CompressionClause cc2) {
                col = withSetting(col, "compression", cc2.method(), List.of(), cd.at());
            }
            t.columns.put(cd.name(), col);
        }
        if (serial != null) {
            if (col.defaultValue().isPresent() || col.identity().isPresent()) {
                throw cat.errorAt(cd.at(), "multiple default values specified for column \"" + cd.name() + "\"");
            }
            col = serialColumn(t, col, serial);
        }
        if (col.identity().isPresent() && col.defaultValue().isPresent()) {
            throw cat.errorAt(cd.at(), "both default and identity specified for column \"" + cd.name() + "\"");
        }
        t.columns.put(cd.name(), col);
        if (!inCreate) {
            return keys;
        }
        return keys;
    }

    private static String serialType(RawType raw) {
        if (raw.builtin() || raw.qualified() || raw.array()) {
            return null;
        }
        return switch (raw.lastName()) {
            case "serial", "serial4" -> "integer";
            case "bigserial", "serial8" -> "bigint";
            case "smallserial", "serial2" -> "smallint";
            default -> null;
        };
    }

    /** {@code serial}: an owned sequence and a nextval default, as transformColumnDefinition() makes them. */
    private Column serialColumn(TableState t, Column col, String type) {
        String seqName = names.chooseRelationName(t.name.schema(), t.name.name(), col.name(), "seq", false, Set.of());
        QualifiedName seq = new QualifiedName(t.name.schema(), seqName);
        Sequence s = new Sequence(seq, SequenceOptions.defaults(type),
            Optional.of(new Sequence.ColumnRef(t.name, col.name())), Optional.empty());
        cat.put(ObjectId.of(ObjectKind.SEQUENCE, seq), s);
        names.addRelation(seq);
        String text = "nextval(" + Identifiers.literal(seq.sql()) + "::regclass)";
        ObjectId seqId = ObjectId.of(ObjectKind.SEQUENCE, seq);
        t.refsOf(col.name()).add(seqId);
        return col.withDefault(Optional.of(new Expression(text, text, List.of()))).withNotNull(true);
    }

    Identity identity(TableState t, String column, DataType type, IdentitySpec is, int at) {
        if (!(type.isBuiltin() && !type.array() && Set.of("smallint", "integer", "bigint").contains(type.name()))) {
            throw cat.errorAt(at, "identity column type must be smallint, integer, or bigint");
        }
        SequenceSpec spec = is.options();
        QualifiedName seq;
        if (spec.sequenceName().isPresent()) {
            seq = cat.newName(spec.sequenceName().get());
        } else {
            seq = new QualifiedName(t.name.schema(),
                names.chooseRelationName(t.name.schema(), t.name.name(), column, "seq", false, Set.of()));
        }
        names.addRelation(seq);
        String seqType = spec.type() != null ? spec.type() : type.name();
        return new Identity(is.always(), seq, Sequences.options(seqType, spec));
    }

    static TableConstraint withColumn(TableConstraint tc, String column) {
        Ddl.ConstraintBody b = tc.body();
        Ddl.ConstraintBody nb = b;
        if (b instanceof PrimaryKeyBody pk) {
            nb = new PrimaryKeyBody(List.of(column), pk.include(), pk.withoutOverlaps());
        } else if (b instanceof UniqueBody u) {
            nb = new UniqueBody(List.of(column), u.include(), u.nullsNotDistinct());
        } else if (b instanceof ForeignKeyBody fk) {
            nb = new ForeignKeyBody(List.of(column), fk.table(), fk.referencedColumns(), fk.match(), fk.onDelete(),
                fk.onDeleteColumns(), fk.onUpdate());
        }
        return new TableConstraint(tc.name(), nb, tc.deferrability(), tc.notValid(), tc.at(), tc.notEnforced());
    }

    Optional<Expression> defaultExpr(TableState t, Column col, ExprText e, Set<ObjectId> refs) {
        if (isNull(e.expr())) {
            // The server keeps no default when the coerced NULL is still a plain constant; a NULL that passes through
            // a type modifier's length coercion (varchar(255), numeric(10,2), timestamp(0)) or a domain's check is
            // an expression, and is stored (pg_dump then prints NULL::character varying and the like).
            if (!storesNullDefault(col.type())) {
                return Optional.empty();
            }
            return Optional.of(new Expression(e.text(), "NULL", cat.searchPath()));
        }
        Canonicalizer can = resolver.canonicalizer(t, refs, null);
        String canonical = can.canonicalDefault(e.expr(), cat.baseType(col.type()));
        return Optional.of(new Expression(e.text(), canonical, cat.searchPath()));
    }

    /** A column's statistics target, storage, compression or attribute options, set as the server would. */
    Column withSetting(Column c, String what, String value, List<String> options, int at) {
        ColumnSettings s = c.settings();
        switch (what) {
            case "statistics" -> {
                int n;
                try {
                    n = value.equals("default") ? -1 : Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw cat.errorAt(at, "invalid statistics target: " + value);
                }
                s = s.withStatistics(n < 0 ? -1 : Math.min(n, 10000));
            }
            case "storage" -> {
                String v = value.toUpperCase(Locale.ROOT);
                if (!Set.of("PLAIN", "EXTERNAL", "EXTENDED", "MAIN", "DEFAULT").contains(v)) {
                    throw cat.errorAt(at, "invalid storage type \"" + value + "\"");
                }
                Optional<String> dflt = ColumnSettings.defaultStorage(c.type());
                s = s.withStorage(v.equals("DEFAULT") || dflt.equals(Optional.of(v)) ? Optional.empty()
                    : Optional.of(v));
            }
            case "compression" -> s = s.withCompression(value.equals("default") ? Optional.empty()
                : Optional.of(value));
            case "set" -> {
                List<String> o = new ArrayList<>(s.options());
                for (String kv : options) {
                    String key = kv.substring(0, kv.indexOf('=') + 1);
                    o.removeIf(x -> x.startsWith(key));
                    o.add(kv);
                }
                o.sort(null);
                s = s.withOptions(o);
            }
            case "reset" -> {
                List<String> o = new ArrayList<>(s.options());
                for (String k : options) {
                    o.removeIf(x -> x.startsWith(k + "="));
                }
                s = s.withOptions(o);
            }
            default -> throw new IllegalStateException(what);
        }
        return c.withSettings(s);
    }

    private static boolean isNull(Expr e) {
        Expr x = e;
        while (x instanceof Expr.TypeCast tc) {
            x = tc.arg();
        }
        return x instanceof Expr.Const k && k.kind() == Expr.Const.Kind.NULL;
    }

    private boolean storesNullDefault(DataType type) {
        if (!type.typmod().isEmpty()) {
            return true;
        }
        return !type.isBuiltin() && !type.array()
            && cat.get(ObjectId.of(ObjectKind.TYPE, new QualifiedName(type.schema(), type.name())))
            instanceof Domain;
    }

    private Expression tableExpr(TableState t, ExprText e, Set<ObjectId> refs) {
        Canonicalizer can = resolver.canonicalizer(t, refs, null);
        return new Expression(e.text(), can.canonical(e.expr()), cat.searchPath());
    }

    void renameColumn(TableState t, RenameColumn rc) {
        Column c = cat.requireColumn(t, rc.from(), rc.at());
        if (t.columns.containsKey(rc.to())) {
            throw cat.errorAt(rc.at(), "column \"" + rc.to() + "\" of relation \"" + t.name.name()
                + "\" already exists");
        }
        acls.columnRenamed(t.name, rc.from(), rc.to());
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            if (e.getValue() instanceof Statistics st && st.table().equals(t.name)
                && st.columns().contains(rc.from())) {
                cat.put(e.getKey(), st.withColumns(st.columns().stream().map(x -> x.equals(rc.from()) ? rc.to()
                    : x).toList()));
                Set<ObjectId> r = cat.allRefs().get(e.getKey());
                if (r != null && r.remove(ObjectId.column(t.name, rc.from()))) {
                    r.add(ObjectId.column(t.name, rc.to()));
                }
            }
        }
        LinkedHashMap<String, Column> cols = new LinkedHashMap<>();
        for (Map.Entry<String, Column> e : t.columns.entrySet()) {
            if (e.getKey().equals(rc.from())) {
                cols.put(rc.to(), new Column(rc.to(), c.type(), c.collation(), c.defaultValue(), c.notNull(),
                    c.identity(), c.generated(), c.virtual(), c.comment(), c.settings()));
            } else {
                cols.put(e.getKey(), e.getValue());
            }
        }
        t.columns.clear();
        t.columns.putAll(cols);
        Set<ObjectId> refs = t.columnRefs.remove(rc.from());
        if (refs != null) {
            t.columnRefs.put(rc.to(), refs);
        }
        for (Constraint con : new ArrayList<>(t.constraints.values())) {
            t.constraints.put(con.name(), ColumnRenames.inConstraint(con, rc.from(), rc.to()));
        }
        renameInExpressions(t, rc.from(), rc.to());
        renameColumnInViews(t, rc.from(), rc.to());
        followers.columnRenamed(t.name, rc.from(), rc.to());
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            if (o instanceof Index idx && idx.table().equals(t.name)) {
                cat.put(e.getKey(), ColumnRenames.inIndex(idx, rc.from(), rc.to()));
            } else if (o instanceof Sequence s && s.ownedBy().isPresent()
                && s.ownedBy().get().equals(new Sequence.ColumnRef(t.name, rc.from()))) {
                cat.put(e.getKey(), s.withOwnedBy(Optional.of(new Sequence.ColumnRef(t.name, rc.to()))));
            } else if (o instanceof TableState other) {
                for (Constraint con : new ArrayList<>(other.constraints.values())) {
                    if (con instanceof Constraint.ForeignKey fk && fk.referencedTable().equals(t.name)
                        && fk.referencedColumns().contains(rc.from())) {
                        other.constraints.put(fk.name(), ColumnRenames.inReferenced(fk, rc.from(), rc.to()));
                    }
                }
            }
        }
    }

    /**
     * Expressions that use a renamed column are printed again from their trees (canonical text is valid SQL), as
     * the server, which stores them parsed, shows them after the rename.
     */
    private void renameInExpressions(TableState t, String from, String to) {
        for (Map.Entry<String, Expr> e : new ArrayList<>(t.checkTrees.entrySet())) {
            Expr renamed = Exprs.renameColumn(e.getValue(),
                t.name.name(), from, to);
            if (renamed.equals(e.getValue()) || !(t.constraints.get(e.getKey()) instanceof Constraint.Check ch)) {
                continue;
            }
            Set<ObjectId> refs = new LinkedHashSet<>();
            String canonical = resolver.canonicalizer(t, refs, null).canonical(renamed);
            t.checkTrees.put(e.getKey(), renamed);
            t.constraintRefs.put(e.getKey(), refs);
            t.constraints.put(e.getKey(), new Constraint.Check(ch.name(), new Expression(canonical, canonical,
                ch.expression().searchPath()), ch.noInherit(), ch.notValid(), ch.comment()));
        }
        for (Map.Entry<String, Expr> e : new ArrayList<>(t.generatedTrees.entrySet())) {
            Expr renamed = Exprs.renameColumn(e.getValue(),
                t.name.name(), from, to);
            String col = e.getKey().equals(from) ? to : e.getKey();
            Column c = t.columns.get(col);
            if (renamed.equals(e.getValue()) || c == null || c.generated().isEmpty()) {
                t.generatedTrees.remove(e.getKey());
                t.generatedTrees.put(col, renamed);
                continue;
            }
            String canonical = resolver.canonicalizer(t, new LinkedHashSet<>(), null).canonical(renamed);
            t.generatedTrees.remove(e.getKey());
            t.generatedTrees.put(col, renamed);
            t.columns.put(col, c.withGenerated(Optional.of(new Expression(canonical, canonical,
                c.generated().get().searchPath()))));
        }
        for (Map.Entry<ObjectId, Map<Integer, Expr>> e : cat.allIndexTrees()) {
            if (!(cat.get(e.getKey()) instanceof Index idx) || !idx.table().equals(t.name)) {
                continue;
            }
            List<Index.Key> keys = new ArrayList<>(idx.keys());
            Optional<Expression> where = idx.where();
            boolean changed = false;
            for (Map.Entry<Integer, Expr> te : e.getValue().entrySet()) {
                Expr renamed = Exprs.renameColumn(te.getValue(),
                    t.name.name(), from, to);
                if (renamed.equals(te.getValue())) {
                    continue;
                }
                te.setValue(renamed);
                changed = true;
                String canonical = resolver.canonicalizer(t, new LinkedHashSet<>(), null).canonical(renamed);
                if (te.getKey() < 0) {
                    where = Optional.of(new Expression(canonical, canonical, where.get().searchPath()));
                } else {
                    Index.Key k = keys.get(te.getKey());
                    keys.set(te.getKey(), new Index.Key(k.column(), Optional.of(new Expression(canonical, canonical,
                        k.expression().get().searchPath())), k.collation(), k.opclass(), k.descending(),
                        k.nullsFirst()));
                }
            }
            if (changed) {
                cat.put(e.getKey(), new Index(idx.name(), idx.table(), idx.unique(), idx.method(), keys,
                    idx.include(), where, idx.nullsNotDistinct(), idx.parameters(), idx.comment(), idx.statistics()));
            }
        }
    }

    /** After a column is renamed: the views that read it show the new name (their output names stay). */
    private void renameColumnInViews(TableState t, String from, String to) {
        ObjectId oldCol = ObjectId.column(t.name, from);
        ObjectId newCol = ObjectId.column(t.name, to);
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            if (e.getValue() instanceof View v && cat.refs(e.getKey()).contains(oldCol)) {
                String canon = NameRewrites.column(v.query().canonical(), t.name, from, to);
                if (canon != null) {
                    List<View.Output> outs = new ArrayList<>();
                    for (View.Output out : v.outputs()) {
                        String oc = NameRewrites.column(out.canonical(), t.name, from, to);
                        outs.add(oc == null ? out : new View.Output(out.name(), oc));
                    }
                    cat.put(e.getKey(), new View(v.name(), v.materialized(), NameRewrites.rewritten(v.query(), canon),
                        v.columns(), outs, v.options(), v.checkOption(), v.columnComments(), v.comment(),
                        v.withNoData()));
                }
                WorkingCatalog.remapAll(cat.allRefs().get(e.getKey()), oldCol, newCol);
            }
        }
    }
}
