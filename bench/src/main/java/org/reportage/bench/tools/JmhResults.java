package org.reportage.bench.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of one JMH run ({@code -rf json}), with what the summary and compare derive from them: input
 * bytes per second, the ratio to the FLOOR on the same input, and bytes allocated per input byte.
 *
 * <p>Conventions of the Reportage benchmarks that this class knows: throughput benchmarks report an
 * {@code inputBytes} counter (bytes per second); {@code ScalingBenchmark} runs in average time with a
 * {@code size} parameter ({@code 1KB} … {@code 64MB}); the FLOOR is {@code ParseBenchmark.floor} for the same
 * {@code source}, or for {@code source=generated} when the benchmark has no source.
 */
public final class JmhResults {
    /** The benchmark that every other is divided by. */
    public static final String FLOOR = "ParseBenchmark.floor";

    private final List<Result> results;

    private JmhResults(List<Result> results) {
        this.results = List.copyOf(results);
    }

    /**
     * A score and its error (the half-width of JMH's 99.9% confidence interval; NaN when it has too few
     * iterations to say).
     *
     * @param score the score
     * @param error the error, or NaN
     * @param unit  the unit
     */
    public record Metric(double score, double error, String unit) {
        /** @return error / score, 0 when the error is unknown */
        public double relativeError() {
            return Double.isNaN(error) || score == 0 ? 0 : Math.abs(error / score);
        }
    }

    /**
     * One benchmark with one set of parameters.
     *
     * @param benchmark the fully qualified benchmark method
     * @param mode      JMH mode ({@code thrpt}, {@code avgt})
     * @param threads   threads
     * @param params    parameters, sorted by name
     * @param primary   the primary score
     * @param secondary the secondary scores (counters, {@code gc.*})
     * @param jdk       the JDK version
     * @param vm        VM name and version
     * @param warmup    the warm-up each fork ran before measuring, as {@code 6 × 5 s}, or {@code ?} if not given
     */
    public record Result(String benchmark, String mode, int threads, Map<String, String> params, Metric primary,
                         Map<String, Metric> secondary, String jdk, String vm, String warmup) {
        /** Copies the maps. */
        public Result {
            params = Collections.unmodifiableMap(new TreeMap<>(params));
            secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
        }

        /** @return {@code Class.method}, without the package */
        public String name() {
            int m = benchmark.lastIndexOf('.');
            int c = benchmark.lastIndexOf('.', m - 1);
            return benchmark.substring(c + 1);
        }

        /** @return the method alone */
        public String method() {
            return benchmark.substring(benchmark.lastIndexOf('.') + 1);
        }

        /** @return the name with its parameters, the key compare matches results by */
        public String key() {
            return params.isEmpty() ? name() : name() + params;
        }

        /** @return the input bytes one operation processes, if known */
        public Optional<Double> bytesPerOp() {
            Metric b = secondary.get("inputBytes");
            if (b != null && mode.equals("thrpt") && primary.score() > 0) {
                return Optional.of(b.score() / primary.score());
            }
            String size = params.get("size");
            if (size != null) {
                return Optional.of((double) sizeBytes(size));
            }
            return Optional.empty();
        }

        /** @return input bytes per second, with the same relative error as the score, if known */
        public Optional<Metric> bytesPerSecond() {
            Metric b = secondary.get("inputBytes");
            if (b != null && mode.equals("thrpt")) {
                return Optional.of(b);
            }
            String size = params.get("size");
            if (size != null && mode.equals("avgt") && primary.score() > 0) {
                double perSecond = sizeBytes(size) / (primary.score() * nanosPer(primary.unit()) * 1e-9);
                return Optional.of(new Metric(perSecond, perSecond * primary.relativeError(), "B/s"));
            }
            return Optional.empty();
        }

        /** @return articles per second, if the benchmark makes articles */
        public Optional<Metric> articlesPerSecond() {
            Metric a = secondary.get("articles");
            return a != null && a.score() > 0 ? Optional.of(a) : Optional.empty();
        }

        /** @return bytes allocated per input byte ({@code -prof gc}), if known */
        public Optional<Double> allocatedPerByte() {
            Metric norm = secondary.get("gc.alloc.rate.norm");
            Optional<Double> perOp = bytesPerOp();
            if (norm == null || perOp.isEmpty() || perOp.get() == 0) {
                return Optional.empty();
            }
            return Optional.of(norm.score() / perOp.get());
        }

        /** @return nanoseconds per input byte, if known */
        public Optional<Double> nanosPerByte() {
            return bytesPerSecond().map(b -> 1e9 / b.score());
        }
    }

    /**
     * @param file a JMH JSON results file
     * @return its results
     */
    public static JmhResults read(Path file) {
        ObjectMapper mapper = JsonMapper.builder().build();
        JsonNode root = mapper.readTree(file.toFile());
        List<Result> out = new ArrayList<>();
        for (JsonNode r : root) {
            Map<String, String> params = new TreeMap<>();
            JsonNode p = r.get("params");
            if (p != null) {
                for (Map.Entry<String, JsonNode> e : p.properties()) {
                    params.put(e.getKey(), e.getValue().asString());
                }
            }
            Map<String, Metric> secondary = new LinkedHashMap<>();
            JsonNode s = r.get("secondaryMetrics");
            if (s != null) {
                for (Map.Entry<String, JsonNode> e : s.properties()) {
                    secondary.put(e.getKey(), metric(e.getValue()));
                }
            }
            out.add(new Result(r.get("benchmark").asString(), r.get("mode").asString(), r.get("threads").asInt(),
                    params, metric(r.get("primaryMetric")), secondary, text(r, "jdkVersion"),
                    text(r, "vmName") + " " + text(r, "vmVersion"), warmup(r)));
        }
        return new JmhResults(out);
    }

    private static String warmup(JsonNode r) {
        JsonNode iterations = r.get("warmupIterations");
        JsonNode time = r.get("warmupTime");
        if (iterations == null || time == null) {
            return "?";
        }
        return iterations.asInt() == 0 ? "none" : iterations.asInt() + " × " + time.asString();
    }

    private static String text(JsonNode r, String field) {
        JsonNode n = r.get(field);
        return n == null ? "?" : n.asString();
    }

    private static Metric metric(JsonNode m) {
        return new Metric(number(m.get("score")), number(m.get("scoreError")), m.get("scoreUnit").asString());
    }

    private static double number(JsonNode n) {
        if (n == null) {
            return Double.NaN;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.parseDouble(n.asString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** @return every result, in file order */
    public List<Result> results() {
        return results;
    }

    /**
     * @param key a {@link Result#key()}
     * @return the result with that key
     */
    public Optional<Result> byKey(String key) {
        return results.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /**
     * @param r a result of this run
     * @return the FLOOR it is compared with: the floor on the same source, else on the generated feed
     */
    public Optional<Result> floorFor(Result r) {
        String source = r.params().getOrDefault("source", "generated");
        return results.stream()
                .filter(f -> f.name().equals(FLOOR) && source.equals(f.params().get("source")))
                .findFirst();
    }

    /**
     * @param r a result of this run
     * @return its input bytes per second divided by the FLOOR's, with the relative errors of both added
     */
    public Optional<Metric> ratioToFloor(Result r) {
        Optional<Metric> mine = r.bytesPerSecond();
        Optional<Metric> floor = floorFor(r).flatMap(Result::bytesPerSecond);
        if (mine.isEmpty() || floor.isEmpty() || floor.get().score() == 0) {
            return Optional.empty();
        }
        double ratio = mine.get().score() / floor.get().score();
        double rel = mine.get().relativeError() + floor.get().relativeError();
        return Optional.of(new Metric(ratio, ratio * rel, ""));
    }

    /**
     * @param size {@code 1KB}, {@code 4MB} (binary units) or a plain number
     * @return bytes
     */
    public static long sizeBytes(String size) {
        String s = size.trim().toUpperCase(java.util.Locale.ROOT);
        if (s.endsWith("KB")) {
            return Long.parseLong(s.substring(0, s.length() - 2)) << 10;
        }
        if (s.endsWith("MB")) {
            return Long.parseLong(s.substring(0, s.length() - 2)) << 20;
        }
        if (s.endsWith("GB")) {
            return Long.parseLong(s.substring(0, s.length() - 2)) << 30;
        }
        return Long.parseLong(s);
    }

    private static double nanosPer(String unit) {
        String u = unit.substring(0, unit.indexOf('/'));
        switch (u) {
            case "ns":
                return 1;
            case "us":
                return 1e3;
            case "ms":
                return 1e6;
            case "s":
                return 1e9;
            default:
                throw new IllegalArgumentException("unknown time unit: " + unit);
        }
    }
}
