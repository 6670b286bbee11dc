package org.reportage.bench.jmh;

import java.nio.charset.StandardCharsets;
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
import org.reportage.bench.tools.FeedGenerator;
import org.reportage.bench.tools.JmhResults;
import org.reportage.parser.Limits;
import org.reportage.parser.ParseResult;

/**
 * Scaling: one report (day heading, headline, paragraphs of every quote convention) grown to exactly
 * {@code size} bytes, parsed whole. The summary divides the time per operation by the size: ns per input byte
 * must stay flat from 1 KB to 64 MB. 64 MB is the default {@code Limits.maxReportChars} (64 Mi chars); the
 * grown report has typographic marks, so it has fewer chars than bytes and stays under the limit.
 *
 * <p>The parser keeps every actor mention ({@link #LIMITS}): with the default cap of 100,000 mentions per
 * article the 64 MB report (some 1.3 million mentions) would stop finding mentions after a few MB and read
 * faster per byte for doing less, which is not scaling.
 *
 * <p>Warm-up: 6 × 5 s, what the full parse needs before the JIT has compiled it (see {@link ParseBenchmark});
 * a 64 MB operation takes longer than an iteration, so that size warms up over one whole operation per
 * iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = ParseBenchmark.HEAVY_WARMUP_ITERATIONS, time = ParseBenchmark.HEAVY_WARMUP_SECONDS)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {
    /** The default limits, but every actor mention kept, so that each size does the same work per byte. */
    public static final Limits LIMITS = Limits.DEFAULT.withMaxMentions(Integer.MAX_VALUE);

    /** The report size: {@code 1KB} … {@code 64MB} (binary units). */
    @Param({"1KB", "16KB", "256KB", "4MB", "64MB"})
    public String size;

    private byte[] report;
    private Stages stages;

    /** Grows the report once per trial. */
    @Setup(Level.Trial)
    public void grow() {
        int bytes = (int) JmhResults.sizeBytes(size);
        report = FeedGenerator.grow(FeedGenerator.DEFAULT_SEED, bytes).getBytes(StandardCharsets.UTF_8);
        stages = new Stages(LIMITS);
    }

    /** @return the full parse of the grown report */
    @Benchmark
    public ParseResult fullParse() {
        return stages.full(report);
    }
}
