package io.schemadiff.parser.interp;

import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.RenameHint;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.lex.RenameComments;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ties each rename hint comment of a statement to the object defined on its line: the statement's own object when
 * the statement starts on that line (CREATE TABLE, TYPE, VIEW, FUNCTION, INDEX, …), otherwise the first column or
 * constraint defined on it (in CREATE TABLE, or ALTER TABLE … ADD), or the enum label that starts it.
 */
final class HintTargets {
    private HintTargets() {}

    /** What the statement defines, when it defines one object (the kinds it is looked for among). */
    private static Set<ObjectKind> statementKinds(Ddl ddl) {
        if (ddl instanceof Ddl.CreateTable) {
            return EnumSet.of(ObjectKind.TABLE);
        } else if (ddl instanceof Ddl.CreateTableAs || ddl instanceof Ddl.CreateView) {
            return EnumSet.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW);
        } else if (ddl instanceof Ddl.CreateIndex) {
            return EnumSet.of(ObjectKind.INDEX);
        } else if (ddl instanceof Ddl.CreateSequence) {
            return EnumSet.of(ObjectKind.SEQUENCE);
        } else if (ddl instanceof Ddl.CreateEnum || ddl instanceof Ddl.CreateDomain
            || ddl instanceof Ddl.CreateComposite || ddl instanceof Ddl.CreateRange) {
            return EnumSet.of(ObjectKind.TYPE);
        } else if (ddl instanceof Ddl.CreateFunction || ddl instanceof Ddl.CreateAggregate) {
            return EnumSet.of(ObjectKind.FUNCTION);
        } else if (ddl instanceof Ddl.CreateSchema) {
            return EnumSet.of(ObjectKind.SCHEMA);
        } else if (ddl instanceof Ddl.CreateTrigger) {
            return EnumSet.of(ObjectKind.TRIGGER);
        } else if (ddl instanceof Ddl.CreatePolicy) {
            return EnumSet.of(ObjectKind.POLICY);
        }
        return EnumSet.noneOf(ObjectKind.class);
    }

    /**
     * The hints of a statement just applied; {@code before} holds the ids that existed before it. What cannot be
     * tied to an object is reported as a warning.
     */
    static List<RenameHint> tie(Interpreter in, Source src, Ddl ddl, int statementStart, Set<ObjectId> before,
                                List<RenameComments.Hint> hints) {
        List<RenameHint> out = new ArrayList<>();
        for (RenameComments.Hint h : hints) {
            if (h.problem() != null) {
                in.warnAt(h.offset(), h.problem());
                continue;
            }
            Optional<RenameHint> r = tie(in, src, ddl, statementStart, before, h);
            if (r.isPresent()) {
                out.add(r.get());
            } else {
                in.warnAt(h.offset(), "rename hint ignored: nothing it can rename is defined on its line (a table, "
                    + "column, named constraint, view, index, sequence, type, enum label, function, schema, trigger "
                    + "or policy)");
            }
        }
        return out;
    }

    private static Optional<RenameHint> tie(Interpreter in, Source src, Ddl ddl, int statementStart,
                                            Set<ObjectId> before, RenameComments.Hint h) {
        int line = src.line(h.offset());
        boolean statementLine = src.line(statementStart) == line;
        Optional<ObjectId> created = created(in, ddl, before);
        if (ddl instanceof Ddl.CreateTable ct && created.isPresent()) {
            QualifiedName table = created.get().qualifiedName();
            if (statementLine) {
                return hint(created.get(), Optional.empty(), h, src);
            }
            int best = Integer.MAX_VALUE;
            ObjectId found = null;
            for (Ddl.ColumnDef c : ct.columns()) {
                if (src.line(c.at()) == line && c.at() < best) {
                    best = c.at();
                    found = ObjectId.column(table, c.name());
                }
            }
            for (Ddl.TableConstraint c : ct.constraints()) {
                if (src.line(c.at()) == line && c.at() < best && c.name().isPresent()) {
                    best = c.at();
                    found = ObjectId.constraint(table, c.name().get());
                }
            }
            return found == null ? Optional.empty() : hint(found, Optional.empty(), h, src);
        }
        if (ddl instanceof Ddl.AlterTable at) {
            return alterTable(in, src, at, line, h);
        }
        if (ddl instanceof Ddl.CreateEnum && created.isPresent() && !statementLine
            && h.element().is(TokenType.STRING)) {
            return hint(created.get(), Optional.of(h.element().value()), h.raw(), h, src);
        }
        if (statementLine && created.isPresent()) {
            return hint(created.get(), Optional.empty(), h, src);
        }
        return Optional.empty();
    }

    /** {@code ALTER TABLE … ADD COLUMN | ADD CONSTRAINT name}: the column or constraint added on the hint's line. */
    private static Optional<RenameHint> alterTable(Interpreter in, Source src, Ddl.AlterTable at, int line,
                                                   RenameComments.Hint h) {
        for (Ddl.AlterAction a : at.actions()) {
            Optional<ObjectId> id = Optional.empty();
            int where = -1;
            if (a instanceof Ddl.AddColumn ac) {
                where = ac.column().at();
                id = Optional.of(ac.column().name()).map(c -> ObjectId.column(in.tableFor(at.name()).name, c));
            } else if (a instanceof Ddl.AddConstraint ac && ac.constraint().name().isPresent()) {
                where = ac.constraint().at();
                id = ac.constraint().name().map(c -> ObjectId.constraint(in.tableFor(at.name()).name, c));
            }
            if (id.isPresent() && src.line(where) == line) {
                return hint(id.get(), Optional.empty(), h, src);
            }
        }
        return Optional.empty();
    }

    /** The object of one of the statement's kinds that it added. */
    private static Optional<ObjectId> created(Interpreter in, Ddl ddl, Set<ObjectId> before) {
        Set<ObjectKind> kinds = statementKinds(ddl);
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        ObjectId found = null;
        for (ObjectId id : in.objects().keySet()) {
            if (kinds.contains(id.kind()) && !before.contains(id)) {
                found = id;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<RenameHint> hint(ObjectId id, Optional<String> label, RenameComments.Hint h, Source src) {
        return Optional.of(new RenameHint(id, label, h.from(), src, h.offset()));
    }

    /** A hint on an enum label: the old label as written (labels are strings; the server does not fold them). */
    private static Optional<RenameHint> hint(ObjectId id, Optional<String> label, String raw, RenameComments.Hint h,
                                             Source src) {
        return Optional.of(new RenameHint(id, label, raw, src, h.offset()));
    }
}
