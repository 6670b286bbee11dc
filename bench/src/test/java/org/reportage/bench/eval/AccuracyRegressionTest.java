package org.reportage.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportage.parser.ReportParser;

/**
 * Guards the quote accuracy measured on the PolNeAR development corpus ({@code ../shared/corpus}): each floor
 * sits just under the score measured when it was set, so a change that loses accuracy fails the build.
 * Skipped when the corpus is absent.
 */
class AccuracyRegressionTest {
    private static Scorer.Scores scores;

    @BeforeAll
    static void score() throws IOException {
        Path corpus = null;
        for (Path p : new Path[] {Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            Path f = p.resolve("corpus").resolve("polnear-dev.jsonl");
            if (Files.isRegularFile(f)) {
                corpus = f;
                break;
            }
        }
        Assumptions.assumeTrue(corpus != null, "../shared/corpus/polnear-dev.jsonl is absent");
        List<Gold.Article> gold = Gold.read(corpus);
        scores = Scorer.score(gold, ReportParser.create(), null);
    }

    @Test
    void directQuoteSpans() {
        assertThat(scores.directPrecision()).isGreaterThanOrEqualTo(0.950);
        assertThat(scores.directRecall()).isGreaterThanOrEqualTo(0.961);
        assertThat(scores.exactRecall()).isGreaterThanOrEqualTo(0.954);
    }

    @Test
    void speakers() {
        assertThat(scores.speakerAccuracy()).isGreaterThanOrEqualTo(0.965);
    }

    @Test
    void partialAndIndirectSpeech() {
        assertThat(scores.partialRecall()).isGreaterThanOrEqualTo(0.981);
        assertThat(scores.indirectRecall()).isGreaterThanOrEqualTo(0.768);
        // the precision side of indirect speech: our indirect quotes that overlap an annotated attribution
        assertThat(scores.indirectOnGold()).isGreaterThanOrEqualTo(0.950);
    }
}
