package io.schemadiff.model;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified name as the server stores it (already folded and truncated). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    private static final Comparator<QualifiedName> ORDER =
        Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** Quoted as needed, always qualified: the form every generated statement uses. */
    public String sql() {
        return Identifiers.qualify(schema, name);
    }

    @Override
    public int compareTo(QualifiedName o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
