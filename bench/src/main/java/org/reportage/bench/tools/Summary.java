package org.reportage.bench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.reportage.bench.tools.JmhResults.Metric;
import org.reportage.bench.tools.JmhResults.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON results file (and, optionally, a streaming result, a profile and the size of the parse's
 * output) into the markdown summary the README quotes: MB/s, articles/s, ratio to FLOOR and bytes allocated per
 * input byte for every benchmark, the scaling curve as ns per byte, the concurrency speed-up, and each target of
 * issue 5 with whether it is met and by how much it is missed.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.reportage.bench.tools.Summary RESULTS.json \
 *     [--streaming STREAMING.json] [--env ENV.txt] [--profile PROFILE.txt] [--output OUTPUT.json] \
 *     [--command "the command"] [--out SUMMARY.md]
 * }</pre>
 */
public final class Summary {
    /** Full parse throughput at least this fraction of the FLOOR. */
    static final double TARGET_FLOOR_RATIO = 0.20;
    /** At most this many bytes allocated per input byte. */
    static final double TARGET_ALLOC = 4.0;
    /** ns/byte is "flat" when the slowest size is within this factor of the fastest. */
    static final double TARGET_FLATNESS = 1.5;
    /** The streaming heap limit. */
    static final long TARGET_STREAM_HEAP = 64L << 20;

    /**
     * What a summary shows besides the JMH results; each part may be {@code null}.
     *
     * @param streaming the streaming result JSON (bench tool {@code StreamingRun})
     * @param env       the machine description
     * @param command   the command that produced the results
     * @param profile   the markdown profile of the full parse (bench tool {@code Profile})
     * @param output    the heap the parse's result holds per input byte, as JSON (bench tool {@code OutputSize})
     */
    public record Extras(String streaming, String env, String command, String profile, String output) {
        /** No extras. */
        public static final Extras NONE = new Extras(null, null, null, null, null);
    }

    private Summary() {
    }

    /**
     * @param args the results file, then options (see the class comment)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Summary RESULTS.json [--streaming FILE] [--env FILE] [--profile FILE]"
                    + " [--output FILE] [--command TEXT] [--out FILE]");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        Path streaming = null;
        Path env = null;
        Path profile = null;
        Path output = null;
        Path out = null;
        String command = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--streaming":
                    streaming = Path.of(args[i + 1]);
                    break;
                case "--env":
                    env = Path.of(args[i + 1]);
                    break;
                case "--profile":
                    profile = Path.of(args[i + 1]);
                    break;
                case "--output":
                    output = Path.of(args[i + 1]);
                    break;
                case "--command":
                    command = args[i + 1];
                    break;
                case "--out":
                    out = Path.of(args[i + 1]);
                    break;
                default:
                    System.err.println("unknown option: " + args[i]);
                    System.exit(2);
            }
        }
        String md = render(JmhResults.read(results), results.getFileName().toString(), new Extras(
                readIfPresent(streaming), readIfPresent(env), command, readIfPresent(profile), readIfPresent(output)));
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8);
        }
        System.out.print(md);
    }

    private static String readIfPresent(Path file) throws IOException {
        return file != null && Files.exists(file) ? Files.readString(file) : null;
    }

    /**
     * @param r      the results
     * @param name   the results file name, for the header
     * @param extras what else to show
     * @return the markdown summary
     */
    public static String render(JmhResults r, String name, Extras extras) {
        String command = extras.command();
        String env = extras.env();
        String streaming = extras.streaming();
        StringBuilder sb = new StringBuilder();
        sb.append("# Reportage benchmarks: ").append(name).append("\n\n");
        if (command != null) {
            sb.append("Command: `").append(command).append("`\n\n");
        }
        if (!r.results().isEmpty()) {
            Result first = r.results().get(0);
            sb.append("JDK ").append(first.jdk()).append(", ").append(first.vm()).append(", JMH 1.37.\n\n");
        }
        if (env != null) {
            sb.append("Machine:\n\n```\n").append(env.strip()).append("\n```\n\n");
        }
        sb.append("MB/s counts 10^6 bytes of UTF-8 input per second (decoding included). Ratio to FLOOR = MB/s "
                + "divided by the FLOOR's MB/s on the same input (decode + one pass finding quote marks and "
                + "sentence ends); it holds across machines better than MB/s. B/byte = bytes allocated "
                + "(`-prof gc`) per input byte, decoding included; the parser's own B/byte leaves out what "
                + "decoding allocates (the FLOOR's B/byte), which a caller holding a String never pays. "
                + "± is JMH's 99.9% confidence half-width.\n\n");
        throughput(sb, r);
        scaling(sb, r);
        concurrency(sb, r);
        if (streaming != null) {
            streaming(sb, streaming);
        }
        targets(sb, r, extras);
        return sb.toString();
    }

    private static void throughput(StringBuilder sb, JmhResults r) {
        List<Result> rows = new ArrayList<>();
        for (Result x : r.results()) {
            if (x.name().startsWith("ParseBenchmark.")) {
                rows.add(x);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(Comparator.comparing((Result x) -> x.params().getOrDefault("source", ""))
                .thenComparing(Result::method));
        sb.append("## Throughput\n\n");
        sb.append("| benchmark | source | MB/s | ± | articles/s | ratio to FLOOR | B/byte | parser's own B/byte |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result x : rows) {
            Optional<Metric> bps = x.bytesPerSecond();
            sb.append("| ").append(label(x.method())).append(" | ").append(x.params().getOrDefault("source", ""))
                    .append(" | ").append(bps.map(b -> fmt(b.score() / 1e6)).orElse("–"))
                    .append(" | ").append(bps.map(b -> Double.isNaN(b.error()) ? "–" : fmt(b.error() / 1e6))
                            .orElse("–"))
                    .append(" | ").append(x.articlesPerSecond().map(a -> fmt(a.score())).orElse("–"))
                    .append(" | ").append(r.ratioToFloor(x).map(m -> pct(m.score())).orElse("–"))
                    .append(" | ").append(x.allocatedPerByte().map(Summary::fmt).orElse("–"))
                    .append(" | ").append(ownAllocation(r, x).map(Summary::fmt).orElse("–")).append(" |\n");
        }
        sb.append('\n');
        warmups(sb, rows);
    }

    /**
     * One line saying how long each benchmark of a table warmed up per fork: a figure measured before the JIT has
     * compiled the parse reads it slower than a long-lived process runs it, so the reader needs to know.
     */
    private static void warmups(StringBuilder sb, List<Result> rows) {
        Map<String, Set<String>> byMethod = new LinkedHashMap<>();
        for (Result x : rows) {
            byMethod.computeIfAbsent(label(x.method()), k -> new LinkedHashSet<>()).add(x.warmup());
        }
        sb.append("Warm-up per fork: ");
        if (new HashSet<>(byMethod.values()).size() == 1) {
            sb.append(String.join(" / ", byMethod.values().iterator().next()));
        } else {
            StringJoiner j = new StringJoiner("; ");
            byMethod.forEach((method, warmups) -> j.add(method + " " + String.join(" / ", warmups)));
            sb.append(j);
        }
        sb.append(".\n\n");
    }

    /**
     * Every benchmark starts from UTF-8 bytes and decodes them, as the FLOOR does; the FLOOR's allocation is that
     * decoding alone (its pass allocates nothing). What a parse allocates beyond it is the parser's own: what a
     * caller who already holds a {@code String} pays.
     */
    static Optional<Double> ownAllocation(JmhResults r, Result x) {
        if (x.name().equals(JmhResults.FLOOR)) {
            return Optional.empty();
        }
        Optional<Double> floor = r.floorFor(x).flatMap(Result::allocatedPerByte);
        return x.allocatedPerByte().flatMap(a -> floor.map(f -> Math.max(0, a - f)));
    }

    private static String label(String method) {
        switch (method) {
            case "floor":
                return "FLOOR (decode + one pass)";
            case "regexReference":
                return "naive regex quote extractor (reference point, not a parser)";
            case "stage1Structure":
                return "structure + dates";
            case "stage2Actors":
                return "structure + dates + actors";
            case "stage3Full":
                return "full parse (+ quotes, attribution)";
            default:
                return method;
        }
    }

    private static List<Result> scalingRows(JmhResults r) {
        List<Result> rows = new ArrayList<>();
        for (Result x : r.results()) {
            if (x.name().startsWith("ScalingBenchmark.")) {
                rows.add(x);
            }
        }
        rows.sort(Comparator.comparingLong(x -> JmhResults.sizeBytes(x.params().get("size"))));
        return rows;
    }

    private static void scaling(StringBuilder sb, JmhResults r) {
        List<Result> rows = scalingRows(r);
        if (rows.isEmpty()) {
            return;
        }
        sb.append("## Scaling: one report grown from 1 KB to 64 MB (full parse)\n\n");
        sb.append("| size | ms/op | ns/byte | MB/s | ratio to FLOOR | B/byte |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|\n");
        for (Result x : rows) {
            double ms = x.primary().score() * nanosPerUnit(x.primary().unit()) / 1e6;
            sb.append("| ").append(x.params().get("size")).append(" | ").append(fmt(ms)).append(" | ")
                    .append(x.nanosPerByte().map(Summary::fmt).orElse("–")).append(" | ")
                    .append(x.bytesPerSecond().map(b -> fmt(b.score() / 1e6)).orElse("–")).append(" | ")
                    .append(r.ratioToFloor(x).map(m -> pct(m.score())).orElse("–")).append(" | ")
                    .append(x.allocatedPerByte().map(Summary::fmt).orElse("–")).append(" |\n");
        }
        sb.append('\n');
        warmups(sb, rows);
    }

    private static double nanosPerUnit(String unit) {
        if (unit.startsWith("ns")) {
            return 1;
        }
        if (unit.startsWith("us")) {
            return 1e3;
        }
        if (unit.startsWith("ms")) {
            return 1e6;
        }
        return 1e9;
    }

    private static void concurrency(StringBuilder sb, JmhResults r) {
        List<Result> rows = new ArrayList<>();
        for (Result x : r.results()) {
            if (x.name().startsWith("ConcurrencyBenchmark.")) {
                rows.add(x);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(Comparator.comparingInt(Result::threads));
        double one = rows.get(0).bytesPerSecond().map(Metric::score).orElse(Double.NaN);
        sb.append("## Concurrency: one shared parser, generated feed (full parse)\n\n");
        sb.append("| threads | MB/s (all threads) | ± | articles/s | ratio to FLOOR (1 thread) | speed-up vs 1 thread "
                + "| B/byte |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result x : rows) {
            Optional<Metric> bps = x.bytesPerSecond();
            sb.append("| ").append(x.threads()).append(" | ")
                    .append(bps.map(b -> fmt(b.score() / 1e6)).orElse("–")).append(" | ")
                    .append(bps.map(b -> Double.isNaN(b.error()) ? "–" : fmt(b.error() / 1e6)).orElse("–"))
                    .append(" | ").append(x.articlesPerSecond().map(a -> fmt(a.score())).orElse("–"))
                    .append(" | ").append(r.ratioToFloor(x).map(m -> pct(m.score())).orElse("–"))
                    .append(" | ").append(bps.map(b -> fmt(b.score() / one) + "×").orElse("–")).append(" | ")
                    .append(x.allocatedPerByte().map(Summary::fmt).orElse("–")).append(" |\n");
        }
        sb.append("\nB/byte with 2 threads is not reliable before JDK 21: JMH's `-prof gc` then sums per-thread "
                + "counters of the threads it tracks.\n\n");
        warmups(sb, rows);
    }

    private static void streaming(StringBuilder sb, String json) {
        JsonNode s = JsonMapper.builder().build().readTree(json);
        sb.append("## Streaming: generated feed through `ReportParser.read(Reader)`\n\n");
        sb.append(String.format(Locale.ROOT, "| bytes | seconds | MB/s | articles (correct: %d–%d) | "
                        + "peak heap sampled | sum of pool peaks | -Xmx | source alone, MB/s | result |\n",
                s.get("min_articles").asLong(), s.get("max_articles").asLong()));
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        JsonNode err = s.get("error");
        JsonNode src = s.get("source_mb_per_s");
        sb.append(String.format(Locale.ROOT, "| %,d | %.1f | %s | %,d | %s | %s | %s | %s | %s |%n%n",
                s.get("bytes").asLong(), s.get("seconds").asDouble(), fmt(s.get("mb_per_s").asDouble()),
                s.get("articles").asLong(), mib(s.get("peak_heap_sampled").asLong()),
                mib(s.get("peak_heap_pools").asLong()), mib(s.get("max_heap").asLong()),
                src == null ? "–" : fmt(src.asDouble()),
                err == null || err.isNull() ? "ok" : "FAILED: " + err.asString()));
    }

    private static void targets(StringBuilder sb, JmhResults r, Extras extras) {
        String streaming = extras.streaming();
        String profile = extras.profile();
        JsonNode output = extras.output() == null ? null : JsonMapper.builder().build().readTree(extras.output());
        sb.append("## Targets (issue 5)\n\n");
        for (Result x : r.results()) {
            if (!x.name().equals("ParseBenchmark.stage3Full")) {
                continue;
            }
            String source = x.params().getOrDefault("source", "");
            r.ratioToFloor(x).ifPresent(m -> sb.append(line(m.score() >= TARGET_FLOOR_RATIO,
                    "full parse ≥ 20% of FLOOR on " + source + ": " + pct(m.score()),
                    "missed by " + fmt((TARGET_FLOOR_RATIO - m.score()) * 100) + " points")));
            r.byKey("ParseBenchmark.regexReference" + x.params()).flatMap(Result::bytesPerSecond)
                    .ifPresent(regex -> x.bytesPerSecond().ifPresent(full -> sb.append(line(
                            full.score() > regex.score(),
                            "full parse faster than the naive regex reference on " + source + ": "
                                    + fmt(full.score() / regex.score()) + "× its speed",
                            "missed: " + pct(1 - full.score() / regex.score()) + " slower"))));
            Optional<Double> held = retainedPerByte(output, source);
            ownAllocation(r, x).ifPresent(a -> sb.append(line(a <= TARGET_ALLOC,
                    "≤ 4 B allocated per input byte (parser's own, decoding left out) on " + source + ": " + fmt(a)
                            + " B/byte",
                    "missed by " + fmt(a - TARGET_ALLOC) + " B/byte" + held.map(h -> "; the result alone holds "
                            + fmt(h) + " B/byte of heap (bench tool `OutputSize`)").orElse(""))));
        }
        List<Result> scaling = scalingRows(r);
        if (scaling.size() >= 2) {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (Result x : scaling) {
                double nsb = x.nanosPerByte().orElse(Double.NaN);
                min = Math.min(min, nsb);
                max = Math.max(max, nsb);
            }
            sb.append(line(max / min <= TARGET_FLATNESS, "flat ns/byte from "
                            + scaling.get(0).params().get("size") + " to "
                            + scaling.get(scaling.size() - 1).params().get("size") + ": slowest/fastest = "
                            + fmt(max / min) + " (flat means ≤ " + TARGET_FLATNESS + ")",
                    "missed by " + fmt(max / min - TARGET_FLATNESS)));
        }
        if (streaming != null) {
            JsonNode s = JsonMapper.builder().build().readTree(streaming);
            JsonNode err = s.get("error");
            long bytes = s.get("bytes").asLong();
            long articles = s.get("articles").asLong();
            long min = s.get("min_articles").asLong();
            long max = s.get("max_articles").asLong();
            String miss;
            if (err != null && !err.isNull()) {
                miss = err.asString();
            } else if (s.get("max_heap").asLong() > TARGET_STREAM_HEAP + (8 << 20)) {
                miss = "the heap limit was above 64 MiB";
            } else if (articles < min || articles > max) {
                miss = "it gave " + articles + " articles where a correct parse gives " + min + " to " + max;
            } else {
                miss = null;
            }
            sb.append(line(miss == null, "feed of " + mib(bytes) + " streamed with -Xmx "
                    + mib(s.get("max_heap").asLong()) + ", every article found"
                    + (bytes < 1L << 30 ? " (the target is 1 GiB: the full profile streams that)" : ""), miss));
        }
        if (profile != null && !profile.isBlank()) {
            sb.append("\nWhere the full parse spends its time (Java Flight Recorder, bench tool `Profile`):\n\n")
                    .append(profile.strip()).append('\n');
        } else {
            sb.append("\nWhere a target is missed, profile the full parse with `bench/scripts/bench.sh profile` "
                    + "(Java Flight Recorder) and say why here.\n");
        }
    }

    /** The heap the parse's result holds per input byte for a source, from the {@code OutputSize} JSON. */
    private static Optional<Double> retainedPerByte(JsonNode output, String source) {
        if (output == null || output.get("sources") == null) {
            return Optional.empty();
        }
        for (JsonNode s : output.get("sources")) {
            if (s.get("source").asString().equalsIgnoreCase(source)) {
                return Optional.of(s.get("retained_per_byte").asDouble());
            }
        }
        return Optional.empty();
    }

    private static String line(boolean met, String what, String miss) {
        return "- " + (met ? "MET" : "MISSED") + ": " + what + (met ? "" : " (" + miss + ")") + "\n";
    }

    private static String mib(long bytes) {
        return fmt(bytes / 1048576.0) + " MiB";
    }

    private static String pct(double ratio) {
        return fmt(ratio * 100) + "%";
    }

    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String f = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f, v);
    }
}
