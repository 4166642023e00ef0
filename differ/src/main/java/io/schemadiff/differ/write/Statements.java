package io.schemadiff.differ.write;

import io.schemadiff.model.Column;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.Extension;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Identity;
import io.schemadiff.model.Index;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.SequenceOptions;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text of every statement a plan can hold. Names are always qualified and quoted by {@link Identifiers};
 * expressions are printed as their author wrote them in the target schema.
 */
public final class Statements {
    private Statements() {}

    static String q(String ident) {
        return Identifiers.quote(ident);
    }

    static String cols(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }

    public static String literal(String s) {
        return Identifiers.literal(s);
    }

    // ------------------------------------------------------------------ schemas, extensions, types

    public static String createSchema(Schema s) {
        return "CREATE SCHEMA " + q(s.name());
    }

    public static String dropSchema(Schema s) {
        return "DROP SCHEMA " + q(s.name());
    }

    public static String createExtension(Extension e) {
        return "CREATE EXTENSION IF NOT EXISTS " + q(e.name()) + " WITH SCHEMA " + q(e.schema());
    }

    public static String dropExtension(Extension e) {
        return "DROP EXTENSION " + q(e.name());
    }

    public static String createEnum(EnumType e) {
        return "CREATE TYPE " + e.name().sql() + " AS ENUM ("
            + e.labels().stream().map(l -> "\n    " + literal(l)).collect(Collectors.joining(",")) + "\n)";
    }

    public static String dropType(QualifiedName name) {
        return "DROP TYPE " + name.sql();
    }

    // ------------------------------------------------------------------ sequences

    public static String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + s.name().sql() + sequenceOptions(s.options(), true);
    }

    /** Options that differ from CREATE SEQUENCE's defaults, each on its own line. */
    static String sequenceOptions(SequenceOptions o, boolean forCreate) {
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
    public static String alterSequenceOptions(SequenceOptions from, SequenceOptions to) {
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

    public static String ownedBy(Sequence s) {
        return "ALTER SEQUENCE " + s.name().sql() + " OWNED BY "
            + s.ownedBy().map(o -> o.table().sql() + "." + q(o.column())).orElse("NONE");
    }

    public static String dropSequence(QualifiedName name) {
        return "DROP SEQUENCE " + name.sql();
    }

    // ------------------------------------------------------------------ tables

    /** {@code CREATE TABLE} with its columns and every constraint but foreign keys (added after all tables). */
    public static String createTable(Table t) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (t.unlogged()) {
            sb.append("UNLOGGED ");
        }
        sb.append("TABLE ").append(t.name().sql());
        boolean partition = t.partitionOf().isPresent();
        if (partition) {
            // its columns are its parent's (the caller sets what differs afterwards)
            sb.append(" PARTITION OF ").append(t.partitionOf().get().parent().sql());
        }
        StringBuilder elems = new StringBuilder();
        boolean first = true;
        for (Column c : partition ? List.<Column>of() : t.columns()) {
            elems.append(first ? "\n    " : ",\n    ").append(columnDefinition(c, t.name()));
            first = false;
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.ForeignKey) {
                continue;
            }
            elems.append(first ? "\n    " : ",\n    ").append("CONSTRAINT ").append(q(c.name())).append(' ')
                .append(constraintDefinition(c));
            first = false;
        }
        if (!partition || elems.length() > 0) {
            sb.append(" (").append(elems).append("\n)");
        }
        if (partition) {
            sb.append("\n").append(t.partitionOf().get().bound().text());
        }
        if (!t.inherits().isEmpty()) {
            sb.append("\nINHERITS (").append(String.join(", ", t.inherits().stream().map(QualifiedName::sql).toList()))
                .append(')');
        }
        t.partitionBy().ifPresent(k -> sb.append("\nPARTITION BY ").append(k.text()));
        if (!t.options().isEmpty()) {
            sb.append("\nWITH (").append(String.join(", ", t.options())).append(')');
        }
        return sb.toString();
    }

    public static String dropTable(QualifiedName name) {
        return "DROP TABLE " + name.sql();
    }

    public static String columnDefinition(Column c, QualifiedName table) {
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(c.type().sql());
        c.collation().ifPresent(coll -> sb.append(" COLLATE ").append(coll.sql()));
        c.generated().ifPresent(g -> sb.append(" GENERATED ALWAYS AS (").append(g.text())
            .append(c.virtual() ? ") VIRTUAL" : ") STORED"));
        c.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(d.text()));
        if (c.notNull()) {
            sb.append(" NOT NULL");
        }
        c.identity().ifPresent(i -> sb.append(' ').append(identity(i, table, c.name())));
        return sb.toString();
    }

    /** {@code GENERATED … AS IDENTITY} with the options that are not the defaults. */
    public static String identity(Identity i, QualifiedName table, String column) {
        StringBuilder opts = new StringBuilder();
        String defaultName = Identifiers.makeObjectName(table.name(), column, "seq");
        if (!i.sequence().name().equals(defaultName) || !i.sequence().schema().equals(table.schema())) {
            opts.append("SEQUENCE NAME ").append(i.sequence().sql());
        }
        String rest = sequenceOptions(i.options().withType(i.options().type()), true)
            .replace("\n    AS " + i.options().type(), "").replace("\n    ", " ").trim();
        if (!rest.isEmpty()) {
            opts.append(opts.isEmpty() ? "" : " ").append(rest);
        }
        return i.generatedClause() + (opts.isEmpty() ? "" : " (" + opts + ")");
    }

    /** A temporal foreign key's columns: the last one {@code PERIOD}. */
    private static String periodCols(List<String> columns, boolean period) {
        if (!period || columns.isEmpty()) {
            return cols(columns);
        }
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add((i == columns.size() - 1 ? "PERIOD " : "") + q(columns.get(i)));
        }
        return String.join(", ", out);
    }

    public static String constraintDefinition(Constraint c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof Constraint.PrimaryKey pk) {
            sb.append("PRIMARY KEY (").append(cols(pk.columns())).append(pk.withoutOverlaps() ? " WITHOUT OVERLAPS" : "")
                .append(')');
            if (!pk.include().isEmpty()) {
                sb.append(" INCLUDE (").append(cols(pk.include())).append(')');
            }
            sb.append(pk.deferrability().sql());
        } else if (c instanceof Constraint.Exclude ex) {
            sb.append("EXCLUDE");
            if (!ex.method().equals("btree")) {
                sb.append(" USING ").append(ex.method());
            }
            sb.append(" (");
            for (int k = 0; k < ex.keys().size(); k++) {
                sb.append(k > 0 ? ", " : "").append(indexKey(ex.keys().get(k))).append(" WITH ")
                    .append(ex.operators().get(k).contains(".") ? "OPERATOR(" + ex.operators().get(k) + ")"
                    : ex.operators().get(k));
            }
            sb.append(')');
            if (!ex.include().isEmpty()) {
                sb.append(" INCLUDE (").append(cols(ex.include())).append(')');
            }
            ex.where().ifPresent(w -> sb.append(" WHERE ").append(parenthesized(w.text())));
            sb.append(ex.deferrability().sql());
        } else if (c instanceof Constraint.Unique u) {
            sb.append("UNIQUE ");
            if (u.nullsNotDistinct()) {
                sb.append("NULLS NOT DISTINCT ");
            }
            sb.append('(').append(cols(u.columns())).append(u.withoutOverlaps() ? " WITHOUT OVERLAPS" : "").append(')');
            if (!u.include().isEmpty()) {
                sb.append(" INCLUDE (").append(cols(u.include())).append(')');
            }
            sb.append(u.deferrability().sql());
        } else if (c instanceof Constraint.ForeignKey fk) {
            sb.append("FOREIGN KEY (").append(periodCols(fk.columns(), fk.period())).append(") REFERENCES ")
                .append(fk.referencedTable().sql());
            if (!fk.referencedColumns().isEmpty()) {
                sb.append('(').append(periodCols(fk.referencedColumns(), fk.period())).append(')');
            }
            if (fk.match() == Constraint.ForeignKey.MatchType.FULL) {
                sb.append(" MATCH FULL");
            }
            if (fk.onUpdate() != Constraint.ForeignKey.Action.NO_ACTION) {
                sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
            }
            if (fk.onDelete() != Constraint.ForeignKey.Action.NO_ACTION) {
                sb.append(" ON DELETE ").append(fk.onDelete().sql());
                if (!fk.onDeleteColumns().isEmpty()) {
                    sb.append(" (").append(cols(fk.onDeleteColumns())).append(')');
                }
            }
            sb.append(fk.deferrability().sql());
            if (fk.notEnforced()) {
                sb.append(" NOT ENFORCED"); // PostgreSQL 18: not checked at all (and so not valid)
            } else if (fk.notValid()) {
                sb.append(" NOT VALID");
            }
        } else {
            Constraint.Check ch = (Constraint.Check) c;
            sb.append("CHECK (").append(ch.expression().text()).append(')');
            if (ch.noInherit()) {
                sb.append(" NO INHERIT");
            }
            if (ch.notEnforced()) {
                sb.append(" NOT ENFORCED");
            } else if (ch.notValid()) {
                sb.append(" NOT VALID");
            }
        }
        return sb.toString();
    }

    public static String addConstraint(QualifiedName table, Constraint c) {
        return "ALTER TABLE " + table.sql() + " ADD CONSTRAINT " + q(c.name()) + " " + constraintDefinition(c);
    }

    public static String dropConstraint(QualifiedName table, String name) {
        return "ALTER TABLE " + table.sql() + " DROP CONSTRAINT " + q(name);
    }

    public static String alterTable(QualifiedName table, String action) {
        return "ALTER TABLE " + table.sql() + " " + action;
    }

    // ------------------------------------------------------------------ indexes

    /** One key of an index or exclusion constraint. */
    static String indexKey(Index.Key key) {
        StringBuilder sb = new StringBuilder();
        if (key.column().isPresent()) {
            sb.append(q(key.column().get()));
        } else {
            sb.append('(').append(key.expression().get().text()).append(')');
        }
        key.collation().ifPresent(c -> sb.append(" COLLATE ").append(c.sql()));
        key.opclass().ifPresent(o -> sb.append(' ').append(o));
        if (key.descending()) {
            sb.append(" DESC");
        }
        if (key.nullsFirst() != key.descending()) {
            sb.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sb.toString();
    }

    public static String createIndex(Index i) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (i.unique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ").append(q(i.name().name())).append(" ON ").append(i.table().sql());
        if (!i.method().equals("btree")) {
            sb.append(" USING ").append(i.method());
        }
        sb.append(" (");
        for (int k = 0; k < i.keys().size(); k++) {
            sb.append(k > 0 ? ", " : "").append(indexKey(i.keys().get(k)));
        }
        sb.append(')');
        if (!i.include().isEmpty()) {
            sb.append(" INCLUDE (").append(cols(i.include())).append(')');
        }
        if (i.nullsNotDistinct()) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (!i.parameters().isEmpty()) {
            sb.append(" WITH (").append(String.join(", ", i.parameters())).append(')');
        }
        i.where().ifPresent(w -> sb.append(" WHERE ").append(parenthesized(w.text())));
        return sb.toString();
    }

    /** {@code (text)}, unless the text is already one parenthesized expression. */
    static String parenthesized(String text) {
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")")) {
            int depth = 0;
            boolean wraps = true;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\'' || c == '"') {
                    return "(" + text + ")"; // quoted text: do not try to be clever
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0 && i != t.length() - 1) {
                    wraps = false;
                    break;
                }
            }
            if (wraps) {
                return t;
            }
        }
        return "(" + text + ")";
    }

    public static String dropIndex(QualifiedName name) {
        return "DROP INDEX " + name.sql();
    }

    // ------------------------------------------------------------------ views

    public static String createView(View v, boolean orReplace) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (orReplace) {
            sb.append("OR REPLACE ");
        }
        sb.append(v.materialized() ? "MATERIALIZED VIEW " : "VIEW ").append(v.name().sql());
        if (!v.columns().isEmpty()) {
            sb.append(" (").append(cols(v.columns())).append(')');
        }
        if (!v.options().isEmpty()) {
            sb.append(" WITH (").append(String.join(", ", v.options())).append(')');
        }
        sb.append(" AS\n").append(v.query().text());
        v.checkOption().ifPresent(c -> sb.append("\n  WITH ").append(c.toUpperCase(java.util.Locale.ROOT))
            .append(" CHECK OPTION"));
        if (v.materialized() && v.withNoData()) {
            sb.append("\n  WITH NO DATA");
        }
        return sb.toString();
    }

    public static String dropView(View v) {
        return "DROP " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + v.name().sql();
    }

    // ------------------------------------------------------------------ functions, triggers

    /** {@code CREATE [OR REPLACE] FUNCTION | PROCEDURE}, in pg_dump's layout; the body exactly as kept. */
    public static String createFunction(io.schemadiff.model.Function f, boolean orReplace) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (orReplace) {
            sb.append("OR REPLACE ");
        }
        sb.append(f.procedure() ? "PROCEDURE " : "FUNCTION ").append(f.name().sql()).append('(');
        for (int i = 0; i < f.arguments().size(); i++) {
            io.schemadiff.model.Function.Argument a = f.arguments().get(i);
            sb.append(i > 0 ? ", " : "");
            if (!a.mode().equals("IN")) {
                sb.append(a.mode()).append(' ');
            }
            a.name().ifPresent(n -> sb.append(q(n)).append(' '));
            sb.append(a.type().sql());
            a.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(d.text()));
        }
        sb.append(')');
        f.returns().ifPresent(r -> sb.append(" RETURNS ").append(r));
        sb.append("\n    LANGUAGE ").append(q(f.language()));
        if (f.window()) {
            sb.append(" WINDOW");
        }
        if (!f.procedure()) {
            if (!f.volatility().equals("VOLATILE")) {
                sb.append(' ').append(f.volatility());
            }
            if (f.leakproof()) {
                sb.append(" LEAKPROOF");
            }
            if (f.strict()) {
                sb.append(" STRICT");
            }
        }
        if (f.securityDefiner()) {
            sb.append(" SECURITY DEFINER");
        }
        if (!f.procedure()) {
            if (!f.parallel().equals("UNSAFE")) {
                sb.append(" PARALLEL ").append(f.parallel());
            }
            if (f.cost() != io.schemadiff.model.Function.defaultCost(f.language())) {
                sb.append(" COST ").append(number(f.cost()));
            }
            boolean set = f.returns().map(r -> r.startsWith("SETOF ") || r.startsWith("TABLE(")).orElse(false);
            if (f.rows() != (set ? 1000 : 0)) {
                sb.append(" ROWS ").append(number(f.rows()));
            }
        }
        for (String s : f.settings()) {
            int eq = s.indexOf('=');
            if (eq < 0) {
                sb.append("\n    SET ").append(s);
                continue;
            }
            String name = s.substring(0, eq);
            String value = s.substring(eq + 1);
            sb.append("\n    SET ").append(name).append(" TO ");
            if (name.equals("search_path")) {
                String[] parts = value.split(", ");
                for (int i = 0; i < parts.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(literal(parts[i]));
                }
            } else {
                sb.append(literal(value));
            }
        }
        if (f.sqlBody()) {
            sb.append('\n').append(f.body());
        } else {
            sb.append("\n    AS ").append(dollarQuoted(f.body()));
            f.linkSymbol().ifPresent(l -> sb.append(", ").append(literal(l)));
        }
        return sb.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The body between dollar quotes whose tag does not occur in it. */
    static String dollarQuoted(String body) {
        String tag = "";
        while (body.contains("$" + tag + "$")) {
            tag = tag + "_";
        }
        return "$" + tag + "$" + body + "$" + tag + "$";
    }

    /** {@code CREATE EVENT TRIGGER} as pg_dump writes it. */
    public static String createEventTrigger(io.schemadiff.model.EventTrigger t) {
        StringBuilder sb = new StringBuilder("CREATE EVENT TRIGGER ").append(q(t.name())).append(" ON ")
            .append(q(t.event()));
        if (!t.tags().isEmpty()) {
            sb.append("\n         WHEN TAG IN (").append(String.join(", ", t.tags().stream().map(Statements::literal)
                .toList())).append(')');
        }
        sb.append("\n   EXECUTE FUNCTION ").append(t.function().schema().equals("pg_catalog") ? q(t.function().name())
            : t.function().sql()).append("()");
        return sb.toString();
    }

    /** The parameters of a publication, defaults written out (for SET, where one left out keeps its value). */
    public static List<String> publicationParameters(io.schemadiff.model.Publication p) {
        List<String> out = new java.util.ArrayList<>();
        String publish = "'insert, update, delete, truncate'";
        boolean viaRoot = false;
        for (String o : p.options()) {
            if (o.startsWith("publish = ")) {
                publish = o.substring("publish = ".length());
            } else if (o.startsWith("publish_via_partition_root = ")) {
                viaRoot = true;
            } else {
                out.add(o);
            }
        }
        out.add(0, "publish = " + publish);
        out.add(1, "publish_via_partition_root = " + (viaRoot ? "true" : "false"));
        return out;
    }

    /** {@code CREATE PUBLICATION}. */
    public static String createPublication(io.schemadiff.model.Publication p) {
        StringBuilder sb = new StringBuilder("CREATE PUBLICATION ").append(q(p.name()));
        List<String> objects = new java.util.ArrayList<>();
        if (p.allTables()) {
            sb.append(" FOR ALL TABLES");
        } else {
            for (String t : p.tables()) {
                objects.add("TABLE " + t);
            }
            for (String s : p.schemas()) {
                objects.add("TABLES IN SCHEMA " + q(s));
            }
            if (!objects.isEmpty()) {
                sb.append(" FOR ").append(String.join(", ", objects));
            }
        }
        if (!p.options().isEmpty()) {
            sb.append(" WITH (").append(String.join(", ", p.options())).append(')');
        }
        return sb.toString();
    }

    /** {@code CREATE AGGREGATE} as pg_dump writes it. */
    public static String createAggregate(io.schemadiff.model.Aggregate a, boolean orReplace) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (orReplace) {
            sb.append("OR REPLACE ");
        }
        sb.append("AGGREGATE ").append(a.name().sql()).append('(');
        if (a.star()) {
            sb.append('*');
        }
        for (int i = 0; i < a.arguments().size(); i++) {
            io.schemadiff.model.Function.Argument arg = a.arguments().get(i);
            if (i == a.orderedSet()) {
                sb.append(i > 0 ? " " : "").append("ORDER BY ");
            } else if (i > 0) {
                sb.append(", ");
            }
            if (!arg.mode().equals("IN")) {
                sb.append(arg.mode()).append(' ');
            }
            arg.name().ifPresent(n -> sb.append(q(n)).append(' '));
            sb.append(arg.type().sql());
        }
        if (a.orderedSet() >= 0 && a.orderedSet() == a.arguments().size()) {
            sb.append(a.arguments().isEmpty() ? "" : " ").append("ORDER BY");
        }
        sb.append(") (");
        boolean first = true;
        for (java.util.Map.Entry<String, String> e : a.options().entrySet()) {
            sb.append(first ? "\n    " : ",\n    ").append(e.getKey());
            first = false;
            String k = e.getKey();
            if (io.schemadiff.model.Aggregate.FLAG_OPTIONS.contains(k)) {
                continue;
            }
            sb.append(" = ");
            if (io.schemadiff.model.Aggregate.LITERAL_OPTIONS.contains(k)) {
                sb.append(literal(e.getValue()));
            } else if (k.equals("SORTOP") && e.getValue().contains(".")) {
                sb.append("OPERATOR(").append(e.getValue()).append(')');
            } else {
                sb.append(e.getValue());
            }
        }
        return sb.append("\n)").toString();
    }

    /** {@code CREATE STATISTICS} as pg_get_statisticsobjdef writes it: kinds only when not all of them. */
    public static String createStatistics(io.schemadiff.model.Statistics s) {
        List<String> elements = new java.util.ArrayList<>();
        for (String c : s.columns()) {
            elements.add(Identifiers.quote(c));
        }
        for (io.schemadiff.model.Expression e : s.expressions()) {
            elements.add("(" + e.text() + ")");
        }
        boolean lone = s.columns().isEmpty() && s.expressions().size() == 1;
        String kinds = lone || s.kinds().equals(io.schemadiff.model.Statistics.ALL_KINDS) ? ""
            : " (" + String.join(", ", s.kinds()) + ")";
        return "CREATE STATISTICS " + s.name().sql() + kinds + " ON " + String.join(", ", elements) + " FROM "
            + s.table().sql();
    }

    /** {@code CREATE OPERATOR}, its attributes in pg_dump's order. */
    public static String createOperator(io.schemadiff.model.Operator o) {
        List<String> attrs = new java.util.ArrayList<>();
        attrs.add("FUNCTION = " + o.function());
        o.left().ifPresent(t -> attrs.add("LEFTARG = " + t.sql()));
        attrs.add("RIGHTARG = " + o.right().sql());
        o.commutator().ifPresent(x -> attrs.add("COMMUTATOR = OPERATOR(" + x + ")"));
        o.negator().ifPresent(x -> attrs.add("NEGATOR = OPERATOR(" + x + ")"));
        if (o.merges()) {
            attrs.add("MERGES");
        }
        if (o.hashes()) {
            attrs.add("HASHES");
        }
        o.restrict().ifPresent(x -> attrs.add("RESTRICT = " + x));
        o.join().ifPresent(x -> attrs.add("JOIN = " + x));
        return "CREATE OPERATOR " + o.symbol() + " (\n    " + String.join(",\n    ", attrs) + "\n)";
    }

    /** {@code CREATE CAST} as pg_dump writes it. */
    public static String createCast(io.schemadiff.model.Cast c) {
        String how = switch (c.method()) {
            case "FUNCTION" -> "WITH FUNCTION " + c.function().orElseThrow();
            case "INOUT" -> "WITH INOUT";
            default -> "WITHOUT FUNCTION";
        };
        String context = switch (c.context()) {
            case 'a' -> " AS ASSIGNMENT";
            case 'i' -> " AS IMPLICIT";
            default -> "";
        };
        return "CREATE CAST " + c.signature() + " " + how + context;
    }

    public static String functionSignature(io.schemadiff.model.Function f) {
        return f.name().sql() + f.id().member();
    }

    public static String dropFunction(io.schemadiff.model.Function f) {
        return "DROP " + (f.procedure() ? "PROCEDURE " : "FUNCTION ") + functionSignature(f);
    }

    /** {@code CREATE TRIGGER} as pg_get_triggerdef() writes it. */
    public static String createTrigger(io.schemadiff.model.Trigger t) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (t.constraint()) {
            sb.append("CONSTRAINT ");
        }
        sb.append("TRIGGER ").append(q(t.name())).append(' ').append(t.timing()).append(' ')
            .append(String.join(" OR ", t.events())).append(" ON ").append(t.table().sql());
        t.fromTable().ifPresent(f -> sb.append(" FROM ").append(f.sql()));
        if (t.constraint()) {
            sb.append(t.deferrability() == Constraint.Deferrability.NOT_DEFERRABLE ? " NOT DEFERRABLE INITIALLY IMMEDIATE"
                : t.deferrability() == Constraint.Deferrability.DEFERRABLE ? " DEFERRABLE INITIALLY IMMEDIATE"
                : " DEFERRABLE INITIALLY DEFERRED");
        }
        if (!t.referencing().isEmpty()) {
            sb.append(' ').append(t.referencing());
        }
        sb.append(t.forEachRow() ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        t.when().ifPresent(w -> sb.append(" WHEN ").append(parenthesized(w.text())));
        sb.append(" EXECUTE FUNCTION ").append(t.function().schema().equals("pg_catalog") ? q(t.function().name())
            : t.function().sql()).append('(');
        for (int i = 0; i < t.arguments().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(literal(t.arguments().get(i)));
        }
        return sb.append(')').toString();
    }

    public static String dropTrigger(io.schemadiff.model.Trigger t) {
        return "DROP TRIGGER " + q(t.name()) + " ON " + t.table().sql();
    }

    /** The ALTER TABLE that puts a trigger in its enabled state (O, D, R, A). */
    public static String enableTrigger(io.schemadiff.model.Trigger t) {
        String how = switch (t.enabled()) {
            case 'D' -> "DISABLE";
            case 'R' -> "ENABLE REPLICA";
            case 'A' -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
        return "ALTER TABLE " + t.table().sql() + " " + how + " TRIGGER " + q(t.name());
    }

    // ------------------------------------------------------------------ domains, composite and range types, policies

    public static String createDomain(io.schemadiff.model.Domain d) {
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(d.name().sql()).append(" AS ")
            .append(d.baseType().sql());
        d.collation().ifPresent(c -> sb.append(" COLLATE ").append(c.sql()));
        d.defaultValue().ifPresent(e -> sb.append(" DEFAULT ").append(e.text()));
        if (d.notNull()) {
            sb.append(" NOT NULL");
        }
        for (io.schemadiff.model.Domain.Check c : d.checks()) {
            sb.append("\n    CONSTRAINT ").append(q(c.name())).append(" CHECK (").append(c.expression().text())
                .append(')');
            if (c.notValid()) {
                sb.append(" NOT VALID");
            }
        }
        return sb.toString();
    }

    public static String addDomainCheck(io.schemadiff.model.Domain d, io.schemadiff.model.Domain.Check c) {
        return "ALTER DOMAIN " + d.name().sql() + " ADD CONSTRAINT " + q(c.name()) + " CHECK ("
            + c.expression().text() + ")" + (c.notValid() ? " NOT VALID" : "");
    }

    public static String createComposite(io.schemadiff.model.CompositeType t) {
        StringBuilder sb = new StringBuilder("CREATE TYPE ").append(t.name().sql()).append(" AS (");
        for (int i = 0; i < t.attributes().size(); i++) {
            sb.append(i > 0 ? "," : "").append("\n    ").append(attribute(t.attributes().get(i)));
        }
        return sb.append("\n)").toString();
    }

    public static String attribute(io.schemadiff.model.CompositeType.Attribute a) {
        return q(a.name()) + " " + a.type().sql() + a.collation().map(c -> " COLLATE " + c.sql()).orElse("");
    }

    public static String createRange(io.schemadiff.model.RangeType r) {
        StringBuilder sb = new StringBuilder("CREATE TYPE ").append(r.name().sql()).append(" AS RANGE (\n    subtype = ")
            .append(r.subtype().sql());
        for (String o : r.options()) {
            int eq = o.indexOf('=');
            sb.append(",\n    ").append(o, 0, eq).append(" = ").append(o.substring(eq + 1));
        }
        return sb.append("\n)").toString();
    }

    public static String createPolicy(io.schemadiff.model.Policy p) {
        StringBuilder sb = new StringBuilder("CREATE POLICY ").append(q(p.name())).append(" ON ")
            .append(p.table().sql());
        if (!p.permissive()) {
            sb.append(" AS RESTRICTIVE");
        }
        if (!p.command().equals("ALL")) {
            sb.append(" FOR ").append(p.command());
        }
        sb.append(" TO ").append(roles(p.roles()));
        p.using().ifPresent(u -> sb.append(" USING ").append(parenthesized(u.text())));
        p.withCheck().ifPresent(c -> sb.append(" WITH CHECK ").append(parenthesized(c.text())));
        return sb.toString();
    }

    public static String roles(List<String> roles) {
        StringBuilder sb = new StringBuilder();
        for (String r : roles) {
            sb.append(sb.length() > 0 ? ", " : "");
            boolean keyword = r.equals("public") || r.equals("CURRENT_USER") || r.equals("SESSION_USER")
                || r.equals("CURRENT_ROLE");
            sb.append(keyword ? r : q(r));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ comments

    public static String comment(String what, Optional<String> text) {
        return "COMMENT ON " + what + " IS " + text.map(Identifiers::literal).orElse("NULL");
    }
}
