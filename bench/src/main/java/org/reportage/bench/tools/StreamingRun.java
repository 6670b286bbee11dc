package org.reportage.bench.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.reportage.core.Article;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;

/**
 * The streaming benchmark (not JMH): a generated feed of a given size (default 1 GiB) is made on the fly by a
 * {@link GeneratedFeedReader} and parsed through {@link ReportParser#read(java.io.Reader)}; nothing of that size
 * ever exists in memory or on disk (the reader replays a pool of 1,000 generated blocks, so that the source
 * is far faster than the parser; its own speed is measured and reported too). Reports MB/s and the peak heap. Run it under {@code -Xmx64m}:
 *
 * <pre>{@code
 * java -Xmx64m -cp bench/target/benchmarks.jar org.reportage.bench.tools.StreamingRun --bytes 1GB \
 *     --json bench/target/jmh/streaming.json
 * }</pre>
 *
 * <p>Exit status: 0 when the whole feed was parsed, 3 when it ran out of memory or failed, 2 on bad arguments.
 */
public final class StreamingRun {

    /**
     * What one streaming run measured.
     *
     * @param bytes            UTF-8 bytes of feed read
     * @param articles         articles the reader gave
     * @param minArticles      the fewest a correct parse gives
     * @param maxArticles      the most a correct parse gives
     * @param seconds          wall time
     * @param peakHeapSampled  the highest heap use seen by a sampler every 5 ms
     * @param peakHeapPools    the sum of the heap pools' peaks (an upper bound of the true peak)
     * @param maxHeap          the heap limit ({@code -Xmx})
     * @param error            what went wrong, or {@code null}
     * @param sourceMbPerSecond how fast the generated feed is read alone, without parsing (MB/s), so that its
     *                         share of the time is known; 0 when not measured
     */
    public record Outcome(long bytes, long articles, long minArticles, long maxArticles, double seconds,
                          long peakHeapSampled, long peakHeapPools, long maxHeap, String error,
                          double sourceMbPerSecond) {
        /** @return MB/s (10⁶ bytes) */
        public double megabytesPerSecond() {
            return seconds > 0 ? bytes / seconds / 1e6 : 0;
        }

        /** @return the outcome as a small JSON object */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"bytes\": %d, \"articles\": %d, \"min_articles\": %d, "
                    + "\"max_articles\": %d, \"seconds\": %.3f, \"mb_per_s\": %.2f, \"peak_heap_sampled\": %d, "
                    + "\"peak_heap_pools\": %d, \"max_heap\": %d, \"source_mb_per_s\": %.2f, \"error\": %s}", bytes,
                    articles, minArticles, maxArticles, seconds, megabytesPerSecond(), peakHeapSampled,
                    peakHeapPools, maxHeap, sourceMbPerSecond,
                    error == null ? "null" : '"' + error.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
    }

    private StreamingRun() {
    }

    /**
     * Streams a generated feed through the parser.
     *
     * @param parser the parser
     * @param seed   the generator seed
     * @param bytes  the feed size (at least; the last block is finished)
     * @return what was measured; an {@link OutOfMemoryError} or a failure is caught and kept in
     *         {@link Outcome#error()}
     */
    public static Outcome run(ReportParser parser, long seed, long bytes) {
        double source = sourceSpeed(seed, Math.min(bytes, 256L << 20));
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        GeneratedFeedReader feed = new GeneratedFeedReader(seed, bytes);
        long articles = 0;
        String error = null;
        long start = System.nanoTime();
        try (ReportReader reader = parser.read(feed)) {
            Iterator<Article> it = reader.iterator();
            while (it.hasNext()) {
                it.next();
                articles++;
            }
        } catch (OutOfMemoryError e) {
            error = "OutOfMemoryError after " + feed.bytes() + " bytes: " + e.getMessage();
        } catch (RuntimeException | IOException e) {
            error = e.toString();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long pools = 0;
        for (MemoryPoolMXBean p : heapPools) {
            pools += p.getPeakUsage().getUsed();
        }
        return new Outcome(feed.bytes(), articles, feed.minArticles(), feed.maxArticles(), seconds, peak.get(),
                pools, Runtime.getRuntime().maxMemory(), error, source);
    }

    /** @return MB/s of reading the generated feed alone, best of two passes (the first warms up) */
    private static double sourceSpeed(long seed, long bytes) {
        char[] buf = new char[1 << 16];
        double best = 0;
        for (int pass = 0; pass < 2; pass++) {
            GeneratedFeedReader r = new GeneratedFeedReader(seed, bytes);
            long start = System.nanoTime();
            while (r.read(buf, 0, buf.length) >= 0) {
                // only reading
            }
            best = Math.max(best, r.bytes() / ((System.nanoTime() - start) / 1e9) / 1e6);
        }
        return best;
    }

    /**
     * @param args {@code [--bytes SIZE] [--seed N] [--json FILE]}; SIZE as {@code 1GB}, {@code 64MB} or bytes
     * @throws IOException if the JSON file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long bytes = 1L << 30;
        long seed = FeedGenerator.DEFAULT_SEED;
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage(a);
            }
            switch (a) {
                case "--bytes":
                    bytes = JmhResults.sizeBytes(args[++i]);
                    break;
                case "--seed":
                    seed = Long.parseLong(args[++i]);
                    break;
                case "--json":
                    json = Path.of(args[++i]);
                    break;
                default:
                    usage(a);
            }
        }
        ReportParser parser = ReportParser.builder()
                .referenceDate(org.reportage.bench.jmh.Stages.REFERENCE_DATE).build();
        Outcome o = run(parser, seed, bytes);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "streamed %,d bytes, %,d articles (a correct parse gives %,d to %,d) in %.1f s: "
                + "%.1f MB/s (the generated source alone reads at %.0f MB/s); peak heap %.1f MiB sampled, "
                + "%.1f MiB sum of pool peaks, limit %.1f MiB%n",
                o.bytes(), o.articles(), o.minArticles(), o.maxArticles(), o.seconds(), o.megabytesPerSecond(),
                o.sourceMbPerSecond(),
                o.peakHeapSampled() / 1048576.0, o.peakHeapPools() / 1048576.0, o.maxHeap() / 1048576.0);
        if (o.error() != null) {
            out.println("FAILED: " + o.error());
        }
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(json, o.toJson() + "\n", StandardCharsets.UTF_8);
        }
        System.exit(o.error() == null ? 0 : 3);
    }

    private static void usage(String arg) {
        System.err.println("unexpected argument: " + arg);
        System.err.println("usage: StreamingRun [--bytes 1GB] [--seed N] [--json FILE]");
        System.exit(2);
    }
}
