package io.schemadiff.differ;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random schemas as SQL text, drawn from a small pool of names so that two of them share objects with different
 * definitions: tables with keys, checks, foreign keys and defaults, indexes, enums, sequences, views, comments.
 */
final class RandomSchemas {
    private RandomSchemas() {}

    private static final String[] TYPES = {"integer", "bigint", "smallint", "text", "varchar(20)", "varchar(200)",
        "numeric(10,2)", "numeric", "boolean", "timestamptz", "date", "jsonb", "uuid", "text[]", "mood"};

    record Col(String name, String type, boolean notNull, int dflt) {}

    record Tbl(String name, List<Col> cols, boolean pk, int uniqueCol, int checkCol, int fkTo, int indexCol,
               boolean partialIndex, String comment) {}

    record Spec(List<Tbl> tables, List<String> moodLabels, boolean seq, int seqIncrement, int view, String viewCond) {}

    static Arbitrary<Col> column(int i) {
        return Combinators.combine(Arbitraries.of(TYPES), Arbitraries.of(true, false), Arbitraries.integers()
            .between(0, 3)).as((t, nn, d) -> new Col("c" + i, t, nn, d));
    }

    static Arbitrary<Tbl> table(int i) {
        Arbitrary<List<Col>> cols = Arbitraries.integers().between(1, 5).flatMap(n -> {
            List<Arbitrary<Col>> list = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                list.add(column(k));
            }
            return Combinators.combine(list).as(l -> l);
        });
        return Combinators.combine(cols, Arbitraries.of(true, false), Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 5), Arbitraries.of(true, false),
            Arbitraries.of("", "", "table t" + i, "it's t" + i))
            .as((c, pk, u, ch, fk, ix, partial, comment) -> new Tbl("t" + i, c, pk, u, ch, fk, ix, partial, comment));
    }

    static Arbitrary<Spec> schemas() {
        Arbitrary<List<Tbl>> tables = Arbitraries.integers().between(1, 3).flatMap(n -> {
            List<Arbitrary<Tbl>> list = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                list.add(table(k));
            }
            return Combinators.combine(list).as(l -> l);
        });
        Arbitrary<List<String>> labels = Arbitraries.of("sad", "ok", "happy", "meh").list().uniqueElements()
            .ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(tables, labels, Arbitraries.of(true, false), Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(0, 3), Arbitraries.of("", "c1 is not null", "true"))
            .as(Spec::new);
    }

    static String sql(Spec s) {
        StringBuilder sb = new StringBuilder();
        sb.append("create type mood as enum (");
        for (int i = 0; i < s.moodLabels().size(); i++) {
            sb.append(i > 0 ? ", " : "").append('\'').append(s.moodLabels().get(i)).append('\'');
        }
        sb.append(");\n");
        if (s.seq()) {
            sb.append("create sequence counter increment by ").append(s.seqIncrement()).append(";\n");
        }
        for (Tbl t : s.tables()) {
            sb.append("create table ").append(t.name()).append(" (id int");
            if (t.pk()) {
                sb.append(" primary key");
            }
            for (Col c : t.cols()) {
                sb.append(", ").append(c.name()).append(' ').append(c.type());
                String d = defaultFor(c, s);
                if (!d.isEmpty()) {
                    sb.append(" default ").append(d);
                }
                if (c.notNull()) {
                    sb.append(" not null");
                }
            }
            if (t.uniqueCol() > 0 && t.uniqueCol() <= t.cols().size() && indexable(t.cols().get(t.uniqueCol() - 1))) {
                sb.append(", unique (c").append(t.uniqueCol()).append(')');
            }
            if (t.checkCol() > 0 && t.checkCol() <= t.cols().size()) {
                Col c = t.cols().get(t.checkCol() - 1);
                sb.append(", check (").append(check(c)).append(')');
            }
            sb.append(");\n");
        }
        for (Tbl t : s.tables()) {
            if (t.fkTo() > 0 && t.fkTo() <= s.tables().size() && s.tables().get(t.fkTo() - 1).pk()) {
                sb.append("alter table ").append(t.name()).append(" add foreign key (id) references t")
                    .append(t.fkTo()).append(" on delete cascade;\n");
            }
            if (t.indexCol() > 0 && t.indexCol() <= t.cols().size() && indexable(t.cols().get(t.indexCol() - 1))) {
                sb.append("create index on ").append(t.name()).append(" (c").append(t.indexCol()).append(')');
                if (t.partialIndex()) {
                    sb.append(" where id > 0");
                }
                sb.append(";\n");
            }
            if (!t.comment().isEmpty()) {
                sb.append("comment on table ").append(t.name()).append(" is '").append(t.comment().replace("'", "''"))
                    .append("';\n");
            }
        }
        if (s.view() > 0 && s.view() <= s.tables().size()) {
            Tbl t = s.tables().get(s.view() - 1);
            sb.append("create view v as select id");
            for (Col c : t.cols()) {
                sb.append(", ").append(c.name());
            }
            sb.append(" from ").append(t.name());
            String cond = s.viewCond().replace("c1", t.cols().get(0).name());
            if (!cond.isEmpty()) {
                sb.append(" where ").append(cond);
            }
            sb.append(";\n");
        }
        return sb.toString();
    }

    private static boolean indexable(Col c) {
        return !c.type().equals("jsonb") && !c.type().equals("text[]");
    }

    private static String check(Col c) {
        return switch (c.type()) {
            case "integer", "bigint", "smallint", "numeric", "numeric(10,2)" -> c.name() + " >= 0";
            case "text", "varchar(20)", "varchar(200)" -> "length(" + c.name() + ") > 0";
            case "boolean" -> c.name() + " is not null";
            default -> c.name() + " is not null";
        };
    }

    private static String defaultFor(Col c, Spec s) {
        if (c.dflt() == 0) {
            return "";
        }
        return switch (c.type()) {
            case "integer", "bigint", "smallint" -> s.seq() && c.dflt() == 3 ? "nextval('counter')" : String.valueOf(
                c.dflt() - 2);
            case "numeric", "numeric(10,2)" -> c.dflt() + ".5";
            case "text", "varchar(20)", "varchar(200)" -> "'d" + c.dflt() + "'";
            case "boolean" -> c.dflt() == 1 ? "true" : "false";
            case "timestamptz" -> "now()";
            case "date" -> "current_date";
            case "jsonb" -> "'{}'";
            case "uuid" -> "gen_random_uuid()";
            case "text[]" -> "'{}'";
            case "mood" -> "'" + s.moodLabels().get(0) + "'";
            default -> "";
        };
    }
}
