package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row-level security policy.
 *
 * @param command ALL, SELECT, INSERT, UPDATE or DELETE
 * @param roles   role names, sorted; {@code public} when none was named
 */
public record Policy(QualifiedName table, String name, boolean permissive, String command, List<String> roles,
                     Optional<Expression> using, Optional<Expression> withCheck, Optional<String> comment)
    implements SchemaObject {

    public Policy {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        roles = List.copyOf(roles);
        Objects.requireNonNull(using, "using");
        Objects.requireNonNull(withCheck, "withCheck");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return ObjectId.policy(table, name);
    }

    public Policy withComment(Optional<String> c) {
        return new Policy(table, name, permissive, command, roles, using, withCheck, c);
    }

    public Policy withName(String n) {
        return new Policy(table, n, permissive, command, roles, using, withCheck, comment);
    }

    public Policy withTable(QualifiedName t) {
        return new Policy(t, name, permissive, command, roles, using, withCheck, comment);
    }
}
