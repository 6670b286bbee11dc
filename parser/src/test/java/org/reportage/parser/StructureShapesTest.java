package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportage.core.Article;
import org.reportage.core.DateProvenance;
import org.reportage.core.Span;

/** Shapes at the edges of the structure rules: what is and is not a byline, dateline, header or live entry. */
class StructureShapesTest {
    private final ReportParser parser = ReportParser.create();

    private Article one(String text) {
        List<Article> as = parser.parse(text).articles();
        assertThat(as).hasSize(1);
        StructureFixtureTest.OffsetContract.check(text, as.get(0));
        return as.get(0);
    }

    @Test
    void aTranscriptsTurnsUnderADayHeadingAreParagraphsNotHeadlines() {
        Article a = one("Monday, 7 March 2022\n\nFerry chief defends cuts\n\nThe host spoke to the chief.\n\n"
                + "VANCE: The ferries stop at six now. Why did you cut them?\n\nOKAFOR: We lost two crews.\n\n"
                + "VANCE: Will they come back?\n\nOKAFOR: In September.");
        assertThat(a.headline().text()).isEqualTo("Ferry chief defends cuts");
        assertThat(a.paragraphs()).hasSize(5);
    }

    @Test
    void anInterviewsQuestionsUnderADayHeadingAreParagraphsWhenAnAnswerFollows() {
        Article a = one("Saturday, 9 March 2024\n\nFive minutes with chef Omar Haddad\n\nHaddad runs three places.\n\n"
                + "What got you into cooking?\n\n\u201cMy mother. She never measured anything.\u201d\n\n"
                + "Reader question: When will the new place open?\n\nHaddad: \u201cIn June.\u201d\n\n"
                + "And the dish you are proudest of?\n\n\u00abLentil soup. It took years.\u00bb");
        assertThat(a.headline().text()).isEqualTo("Five minutes with chef Omar Haddad");
        assertThat(a.paragraphs()).hasSize(7);
        // a question a story of its own follows, and a headline that asks nothing, still open a digest's stories
        List<Article> as = parser.parse("Saturday, 9 March 2024\n\nFirst story here\n\nIt had text.\n\n"
                + "Is the ferry plan dead?\n\nThe council voted it down on Friday.\n\n"
                + "Harbour tolls to rise\n\n\u201cWe have no choice,\u201d the harbour master said.").articles();
        assertThat(as).extracting(x -> x.headline().text()).containsExactly("First story here",
                "Is the ferry plan dead?", "Harbour tolls to rise");
    }

    @Test
    void kickersAndAbbreviationsStillOpenHeadlinesInADigest() {
        List<Article> as = parser.parse("Monday, 7 March 2022\n\nFirst story here\n\nIt had text.\n\n"
                + "POLL: Voters Turn Against The Bridge Plan\n\nA second story.\n\n"
                + "EXCLUSIVE: Ministers plan to cut ferry services\n\nA third story.\n\n"
                + "Gov. Cuomo Signs Budget\n\nA fourth story.\n\nApple Inc. Tops Forecasts\n\nA fifth.").articles();
        assertThat(as).extracting(x -> x.headline().text()).containsExactly("First story here",
                "POLL: Voters Turn Against The Bridge Plan", "EXCLUSIVE: Ministers plan to cut ferry services",
                "Gov. Cuomo Signs Budget", "Apple Inc. Tops Forecasts");
    }

    @Test
    void aSentenceStartingWithByIsNotAByline() {
        Article a = one("Talks end without a deal\n\nBy Wednesday afternoon, both sides had left.\n\nMore text.");
        assertThat(a.byline()).isNull();
        assertThat(a.paragraphs()).extracting(Span::text)
                .containsExactly("By Wednesday afternoon, both sides had left.", "More text.");
    }

    @Test
    void aMixedCaseNameBeforeADashIsNotADateline() {
        Article a = one("Headline\n\nMaria Lopez \u2014 the new mayor \u2014 took office on Monday.");
        assertThat(a.dateline()).isNull();
        assertThat(a.paragraphs().get(0).text()).startsWith("Maria Lopez");
    }

    @Test
    void aCityInCapitalsBeforeItsStateIsADateline() {
        Article a = one("Race tightens\n\nHARRISBURG, Pa. \u2014 The governor leads by four points.\n\nMore text.");
        assertThat(a.dateline().place().text()).isEqualTo("HARRISBURG, Pa.");
        assertThat(a.paragraphs().get(0).text()).isEqualTo("The governor leads by four points.");
        Article mixed = one("Race tightens\n\nHarrisburg, Pa. \u2014 The governor leads by four points.");
        assertThat(mixed.dateline()).isNull();
    }

    @Test
    void aReportThatOpensWithADatelineHasNoHeadline() {
        Article a = one("ROME (Reuters) - Rail workers walked out on Friday.\n\nTrains were cancelled.");
        assertThat(a.headline()).isNull();
        assertThat(a.dateline().place().text()).isEqualTo("ROME");
        assertThat(a.paragraphs()).extracting(Span::text)
                .containsExactly("Rail workers walked out on Friday.", "Trains were cancelled.");
    }

    @Test
    void aNumberWithADotUnderADayHeadingIsNotALiveEntry() {
        Article a = one("Monday, 7 March 2022\n\n10.25 million people voted\n\nTurnout was a record.");
        assertThat(a.date().provenance()).isEqualTo(DateProvenance.STATED);
        assertThat(a.headline().text()).isEqualTo("10.25 million people voted");
    }

    @Test
    void aLineInAHeaderBlockThatIsNoFieldIsKeptAsUnplaced() {
        Article a = one("Title: Budget passes\nsome stray words\nDate: 2022-02-03\n\nThe budget passed.");
        assertThat(a.headline().text()).isEqualTo("Budget passes");
        assertThat(a.headers()).hasSize(2);
        assertThat(a.unplaced()).extracting(Span::text).containsExactly("some stray words");
        assertThat(a.date().provenance()).isEqualTo(DateProvenance.HEADER);
    }

    @Test
    void anUnreadableHeaderDateIsADiagnostic() {
        Article a = one("Title: Budget passes\nDate: the day after tomorrow\n\nThe budget passed.");
        assertThat(a.date()).isNull();
        assertThat(a.diagnostics()).extracting(d -> d.code()).contains("date.unparsed");
    }

    @Test
    void bomCrlfAndNoBreakSpacesKeepTheStructureAndTheOffsets() {
        String text = "\uFEFFThursday,\u00A0February 3, 2022\r\n\r\nHeadline\u00A0here\r\n\r\nFirst\u00A0paragraph.\r\n"
                + "\r\nSecond paragraph.\r\n";
        Article a = one(text);
        assertThat(a.date().date()).isPresent();
        assertThat(a.date().span().start()).isEqualTo(1);
        assertThat(a.headline().text()).isEqualTo("Headline\u00A0here");
        assertThat(a.paragraphs()).extracting(Span::text).containsExactly("First\u00A0paragraph.", "Second paragraph.");
    }

    @Test
    void aHeadlineAloneIsAReportWithoutParagraphs() {
        Article a = one("Port workers vote to end the strike\n");
        assertThat(a.headline().text()).isEqualTo("Port workers vote to end the strike");
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void aLongSingleBlockIsAParagraphNotAHeadline() {
        Article a = one("The council met on Monday and agreed, after a long debate, to spend more on roads.");
        assertThat(a.headline()).isNull();
        assertThat(a.paragraphs()).hasSize(1);
    }

    /** Each case: what it shows, a first block, the block after it, whether the first is the headline. */
    static Stream<Arguments> firstBlocks() {
        return Stream.of(
                Arguments.of("a quotation attributed in the past tense is a paragraph",
                        "\u201CWe will not back down,\u201D said Maria Lopez.", "The ministry said it would review it.",
                        false),
                Arguments.of("two sentences of some length are a paragraph",
                        "Vladimir Kostelnik died on Sunday at his home in the city. The orchestra said he would be"
                                + " missed.", "His funeral will be held in Vienna.", false),
                Arguments.of("a headline may be two short sentences",
                        "The real mayor showed up at the debate. Voters must live with it.", "The debate ran late.",
                        true),
                Arguments.of("a headline says \"says\"", "\u201CWe will win,\u201D Lopez says",
                        "The union met on Monday.", true),
                Arguments.of("a wire lede: one sentence reported in the past tense, ending in a full stop",
                        "Corvane Systems said on Tuesday it would cut 500 jobs.", "Its shares fell 8%.", false),
                Arguments.of("a lede names its speaker with an auxiliary after the cue",
                        "Finance Minister Lena Marsh said prices would fall.", "She spoke in Oslo.", false),
                Arguments.of("a headline ends without a full stop", "The mayor said the vote was rigged",
                        "The count ran late.", true),
                Arguments.of("'said to' is a headline's", "Mayor said to weigh a run.",
                        "The mayor met donors on Monday.", true),
                Arguments.of("a headline drops articles and auxiliaries",
                        "Three killed in Dornell blast, police said.", "The blast tore through a factory.", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstBlocks")
    void aFirstBlockIsAHeadlineOrAParagraphByItsWording(String shows, String first, String next, boolean headline) {
        Article a = one(first + "\n\n" + next);
        if (headline) {
            assertThat(a.headline()).as(shows).isNotNull();
            assertThat(a.headline().text()).as(shows).isEqualTo(first);
            assertThat(a.paragraphs()).as(shows).hasSize(1);
        } else {
            assertThat(a.headline()).as(shows).isNull();
            assertThat(a.paragraphs()).as(shows).hasSize(2);
        }
    }

    @Test
    void aPublishedFieldInItsOwnBlockUnderTheHeadlineStaysInTheReport() {
        Article a = one("Harbour reopens\n\nPublished: 3 February 2022\n\nShips moved again on Thursday.");
        assertThat(a.headline().text()).isEqualTo("Harbour reopens");
        assertThat(a.date().provenance()).isEqualTo(DateProvenance.HEADER);
        assertThat(a.paragraphs()).extracting(Span::text).containsExactly("Ships moved again on Thursday.");
    }

    @Test
    void titleHeadersWithoutDatesStillBeginNewReports() {
        List<Article> as = parser.parse("Title: First\n\nBody one.\n\nTitle: Second\n\nBody two.").articles();
        assertThat(as).extracting(a -> a.headline().text()).containsExactly("First", "Second");
    }
}
