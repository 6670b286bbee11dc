package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexQuoteExtractorTest {

    @Test
    void findsTheQuotesOfASmallTextInEveryMarkPairItKnows() {
        String text = "\u201CThe quay is open,\u201D said Ines Duarte. Her deputy said: \"Ships may dock.\"\n\n"
                + "The union answered: \u00AB Not yet \u00BB and \u201ENever on Sunday\u201C. "
                + "A clerk wrote \u2018pending\u2019 on the form.";
        assertThat(RegexQuoteExtractor.extract(text)).containsExactly("The quay is open,", "Ships may dock.",
                "Not yet", "Never on Sunday", "pending");
    }

    @Test
    void isNaiveAboutApostrophesAndNothingElse() {
        // the reference point does not know an apostrophe from a closing single quote: this is what it costs
        assertThat(RegexQuoteExtractor.extract("\u2018It\u2019s late,\u2019 he said."))
                .containsExactly("It");
        assertThat(RegexQuoteExtractor.extract("No quotes here.")).isEmpty();
    }
}
