package io.schemadiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column.
 *
 * @param collation explicit collation, empty for the type's default
 * @param generated the expression of a {@code GENERATED ALWAYS AS (…) STORED | VIRTUAL} column
 * @param virtual   a generated column computed when read (PostgreSQL 18's VIRTUAL, its default), not stored
 * @param settings  statistics target, storage, compression and attribute options
 */
public record Column(String name, DataType type, Optional<QualifiedName> collation, Optional<Expression> defaultValue,
                     boolean notNull, Optional<Identity> identity, Optional<Expression> generated, boolean virtual,
                     Optional<String> comment, ColumnSettings settings) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(settings, "settings");
    }

    public static Column of(String name, DataType type) {
        return new Column(name, type, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
            false, Optional.empty(), ColumnSettings.NONE);
    }

    public Column withType(DataType t) {
        return new Column(name, t, collation, defaultValue, notNull, identity, generated, virtual, comment, settings);
    }

    public Column withCollation(Optional<QualifiedName> c) {
        return new Column(name, type, c, defaultValue, notNull, identity, generated, virtual, comment, settings);
    }

    public Column withDefault(Optional<Expression> d) {
        return new Column(name, type, collation, d, notNull, identity, generated, virtual, comment, settings);
    }

    public Column withNotNull(boolean n) {
        return new Column(name, type, collation, defaultValue, n, identity, generated, virtual, comment, settings);
    }

    public Column withIdentity(Optional<Identity> i) {
        return new Column(name, type, collation, defaultValue, notNull, i, generated, virtual, comment, settings);
    }

    public Column withGenerated(Optional<Expression> g) {
        return new Column(name, type, collation, defaultValue, notNull, identity, g, virtual && g.isPresent(), comment,
            settings);
    }

    public Column withGenerated(Optional<Expression> g, boolean v) {
        return new Column(name, type, collation, defaultValue, notNull, identity, g, v && g.isPresent(), comment,
            settings);
    }

    public Column withSettings(ColumnSettings s) {
        return new Column(name, type, collation, defaultValue, notNull, identity, generated, virtual, comment, s);
    }

    public Column withComment(Optional<String> c) {
        return new Column(name, type, collation, defaultValue, notNull, identity, generated, virtual, c, settings);
    }
}
