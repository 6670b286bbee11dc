package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Quote;
import org.reportage.core.Span;
import org.reportage.parser.Limits;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;

/**
 * The pathological catalog: inputs built to make a careless parser hang, recurse, blow up or lose text. Each has
 * an exact expected structure and a generous timeout, which is a hang detector, not a speed test. Assertions
 * about quotes and actors run once those stages are merged ({@link QuoteStage}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PathologicalTest {
    private static final String HEAD = "Storm closes the port\n\n";
    private final ReportParser parser = ReportParser.create();

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static List<String> codes(Article a) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            out.add(d.code());
        }
        return out;
    }

    // the shape every catalog input has: a headline and then exactly these paragraphs, nothing lost
    private static void headlineThen(Article a, String input, int paragraphs) {
        assertThat(a.headline().text()).isEqualTo("Storm closes the port");
        assertThat(a.paragraphs()).hasSize(paragraphs);
        assertThat(a.unplaced()).isEmpty();
        Contract.checkOffsets(input, a);
    }

    @ParameterizedTest(name = "a million of U+{0}")
    @ValueSource(strings = {"201C", "201D", "2018", "2019", "0022", "0027", "00AB", "00BB", "2039", "203A", "201E",
            "201A"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMillionOfOneQuoteMarkIsOneParagraph(String hex) {
        String mark = String.valueOf((char) Integer.parseInt(hex, 16));
        String body = repeat(mark, 1_000_000);
        String input = HEAD + body + "\n";
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        assertThat(a.paragraphs().get(0).text()).isEqualTo(body);
        // whatever the quote stage makes of it, nesting stays within the limit (checked by Contract) and no
        // quote leaves the paragraph
        for (Quote q : a.quotes()) {
            assertThat(a.paragraphs().get(0).contains(new Span(q.start(), q.end(),
                    input.substring(q.start(), q.end())))).isTrue();
        }
    }

    @Test
    void twoHundredThousandQuotePairsNeverMerge() {
        String body = repeat("\u201Cno\u201D ", 200_000);
        String input = HEAD + body + "\n";
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        QuoteStage.assumeQuotes();
        // scare quotes or speech: either way each pair is one quote, or none when the stage drops unattributed
        // one-word terms; never a quote spanning two pairs
        for (Quote q : a.quotes()) {
            assertThat(q.text()).isEqualTo("no");
        }
    }

    @Test
    void aQuoteNeverClosedInFiftyMegabytesIsClosedAtItsParagraphEndAndReported() {
        StringBuilder sb = new StringBuilder(52 << 20).append(HEAD).append("\u201C");
        while (sb.length() < 50 << 20) {
            sb.append("the tide kept rising and ");
        }
        sb.append("nobody left.\n\nThe harbour reopened on Friday.\n");
        String input = sb.toString();
        Article a = parser.parse(input).article();
        headlineThen(a, input, 2);
        assertThat(a.paragraphs().get(1).text()).isEqualTo("The harbour reopened on Friday.");
        QuoteStage.assumeQuotes();
        assertThat(codes(a)).contains("quote.unclosed");
        assertThat(a.quotes()).isNotEmpty();
        Quote q = a.quotes().get(0);
        assertThat(q.start()).isEqualTo(HEAD.length() + 1);
        assertThat(q.end()).isLessThanOrEqualTo(a.paragraphs().get(0).end());
    }

    @Test
    void aHundredThousandNestedQuotesStopAtTheNestingLimitAndLoseNoText() {
        String[] open = {"\u2018", "\u00AB", "\u2039"};
        String[] close = {"\u2019", "\u00BB", "\u203A"};
        StringBuilder sb = new StringBuilder(HEAD).append("The clerk said: \u201C");
        int first = sb.length();
        for (int i = 0; i < 100_000; i++) {
            sb.append(open[i % 3]).append("a ");
        }
        for (int i = 100_000 - 1; i >= 0; i--) {
            sb.append('b').append(close[i % 3]).append(' ');
        }
        int last = sb.append("end.").length();
        String input = sb.append("\u201D\n").toString();
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        QuoteStage.assumeQuotes();
        // one quote, the outer one, closed where it closes; marks deeper than the limit are read as its text
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).segments()).containsExactly(Span.of(input, first, last));
        assertThat(codes(a)).containsOnlyOnce("limit.quote_nesting").doesNotContain("quote.unclosed");
    }

    @Test
    void aFiftyMegabyteLineIsOneParagraphByParseAndByTheReader() throws IOException {
        StringBuilder sb = new StringBuilder(52 << 20).append(HEAD);
        while (sb.length() < 50 << 20) {
            sb.append("waves over the pier ");
        }
        String input = sb.append("end.").toString();
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        assertThat(a.paragraphs().get(0).end()).isEqualTo(input.length());
        List<Article> streamed = new ArrayList<>();
        try (ReportReader r = parser.read(new StringReader(input))) {
            r.forEach(streamed::add);
        }
        assertThat(streamed).hasSize(1);
        assertThat(streamed.get(0).paragraphs()).isEqualTo(a.paragraphs());
    }

    @Test
    void aMillionParagraphsAreAMillionParagraphs() {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 1_000_000; i++) {
            sb.append("Pier ").append(i).append(" held.\n\n");
        }
        String input = sb.toString();
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1_000_000);
        assertThat(a.paragraphs().get(999_999).text()).isEqualTo("Pier 999999 held.");
    }

    @Test
    void twoHundredThousandWrappedLinesAreOneParagraph() {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 200_000; i++) {
            sb.append("the pier held against the storm again and the harbour stayed open\n");
        }
        String input = sb.append("all night.\n").toString();
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("text.unwrapped")).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("200000 line breaks"));
    }

    @Test
    void aMillionLinesWithoutASpaceAreAMillionParagraphs() {
        // no line can be a wrapped one; a look for a space or a sentence end stays inside its line
        String input = HEAD.replace("\n\n", "\n") + repeat("Pier))\n", 1_000_000);
        Article a = parser.parse(input).article();
        assertThat(a.paragraphs()).hasSize(1_000_000);
        assertThat(codes(a)).doesNotContain("text.unwrapped");
        Contract.checkOffsets(input, a);
    }

    @Test
    void aHundredThousandCapitalisedWordsInARowStayOneParagraph() {
        String[] names = {"Aldo", "Brun", "Cato", "Dace", "Elke", "Fenn", "Gard", "Hale"};
        StringBuilder sb = new StringBuilder(HEAD).append("Yesterday ");
        for (int i = 0; i < 100_000; i++) {
            sb.append(names[i % names.length]).append(' ');
        }
        String input = sb.append("arrived.\n").toString();
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        int mentions = 0;
        for (var actor : a.actors()) {
            mentions += actor.mentions().size();
        }
        assertThat(mentions).isLessThanOrEqualTo(Limits.DEFAULT.maxMentions());
    }

    @Test
    void nulAndControlCharactersAreKeptAndReported() {
        String input = HEAD + "The pier\u0000 reopened\u0007 at dawn\u001B.\u007F\n";
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        assertThat(a.paragraphs().get(0).text()).isEqualTo("The pier\u0000 reopened\u0007 at dawn\u001B.\u007F");
        assertThat(codes(a)).contains("text.control_characters");
        Contract.check(input, a);
    }

    @Test
    void loneSurrogatesAreKeptAndTheArticleStillRoundTrips() {
        String input = HEAD + "A \uD800 high and a \uDC00 low half, \u201Cthen \uDBFF\u201D said the clerk \uDFFF\n";
        Article a = parser.parse(input).article();
        headlineThen(a, input, 1);
        assertThat(a.paragraphs().get(0).text()).contains("\uD800", "\uDC00", "\uDBFF", "\uDFFF");
        Contract.check(input, a);
    }
}
