package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.differ.plan.Markers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.SequenceOptions;
import java.util.List;
import java.util.Set;

/** Sequences: their options, their owning column (OWNED BY) and comment change in place. */
final class SequenceKind extends Kind<Sequence> {
    SequenceKind() {
        super(Sequence.class, ObjectKind.SEQUENCE);
    }

    @Override
    void create(Changes ch, Sequence s, boolean onExistingTable) {
        ch.create(s.id(), "CREATE SEQUENCE " + s.name().sql() + options(s.options()), Set.of(s.id()), Set.of(),
            List.of());
        if (s.ownedBy().isPresent()) {
            ch.alter(s.id(), ownedBy(s), Set.of(), false, Set.of(), List.of(), Set.of(s.id(), s.ownedBy().get().id()));
        }
        commentCreated(ch, s);
    }

    @Override
    void drop(Changes ch, Sequence s) {
        ch.drop(s.id(), "DROP SEQUENCE " + s.name().sql(), Set.of(s.id()), true, Set.of());
    }

    @Override
    void removed(Changes ch, Sequence s) {
        // a sequence owned by a column that goes away goes with it
        boolean implied = s.ownedBy().isPresent() && ch.to().table(s.ownedBy().get().table())
            .flatMap(t -> t.column(s.ownedBy().get().column())).isEmpty();
        if (!implied) {
            drop(ch, s);
        }
    }

    @Override
    void altered(Changes ch, Sequence x, Sequence y) {
        if (!x.options().equals(y.options())) {
            SequenceOptions xo = x.options();
            SequenceOptions yo = y.options();
            boolean raisesMin = yo.min() > xo.min() && yo.increment() > 0;
            boolean lowersMax = yo.max() < xo.max() && yo.increment() < 0;
            Set<ObjectId> needs = Set.of();
            if (raisesMin || lowersMax) {
                long bound = raisesMin ? yo.min() : yo.max();
                if (raisesMin && bound > xo.max() || lowersMax && bound < xo.min()) {
                    // the new range lies beyond the old: widen the far bound first, so that setval may reach it
                    String far = raisesMin ? (yo.defaultMax() ? " NO MAXVALUE" : " MAXVALUE " + yo.max())
                        : (yo.defaultMin() ? " NO MINVALUE" : " MINVALUE " + yo.min());
                    ch.alter(y.id(), "ALTER SEQUENCE " + y.name().sql() + far, Set.of(Markers.boundsWidened(y.name())),
                        false, Set.of(), List.of(), Set.of());
                    ch.because("the new bounds lie beyond the old ones: the far bound moves first");
                    xo = new SequenceOptions(xo.type(), xo.start(), xo.increment(), raisesMin ? xo.min() : yo.min(),
                        raisesMin ? yo.max() : xo.max(), xo.cache(), xo.cycle());
                }
                if (bound >= xo.min() && bound <= xo.max()) {
                    ch.alter(y.id(), withinBounds(y, bound, raisesMin), Set.of(Markers.withinBounds(y.name())), false,
                        Set.of(), List.of(), Set.of(Markers.boundsWidened(y.name())));
                    ch.because("the server checks the current value against the new bound: moved to it only if "
                        + "it is beyond it (a sequence never used always is); setval is not undone by a rollback");
                    needs = Set.of(Markers.withinBounds(y.name()));
                }
            }
            ch.alter(y.id(), "ALTER SEQUENCE " + y.name().sql() + alterOptions(xo, yo), Set.of(y.id()), false,
                Set.of(), List.of(), needs);
            if ((raisesMin || lowersMax) && needs.isEmpty()) {
                // the new bound lies beyond the old ones, so no value within the old can be within the new
                ch.because("fails if the sequence's current value is outside the new bounds: RESTART it within them "
                    + "first");
            }
        }
        if (!x.ownedBy().equals(y.ownedBy())) {
            Set<ObjectId> needs = y.ownedBy().isPresent() ? Set.of(y.id(), y.ownedBy().get().id()) : Set.of(y.id());
            ch.alter(y.id(), ownedBy(y), Set.of(Markers.ownershipReleased(y.name())), false, Set.of(), List.of(),
                needs);
        }
        commentChanged(ch, x, y);
    }

    /**
     * Moves a sequence's current value to {@code bound} when it lies beyond it (below a new minimum, above a new
     * maximum), leaving it as it is otherwise; moved, it is not called yet, so the next value is the bound itself,
     * as on a sequence created with the new bounds.
     */
    private static String withinBounds(Sequence s, long bound, boolean ascending) {
        String fn = ascending ? "greatest" : "least";
        String cmp = ascending ? " >= " : " <= ";
        return "SELECT pg_catalog.setval(" + Sql.literal(s.name().sql()) + ", " + fn + "(last_value, " + bound
            + "), is_called AND last_value" + cmp + bound + ") FROM " + s.name().sql();
    }

    @Override
    String what(Sequence s) {
        return "SEQUENCE " + s.name().sql();
    }

    private static String ownedBy(Sequence s) {
        return "ALTER SEQUENCE " + s.name().sql() + " OWNED BY "
            + s.ownedBy().map(o -> o.table().sql() + "." + q(o.column())).orElse("NONE");
    }

    /** Options that differ from CREATE SEQUENCE's defaults, each on its own line (an identity's too). */
    static String options(SequenceOptions o) {
        StringBuilder sb = new StringBuilder();
        if (!o.type().equals("bigint")) {
            sb.append("\n    AS ").append(o.type());
        }
        if (!o.defaultStart()) {
            sb.append("\n    START WITH ").append(o.start());
        }
        if (o.increment() != 1) {
            sb.append("\n    INCREMENT BY ").append(o.increment());
        }
        if (!o.defaultMin()) {
            sb.append("\n    MINVALUE ").append(o.min());
        }
        if (!o.defaultMax()) {
            sb.append("\n    MAXVALUE ").append(o.max());
        }
        if (o.cache() != 1) {
            sb.append("\n    CACHE ").append(o.cache());
        }
        if (o.cycle()) {
            sb.append("\n    CYCLE");
        }
        return sb.toString();
    }

    /** ALTER SEQUENCE options taking {@code from} to {@code to}; every bound written out so none is left behind. */
    private static String alterOptions(SequenceOptions from, SequenceOptions to) {
        StringBuilder sb = new StringBuilder();
        if (!from.type().equals(to.type())) {
            sb.append(" AS ").append(to.type());
        }
        if (from.increment() != to.increment()) {
            sb.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.min() != to.min() || !from.type().equals(to.type())) {
            sb.append(to.defaultMin() ? " NO MINVALUE" : " MINVALUE " + to.min());
        }
        if (from.max() != to.max() || !from.type().equals(to.type())) {
            sb.append(to.defaultMax() ? " NO MAXVALUE" : " MAXVALUE " + to.max());
        }
        if (from.start() != to.start()) {
            sb.append(" START WITH ").append(to.start());
        }
        if (from.cache() != to.cache()) {
            sb.append(" CACHE ").append(to.cache());
        }
        if (from.cycle() != to.cycle()) {
            sb.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        return sb.toString();
    }
}
