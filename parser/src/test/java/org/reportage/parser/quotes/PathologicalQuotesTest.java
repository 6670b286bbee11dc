package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.core.Span;
import org.reportage.parser.Limits;
import org.reportage.parser.ReportParser;

/**
 * Hostile input: many marks, a quote that never closes, alternating mark styles, deep nesting. The parser must
 * return (timeouts catch hangs, they do not measure speed), report what it did, and keep every span honest.
 */
class PathologicalQuotesTest {

    private static List<Article> parse(String input) {
        return ReportParser.create().parse(input).articles();
    }

    private static void spansHonest(String input, List<Article> articles) {
        for (Article a : articles) {
            for (Quote q : a.quotes()) {
                for (Span s : q.segments()) {
                    assertThat(s.end()).isLessThanOrEqualTo(input.length());
                    assertThat(s.length()).isGreaterThan(0);
                }
            }
        }
    }

    @Test
    void aSentenceOfEveryLengthAroundTheTokenBuffersSizeIsRead() {
        // the rules look one token past a clause; a sentence without a full stop that fills the token buffer
        // exactly once threw (index 64 of 64): every length from well under to well over the buffer is read
        ReportParser parser = ReportParser.create();
        for (int pad = 30; pad < 140; pad++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < pad; i++) {
                b.append("word").append(i).append(' ');
            }
            String input = b.append("officials said that Ana Holt, a former ferry pilot, resigned").toString();
            List<Article> articles = parser.parse(input).articles();
            assertThat(articles).as("%d words before the report", pad).hasSize(1);
            assertThat(articles.get(0).quotes()).as("%d words before the report", pad).isNotEmpty();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMillionStraightMarks() {
        String input = "\"".repeat(1_000_000);
        List<Article> articles = parse(input);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).quotes()).isEmpty(); // every pair is empty
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMillionMarksAroundWords() {
        String input = "\u201Ca\u201D ".repeat(350_000);
        List<Article> articles = parse(input);
        assertThat(articles.get(0).quotes()).hasSize(350_000);
        assertThat(articles.get(0).quotes().get(0).text()).isEqualTo("a");
        spansHonest(input, articles);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aParagraphOfManyUnattributedQuotesStaysLinear() {
        String input = "\u201CNo comment.\u201D Then silence. ".repeat(200_000);
        List<Article> articles = parse(input);
        assertThat(articles.get(0).quotes()).hasSizeGreaterThanOrEqualTo(200_000);
        spansHonest(input, articles);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSentenceOfManyFragmentsStaysLinear() {
        String input = "The minister said the plan was " + "\u201Cbold\u201D and ".repeat(200_000) + "done.";
        List<Article> articles = parse(input);
        assertThat(articles.get(0).quotes()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.segments().size()).isLessThanOrEqualTo(32));
        spansHonest(input, articles);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aQuoteThatNeverClosesInFiftyMegabytes() {
        StringBuilder sb = new StringBuilder(50_000_010);
        sb.append("The report said: \u201C");
        while (sb.length() < 50_000_000) {
            sb.append("words without end ");
        }
        String input = sb.toString();
        Article a = parse(input).get(0);
        assertThat(a.quotes()).hasSize(1);
        Quote q = a.quotes().get(0);
        assertThat(q.start()).isEqualTo(input.indexOf('\u201C') + 1);
        assertThat(q.end()).isEqualTo(input.stripTrailing().length());
        assertThat(a.diagnostics()).extracting(d -> d.code()).contains("quote.unclosed");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void alternatingMarkStyles() {
        String input = ("\u201C\u2018\u00AB\u201E\"'\u2039 x \u203A'\"\u201C\u00BB\u2019\u201D ").repeat(60_000);
        List<Article> articles = parse(input);
        assertThat(articles).hasSize(1);
        spansHonest(input, articles);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandNestedQuotesReturnInLinearTime() {
        String input = "He said \u201C" + "a \u2018b \u00ABc \u2039d \"e ".repeat(10_000) + "end.";
        Article a = parse(input).get(0);
        assertThat(a.quotes()).isNotEmpty();
        spansHonest(input, List.of(a));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void nestingDeeperThanTheLimitIsReadAsText() {
        Limits shallow = new Limits(64 << 20, 20_000, 200, 100_000, 3);
        String input = "He said \u201Ca \u2018b \u00ABc \u2039d\u203A c\u00BB b\u2019 a.\u201D";
        Article a = ReportParser.builder().limits(shallow).build().parse(input).articles().get(0);
        assertThat(a.diagnostics()).extracting(d -> d.code()).contains("limit.quote_nesting");
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.text()).startsWith("a ").endsWith("a."));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStrayMarkDoesNotSwallowParagraphs() {
        StringBuilder sb = new StringBuilder("Snow reached 14\" by noon.\n\n");
        for (int i = 0; i < 2_000; i++) {
            sb.append("\u201CWe are fine,\u201D a resident said.\n\n");
        }
        String input = sb.toString();
        List<Quote> quotes = parse(input).get(0).quotes();
        assertThat(quotes).hasSize(2_000);
        assertThat(quotes).allSatisfy(q -> assertThat(q.text()).isEqualTo("We are fine,"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLongMultiParagraphQuoteIsCutAtTheLengthLimit() {
        String para = "\u201C" + "More of the same speech. ".repeat(40) + "\n\n";
        String input = "She said:\n\n" + para.repeat(2_000) + "\u201CEnd.\u201D";
        Article a = ReportParser.builder().limits(Limits.DEFAULT.withMaxQuoteChars(5_000)).build().parse(input)
                .articles().get(0);
        assertThat(a.diagnostics()).extracting(d -> d.code()).contains("limit.quote_length");
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.end() - q.start()).isLessThan(6_000 + 1_100));
    }
}
