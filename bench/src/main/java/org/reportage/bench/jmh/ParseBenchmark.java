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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.reportage.bench.tools.Inputs;
import org.reportage.parser.ParseResult;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.structure.Layout;

/**
 * Throughput of every stage of the parse, of the FLOOR and of the naive regex reference, over one source of
 * input. One operation processes every document of the source (the generated feed is one document of some
 * 1.5 MB; the corpus is 625 documents; the seed one). MB/s and articles/s are the {@link Throughput} counters;
 * bytes allocated per input byte come from {@code -prof gc}: {@code gc.alloc.rate.norm} / bytes per operation.
 *
 * <p>Warm-up is set per benchmark, by what its code needs before the JIT has compiled it: the FLOOR, the regex
 * reference and structure alone are small, but their speed still rises for some 4 s (a run read the FLOOR at
 * 78, 86, 127 and 156 MB/s in its first four seconds), so they warm up for 6 × 1 s; the actor stage and the full
 * parse run through far more code, which C2 (one compiler thread on 2 cores) takes some 25 s to compile —
 * measured: a loop over the corpus parses 2.6 Mchar/s at 4 s, 5.4 at 12 s, 6.7 at 26 s and holds 7.5–9 from 30 s
 * on — so they warm up for 6 × 5 s, and JMH's log shows the warm-up iterations levelling off.
 * {@code bench/scripts/bench.sh} sets forks and measurement per profile and leaves warm-up to these annotations
 * (the smoke profile alone shortens it).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ParseBenchmark {
    /** Warm-up iterations of the benchmarks that run the actor stage or more (see the class comment). */
    static final int HEAVY_WARMUP_ITERATIONS = 6;
    /** Seconds per warm-up iteration of those benchmarks. */
    static final int HEAVY_WARMUP_SECONDS = 5;

    /** Which input: {@code generated} (always there), {@code seed} and {@code corpus} (need shared/). */
    @Param({"generated", "seed", "corpus"})
    public String source;

    private List<byte[]> docs;
    private long bytes;
    private Stages stages;

    /** Loads the input once per trial. */
    @Setup(Level.Trial)
    public void load() {
        Inputs.Documents d = Inputs.load(Inputs.Source.of(source));
        docs = d.documents();
        bytes = d.bytes();
        stages = new Stages();
    }

    /**
     * FLOOR: decode and one pass finding quote marks and sentence ends.
     *
     * @param t  counters
     * @param bh sink
     */
    @Benchmark
    public void floor(Throughput t, Blackhole bh) {
        for (byte[] doc : docs) {
            bh.consume(Floor.scan(doc));
        }
        t.inputBytes += bytes;
    }

    /**
     * The naive regex quote extractor, a reference point (not a parser).
     *
     * @param t  counters
     * @param bh sink
     */
    @Benchmark
    public void regexReference(Throughput t, Blackhole bh) {
        for (byte[] doc : docs) {
            bh.consume(RegexQuoteExtractor.extract(doc));
        }
        t.inputBytes += bytes;
    }

    /**
     * Structure and dates only.
     *
     * @param t  counters
     * @param bh sink
     */
    @Benchmark
    public void stage1Structure(Throughput t, Blackhole bh) {
        long articles = 0;
        for (byte[] doc : docs) {
            List<Layout> layouts = stages.structure(doc);
            articles += layouts.size();
            bh.consume(layouts);
        }
        t.inputBytes += bytes;
        t.articles += articles;
    }

    /**
     * Structure, dates and actors.
     *
     * @param t  counters
     * @param bh sink
     */
    @Benchmark
    @Warmup(iterations = HEAVY_WARMUP_ITERATIONS, time = HEAVY_WARMUP_SECONDS)
    public void stage2Actors(Throughput t, Blackhole bh) {
        long articles = 0;
        for (byte[] doc : docs) {
            ActorAnalysis[] a = stages.actors(doc);
            articles += a.length;
            bh.consume(a);
        }
        t.inputBytes += bytes;
        t.articles += articles;
    }

    /**
     * The full parse (structure, dates, actors, quotes, attribution) through {@code ReportParser.parse}.
     *
     * @param t  counters
     * @param bh sink
     */
    @Benchmark
    @Warmup(iterations = HEAVY_WARMUP_ITERATIONS, time = HEAVY_WARMUP_SECONDS)
    public void stage3Full(Throughput t, Blackhole bh) {
        long articles = 0;
        for (byte[] doc : docs) {
            ParseResult r = stages.full(doc);
            articles += r.articles().size();
            bh.consume(r);
        }
        t.inputBytes += bytes;
        t.articles += articles;
    }
}
