package org.reportage.bench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import org.reportage.bench.jmh.Stages;
import org.reportage.parser.ReportParser;

/**
 * Where the full parse spends its time and what it allocates: parses one input source over and over for a while
 * under a Java Flight Recorder recording with the JDK's {@code profile} settings, then summarises the samples
 * taken after a warm-up — the CPU samples ({@code jdk.ExecutionSample}) and allocation samples
 * ({@code jdk.ObjectAllocationSample}) as markdown: the share of each parser stage (inclusive), the methods with
 * the most samples of their own, and the lines that allocate most. Not JMH: a profile, not a measurement; its
 * shares are what matter.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.reportage.bench.tools.Profile --source corpus --seconds 20 \
 *     --out bench/target/jmh/profile.md
 * }</pre>
 */
public final class Profile {
    /** Entry points of the stages, by the name the table gives them (a sample counts in every stage on its stack). */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("text view (normalising the input)", "org.reportage.parser.internal.text.TextView.of");
        STAGES.put("structure and dates", "org.reportage.parser.internal.structure.StructureParser.parse");
        STAGES.put("actors", "org.reportage.parser.internal.actors.ActorFinder.find");
        STAGES.put("actors: tokens and lexicon", "org.reportage.parser.internal.actors.Tokens.of");
        STAGES.put("actors: resolving mentions", "org.reportage.parser.internal.actors.Resolver.resolve");
        STAGES.put("quotes and attribution", "org.reportage.parser.internal.quotes.QuoteFinder.find");
        STAGES.put("quotes: pairing marks", "org.reportage.parser.internal.quotes.Marks.pair");
        STAGES.put("quotes: indirect speech", "org.reportage.parser.internal.quotes.IndirectSpeech.find");
        STAGES.put("relative dates (said on)", "org.reportage.parser.internal.dates.RelativeDates.find");
        STAGES.put("output spans (text copies)", "org.reportage.parser.internal.text.TextView.span");
    }

    private Profile() {
    }

    /**
     * @param args {@code [--source generated|seed|corpus] [--seconds N] [--warmup N] [--out FILE.md]}
     * @throws Exception when the recording cannot be made or read
     */
    public static void main(String[] args) throws Exception {
        Inputs.Source source = Inputs.Source.GENERATED;
        int seconds = 20;
        int warmup = 15;
        Path out = null;
        if (args.length % 2 != 0) {
            usage();
            return;
        }
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--source":
                    source = Inputs.Source.of(args[i + 1]);
                    break;
                case "--seconds":
                    seconds = Integer.parseInt(args[i + 1]);
                    break;
                case "--warmup":
                    warmup = Integer.parseInt(args[i + 1]);
                    break;
                case "--out":
                    out = Path.of(args[i + 1]);
                    break;
                default:
                    usage();
                    return;
            }
        }
        String markdown = run(source, seconds, warmup);
        if (out != null) {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        }
        System.out.print(markdown);
    }

    private static void usage() {
        System.err.println("usage: Profile [--source generated|seed|corpus] [--seconds N] [--warmup N] [--out FILE.md]");
        System.exit(2);
    }

    /**
     * Profiles the full parse of a source.
     *
     * @param source  the input
     * @param seconds how long to record
     * @param warmup  how long to parse before recording (so that the JIT has compiled the hot path)
     * @return the markdown summary
     * @throws IOException    when the recording cannot be written or read
     * @throws ParseException when the JDK's {@code profile} settings cannot be read
     */
    public static String run(Inputs.Source source, int seconds, int warmup) throws IOException, ParseException {
        List<String> docs = new ArrayList<>();
        long passBytes = 0;
        for (byte[] d : Inputs.load(source).documents()) {
            docs.add(new String(d, StandardCharsets.UTF_8));
            passBytes += d.length;
        }
        ReportParser parser = new Stages().parser();
        Path jfr = Files.createTempFile("reportage-profile", ".jfr");
        long warmBytes;
        long bytes;
        Instant recorded;
        // The recording starts before the warm-up: starting one in a warm JVM throws compiled code away, and the
        // parse then runs several times slower for tens of seconds (measured: 6.7 -> 1.7 MB/s), so a profile taken
        // that way shows the JIT's warm-up, not the steady state. Samples from the warm-up are dropped below.
        try (Recording r = new Recording(Configuration.getConfiguration("profile"))) {
            r.start();
            warmBytes = loop(parser, docs, passBytes, warmup * 1_000_000_000L);
            recorded = Instant.now();
            bytes = loop(parser, docs, passBytes, seconds * 1_000_000_000L);
            r.stop();
            r.dump(jfr);
        }
        try {
            return summarise(jfr, recorded, source, seconds, bytes, warmBytes / 1e6 / warmup);
        } finally {
            Files.deleteIfExists(jfr);
        }
    }

    /** Parses every document over and over for a while; returns the UTF-8 bytes parsed (whole passes). */
    private static long loop(ReportParser parser, List<String> docs, long passBytes, long nanos) {
        long end = System.nanoTime() + nanos;
        long bytes = 0;
        int articles = 0;
        while (System.nanoTime() < end) {
            for (String d : docs) {
                articles += parser.parse(d).articles().size();
            }
            bytes += passBytes;
        }
        if (articles == 0) {
            throw new IllegalStateException("the parser found no article");
        }
        return bytes;
    }

    private static String summarise(Path jfr, Instant from, Inputs.Source source, int seconds, long bytes,
                                    double warmupRate) throws IOException {
        Map<String, Integer> stage = new LinkedHashMap<>();
        STAGES.keySet().forEach(k -> stage.put(k, 0));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Double> alloc = new HashMap<>();
        int samples = 0;
        double allocated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty() || e.getStartTime().isBefore(from)) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(frames.get(0)), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    seen.add(name(f));
                }
                for (Map.Entry<String, String> s : STAGES.entrySet()) {
                    if (seen.contains(s.getValue())) {
                        stage.merge(s.getKey(), 1, Integer::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                double w = e.getLong("weight");
                for (RecordedFrame f : frames) {
                    if (name(f).startsWith("org.reportage.parser") || name(f).startsWith("org.reportage.core")) {
                        alloc.merge(name(f) + ":" + f.getLineNumber(), w, Double::sum);
                        allocated += w;
                        break;
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Profile of the full parse (`Profile --source %s`): %d s recorded "
                + "after a warm-up, %,d CPU samples, %.1f MB parsed (%.2f MB/s recorded; %.2f MB/s over the warm-up, "
                + "recording included).%n%n", source.name().toLowerCase(Locale.ROOT), seconds, samples, bytes / 1e6,
                bytes / 1e6 / seconds, warmupRate));
        sb.append("| stage (inclusive) | share of CPU samples |\n|---|---:|\n");
        for (Map.Entry<String, Integer> s : stage.entrySet()) {
            sb.append(String.format(Locale.ROOT, "| %s | %s |%n", s.getKey(), pct(s.getValue(), samples)));
        }
        sb.append("\n| method (self time) | share of CPU samples |\n|---|---:|\n");
        final int all = samples;
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(en -> sb.append(String.format(Locale.ROOT, "| `%s` | %s |%n", shortName(en.getKey()),
                        pct(en.getValue(), all))));
        sb.append("\n| allocating line (first parser frame) | share of the parser's sampled bytes |\n|---|---:|\n");
        final double total = allocated;
        alloc.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
                .forEach(en -> sb.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", shortName(en.getKey()),
                        total == 0 ? 0 : en.getValue() * 100 / total)));
        return sb.toString();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String shortName(String qualified) {
        return qualified.replace("org.reportage.parser.internal.", "").replace("org.reportage.", "");
    }

    private static String pct(int n, int of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", n * 100.0 / of);
    }
}
