package io.schemadiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column.
 *
 * @param collation explicit collation, empty for the type's default
 * @param generated the expression of a {@code GENERATED ALWAYS AS (…) STORED} column
 * @param settings  statistics target, storage, compression and attribute options
 */
public record Column(String name, DataType type, Optional<QualifiedName> collation, Optional<Expression> defaultValue,
                     boolean notNull, Optional<Identity> identity, Optional<Expression> generated,
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
            Optional.empty(), ColumnSettings.NONE);
    }

    public Column withType(DataType t) {
        return new Column(name, t, collation, defaultValue, notNull, identity, generated, comment, settings);
    }

    public Column withCollation(Optional<QualifiedName> c) {
        return new Column(name, type, c, defaultValue, notNull, identity, generated, comment, settings);
    }

    public Column withDefault(Optional<Expression> d) {
        return new Column(name, type, collation, d, notNull, identity, generated, comment, settings);
    }

    public Column withNotNull(boolean n) {
        return new Column(name, type, collation, defaultValue, n, identity, generated, comment, settings);
    }

    public Column withIdentity(Optional<Identity> i) {
        return new Column(name, type, collation, defaultValue, notNull, i, generated, comment, settings);
    }

    public Column withGenerated(Optional<Expression> g) {
        return new Column(name, type, collation, defaultValue, notNull, identity, g, comment, settings);
    }

    public Column withSettings(ColumnSettings s) {
        return new Column(name, type, collation, defaultValue, notNull, identity, generated, comment, s);
    }

    public Column withComment(Optional<String> c) {
        return new Column(name, type, collation, defaultValue, notNull, identity, generated, c, settings);
    }
}
