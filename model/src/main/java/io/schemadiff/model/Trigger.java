package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trigger on a table or view.
 *
 * @param timing     BEFORE, AFTER or INSTEAD OF
 * @param events     in the server's order: INSERT, DELETE, UPDATE (with {@code OF a, b} when it has columns),
 *                   TRUNCATE
 * @param arguments  the string arguments passed to the function
 * @param referencing the REFERENCING clause, canonical, or empty
 * @param enabled    O (enabled, the default), D (disabled), R (replica), A (always)
 * @param constraint a constraint trigger ({@code CREATE CONSTRAINT TRIGGER})
 */
public record Trigger(QualifiedName table, String name, String timing, List<String> events, boolean forEachRow,
                      Optional<Expression> when, QualifiedName function, List<String> arguments,
                      String referencing, boolean constraint, Constraint.Deferrability deferrability,
                      Optional<QualifiedName> fromTable, char enabled, Optional<String> comment)
    implements SchemaObject {

    public Trigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timing, "timing");
        events = List.copyOf(events);
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(referencing, "referencing");
        Objects.requireNonNull(deferrability, "deferrability");
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.trigger(table, name);
    }

    public Trigger withComment(Optional<String> c) {
        return new Trigger(table, name, timing, events, forEachRow, when, function, arguments, referencing,
            constraint, deferrability, fromTable, enabled, c);
    }

    public Trigger withEnabled(char e) {
        return new Trigger(table, name, timing, events, forEachRow, when, function, arguments, referencing,
            constraint, deferrability, fromTable, e, comment);
    }

    public Trigger withName(String n) {
        return new Trigger(table, n, timing, events, forEachRow, when, function, arguments, referencing,
            constraint, deferrability, fromTable, enabled, comment);
    }

    public Trigger withTable(QualifiedName t) {
        return new Trigger(t, name, timing, events, forEachRow, when, function, arguments, referencing,
            constraint, deferrability, fromTable, enabled, comment);
    }

    /** Equal but for the enabled state and the comment, which ALTER changes in place. */
    public boolean sameDefinition(Trigger o) {
        return withEnabled('O').withComment(Optional.empty()).equals(o.withEnabled('O').withComment(Optional.empty()));
    }
}
