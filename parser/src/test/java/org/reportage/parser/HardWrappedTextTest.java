package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.Severity;
import org.reportage.core.Span;

/**
 * Hard-wrapped text (e-mail, plain-text exports, text copied out of a PDF): a paragraph broken into lines of some
 * width reads as the paragraph written on one line. The wrapping here replaces spaces by line breaks, so every
 * offset of the wrapped report is that of the report unwrapped and the two parses can be compared whole.
 */
class HardWrappedTextTest {
    private final ReportParser parser = ReportParser.create();

    /** A report with a date line and a headline over paragraphs of names, titles and quotations of every kind. */
    private static final List<String> REPORT = List.of(
            "Thursday, February 2, 2023",
            "Harbour authority delays the dredging of the northern channel",
            "KESTREL BAY \u2014 The Kestrel Bay Harbour Authority said on Wednesday that it would delay the"
                    + " dredging of the northern channel until the autumn, after a survey found more silt than"
                    + " its engineers had expected.",
            "\u201cWe would rather be late than wrong,\u201d the authority\u2019s chief executive, Marguerite"
                    + " Delacroix-Hammond, told reporters at the quay. \u201cThe channel will be dredged, and it will"
                    + " be dredged properly.\u201d",
            "The fishing co-operative, which lands most of the catch in the bay, warned of \u201cserious losses\u201d"
                    + " if the larger boats could not reach the fish market before the spring.",
            "According to Professor Anselm Oyelaran-Whitby of the Northern Institute of Marine Science, the silt"
                    + " came down the river in the November floods and would keep coming for years.",
            "The harbour master, Captain Bartholomew Okonkwo, said the smaller boats could still use the southern"
                    + " channel at high tide. He added that pilots would guide the larger ones in on request.",
            "Delacroix-Hammond said the delay would cost the authority about 400,000 pounds.");

    /** The report with its blocks separated by blank lines, each paragraph on one line. */
    private static String plain() {
        return String.join("\n\n", REPORT);
    }

    /** @return the report with every paragraph wrapped at {@code width} */
    private static String wrapped(int width) {
        return wrap(plain(), width);
    }

    /**
     * @param text  a text
     * @param width the longest line to make
     * @return the text with its lines wrapped at {@code width} by a wrapper that fills lines word by word: a space
     *         becomes a line break, so offsets do not move
     */
    static String wrap(String text, int width) {
        char[] c = text.toCharArray();
        int column = 0;
        int lastSpace = -1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\n') {
                column = 0;
                lastSpace = -1;
                continue;
            }
            if (c[i] == ' ') {
                lastSpace = i;
            }
            column++;
            if (column > width && lastSpace >= 0) {
                c[lastSpace] = '\n';
                column = i - lastSpace;
                lastSpace = -1;
            }
        }
        return new String(c);
    }

    /** @return the messages of the article's {@code text.unwrapped} diagnostics */
    private static List<String> unwrappings(Article a) {
        return a.diagnostics().stream().filter(d -> d.code().equals("text.unwrapped")).map(Diagnostic::message)
                .toList();
    }

    private Article one(String text) {
        List<Article> as = parser.parse(text).articles();
        assertThat(as).hasSize(1);
        StructureFixtureTest.OffsetContract.check(text, as.get(0));
        return as.get(0);
    }

    /** What a reader of the parse compares: actors by name, kind and mentions; quotes whole, speaker by name. */
    private static List<String> reading(Article a) {
        List<String> out = new ArrayList<>();
        for (Actor actor : a.actors()) {
            out.add(actor.kind() + " " + actor.name() + " " + actor.mentions().stream()
                    .map(m -> m.start() + "-" + m.end()).collect(Collectors.joining(",")));
        }
        for (Quote q : a.quotes()) {
            out.add(q.kind() + " " + q.segments().stream().map(s -> s.start() + "-" + s.end())
                    .collect(Collectors.joining(",")) + " by " + a.actors().stream()
                    .filter(x -> x.id().equals(q.speaker())).map(Actor::name).findFirst().orElse(null)
                    + " cue " + (q.cue() == null ? null : q.cue().start()) + " rule " + q.rule());
        }
        out.add("headline " + (a.headline() == null ? null : a.headline().start() + "-" + a.headline().end()));
        out.add("date " + a.date());
        out.add("paragraphs " + a.paragraphs().stream().map(p -> p.start() + "-" + p.end())
                .collect(Collectors.joining(",")));
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 58, 72, 80, 100})
    void aWrappedReportReadsAsTheReportUnwrapped(int width) {
        String text = wrapped(width);
        assertThat(text).isNotEqualTo(plain());
        Article unwrapped = one(plain());
        Article a = one(text);
        assertThat(reading(a)).isEqualTo(reading(unwrapped));
        assertThat(a.actors()).extracting(Actor::name).contains("Marguerite Delacroix-Hammond",
                "Anselm Oyelaran-Whitby", "Bartholomew Okonkwo");
        // every line break the wrapper made, and only those, is read as wrapping
        long made = text.chars().filter(c -> c == '\n').count() - plain().chars().filter(c -> c == '\n').count();
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("text.unwrapped")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.INFO);
                    assertThat(d.message()).startsWith(made + " line breaks read as spaces");
                    assertThat(d.span().text()).isEqualTo("\n");
                });
        assertThat(unwrappings(unwrapped)).isEmpty();
    }

    @Test
    void aNameBrokenOverTwoLinesIsOneName() {
        String text = "Ferry talks stall\n\n"
                + "The talks on the winter timetable stalled again on Tuesday, when the\n"
                + "union's negotiator, Rosalind Achterberg, walked out of the meeting with\n"
                + "the operator's chief executive. \u201cThey have not moved an inch,\u201d Rosalind\n"
                + "Achterberg told reporters outside the terminal building afterwards.\n";
        Article a = one(text);
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerMention().text()).isEqualTo("Rosalind\nAchterberg");
            assertThat(a.actors()).filteredOn(x -> x.id().equals(q.speaker())).extracting(Actor::name)
                    .containsExactly("Rosalind Achterberg");
        });
        assertThat(a.actors()).extracting(Actor::name).doesNotContain("Rosalind", "Achterberg");
    }

    @Test
    void wrappedParagraphsWithoutBlankLinesAreSetApartByTheirIndentation() {
        String text = "Ferry talks stall\n"
                + "  The talks on the winter timetable stalled again on Tuesday, when the\n"
                + "union's negotiator walked out of the meeting with the operator's chief\n"
                + "executive after two hours.\n"
                + "  The operator said it would publish its own timetable on Friday and\n"
                + "that the crossings to the islands would run twice a day in January.\n"
                + "  Passengers have been told to check the times before they travel to\n"
                + "the terminal, which has no waiting room.\n";
        Article a = one(text);
        assertThat(a.headline().text()).isEqualTo("Ferry talks stall");
        assertThat(a.paragraphs()).extracting(p -> p.text().substring(0, 20)).containsExactly(
                "The talks on the win", "The operator said it", "Passengers have been");
        assertThat(a.quotes()).filteredOn(q -> q.kind() == QuoteKind.INDIRECT).singleElement()
                .satisfies(q -> assertThat(q.segments().get(0).text())
                        .endsWith("would run twice a day in January"));
    }

    @Test
    void shortLinesAndOneParagraphALineAreNoWrapping() {
        // a date line, a headline and a byline over paragraphs written a line each, most ending a sentence
        String text = "Thursday, February 2, 2023\nHarbour dredging delayed until the autumn\nBy Ana Petrova\n"
                + "The harbour authority delayed the dredging of the northern channel on Wednesday.\n"
                + "The authority said a survey had found more silt than its engineers had expected it to find.\n"
                + "Fishing boats will use the southern channel at high tide until the work is done, it said.\n"
                + "The co-operative that lands most of the catch warned of serious losses for its members.\n";
        Article a = one(text);
        assertThat(unwrappings(a)).isEmpty();
        assertThat(a.headline().text()).isEqualTo("Harbour dredging delayed until the autumn");
        assertThat(a.byline().text()).contains("Ana Petrova");
        assertThat(a.paragraphs()).hasSize(4);
    }

    @Test
    void paragraphsOfALineEachOfAboutOneLengthAreNoWrapping() {
        // lines as even as a wrapper's, but each ends a sentence: short paragraphs written a line each
        String text = "The harbour authority delayed the dredging of the channel on Wednesday morning.\n"
                + "It said a survey had found far more silt in the channel than its engineers expected.\n"
                + "Boats will use the southern channel at high tide until the work is done, it said.\n"
                + "The co-operative that lands the catch warned of serious losses for its members.\n"
                + "The dredging is now due to begin in the autumn and to last about three months.\n";
        Article a = one(text);
        assertThat(unwrappings(a)).isEmpty();
        assertThat(a.paragraphs()).hasSize(4).extracting(Span::text).noneMatch(p -> p.contains("\n"));
    }

    @Test
    void listItemsAndLabelsUnderWrappedTextKeepTheirLines() {
        String text = "Ferry talks stall\n\n"
                + "The union's negotiator listed the three demands that the operator had\n"
                + "refused to discuss at the meeting on Tuesday, and said that the crews\n"
                + "would vote on a strike if none of them was met before the end of the\n"
                + "month, when the winter timetable is due to begin on every route:\n"
                + "- a second crew on the night crossings to the northern islands\n"
                + "- a pay rise of four per cent for the deckhands and the engineers\n"
                + "- the waiting room at the terminal to be opened again in January\n";
        Article a = one(text);
        assertThat(a.paragraphs()).singleElement().satisfies(p -> assertThat(p.text()).contains(
                "route:\n- a second crew", "islands\n- a pay rise", "engineers\n- the waiting"));
        assertThat(unwrappings(a)).singleElement().asString().startsWith("3 line breaks");
    }

    @Test
    void aSpeakersLabelOpensItsLineInAWrappedTranscript() {
        String text = "Ferry chief defends cuts\n\n"
                + "VANCE: The ferries to the northern islands stopped running at six in\n"
                + "the evening last month. Why did the operator cut the late crossings?\n"
                + "OKAFOR: We lost two crews to the new wind farm and could not find the\n"
                + "deckhands to replace them before the winter timetable was printed.\n";
        Article a = one(text);
        assertThat(unwrappings(a)).singleElement().asString().startsWith("2 line breaks");
    }

    @Test
    void theTimesThatOpenTheEntriesOfALivePageAreNoNarrowColumn() {
        String text = "Monday, 7 March 2022\n\n"
                + "10:41 GMT\nThe first crossings of the day have been cancelled at every port on the coast.\n\n"
                + "11:02 GMT\nThe union says its members will meet the operator again on Tuesday morning.\n\n"
                + "11:30 GMT\nPassengers are being told to check the times before they travel to the port.\n\n"
                + "11:45 GMT\nThe operator says a reduced timetable will run from Wednesday if talks fail.\n";
        List<Article> as = parser.parse(text).articles();
        assertThat(as).hasSize(4).allSatisfy(a -> assertThat(unwrappings(a)).isEmpty());
    }

    @Test
    void aFeedOfWrappedReportsStreamsAsItParses() throws IOException {
        String feed = wrapped(64) + "\n\n***\n\n" + wrapped(72).replace("Thursday, February 2", "Friday, February 3");
        List<Article> whole = parser.parse(feed).articles();
        assertThat(whole).hasSize(2);
        List<Article> streamed = new ArrayList<>();
        try (ReportReader r = parser.read(new StringReader(feed))) {
            r.forEach(streamed::add);
        }
        assertThat(streamed).isEqualTo(whole);
        assertThat(whole).allSatisfy(a -> assertThat(a.actors()).extracting(Actor::name)
                .contains("Marguerite Delacroix-Hammond"));
        // each report of the feed is read on its own, at its own width
        assertThat(whole).extracting(a -> a.date().day()).containsExactly(2, 3);
        assertThat(whole).allSatisfy(a -> assertThat(unwrappings(a)).hasSize(1));
    }
}
