package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportage.bench.tools.Compare;
import org.reportage.bench.tools.JmhResults;
import org.reportage.bench.tools.Summary;

/** The summary and compare commands, on small JMH JSON files written here in JMH's format. */
class ResultToolsTest {
    @TempDir
    Path dir;

    /** A throughput result of ParseBenchmark with its counters and {@code -prof gc} allocation. */
    private static String thrpt(String method, String source, double opsPerSecond, double error, long bytesPerOp,
                                long articlesPerOp, double allocPerOp) {
        return String.format(Locale.ROOT, "{\"benchmark\": \"org.reportage.bench.jmh.ParseBenchmark.%s\", "
                + "\"mode\": \"thrpt\", \"threads\": 1, \"jdkVersion\": \"17.0.15\", \"vmName\": \"VM\", "
                + "\"vmVersion\": \"1\", \"params\": {\"source\": \"%s\"}, "
                + "\"primaryMetric\": {\"score\": %s, \"scoreError\": %s, \"scoreUnit\": \"ops/s\"}, "
                + "\"secondaryMetrics\": {"
                + "\"inputBytes\": {\"score\": %s, \"scoreError\": %s, \"scoreUnit\": \"ops/s\"}, "
                + "\"articles\": {\"score\": %s, \"scoreError\": \"NaN\", \"scoreUnit\": \"ops/s\"}, "
                + "\"gc.alloc.rate.norm\": {\"score\": %s, \"scoreError\": \"NaN\", \"scoreUnit\": \"B/op\"}}}",
                method, source, opsPerSecond, error, opsPerSecond * bytesPerOp, error * bytesPerOp,
                opsPerSecond * articlesPerOp, allocPerOp);
    }

    private static String scaling(String size, double nsPerOp) {
        return String.format(Locale.ROOT, "{\"benchmark\": \"org.reportage.bench.jmh.ScalingBenchmark.fullParse\", "
                + "\"mode\": \"avgt\", \"threads\": 1, \"params\": {\"size\": \"%s\"}, "
                + "\"primaryMetric\": {\"score\": %s, \"scoreError\": \"NaN\", \"scoreUnit\": \"ns/op\"}, "
                + "\"secondaryMetrics\": {}}", size, nsPerOp);
    }

    private Path write(String name, String... results) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "[" + String.join(",\n", results) + "]", StandardCharsets.UTF_8);
        return p;
    }

    private Path baseline() throws IOException {
        // 1 MB per op: FLOOR 100 ops/s = 100 MB/s; full parse 30 ops/s = 30 MB/s = 30% of FLOOR
        return write("base.json",
                thrpt("floor", "generated", 100, 2, 1_000_000, 0, 5_000_000),
                thrpt("regexReference", "generated", 50, 2, 1_000_000, 0, 6_000_000),
                thrpt("stage3Full", "generated", 30, 1, 1_000_000, 400, 8_000_000),
                scaling("1KB", 10_240), scaling("1MB", 20_971_520));
    }

    @Test
    void derivesMegabytesRatiosAndAllocationPerByte() throws IOException {
        JmhResults r = JmhResults.read(baseline());
        JmhResults.Result full = r.byKey("ParseBenchmark.stage3Full{source=generated}").orElseThrow();
        assertThat(full.bytesPerSecond().orElseThrow().score()).isCloseTo(30e6, within(1.0));
        assertThat(full.articlesPerSecond().orElseThrow().score()).isCloseTo(12_000, within(1e-6));
        assertThat(full.allocatedPerByte().orElseThrow()).isCloseTo(8.0, within(1e-9));
        assertThat(r.ratioToFloor(full).orElseThrow().score()).isCloseTo(0.30, within(1e-9));
        JmhResults.Result big = r.byKey("ScalingBenchmark.fullParse{size=1MB}").orElseThrow();
        assertThat(big.nanosPerByte().orElseThrow()).isCloseTo(20.0, within(1e-9));
        assertThat(r.ratioToFloor(big).orElseThrow().score()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theSummaryTablesEveryFigureAndJudgesEveryTarget() throws IOException {
        String md = Summary.render(JmhResults.read(baseline()), "base.json", new Summary.Extras(null, "nproc: 2",
                "bench.sh short", "| stage (inclusive) | share of CPU samples |\n|---|---:|\n| actors | 61.0% |\n",
                null));
        assertThat(md).contains("| full parse (+ quotes, attribution) | generated | 30.0 | 1.00 | 12,000 | 30.0% "
                + "| 8.00 | 3.00 |");
        assertThat(md).contains("| 1MB | 21.0 | 20.0 | 50.0 | 50.0% |");
        assertThat(md).contains("- MET: full parse ≥ 20% of FLOOR on generated: 30.0%");
        assertThat(md).contains("- MISSED: full parse faster than the naive regex reference on generated");
        assertThat(md).contains("- MET: ≤ 4 B allocated per input byte (parser's own, decoding left out) on "
                + "generated: 3.00 B/byte");
        assertThat(md).contains("Where the full parse spends its time (Java Flight Recorder, bench tool `Profile`):\n\n"
                + "| stage (inclusive) | share of CPU samples |\n|---|---:|\n| actors | 61.0% |\n");
        assertThat(md).contains("- MISSED: flat ns/byte from 1KB to 1MB: slowest/fastest = 2.00");
    }

    @Test
    void theSummarySaysHowLongEachBenchmarkWarmedUp() throws IOException {
        JmhResults r = JmhResults.read(write("warm.json",
                warm(thrpt("floor", "corpus", 100, 2, 1_000_000, 0, 5_000_000), 2, "1 s"),
                warm(thrpt("stage3Full", "corpus", 30, 1, 1_000_000, 400, 12_000_000), 6, "5 s"),
                scaling("1KB", 10_240)));
        assertThat(r.results()).extracting(JmhResults.Result::warmup).containsExactly("2 × 1 s", "6 × 5 s", "?");
        String md = Summary.render(r, "x", Summary.Extras.NONE);
        assertThat(md).contains("Warm-up per fork: FLOOR (decode + one pass) 2 × 1 s; "
                + "full parse (+ quotes, attribution) 6 × 5 s.\n");
        assertThat(md).contains("| 1KB |").contains("Warm-up per fork: ?.\n");
    }

    /** Adds JMH's warm-up fields to a result. */
    private static String warm(String result, int iterations, String time) {
        return result.replace("\"mode\"", "\"warmupIterations\": " + iterations + ", \"warmupTime\": \"" + time
                + "\", \"mode\"");
    }

    @Test
    void aMissedAllocationTargetSaysHowMuchTheResultItselfHolds() throws IOException {
        // 1 MB per op, 12 MB allocated by the full parse, 5 MB of it by decoding (the FLOOR): 7 B/byte of its own
        JmhResults r = JmhResults.read(write("alloc.json",
                thrpt("floor", "corpus", 100, 2, 1_000_000, 0, 5_000_000),
                thrpt("stage3Full", "corpus", 30, 1, 1_000_000, 400, 12_000_000)));
        String output = "{\"sources\": [{\"source\": \"generated\", \"bytes\": 9, \"retained_per_byte\": 9.99}, "
                + "{\"source\": \"corpus\", \"bytes\": 1000, \"retained_per_byte\": 5.25}]}";
        assertThat(Summary.render(r, "x", new Summary.Extras(null, null, null, null, output)))
                .contains("- MISSED: ≤ 4 B allocated per input byte (parser's own, decoding left out) on corpus: "
                        + "7.00 B/byte (missed by 3.00 B/byte; the result alone holds 5.25 B/byte of heap (bench "
                        + "tool `OutputSize`))");
        assertThat(Summary.render(r, "x", Summary.Extras.NONE)).contains("(missed by 3.00 B/byte)\n");
    }

    @Test
    void theSummaryJudgesTheStreamingRunByHeapAndByArticlesFound() throws IOException {
        JmhResults r = JmhResults.read(baseline());
        String ok = new org.reportage.bench.tools.StreamingRun.Outcome(1L << 30, 2_000_000, 1_900_000, 2_100_000,
                50, 40 << 20, 50 << 20, 64 << 20, null, 900).toJson();
        assertThat(Summary.render(r, "x", new Summary.Extras(ok, null, null, null, null)))
                .contains("| 1,073,741,824 | 50.0 | 21.5 | 2,000,000 | 40.0 MiB | 50.0 MiB | 64.0 MiB | 900 | ok |")
                .contains("- MET: feed of 1,024 MiB streamed with -Xmx 64.0 MiB, every article found\n");
        String wrong = new org.reportage.bench.tools.StreamingRun.Outcome(1L << 30, 1, 1_900_000, 2_100_000,
                50, 40 << 20, 50 << 20, 64 << 20, null, 900).toJson();
        assertThat(Summary.render(r, "x", new Summary.Extras(wrong, null, null, null, null)))
                .contains("- MISSED: feed of 1,024 MiB").contains("it gave 1 articles");
        String oom = new org.reportage.bench.tools.StreamingRun.Outcome(9_000_000, 0, 10, 20, 5, 60 << 20,
                70 << 20, 64 << 20, "OutOfMemoryError after 9000000 bytes", 900).toJson();
        assertThat(Summary.render(r, "x", new Summary.Extras(oom, null, null, null, null)))
                .contains("FAILED: OutOfMemoryError").contains("- MISSED: feed of 8.58 MiB");
    }

    @Test
    void compareFlagsARealSlowdownButNotNoise() throws IOException {
        JmhResults base = JmhResults.read(baseline());
        // the machine is twice as slow (FLOOR halves) and the full parse 40% slower relative to it
        JmhResults slower = JmhResults.read(write("slow.json",
                thrpt("floor", "generated", 50, 1, 1_000_000, 0, 5_000_000),
                thrpt("regexReference", "generated", 25, 1, 1_000_000, 0, 6_000_000),
                thrpt("stage3Full", "generated", 9, 0.3, 1_000_000, 400, 8_000_000)));
        List<Compare.Change> changes = Compare.compare(base, slower, 0.25, 0.10);
        assertThat(changes).extracting(Compare.Change::key).containsExactly(
                "ParseBenchmark.floor{source=generated}", "ParseBenchmark.regexReference{source=generated}",
                "ParseBenchmark.stage3Full{source=generated}");
        assertThat(changes).extracting(Compare.Change::regressed).containsExactly(false, false, true);
        assertThat(changes.get(2).change()).isCloseTo(-0.40, within(1e-9));
        assertThat(changes.get(1).change()).isCloseTo(0.0, within(1e-9));

        // 10% slower relative to the FLOOR is noise on 2 cores
        JmhResults noisy = JmhResults.read(write("noisy.json",
                thrpt("floor", "generated", 100, 2, 1_000_000, 0, 5_000_000),
                thrpt("stage3Full", "generated", 27, 1, 1_000_000, 400, 8_000_000)));
        assertThat(Compare.compare(base, noisy, 0.25, 0.10)).noneMatch(Compare.Change::regressed);
    }

    @Test
    void compareFlagsGrowthOfAllocationPerByte() throws IOException {
        JmhResults fatter = JmhResults.read(write("fat.json",
                thrpt("floor", "generated", 100, 2, 1_000_000, 0, 5_000_000),
                thrpt("stage3Full", "generated", 30, 1, 1_000_000, 400, 9_600_000)));
        Compare.Change c = Compare.compare(JmhResults.read(baseline()), fatter, 0.25, 0.10).get(1);
        assertThat(c.allocChange()).isCloseTo(0.20, within(1e-9));
        assertThat(c.regressed()).isTrue();
    }

    @Test
    void compareSaysWhenTheTwoRunsWarmedABenchmarkUpDifferently() throws IOException {
        JmhResults base = JmhResults.read(write("w1.json",
                warm(thrpt("floor", "generated", 100, 2, 1_000_000, 0, 5_000_000), 2, "1 s"),
                warm(thrpt("stage3Full", "generated", 15, 1, 1_000_000, 400, 8_000_000), 1, "12 s")));
        JmhResults cand = JmhResults.read(write("w2.json",
                warm(thrpt("floor", "generated", 100, 2, 1_000_000, 0, 5_000_000), 2, "1 s"),
                warm(thrpt("stage3Full", "generated", 30, 1, 1_000_000, 400, 8_000_000), 6, "5 s")));
        List<Compare.Change> changes = Compare.compare(base, cand, 0.25, 0.10);
        assertThat(changes).extracting(Compare.Change::warmups).containsExactly(null, "1 × 12 s → 6 × 5 s");
    }
}
