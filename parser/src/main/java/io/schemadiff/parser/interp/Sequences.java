package io.schemadiff.parser.interp;

import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.SequenceOptions;
import io.schemadiff.parser.ddl.Ddl.AlterSequence;
import io.schemadiff.parser.ddl.Ddl.CreateSequence;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.SequenceSpec;
import java.util.List;
import java.util.Optional;

/** CREATE and ALTER SEQUENCE, and the options of sequences (an identity column's too) as the server resolves them. */
final class Sequences {
    private final WorkingCatalog cat;
    private final Names names;

    Sequences(WorkingCatalog cat) {
        this.cat = cat;
        this.names = cat.names();
    }

    // ================================================================== sequences

    void createSequence(CreateSequence cs) {
        QualifiedName name = cat.newName(cs.name());
        if (names.relationTaken(name)) {
            if (cs.ifNotExists()) {
                return;
            }
            throw cat.errorAt(cs.name().at(), "relation \"" + name + "\" already exists");
        }
        SequenceSpec spec = cs.options();
        String type = spec.type() != null ? spec.type() : "bigint";
        Sequence s = new Sequence(name, options(type, spec), Optional.empty(), Optional.empty());
        cat.put(s.id(), s);
        names.addRelation(name);
        if (spec.ownedBy().isPresent()) {
            setOwnedBy(s.id(), spec.ownedBy().get());
        }
    }

    private void setOwnedBy(ObjectId seqId, Name owner) {
        List<String> p = owner.parts();
        if (p.size() < 2) {
            throw cat.errorAt(owner.at(), "invalid OWNED BY option (specify OWNED BY table.column or OWNED BY NONE)");
        }
        Name table = new Name(p.subList(0, p.size() - 1), owner.at());
        TableState t = cat.requireTable(table);
        cat.requireColumn(t, owner.last(), owner.at());
        Sequence s = (Sequence) cat.get(seqId);
        cat.put(seqId, s.withOwnedBy(Optional.of(new Sequence.ColumnRef(t.name, owner.last()))));
    }

    void alterSequence(AlterSequence as) {
        Optional<ObjectId> found = cat.find(as.name(), ObjectKind.SEQUENCE);
        if (found.isEmpty()) {
            // an identity column's sequence is altered through its column
            if (as.ifExists()) {
                return;
            }
            throw cat.errorAt(as.name().at(), "relation \"" + as.name() + "\" does not exist");
        }
        ObjectId id = found.get();
        Sequence s = (Sequence) cat.get(id);
        SequenceSpec spec = as.options();
        s = s.withOptions(alterOptions(s.options(), spec));
        cat.put(id, s);
        if (spec.ownedByNone()) {
            cat.put(id, s.withOwnedBy(Optional.empty()));
        } else if (spec.ownedBy().isPresent()) {
            setOwnedBy(id, spec.ownedBy().get());
        }
    }

    static SequenceOptions options(String type, SequenceSpec s) {
        return SequenceOptions.resolve(type, s.start(), s.increment(), s.noMin() ? null : s.min(),
            s.noMax() ? null : s.max(), s.cache(), s.cycle());
    }

    static SequenceOptions alterOptions(SequenceOptions o, SequenceSpec s) {
        String type = s.type() != null ? s.type() : o.type();
        long inc = s.increment() != null ? s.increment() : o.increment();
        // bounds left at their defaults follow a new type or direction, as AlterSequence() does
        Long min = s.noMin() ? null : s.min() != null ? s.min() : o.defaultMin() ? null : Long.valueOf(o.min());
        Long max = s.noMax() ? null : s.max() != null ? s.max() : o.defaultMax() ? null : Long.valueOf(o.max());
        Long start = s.start() != null ? s.start() : o.defaultStart() ? null : Long.valueOf(o.start());
        Long cache = s.cache() != null ? s.cache() : o.cache();
        Boolean cycle = s.cycle() != null ? s.cycle() : o.cycle();
        return SequenceOptions.resolve(type, start, inc, min, max, cache, cycle);
    }
}
