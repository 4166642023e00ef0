package io.schemadiff.cli;

import io.schemadiff.differ.plan.Plan;
import io.schemadiff.differ.plan.Step;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A comparison as every output format reports it: the two sides, the plan, the notes on each statement, what the
 * policy refuses (data loss without --unsafe, hazards named by --fail-on), and what reading reported.
 *
 * @param notes    per step of the plan, its notes
 * @param refused  per step of the plan, the codes of its notes the policy refuses (empty: allowed)
 * @param warnings what reading the two sides reported, one line each, as standard error shows them
 */
record DiffReport(Side from, Side to, Plan plan, List<List<Note>> notes, List<Set<Note.Code>> refused,
                  List<String> warnings, int targetVersion) {

    enum Status {
        /** The schemas match. */
        NONE("no-differences", Main.OK),
        /** The migration is there and the policy allows it. */
        DIFFERENCES("differences", Main.DIFFERENCES),
        /** The policy refuses some of its statements. */
        REFUSED("refused", Main.UNSAFE);

        final String word;
        final int exitCode;

        Status(String word, int exitCode) {
            this.word = word;
            this.exitCode = exitCode;
        }
    }

    DiffReport {
        notes = List.copyOf(notes);
        refused = List.copyOf(refused);
        warnings = List.copyOf(warnings);
    }

    static DiffReport of(Side from, Side to, DiffCommand.Compared compared, Set<Note.Code> refusedCodes,
                         int targetVersion) {
        Plan plan = compared.plan();
        List<List<Note>> notes = new ArrayList<>();
        List<Set<Note.Code>> refused = new ArrayList<>();
        for (Step s : plan.steps()) {
            List<Note> n = Note.of(s, compared.fromCatalog(), compared.toCatalog(), targetVersion);
            notes.add(n);
            Set<Note.Code> r = EnumSet.noneOf(Note.Code.class);
            for (Note x : n) {
                if (refusedCodes.contains(x.code())) {
                    r.add(x.code());
                }
            }
            refused.add(r);
        }
        return new DiffReport(from, to, plan, notes, refused, compared.warnings(), targetVersion);
    }

    Status status() {
        if (plan.isEmpty()) {
            return Status.NONE;
        }
        return refused.stream().anyMatch(r -> !r.isEmpty()) ? Status.REFUSED : Status.DIFFERENCES;
    }

    /** The steps the policy refuses, by index into the plan. */
    List<Integer> refusedSteps() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < refused.size(); i++) {
            if (!refused.get(i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    /** A SHA-256 of the migration's text: what a reviewer approved, to compare with what is applied. */
    String planSha256() {
        return Side.sha256(plan.sql());
    }
}
