package io.schemadiff.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code schemadiff verify} as this jar knows it: verify needs a PostgreSQL server, so it lives in its own module
 * and jar ({@code schemadiff-verify.jar}, which holds the whole command line with the real {@code verify}).
 * {@code bin/schemadiff verify …} runs that jar directly; here, the command is listed in the help like the others,
 * and run through that jar when it is found beside this one (or where a build of the repository leaves it).
 */
@Command(name = "verify", description = {Main.VERIFY_SUMMARY,
    "It is built into its own jar (verify/target/schemadiff-verify.jar): bin/schemadiff verify runs it, and "
        + "'schemadiff verify --help' lists its options there."})
final class VerifyLauncher implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            err.println("schemadiff: verify is not in this jar and schemadiff-verify.jar was not found beside it;"
                + " build it with: mvn -B -q package -DskipTests (then run bin/schemadiff verify …)");
            return Main.INPUT_ERROR;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-jar");
        cmd.add(jar.get().toString());
        cmd.add("verify");
        cmd.addAll(args);
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            err.println("schemadiff: cannot run " + jar.get() + ": " + e.getMessage());
            return Main.INPUT_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INPUT_ERROR;
        }
    }

    /** schemadiff-verify.jar beside this jar, or in the repository layout a build leaves (cli/target, verify/target). */
    static Optional<Path> jar() {
        try {
            Path self = new File(VerifyLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toPath();
            Path dir = Files.isDirectory(self) ? self : self.getParent();
            for (Path candidate : List.of(dir.resolve("schemadiff-verify.jar"),
                dir.resolve("../../verify/target/schemadiff-verify.jar").normalize())) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        } catch (Exception e) {
            // no code source (an unusual class loader): not found
        }
        return Optional.empty();
    }
}
