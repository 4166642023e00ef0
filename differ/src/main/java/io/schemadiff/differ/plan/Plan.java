package io.schemadiff.differ.plan;

import java.util.List;

/**
 * The ordered statements that turn one schema into another. Empty when the schemas match.
 * {@link #sql()} renders it as a script; {@link #dataLosing()} lists what {@code --unsafe} must allow.
 */
public record Plan(List<Step> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The steps that can lose data. */
    public List<Step> dataLosing() {
        return steps.stream().filter(Step::dataLoss).toList();
    }

    /** The plan as an SQL script, ready for psql. Empty text when there is nothing to do. */
    public String sql() {
        return SqlWriter.write(this);
    }
}
