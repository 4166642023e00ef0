package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Schema;
import java.util.List;
import java.util.Set;

/** Schemas: created, dropped, commented on. */
final class SchemaKind extends Kind<Schema> {
    SchemaKind() {
        super(Schema.class, ObjectKind.SCHEMA);
    }

    @Override
    void create(Changes ch, Schema s, boolean onExistingTable) {
        ch.create(s.id(), "CREATE SCHEMA " + q(s.name()), Set.of(s.id()), Set.of(), List.of());
        commentCreated(ch, s);
    }

    @Override
    void drop(Changes ch, Schema s) {
        ch.drop(s.id(), "DROP SCHEMA " + q(s.name()), Set.of(s.id()), false, Set.of());
    }

    @Override
    void altered(Changes ch, Schema a, Schema b) {
        commentChanged(ch, a, b);
    }

    @Override
    String what(Schema s) {
        return "SCHEMA " + q(s.name());
    }
}
