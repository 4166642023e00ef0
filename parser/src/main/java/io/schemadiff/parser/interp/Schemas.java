package io.schemadiff.parser.interp;

import io.schemadiff.model.Collation;
import io.schemadiff.model.Extension;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Schema;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.CreateExtension;
import io.schemadiff.parser.ddl.Ddl.CreateSchema;
import java.util.Optional;

/** CREATE SCHEMA, CREATE EXTENSION and CREATE COLLATION. */
final class Schemas {
    private final WorkingCatalog cat;
    /** Whether the source created the public schema itself (after dropping the one every database starts with). */
    private boolean publicWritten;

    Schemas(WorkingCatalog cat) {
        this.cat = cat;
    }

    // ================================================================== schemas, extensions

    void createSchema(CreateSchema s) {
        ObjectId id = ObjectId.schema(s.name());
        if (cat.has(id)) {
            if (s.ifNotExists()) {
                return;
            }
            if (s.name().equals("public") && !publicWritten) {
                // pg_dump before 11 wrote CREATE SCHEMA public into every dump; restored into a new database,
                // which has public already, the statement fails and psql goes on. Read it the way psql loads it.
                cat.warnAt(s.at(), "schema \"public\" already exists in every new database: the server rejects this "
                        + "statement and psql goes on past it; read the same way (drop it, or DROP SCHEMA public first)");
                return;
            }
            throw cat.errorAt(s.at(), "schema \"" + s.name() + "\" already exists");
        }
        publicWritten |= s.name().equals("public");
        cat.put(id, new Schema(s.name(), Optional.empty()));
        if (s.authorization().isPresent()) {
            cat.acls().setOwner(id, s.authorization().get());
        }
    }

    void createExtension(CreateExtension e) {
        ObjectId id = ObjectId.extension(e.name());
        if (cat.has(id)) {
            if (!e.ifNotExists()) {
                throw cat.errorAt(e.at(), "extension \"" + e.name() + "\" already exists");
            }
            return;
        }
        String schema = e.schema().orElseGet(() -> cat.creationSchema(e.at()));
        if (!cat.schemaExists(schema)) {
            throw cat.errorAt(e.at(), "schema \"" + schema + "\" does not exist");
        }
        cat.put(id, new Extension(e.name(), schema, Optional.empty()));
    }

    void createCollation(Ddl.CreateCollation c) {
        QualifiedName name = cat.newName(c.name());
        Collation coll = new Collation(name, c.options(), Optional.empty());
        if (cat.has(coll.id())) {
            if (!c.ifNotExists()) {
                throw cat.errorAt(c.at(), "collation \"" + name.name() + "\" already exists");
            }
        } else {
            cat.put(coll.id(), coll);
        }
    }
}
