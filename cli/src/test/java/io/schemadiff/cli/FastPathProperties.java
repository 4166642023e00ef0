package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import picocli.CommandLine;

/** The hand-written fast path reads a diff command line exactly as picocli does, or leaves it to picocli. */
class FastPathProperties {
    /** Options with a value each might take, in both spellings. */
    private static final Map<String, List<String>> VALUED = new LinkedHashMap<>();

    static {
        VALUED.put("--role", List.of("postgres", "app"));
        VALUED.put("--schema", List.of("public", "audit"));
        VALUED.put("--exclude-schema", List.of("audit"));
        VALUED.put("--ignore-file", List.of("ignore.txt"));
        VALUED.put("-f", List.of("sql", "json", "markdown"));
        VALUED.put("--format", List.of("json"));
        VALUED.put("-o", List.of("out.sql"));
        VALUED.put("--output", List.of("out.md"));
        VALUED.put("--target-version", List.of("13", "18"));
        VALUED.put("--fail-on", List.of("TABLE_REWRITE", "INDEX_BUILD,TABLE_SCAN"));
        VALUED.put("--rename", List.of("public.t.a=b", "public.t=u"));
    }

    private static final List<String> FLAGS = List.of("--unsafe", "--with-privileges", "-q", "--quiet", "--stats");

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<List<String>> flag = Arbitraries.of(FLAGS).map(List::of);
        Arbitrary<List<String>> valued = Arbitraries.of(new ArrayList<>(VALUED.keySet())).flatMap(name ->
            Combinators.combine(Arbitraries.of(VALUED.get(name)), Arbitraries.of(true, false))
                .as((v, joined) -> joined && name.startsWith("--") ? List.of(name + "=" + v) : List.of(name, v)));
        Arbitrary<List<String>> option = Arbitraries.oneOf(flag, valued);
        return option.list().ofMaxSize(6).flatMap(opts -> Arbitraries.integers().between(0, opts.size())
            .flatMap(p1 -> Arbitraries.integers().between(p1, opts.size()).map(p2 -> {
                List<String> args = new ArrayList<>(List.of("diff"));
                for (int i = 0; i < opts.size(); i++) {
                    if (i == p1) {
                        args.add("from.sql");
                    }
                    if (i == p2) {
                        args.add("to.sql");
                    }
                    args.addAll(opts.get(i));
                }
                if (p1 == opts.size()) {
                    args.add("from.sql");
                }
                if (p2 == opts.size()) {
                    args.add("to.sql");
                }
                return args;
            })));
    }

    @Provide
    Arbitrary<List<String>> hookLines() {
        Arbitrary<List<String>> option = Arbitraries.of(
            List.of("--unsafe"), List.of("--exit-code"), List.of("-q"), List.of("--with-privileges"),
            List.of("--against", "main"), List.of("--against=HEAD~1"), List.of("--migrations", "db/migrations"),
            List.of("--migrations=db/migrations"), List.of("--target-version", "14"), List.of("--fail-on", "TABLE_SCAN"),
            List.of("--schema", "public"), List.of("--role=postgres"), List.of("--ignore-file", "x"),
            List.of("--rename", "public.t.a=b"));
        Arbitrary<List<String>> file = Arbitraries.of("db/schema.sql", "db/other.sql", "db/migrations/001_a.sql")
            .map(List::of);
        return Arbitraries.oneOf(option, file).list().ofMaxSize(7).map(parts -> {
            List<String> args = new ArrayList<>(List.of("hook"));
            parts.forEach(args::addAll);
            return args;
        });
    }

    @Property(tries = 200)
    void hookFastPathAndPicocliAgree(@ForAll("hookLines") List<String> args) throws Exception {
        String[] a = args.toArray(String[]::new);
        HookCommand fast = FastPath.parseHook(a);
        HookCommand slow = new HookCommand();
        try {
            new CommandLine(slow).parseArgs(Arrays.copyOfRange(a, 1, a.length));
        } catch (CommandLine.ParameterException e) {
            assertNull(fast, "the fast path took what picocli refuses (" + e.getMessage() + "): " + args);
            return;
        }
        assertNotNull(fast, "the fast path takes " + args);
        assertEquals(state(slow), state(fast), String.join(" ", args));
    }

    @Property(tries = 300)
    void fastPathAndPicocliAgree(@ForAll("commandLines") List<String> args) throws Exception {
        String[] a = args.toArray(String[]::new);
        DiffCommand fast = FastPath.parseDiff(a);
        DiffCommand slow = new DiffCommand();
        try {
            new CommandLine(slow).parseArgs(Arrays.copyOfRange(a, 1, a.length));
        } catch (CommandLine.ParameterException e) {
            // picocli refuses it (an option given twice): the fast path must leave it to picocli to say so
            assertNull(fast, "the fast path took what picocli refuses (" + e.getMessage() + "): " + args);
            return;
        }
        assertNotNull(fast, "the fast path takes " + args);
        assertEquals(state(slow), state(fast), String.join(" ", args));
    }

    @Example
    void anythingElseIsLeftToPicocli() {
        assertNull(FastPath.parseDiff(new String[] {"diff", "--help"}));
        assertNull(FastPath.parseDiff(new String[] {"diff", "--bogus", "a", "b"}));
        assertNull(FastPath.parseDiff(new String[] {"diff", "a"}));
        assertNull(FastPath.parseDiff(new String[] {"diff", "-f", "yaml", "a", "b"}));
        assertNull(FastPath.parseDiff(new String[] {"diff", "--fail-on", "SLOW", "a", "b"}));
        assertNull(FastPath.parseDiff(new String[] {"diff", "--target-version", "x", "a", "b"}));
        assertNull(FastPath.parseDiff(new String[] {"diff", "--unsafe=true", "a", "b"}));
        assertNull(FastPath.parseDiff(new String[] {"diff", "a", "b", "--role"}));
        assertNull(FastPath.parseDiff(new String[] {"check", "a"}));
    }

    /** Every option field of the command and its mixins, by name. */
    private static Map<String, Object> state(Object command) throws IllegalAccessException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : command.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            Object v = f.get(command);
            if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
                out.putAll(state(v));
            } else if (f.isAnnotationPresent(CommandLine.Option.class)
                || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                out.put(command.getClass().getSimpleName() + "." + f.getName(), v);
            }
        }
        return out;
    }
}
