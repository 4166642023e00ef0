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
 * same options into the same command objects as picocli does (FastPathProperties checks that they agree); anything
 * it does not know (help, a misspelt option, a bad value, an option given twice) returns null, and picocli takes the
 * command line and says what is wrong.
 */
final class FastPath {
    private FastPath() {}

    /** The exit code, or null when picocli must take this command line. */
    static Integer run(String[] args) {
        DiffCommand diff = parseDiff(args);
        HookCommand hook = diff == null ? parseHook(args) : null;
        if (diff == null && hook == null) {
            return null;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return diff != null ? diff.run(out, err) : hook.run(out, err);
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
        Options options = new Options() {
            @Override
            boolean flag(String name) {
                if (name.equals("--stats")) {
                    d.stats = true;
                    return true;
                }
                return policyFlag(d.policy, name) || readFlag(d.read, name);
            }

            @Override
            boolean option(String name, String value) {
                switch (name) {
                    case "-f", "--format" -> d.output.format = OutputOptions.Format.valueOf(value);
                    case "-o", "--output" -> d.output.output = Path.of(value);
                    case "--target-version" -> d.output.targetVersion = Integer.parseInt(value);
                    default -> {
                        return policyOption(d.policy, name, value) || readOption(d.read, name, value);
                    }
                }
                return true;
            }
        };
        List<String> positional = parse(args, options);
        if (positional == null || positional.size() != 2) {
            return null;
        }
        d.from = positional.get(0);
        d.to = positional.get(1);
        return d;
    }

    /** {@code hook [options] [SCHEMA…]}, or null. */
    static HookCommand parseHook(String[] args) {
        if (args.length < 1 || !args[0].equals("hook")) {
            return null;
        }
        HookCommand h = new HookCommand();
        Options options = new Options() {
            @Override
            boolean flag(String name) {
                if (name.equals("--exit-code")) {
                    h.exitCode = true;
                    return true;
                }
                return policyFlag(h.policy, name) || readFlag(h.read, name);
            }

            @Override
            boolean option(String name, String value) {
                switch (name) {
                    case "--against" -> h.against = value;
                    case "--migrations" -> h.migrations = value;
                    case "--target-version" -> h.targetVersion = Integer.parseInt(value);
                    default -> {
                        return policyOption(h.policy, name, value) || readOption(h.read, name, value);
                    }
                }
                return true;
            }
        };
        List<String> positional = parse(args, options);
        if (positional == null) {
            return null;
        }
        h.schemas.addAll(positional);
        return h;
    }

    /** A command's options: each returns false for a name it does not know (or a value it cannot take). */
    abstract static class Options {
        abstract boolean flag(String name);

        abstract boolean option(String name, String value);
    }

    /** Options picocli takes more than once (lists). */
    private static final Set<String> REPEATABLE = Set.of("--schema", "--exclude-schema", "--fail-on", "--rename");
    /** One option's spellings. */
    private static final Map<String, String> CANONICAL = Map.of("-q", "--quiet", "-f", "--format", "-o", "--output");

    /** The positional arguments, after giving every option to {@code options}; null when one is not taken. */
    private static List<String> parse(String[] args, Options options) {
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
            if (value == null && options.flag(name)) {
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            try {
                if (!options.option(name, value)) {
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return positional;
    }

    private static boolean policyFlag(PolicyOptions p, String name) {
        if (name.equals("--unsafe")) {
            p.unsafe = true;
            return true;
        }
        return false;
    }

    private static boolean readFlag(ReadOptions r, String name) {
        switch (name) {
            case "--with-privileges" -> r.withPrivileges = true;
            case "-q", "--quiet" -> r.quiet = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean policyOption(PolicyOptions p, String name, String value) {
        if (!name.equals("--fail-on")) {
            return false;
        }
        for (String code : value.split(",")) {
            p.failOn.add(Note.Code.valueOf(code));
        }
        return true;
    }

    private static boolean readOption(ReadOptions r, String name, String value) {
        switch (name) {
            case "--role" -> r.role = value;
            case "--schema" -> r.schemas.add(value);
            case "--exclude-schema" -> r.excludedSchemas.add(value);
            case "--ignore-file" -> r.ignoreFile = Path.of(value);
            case "--rename" -> r.renames.add(value);
            default -> {
                return false;
            }
        }
        return true;
    }
}
