package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Publications: their tables, schemas and parameters change in place; one is re-created only to become or stop
 * being FOR ALL TABLES.
 */
final class PublicationKind extends Kind<Publication> {
    PublicationKind() {
        super(Publication.class, ObjectKind.PUBLICATION);
    }

    @Override
    String what(Publication p) {
        return "PUBLICATION " + q(p.name());
    }

    @Override
    void create(Changes ch, Publication p, boolean onExistingTable) {
        ch.create(p.id(), definition(p), Set.of(p.id()), Set.of(), List.of());
        commentCreated(ch, p);
    }

    @Override
    void drop(Changes ch, Publication p) {
        ch.drop(p.id(), "DROP PUBLICATION " + q(p.name()), Set.of(p.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, Publication x, Publication p) {
        if (x.allTables() != p.allTables()) {
            drop(ch, x);
            create(ch, p, false);
            return;
        }
        String name = q(p.name());
        List<String> drop = new ArrayList<>();
        for (String t : x.tables()) {
            if (!p.tables().contains(t)) {
                drop.add("TABLE " + t.split(" ")[0]);
            }
        }
        for (String s : x.schemas()) {
            if (!p.schemas().contains(s)) {
                drop.add("TABLES IN SCHEMA " + q(s));
            }
        }
        if (!drop.isEmpty()) {
            ch.set(p.id(), "ALTER PUBLICATION " + name + " DROP " + String.join(", ", drop));
        }
        List<String> add = new ArrayList<>();
        for (String t : p.tables()) {
            if (!x.tables().contains(t)) {
                add.add("TABLE " + t);
            }
        }
        for (String s : p.schemas()) {
            if (!x.schemas().contains(s)) {
                add.add("TABLES IN SCHEMA " + q(s));
            }
        }
        if (!add.isEmpty()) {
            ch.set(p.id(), "ALTER PUBLICATION " + name + " ADD " + String.join(", ", add));
        }
        if (!x.options().equals(p.options())) {
            // every parameter written: one left out would keep its old value
            ch.set(p.id(), "ALTER PUBLICATION " + name + " SET (" + String.join(", ", parameters(p)) + ")");
        }
        commentChanged(ch, x, p);
    }

    /** The parameters of a publication, defaults written out (for SET, where one left out keeps its value). */
    private static List<String> parameters(Publication p) {
        List<String> out = new ArrayList<>();
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
    private static String definition(Publication p) {
        StringBuilder sb = new StringBuilder("CREATE PUBLICATION ").append(q(p.name()));
        List<String> objects = new ArrayList<>();
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
}
