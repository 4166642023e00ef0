package io.schemadiff.differ.kind;

import static io.schemadiff.differ.kind.Sql.q;

import io.schemadiff.model.Extension;
import io.schemadiff.model.ObjectKind;
import java.util.List;
import java.util.Set;

/** Extensions: created (if not there already), dropped, moved to another schema. */
final class ExtensionKind extends Kind<Extension> {
    ExtensionKind() {
        super(Extension.class, ObjectKind.EXTENSION);
    }

    @Override
    void create(Changes ch, Extension e, boolean onExistingTable) {
        ch.create(e.id(), "CREATE EXTENSION IF NOT EXISTS " + q(e.name()) + " WITH SCHEMA " + q(e.schema()),
            Set.of(e.id()), Set.of(), List.of());
    }

    @Override
    void drop(Changes ch, Extension e) {
        // an extension's objects go with it, and some hold data (postgis' spatial_ref_sys)
        ch.drop(e.id(), "DROP EXTENSION " + q(e.name()), Set.of(e.id()), true, Set.of());
    }

    @Override
    void altered(Changes ch, Extension a, Extension b) {
        if (!a.schema().equals(b.schema())) {
            ch.alter(b.id(), "ALTER EXTENSION " + q(b.name()) + " SET SCHEMA " + q(b.schema()), Set.of(b.id()), false,
                Set.of(), List.of(), Set.of());
        }
    }

    @Override
    String what(Extension e) {
        return "EXTENSION " + q(e.name());
    }
}
