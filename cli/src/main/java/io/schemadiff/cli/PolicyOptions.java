package io.schemadiff.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** What a comparing command refuses: statements that can lose data unless allowed, and hazards a team names. */
final class PolicyOptions {
    @Option(names = "--unsafe", description = "Allow statements that can lose data (dropped tables and columns, "
        + "narrowing type changes). Without it they are refused and listed.")
    boolean unsafe;

    @Option(names = "--fail-on", paramLabel = "HAZARD", split = ",",
        description = "Also refuse statements with this hazard (repeatable, or comma-separated): "
            + "${COMPLETION-CANDIDATES}.")
    List<Note.Code> failOn = new ArrayList<>();

    Set<Note.Code> refusedCodes() {
        Set<Note.Code> codes = failOn.isEmpty() ? EnumSet.noneOf(Note.Code.class) : EnumSet.copyOf(failOn);
        if (!unsafe) {
            codes.add(Note.Code.DATA_LOSS);
        }
        return codes;
    }
}
