package io.schemadiff.parser.locks;

import static io.schemadiff.parser.locks.LockMode.ACCESS_EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.ACCESS_SHARE;
import static io.schemadiff.parser.locks.LockMode.SHARE;
import static io.schemadiff.parser.locks.LockMode.SHARE_ROW_EXCLUSIVE;
import static io.schemadiff.parser.locks.LockMode.SHARE_UPDATE_EXCLUSIVE;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.DdlParser;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which locks a statement takes on which relations, and whether it can run in a transaction block, on a given
 * PostgreSQL major version (13 to 18): derived from the statement's form, as the server derives it
 * ({@code AlterTableGetLockLevel}, {@code AlterTableGetRelOptionsLockLevel}, and the lock each other command takes).
 *
 * <p>Names are resolved with {@code public} as the schema unless the statement qualifies them. With the schema
 * before the statement, what its text does not say is found too: the table a dropped foreign key references, the
 * tables whose foreign keys point at a dropped table, the partitions and default partition an ALTER TABLE reaches,
 * the table of an index. Locks on an index are reported where they are stronger than the lock on its table (REINDEX,
 * ALTER INDEX) or where the statement names the index; otherwise they go with the table's.
 */
public final class Locks {
    private Locks() {}

    public static StatementLocks of(String sql, int pgMajor) {
        return classify(sql, pgMajor, new Relations(null));
    }

    /** {@code before}: the schema before the statement runs. */
    public static StatementLocks of(String sql, int pgMajor, Catalog before) {
        return classify(sql, pgMajor, new Relations(before));
    }

    private static StatementLocks classify(String sql, int major, Relations rels) {
        if (major < 13 || major > 18) {
            throw new IllegalArgumentException("PostgreSQL " + major + " is not classified: 13 to 18 are");
        }
        List<Statement> statements;
        try {
            statements = StatementSplitter.split(new Source("statement", sql));
        } catch (InputError e) {
            return new LockSet().unknown("cannot be read: " + e.getMessage()).build();
        }
        LockSet out = new LockSet();
        for (Statement st : statements) {
            if (st.tokens().isEmpty() || st.tokens().get(0).type() == TokenType.EOF) {
                continue;
            }
            out.add(statement(st, major, rels));
        }
        if (statements.size() > 1) {
            out.note("several statements, as if run in one transaction");
        }
        return out.build();
    }

    private static StatementLocks statement(Statement st, int major, Relations rels) {
        try {
            Optional<StatementLocks> m = Maintenance.of(st, rels);
            if (m.isPresent()) {
                return m.get();
            }
        } catch (InputError | IllegalArgumentException e) {
            return conservative(st, rels, "cannot be read: " + e.getMessage());
        }
        Ddl d;
        try {
            d = DdlParser.parse(st);
        } catch (InputError e) {
            return conservative(st, rels, "cannot be read: " + e.getMessage());
        }
        LockSet out = new LockSet();
        ddl(d, st, major, rels, out);
        return out.build();
    }

    /** An unclassified statement: ACCESS EXCLUSIVE on every relation of the schema its text names. */
    private static StatementLocks conservative(Statement st, Relations rels, String why) {
        LockSet out = new LockSet().unknown(why);
        List<Token> toks = st.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).isName() || i > 0 && toks.get(i - 1).is(TokenType.DOT)) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(toks.get(i).value()));
            for (int j = i + 1; j + 1 < toks.size() && toks.get(j).is(TokenType.DOT) && toks.get(j + 1).isName();
                 j += 2) {
                parts.add(toks.get(j + 1).value());
            }
            QualifiedName n = Relations.resolve(new Ddl.Name(parts.subList(Math.max(0, parts.size() - 2),
                parts.size()), 0));
            if (rels.isRelation(n)) {
                out.lock(n, ACCESS_EXCLUSIVE);
            }
        }
        return out.build();
    }

    private static QualifiedName q(Ddl.Name n) {
        return Relations.resolve(n);
    }

    private static void ddl(Ddl d, Statement st, int major, Relations rels, LockSet out) {
        if (d instanceof Ddl.AlterTable a) {
            AlterTableLocks.classify(a, major, rels, out);
        } else if (d instanceof Ddl.CreateIndex ci) {
            createIndex(ci, rels, out);
        } else if (d instanceof Ddl.Drop x) {
            Drops.drop(x, rels, out);
        } else if (d instanceof Ddl.CreateTable ct) {
            createTable(ct, rels, out);
        } else if (d instanceof Ddl.CreateTableAs ct) {
            reads(ct.query(), true, rels, out);
        } else if (d instanceof Ddl.CreateView v) {
            reads(v.query(), v.materialized() && !v.withNoData(), rels, out);
            if (v.orReplace() && rels.exists(q(v.name()))) {
                out.lock(q(v.name()), ACCESS_EXCLUSIVE);
            }
        } else if (d instanceof Ddl.AttachIndex a) {
            out.lock(q(a.parent()), SHARE_UPDATE_EXCLUSIVE);
            out.lock(q(a.child()), ACCESS_EXCLUSIVE);
            rels.indexTable(q(a.parent())).ifPresent(t -> out.lock(t, ACCESS_SHARE));
            rels.indexTable(q(a.child())).ifPresent(t -> out.lock(t, ACCESS_SHARE));
        } else if (d instanceof Ddl.IndexStatistics x) {
            out.lock(q(x.index()), SHARE_UPDATE_EXCLUSIVE);
        } else if (d instanceof Ddl.Rename r) {
            rename(r, out);
        } else if (d instanceof Ddl.AlterViewOptions v) {
            List<String> all = new ArrayList<>(v.set());
            all.addAll(v.reset());
            out.lock(q(v.name()), AlterTableLocks.optionsLock(all).orElse(ACCESS_EXCLUSIVE));
        } else if (d instanceof Ddl.AlterOwner o) {
            owner(o, rels, out);
        } else if (d instanceof Ddl.AlterSequence s) {
            out.lock(q(s.name()), SHARE_ROW_EXCLUSIVE);
            s.options().ownedBy().ifPresent(t -> out.lock(ownerTable(t), ACCESS_SHARE));
        } else if (d instanceof Ddl.CreateSequence s) {
            s.options().ownedBy().ifPresent(t -> out.lock(ownerTable(t), ACCESS_SHARE));
        } else if (d instanceof Ddl.Comment cm) {
            comment(cm, out);
        } else if (d instanceof Ddl.CreateTrigger t) {
            out.lock(q(t.table()), SHARE_ROW_EXCLUSIVE);
            t.fromTable().ifPresent(f -> out.lock(q(f), ACCESS_SHARE));
            if (t.forEachRow() && rels.isPartitioned(q(t.table()))) {
                out.lockAll(rels.partitionTree(q(t.table())), SHARE_ROW_EXCLUSIVE); // cloned onto each partition
            }
        } else if (d instanceof Ddl.DropTrigger t) {
            out.lock(q(t.table()), ACCESS_EXCLUSIVE);
        } else if (d instanceof Ddl.RenameTrigger t) {
            out.lock(q(t.table()), ACCESS_EXCLUSIVE);
        } else if (d instanceof Ddl.CreatePolicy p) {
            out.lock(q(p.table()), ACCESS_EXCLUSIVE);
        } else if (d instanceof Ddl.AlterPolicy p) {
            out.lock(q(p.table()), ACCESS_EXCLUSIVE);
        } else if (d instanceof Ddl.DropPolicy p) {
            out.lock(q(p.table()), ACCESS_EXCLUSIVE);
        } else if (d instanceof Ddl.CreateStatistics s) {
            out.lock(q(s.table()), SHARE_UPDATE_EXCLUSIVE);
        } else if (d instanceof Ddl.Grant g) {
            grant(g, major, rels, out);
        } else if (d instanceof Ddl.AlterDomain ad) {
            boolean validates = ad.action().equals("SET NOT NULL") || ad.action().equals("VALIDATE")
                || ad.action().equals("ADD") && ad.constraint().map(c -> !c.notValid()).orElse(false);
            if (validates) {
                // every column of the domain is checked: SHARE on its table (writes wait, reads go on)
                out.lockAll(rels.tablesUsingType(q(ad.name())), SHARE);
            }
        } else if (d instanceof Ddl.AddEnumValue) {
            out.note("the new value cannot be used until the transaction that adds it commits");
        } else if (d instanceof Ddl.Publication p) {
            if (!p.action().equals("options") && !p.action().equals("rename")) {
                p.tables().forEach(t -> out.lock(q(t.table()), SHARE_UPDATE_EXCLUSIVE));
            }
        } else if (d instanceof Ddl.Block b) {
            b.statements().forEach(x -> ddl(x, st, major, rels, out));
            out.note("a DO block: the locks of the statements in it");
        } else if (d instanceof Ddl.Conditional c) {
            ddl(c.then(), st, major, rels, out);
        } else if (d instanceof Ddl.Each e) {
            e.statements().forEach(x -> ddl(x, st, major, rels, out));
        } else if (d instanceof Ddl.Unsupported u) {
            out.add(conservative(st, rels, u.what()));
        } else if (d instanceof Ddl.Ignored i && i.what().startsWith("ALTER TABLE")) {
            out.add(conservative(st, rels, i.what()));
        }
        // everything else (types, domains, functions, schemas, extensions, casts, operators, collations, event
        // triggers, default privileges, SET, transaction control) locks no relation
    }

    /** The table of {@code OWNED BY table.column}. */
    private static QualifiedName ownerTable(Ddl.Name column) {
        List<String> p = column.parts();
        return Relations.resolve(new Ddl.Name(p.subList(0, p.size() - 1), column.at()));
    }

    private static void createIndex(Ddl.CreateIndex ci, Relations rels, LockSet out) {
        QualifiedName table = q(ci.table());
        // SHARE: writes wait while the index builds; CONCURRENTLY: only other DDL and VACUUM do
        LockMode m = ci.concurrently() ? SHARE_UPDATE_EXCLUSIVE : SHARE;
        out.lock(table, m);
        if (!ci.only()) {
            out.lockAll(rels.partitionTree(table), m);
        }
        if (ci.concurrently()) {
            out.notTransactional();
        }
    }

    private static void createTable(Ddl.CreateTable ct, Relations rels, LockSet out) {
        QualifiedName self = q(ct.name());
        for (Ddl.TableConstraint c : ct.constraints()) {
            references(c.body(), self, out);
        }
        for (Ddl.ColumnDef col : ct.columns()) {
            for (Ddl.ColumnConstraint cc : col.constraints()) {
                if (cc instanceof Ddl.ColumnKey k) {
                    references(k.constraint().body(), self, out);
                }
            }
        }
        for (Ddl.Name parent : ct.inherits()) {
            out.lock(q(parent), SHARE_UPDATE_EXCLUSIVE);
        }
        ct.partitionOf().ifPresent(p -> {
            QualifiedName parent = q(p.parent());
            out.lock(parent, ACCESS_EXCLUSIVE);
            if (!p.bound().kind().equals("default")) {
                // rows of the default partition that belong to the new one are looked for
                rels.defaultPartition(parent).ifPresent(dp -> out.lock(dp, ACCESS_EXCLUSIVE));
            }
        });
        for (Ddl.Like like : ct.likes()) {
            out.lock(q(like.source()), ACCESS_SHARE);
        }
    }

    private static void references(Ddl.ConstraintBody body, QualifiedName self, LockSet out) {
        if (body instanceof Ddl.ForeignKeyBody fk && !q(fk.table()).equals(self)) {
            out.lock(q(fk.table()), SHARE_ROW_EXCLUSIVE);
        }
    }

    /**
     * A query's relations (a view's, CREATE TABLE AS): ACCESS SHARE; when it runs ({@code runs}), the views it names
     * are expanded and what they read is locked too.
     */
    private static void reads(Ddl.QueryText query, boolean runs, Relations rels, LockSet out) {
        for (QualifiedName r : QueryRelations.read(query.tokens(), 0, query.tokens().size())) {
            out.lock(r, ACCESS_SHARE);
            if (runs) {
                rels.readBy(r).forEach(x -> out.lock(x, ACCESS_SHARE));
            }
        }
    }

    private static void rename(Ddl.Rename r, LockSet out) {
        switch (r.kind()) {
            // an index's new name: SHARE UPDATE EXCLUSIVE (PostgreSQL 12 and later); its new schema: as a table's
            case INDEX -> out.lock(q(r.name()), r.newName().isPresent() ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE);
            case VIEW, MATERIALIZED_VIEW, SEQUENCE, TABLE -> out.lock(q(r.name()), ACCESS_EXCLUSIVE);
            default -> { }
        }
    }

    private static void owner(Ddl.AlterOwner o, Relations rels, LockSet out) {
        if (o.name().isEmpty()) {
            return;
        }
        QualifiedName n = q(o.name().get());
        switch (o.kind()) {
            case TABLE -> {
                out.lock(n, ACCESS_EXCLUSIVE);
                out.lockAll(rels.ownedSequences(n), ACCESS_EXCLUSIVE); // they follow the table's owner
            }
            case VIEW, MATERIALIZED_VIEW, SEQUENCE -> out.lock(n, ACCESS_EXCLUSIVE);
            default -> { }
        }
    }

    private static void comment(Ddl.Comment cm, LockSet out) {
        switch (cm.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, INDEX -> out.lock(q(cm.target()), SHARE_UPDATE_EXCLUSIVE);
            case COLUMN -> out.lock(ownerTable(cm.target()), SHARE_UPDATE_EXCLUSIVE);
            // a constraint, trigger or policy: its table is only read
            case CONSTRAINT, TRIGGER, POLICY -> cm.on().ifPresent(t -> out.lock(q(t), ACCESS_SHARE));
            default -> { }
        }
    }

    /** GRANT and REVOKE on relations: PostgreSQL 18 takes ACCESS SHARE on each relation; 13 to 17 take none. */
    private static void grant(Ddl.Grant g, int major, Relations rels, LockSet out) {
        if (major < GRANT_LOCKS_SINCE || g.on() != Ddl.GrantOn.TABLE && g.on() != Ddl.GrantOn.SEQUENCE) {
            return;
        }
        for (Ddl.Name n : g.names()) {
            out.lock(q(n), ACCESS_SHARE);
        }
        for (String schema : g.schemas()) {
            out.lockAll(rels.relationsIn(schema), ACCESS_SHARE);
        }
    }

    private static final int GRANT_LOCKS_SINCE = 18;
}
