package org.reportage.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.reportage.bench.tools.Inputs;
import org.reportage.parser.ParseResult;

/**
 * Concurrency: one parser shared by 1 and by 2 threads, each thread parsing the generated feed over and over.
 * JMH sums the threads' throughput; with 2 cores, 2 threads should come near twice 1 thread, since a parse
 * shares nothing mutable. Warm-up: 6 × 5 s, what the full parse needs (see {@link ParseBenchmark}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = ParseBenchmark.HEAVY_WARMUP_ITERATIONS, time = ParseBenchmark.HEAVY_WARMUP_SECONDS)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ConcurrencyBenchmark {
    private List<byte[]> docs;
    private long bytes;
    private Stages stages;

    /** Loads the generated feed and builds the one shared parser. */
    @Setup(Level.Trial)
    public void load() {
        Inputs.Documents d = Inputs.load(Inputs.Source.GENERATED);
        docs = d.documents();
        bytes = d.bytes();
        stages = new Stages();
    }

    private long parseAll(Throughput t) {
        long articles = 0;
        for (byte[] doc : docs) {
            ParseResult r = stages.full(doc);
            articles += r.articles().size();
        }
        t.inputBytes += bytes;
        t.articles += articles;
        return articles;
    }

    /**
     * @param t counters
     * @return articles made (consumed by JMH)
     */
    @Benchmark
    @Threads(1)
    public long sharedParser1Thread(Throughput t) {
        return parseAll(t);
    }

    /**
     * @param t counters
     * @return articles made (consumed by JMH)
     */
    @Benchmark
    @Threads(2)
    public long sharedParser2Threads(Throughput t) {
        return parseAll(t);
    }
}
