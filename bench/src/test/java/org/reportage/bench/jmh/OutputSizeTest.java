package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.bench.tools.FeedGenerator;
import org.reportage.bench.tools.OutputSize;

/** The output-size tool measures the heap the parse's result holds, which is at least a copy of the input. */
class OutputSizeTest {
    @Test
    @Timeout(120)
    void theResultHoldsAtLeastTheArticleTextItCopiesAndFarLessThanTheParseAllocates() {
        // ASCII text: each article's span keeps a one-byte-per-char copy of the report, so at least ~1 B/byte
        byte[] feed = FeedGenerator.feed(FeedGenerator.DEFAULT_SEED, 300).text().getBytes(StandardCharsets.UTF_8);
        double perByte = OutputSize.retainedPerByte(new Stages().parser(), List.of(feed), 3);
        assertThat(perByte).isBetween(1.0, 40.0);
    }
}
