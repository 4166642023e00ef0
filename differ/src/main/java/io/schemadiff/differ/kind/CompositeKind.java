package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.Column;
import io.schemadiff.model.CompositeType;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Composite types: attributes added, dropped and retyped in place; retyped while columns hold the type, the type is
 * replaced ({@link TypeReplacement}).
 */
final class CompositeKind extends Kind<CompositeType> {
    CompositeKind() {
        super(CompositeType.class, ObjectKind.TYPE);
    }

    @Override
    void create(Changes ch, CompositeType t, boolean onExistingTable) {
        ch.create(t.id(), definition(t), Set.of(t.id()), Set.of(), List.of());
        commentCreated(ch, t);
    }

    @Override
    void drop(Changes ch, CompositeType t) {
        ch.drop(t.id(), "DROP TYPE " + t.name().sql(), Set.of(t.id()), false, Set.of());
    }

    @Override
    String what(CompositeType t) {
        return "TYPE " + t.name().sql();
    }

    private static String definition(CompositeType t) {
        StringBuilder sb = new StringBuilder("CREATE TYPE ").append(t.name().sql()).append(" AS (");
        for (int i = 0; i < t.attributes().size(); i++) {
            sb.append(i > 0 ? "," : "").append("\n    ").append(attribute(t.attributes().get(i)));
        }
        return sb.append("\n)").toString();
    }

    private static String attribute(CompositeType.Attribute a) {
        return q(a.name()) + " " + a.type().sql() + a.collation().map(c -> " COLLATE " + c.sql()).orElse("");
    }

    @Override
    void altered(Changes ch, CompositeType x, CompositeType y) {
        String name = y.name().sql();
        boolean retyped = y.attributes().stream().anyMatch(at -> x.attributes().stream()
            .anyMatch(o -> o.name().equals(at.name()) && !o.equals(at)));
        if (retyped && usedByColumns(ch, x.name())) {
            // the server refuses ALTER ATTRIBUTE … TYPE while a column holds the type: a new type, the columns
            // converted through text
            TypeReplacement.replace(ch, x.id(), definition(y), "an attribute of " + y.name()
                + " changes type while columns use it");
            commentCreated(ch, y);
            return;
        }
        boolean columns = usedByColumns(ch, x.name());
        Set<String> moved = columns ? Set.of() : moved(x, y);
        for (CompositeType.Attribute at : x.attributes()) {
            boolean kept = y.attributes().stream().anyMatch(o -> o.name().equals(at.name()));
            if (!kept || moved.contains(at.name())) {
                // an attribute that moves holds no data (no column uses the type): dropped and added in its place
                ch.alter(y.id(), "ALTER TYPE " + name + " DROP ATTRIBUTE " + q(at.name()), Set.of(y.id()), !kept,
                    Set.of(), List.of(), Set.of());
                if (kept) {
                    ch.because("ADD ATTRIBUTE appends: the attributes after the first one out of place are added "
                        + "again in the target's order");
                }
            }
        }
        for (CompositeType.Attribute at : y.attributes()) {
            Optional<CompositeType.Attribute> old = x.attributes().stream().filter(o -> o.name().equals(at.name()))
                .findFirst();
            if (old.isEmpty() || moved.contains(at.name())) {
                ch.alter(y.id(), "ALTER TYPE " + name + " ADD ATTRIBUTE " + attribute(at), Set.of(y.id()), false,
                    Set.of(), List.of(), Set.of());
            } else if (!old.get().equals(at)) {
                ch.alter(y.id(), "ALTER TYPE " + name + " ALTER ATTRIBUTE " + q(at.name()) + " SET DATA TYPE "
                    + at.type().sql() + at.collation().map(c -> " COLLATE " + c.sql()).orElse(""), Set.of(y.id()),
                    true, Set.of(), List.of(), Set.of());
            }
        }
        commentChanged(ch, x, y);
    }

    /**
     * The attributes kept that must move for the target's order: dropping what goes and appending what is new leaves
     * the kept ones in the source's order, then the new ones; from the first position where that differs from the
     * target, every kept attribute is dropped and added again.
     */
    private static Set<String> moved(CompositeType x, CompositeType y) {
        List<String> target = y.attributes().stream().map(CompositeType.Attribute::name).toList();
        List<String> kept = x.attributes().stream().map(CompositeType.Attribute::name).filter(target::contains)
            .toList();
        List<String> appended = new ArrayList<>(kept);
        target.stream().filter(n -> !kept.contains(n)).forEach(appended::add);
        int k = 0;
        while (k < target.size() && target.get(k).equals(appended.get(k))) {
            k++;
        }
        Set<String> moved = new LinkedHashSet<>(target.subList(k, target.size()));
        moved.retainAll(kept);
        return moved;
    }

    /** Whether a column of a table (in the source) is of the type. */
    private static boolean usedByColumns(Changes ch, QualifiedName type) {
        for (Table t : ch.from().all(Table.class)) {
            for (Column c : t.columns()) {
                if (c.type().userType().map(type::equals).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
