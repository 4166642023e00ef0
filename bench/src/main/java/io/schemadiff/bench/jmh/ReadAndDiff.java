package io.schemadiff.bench.jmh;

import io.schemadiff.bench.Generate;
import io.schemadiff.differ.Differ;
import io.schemadiff.differ.plan.Plan;
import io.schemadiff.model.Catalog;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reader and the differ on bin/bench's generated pairs, in one warm JVM: where the time goes once the JIT has
 * done its work, for work on hot paths (bin/bench measures the whole process, as a hook sees it).
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl bench -am
 * java -jar bench/target/benchmarks.jar ReadAndDiff -p tables=10000 -prof gc
 * </pre>
 *
 * The reads run on the calling thread only (the launcher's two-thread read is bin/bench's business).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m"})
public class ReadAndDiff {
    /** The size of the pair: bin/bench's 1k and 10k pairs (same seed, same 3% of changes). */
    @Param({"1000", "10000"})
    int tables;

    /** Hand-written or pg_dump style. */
    @Param({"hand", "pgdump"})
    String style;

    List<Source> v1;
    List<Source> v2;
    Catalog from;
    Catalog to;

    @Setup
    public void generate() {
        boolean dump = style.equals("pgdump");
        Map<String, String> files = Generate.render(tables, 42, 3.0, dump);
        v1 = List.of(new Source("v1.sql", files.get(dump ? "v1.pgdump.sql" : "v1.sql")));
        v2 = List.of(new Source("v2.sql", files.get(dump ? "v2.pgdump.sql" : "v2.sql")));
        from = SchemaReader.readOnOneThread(v1).catalog();
        to = SchemaReader.readOnOneThread(v2).catalog();
    }

    /** Reading one side: lexing, parsing, replaying into the catalog. */
    @Benchmark
    public Catalog read() {
        return SchemaReader.readOnOneThread(v1).catalog();
    }

    /** Comparing the two read sides and ordering the plan. */
    @Benchmark
    public Plan diff() {
        return Differ.diff(from, to);
    }

    /** The plan written as SQL. */
    @Benchmark
    public String diffAndWrite() {
        return Differ.diff(from, to).sql();
    }
}
