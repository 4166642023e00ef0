package io.schemadiff.verify;

import picocli.CommandLine;

/**
 * The {@code schemadiff} command with {@code verify} added: the cli's own command line ({@code diff}, {@code check},
 * unchanged) plus this module's subcommand. {@code bin/schemadiff verify …} runs this jar.
 */
public final class VerifyMain {
    private VerifyMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return io.schemadiff.cli.Main.commandLine(new VerifyCommand());
    }
}
