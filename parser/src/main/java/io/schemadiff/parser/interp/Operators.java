package io.schemadiff.parser.interp;

import io.schemadiff.model.DataType;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Operator;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** User-defined operators: CREATE OPERATOR (its commutator and negator linked both ways), DROP and COMMENT. */
final class Operators {
    private final WorkingCatalog cat;
    private final Resolver resolver;
    private final Acls acls;

    Operators(WorkingCatalog cat) {
        this.cat = cat;
        this.resolver = cat.resolver();
        this.acls = cat.acls();
    }

    // ------------------------------------------------------------------ operators

    /** An operator moved to another schema (its schema renamed): its partners' links name it there. */
    void moveOperator(ObjectId id, String schema) {
        Operator op = (Operator) cat.get(id);
        String before = op.symbol();
        Operator moved = new Operator(new QualifiedName(schema, op.name().name()), op.left(), op.right(),
            op.function(), op.commutator(), op.negator(), op.restrict(), op.join(), op.hashes(), op.merges(),
            op.comment());
        String after = moved.symbol();
        cat.rebuild(k -> k.equals(id) ? moved.id() : k, (k, v) -> {
            Object o = k.equals(id) ? moved : v;
            if (o instanceof Operator other) {
                UnaryOperator<String> link = x -> x.equals(before) ? after : x;
                o = new Operator(other.name(), other.left(), other.right(), other.function(),
                    other.commutator().map(link), other.negator().map(link), other.restrict(), other.join(),
                    other.hashes(), other.merges(), other.comment());
            }
            return o;
        });
        cat.moveRefs(id, moved.id());
        cat.operatorRekeyed(id, moved.id());
        acls.moved(id, moved.id());
        cat.remapEverywhere(id, moved.id());
    }

    void create(Ddl.CreateOperator d) {
        Set<ObjectId> refs = new LinkedHashSet<>();
        QualifiedName name = cat.newName(new Ddl.Name(d.name(), d.at()));
        Optional<DataType> left = Optional.ofNullable(d.types().get("leftarg"))
            .map(t -> resolver.type(t, refs));
        DataType right = resolver.type(d.types().get("rightarg"), refs);
        Operator op = new Operator(name, left, right, function(d.options().get("function"), refs),
            operator(d.options().get("commutator"), name), operator(d.options().get("negator"), name),
            Optional.ofNullable(d.options().get("restrict")).map(f -> function(f, refs)),
            Optional.ofNullable(d.options().get("join")).map(f -> function(f, refs)),
            d.options().containsKey("hashes"), d.options().containsKey("merges"), Optional.empty());
        if (cat.has(op.id())) {
            throw cat.errorAt(d.at(), "operator " + op.symbol() + " already exists");
        }
        op = linkPartners(op);
        cat.put(op.id(), op);
        cat.putRefs(op.id(), refs);
        cat.operatorAdded(name.name(), op.id());
    }

    /**
     * The server links a commutator and a negator both ways: the partner named (or the shell made for it, filled
     * later) gets the new operator as its own commutator or negator, if it has none.
     */
    private Operator linkPartners(Operator op) {
        Operator out = op;
        for (Object o : new ArrayList<>(cat.objects().values())) {
            if (!(o instanceof Operator other)) {
                continue;
            }
            boolean swapped = other.right().equals(op.left().orElse(null))
                && other.left().equals(Optional.of(op.right()));
            boolean same = other.left().equals(op.left()) && other.right().equals(op.right());
            // the partner this operator names
            if (op.commutator().map(c -> c.equals(other.symbol())).orElse(false) && swapped
                && other.commutator().isEmpty()) {
                cat.put(other.id(), withPartners(other, Optional.of(op.symbol()), other.negator()));
            }
            if (op.negator().map(c -> c.equals(other.symbol())).orElse(false) && same && other.negator().isEmpty()) {
                cat.put(other.id(), withPartners(other, other.commutator(), Optional.of(op.symbol())));
            }
            // an operator that named this one before it existed (its shell filled now)
            if (other.commutator().map(c -> c.equals(op.symbol())).orElse(false) && swapped
                && out.commutator().isEmpty()) {
                out = withPartners(out, Optional.of(other.symbol()), out.negator());
            }
            if (other.negator().map(c -> c.equals(op.symbol())).orElse(false) && same && out.negator().isEmpty()) {
                out = withPartners(out, out.commutator(), Optional.of(other.symbol()));
            }
        }
        return out;
    }

    private static Operator withPartners(Operator o, Optional<String> commutator, Optional<String> negator) {
        return new Operator(o.name(), o.left(), o.right(), o.function(), commutator, negator, o.restrict(), o.join(),
            o.hashes(), o.merges(), o.comment());
    }

    /** A function an operator names, canonical: {@code schema.name}, or bare for pg_catalog's. */
    private String function(List<String> parts, Set<ObjectId> refs) {
        List<String> fn = resolver.function(parts);
        resolver.usesFunction(fn, refs);
        return fn.size() == 1 ? Identifiers.quote(fn.get(0))
            : Identifiers.quote(fn.get(0)) + "." + Identifiers.quote(fn.get(1));
    }

    /** A commutator or negator: {@code schema.symbol}, in the operator's own schema when not qualified. */
    private static Optional<String> operator(List<String> parts, QualifiedName of) {
        if (parts == null) {
            return Optional.empty();
        }
        String schema = parts.size() > 1 ? parts.get(0) : of.schema();
        return Optional.of(Identifiers.quote(schema) + "." + parts.get(parts.size() - 1));
    }

    /** DROP OPERATOR, COMMENT ON OPERATOR. */
    void operatorRef(Ddl.OperatorRef r) {
        Set<ObjectId> ignored = new LinkedHashSet<>();
        String operands = Operator.operands(r.left().map(t -> resolver.type(t, ignored)),
            resolver.type(r.right(), ignored));
        String symbol = r.name().get(r.name().size() - 1);
        List<String> schemas = r.name().size() > 1 ? List.of(r.name().get(0)) : cat.lookupPath();
        for (String s : schemas) {
            ObjectId id = new ObjectId(ObjectKind.OPERATOR, s, symbol, operands);
            if (cat.get(id) instanceof Operator op) {
                if (r.comment().isPresent()) {
                    cat.put(id, op.withComment(r.comment().get()));
                } else {
                    cat.remove(id);
                    cat.removeRefs(id);
                    cat.operatorRemoved(symbol, id);
                }
                return;
            }
        }
        if (r.comment().isEmpty() && r.ifExists()) {
            return;
        }
        if (r.comment().isPresent()) {
            cat.warnAt(r.at(), "not modeled yet, ignored: COMMENT ON OPERATOR " + symbol + " " + operands
                + " (no operator of that name is modeled)");
            return;
        }
        throw cat.errorAt(r.at(), "operator does not exist: " + symbol + " " + operands);
    }
}
