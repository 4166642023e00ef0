package io.schemadiff.differ.object;

import io.schemadiff.differ.plan.Hazard;
import io.schemadiff.differ.plan.Markers;
import io.schemadiff.differ.plan.Step;
import io.schemadiff.differ.plan.Step.Action;
import io.schemadiff.differ.write.Statements;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Function;
import io.schemadiff.model.Trigger;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dropping and creating single objects that can be re-created without losing data: views, materialized views,
 * indexes and constraints. Used for plain additions and removals, and to re-create an object around a change
 * to something it depends on.
 */
public final class Recreate {
    private Recreate() {}

    public static boolean canRecreate(ObjectId id) {
        return switch (id.kind()) {
            case VIEW, MATERIALIZED_VIEW, INDEX, CONSTRAINT, TRIGGER, FUNCTION, POLICY, CAST, OPERATOR, STATISTICS -> true;
            default -> false;
        };
    }

    /**
     * {@code ALTER COLUMN … DROP DEFAULT}: the default of a column that the target keeps, taken off before
     * something it uses is dropped (a function re-created with another result type). {@link #setDefault} puts
     * it back.
     */
    public static Step dropDefault(ObjectId column) {
        return new Step(Action.ALTER, column, Statements.alterTable(column.qualifiedName(), "ALTER COLUMN "
            + Identifiers.quote(column.member()) + " DROP DEFAULT"), false, Set.of(),
            Optional.empty(), List.of(), Set.of(Markers.defaultReleased(column)), Set.of(), Set.of());
    }

    /**
     * {@code ALTER COLUMN … SET DEFAULT} with the target's default, after the column has its target type and
     * what the default uses exists; empty when the target column has no default.
     */
    public static Optional<Step> setDefault(Catalog to, ObjectId column) {
        return to.table(column.qualifiedName()).flatMap(t -> t.column(column.member())).flatMap(c ->
            c.defaultValue().map(d -> {
                Set<ObjectId> needs = new LinkedHashSet<>(to.dependencies(column));
                needs.add(column);
                needs.add(Markers.defaultReleased(column));
                return new Step(Action.ALTER, column, Statements.alterTable(column.qualifiedName(), "ALTER COLUMN "
                    + Identifiers.quote(column.member()) + " SET DEFAULT " + d.text()), false,
                    Set.of(), Optional.empty(), d.searchPath(),
                    Set.of(Markers.defaultRestored(column)), Set.of(), needs);
            }));
    }

    /**
     * An object only one side has: created whole (comments included) or dropped. True when that was the change,
     * false when both sides have it and the caller compares them.
     */
    public static boolean addedOrRemoved(Changes ch, Optional<? extends io.schemadiff.model.SchemaObject> a,
                                         Optional<? extends io.schemadiff.model.SchemaObject> b) {
        if (a.isEmpty()) {
            create(ch.to(), b.get().id(), false).forEach(ch::add);
            return true;
        }
        if (b.isEmpty()) {
            drop(ch.from(), a.get().id()).ifPresent(ch::add);
            return true;
        }
        return false;
    }

    /** The statement dropping {@code id} as it is in {@code from}; empty when it does not exist there. */
    public static Optional<Step> drop(Catalog from, ObjectId id) {
        switch (id.kind()) {
            case VIEW, MATERIALIZED_VIEW -> {
                return from.get(id).map(o -> {
                    View v = (View) o;
                    Set<ObjectId> removes = new LinkedHashSet<>();
                    removes.add(id);
                    for (Index i : from.all(Index.class)) {
                        if (i.table().equals(v.name())) {
                            removes.add(i.id());
                        }
                    }
                    return step(Action.DROP, id, Statements.dropView(v), Set.of(), List.of(), Set.of(), removes);
                });
            }
            case INDEX -> {
                return from.get(id).map(o -> step(Action.DROP, id, Statements.dropIndex(((Index) o).name()),
                    Set.of(), List.of(), Set.of(), Set.of(id)));
            }
            case CONSTRAINT -> {
                return from.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member())).map(c ->
                    step(Action.DROP, id, Statements.dropConstraint(id.qualifiedName(), c.name()),
                        Set.of(), List.of(), Set.of(), Set.of(id)));
            }
            case TRIGGER -> {
                return from.get(id).map(o -> step(Action.DROP, id, Statements.dropTrigger((Trigger) o), Set.of(),
                    List.of(), Set.of(), Set.of(id)));
            }
            case COLUMN -> {
                // a generated column: its values are computed again when it is added back
                Set<ObjectId> removes = new java.util.LinkedHashSet<>();
                removes.add(id);
                for (io.schemadiff.model.Index i : from.all(io.schemadiff.model.Index.class)) {
                    if (from.dependencies(i.id()).contains(id)) {
                        removes.add(i.id());
                    }
                }
                return Optional.of(step(Action.DROP, id, Statements.alterTable(id.qualifiedName(), "DROP COLUMN "
                    + Identifiers.quote(id.member())), Set.of(), List.of(), Set.of(),
                    removes));
            }
            case FUNCTION -> {
                return from.get(id).map(o -> step(Action.DROP, id, o instanceof io.schemadiff.model.Aggregate ag
                    ? "DROP AGGREGATE " + ag.name().sql() + ag.signature() : Statements.dropFunction((Function) o),
                    Set.of(), List.of(), Set.of(), Set.of(id)));
            }
            case STATISTICS -> {
                return from.get(id).map(o -> step(Action.DROP, id, "DROP STATISTICS " + id.qualifiedName().sql(),
                    Set.of(), List.of(), Set.of(), Set.of(id)));
            }
            case OPERATOR -> {
                return from.get(id).map(o -> step(Action.DROP, id, "DROP OPERATOR "
                    + ((io.schemadiff.model.Operator) o).symbol() + " " + id.member(), Set.of(), List.of(), Set.of(),
                    Set.of(id)));
            }
            case CAST -> {
                return from.get(id).map(o -> step(Action.DROP, id, "DROP CAST " + ((io.schemadiff.model.Cast) o)
                    .signature(), Set.of(), List.of(), Set.of(), Set.of(id)));
            }
            case POLICY -> {
                return from.get(id).map(o -> step(Action.DROP, id, "DROP POLICY " + Identifiers.quote(id.member())
                    + " ON " + id.qualifiedName().sql(), Set.of(), List.of(), Set.of(), Set.of(id)));
            }
            case TYPE -> {
                return from.get(id).map(o -> step(Action.DROP, id, (o instanceof io.schemadiff.model.Domain
                    ? "DROP DOMAIN " : "DROP TYPE ") + id.qualifiedName().sql(), Set.of(), List.of(), Set.of(),
                    Set.of(id)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** {@code ALTER INDEX … ALTER COLUMN n SET STATISTICS t}; -1 takes a target back. */
    static Step indexStatistics(Index i, int column, int target) {
        return new Step(Action.ALTER, i.id(), "ALTER INDEX " + i.name().sql() + " ALTER COLUMN " + column
            + " SET STATISTICS " + target, false, Set.of(), Optional.empty(), List.of(), Set.of(), Set.of(),
            Set.of(i.id()));
    }

    /** The statements creating {@code id} as it is in {@code to}, its comments included. */
    public static List<Step> create(Catalog to, ObjectId id, boolean existingTable) {
        List<Step> out = new ArrayList<>();
        switch (id.kind()) {
            case VIEW, MATERIALIZED_VIEW -> to.get(id).ifPresent(o -> {
                View v = (View) o;
                out.add(step(Action.CREATE, id, Statements.createView(v, false), Set.of(), v.query().searchPath(),
                    Set.of(id), Set.of()));
                String what = (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + v.name().sql();
                v.comment().ifPresent(c -> out.add(comment(id, what, v.comment())));
                for (Map.Entry<String, String> e : v.columnComments().entrySet()) {
                    out.add(comment(id, "COLUMN " + v.name().sql() + "." + Identifiers.quote(e.getKey()),
                        Optional.of(e.getValue())));
                }
            });
            case INDEX -> to.get(id).ifPresent(o -> {
                Index i = (Index) o;
                List<String> path = i.where().map(w -> w.searchPath()).orElse(List.of());
                for (Index.Key k : i.keys()) {
                    if (k.expression().isPresent() && !k.expression().get().searchPath().isEmpty()) {
                        path = k.expression().get().searchPath();
                    }
                }
                out.add(step(Action.CREATE, id, Statements.createIndex(i),
                    existingTable ? Set.of(Hazard.INDEX_BUILD) : Set.of(), path, Set.of(id), Set.of()));
                i.comment().ifPresent(c -> out.add(comment(id, "INDEX " + i.name().sql(), i.comment())));
                i.statistics().forEach((col, target) -> out.add(indexStatistics(i, col, target)));
            });
            case COLUMN -> to.table(id.qualifiedName()).ifPresent(t -> t.column(id.member()).ifPresent(c -> {
                out.add(step(Action.CREATE, id, Statements.alterTable(t.name(), "ADD COLUMN "
                    + Statements.columnDefinition(c, t.name())), Set.of(Hazard.TABLE_REWRITE),
                    c.generated().map(g -> g.searchPath()).orElse(List.of()), Set.of(id), Set.of()));
                c.comment().ifPresent(x -> out.add(comment(id, "COLUMN " + t.name().sql() + "."
                    + Identifiers.quote(c.name()), c.comment())));
            }));
            case TRIGGER -> to.get(id).ifPresent(o -> {
                Trigger t = (Trigger) o;
                out.add(step(Action.CREATE, id, Statements.createTrigger(t), Set.of(),
                    t.when().map(w -> w.searchPath()).orElse(List.of()), Set.of(id), Set.of()));
                if (t.enabled() != 'O') {
                    out.add(new Step(Action.ALTER, id, Statements.enableTrigger(t), false, Set.of(), Optional.empty(),
                        List.of(), Set.of(), Set.of(), Set.of(id)));
                }
                t.comment().ifPresent(c -> out.add(comment(id, "TRIGGER " + Identifiers.quote(t.name()) + " ON "
                    + t.table().sql(), t.comment())));
            });
            case STATISTICS -> to.get(id).ifPresent(o -> {
                io.schemadiff.model.Statistics st = (io.schemadiff.model.Statistics) o;
                List<String> path = st.expressions().stream().map(e -> e.searchPath()).filter(p -> !p.isEmpty())
                    .findFirst().orElse(List.of());
                out.add(step(Action.CREATE, id, Statements.createStatistics(st), Set.of(), path, Set.of(id),
                    Set.of()));
                st.target().ifPresent(t -> out.add(new Step(Action.ALTER, id, "ALTER STATISTICS " + st.name().sql()
                    + " SET STATISTICS " + t, false, Set.of(), Optional.empty(), List.of(), Set.of(), Set.of(),
                    Set.of(id))));
                st.comment().ifPresent(x -> out.add(comment(id, "STATISTICS " + st.name().sql(), st.comment())));
            });
            case OPERATOR -> to.get(id).ifPresent(o -> {
                io.schemadiff.model.Operator op = (io.schemadiff.model.Operator) o;
                out.add(step(Action.CREATE, id, Statements.createOperator(op), Set.of(), List.of(), Set.of(id),
                    Set.of()));
                op.comment().ifPresent(x -> out.add(comment(id, "OPERATOR " + op.symbol() + " " + id.member(),
                    op.comment())));
            });
            case CAST -> to.get(id).ifPresent(o -> {
                io.schemadiff.model.Cast c = (io.schemadiff.model.Cast) o;
                out.add(step(Action.CREATE, id, Statements.createCast(c), Set.of(), List.of(), Set.of(id), Set.of()));
                c.comment().ifPresent(x -> out.add(comment(id, "CAST " + c.signature(), c.comment())));
            });
            case POLICY -> to.get(id).ifPresent(o -> {
                io.schemadiff.model.Policy p = (io.schemadiff.model.Policy) o;
                out.add(step(Action.CREATE, id, Statements.createPolicy(p), Set.of(),
                    p.using().or(p::withCheck).map(e -> e.searchPath()).orElse(List.of()), Set.of(id), Set.of()));
                p.comment().ifPresent(c -> out.add(comment(id, "POLICY " + Identifiers.quote(p.name()) + " ON "
                    + p.table().sql(), p.comment())));
            });
            case TYPE -> to.get(id).ifPresent(o -> {
                String sql;
                String what;
                List<String> path = List.of();
                if (o instanceof io.schemadiff.model.Domain d) {
                    sql = Statements.createDomain(d);
                    what = "DOMAIN " + d.name().sql();
                    path = d.defaultValue().map(e -> e.searchPath()).orElse(d.checks().isEmpty() ? List.of()
                        : d.checks().get(0).expression().searchPath());
                } else if (o instanceof io.schemadiff.model.CompositeType ct) {
                    sql = Statements.createComposite(ct);
                    what = "TYPE " + ct.name().sql();
                } else if (o instanceof io.schemadiff.model.RangeType r) {
                    sql = Statements.createRange(r);
                    what = "TYPE " + r.name().sql();
                } else {
                    io.schemadiff.model.EnumType e = (io.schemadiff.model.EnumType) o;
                    sql = Statements.createEnum(e);
                    what = "TYPE " + e.name().sql();
                }
                out.add(step(Action.CREATE, id, sql, Set.of(), path, Set.of(id), Set.of()));
                ((io.schemadiff.model.SchemaObject) o).comment().ifPresent(c -> out.add(comment(id, what,
                    Optional.of(c))));
            });
            case FUNCTION -> to.get(id).ifPresent(o -> {
                if (o instanceof io.schemadiff.model.Aggregate ag) {
                    out.add(step(Action.CREATE, id, Statements.createAggregate(ag, false), Set.of(), List.of(),
                        Set.of(id), Set.of()));
                    ag.comment().ifPresent(c -> out.add(comment(id, "AGGREGATE " + ag.name().sql() + ag.signature(),
                        ag.comment())));
                    return;
                }
                Function f = (Function) o;
                out.add(step(Action.CREATE, id, Statements.createFunction(f, false), Set.of(),
                    RoutineChanges.pathOf(f), Set.of(id), Set.of()));
                f.comment().ifPresent(c -> out.add(comment(id, (f.procedure() ? "PROCEDURE " : "FUNCTION ")
                    + Statements.functionSignature(f), f.comment())));
            });
            case CONSTRAINT -> to.table(id.qualifiedName()).ifPresent(t -> t.constraint(id.member()).ifPresent(c -> {
                Changes tmp = new Changes(to, to);
                TableChanges.addConstraint(tmp, t, c, true);
                out.addAll(tmp.steps());
                c.comment().ifPresent(x -> out.add(comment(id, "CONSTRAINT " + Identifiers.quote(c.name()) + " ON "
                    + t.name().sql(), c.comment())));
            }));
            default -> {
            }
        }
        return out;
    }

    /**
     * Replaces a type whose definition cannot change in place (a domain's base type): the new one is created
     * beside the old, which is renamed aside and dropped when nothing uses it. Columns using it must be
     * converted; that is the caller's (and the planner's recreation's) job.
     */
    static Step replaceType(Changes ch, ObjectId id, String createSql, String why) {
        dropRoutinesUsing(ch, id, why);
        io.schemadiff.model.QualifiedName aside = new io.schemadiff.model.QualifiedName(id.schema(),
            Identifiers.truncate(id.name() + "__schemadiff_old"));
        ObjectId asideId = ObjectId.of(ObjectKind.TYPE, aside);
        String kind = ch.from().get(id).orElseThrow() instanceof io.schemadiff.model.Domain ? "DOMAIN " : "TYPE ";
        ch.add(new Step(Action.ALTER, id, "ALTER " + kind + id.qualifiedName().sql() + " RENAME TO "
            + Identifiers.quote(aside.name()), false, Set.of(), Optional.of(why), List.of(), Set.of(asideId),
            Set.of(), Set.of()));
        Set<ObjectId> uses = new java.util.LinkedHashSet<>();
        uses.add(asideId);
        for (Table t : ch.to().all(Table.class)) {
            for (io.schemadiff.model.Column c : t.columns()) {
                if (c.type().userType().map(id.qualifiedName()::equals).orElse(false)
                    && ch.from().table(t.name()).flatMap(x -> x.column(c.name())).isPresent()
                    && !inheritedColumn(ch.to(), t, c.name())) {
                    ObjectId col = ObjectId.column(t.name(), c.name());
                    String name = Identifiers.quote(c.name());
                    ch.add(new Step(Action.ALTER, col, Statements.alterTable(t.name(), "ALTER COLUMN " + name
                        + " TYPE " + c.type().sql() + " USING " + name + "::text::" + c.type().sql()), true,
                        Set.of(Hazard.TABLE_REWRITE), Optional.of(why), List.of(),
                        Set.of(col), Set.of(), Set.of(id)));
                    uses.add(col);
                }
            }
        }
        ch.add(new Step(Action.DROP, asideId, "DROP " + kind + aside.sql(), false, Set.of(), Optional.empty(),
            List.of(), Set.of(), Set.of(asideId), uses));
        return new Step(Action.CREATE, id, createSql, false, Set.of(), Optional.empty(), List.of(), Set.of(id),
            Set.of(), Set.of(asideId));
    }

    /** A column a partition or an inheritance child has from a parent: the parent's statements change it. */
    static boolean inheritedColumn(Catalog c, Table t, String column) {
        List<io.schemadiff.model.QualifiedName> parents = t.partitionOf().map(p -> List.of(p.parent()))
            .orElse(t.inherits());
        for (io.schemadiff.model.QualifiedName p : parents) {
            if (c.table(p).flatMap(x -> x.column(column)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Functions whose arguments or result are of a type that is replaced (renamed aside, dropped, created anew):
     * dropped first, before the rename (their signatures name the type); the planner creates them again after
     * the new type, and what uses them around them.
     */
    static void dropRoutinesUsing(Changes ch, ObjectId type, String why) {
        for (ObjectId dep : ch.from().dependents().getOrDefault(type, Set.of())) {
            if (dep.kind() == ObjectKind.FUNCTION && ch.to().get(dep).isPresent()) {
                drop(ch.from(), dep).ifPresent(s -> ch.add(s.withReason("re-created: " + why)));
            }
        }
    }

    private static Step comment(ObjectId id, String what, Optional<String> text) {
        return new Step(Action.ALTER, id, Statements.comment(what, text), false, Set.of(), Optional.empty(),
            List.of(), Set.of(), Set.of(), Set.of(id));
    }

    private static Step step(Action action, ObjectId id, String sql, Set<Hazard> hazards, List<String> path,
                             Set<ObjectId> provides, Set<ObjectId> removes) {
        return new Step(action, id, sql, false, hazards, Optional.empty(), path, provides, removes, Set.of());
    }

    /** Whether {@code t} is a table that exists before the plan runs (an index on it blocks writes). */
    static boolean existing(Catalog from, Table t) {
        return from.get(t.id()).isPresent();
    }

    /** Constraints are members of tables: this finds the constraint an id names. */
    static Optional<Constraint> constraint(Catalog c, ObjectId id) {
        return id.kind() == ObjectKind.CONSTRAINT
            ? c.table(id.qualifiedName()).flatMap(t -> t.constraint(id.member())) : Optional.empty();
    }
}
