package io.schemadiff.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-commit hook's commands ({@code diff}, {@code hook}) run without building picocli's model of the whole
 * command line, which costs more than reading a small schema (about 0.25 s in a cold JVM, bin/bench). It reads the
 * same options into the same command objects as picocli does (FastPathTest checks that they agree); anything it
 * does not know (help, a misspelt option, a bad value) returns null, and picocli takes the command line and says
 * what is wrong.
 */
final class FastPath {
    private FastPath() {}

    /** The exit code, or null when picocli must take this command line. */
    static Integer run(String[] args) {
        DiffCommand diff = parseDiff(args);
        if (diff == null) {
            return null;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return diff.run(out, err);
        } catch (RuntimeException e) {
            Main.internalError(err, e);
            return Main.INPUT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code diff [options] FROM TO}, or null. */
    static DiffCommand parseDiff(String[] args) {
        if (args.length < 3 || !args[0].equals("diff")) {
            return null;
        }
        DiffCommand d = new DiffCommand();
        List<String> positional = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-") || !a.startsWith("-")) {
                positional.add(a);
                continue;
            }
            if (a.equals("--")) {
                for (i++; i < args.length; i++) {
                    positional.add(args[i]);
                }
                break;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!REPEATABLE.contains(name) && !given.add(CANONICAL.getOrDefault(name, name))) {
                return null; // given twice: picocli says why
            }
            if (flag(d, name)) {
                if (value != null) {
                    return null;
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            if (!option(d, name, value)) {
                return null;
            }
        }
        if (positional.size() != 2) {
            return null;
        }
        d.from = positional.get(0);
        d.to = positional.get(1);
        return d;
    }

    /** Options picocli takes more than once (lists). */
    private static final Set<String> REPEATABLE = Set.of("--schema", "--exclude-schema", "--fail-on");
    /** One option's spellings. */
    private static final Map<String, String> CANONICAL = Map.of("-q", "--quiet", "-f", "--format", "-o", "--output");

    private static boolean flag(DiffCommand d, String name) {
        switch (name) {
            case "--unsafe" -> d.policy.unsafe = true;
            case "--with-privileges" -> d.read.withPrivileges = true;
            case "-q", "--quiet" -> d.read.quiet = true;
            case "--stats" -> d.stats = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Sets a valued option; false when the name or the value is not one picocli would take as it is. */
    private static boolean option(DiffCommand d, String name, String value) {
        try {
            switch (name) {
                case "--role" -> d.read.role = value;
                case "--schema" -> d.read.schemas.add(value);
                case "--exclude-schema" -> d.read.excludedSchemas.add(value);
                case "--ignore-file" -> d.read.ignoreFile = Path.of(value);
                case "-f", "--format" -> d.output.format = OutputOptions.Format.valueOf(value);
                case "-o", "--output" -> d.output.output = Path.of(value);
                case "--target-version" -> d.output.targetVersion = Integer.parseInt(value);
                case "--fail-on" -> {
                    for (String code : value.split(",")) {
                        d.policy.failOn.add(Note.Code.valueOf(code));
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
