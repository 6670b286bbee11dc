package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.reportage.bench.tools.FeedGenerator;
import org.reportage.bench.tools.GeneratedFeedReader;
import org.reportage.bench.tools.StreamingRun;
import org.reportage.parser.ReportParser;

/** The code path of the streaming run, on a small feed. */
class StreamingRunTest {
    private final ReportParser parser = ReportParser.builder().referenceDate(Stages.REFERENCE_DATE).build();

    @Test
    void streamingAFeedGivesTheArticlesOfParsingItWhole() {
        StreamingRun.Outcome o = StreamingRun.run(parser, FeedGenerator.DEFAULT_SEED, 400_000);
        assertThat(o.error()).isNull();
        assertThat(o.bytes()).isGreaterThanOrEqualTo(400_000);
        assertThat(o.peakHeapSampled()).isPositive();
        assertThat(o.sourceMbPerSecond()).isPositive();
        GeneratedFeedReader probe = new GeneratedFeedReader(FeedGenerator.DEFAULT_SEED, 400_000);
        String whole = FeedGenerator.feed(FeedGenerator.DEFAULT_SEED, countBlocks(probe)).text();
        assertThat(o.bytes()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8).length);
        assertThat(o.articles()).isEqualTo(parser.parse(whole).articles().size());
    }

    @Test
    void streamingFindsEveryReport() {
        StreamingRun.Outcome o = StreamingRun.run(parser, FeedGenerator.DEFAULT_SEED, 400_000);
        assertThat(o.articles()).isBetween(o.minArticles(), o.maxArticles());
    }

    @Test
    void theOutcomeIsWrittenAsJson() {
        StreamingRun.Outcome o = new StreamingRun.Outcome(2_000_000, 10, 9, 12, 2.0, 1 << 20, 2 << 20, 64 << 20,
                "boom \"x\"", 500);
        assertThat(o.megabytesPerSecond()).isEqualTo(1.0);
        assertThat(o.toJson()).contains("\"bytes\": 2000000", "\"mb_per_s\": 1.00", "\"error\": \"boom \\\"x\\\"\"");
    }

    private static int countBlocks(GeneratedFeedReader r) {
        char[] buf = new char[1 << 14];
        while (r.read(buf, 0, buf.length) >= 0) {
            // drain
        }
        return (int) r.blocks();
    }
}
