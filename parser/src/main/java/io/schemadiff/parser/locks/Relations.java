package io.schemadiff.parser.locks;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.DataType;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Statistics;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import io.schemadiff.parser.ddl.Ddl.Name;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the schema before a statement tells about the relations it touches: an index's table, a table's partitions
 * and children, the foreign keys between tables, the sequences a table owns. Without a schema ({@link #known} false)
 * every question has no answer, and the classifier reports only the relations the statement names.
 */
final class Relations {
    private final Catalog catalog;

    Relations(Catalog catalog) {
        this.catalog = catalog;
    }

    boolean known() {
        return catalog != null;
    }

    /** A name as written, resolved as the server would with {@code search_path = public}. */
    static QualifiedName resolve(Name name) {
        List<String> p = name.parts();
        return p.size() == 1 ? QualifiedName.of("public", p.get(0)) : QualifiedName.of(p.get(p.size() - 2), p.get(p.size() - 1));
    }

    Optional<Table> table(QualifiedName name) {
        return known() ? catalog.table(name) : Optional.empty();
    }

    private <T extends SchemaObject> List<T> all(Class<T> type) {
        return known() ? catalog.all(type) : List.of();
    }

    boolean isPartitioned(QualifiedName table) {
        return table(table).map(t -> t.partitionBy().isPresent()).orElse(false);
    }

    /** Whether the relation exists in the schema before (true when there is no schema to ask). */
    boolean exists(QualifiedName rel) {
        if (!known()) {
            return true;
        }
        for (ObjectKind k : List.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.SEQUENCE, ObjectKind.INDEX)) {
            if (catalog.get(ObjectId.of(k, rel)).isPresent()) {
                return true;
            }
        }
        return indexTable(rel).isPresent();
    }

    /** The direct partitions of a partitioned table. */
    List<QualifiedName> partitions(QualifiedName parent) {
        List<QualifiedName> out = new ArrayList<>();
        for (Table t : all(Table.class)) {
            if (t.partitionOf().map(p -> p.parent().equals(parent)).orElse(false)) {
                out.add(t.name());
            }
        }
        return out;
    }

    /** The partition of {@code parent} that takes the rows no other bound does. */
    Optional<QualifiedName> defaultPartition(QualifiedName parent) {
        for (Table t : all(Table.class)) {
            if (t.partitionOf().map(p -> p.parent().equals(parent)
                && p.bound().text().trim().equalsIgnoreCase("default")).orElse(false)) {
                return Optional.of(t.name());
            }
        }
        return Optional.empty();
    }

    /** Partitions and inheritance children, and theirs, to the bottom. */
    Set<QualifiedName> descendants(QualifiedName table) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        List<QualifiedName> todo = new ArrayList<>(List.of(table));
        while (!todo.isEmpty()) {
            QualifiedName t = todo.remove(todo.size() - 1);
            for (Table x : all(Table.class)) {
                boolean child = x.partitionOf().map(p -> p.parent().equals(t)).orElse(false) || x.inherits().contains(t);
                if (child && out.add(x.name())) {
                    todo.add(x.name());
                }
            }
        }
        out.remove(table);
        return out;
    }

    /** Partitions only (CREATE INDEX recurses into partitions, not into inheritance children). */
    Set<QualifiedName> partitionTree(QualifiedName table) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        for (QualifiedName p : partitions(table)) {
            out.add(p);
            out.addAll(partitionTree(p));
        }
        return out;
    }

    /** The table of an index, or of the constraint (primary key, unique, exclusion) an index implements. */
    Optional<QualifiedName> indexTable(QualifiedName index) {
        if (!known()) {
            return Optional.empty();
        }
        Optional<SchemaObject> i = catalog.get(ObjectId.of(ObjectKind.INDEX, index));
        if (i.isPresent()) {
            return Optional.of(((Index) i.get()).table());
        }
        for (Table t : all(Table.class)) {
            if (t.name().schema().equals(index.schema()) && t.constraint(index.name()).map(Relations::hasIndex)
                .orElse(false)) {
                return Optional.of(t.name());
            }
        }
        for (Index x : all(Index.class)) {
            if (x.name().equals(index)) {
                return Optional.of(x.table());
            }
        }
        return Optional.empty();
    }

    private static boolean hasIndex(Constraint c) {
        return c instanceof Constraint.PrimaryKey || c instanceof Constraint.Unique || c instanceof Constraint.Exclude;
    }

    /** Every index of a table: its own and those of its keys. */
    List<QualifiedName> indexes(QualifiedName table) {
        List<QualifiedName> out = new ArrayList<>();
        table(table).ifPresent(t -> t.constraints().stream().filter(Relations::hasIndex)
            .forEach(c -> out.add(QualifiedName.of(t.name().schema(), c.name()))));
        for (Index x : all(Index.class)) {
            if (x.table().equals(table)) {
                out.add(x.name());
            }
        }
        return out;
    }

    /** A constraint of a table, by name. */
    Optional<Constraint> constraint(QualifiedName table, String name) {
        return table(table).flatMap(t -> t.constraint(name));
    }

    /** The tables whose foreign keys reference {@code table} (itself left out). */
    Set<QualifiedName> referencing(QualifiedName table) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        for (Table t : all(Table.class)) {
            for (Constraint c : t.constraints()) {
                if (c instanceof Constraint.ForeignKey fk && fk.referencedTable().equals(table)
                    && !t.name().equals(table)) {
                    out.add(t.name());
                }
            }
        }
        return out;
    }

    /** The tables {@code table}'s own foreign keys reference (itself left out). */
    Set<QualifiedName> referenced(QualifiedName table) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        table(table).ifPresent(t -> t.constraints().stream().filter(c -> c instanceof Constraint.ForeignKey)
            .map(c -> ((Constraint.ForeignKey) c).referencedTable()).filter(r -> !r.equals(table)).forEach(out::add));
        return out;
    }

    /** The sequences a table owns: its identity columns' and those OWNED BY one of its columns (serial). */
    Set<QualifiedName> ownedSequences(QualifiedName table) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        table(table).ifPresent(t -> t.columns().forEach(c -> c.identity().ifPresent(i -> out.add(i.sequence()))));
        for (Sequence s : all(Sequence.class)) {
            if (s.ownedBy().map(o -> o.table().equals(table)).orElse(false)) {
                out.add(s.name());
            }
        }
        return out;
    }

    /** The identity sequence of a column, if it is an identity column. */
    Optional<QualifiedName> identitySequence(QualifiedName table, String column) {
        return table(table).flatMap(t -> t.column(column)).flatMap(Column::identity).map(i -> i.sequence());
    }

    /** The tables with a column of the given type (a domain). */
    Set<QualifiedName> tablesUsingType(QualifiedName type) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        for (Table t : all(Table.class)) {
            for (Column c : t.columns()) {
                DataType d = c.type();
                if (d.schema().equals(type.schema()) && d.name().equals(type.name())) {
                    out.add(t.name());
                }
            }
        }
        return out;
    }

    /** The table of an extended statistics object. */
    Optional<QualifiedName> statisticsTable(QualifiedName stats) {
        for (Statistics s : all(Statistics.class)) {
            if (s.name().equals(stats)) {
                return Optional.of(s.table());
            }
        }
        return Optional.empty();
    }

    /** A view or materialized view's kind; empty when it is not one (or not known). */
    Optional<View> view(QualifiedName name) {
        if (!known()) {
            return Optional.empty();
        }
        return catalog.get(ObjectId.of(ObjectKind.VIEW, name)).or(() -> catalog.get(ObjectId.of(
            ObjectKind.MATERIALIZED_VIEW, name))).map(View.class::cast);
    }

    /**
     * The relations a view's query reads, through the views it reads, to the bottom: what the parser and the rewriter
     * lock (ACCESS SHARE) when a query names the view.
     */
    Set<QualifiedName> readBy(QualifiedName view) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        List<QualifiedName> todo = new ArrayList<>(List.of(view));
        while (!todo.isEmpty()) {
            QualifiedName v = todo.remove(todo.size() - 1);
            Optional<View> vv = view(v);
            if (vv.isEmpty()) {
                continue;
            }
            for (ObjectId d : catalog.dependencies(vv.get().id())) {
                QualifiedName r = relationOf(d);
                if (r != null && !r.equals(v) && out.add(r) && view(r).map(x -> !x.materialized()).orElse(false)) {
                    todo.add(r);
                }
            }
        }
        return out;
    }

    /** The relation an id stands for or belongs to (a column's table), if it is one. */
    private QualifiedName relationOf(ObjectId d) {
        return switch (d.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, COLUMN -> d.qualifiedName();
            default -> null;
        };
    }

    /** Views and materialized views that a DROP … CASCADE of {@code rel} drops with it, to the bottom. */
    Set<QualifiedName> dependentViews(QualifiedName rel) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        if (!known()) {
            return out;
        }
        List<QualifiedName> todo = new ArrayList<>(List.of(rel));
        while (!todo.isEmpty()) {
            QualifiedName r = todo.remove(todo.size() - 1);
            for (View v : all(View.class)) {
                if (v.name().equals(r) || out.contains(v.name())) {
                    continue;
                }
                boolean reads = catalog.dependencies(v.id()).stream().anyMatch(d -> r.equals(relationOf(d)));
                if (reads) {
                    out.add(v.name());
                    todo.add(v.name());
                }
            }
        }
        return out;
    }

    /** Every table, view, materialized view and sequence of a schema. */
    List<QualifiedName> relationsIn(String schema) {
        List<QualifiedName> out = new ArrayList<>();
        if (!known()) {
            return out;
        }
        for (SchemaObject o : catalog.objects().values()) {
            ObjectKind k = o.id().kind();
            if ((k == ObjectKind.TABLE || k == ObjectKind.VIEW || k == ObjectKind.MATERIALIZED_VIEW
                || k == ObjectKind.SEQUENCE) && o.id().schema().equals(schema)) {
                out.add(o.id().qualifiedName());
            }
        }
        return out;
    }

    /** Whether the name is a relation of the schema (a table, view, materialized view or sequence). */
    boolean isRelation(QualifiedName name) {
        return known() && (catalog.table(name).isPresent() || view(name).isPresent()
            || catalog.get(ObjectId.of(ObjectKind.SEQUENCE, name)).isPresent());
    }
}
