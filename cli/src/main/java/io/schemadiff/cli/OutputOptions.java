package io.schemadiff.cli;

import io.schemadiff.parser.source.InputError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/** Where and how a report is written. */
final class OutputOptions {
    enum Format { sql, json, markdown }

    /** The newest PostgreSQL major version: what hazards are judged against unless told. */
    static final int NEWEST = 18;
    static final int OLDEST = 13;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "sql",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.sql;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write the output to FILE instead of standard output (replaced whole, or not at all).")
    Path output;

    @Option(names = "--target-version", paramLabel = "MAJOR",
        description = "The PostgreSQL major version the migration is for (13 to 18, default 18): the locks and "
            + "hazards reported are that version's.")
    int targetVersion = NEWEST;

    /** A usage problem with these options, or null. */
    String problem() {
        if (targetVersion < OLDEST || targetVersion > NEWEST) {
            return "--target-version must be between " + OLDEST + " and " + NEWEST + ", not " + targetVersion;
        }
        return null;
    }

    /** Writes {@code text} where the output goes: standard output, or the file (atomically, by a rename). */
    void write(PrintWriter out, String text) {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path target = output.toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputError("cannot write " + output + ": " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // it was moved, or cannot be removed: nothing more to do
                }
            }
        }
    }
}
