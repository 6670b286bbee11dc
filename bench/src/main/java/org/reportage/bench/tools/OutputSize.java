package org.reportage.bench.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.reportage.bench.jmh.Stages;
import org.reportage.parser.ParseResult;
import org.reportage.parser.ReportParser;

/**
 * How much heap the parse's result holds per input byte (not JMH): parses every document of a source, keeps the
 * results, and measures the live heap after a full collection with and without them. The result is the floor
 * under the allocation figure of the full parse: whatever the parser does inside, it has to allocate at least the
 * objects it returns (every {@code Span} and {@code Mention} carries its own copy of its text, and the article,
 * its paragraphs and its quote segments copy overlapping stretches of the input).
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.reportage.bench.tools.OutputSize --json bench/target/jmh/output.json
 * }</pre>
 *
 * <p>Each source is measured three times ({@code --runs}) and the median kept; the figure depends on the JVM's object layout
 * (compressed references, string compaction), as the allocation figures do.
 */
public final class OutputSize {

    private OutputSize() {
    }

    /**
     * @param args {@code [--runs N] [--json FILE]}
     * @throws IOException when the JSON cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path json = null;
        int runs = 3;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 < args.length && args[i].equals("--json")) {
                json = Path.of(args[i + 1]);
            } else if (i + 1 < args.length && args[i].equals("--runs") && args[i + 1].matches("[1-9][0-9]?")) {
                runs = Integer.parseInt(args[i + 1]);
            } else {
                System.err.println("usage: OutputSize [--runs N] [--json FILE]");
                System.exit(2);
            }
        }
        ReportParser parser = new Stages().parser();
        List<String> rows = new ArrayList<>();
        for (Inputs.Source source : Inputs.Source.values()) {
            if (!Inputs.available(source)) {
                continue;
            }
            List<byte[]> docs = Inputs.load(source).documents();
            double perByte = retainedPerByte(parser, docs, runs);
            long bytes = docs.stream().mapToLong(d -> d.length).sum();
            String row = String.format(Locale.ROOT, "{\"source\": \"%s\", \"bytes\": %d, \"retained_per_byte\": %.2f}",
                    source.name().toLowerCase(Locale.ROOT), bytes, perByte);
            rows.add(row);
            System.out.println(row);
        }
        if (json != null) {
            Files.writeString(json, "{\"sources\": [" + String.join(", ", rows) + "]}\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * @param parser the parser
     * @param docs   UTF-8 documents
     * @param runs   how many times to measure (at least 1)
     * @return the median, over the runs, of the live heap the results of parsing every document hold, divided by
     *         the documents' UTF-8 bytes
     */
    public static double retainedPerByte(ReportParser parser, List<byte[]> docs, int runs) {
        List<String> texts = new ArrayList<>(docs.size());
        long bytes = 0;
        for (byte[] d : docs) {
            texts.add(new String(d, StandardCharsets.UTF_8));
            bytes += d.length;
        }
        double[] perRun = new double[Math.max(1, runs)];
        for (int run = 0; run < perRun.length; run++) {
            long before = liveHeap();
            ParseResult[] kept = new ParseResult[texts.size()];
            for (int i = 0; i < kept.length; i++) {
                kept[i] = parser.parse(texts.get(i));
            }
            long after = liveHeap();
            Reference.reachabilityFence(kept);
            // the array holding the results is not part of them
            perRun[run] = (after - before - 16 - 4L * kept.length) / (double) bytes;
        }
        Arrays.sort(perRun);
        return perRun[perRun.length / 2];
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
