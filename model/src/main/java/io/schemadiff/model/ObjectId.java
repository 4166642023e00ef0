package io.schemadiff.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of an object: what pairs an object of one schema with its counterpart in the other.
 * {@code schema} is empty for schemas and extensions; {@code member} names a column or constraint
 * within its table and is empty otherwise.
 */
public final class ObjectId implements Comparable<ObjectId> {
    private static final Comparator<ObjectId> ORDER = Comparator.comparing(ObjectId::kind)
        .thenComparing(ObjectId::schema).thenComparing(ObjectId::name).thenComparing(ObjectId::member);

    private final ObjectKind kind;
    private final String schema;
    private final String name;
    private final String member;
    /**
     * Ids are hash keys everywhere; the hash is computed once. From the kind's ordinal, not its identity hash,
     * so that the iteration order of hash sets of ids (and so the order of equal-ranked statements) is the same
     * in every run.
     */
    private final int hash;

    public ObjectId(ObjectKind kind, String schema, String name, String member) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.name = Objects.requireNonNull(name, "name");
        this.member = Objects.requireNonNull(member, "member");
        this.hash = ((kind.ordinal() * 31 + schema.hashCode()) * 31 + name.hashCode()) * 31 + member.hashCode();
    }

    public ObjectKind kind() {
        return kind;
    }

    public String schema() {
        return schema;
    }

    public String name() {
        return name;
    }

    public String member() {
        return member;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ObjectId x && x.hash == hash && x.kind == kind && x.name.equals(name)
            && x.schema.equals(schema) && x.member.equals(member);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    public static ObjectId schema(String name) {
        return new ObjectId(ObjectKind.SCHEMA, "", name, "");
    }

    public static ObjectId extension(String name) {
        return new ObjectId(ObjectKind.EXTENSION, "", name, "");
    }

    public static ObjectId of(ObjectKind kind, QualifiedName name) {
        return new ObjectId(kind, name.schema(), name.name(), "");
    }

    public static ObjectId column(QualifiedName table, String column) {
        return new ObjectId(ObjectKind.COLUMN, table.schema(), table.name(), column);
    }

    public static ObjectId constraint(QualifiedName table, String constraint) {
        return new ObjectId(ObjectKind.CONSTRAINT, table.schema(), table.name(), constraint);
    }

    public static ObjectId trigger(QualifiedName table, String trigger) {
        return new ObjectId(ObjectKind.TRIGGER, table.schema(), table.name(), trigger);
    }

    public static ObjectId policy(QualifiedName table, String policy) {
        return new ObjectId(ObjectKind.POLICY, table.schema(), table.name(), policy);
    }

    /** A function or procedure: {@code member} is its identity arguments, e.g. {@code (integer, text)}. */
    public static ObjectId function(QualifiedName name, String identityArguments) {
        return new ObjectId(ObjectKind.FUNCTION, name.schema(), name.name(), identityArguments);
    }

    /** The schema-qualified name of the object (for a column or constraint: of its table). */
    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }

    /** For members (columns, constraints): the id of the table they belong to. */
    public ObjectId owner() {
        return new ObjectId(ObjectKind.TABLE, schema, name, "");
    }

    @Override
    public int compareTo(ObjectId o) {
        return ORDER.compare(this, o);
    }

    /** Words a reviewer reads: {@code table public.users}, {@code column public.users.email}. */
    @Override
    public String toString() {
        return switch (kind) {
            case SCHEMA, EXTENSION, PUBLICATION, EVENT_TRIGGER, CAST -> kind.sqlWord() + " " + name;
            case COLUMN -> "column " + schema + "." + name + "." + member;
            case CONSTRAINT -> "constraint " + member + " on " + schema + "." + name;
            case TRIGGER -> "trigger " + member + " on " + schema + "." + name;
            case POLICY -> "policy " + member + " on " + schema + "." + name;
            case FUNCTION -> "function " + schema + "." + name + member;
            case OPERATOR -> "operator " + schema + "." + name + " " + member;
            case DEFAULT_PRIVILEGES -> "default privileges of " + name + " on " + member
                + (schema.isEmpty() ? "" : " in schema " + schema);
            default -> kind.sqlWord() + " " + schema + "." + name;
        };
    }
}
