package io.schemadiff.differ.plan;

import io.schemadiff.model.ObjectId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One statement of a plan, with what the planner needs to order it and what a reviewer needs to judge it.
 *
 * @param action     what the statement does to {@code object}
 * @param object     the object it creates, changes or drops
 * @param sql        the statement, without its terminating semicolon
 * @param dataLoss   whether running it can lose data (a dropped table or column, a narrowing type change)
 * @param hazards    locks, rewrites and scans it causes
 * @param reason     why it is there when that is not obvious (an object re-created around a change)
 * @param searchPath the search_path its author's text was written under; empty when it does not matter
 * @param provides   objects that exist in their target shape once it has run
 * @param removes    objects that no longer exist once it has run
 * @param needs      objects that must exist before it runs, besides what {@code provides} depends on
 */
public record Step(Action action, ObjectId object, String sql, boolean dataLoss, Set<Hazard> hazards,
                   Optional<String> reason, List<String> searchPath, Set<ObjectId> provides, Set<ObjectId> removes,
                   Set<ObjectId> needs) {

    public enum Action { CREATE, ALTER, DROP }

    public Step {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(sql, "sql");
        hazards = Set.copyOf(hazards);
        Objects.requireNonNull(reason, "reason");
        searchPath = List.copyOf(searchPath);
        provides = Set.copyOf(provides);
        removes = Set.copyOf(removes);
        needs = Set.copyOf(needs);
    }

    public Step withReason(String why) {
        return new Step(action, object, sql, dataLoss, hazards, Optional.of(why), searchPath, provides, removes,
            needs);
    }
}
