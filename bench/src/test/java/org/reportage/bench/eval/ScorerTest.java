package org.reportage.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportage.parser.ReportParser;

/** The scoring rules on a small gold article written here, for the parser and for the regex reference point. */
class ScorerTest {
    private static final String TEXT = "Harbour reopens.\n\n"
            + "\u201CThe quay is safe again,\u201D said Ines Duarte, the harbour master. \u201CShips may dock.\u201D\n\n"
            + "Fishermen called the repairs a \u201Cpatch job\u201D on Tuesday.";

    private static Gold.Article gold() {
        int q1 = TEXT.indexOf('\u201C');
        int q1End = TEXT.indexOf('\u201D') + 1;
        int speaker = TEXT.indexOf("Ines Duarte");
        int q2 = TEXT.indexOf("\u201CShips");
        int q2End = TEXT.indexOf("dock.\u201D") + 6;
        int cue = TEXT.indexOf("said");
        // one attribution split in two pieces around its cue; the scare quote of the last paragraph is not one
        return new Gold.Article("test/harbour", TEXT, List.of(
                new Gold.Record(q1, q1End, "direct", speaker, speaker + 11, TEXT.substring(cue, cue + 4), "E1"),
                new Gold.Record(q2, q2End, "direct", speaker, speaker + 11, TEXT.substring(cue, cue + 4), "E1")));
    }

    @Test
    void theParserFindsBothPiecesOfTheSplitQuoteWithTheirSpeakerAndLeavesTheScareQuoteOut() {
        Scorer.Scores s = Scorer.score(List.of(gold()), ReportParser.create(), null);

        assertThat(s.goldDirect()).isEqualTo(2); // pieces around a cue stay apart
        assertThat(s.predDirect()).isEqualTo(2);
        assertThat(s.exactDirect()).isEqualTo(2);
        assertThat(s.speakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void theRegexReferenceIsScoredTheSameWayAndPaysForCallingTheScareQuoteSpeech() {
        Scorer.Scores s = Scorer.score(List.of(gold()), Scorer::regexReference, null, false);

        assertThat(s.predDirect()).isEqualTo(3);
        assertThat(s.matchedDirect()).isEqualTo(2);
        assertThat(s.directPrecision()).isEqualTo(2 / 3.0);
        assertThat(s.directRecall()).isEqualTo(1.0);
        assertThat(s.speakerCorrect()).isZero(); // it attributes nothing
    }
}
