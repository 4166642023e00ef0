package io.schemadiff.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a deterministic (seeded) pair of PostgreSQL schemas for the benchmark ({@code bin/bench}).
 *
 * <pre>
 * java -jar bench/target/schemadiff-bench.jar --tables 10000 --out bench-out/10k [--seed 42] [--change-percent 3]
 * </pre>
 *
 * <p>It writes, into {@code --out}:
 * <ul>
 *   <li>{@code v1.sql}, {@code v2.sql}: the schema in hand-written style (lowercase, type aliases, inline and
 *       unnamed constraints, unnamed indexes);</li>
 *   <li>{@code v1.pgdump.sql}, {@code v2.pgdump.sql}: the same schemas as {@code pg_dump --schema-only}
 *       (PostgreSQL 15) renders them: canonical types and expressions, sequences, {@code ALTER TABLE ONLY … ADD
 *       CONSTRAINT}, comment headers, {@code OWNER TO};</li>
 *   <li>{@code summary.txt}: what was generated and what version 2 changed.</li>
 * </ul>
 *
 * <p>Version 2 is version 1 with about {@code --change-percent} of its tables changed (added, dropped, widened
 * columns, changed defaults and NOT NULL, new and dropped indexes, changed comments), plus dropped and new tables,
 * changed views and a new enum label. The same seed always gives the same bytes.
 */
public final class Generate {
    private Generate() {}

    public static void main(String[] args) throws IOException {
        int tables = 1000;
        long seed = 42;
        double changePercent = 3.0;
        Path out = null;
        boolean pgdump = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tables" -> tables = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--change-percent" -> changePercent = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-pgdump" -> pgdump = false;
                case "-h", "--help" -> {
                    System.out.println("usage: Generate --tables N --out DIR [--seed S] [--change-percent P] "
                        + "[--no-pgdump]");
                    return;
                }
                default -> {
                    System.err.println("Generate: unknown argument " + args[i]);
                    System.exit(1);
                }
            }
        }
        if (out == null || tables < 10) {
            System.err.println("usage: Generate --tables N (N >= 10) --out DIR [--seed S] [--change-percent P]");
            System.exit(1);
        }
        Files.createDirectories(out);
        Map<String, String> files = render(tables, seed, changePercent, pgdump);
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(out.resolve(f.getKey()), f.getValue());
        }
        String summary = files.get("summary.txt");
        System.out.println(out + ": " + String.join("; ", summary.lines().skip(1).limit(3).toList()));
    }

    /**
     * The files of one pair, by name: {@code v1.sql}, {@code v2.sql}, {@code summary.txt}, and with {@code pgdump}
     * {@code v1.pgdump.sql} and {@code v2.pgdump.sql}.
     */
    public static Map<String, String> render(int tables, long seed, double changePercent, boolean pgdump) {
        // version 2 starts as the very same model (same seed), then is changed with its own stream
        Db v1 = new Builder(seed, tables).build();
        Db v2 = new Builder(seed, tables).build();
        List<String> changes = new Changer(v2, seed * 31 + 7, changePercent).apply();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("v1.sql", HandWriter.render(v1));
        files.put("v2.sql", HandWriter.render(v2));
        if (pgdump) {
            files.put("v1.pgdump.sql", DumpWriter.render(v1));
            files.put("v2.pgdump.sql", DumpWriter.render(v2));
        }
        StringBuilder summary = new StringBuilder();
        summary.append("seed=").append(seed).append(" tables=").append(tables)
            .append(" change_percent=").append(changePercent).append('\n');
        summary.append("v1: ").append(v1.counts()).append('\n');
        summary.append("v2: ").append(v2.counts()).append('\n');
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (String c : changes) {
            byKind.merge(c.substring(0, c.indexOf(' ')), 1, Integer::sum);
        }
        summary.append("changes: ").append(changes.size()).append(' ').append(byKind).append('\n');
        for (String c : changes) {
            summary.append("  ").append(c).append('\n');
        }
        files.put("summary.txt", summary.toString());
        return files;
    }

    private static void write(Path file, String text) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }

    // =====================================================================================================
    // model

    /** An expression or type as a person writes it, and as pg_dump prints it. */
    record Sql(String hand, String dump) {
        static Sql same(String s) {
            return new Sql(s, s);
        }
    }

    enum IdKind { SERIAL, BIGSERIAL, IDENTITY_ALWAYS, IDENTITY_BY_DEFAULT, UUID }

    static final class Db {
        final List<String> schemas = new ArrayList<>();
        final List<EnumType> enums = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();
        final List<View> views = new ArrayList<>();

        Table table(String schema, String name) {
            for (Table t : tables) {
                if (t.schema.equals(schema) && t.name.equals(name)) {
                    return t;
                }
            }
            return null;
        }

        String counts() {
            int cols = 0;
            int fks = 0;
            int idx = 0;
            int checks = 0;
            int uniques = 0;
            int comments = 0;
            for (Table t : tables) {
                cols += t.columns.size();
                idx += t.indexes.size();
                checks += t.checks.size();
                uniques += t.uniques.size();
                comments += t.comment == null ? 0 : 1;
                for (Column c : t.columns) {
                    fks += c.fk == null ? 0 : 1;
                    checks += c.check == null ? 0 : 1;
                    uniques += c.unique ? 1 : 0;
                    comments += c.comment == null ? 0 : 1;
                }
            }
            for (View v : views) {
                comments += v.comment == null ? 0 : 1;
            }
            return String.format(Locale.ROOT,
                "schemas=%d enums=%d tables=%d columns=%d fks=%d checks=%d uniques=%d indexes=%d views=%d comments=%d",
                schemas.size(), enums.size(), tables.size(), cols, fks, checks, uniques, idx, views.size(), comments);
        }
    }

    static final class EnumType {
        final String schema;
        final String name;
        final List<String> labels;

        EnumType(String schema, String name, List<String> labels) {
            this.schema = schema;
            this.name = name;
            this.labels = new ArrayList<>(labels);
        }
    }

    static final class Table {
        final String schema;
        final String name;
        final List<Column> columns = new ArrayList<>();
        /** Named, table-level checks (over more than one column). */
        final List<Check> checks = new ArrayList<>();
        final List<Unique> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        /** Relation and constraint names taken in this table's schema by this table (for auto-naming). */
        final java.util.Set<String> names = new java.util.HashSet<>();
        String comment;
        int inbound;
        boolean inView;

        Table(String schema, String name) {
            this.schema = schema;
            this.name = name;
        }

        String q() {
            return schema + "." + name;
        }

        Column column(String n) {
            for (Column c : columns) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        Column pk() {
            return columns.get(0);
        }
    }

    static final class Column {
        final String name;
        /** The palette entry it came from ("" for keys): decides widening and default changes. */
        final String kind;
        Sql type;
        boolean notNull;
        Sql def;
        /** An unnamed column check: {@code <table>_<column>_check}. */
        Sql check;
        /** An unnamed column unique: {@code <table>_<column>_key}. */
        boolean unique;
        Fk fk;
        IdKind id;
        String comment;
        /** Used by a view, an index, or a table-level constraint: not dropped nor retyped in version 2. */
        boolean locked;

        Column(String name, String kind, Sql type) {
            this.name = name;
            this.kind = kind;
            this.type = type;
        }
    }

    static final class Fk {
        final Table target;
        /** Null: written inline and unnamed ({@code <table>_<column>_fkey}). */
        final String name;
        /** Written as a separate {@code alter table … add constraint} after all tables. */
        final boolean late;
        final String onDelete;

        Fk(Table target, String name, boolean late, String onDelete) {
            this.target = target;
            this.name = name;
            this.late = late;
            this.onDelete = onDelete;
        }
    }

    record Check(String name, Sql expr) {}

    /** A table-level unique constraint; {@code named} says whether the hand-written form names it. */
    record Unique(String name, boolean named, List<String> columns) {}

    /** {@code named}: whether the hand-written form names it (else PostgreSQL's generated name is used). */
    record Index(String name, boolean named, boolean unique, String method, List<Sql> keys, Sql where) {}

    static final class View {
        final String schema;
        final String name;
        final Table child;
        final Column via;
        final Table parent;
        final List<String> childColumns = new ArrayList<>();
        final List<String> parentColumns = new ArrayList<>();
        /** Child columns appended in version 2 (after the parent's, as CREATE OR REPLACE VIEW requires). */
        final List<String> addedColumns = new ArrayList<>();
        final boolean leftJoin;
        /** A boolean column of the child: {@code where a.is_active} or {@code where not a.is_deleted}. */
        String filter;
        boolean negate;
        String comment;

        View(String schema, String name, Table child, Column via, Table parent, boolean leftJoin) {
            this.schema = schema;
            this.name = name;
            this.child = child;
            this.via = via;
            this.parent = parent;
            this.leftJoin = leftJoin;
        }

        String q() {
            return schema + "." + name;
        }
    }

    // =====================================================================================================
    // version 1

    static final String[] SCHEMAS = {"app", "billing", "catalog", "crm", "inventory", "reporting", "audit", "ops",
        "hr", "shipping", "support", "analytics"};

    static final String[] NOUNS = {"account", "address", "invoice", "payment", "product", "customer", "order",
        "order_line", "shipment", "supplier", "warehouse", "employee", "ticket", "comment", "review", "category",
        "coupon", "refund", "subscription", "plan", "device", "session", "event", "message", "attachment",
        "contract", "vendor", "asset", "project", "task", "team", "tag", "note", "report", "metric", "budget",
        "campaign", "lead", "contact", "region"};

    /** Column palette: each table takes a random subset, in this order. */
    static final String[] PALETTE = {"name", "title", "code", "email", "description", "amount", "price", "quantity",
        "sort_order", "counter", "ratio", "is_active", "is_deleted", "status", "priority", "payload", "settings",
        "tags", "scores", "external_id", "currency", "duration", "version", "due_on", "ip_address", "created_at",
        "updated_at"};

    static final class Builder {
        final SplittableRandom rnd;
        final int n;
        final Db db = new Db();

        Builder(long seed, int n) {
            this.rnd = new SplittableRandom(seed);
            this.n = n;
        }

        boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        Db build() {
            int schemaCount = Math.max(2, Math.min(SCHEMAS.length, (int) Math.round(Math.log10(n) * 2)));
            for (int i = 0; i < schemaCount; i++) {
                String s = SCHEMAS[i];
                db.schemas.add(s);
                db.enums.add(new EnumType(s, "status", List.of("draft", "active", "archived")));
                db.enums.add(new EnumType(s, "priority", List.of("low", "normal", "high")));
            }
            int width = String.valueOf(n).length();
            for (int i = 0; i < n; i++) {
                String schema = db.schemas.get(i * schemaCount / n);
                String noun = NOUNS[rnd.nextInt(NOUNS.length)];
                String name = noun + "_" + String.format(Locale.ROOT, "%0" + width + "d", i + 1);
                db.tables.add(table(schema, name, i));
            }
            // views: one in ten tables that have a foreign key, joined to its parent
            for (Table t : db.tables) {
                if (db.views.size() >= n / 10) {
                    break;
                }
                Column fk = null;
                for (Column c : t.columns) {
                    if (c.fk != null) {
                        fk = c;
                        break;
                    }
                }
                if (fk != null && chance(0.2)) {
                    db.views.add(view(t, fk));
                }
            }
            return db;
        }

        Table table(String schema, String name, int index) {
            Table t = new Table(schema, name);
            t.names.add(name);
            Column id = idColumn(t);
            t.columns.add(id);
            // up to two foreign keys to earlier tables (mostly the same schema, sometimes another)
            int fkCount = index == 0 ? 0 : rnd.nextInt(3);
            for (int k = 0; k < fkCount; k++) {
                int lo = Math.max(0, index - 400);
                Table target = db.tables.get(lo + rnd.nextInt(index - lo));
                String col = target.name.substring(0, target.name.lastIndexOf('_')) + "_id";
                if (t.column(col) != null) {
                    continue;
                }
                Column c = new Column(col, "", keyType(target.pk().id));
                c.notNull = chance(0.6);
                boolean named = chance(0.25);
                boolean late = chance(0.2);
                String fkName = named || late ? "fk_" + name + "_" + col : null;
                c.fk = new Fk(target, fkName, late, pick(List.of("", "", "cascade", "set null", "restrict")));
                if (c.fk.onDelete.equals("set null")) {
                    c.notNull = false;
                }
                target.inbound++;
                t.names.add(fkName != null ? fkName : name + "_" + col + "_fkey");
                t.columns.add(c);
                // most foreign keys get an index
                if (chance(0.7)) {
                    addIndex(t, chance(0.7) ? null : "idx_" + name + "_" + col, false, "btree",
                        List.of(Sql.same(col)), null);
                    c.locked = true;
                }
            }
            int want = 4 + rnd.nextInt(11);
            double p = Math.min(1.0, (double) want / PALETTE.length);
            for (String kind : PALETTE) {
                if (chance(p)) {
                    t.columns.add(column(t, kind));
                }
            }
            for (String kind : List.of("name", "created_at", "description")) {
                if (t.columns.size() < 3 && t.column(kind) == null) {
                    t.columns.add(column(t, kind));
                }
            }
            constraintsAndIndexes(t);
            if (chance(0.7)) {
                t.comment = tableComment(t);
            }
            for (Column c : t.columns) {
                if (chance(0.1)) {
                    c.comment = "The " + c.name.replace('_', ' ') + (chance(0.2) ? " (it's required)" : "");
                }
            }
            return t;
        }

        static Sql keyType(IdKind k) {
            return switch (k) {
                case SERIAL -> new Sql("int", "integer");
                case UUID -> Sql.same("uuid");
                default -> new Sql("bigint", "bigint");
            };
        }

        Column idColumn(Table t) {
            double r = rnd.nextDouble();
            IdKind k = r < 0.3 ? IdKind.SERIAL : r < 0.5 ? IdKind.BIGSERIAL : r < 0.7 ? IdKind.IDENTITY_ALWAYS
                : r < 0.8 ? IdKind.IDENTITY_BY_DEFAULT : IdKind.UUID;
            Column c = new Column("id", "", switch (k) {
                case SERIAL -> new Sql("serial", "integer");
                case BIGSERIAL -> new Sql("bigserial", "bigint");
                case IDENTITY_ALWAYS, IDENTITY_BY_DEFAULT -> new Sql("bigint", "bigint");
                case UUID -> Sql.same("uuid");
            });
            c.id = k;
            c.notNull = true;
            c.locked = true;
            if (k == IdKind.UUID) {
                c.def = Sql.same("gen_random_uuid()");
            }
            t.names.add(t.name + "_pkey");
            if (k == IdKind.SERIAL || k == IdKind.BIGSERIAL || k == IdKind.IDENTITY_ALWAYS
                || k == IdKind.IDENTITY_BY_DEFAULT) {
                t.names.add(t.name + "_id_seq");
            }
            return c;
        }

        Column column(Table t, String kind) {
            String s = t.schema;
            Column c;
            switch (kind) {
                case "name" -> {
                    c = new Column("name", kind, Sql.same("text"));
                    c.notNull = true;
                }
                case "title" -> c = new Column("title", kind, varchar(200));
                case "code" -> {
                    c = new Column("code", kind, varchar(32));
                    c.notNull = true;
                    c.unique = chance(0.6);
                    if (chance(0.5)) {
                        c.check = new Sql("char_length(code) >= 2", "(char_length((code)::text) >= 2)");
                    }
                }
                case "email" -> c = new Column("email", kind, varchar(255));
                case "description" -> c = new Column("description", kind, Sql.same("text"));
                case "amount" -> {
                    c = new Column("amount", kind, numeric(12, 2));
                    c.notNull = true;
                    c.def = Sql.same("0");
                    c.check = new Sql("amount >= 0", "(amount >= (0)::numeric)");
                }
                case "price" -> c = new Column("price", kind, numeric(10, 2));
                case "quantity" -> {
                    c = new Column("quantity", kind, new Sql("int", "integer"));
                    c.notNull = true;
                    c.def = Sql.same("1");
                    c.check = new Sql("quantity > 0", "(quantity > 0)");
                }
                case "sort_order" -> c = new Column("sort_order", kind, new Sql("integer", "integer"));
                case "counter" -> {
                    c = new Column("counter", kind, new Sql("int8", "bigint"));
                    c.def = Sql.same("0");
                }
                case "ratio" -> {
                    c = new Column("ratio", kind, new Sql("float8", "double precision"));
                    if (chance(0.5)) {
                        c.check = new Sql("ratio between 0 and 1",
                            "((ratio >= (0)::double precision) AND (ratio <= (1)::double precision))");
                    }
                }
                case "is_active" -> {
                    c = new Column("is_active", kind, new Sql("bool", "boolean"));
                    c.notNull = true;
                    c.def = Sql.same("true");
                }
                case "is_deleted" -> {
                    c = new Column("is_deleted", kind, new Sql("boolean", "boolean"));
                    c.notNull = true;
                    c.def = Sql.same("false");
                }
                case "status" -> {
                    c = new Column("status", kind, Sql.same(s + ".status"));
                    c.notNull = true;
                    c.def = new Sql("'draft'", "'draft'::" + s + ".status");
                }
                case "priority" -> c = new Column("priority", kind, Sql.same(s + ".priority"));
                case "payload" -> {
                    c = new Column("payload", kind, Sql.same("jsonb"));
                    c.notNull = true;
                    c.def = new Sql("'{}'", "'{}'::jsonb");
                }
                case "settings" -> c = new Column("settings", kind, Sql.same("jsonb"));
                case "tags" -> {
                    c = new Column("tags", kind, Sql.same("text[]"));
                    c.notNull = true;
                    c.def = new Sql("'{}'", "'{}'::text[]");
                }
                case "scores" -> c = new Column("scores", kind, new Sql("int[]", "integer[]"));
                case "external_id" -> {
                    c = new Column("external_id", kind, Sql.same("uuid"));
                    c.notNull = true;
                    c.def = Sql.same("gen_random_uuid()");
                    c.unique = chance(0.5);
                }
                case "currency" -> {
                    c = new Column("currency", kind, new Sql("char(3)", "character(3)"));
                    c.def = new Sql("'EUR'", "'EUR'::bpchar");
                }
                case "duration" -> {
                    c = new Column("duration", kind, Sql.same("interval"));
                    c.def = new Sql("'1 hour'", "'01:00:00'::interval");
                }
                case "version" -> {
                    c = new Column("version", kind, new Sql("int2", "smallint"));
                    c.notNull = true;
                    c.def = Sql.same("1");
                }
                case "due_on" -> c = new Column("due_on", kind, Sql.same("date"));
                case "ip_address" -> c = new Column("ip_address", kind, Sql.same("inet"));
                case "created_at" -> {
                    c = new Column("created_at", kind, new Sql("timestamptz", "timestamp with time zone"));
                    c.notNull = true;
                    c.def = Sql.same("now()");
                }
                case "updated_at" -> c = new Column("updated_at", kind,
                    new Sql("timestamptz", "timestamp with time zone"));
                default -> throw new IllegalArgumentException(kind);
            }
            if (c.check != null) {
                t.names.add(t.name + "_" + c.name + "_check");
            }
            if (c.unique) {
                t.names.add(t.name + "_" + c.name + "_key");
            }
            return c;
        }

        void constraintsAndIndexes(Table t) {
            Column created = t.column("created_at");
            Column updated = t.column("updated_at");
            Column name = t.column("name");
            Column email = t.column("email");
            Column active = t.column("is_active");
            Column deleted = t.column("is_deleted");
            Column payload = t.column("payload");
            Column status = t.column("status");
            Column code = t.column("code");
            if (created != null && updated != null && chance(0.6)) {
                String n = t.name + "_updated_check";
                t.checks.add(new Check(n, new Sql("updated_at is null or updated_at >= created_at",
                    "((updated_at IS NULL) OR (updated_at >= created_at))")));
                t.names.add(n);
                created.locked = true;
                updated.locked = true;
            }
            if (name != null && chance(0.3)) {
                Column fk = null;
                for (Column c : t.columns) {
                    if (c.fk != null) {
                        fk = c;
                    }
                }
                List<String> cols = fk == null ? List.of("name") : List.of(fk.name, "name");
                boolean named = chance(0.5);
                String n = named ? "uq_" + t.name + "_" + String.join("_", cols)
                    : t.name + "_" + String.join("_", cols) + "_key";
                if (!t.names.contains(n)) {
                    t.uniques.add(new Unique(n, named, cols));
                    t.names.add(n);
                    for (String cn : cols) {
                        t.column(cn).locked = true;
                    }
                }
            }
            if (email != null && chance(0.6)) {
                addIndex(t, null, chance(0.7), "btree", List.of(new Sql("lower(email)", "lower((email)::text)")),
                    null);
                email.locked = true;
            }
            if (created != null && chance(0.5)) {
                Sql where = null;
                if (deleted != null && chance(0.5)) {
                    where = new Sql("not is_deleted", "(NOT is_deleted)");
                    deleted.locked = true;
                } else if (active != null && chance(0.5)) {
                    where = Sql.same("is_active");
                    active.locked = true;
                }
                addIndex(t, where != null && chance(0.5) ? "idx_" + t.name + "_recent" : null, false, "btree",
                    List.of(new Sql("created_at desc", "created_at DESC")), where);
                created.locked = true;
            }
            if (payload != null && chance(0.3)) {
                addIndex(t, null, false, "gin", List.of(Sql.same("payload")), null);
                payload.locked = true;
            }
            if (status != null && created != null && chance(0.3)) {
                addIndex(t, null, false, "btree", List.of(Sql.same("status"), Sql.same("created_at")), null);
                status.locked = true;
                created.locked = true;
            }
            if (code != null && !code.unique && chance(0.5)) {
                Sql where = deleted != null ? new Sql("not is_deleted", "(NOT is_deleted)") : null;
                addIndex(t, "uq_" + t.name + "_code", true, "btree", List.of(Sql.same("code")), where);
                code.locked = true;
                if (deleted != null) {
                    deleted.locked = true;
                }
            }
        }

        /** Adds an index unless its (generated) name is taken; {@code name} null: unnamed in the hand form. */
        boolean addIndex(Table t, String name, boolean unique, String method, List<Sql> keys, Sql where) {
            String n = name != null ? name : autoIndexName(t, keys);
            if (t.names.contains(n)) {
                return false;
            }
            t.names.add(n);
            t.indexes.add(new Index(n, name != null, unique, method, keys, where));
            return true;
        }

        View view(Table child, Column via) {
            Table parent = via.fk.target;
            View v = new View(child.schema, "v_" + child.name, child, via, parent, !via.notNull);
            List<String> candidates = new ArrayList<>();
            for (Column c : child.columns) {
                if (c.fk == null && c.id == null && !c.kind.equals("is_deleted")) {
                    candidates.add(c.name);
                }
            }
            for (String cn : candidates) {
                if (v.childColumns.size() < 4 && chance(0.5)) {
                    v.childColumns.add(cn);
                }
            }
            for (Column c : parent.columns) {
                if (c.id == null && c.fk == null && v.parentColumns.size() < 2 && chance(0.4)) {
                    v.parentColumns.add(c.name);
                }
            }
            if (child.column("is_active") != null) {
                v.filter = "is_active";
            } else if (child.column("is_deleted") != null) {
                v.filter = "is_deleted";
                v.negate = true;
            }
            if (chance(0.5)) {
                v.comment = "Active " + child.name.replace('_', ' ') + " rows with their " + parent.name;
            }
            lockViewColumns(v);
            return v;
        }

        String tableComment(Table t) {
            String noun = t.name.substring(0, t.name.lastIndexOf('_')).replace('_', ' ');
            return switch (rnd.nextInt(4)) {
                case 0 -> "One row per " + noun;
                case 1 -> "The " + noun + "s of the " + t.schema + " domain";
                case 2 -> "Each " + noun + "'s current state";
                default -> noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1) + " records";
            };
        }
    }

    static void lockViewColumns(View v) {
        v.child.inView = true;
        v.parent.inView = true;
        v.child.pk().locked = true;
        v.via.locked = true;
        for (String cn : v.childColumns) {
            v.child.column(cn).locked = true;
        }
        for (String cn : v.parentColumns) {
            v.parent.column(cn).locked = true;
        }
        if (v.filter != null) {
            v.child.column(v.filter).locked = true;
        }
    }

    static Sql varchar(int n) {
        return new Sql("varchar(" + n + ")", "character varying(" + n + ")");
    }

    static Sql numeric(int p, int s) {
        return Sql.same("numeric(" + p + "," + s + ")");
    }

    /** PostgreSQL's name for an unnamed index: table, then each key's column (or function) name, then idx. */
    static String autoIndexName(Table t, List<Sql> keys) {
        StringBuilder sb = new StringBuilder(t.name);
        for (Sql k : keys) {
            String h = k.hand();
            int paren = h.indexOf('(');
            String word = paren > 0 ? h.substring(0, paren) : h.split(" ")[0];
            sb.append('_').append(word);
        }
        return sb.append("_idx").toString();
    }

    // =====================================================================================================
    // version 2

    static final class Changer {
        final Db db;
        final SplittableRandom rnd;
        final double percent;
        final List<String> log = new ArrayList<>();

        Changer(Db db, long seed, double percent) {
            this.db = db;
            this.rnd = new SplittableRandom(seed);
            this.percent = percent;
        }

        boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        List<String> apply() {
            int n = db.tables.size();
            int changes = Math.max(8, (int) Math.round(n * percent / 100.0));
            String[] kinds = {"add_column", "add_column", "drop_column", "widen_type", "widen_type", "new_index",
                "new_index", "drop_index", "change_default", "change_default", "set_not_null", "drop_not_null",
                "table_comment", "column_comment"};
            int done = 0;
            int attempts = 0;
            while (done < changes && attempts++ < changes * 20) {
                Table t = db.tables.get(rnd.nextInt(db.tables.size()));
                String kind = kinds[rnd.nextInt(kinds.length)];
                if (change(t, kind)) {
                    done++;
                }
            }
            // whole tables: a few dropped (nothing refers to them), a few new
            int drops = Math.max(1, n / 1000);
            for (int i = 0; i < drops; i++) {
                for (int tries = 0; tries < 1000; tries++) {
                    Table t = db.tables.get(rnd.nextInt(db.tables.size()));
                    if (t.inbound == 0 && !t.inView) {
                        db.tables.remove(t);
                        for (Column c : t.columns) {
                            if (c.fk != null) {
                                c.fk.target.inbound--;
                            }
                        }
                        log.add("drop_table " + t.q());
                        break;
                    }
                }
            }
            int adds = Math.max(1, n / 500);
            Builder b = new Builder(rnd.nextLong(), n);
            b.db.schemas.addAll(db.schemas);
            b.db.tables.addAll(db.tables);
            for (int i = 0; i < adds; i++) {
                String schema = db.schemas.get(rnd.nextInt(db.schemas.size()));
                String noun = NOUNS[rnd.nextInt(NOUNS.length)];
                Table t = b.table(schema, "new_" + noun + "_" + (i + 1), b.db.tables.size());
                b.db.tables.add(t);
                db.tables.add(t);
                log.add("new_table " + t.q());
            }
            // views: a few get one more column (appended, as CREATE OR REPLACE VIEW allows)
            int viewChanges = Math.max(1, db.views.size() / 50);
            for (int i = 0; i < viewChanges && !db.views.isEmpty(); i++) {
                View v = db.views.get(rnd.nextInt(db.views.size()));
                for (Column c : v.child.columns) {
                    if (c.fk == null && c.id == null && !v.childColumns.contains(c.name)
                        && !v.addedColumns.contains(c.name) && db.tables.contains(v.child)) {
                        v.addedColumns.add(c.name);
                        c.locked = true;
                        log.add("change_view " + v.q() + " +" + c.name);
                        break;
                    }
                }
            }
            // an enum gets a new label (appended, as ALTER TYPE … ADD VALUE does)
            EnumType e = db.enums.get(rnd.nextInt(db.enums.size()));
            e.labels.add(e.name.equals("priority") ? "urgent" : "suspended");
            log.add("enum_label " + e.schema + "." + e.name);
            return log;
        }

        boolean change(Table t, String kind) {
            List<Column> free = new ArrayList<>();
            for (Column c : t.columns) {
                if (!c.locked && c.id == null && c.fk == null && !c.kind.isEmpty()) {
                    free.add(c);
                }
            }
            switch (kind) {
                case "add_column" -> {
                    String n = "added_" + (t.columns.size() + 1);
                    if (t.column(n) != null) {
                        return false;
                    }
                    Column c;
                    if (chance(0.5)) {
                        c = new Column(n, "added", Sql.same("text"));
                    } else {
                        c = new Column(n, "added", new Sql("int", "integer"));
                        c.notNull = true;
                        c.def = Sql.same("0");
                    }
                    t.columns.add(c);
                    log.add("add_column " + t.q() + "." + n);
                    return true;
                }
                case "drop_column" -> {
                    List<Column> droppable = new ArrayList<>();
                    for (Column c : free) {
                        if (c.check == null && !c.unique) {
                            droppable.add(c);
                        }
                    }
                    if (droppable.isEmpty()) {
                        return false;
                    }
                    Column c = droppable.get(rnd.nextInt(droppable.size()));
                    t.columns.remove(c);
                    log.add("drop_column " + t.q() + "." + c.name);
                    return true;
                }
                case "widen_type" -> {
                    for (Column c : free) {
                        Sql wider = switch (c.kind) {
                            case "title" -> varchar(400);
                            case "email" -> varchar(320);
                            case "code" -> varchar(64);
                            case "amount" -> numeric(16, 2);
                            case "price" -> numeric(14, 2);
                            case "quantity", "sort_order" -> Sql.same("bigint");
                            case "version" -> Sql.same("integer");
                            default -> null;
                        };
                        if (wider != null && !wider.dump().equals(c.type.dump())) {
                            log.add("widen_type " + t.q() + "." + c.name + " " + c.type.dump() + " -> " + wider.dump());
                            c.type = wider;
                            return true;
                        }
                    }
                    return false;
                }
                case "new_index" -> {
                    for (Column c : free) {
                        String n = "idx_" + t.name + "_" + c.name + "_v2";
                        if (!c.type.dump().endsWith("[]") && !c.type.dump().equals("jsonb") && !t.names.contains(n)) {
                            t.names.add(n);
                            t.indexes.add(new Index(n, true, false, "btree", List.of(Sql.same(c.name)), null));
                            c.locked = true;
                            log.add("new_index " + t.schema + "." + n);
                            return true;
                        }
                    }
                    return false;
                }
                case "drop_index" -> {
                    if (t.indexes.isEmpty()) {
                        return false;
                    }
                    Index i = t.indexes.remove(rnd.nextInt(t.indexes.size()));
                    log.add("drop_index " + t.schema + "." + i.name());
                    return true;
                }
                case "change_default" -> {
                    for (Column c : free) {
                        Sql d = switch (c.kind) {
                            case "is_active" -> Sql.same("false");
                            case "amount", "counter" -> Sql.same("1");
                            case "quantity", "version" -> Sql.same("2");
                            case "status" -> new Sql("'active'", "'active'::" + t.schema + ".status");
                            case "currency" -> new Sql("'USD'", "'USD'::bpchar");
                            case "duration" -> new Sql("'30 minutes'", "'00:30:00'::interval");
                            case "updated_at" -> Sql.same("now()");
                            case "payload" -> new Sql("'{\"v\": 2}'", "'{\"v\": 2}'::jsonb");
                            default -> null;
                        };
                        if (d != null && (c.def == null || !c.def.dump().equals(d.dump()))) {
                            log.add("change_default " + t.q() + "." + c.name);
                            c.def = d;
                            return true;
                        }
                    }
                    return false;
                }
                case "set_not_null", "drop_not_null" -> {
                    boolean set = kind.equals("set_not_null");
                    for (Column c : free) {
                        if (c.notNull != set) {
                            c.notNull = set;
                            log.add(kind + " " + t.q() + "." + c.name);
                            return true;
                        }
                    }
                    return false;
                }
                case "table_comment" -> {
                    t.comment = t.comment == null ? "Added in version 2" : t.comment + " (revised)";
                    log.add("table_comment " + t.q());
                    return true;
                }
                case "column_comment" -> {
                    Column c = t.columns.get(rnd.nextInt(t.columns.size()));
                    c.comment = c.comment == null ? "Documented in version 2" : null;
                    log.add("column_comment " + t.q() + "." + c.name);
                    return true;
                }
                default -> throw new IllegalArgumentException(kind);
            }
        }
    }

    // =====================================================================================================
    // hand-written rendering

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static final class HandWriter {
        static String render(Db db) {
            StringBuilder sb = new StringBuilder(db.tables.size() * 900);
            sb.append("-- generated by schemadiff bench (io.schemadiff.bench.Generate): hand-written style\n\n");
            sb.append("create extension if not exists pgcrypto;\n\n");
            for (String s : db.schemas) {
                sb.append("create schema ").append(s).append(";\n");
            }
            sb.append('\n');
            for (EnumType e : db.enums) {
                sb.append("create type ").append(e.schema).append('.').append(e.name).append(" as enum (");
                for (int i = 0; i < e.labels.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(lit(e.labels.get(i)));
                }
                sb.append(");\n");
            }
            List<String> late = new ArrayList<>();
            for (Table t : db.tables) {
                table(sb, t, late);
            }
            if (!late.isEmpty()) {
                sb.append("\n-- foreign keys added by later migrations\n");
                for (String s : late) {
                    sb.append(s);
                }
            }
            for (View v : db.views) {
                if (!db.tables.contains(v.child)) {
                    continue;
                }
                sb.append("\ncreate view ").append(v.q()).append(" as\n  select a.id");
                for (String c : v.childColumns) {
                    sb.append(", a.").append(c);
                }
                for (String c : v.parentColumns) {
                    sb.append(", b.").append(c).append(" as parent_").append(c);
                }
                for (String c : v.addedColumns) {
                    sb.append(", a.").append(c);
                }
                sb.append("\n  from ").append(v.child.q()).append(" a\n  ").append(v.leftJoin ? "left join " : "join ")
                    .append(v.parent.q()).append(" b on b.id = a.").append(v.via.name);
                if (v.filter != null) {
                    sb.append("\n  where ").append(v.negate ? "not " : "").append("a.").append(v.filter);
                }
                sb.append(";\n");
                if (v.comment != null) {
                    sb.append("comment on view ").append(v.q()).append(" is ").append(lit(v.comment)).append(";\n");
                }
            }
            return sb.toString();
        }

        static void table(StringBuilder sb, Table t, List<String> late) {
            sb.append("\ncreate table ").append(t.q()).append(" (\n");
            List<String> lines = new ArrayList<>();
            for (Column c : t.columns) {
                StringBuilder l = new StringBuilder("  ").append(c.name).append(' ').append(c.type.hand());
                if (c.id != null) {
                    switch (c.id) {
                        case IDENTITY_ALWAYS -> l.append(" generated always as identity");
                        case IDENTITY_BY_DEFAULT -> l.append(" generated by default as identity");
                        case UUID -> l.append(" default ").append(c.def.hand());
                        default -> { }
                    }
                    l.append(" primary key");
                } else {
                    if (c.notNull) {
                        l.append(" not null");
                    }
                    if (c.def != null) {
                        l.append(" default ").append(c.def.hand());
                    }
                    if (c.unique) {
                        l.append(" unique");
                    }
                    if (c.check != null) {
                        l.append(" check (").append(c.check.hand()).append(')');
                    }
                    if (c.fk != null && !c.fk.late) {
                        if (c.fk.name != null) {
                            l.append(" constraint ").append(c.fk.name);
                        }
                        l.append(" references ").append(c.fk.target.q());
                        if (!c.fk.onDelete.isEmpty()) {
                            l.append(" on delete ").append(c.fk.onDelete);
                        }
                    }
                }
                lines.add(l.toString());
                if (c.fk != null && c.fk.late) {
                    late.add("alter table " + t.q() + " add constraint " + c.fk.name + " foreign key (" + c.name
                        + ") references " + c.fk.target.q() + " (id)"
                        + (c.fk.onDelete.isEmpty() ? "" : " on delete " + c.fk.onDelete) + ";\n");
                }
            }
            for (Unique u : t.uniques) {
                lines.add("  " + (u.named() ? "constraint " + u.name() + " " : "") + "unique ("
                    + String.join(", ", u.columns()) + ")");
            }
            for (Check k : t.checks) {
                lines.add("  constraint " + k.name() + " check (" + k.expr().hand() + ")");
            }
            sb.append(String.join(",\n", lines)).append("\n);\n");
            for (Index i : t.indexes) {
                sb.append("create ").append(i.unique() ? "unique " : "").append("index ");
                if (i.named()) {
                    sb.append(i.name()).append(' ');
                }
                sb.append("on ").append(t.q());
                if (!i.method().equals("btree")) {
                    sb.append(" using ").append(i.method());
                }
                sb.append(" (");
                for (int k = 0; k < i.keys().size(); k++) {
                    sb.append(k == 0 ? "" : ", ").append(i.keys().get(k).hand());
                }
                sb.append(')');
                if (i.where() != null) {
                    sb.append(" where ").append(i.where().hand());
                }
                sb.append(";\n");
            }
            if (t.comment != null) {
                sb.append("comment on table ").append(t.q()).append(" is ").append(lit(t.comment)).append(";\n");
            }
            for (Column c : t.columns) {
                if (c.comment != null) {
                    sb.append("comment on column ").append(t.q()).append('.').append(c.name).append(" is ")
                        .append(lit(c.comment)).append(";\n");
                }
            }
        }
    }

    // =====================================================================================================
    // pg_dump rendering (PostgreSQL 15's pg_dump --schema-only, object order by kind, then schema and name)

    static final class DumpWriter {
        static final String OWNER = "postgres";
        static final String KEY = "benchGeneratedRestrictKey0123456789abcdefghijklmnopqrstuvwxyzABCDEF";

        /** One archive entry; {@code after}: the tables a view reads, which pg_dump puts before it. */
        record Obj(int prio, String schema, String sortName, String text, List<String> after) {
            Obj(int prio, String schema, String sortName, String text) {
                this(prio, schema, sortName, text, List.of());
            }
        }

        static String render(Db db) {
            List<Obj> objs = new ArrayList<>();
            for (String s : db.schemas) {
                objs.add(new Obj(1, "", s, header(s, "SCHEMA", "-") + "CREATE SCHEMA " + s + ";\n\n\n"
                    + "ALTER SCHEMA " + s + " OWNER TO " + OWNER + ";\n\n"));
            }
            objs.add(new Obj(2, "", "pgcrypto", header("pgcrypto", "EXTENSION", "-", "-")
                + "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;\n\n\n"
                + header("EXTENSION pgcrypto", "COMMENT", "-", "")
                + "COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';\n\n\n"));
            for (EnumType e : db.enums) {
                StringBuilder sb = new StringBuilder(header(e.name, "TYPE", e.schema));
                sb.append("CREATE TYPE ").append(e.schema).append('.').append(e.name).append(" AS ENUM (\n");
                for (int i = 0; i < e.labels.size(); i++) {
                    sb.append("    ").append(lit(e.labels.get(i))).append(i + 1 < e.labels.size() ? ",\n" : "\n");
                }
                sb.append(");\n\n\nALTER TYPE ").append(e.schema).append('.').append(e.name).append(" OWNER TO ")
                    .append(OWNER).append(";\n\n");
                objs.add(new Obj(3, e.schema, e.name, sb.toString()));
            }
            for (Table t : db.tables) {
                table(objs, t);
            }
            for (View v : db.views) {
                if (db.tables.contains(v.child)) {
                    view(objs, v);
                }
            }
            objs.sort(Comparator.comparingInt(Obj::prio).thenComparing(Obj::schema).thenComparing(Obj::sortName));
            // pg_dump's topological sort keeps that order, except that a table sorting after a view that reads it
            // is pulled up to just before the (first) view
            Map<String, Integer> tableAt = new java.util.HashMap<>();
            for (int i = 0; i < objs.size(); i++) {
                Obj o = objs.get(i);
                if (o.prio() == 4 && o.after().isEmpty()) {
                    tableAt.put(o.schema() + "." + o.sortName(), i);
                }
            }
            Map<Integer, Integer> movedBefore = new java.util.HashMap<>();
            for (int i = 0; i < objs.size(); i++) {
                for (String dep : objs.get(i).after()) {
                    int at = tableAt.get(dep);
                    if (at > i) {
                        movedBefore.putIfAbsent(at, i);
                    }
                }
            }
            Map<Integer, List<Integer>> pulled = new java.util.TreeMap<>();
            movedBefore.forEach((table, view) -> pulled.computeIfAbsent(view, k -> new ArrayList<>()).add(table));
            List<Obj> ordered = new ArrayList<>(objs.size());
            for (int i = 0; i < objs.size(); i++) {
                List<Integer> here = pulled.get(i);
                if (here != null) {
                    java.util.Collections.sort(here);
                    for (int t : here) {
                        ordered.add(objs.get(t));
                    }
                }
                if (!movedBefore.containsKey(i)) {
                    ordered.add(objs.get(i));
                }
            }
            objs = ordered;
            StringBuilder sb = new StringBuilder(db.tables.size() * 2600);
            sb.append("--\n-- PostgreSQL database dump\n--\n\n\\restrict ").append(KEY).append("\n\n")
                .append("-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)\n")
                .append("-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)\n\n")
                .append("SET statement_timeout = 0;\nSET lock_timeout = 0;\n")
                .append("SET idle_in_transaction_session_timeout = 0;\nSET client_encoding = 'UTF8';\n")
                .append("SET standard_conforming_strings = on;\n")
                .append("SELECT pg_catalog.set_config('search_path', '', false);\n")
                .append("SET check_function_bodies = false;\nSET xmloption = content;\n")
                .append("SET client_min_messages = warning;\nSET row_security = off;\n\n");
            boolean tablespaceSet = false;
            for (Obj o : objs) {
                if (o.prio() >= 4 && !tablespaceSet) {
                    sb.append("SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n");
                    tablespaceSet = true;
                }
                sb.append(o.text());
            }
            sb.append("--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict ").append(KEY).append("\n\n");
            return sb.toString();
        }

        static String header(String name, String type, String schema) {
            return header(name, type, schema, OWNER);
        }

        static String header(String name, String type, String schema, String owner) {
            return "--\n-- Name: " + name + "; Type: " + type + "; Schema: " + schema + "; Owner: " + owner + "\n--\n\n";
        }

        static void table(List<Obj> objs, Table t) {
            StringBuilder sb = new StringBuilder(header(t.name, "TABLE", t.schema));
            sb.append("CREATE TABLE ").append(t.q()).append(" (\n");
            List<String> lines = new ArrayList<>();
            List<String[]> checks = new ArrayList<>();
            for (Column c : t.columns) {
                StringBuilder l = new StringBuilder("    ").append(c.name).append(' ').append(c.type.dump());
                if (c.def != null) {
                    l.append(" DEFAULT ").append(c.def.dump());
                }
                if (c.notNull) {
                    l.append(" NOT NULL");
                }
                lines.add(l.toString());
                if (c.check != null) {
                    checks.add(new String[] {t.name + "_" + c.name + "_check", c.check.dump()});
                }
            }
            for (Check k : t.checks) {
                checks.add(new String[] {k.name(), k.expr().dump()});
            }
            checks.sort(Comparator.comparing(a -> a[0]));
            for (String[] k : checks) {
                lines.add("    CONSTRAINT " + k[0] + " CHECK (" + k[1] + ")");
            }
            sb.append(String.join(",\n", lines)).append("\n);\n\n\n");
            sb.append("ALTER TABLE ").append(t.q()).append(" OWNER TO ").append(OWNER).append(";\n\n");
            if (t.comment != null) {
                sb.append(header("TABLE " + t.name, "COMMENT", t.schema)).append("COMMENT ON TABLE ").append(t.q())
                    .append(" IS ").append(lit(t.comment)).append(";\n\n\n");
            }
            for (Column c : t.columns) {
                if (c.comment != null) {
                    sb.append(header("COLUMN " + t.name + "." + c.name, "COMMENT", t.schema))
                        .append("COMMENT ON COLUMN ").append(t.q()).append('.').append(c.name).append(" IS ")
                        .append(lit(c.comment)).append(";\n\n\n");
                }
            }
            objs.add(new Obj(4, t.schema, t.name, sb.toString()));

            Column id = t.pk();
            String seq = t.name + "_id_seq";
            String qseq = t.schema + "." + seq;
            switch (id.id) {
                case SERIAL, BIGSERIAL -> {
                    String s = header(seq, "SEQUENCE", t.schema) + "CREATE SEQUENCE " + qseq + "\n"
                        + (id.id == IdKind.SERIAL ? "    AS integer\n" : "")
                        + "    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\n"
                        + "ALTER TABLE " + qseq + " OWNER TO " + OWNER + ";\n\n"
                        + header(seq, "SEQUENCE OWNED BY", t.schema)
                        + "ALTER SEQUENCE " + qseq + " OWNED BY " + t.q() + ".id;\n\n\n";
                    objs.add(new Obj(4, t.schema, seq, s));
                    objs.add(new Obj(5, t.schema, t.name + " id", header(t.name + " id", "DEFAULT", t.schema)
                        + "ALTER TABLE ONLY " + t.q() + " ALTER COLUMN id SET DEFAULT nextval('" + qseq
                        + "'::regclass);\n\n\n"));
                }
                case IDENTITY_ALWAYS, IDENTITY_BY_DEFAULT -> objs.add(new Obj(4, t.schema, seq,
                    header(seq, "SEQUENCE", t.schema) + "ALTER TABLE " + t.q() + " ALTER COLUMN id ADD GENERATED "
                        + (id.id == IdKind.IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (\n"
                        + "    SEQUENCE NAME " + qseq + "\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n"
                        + "    NO MAXVALUE\n    CACHE 1\n);\n\n\n"));
                default -> { }
            }
            constraint(objs, t, t.name + "_pkey", "PRIMARY KEY (id)", 6, "CONSTRAINT");
            for (Column c : t.columns) {
                if (c.unique) {
                    constraint(objs, t, t.name + "_" + c.name + "_key", "UNIQUE (" + c.name + ")", 6, "CONSTRAINT");
                }
                if (c.fk != null) {
                    String n = c.fk.name != null ? c.fk.name : t.name + "_" + c.name + "_fkey";
                    String action = switch (c.fk.onDelete) {
                        case "" -> "";
                        default -> " ON DELETE " + c.fk.onDelete.toUpperCase(Locale.ROOT);
                    };
                    constraint(objs, t, n, "FOREIGN KEY (" + c.name + ") REFERENCES " + c.fk.target.q() + "(id)"
                        + action, 8, "FK CONSTRAINT");
                }
            }
            for (Unique u : t.uniques) {
                constraint(objs, t, u.name(), "UNIQUE (" + String.join(", ", u.columns()) + ")", 6, "CONSTRAINT");
            }
            for (Index i : t.indexes) {
                StringBuilder s = new StringBuilder(header(i.name(), "INDEX", t.schema));
                s.append("CREATE ").append(i.unique() ? "UNIQUE " : "").append("INDEX ").append(i.name())
                    .append(" ON ").append(t.q()).append(" USING ").append(i.method()).append(" (");
                for (int k = 0; k < i.keys().size(); k++) {
                    s.append(k == 0 ? "" : ", ").append(i.keys().get(k).dump());
                }
                s.append(')');
                if (i.where() != null) {
                    s.append(" WHERE ").append(i.where().dump());
                }
                s.append(";\n\n\n");
                objs.add(new Obj(7, t.schema, i.name(), s.toString()));
            }
        }

        static void constraint(List<Obj> objs, Table t, String name, String body, int prio, String type) {
            objs.add(new Obj(prio, t.schema, name, header(t.name + " " + name, type, t.schema)
                + "ALTER TABLE ONLY " + t.q() + "\n    ADD CONSTRAINT " + name + " " + body + ";\n\n\n"));
        }

        static void view(List<Obj> objs, View v) {
            StringBuilder sb = new StringBuilder(header(v.name, "VIEW", v.schema));
            sb.append("CREATE VIEW ").append(v.q()).append(" AS\n SELECT a.id");
            for (String c : v.childColumns) {
                sb.append(",\n    a.").append(c);
            }
            for (String c : v.parentColumns) {
                sb.append(",\n    b.").append(c).append(" AS parent_").append(c);
            }
            for (String c : v.addedColumns) {
                sb.append(",\n    a.").append(c);
            }
            sb.append("\n   FROM (").append(v.child.q()).append(" a\n     ").append(v.leftJoin ? "LEFT JOIN " : "JOIN ")
                .append(v.parent.q()).append(" b ON ((b.id = a.").append(v.via.name).append(")))");
            if (v.filter != null) {
                sb.append("\n  WHERE ").append(v.negate ? "(NOT a." + v.filter + ")" : "a." + v.filter);
            }
            sb.append(";\n\n\nALTER TABLE ").append(v.q()).append(" OWNER TO ").append(OWNER).append(";\n\n");
            if (v.comment != null) {
                sb.append(header("VIEW " + v.name, "COMMENT", v.schema)).append("COMMENT ON VIEW ").append(v.q())
                    .append(" IS ").append(lit(v.comment)).append(";\n\n\n");
            }
            // pg_dump sorts views after the tables they read (a dependency); within the views, by name
            objs.add(new Obj(4, v.schema, v.name, sb.toString(), List.of(v.child.q(), v.parent.q())));
        }
    }
}
