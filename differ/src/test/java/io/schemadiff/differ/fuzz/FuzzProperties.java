package io.schemadiff.differ.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.schemadiff.differ.Differ;
import io.schemadiff.differ.TestData;
import io.schemadiff.model.Catalog;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import io.schemadiff.parser.source.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The reader's promise, over damaged copies of every testdata file and over inputs at the edges: any input ends in
 * a model (which then diffs against the file it came from without failing) or in an {@link InputError} that names
 * its place, within a time bound, and nothing else — no other exception, no hang, no control character echoed.
 *
 * <p>How many inputs each property tries is jqwik's default ({@code jqwik.tries.default}: 2,500 in this module's
 * junit-platform.properties, so about 10,000 a build); {@code bin/fuzz 1000000} runs a million. The time bound per
 * input is {@code -Dfuzz.timeout.seconds} (default 10).
 */
class FuzzProperties {
    private static final long BOUND_SECONDS = Long.getLong("fuzz.timeout.seconds", 10);

    private record Seed(String name, String text) {}

    private static final List<Seed> SEEDS = seeds();
    private static final Map<String, Optional<Catalog>> ORIGINALS = new ConcurrentHashMap<>();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });

    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong MODELS = new AtomicLong();
    private static final AtomicLong ERRORS = new AtomicLong();
    private static final AtomicLong WARNINGS = new AtomicLong();
    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();
    private static volatile String slowest = "";

    private static List<Seed> seeds() {
        try (Stream<Path> s = Files.walk(TestData.root())) {
            List<Seed> out = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                out.add(new Seed(TestData.root().relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ properties

    @Provide
    Arbitrary<Mutations.Mutant> mutants() {
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), Arbitraries.longs())
            .as((i, seed) -> Mutations.mutate(SEEDS.get(i).name(), SEEDS.get(i).text(), new Random(seed)));
    }

    /** A testdata file damaged in one to three ways, read with or without privileges. */
    @Property
    void aDamagedFileReadsOrFailsAtAPlace(@ForAll("mutants") Mutations.Mutant m, @ForAll boolean privileges) {
        check(m + (privileges ? " --with-privileges" : ""), List.of(m.bytes()), privileges,
            privileges ? Optional.empty() : original(m.origin()));
    }

    @Provide
    Arbitrary<List<Mutations.Mutant>> folders() {
        return mutants().list().ofMinSize(2).ofMaxSize(12);
    }

    /** Several damaged files read as one folder: large enough, at times, to be read on two threads. */
    @Property
    void aFolderOfDamagedFilesReadsOrFailsAtAPlace(@ForAll("folders") List<Mutations.Mutant> files) {
        List<byte[]> bytes = new ArrayList<>();
        for (Mutations.Mutant m : files) {
            bytes.add(m.bytes());
        }
        check(files.toString(), bytes, false, Optional.empty());
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(0, 3_000).withDistribution(RandomDistribution.biased());
    }

    /** Deep, wide and long inputs of every form. */
    @Property
    void anInputAtTheEdgesReadsOrFailsAtAPlace(@ForAll Pathological form, @ForAll("sizes") int size) {
        int n = switch (form) {
            case LONG_NAME, LONG_STRING, LONG_COMMENT, LONG_NUMBER, LONG_LINE -> size * 500;
            case COLUMNS, IN_LIST, VALUES_ROWS, ENUM_LABELS, SEMICOLONS, ARGUMENTS, UNION_CHAIN, AND_CHAIN -> size * 4;
            default -> size;
        };
        String sql = form.sql(n);
        check(form + " " + n, List.of(sql.getBytes(StandardCharsets.UTF_8)), false, Optional.empty());
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> piece = Arbitraries.of(Mutations.pieces());
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    /** Pieces of SQL in any order. */
    @Property
    void tokenSoupReadsOrFailsAtAPlace(@ForAll("soup") String sql) {
        check(sql, List.of(sql.getBytes(StandardCharsets.UTF_8)), true, Optional.empty());
    }

    @AfterContainer
    static void summary() {
        System.out.println("[fuzz] " + INPUTS.get() + " inputs: " + MODELS.get() + " read into a model ("
            + WARNINGS.get() + " warnings), " + ERRORS.get() + " errors at a place; slowest "
            + SLOWEST_NANOS.get() / 1_000_000 + " ms: " + slowest);
    }

    // ------------------------------------------------------------------ the promise

    /** The model of a seed as it is, to diff a damaged copy against; empty when the seed itself does not read. */
    private static Optional<Catalog> original(String name) {
        return ORIGINALS.computeIfAbsent(name, n -> {
            String text = SEEDS.stream().filter(s -> s.name().equals(n)).findFirst().orElseThrow().text();
            try {
                return Optional.of(SchemaReader.read(n, text).catalog());
            } catch (InputError e) {
                return Optional.empty();
            }
        });
    }

    private static void check(String what, List<byte[]> files, boolean privileges, Optional<Catalog> original) {
        INPUTS.incrementAndGet();
        long t0 = System.nanoTime();
        Future<?> run = RUNNER.submit(() -> readAndDiff(files, privileges, original));
        try {
            run.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            keep(what, files);
            fail("no answer within " + BOUND_SECONDS + " s for " + what);
        } catch (ExecutionException e) {
            keep(what, files);
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError("not a model and not an InputError, for " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        long took = System.nanoTime() - t0;
        if (took > SLOWEST_NANOS.get()) {
            SLOWEST_NANOS.set(took);
            slowest = what.lines().findFirst().orElse("");
        }
    }

    private static void readAndDiff(List<byte[]> files, boolean privileges, Optional<Catalog> original) {
        try {
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                String name = "f" + i + ".sql";
                sources.add(new Source(name, Sources.decode(files.get(i), name)));
            }
            SchemaReader.Result r = SchemaReader.read(sources, privileges);
            for (Warning w : r.warnings()) {
                printable(w.render());
            }
            if (original.isPresent()) {
                Differ.diff(original.get(), r.catalog()).sql();
                Differ.diff(r.catalog(), original.get()).sql();
            }
            MODELS.incrementAndGet();
            WARNINGS.addAndGet(r.warnings().size());
        } catch (InputError e) {
            assertNotNull(e.source(), () -> "an error names its place: " + e.getMessage());
            printable(e.render());
            ERRORS.incrementAndGet();
        }
    }

    /** Nothing echoed to a terminal may drive it: no control character but newline and tab. */
    private static void printable(String shown) {
        for (char c : shown.toCharArray()) {
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
                fail("a control character (" + (int) c + ") in: " + shown);
            }
        }
    }

    /** A failing input, kept under target/fuzz-failures for replaying. */
    private static void keep(String what, List<byte[]> files) {
        try {
            Path dir = Path.of("target", "fuzz-failures", Integer.toHexString(what.hashCode()));
            Files.createDirectories(dir);
            for (int i = 0; i < files.size(); i++) {
                Files.write(dir.resolve("f" + i + ".sql"), files.get(i));
            }
            Files.writeString(dir.resolve("what.txt"), what, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the report names the input anyway
        }
    }
}
