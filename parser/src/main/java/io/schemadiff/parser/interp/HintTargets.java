package io.schemadiff.parser.interp;

import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.lex.RenameComments;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
    static List<RenameHint> tie(WorkingCatalog cat, Source src, Ddl ddl, int statementStart, Set<ObjectId> before,
                                List<RenameComments.Hint> hints) {
        List<RenameHint> out = new ArrayList<>();
        for (RenameComments.Hint h : hints) {
            if (h.problem() != null) {
                cat.warnAt(h.offset(), h.problem());
                continue;
            }
            List<RenameHint.Target> targets = targets(cat, src, ddl, statementStart, before, h);
            if (!targets.isEmpty()) {
                out.add(new RenameHint(targets, src, h.offset()));
            } else {
                cat.warnAt(h.offset(), "rename hint ignored: nothing it can rename is defined on its line (a table, "
                    + "column, named constraint, view, index, sequence, type, enum label, function, schema, trigger "
                    + "or policy)");
            }
        }
        return out;
    }

    /** What is defined on the hint's line, in the line's order. */
    private static List<RenameHint.Target> targets(WorkingCatalog cat, Source src, Ddl ddl, int statementStart,
                                                   Set<ObjectId> before, RenameComments.Hint h) {
        int line = src.line(h.offset());
        boolean statementLine = src.line(statementStart) == line;
        Optional<ObjectId> created = created(cat, ddl, before);
        List<RenameHint.Target> out = new ArrayList<>();
        if (statementLine && created.isPresent()) {
            out.add(new RenameHint.Target(created.get(), Optional.empty(), h.from()));
        }
        if (ddl instanceof Ddl.CreateTable ct && created.isPresent()) {
            members(src, line, created.get().qualifiedName(), ct.columns(), ct.constraints(), h, out);
        } else if (ddl instanceof Ddl.AlterTable at) {
            List<Ddl.ColumnDef> columns = new ArrayList<>();
            List<Ddl.TableConstraint> constraints = new ArrayList<>();
            for (Ddl.AlterAction a : at.actions()) {
                if (a instanceof Ddl.AddColumn ac) {
                    columns.add(ac.column());
                } else if (a instanceof Ddl.AddConstraint ac) {
                    constraints.add(ac.constraint());
                }
            }
            if (!columns.isEmpty() || !constraints.isEmpty()) {
                members(src, line, cat.requireTable(at.name()).name, columns, constraints, h, out);
            }
        } else if (ddl instanceof Ddl.CreateEnum && created.isPresent() && !statementLine
            && h.element().is(TokenType.STRING)) {
            out.add(new RenameHint.Target(created.get(), Optional.of(h.element().value()), h.raw()));
        }
        return out;
    }

    /** The columns, and the named constraints (of a column or of the table), that start on {@code line}. */
    private static void members(Source src, int line, QualifiedName table, List<Ddl.ColumnDef> columns,
                                List<Ddl.TableConstraint> constraints, RenameComments.Hint h,
                                List<RenameHint.Target> out) {
        TreeMap<Integer, ObjectId> found = new TreeMap<>();
        for (Ddl.ColumnDef c : columns) {
            if (src.line(c.at()) == line) {
                found.put(c.at(), ObjectId.column(table, c.name()));
                for (Ddl.ColumnConstraint cc : c.constraints()) {
                    if (cc instanceof Ddl.ColumnKey k && k.constraint().name().isPresent()) {
                        found.put(k.constraint().at(), ObjectId.constraint(table, k.constraint().name().get()));
                    }
                }
            }
        }
        for (Ddl.TableConstraint c : constraints) {
            if (src.line(c.at()) == line && c.name().isPresent()) {
                found.put(c.at(), ObjectId.constraint(table, c.name().get()));
            }
        }
        for (ObjectId id : found.values()) {
            out.add(new RenameHint.Target(id, Optional.empty(), h.from()));
        }
    }

    /** The object of one of the statement's kinds that it added. */
    private static Optional<ObjectId> created(WorkingCatalog cat, Ddl ddl, Set<ObjectId> before) {
        Set<ObjectKind> kinds = statementKinds(ddl);
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        ObjectId found = null;
        for (ObjectId id : cat.objects().keySet()) {
            if (kinds.contains(id.kind()) && !before.contains(id)) {
                found = id;
            }
        }
        return Optional.ofNullable(found);
    }
}
