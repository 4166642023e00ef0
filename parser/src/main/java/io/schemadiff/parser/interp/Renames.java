package io.schemadiff.parser.interp;

import io.schemadiff.model.Collation;
import io.schemadiff.model.Column;
import io.schemadiff.model.CompositeType;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Domain;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Expression;
import io.schemadiff.model.Extension;
import io.schemadiff.model.Identity;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Policy;
import io.schemadiff.model.Publication;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.RangeType;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Statistics;
import io.schemadiff.model.View;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.Rename;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code RENAME TO}, {@code SET SCHEMA} and {@code ALTER SCHEMA … RENAME}: the object under its new name, in its
 * place, and what refers to it by name shows the new one, as the server shows it.
 */
final class Renames {
    private final WorkingCatalog cat;
    private final Names names;
    private final Acls acls;
    private final Constraints constraints;
    private final Routines routines;
    private final Operators operators;
    private final Triggers triggers;
    private final RenameFollowers followers;

    Renames(WorkingCatalog cat, Constraints constraints, Routines routines, Operators operators, Triggers triggers,
            RenameFollowers followers) {
        this.cat = cat;
        this.names = cat.names();
        this.acls = cat.acls();
        this.constraints = constraints;
        this.routines = routines;
        this.operators = operators;
        this.triggers = triggers;
        this.followers = followers;
    }

    void rename(Rename r) {
        ObjectKind[] kinds = switch (r.kind()) {
            case TABLE -> new ObjectKind[] {ObjectKind.TABLE};
            case VIEW -> new ObjectKind[] {ObjectKind.VIEW};
            case MATERIALIZED_VIEW -> new ObjectKind[] {ObjectKind.MATERIALIZED_VIEW};
            case INDEX -> new ObjectKind[] {ObjectKind.INDEX};
            case SEQUENCE -> new ObjectKind[] {ObjectKind.SEQUENCE};
            case TYPE, DOMAIN -> new ObjectKind[] {ObjectKind.TYPE};
            case STATISTICS -> new ObjectKind[] {ObjectKind.STATISTICS};
            case COLLATION -> new ObjectKind[] {ObjectKind.COLLATION};
            default -> new ObjectKind[0];
        };
        if (r.kind() == Kind.SCHEMA) {
            renameSchema(r);
            return;
        }
        Optional<ObjectId> found = cat.find(r.name(), kinds);
        if (found.isEmpty() && r.kind() == Kind.INDEX && r.newName().isPresent() && renameKeyIndex(r)) {
            return;
        }
        if (found.isEmpty()) {
            if (r.ifExists()) {
                return;
            }
            throw cat.errorAt(r.name().at(), "relation \"" + r.name() + "\" does not exist");
        }
        ObjectId old = found.get();
        QualifiedName oldName = old.qualifiedName();
        QualifiedName newName = new QualifiedName(r.newSchema().orElse(oldName.schema()),
            r.newName().orElse(oldName.name()));
        if (r.newSchema().isPresent() && !cat.schemaExists(r.newSchema().get())) {
            throw cat.errorAt(r.at(), "schema \"" + r.newSchema().get() + "\" does not exist");
        }
        boolean relation = old.kind() != ObjectKind.TYPE && old.kind() != ObjectKind.STATISTICS
            && old.kind() != ObjectKind.COLLATION;
        if (relation) {
            cat.checkRelationFree(newName, r.at());
        } else if (cat.has(ObjectId.of(old.kind(), newName))) {
            throw cat.errorAt(r.at(), old.kind().sqlWord() + " \"" + newName.name() + "\" already exists");
        }
        Object o = cat.get(old);
        ObjectId newId = ObjectId.of(old.kind(), newName);
        Object renamed = renamed(o, newName);
        if (o instanceof Index idx && cat.get(ObjectId.of(ObjectKind.TABLE, idx.table())) instanceof TableState t) {
            t.indexRenamed(idx.name().name(), newName.name());
        }
        // keep the definition order: replace in place
        cat.replace(old, newId, renamed);
        cat.moveRefs(old, newId);
        if (relation) {
            names.removeRelation(oldName);
            names.addRelation(newName);
        }
        relinkReferences(old, newId);
        if (old.kind() == ObjectKind.TABLE || old.kind() == ObjectKind.VIEW
            || old.kind() == ObjectKind.MATERIALIZED_VIEW) {
            followers.relationRenamed(old, newId);
        }
        acls.moved(old, newId);
        if (old.kind() == ObjectKind.TABLE && !oldName.schema().equals(newName.schema())) {
            // SET SCHEMA takes the table's indexes and the sequences its columns own along
            for (Map.Entry<ObjectId, Object> e : new ArrayList<>(cat.objects().entrySet())) {
                boolean mine = e.getValue() instanceof Index i && i.table().equals(newName)
                    || e.getValue() instanceof Sequence sq && sq.ownedBy().isPresent()
                    && sq.ownedBy().get().table().equals(newName);
                if (mine && e.getKey().schema().equals(oldName.schema())) {
                    Kind k = e.getKey().kind() == ObjectKind.INDEX ? Kind.INDEX : Kind.SEQUENCE;
                    rename(new Rename(k, new Name(List.of(oldName.schema(), e.getKey().name()), r.at()),
                        Optional.empty(), Optional.of(newName.schema()), false, r.at()));
                }
            }
            TableState ts = (TableState) cat.get(newId);
            for (Map.Entry<String, Column> e : new ArrayList<>(ts.columns.entrySet())) {
                Column col = e.getValue();
                if (col.identity().isPresent() && col.identity().get().sequence().schema().equals(oldName.schema())) {
                    QualifiedName seq = col.identity().get().sequence();
                    QualifiedName moved = new QualifiedName(newName.schema(), seq.name());
                    names.removeRelation(seq);
                    names.addRelation(moved);
                    ts.columns.put(e.getKey(), col.withIdentity(Optional.of(new Identity(col.identity().get().always(),
                        moved, col.identity().get().options()))));
                }
            }
        }
        if (old.kind() == ObjectKind.TABLE || old.kind() == ObjectKind.VIEW) {
            triggers.moveTriggers(oldName, newName);
        }
        rewriteNames(old, newId);
        if (old.kind() == ObjectKind.TYPE) {
            followers.typeRenamed(oldName, newName);
        }
    }

    /**
     * {@code ALTER SCHEMA from RENAME TO to}: every object in it moves, as {@code SET SCHEMA} moves one (what refers
     * to it follows); the schema keeps its place, comment, owner and privileges.
     */
    private void renameSchema(Rename r) {
        String from = r.name().last();
        String to = r.newName().orElseThrow();
        if (!cat.schemaExists(from)) {
            throw cat.errorAt(r.name().at(), "schema \"" + from + "\" does not exist");
        }
        if (cat.schemaExists(to)) {
            throw cat.errorAt(r.at(), "schema \"" + to + "\" already exists");
        }
        ObjectId oldId = ObjectId.schema(from);
        ObjectId newId = ObjectId.schema(to);
        Schema schema = (Schema) cat.get(oldId);
        cat.replace(oldId, newId, new Schema(to, schema.comment()));
        acls.moved(oldId, newId);
        Set<ObjectId> tried = new HashSet<>();
        while (true) {
            ObjectId next = null;
            for (ObjectId id : cat.objects().keySet()) {
                if (id.schema().equals(from) && !tried.contains(id)) {
                    next = id;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            tried.add(next);
            moveToSchema(next, to, r.at());
        }
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            if (e.getValue() instanceof Extension x && x.schema().equals(from)) {
                cat.put(e.getKey(), new Extension(x.name(), to, x.comment()));
            } else if (e.getValue() instanceof Publication p && p.schemas().contains(from)) {
                List<String> schemas = new ArrayList<>(p.schemas());
                schemas.replaceAll(x -> x.equals(from) ? to : x);
                schemas.sort(null);
                cat.put(e.getKey(), new Publication(p.name(), p.allTables(), p.tables(), schemas,
                    p.options(), p.comment()));
            }
        }
        names.renameSchema(from, to);
        acls.schemaRenamed(from, to);
    }

    /** One object of a schema being renamed, moved to {@code schema} (those that move with another are left). */
    private void moveToSchema(ObjectId id, String schema, int at) {
        Kind kind = switch (id.kind()) {
            case TABLE -> Kind.TABLE;
            case VIEW -> Kind.VIEW;
            case MATERIALIZED_VIEW -> Kind.MATERIALIZED_VIEW;
            case INDEX -> Kind.INDEX;
            case SEQUENCE -> Kind.SEQUENCE;
            case TYPE -> Kind.TYPE;
            case STATISTICS -> Kind.STATISTICS;
            case COLLATION -> Kind.COLLATION;
            default -> null;
        };
        if (kind != null) {
            rename(new Rename(kind, new Name(List.of(id.schema(), id.name()), at), Optional.empty(),
                Optional.of(schema), false, at));
        } else if (id.kind() == ObjectKind.FUNCTION) {
            routines.move(id, new QualifiedName(schema, id.name()));
        } else if (id.kind() == ObjectKind.OPERATOR) {
            operators.moveOperator(id, schema);
        }
        // triggers and policies move with their table, columns and constraints are in it
    }

    /**
     * After a relation or type is renamed (or moved to another schema): what names it in its canonical SQL, and
     * columns and attributes of a renamed type, show the new name, as the server shows them.
     */
    private void rewriteNames(ObjectId old, ObjectId now) {
        QualifiedName from = old.qualifiedName();
        QualifiedName to = now.qualifiedName();
        boolean type = old.kind() == ObjectKind.TYPE;
        Function<Optional<Expression>, Optional<Expression>> ex = oe -> oe.map(e ->
            NameRewrites.rewritten(e, NameRewrites.relation(e.canonical(), from, to)));
        // text that used the old name (unqualified, or through a cast the canonical form leaves out) is written
        // again as its canonical form, which names everything as it is now
        BiFunction<Optional<Expression>, Set<ObjectId>, Optional<Expression>> exUsing =
            (oe, refs) -> oe.map(e -> {
                String canon = NameRewrites.relation(e.canonical(), from, to);
                return canon != null || !usesOld(refs, old) ? NameRewrites.rewritten(e, canon)
                    : NameRewrites.rewritten(e, e.canonical());
            });
        Function<DataType, DataType> dt = d -> type && !d.isBuiltin() && d.schema().equals(
            from.schema()) && d.name().equals(from.name()) ? new DataType(to.schema(), to.name(), d.typmod(), d.array())
            : d;
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            if (o instanceof TableState t) {
                for (Column c : new ArrayList<>(t.columns.values())) {
                    Set<ObjectId> refs = t.columnRefs.get(c.name());
                    Column n = c.withType(dt.apply(c.type())).withDefault(exUsing.apply(c.defaultValue(), refs))
                        .withGenerated(exUsing.apply(c.generated(), refs), c.virtual());
                    t.columns.put(c.name(), n);
                }
                for (Constraint con : new ArrayList<>(t.constraints.values())) {
                    if (con instanceof Constraint.Check ck) {
                        Expression x = exUsing.apply(Optional.of(ck.expression()), t.constraintRefs.get(ck.name()))
                            .get();
                        if (x != ck.expression()) {
                            t.constraints.put(ck.name(), new Constraint.Check(ck.name(), x, ck.noInherit(),
                                ck.notValid(), ck.comment()));
                        }
                    }
                }
                for (Set<ObjectId> refs : t.columnRefs.values()) {
                    WorkingCatalog.remapAll(refs, old, now);
                }
                for (Set<ObjectId> refs : t.constraintRefs.values()) {
                    WorkingCatalog.remapAll(refs, old, now);
                }
                WorkingCatalog.remapAll(t.tableRefs, old, now);
            } else if (o instanceof Index i) {
                List<Index.Key> keys = new ArrayList<>();
                for (Index.Key k : i.keys()) {
                    keys.add(new Index.Key(k.column(), ex.apply(k.expression()), k.collation(), k.opclass(),
                        k.descending(), k.nullsFirst()));
                }
                cat.put(e.getKey(), new Index(i.name(), i.table(), i.unique(), i.method(), keys, i.include(),
                    ex.apply(i.where()),
                    i.nullsNotDistinct(), i.parameters(), i.comment(), i.statistics()));
            } else if (o instanceof View v) {
                String canon = NameRewrites.relation(v.query().canonical(), from, to);
                if (canon == null && usesOld(cat.allRefs().get(e.getKey()), old)) {
                    canon = v.query().canonical();
                }
                if (canon != null) {
                    List<View.Output> outs = new ArrayList<>();
                    for (View.Output out : v.outputs()) {
                        String oc = NameRewrites.relation(out.canonical(), from, to);
                        outs.add(oc == null ? out : new View.Output(out.name(), oc));
                    }
                    cat.put(e.getKey(), new View(v.name(), v.materialized(), NameRewrites.rewritten(v.query(), canon),
                        v.columns(), outs, v.options(), v.checkOption(), v.columnComments(), v.comment(),
                        v.withNoData()));
                }
            } else if (o instanceof Policy p) {
                Set<ObjectId> refs = cat.allRefs().get(e.getKey());
                cat.put(e.getKey(), new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(),
                    exUsing.apply(p.using(), refs), exUsing.apply(p.withCheck(), refs), p.comment()));
            } else if (o instanceof Domain d) {
                List<Domain.Check> checks = new ArrayList<>();
                for (Domain.Check c : d.checks()) {
                    checks.add(new Domain.Check(c.name(), ex.apply(Optional.of(c.expression()))
                        .get(), c.notValid()));
                }
                cat.put(e.getKey(), new Domain(d.name(), dt.apply(d.baseType()), d.collation(),
                    ex.apply(d.defaultValue()), d.notNull(), checks, d.comment()));
            } else if (type && o instanceof CompositeType ct) {
                List<CompositeType.Attribute> attrs = new ArrayList<>();
                for (CompositeType.Attribute a : ct.attributes()) {
                    attrs.add(new CompositeType.Attribute(a.name(), dt.apply(a.type()),
                        a.collation()));
                }
                cat.put(e.getKey(), new CompositeType(ct.name(), attrs, ct.comment()));
            } else if (type && o instanceof RangeType rt) {
                cat.put(e.getKey(), new RangeType(rt.name(), dt.apply(rt.subtype()), rt.options(),
                    rt.comment()));
            }
        }
        for (Set<ObjectId> refs : cat.allRefs().values()) {
            WorkingCatalog.remapAll(refs, old, now);
        }
    }

    private static boolean usesOld(Set<ObjectId> refs, ObjectId old) {
        if (refs == null) {
            return false;
        }
        for (ObjectId r : refs) {
            if (r.equals(old) || (r.qualifiedName().equals(old.qualifiedName())
                && old.kind() != ObjectKind.TYPE && old.kind() != ObjectKind.SEQUENCE
                && (r.kind() == ObjectKind.COLUMN || r.kind() == ObjectKind.CONSTRAINT))) {
                return true;
            }
        }
        return false;
    }

    /** ALTER INDEX on the index of a primary key or unique constraint renames the constraint with it. */
    private boolean renameKeyIndex(Rename r) {
        List<String> parts = r.name().parts();
        List<String> schemas = parts.size() > 1 ? List.of(parts.get(parts.size() - 2)) : cat.lookupPath();
        for (String schema : schemas) {
            for (Object o : cat.objects().values()) {
                if (o instanceof TableState t && t.name.schema().equals(schema)) {
                    Constraint con = t.constraints.get(r.name().last());
                    if (con instanceof Constraint.PrimaryKey || con instanceof Constraint.Unique) {
                        cat.checkRelationFree(new QualifiedName(schema, r.newName().get()), r.at());
                        constraints.renameConstraint(t, con, r.newName().get());
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The object under its new name (a table's state renamed in place). */
    private static Object renamed(Object o, QualifiedName to) {
        if (o instanceof TableState t) {
            t.name = to;
            return t;
        }
        if (o instanceof View v) {
            return v.withName(to);
        }
        if (o instanceof Sequence s) {
            return new Sequence(to, s.options(), s.ownedBy(), s.comment());
        }
        if (o instanceof Index i) {
            return new Index(to, i.table(), i.unique(), i.method(), i.keys(), i.include(), i.where(),
                i.nullsNotDistinct(), i.parameters(), i.comment(), i.statistics());
        }
        if (o instanceof EnumType e) {
            return new EnumType(to, e.labels(), e.comment());
        }
        if (o instanceof Domain d) {
            return d.withName(to);
        }
        if (o instanceof CompositeType c) {
            return c.withName(to);
        }
        if (o instanceof RangeType r) {
            return r.withName(to);
        }
        if (o instanceof Statistics st) {
            return st.withName(to);
        }
        if (o instanceof Collation c) {
            return new Collation(to, c.options(), c.comment());
        }
        throw new IllegalStateException("cannot rename " + o);
    }

    /** After a table is renamed: its indexes, owned sequences and the foreign keys pointing at it follow. */
    private void relinkReferences(ObjectId old, ObjectId now) {
        if (old.kind() != ObjectKind.TABLE) {
            return;
        }
        QualifiedName from = old.qualifiedName();
        QualifiedName to = now.qualifiedName();
        for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
            Object o = e.getValue();
            if (o instanceof Index i && i.table().equals(from)) {
                cat.put(e.getKey(), new Index(i.name(), to, i.unique(), i.method(), i.keys(), i.include(), i.where(),
                    i.nullsNotDistinct(), i.parameters(), i.comment(), i.statistics()));
            } else if (o instanceof Sequence s && s.ownedBy().isPresent() && s.ownedBy().get().table().equals(from)) {
                cat.put(e.getKey(), s.withOwnedBy(Optional.of(new Sequence.ColumnRef(to, s.ownedBy().get().column()))));
            } else if (o instanceof TableState t) {
                for (Constraint c : t.constraints.values().toArray(new Constraint[0])) {
                    if (c instanceof Constraint.ForeignKey fk && fk.referencedTable().equals(from)) {
                        t.constraints.put(fk.name(), fk.withReferencedTable(to));
                    }
                }
            }
        }
    }
}
