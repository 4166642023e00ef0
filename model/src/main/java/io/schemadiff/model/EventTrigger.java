package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event trigger (database-wide, not in a schema).
 *
 * @param event   ddl_command_start, ddl_command_end, sql_drop, table_rewrite or login
 * @param tags    the {@code WHEN TAG IN (…)} filter, upper case as the server keeps it; empty for none
 * @param enabled O (enabled), D (disabled), R (replica) or A (always), as pg_event_trigger.evtenabled
 */
public record EventTrigger(String name, String event, List<String> tags, QualifiedName function, char enabled,
                           Optional<String> comment) implements SchemaObject {
    public EventTrigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(event, "event");
        tags = List.copyOf(tags);
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.EVENT_TRIGGER, "", name, "");
    }

    public EventTrigger withComment(Optional<String> c) {
        return new EventTrigger(name, event, tags, function, enabled, c);
    }

    public EventTrigger withEnabled(char e) {
        return new EventTrigger(name, event, tags, function, e, comment);
    }
}
