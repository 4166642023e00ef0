package io.schemadiff.parser.interp;

import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Identity;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.SequenceOptions;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.AddColumn;
import io.schemadiff.parser.ddl.Ddl.AddConstraint;
import io.schemadiff.parser.ddl.Ddl.AddIdentity;
import io.schemadiff.parser.ddl.Ddl.AlterAction;
import io.schemadiff.parser.ddl.Ddl.AlterColumnType;
import io.schemadiff.parser.ddl.Ddl.AlterTable;
import io.schemadiff.parser.ddl.Ddl.DropColumn;
import io.schemadiff.parser.ddl.Ddl.DropConstraint;
import io.schemadiff.parser.ddl.Ddl.DropDefault;
import io.schemadiff.parser.ddl.Ddl.DropIdentity;
import io.schemadiff.parser.ddl.Ddl.DropNotNull;
import io.schemadiff.parser.ddl.Ddl.IgnoredAction;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.Rename;
import io.schemadiff.parser.ddl.Ddl.RenameColumn;
import io.schemadiff.parser.ddl.Ddl.RenameConstraint;
import io.schemadiff.parser.ddl.Ddl.RenameTo;
import io.schemadiff.parser.ddl.Ddl.SetDefault;
import io.schemadiff.parser.ddl.Ddl.SetIdentity;
import io.schemadiff.parser.ddl.Ddl.SetLogged;
import io.schemadiff.parser.ddl.Ddl.SetNotNull;
import io.schemadiff.parser.ddl.Ddl.SetSchema;
import io.schemadiff.parser.ddl.Ddl.TableConstraint;
import io.schemadiff.parser.ddl.Ddl.UnsupportedAction;
import io.schemadiff.parser.ddl.Ddl.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ALTER TABLE: each action on the table, and, without ONLY, the column changes that reach its partitions and
 * inheritance children as the server recurses. On a relation that is not a table only a rename is modeled (pg_dump
 * uses ALTER TABLE for sequences' owners and views' defaults).
 */
final class AlterTables {
    private final WorkingCatalog cat;
    private final Names names;
    private final Resolver resolver;
    private final Columns columns;
    private final Constraints constraints;
    private final Inheritance inheritance;
    private final Drops drops;
    private final Renames renames;
    private final Triggers triggers;

    AlterTables(WorkingCatalog cat, Columns columns, Constraints constraints, Inheritance inheritance, Drops drops,
                Renames renames, Triggers triggers) {
        this.cat = cat;
        this.names = cat.names();
        this.resolver = cat.resolver();
        this.columns = columns;
        this.constraints = constraints;
        this.inheritance = inheritance;
        this.drops = drops;
        this.renames = renames;
        this.triggers = triggers;
    }

    void alterTable(AlterTable a) {
        Optional<ObjectId> found = cat.find(a.name(), ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.SEQUENCE, ObjectKind.INDEX);
        if (found.isEmpty()) {
            if (a.ifExists()) {
                return;
            }
            throw cat.errorAt(a.name().at(), "relation \"" + a.name() + "\" does not exist");
        }
        if (found.get().kind() != ObjectKind.TABLE) {
            // ALTER TABLE works on other relations too; pg_dump uses it for sequences' OWNER and views' defaults
            for (AlterAction act : a.actions()) {
                if (act instanceof RenameTo r) {
                    renames.rename(new Rename(kindOf(found.get().kind()), a.name(), Optional.of(r.to()),
                        Optional.empty(),
                        false, a.at()));
                } else if (!(act instanceof IgnoredAction)) {
                    cat.warnAt(a.at(), "not modeled yet, ignored: ALTER TABLE on " + found.get());
                }
            }
            return;
        }
        TableState t = (TableState) cat.get(found.get());
        for (AlterAction act : a.actions()) {
            alterAction(t, act, a);
            if (!a.only() && !t.children.isEmpty()) {
                recurse(t, act);
            }
        }
    }

    private static Kind kindOf(ObjectKind k) {
        return switch (k) {
            case VIEW -> Kind.VIEW;
            case MATERIALIZED_VIEW -> Kind.MATERIALIZED_VIEW;
            case SEQUENCE -> Kind.SEQUENCE;
            case INDEX -> Kind.INDEX;
            default -> Kind.TABLE;
        };
    }

    /** ALTER TABLE without ONLY: column changes reach the partitions and children, as the server recurses. */
    private void recurse(TableState parent, AlterAction act) {
        for (QualifiedName cn : new ArrayList<>(parent.children)) {
            if (!(cat.get(ObjectId.of(ObjectKind.TABLE, cn)) instanceof TableState child)) {
                continue;
            }
            if (act instanceof AddColumn ac) {
                Column pc = parent.columns.get(ac.column().name());
                if (pc != null && !child.columns.containsKey(pc.name())) {
                    inheritance.inherit(parent, child, pc);
                }
            } else if (act instanceof DropColumn dc) {
                if (child.columns.containsKey(dc.column())) {
                    drops.dropColumn(child, dc.column());
                }
            } else if (act instanceof RenameColumn rc) {
                if (child.columns.containsKey(rc.from()) && !child.columns.containsKey(rc.to())) {
                    columns.renameColumn(child, rc);
                }
            } else {
                String col = columnOf(act);
                Column pc = col == null ? null : parent.columns.get(col);
                Column cc = col == null ? null : child.columns.get(col);
                if (pc == null || cc == null) {
                    continue;
                }
                if (act instanceof AlterColumnType) {
                    cc = cc.withType(pc.type()).withCollation(pc.collation())
                        .withSettings(cc.settings().withStorage(pc.settings().storage()));
                } else if (act instanceof SetDefault || act instanceof DropDefault) {
                    cc = cc.withDefault(pc.defaultValue());
                } else if (act instanceof SetNotNull || act instanceof DropNotNull) {
                    cc = cc.withNotNull(pc.notNull());
                } else if (act instanceof Ddl.ColumnSetting cs) {
                    cc = columns.withSetting(cc, cs.what(), cs.value(), cs.options(), cs.at());
                } else {
                    continue;
                }
                child.columns.put(col, cc);
            }
            recurse(child, act);
        }
    }

    private static String columnOf(AlterAction act) {
        if (act instanceof AlterColumnType a) {
            return a.column();
        } else if (act instanceof SetDefault a) {
            return a.column();
        } else if (act instanceof DropDefault a) {
            return a.column();
        } else if (act instanceof SetNotNull a) {
            return a.column();
        } else if (act instanceof DropNotNull a) {
            return a.column();
        } else if (act instanceof Ddl.ColumnSetting a) {
            return a.column();
        }
        return null;
    }

    private void alterAction(TableState t, AlterAction act, AlterTable a) {
        if (act instanceof AddColumn ac) {
            if (t.columns.containsKey(ac.column().name()) && ac.ifNotExists()) {
                return;
            }
            List<TableConstraint> keys = columns.addColumn(t, ac.column(), false);
            for (TableConstraint k : keys) {
                constraints.addConstraint(t, k, a.only());
            }
        } else if (act instanceof DropColumn dc) {
            if (!t.columns.containsKey(dc.column())) {
                if (dc.ifExists()) {
                    return;
                }
                cat.requireColumn(t, dc.column(), dc.at());
            }
            if (dc.cascade()) {
                // views, and what depends on them, go with the column
                ObjectId cid = ObjectId.column(t.name, dc.column());
                for (Map.Entry<ObjectId, Set<ObjectId>> e : new ArrayList<>(cat.allRefs().entrySet())) {
                    if (cat.has(e.getKey()) && e.getValue().contains(cid)
                        && !e.getKey().equals(t.id())) {
                        drops.removeObject(e.getKey());
                        drops.dropDependents(e.getKey());
                    }
                }
            }
            drops.dropColumn(t, dc.column());
        } else if (act instanceof AlterColumnType at) {
            Column c = cat.requireColumn(t, at.column(), at.at());
            Set<ObjectId> refs = t.refsOf(c.name());
            refs.removeIf(r -> r.kind() == ObjectKind.TYPE);
            DataType type = resolver.type(at.type(), refs);
            // the new type brings its own default storage
            c = c.withType(type).withSettings(c.settings().withStorage(Optional.empty()));
            if (at.collation().isPresent()) {
                c = c.withCollation(resolver.collation(at.collation().get().parts()));
            }
            if (c.identity().isPresent()) {
                Identity id = c.identity().get();
                SequenceOptions o = id.options();
                c = c.withIdentity(Optional.of(new Identity(id.always(), id.sequence(), SequenceOptions.resolve(
                    type.name(), o.defaultStart() ? null : o.start(), o.increment(), o.defaultMin() ? null : o.min(),
                    o.defaultMax() ? null : o.max(), o.cache(), o.cycle()))));
            }
            t.columns.put(c.name(), c);
        } else if (act instanceof Ddl.AttachPartition ap) {
            inheritance.attachPartition(t, ap);
        } else if (act instanceof Ddl.DetachPartition dp) {
            inheritance.detachPartition(t, dp);
        } else if (act instanceof Ddl.Inherit in) {
            inheritance.inherit(t, in);
        } else if (act instanceof Ddl.TableOptions to) {
            List<String> o = new ArrayList<>(t.options);
            for (String k : to.reset()) {
                o.removeIf(x -> x.startsWith(k + "="));
            }
            for (String kv : to.set()) {
                String key = kv.substring(0, kv.indexOf('=') + 1);
                o.removeIf(x -> x.startsWith(key));
                o.add(kv);
            }
            o.sort(null);
            t.options = Tables.withoutToastOptionsIfNoToast(t, o);
        } else if (act instanceof Ddl.ColumnSetting cs) {
            Column c = cat.requireColumn(t, cs.column(), cs.at());
            t.columns.put(c.name(), columns.withSetting(c, cs.what(), cs.value(), cs.options(), cs.at()));
        } else if (act instanceof SetDefault sd) {
            Column c = cat.requireColumn(t, sd.column(), sd.at());
            Set<ObjectId> refs = t.refsOf(c.name());
            refs.removeIf(r -> r.kind() != ObjectKind.TYPE);
            t.columns.put(c.name(), c.withDefault(columns.defaultExpr(t, c, sd.value(), refs)));
        } else if (act instanceof DropDefault dd) {
            Column c = cat.requireColumn(t, dd.column(), dd.at());
            t.refsOf(c.name()).removeIf(r -> r.kind() != ObjectKind.TYPE);
            t.columns.put(c.name(), c.withDefault(Optional.empty()));
        } else if (act instanceof SetNotNull sn) {
            Column c = cat.requireColumn(t, sn.column(), sn.at());
            t.columns.put(c.name(), c.withNotNull(true));
        } else if (act instanceof DropNotNull dn) {
            Column c = cat.requireColumn(t, dn.column(), dn.at());
            t.columns.put(c.name(), c.withNotNull(false));
        } else if (act instanceof AddIdentity ai) {
            Column c = cat.requireColumn(t, ai.column(), ai.at());
            if (c.identity().isPresent()) {
                throw cat.errorAt(ai.at(), "column \"" + c.name() + "\" is already an identity column");
            }
            t.columns.put(c.name(), c.withIdentity(Optional.of(columns.identity(t, c.name(), c.type(), ai.identity(),
                ai.at()))).withNotNull(true));
        } else if (act instanceof SetIdentity si) {
            Column c = cat.requireColumn(t, si.column(), si.at());
            Identity id = c.identity().orElseThrow(() -> cat.errorAt(si.at(), "column \"" + c.name()
                + "\" is not an identity column"));
            SequenceOptions o = Sequences.alterOptions(id.options(), si.options());
            t.columns.put(c.name(), c.withIdentity(Optional.of(new Identity(si.always().orElse(id.always()),
                id.sequence(), o))));
        } else if (act instanceof DropIdentity di) {
            Column c = cat.requireColumn(t, di.column(), di.at());
            if (c.identity().isEmpty()) {
                if (di.ifExists()) {
                    return;
                }
                throw cat.errorAt(di.at(), "column \"" + c.name() + "\" is not an identity column");
            }
            names.removeRelation(c.identity().get().sequence());
            t.columns.put(c.name(), c.withIdentity(Optional.empty()));
        } else if (act instanceof AddConstraint ac) {
            constraints.addConstraint(t, ac.constraint(), a.only());
        } else if (act instanceof DropConstraint dc) {
            Constraint con = t.constraints.get(dc.name());
            if (con == null) {
                if (dc.ifExists()) {
                    return;
                }
                throw cat.errorAt(dc.at(), "constraint \"" + dc.name() + "\" of relation \"" + t.name.name()
                    + "\" does not exist");
            }
            constraints.removeConstraint(t, con);
        } else if (act instanceof ValidateConstraint vc) {
            Constraint con = t.constraints.get(vc.name());
            if (con == null) {
                throw cat.errorAt(vc.at(), "constraint \"" + vc.name() + "\" of relation \"" + t.name.name()
                    + "\" does not exist");
            }
            if (con instanceof Constraint.Check ch) {
                t.constraints.put(con.name(), ch.withNotValid(false));
            } else if (con instanceof Constraint.ForeignKey fk) {
                t.constraints.put(con.name(), fk.withNotValid(false));
            }
        } else if (act instanceof RenameColumn rc) {
            columns.renameColumn(t, rc);
        } else if (act instanceof RenameConstraint rc) {
            Constraint con = t.constraints.get(rc.from());
            if (con == null) {
                throw cat.errorAt(rc.at(), "constraint \"" + rc.from() + "\" of relation \"" + t.name.name()
                    + "\" does not exist");
            }
            constraints.renameConstraint(t, con, rc.to());
        } else if (act instanceof RenameTo r) {
            renames.rename(new Rename(Kind.TABLE, new Name(List.of(t.name.schema(), t.name.name()), a.at()),
                Optional.of(r.to()), Optional.empty(), false, a.at()));
        } else if (act instanceof SetSchema s) {
            renames.rename(new Rename(Kind.TABLE, new Name(List.of(t.name.schema(), t.name.name()), a.at()),
                Optional.empty(), Optional.of(s.schema()), false, a.at()));
        } else if (act instanceof SetLogged sl) {
            t.unlogged = !sl.logged();
        } else if (act instanceof Ddl.RowSecurity rs) {
            if (rs.force()) {
                t.forceRowSecurity = rs.on();
            } else {
                t.rowSecurity = rs.on();
            }
        } else if (act instanceof Ddl.ReplicaIdentity ri) {
            ri.index().ifPresent(i -> requireIndexOf(t, i, ri.at()));
            t.replicaIdentity = ri.kind() + ri.index().map(i -> " " + i).orElse("");
        } else if (act instanceof Ddl.ClusterOn co) {
            co.index().ifPresent(i -> requireIndexOf(t, i, co.at()));
            t.clusterOn = co.index();
        } else if (act instanceof Ddl.EnableTrigger et) {
            triggers.enableTrigger(t, et);
        } else if (act instanceof UnsupportedAction u) {
            cat.warnAt(u.at(), "not modeled yet, ignored: " + u.what() + " (ALTER TABLE " + t.name + ")");
        } else if (!(act instanceof IgnoredAction)) {
            throw new IllegalStateException("action not handled: " + act);
        }
    }

    /** An index of {@code t} (or the index of a key) that REPLICA IDENTITY or CLUSTER ON names: it must exist. */
    private void requireIndexOf(TableState t, String index, int at) {
        Constraint k = t.constraints.get(index);
        if (k instanceof Constraint.PrimaryKey || k instanceof Constraint.Unique || k instanceof Constraint.Exclude) {
            return;
        }
        Object o = cat.get(ObjectId.of(ObjectKind.INDEX, new QualifiedName(t.name.schema(), index)));
        if (!(o instanceof Index i) || !i.table().equals(t.name)) {
            throw cat.errorAt(at, "index \"" + index + "\" for table \"" + t.name.name() + "\" does not exist");
        }
    }
}
