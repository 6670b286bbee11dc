package org.reportage.bench.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.reportage.bench.tools.JmhResults.Metric;
import org.reportage.bench.tools.JmhResults.Result;

/**
 * Compares two JMH JSON results files, a baseline and a candidate, benchmark by benchmark (matched by name and
 * parameters), as ratios to the FLOOR of the same run, so that a slower or faster machine cancels out.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.reportage.bench.tools.Compare BASELINE.json CANDIDATE.json \
 *     [--tolerance 0.25] [--alloc-tolerance 0.10] [--report-only]
 * }</pre>
 *
 * <p>A benchmark regresses when its ratio to FLOOR falls by more than {@code --tolerance} (default 25%) and by
 * more than the JMH error of the four scores involved (the benchmark and the FLOOR, in both runs), or when
 * its bytes allocated per input byte grow by more than {@code --alloc-tolerance} (default 10%; single-threaded
 * benchmarks only, since {@code -prof gc} before JDK 21 undercounts several threads).
 *
 * <p>Why these tolerances: on the project's 2-core machines, shared with other work, a short profile (1 fork,
 * 3 iterations of 1 s) moves by 10–20% from run to run, and JMH's own 99.9% error on 3 iterations is of the
 * same size; dividing by the FLOOR of the same run removes the machine's speed but not that noise. 25% (and
 * beyond the stated error) catches what matters — a stage that became a third slower or worse — without
 * failing on noise. Allocation per byte barely moves between runs of the same code on the same input (well
 * under 1%), so 10% there is a real change in what the parser allocates.
 *
 * <p>Exit status: 0 when nothing regressed or with {@code --report-only}; 1 when a benchmark regressed; 2 on
 * bad arguments or unreadable files.
 */
public final class Compare {
    static final double DEFAULT_TOLERANCE = 0.25;
    static final double DEFAULT_ALLOC_TOLERANCE = 0.10;

    private Compare() {
    }

    /**
     * One benchmark's change.
     *
     * @param key         the benchmark with its parameters
     * @param basis       what was compared ({@code ratio to FLOOR}, or {@code MB/s} when a run has no FLOOR)
     * @param baseline    the baseline value
     * @param candidate   the candidate value
     * @param change      candidate / baseline − 1
     * @param noise       the relative error of the comparison
     * @param allocChange the change of B/byte, or NaN
     * @param regressed   whether it regressed past the tolerances
     * @param warmups     {@code baseline → candidate} when the two runs warmed the benchmark up differently (its
     *                    change is then partly the warm-up's: a short one measures the JIT before it is done), or
     *                    {@code null}
     */
    public record Change(String key, String basis, double baseline, double candidate, double change, double noise,
                         double allocChange, boolean regressed, String warmups) {
    }

    /**
     * @param baseline       the baseline run
     * @param candidate      the candidate run
     * @param tolerance      the largest fall of speed that is not a regression (0.25 = 25%)
     * @param allocTolerance the largest growth of B/byte that is not a regression
     * @return the change of every benchmark present in both runs, in the candidate's order
     */
    public static List<Change> compare(JmhResults baseline, JmhResults candidate, double tolerance,
                                       double allocTolerance) {
        List<Change> out = new ArrayList<>();
        for (Result c : candidate.results()) {
            Optional<Result> bo = baseline.byKey(c.key());
            if (bo.isEmpty()) {
                continue;
            }
            Result b = bo.get();
            boolean isFloor = c.name().equals(JmhResults.FLOOR);
            Optional<Metric> rb = isFloor ? Optional.empty() : baseline.ratioToFloor(b);
            Optional<Metric> rc = isFloor ? Optional.empty() : candidate.ratioToFloor(c);
            String basis;
            Metric mb;
            Metric mc;
            if (rb.isPresent() && rc.isPresent()) {
                basis = "ratio to FLOOR";
                mb = rb.get();
                mc = rc.get();
            } else if (b.bytesPerSecond().isPresent() && c.bytesPerSecond().isPresent()) {
                basis = "MB/s";
                mb = scale(b.bytesPerSecond().get());
                mc = scale(c.bytesPerSecond().get());
            } else {
                basis = "score";
                mb = b.primary();
                mc = c.primary();
            }
            double change = mc.score() / mb.score() - 1;
            if (basis.equals("score") && b.mode().equals("avgt")) {
                change = mb.score() / mc.score() - 1; // less time is better
            }
            double noise = mb.relativeError() + mc.relativeError();
            double allocChange = Double.NaN;
            // -prof gc before JDK 21 misses allocation of threads it does not track: judge 1-thread runs only
            if (c.threads() == 1 && b.allocatedPerByte().isPresent() && c.allocatedPerByte().isPresent()) {
                allocChange = c.allocatedPerByte().get() / b.allocatedPerByte().get() - 1;
            }
            boolean slower = change < -tolerance && -change > noise;
            boolean fatter = allocChange > allocTolerance;
            out.add(new Change(c.key(), basis, mb.score(), mc.score(), change, noise, allocChange,
                    !isFloor && (slower || fatter), b.warmup().equals(c.warmup()) ? null
                            : b.warmup() + " → " + c.warmup()));
        }
        return out;
    }

    private static Metric scale(Metric bytesPerSecond) {
        return new Metric(bytesPerSecond.score() / 1e6, bytesPerSecond.error() / 1e6, "MB/s");
    }

    /**
     * @param args {@code BASELINE CANDIDATE [--tolerance T] [--alloc-tolerance T] [--report-only]}
     */
    public static void main(String[] args) {
        List<String> files = new ArrayList<>();
        double tolerance = DEFAULT_TOLERANCE;
        double allocTolerance = DEFAULT_ALLOC_TOLERANCE;
        boolean reportOnly = false;
        boolean bad = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--tolerance") || a.equals("--alloc-tolerance")) && i + 1 == args.length) {
                bad = true;
                break;
            }
            switch (a) {
                case "--tolerance":
                    tolerance = Double.parseDouble(args[++i]);
                    break;
                case "--alloc-tolerance":
                    allocTolerance = Double.parseDouble(args[++i]);
                    break;
                case "--report-only":
                    reportOnly = true;
                    break;
                default:
                    bad |= a.startsWith("--");
                    files.add(a);
            }
        }
        if (bad || files.size() != 2 || !Files.isRegularFile(Path.of(files.get(0)))
                || !Files.isRegularFile(Path.of(files.get(1)))) {
            System.err.println("usage: Compare BASELINE.json CANDIDATE.json [--tolerance 0.25] "
                    + "[--alloc-tolerance 0.10] [--report-only]");
            System.exit(2);
        }
        List<Change> changes = compare(JmhResults.read(Path.of(files.get(0))),
                JmhResults.read(Path.of(files.get(1))), tolerance, allocTolerance);
        int regressions = print(System.out, files.get(0), files.get(1), changes, tolerance, allocTolerance);
        if (regressions > 0 && !reportOnly) {
            System.exit(1);
        }
    }

    static int print(PrintStream out, String baseline, String candidate, List<Change> changes, double tolerance,
                     double allocTolerance) {
        out.printf(Locale.ROOT, "Baseline %s, candidate %s; regression = ratio to FLOOR down > %.0f%% (and beyond "
                + "the JMH error), or B/byte up > %.0f%%%n%n", baseline, candidate, tolerance * 100,
                allocTolerance * 100);
        out.println("| benchmark | basis | baseline | candidate | change | ± noise | B/byte change | verdict |");
        out.println("|---|---|---:|---:|---:|---:|---:|---|");
        int regressions = 0;
        for (Change c : changes) {
            if (c.regressed()) {
                regressions++;
            }
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %+.1f%% | %.1f%% | %s | %s |%n", c.key(), c.basis(),
                    value(c.basis(), c.baseline()), value(c.basis(), c.candidate()), c.change() * 100,
                    c.noise() * 100, Double.isNaN(c.allocChange()) ? "–"
                            : String.format(Locale.ROOT, "%+.1f%%", c.allocChange() * 100),
                    (c.regressed() ? "REGRESSION" : c.change() > tolerance ? "faster" : "ok")
                            + (c.warmups() == null ? "" : " (warm-up " + c.warmups() + ")"));
        }
        out.printf(Locale.ROOT, "%n%d benchmarks compared, %d regressed%n", changes.size(), regressions);
        long unlike = changes.stream().filter(c -> c.warmups() != null).count();
        if (unlike > 0) {
            out.printf(Locale.ROOT, "%d warmed up differently in the two runs: their change is partly the warm-up's%n",
                    unlike);
        }
        return regressions;
    }

    private static String value(String basis, double v) {
        return basis.equals("ratio to FLOOR") ? Summary.fmt(v * 100) + "%" : Summary.fmt(v);
    }
}
