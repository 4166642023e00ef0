package io.schemadiff.parser.interp;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectId;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.lex.RenameComments;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Warning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays DDL statements against a catalog as the server would: CREATE adds, ALTER changes, DROP removes,
 * COMMENT annotates, and {@code SET search_path} changes how unqualified names resolve. What it builds is
 * normalized: names the server would choose are chosen the same way, types and expressions are canonical.
 *
 * <p>This class dispatches: each statement goes to the handler of its family, which changes the
 * {@link WorkingCatalog} (the only holder of the replay state); {@link #catalog()} freezes it.
 */
public final class Interpreter {
    private final WorkingCatalog cat;
    private final List<RenameHint> hints = new ArrayList<>();
    private final Schemas schemas;
    private final Tables tables;
    private final AlterTables alterTables;
    private final Indexes indexes;
    private final Sequences sequences;
    private final Types types;
    private final Views views;
    private final Routines routines;
    private final Triggers triggers;
    private final Policies policies;
    private final Operators operators;
    private final DatabaseObjects databaseObjects;
    private final Inheritance inheritance;
    private final Grants grants;
    private final Comments comments;
    private final Drops drops;
    private final Renames renames;
    private final DoBlocks doBlocks;

    public Interpreter() {
        this(false);
    }

    /** With {@code privileges}: owners, GRANT / REVOKE and default privileges are read, not passed over. */
    public Interpreter(boolean privileges) {
        this(privileges, null);
    }

    /**
     * With {@code privileges}: owners, GRANT / REVOKE and default privileges are read, not passed over;
     * {@code role} is the role that runs the scripts (null: not known), who owns what they create.
     */
    public Interpreter(boolean privileges, String role) {
        cat = new WorkingCatalog(privileges, role);
        RenameFollowers followers = new RenameFollowers(cat);
        Constraints constraints = new Constraints(cat);
        Columns columns = new Columns(cat, followers);
        drops = new Drops(cat, constraints);
        inheritance = new Inheritance(cat, constraints);
        routines = new Routines(cat, drops, followers);
        triggers = new Triggers(cat);
        policies = new Policies(cat);
        operators = new Operators(cat);
        renames = new Renames(cat, constraints, routines, operators, triggers, followers);
        schemas = new Schemas(cat);
        tables = new Tables(cat, columns, constraints, inheritance);
        alterTables = new AlterTables(cat, columns, constraints, inheritance, drops, renames, triggers);
        indexes = new Indexes(cat, constraints);
        sequences = new Sequences(cat);
        types = new Types(cat, followers);
        views = new Views(cat);
        databaseObjects = new DatabaseObjects(cat, routines);
        grants = new Grants(cat, routines);
        comments = new Comments(cat, routines, policies, triggers);
        doBlocks = new DoBlocks(cat, this::apply);
    }

    public List<Warning> warnings() {
        return cat.warnings();
    }

    /** Rename hints read so far ({@code -- schemadiff: renamed from …} comments), each tied to its object. */
    public List<RenameHint> hints() {
        return hints;
    }

    /** The catalog as replayed so far, with every dependency the differ needs. */
    public Catalog catalog() {
        return cat.freeze();
    }

    /**
     * Applies one parsed statement read from {@code src}, that starts at {@code start} and carries rename hint
     * comments: each is tied to the object defined on its line.
     */
    public void apply(Source src, Ddl ddl, int start, List<RenameComments.Hint> statementHints) {
        if (statementHints.isEmpty()) {
            apply(src, ddl);
            return;
        }
        Set<ObjectId> before = new HashSet<>(cat.objects().keySet());
        apply(src, ddl);
        cat.readingFrom(src);
        hints.addAll(HintTargets.tie(cat, src, ddl, start, before, statementHints));
    }

    /** Applies one parsed statement read from {@code src}. */
    public void apply(Source src, Ddl ddl) {
        cat.readingFrom(src);
        // statements that hold others, or change nothing of the schema
        if (ddl instanceof Ddl.Ignored ig) {
            if (ig.what().equals(Ddl.TEMPORARY)) {
                cat.temporaryObjectCreated();
            }
            return;
        } else if (ddl instanceof Ddl.Connect cn) {
            cat.connect(cn);
            return;
        } else if (ddl instanceof Ddl.Conditional cd) {
            doBlocks.conditional(src, cd);
            return;
        } else if (ddl instanceof Ddl.Block b) {
            doBlocks.block(src, b);
            return;
        } else if (ddl instanceof Ddl.Each each) {
            for (Ddl d : each.statements()) {
                apply(src, d);
            }
            return;
        }
        dispatch(ddl);
        cat.acls().created();
    }

    private void dispatch(Ddl ddl) {
        // tables, their indexes and statistics
        if (ddl instanceof Ddl.CreateTable t) {
            tables.createTable(t);
        } else if (ddl instanceof Ddl.AlterTable a) {
            alterTables.alterTable(a);
        } else if (ddl instanceof Ddl.CreateTableAs cta) {
            tables.createTableAs(cta);
        } else if (ddl instanceof Ddl.CreateIndex i) {
            indexes.createIndex(i);
        } else if (ddl instanceof Ddl.AttachIndex ai) {
            inheritance.attachIndex(ai);
        } else if (ddl instanceof Ddl.IndexStatistics is) {
            indexes.indexStatistics(is);
        } else if (ddl instanceof Ddl.CreateStatistics cs) {
            indexes.createStatistics(cs);
        } else if (ddl instanceof Ddl.AlterStatistics as) {
            indexes.alterStatistics(as);
        // sequences, views
        } else if (ddl instanceof Ddl.CreateSequence s) {
            sequences.createSequence(s);
        } else if (ddl instanceof Ddl.AlterSequence s) {
            sequences.alterSequence(s);
        } else if (ddl instanceof Ddl.CreateView v) {
            views.createView(v);
        } else if (ddl instanceof Ddl.AlterViewOptions o) {
            views.alterViewOptions(o);
        // schemas, extensions, collations, the session
        } else if (ddl instanceof Ddl.SetSearchPath s) {
            cat.setSearchPath(s.schemas());
        } else if (ddl instanceof Ddl.CreateSchema s) {
            schemas.createSchema(s);
        } else if (ddl instanceof Ddl.CreateExtension e) {
            schemas.createExtension(e);
        } else if (ddl instanceof Ddl.CreateCollation c) {
            schemas.createCollation(c);
        // types
        } else if (ddl instanceof Ddl.CreateEnum e) {
            types.createEnum(e);
        } else if (ddl instanceof Ddl.AddEnumValue v) {
            types.addEnumValue(v);
        } else if (ddl instanceof Ddl.RenameEnumValue v) {
            types.renameEnumValue(v);
        } else if (ddl instanceof Ddl.CreateDomain d) {
            types.createDomain(d);
        } else if (ddl instanceof Ddl.AlterDomain d) {
            types.alterDomain(d);
        } else if (ddl instanceof Ddl.CreateComposite t) {
            types.createComposite(t);
        } else if (ddl instanceof Ddl.CreateRange t) {
            types.createRange(t);
        } else if (ddl instanceof Ddl.AlterAttribute a) {
            types.alterAttribute(a);
        // routines, triggers, policies
        } else if (ddl instanceof Ddl.CreateFunction f) {
            routines.create(f);
        } else if (ddl instanceof Ddl.CreateAggregate ca) {
            routines.createAggregate(ca);
        } else if (ddl instanceof Ddl.DropRoutine d) {
            routines.drop(d);
        } else if (ddl instanceof Ddl.AlterRoutine a) {
            routines.alter(a);
        } else if (ddl instanceof Ddl.CreateTrigger t) {
            triggers.create(t);
        } else if (ddl instanceof Ddl.DropTrigger t) {
            triggers.drop(t);
        } else if (ddl instanceof Ddl.RenameTrigger t) {
            triggers.rename(t);
        } else if (ddl instanceof Ddl.CreatePolicy p) {
            policies.create(p);
        } else if (ddl instanceof Ddl.AlterPolicy p) {
            policies.alter(p);
        } else if (ddl instanceof Ddl.DropPolicy p) {
            policies.drop(p);
        // operators, casts, and objects of the database
        } else if (ddl instanceof Ddl.CreateOperator co) {
            operators.create(co);
        } else if (ddl instanceof Ddl.OperatorRef or) {
            operators.operatorRef(or);
        } else if (ddl instanceof Ddl.CreateCast cc) {
            databaseObjects.createCast(cc);
        } else if (ddl instanceof Ddl.CastRef cr) {
            databaseObjects.castRef(cr);
        } else if (ddl instanceof Ddl.CreateEventTrigger et) {
            databaseObjects.createEventTrigger(et);
        } else if (ddl instanceof Ddl.AlterEventTrigger et) {
            databaseObjects.alterEventTrigger(et);
        } else if (ddl instanceof Ddl.Publication pub) {
            databaseObjects.publication(pub);
        // owners and privileges
        } else if (ddl instanceof Ddl.Grant g) {
            grants.grant(g);
        } else if (ddl instanceof Ddl.DefaultPrivileges d) {
            grants.defaultPrivileges(d);
        } else if (ddl instanceof Ddl.AlterOwner o) {
            grants.alterOwner(o);
        } else if (ddl instanceof Ddl.SetRole r) {
            cat.acls().setRole(r.role());
        // any kind of object
        } else if (ddl instanceof Ddl.Comment c) {
            comments.comment(c);
        } else if (ddl instanceof Ddl.Drop d) {
            drops.drop(d);
        } else if (ddl instanceof Ddl.Rename r) {
            renames.rename(r);
        } else if (ddl instanceof Ddl.Unsupported u) {
            cat.warnAt(u.at(), "not modeled yet, ignored: " + u.what());
        } else {
            throw new IllegalStateException("statement not handled: " + ddl);
        }
    }
}
