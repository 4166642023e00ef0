package io.schemadiff.parser.interp;

import io.schemadiff.model.Collation;
import io.schemadiff.model.Column;
import io.schemadiff.model.CompositeType;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Domain;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.EventTrigger;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Publication;
import io.schemadiff.model.RangeType;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Statistics;
import io.schemadiff.model.View;
import io.schemadiff.parser.ddl.Ddl.Comment;
import io.schemadiff.parser.ddl.Ddl.Kind;
import io.schemadiff.parser.ddl.Ddl.Name;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** COMMENT ON: the comment kept on its object (or its column, constraint, trigger or policy). */
final class Comments {
    private final WorkingCatalog cat;
    private final Routines routines;
    private final Policies policies;
    private final Triggers triggers;

    Comments(WorkingCatalog cat, Routines routines, Policies policies, Triggers triggers) {
        this.cat = cat;
        this.routines = routines;
        this.policies = policies;
        this.triggers = triggers;
    }

    // ================================================================== comments

    void comment(Comment c) {
        Optional<String> text = c.text();
        switch (c.kind()) {
            case SCHEMA -> {
                String s = c.target().last();
                Schema schema = (Schema) cat.get(ObjectId.schema(s));
                if (schema == null) {
                    throw cat.errorAt(c.target().at(), "schema \"" + s + "\" does not exist");
                }
                cat.put(schema.id(), schema.withComment(text));
            }
            case EXTENSION -> {
                // an extension's comment comes from its control file; it is not the schema author's
            }
            case PUBLICATION, EVENT_TRIGGER -> {
                ObjectId id = new ObjectId(c.kind() == Kind.PUBLICATION ? ObjectKind.PUBLICATION
                    : ObjectKind.EVENT_TRIGGER, "", c.target().last(), "");
                Object o = cat.get(id);
                if (o instanceof Publication p) {
                    cat.put(id, p.withComment(text));
                } else if (o instanceof EventTrigger et) {
                    cat.put(id, et.withComment(text));
                } else {
                    throw cat.errorAt(c.target().at(), c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " \"" + c.target().last() + "\" does not exist");
                }
            }
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, INDEX -> {
                ObjectId id = cat.requireRelation(c.target(), WorkingCatalog.RELATIONS);
                Object o = cat.get(id);
                if (o instanceof TableState t) {
                    t.comment = text;
                } else if (o instanceof View v) {
                    cat.put(id, v.withComment(text));
                } else if (o instanceof Sequence s) {
                    cat.put(id, s.withComment(text));
                } else if (o instanceof Index i) {
                    cat.put(id, i.withComment(text));
                }
            }
            case COLLATION -> {
                ObjectId id = cat.find(c.target(), ObjectKind.COLLATION).orElseThrow(() -> cat.errorAt(c.target().at(),
                    "collation \"" + c.target() + "\" does not exist"));
                cat.put(id, ((Collation) cat.get(id)).withComment(text));
            }
            case TYPE, DOMAIN -> {
                ObjectId id = cat.find(c.target(), ObjectKind.TYPE).orElse(null);
                if (id == null) {
                    cat.warnAt(c.at(), "not modeled yet, ignored: COMMENT ON TYPE " + c.target());
                    return;
                }
                Object o = cat.get(id);
                if (o instanceof EnumType e) {
                    cat.put(id, e.withComment(text));
                } else if (o instanceof Domain d) {
                    cat.put(id, d.withComment(text));
                } else if (o instanceof CompositeType ct) {
                    cat.put(id, ct.withComment(text));
                } else if (o instanceof RangeType r) {
                    cat.put(id, r.withComment(text));
                }
            }
            case COLUMN -> {
                List<String> p = c.target().parts();
                if (p.size() < 2) {
                    throw cat.errorAt(c.target().at(), "column name must be qualified");
                }
                Name rel = new Name(p.subList(0, p.size() - 1), c.target().at());
                ObjectId id = cat.requireRelation(rel, ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW);
                String col = c.target().last();
                Object o = cat.get(id);
                if (o instanceof TableState t) {
                    Column column = cat.requireColumn(t, col, c.target().at());
                    t.columns.put(col, column.withComment(text));
                } else {
                    View v = (View) o;
                    Map<String, String> cc = new LinkedHashMap<>(v.columnComments());
                    if (text.isPresent()) {
                        cc.put(col, text.get());
                    } else {
                        cc.remove(col);
                    }
                    cat.put(id, v.withColumnComments(cc));
                }
            }
            case CONSTRAINT -> {
                TableState t = cat.requireTable(c.on().get());
                String con = c.target().last();
                Constraint k = t.constraints.get(con);
                if (k == null) {
                    throw cat.errorAt(c.target().at(), "constraint \"" + con + "\" for table \"" + t.name.name()
                        + "\" does not exist");
                }
                t.constraints.put(con, k.withComment(text));
            }
            case STATISTICS -> {
                ObjectId id = cat.find(c.target(), ObjectKind.STATISTICS).orElseThrow(() -> cat.errorAt(c.target().at(),
                    "statistics object \"" + c.target() + "\" does not exist"));
                cat.put(id, ((Statistics) cat.get(id)).withComment(text));
            }
            case FUNCTION -> routines.comment(c);
            case POLICY -> policies.comment(c);
            case TRIGGER -> triggers.comment(c);
            default -> cat.warnAt(c.at(), "not modeled yet, ignored: COMMENT ON " + c.kind());
        }
    }
}
