package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportage.bench.tools.FeedGenerator;
import org.reportage.bench.tools.JmhResults;
import org.reportage.core.Article;
import org.reportage.parser.Limits;
import org.reportage.parser.ParseResult;

/** The code path of ScalingBenchmark: one grown report, parsed whole. */
class ScalingBenchmarkTest {

    @Test
    void aGrownReportParsesIntoOneArticleCoveringAllOfIt() {
        ScalingBenchmark b = new ScalingBenchmark();
        b.size = "64KB";
        b.grow();
        ParseResult r = b.fullParse();
        assertThat(r.articles()).hasSize(1);
        Article a = r.article();
        assertThat(a.span().start()).isZero();
        assertThat(a.span().end()).isEqualTo(r.input().length());
        assertThat(a.paragraphs()).hasSizeGreaterThan(50);
    }

    @Test
    void everySizeKeepsEveryMentionSoThatItDoesTheSameWorkPerByte() {
        ScalingBenchmark b = new ScalingBenchmark();
        b.size = "256KB";
        b.grow();
        Article a = b.fullParse().article();
        long mentions = a.actors().stream().mapToLong(x -> x.mentions().size()).sum();
        // the 64 MB report is 256 times this one: its mentions must fit under the benchmark's cap, with room
        long atLargest = mentions * (JmhResults.sizeBytes("64MB") / JmhResults.sizeBytes("256KB"));
        assertThat(mentions).isGreaterThan(1_000);
        assertThat((long) ScalingBenchmark.LIMITS.maxMentions()).isGreaterThan(2 * atLargest);
    }

    @Test
    void theLargestSizeStaysUnderTheReportSizeLimit() {
        int bytes = (int) JmhResults.sizeBytes("64MB");
        String report = FeedGenerator.grow(FeedGenerator.DEFAULT_SEED, bytes);
        assertThat(report.length()).isLessThanOrEqualTo(Limits.DEFAULT.maxReportChars());
    }
}
