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
    void theLargestSizeStaysUnderTheReportSizeLimit() {
        int bytes = (int) JmhResults.sizeBytes("64MB");
        String report = FeedGenerator.grow(FeedGenerator.DEFAULT_SEED, bytes);
        assertThat(report.length()).isLessThanOrEqualTo(Limits.DEFAULT.maxReportChars());
    }
}
