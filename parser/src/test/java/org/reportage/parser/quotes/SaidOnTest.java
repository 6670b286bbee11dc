package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.parser.ReportParser;

/**
 * When a quote was said: the date phrase of the clause of its cue, wherever the sentence puts it, and never one
 * inside what was said. The report is dated Thursday, 2 February 2023.
 */
class SaidOnTest {
    private static final ReportParser PARSER = ReportParser.builder().referenceDate(LocalDate.of(2023, 6, 1)).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ana Berg said on Monday that the deal was close.                          | 2023-01-30",
        "On Monday, Ana Berg said the deal was close.                              | 2023-01-30",
        "Speaking on Monday, the envoy, Ana Berg, said the deal was close.         | 2023-01-30",
        "The envoy on Tuesday said the deal was close.                             | 2023-01-31",
        "The deal will be signed on Friday, Ana Berg said on Monday.               | 2023-01-30",
        // the writer's circumstance after the attribution dates neither the saying nor what was said
        "The deal is close, Ana Berg said, after talks on Monday.                  | -",
        "On Monday, Ana Berg said the deal would be signed on Friday.              | 2023-01-30",
        "Ana Berg said on Monday that the deal would be signed on Friday.          | 2023-01-30",
        // the only date is inside what was said: the saying is not dated
        "Ana Berg said the deal would be signed on Friday.                         | -",
        "Ana Berg, who landed on Sunday, said the deal was close.                  | -",
        "On Monday, Ana Berg, who landed on Sunday, said the deal was close.       | 2023-01-30",
        "“The deal is close,” said Ana Berg, who landed on Sunday.                 | -",
        "Ana Berg, who spoke on Monday at the port, said the deal was close.       | 2023-01-30",
        // a programme's name is no day
        "Ana Berg told the Today programme that the deal was close.                | -",
        "Ana Berg told the Today programme on Monday that the deal was close.      | 2023-01-30",
    })
    void theSayingIsDatedByItsOwnClauseNotByWhatWasSaid(String sentence, String expected) {
        Article a = PARSER.parse("Thursday, February 2, 2023\n\nTalks In Tallinn\n\n" + sentence + "\n").article();
        List<Quote> quotes = a.quotes();
        assertThat(quotes).as(sentence).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(a.actor(q.speaker()).name()).isEqualTo(sentence.contains("Ana Berg") ? "Ana Berg" : "envoy");
        if (expected.equals("-")) {
            assertThat(q.saidOn()).as(sentence).isNull();
        } else {
            assertThat(q.saidOn()).as(sentence).isNotNull();
            assertThat(q.saidOn().from()).as(sentence).isEqualTo(LocalDate.parse(expected));
        }
    }

    /** A run of quotes that go on with one utterance all keep its date. */
    @org.junit.jupiter.api.Test
    void aRunOfContinuedQuotesKeepsTheDateOfItsUtterance() {
        Article a = PARSER.parse("Thursday, February 2, 2023\n\nTalks In Tallinn\n\n“We are close,” Ana Berg said on"
                + " Monday. “The text is ready.” “We sign next week.”\n").article();
        assertThat(a.quotes()).hasSize(3);
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.saidOn().from()).isEqualTo(LocalDate.parse("2023-01-30")));
    }

    /** A quote that goes on with its neighbour's utterance was said when that one was; a later paragraph's not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“We are close,” Ana Berg said on Monday. “The text is ready.”                 | 2023-01-30 | 2023-01-30",
        "“We are close.” “The text is ready,” Ana Berg said on Monday.                 | 2023-01-30 | 2023-01-30",
        "“We are close,” Ana Berg said on Monday.\\n\\n“The text is ready.”              | 2023-01-30 | -",
    })
    void aContinuedUtteranceKeepsItsDate(String text, String first, String second) {
        Article a = PARSER.parse("Thursday, February 2, 2023\n\nTalks In Tallinn\n\n" + text.replace("\\n", "\n")
                + "\n").article();
        List<Quote> quotes = a.quotes();
        assertThat(quotes).as(text).hasSize(2);
        assertThat(quotes).allSatisfy(q -> assertThat(a.actor(q.speaker()).name()).isEqualTo("Ana Berg"));
        assertThat(quotes.get(0).saidOn().from()).isEqualTo(LocalDate.parse(first));
        if (second.equals("-")) {
            assertThat(quotes.get(1).saidOn()).as(text).isNull();
        } else {
            assertThat(quotes.get(1).saidOn().from()).as(text).isEqualTo(LocalDate.parse(second));
        }
    }
}
