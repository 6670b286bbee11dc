package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Quote;
import org.reportage.core.Span;
import org.reportage.parser.Limits;
import org.reportage.parser.ReportParseException;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;

/**
 * Every field of {@link Limits} is honoured through the public API: past a limit the parser degrades with the
 * documented diagnostic, or (report size, {@code parse}) throws the typed error, and the streaming reader goes on
 * with the next report. The quote and actor limits run once those stages are merged ({@link QuoteStage}).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LimitsTest {
    private static final String REPORT =
            "Tuesday, 8 March 2022\n\nFerry service resumes\n\nThe boats sailed at dawn.\n";

    private static ReportParser with(Limits limits) {
        return ReportParser.builder().limits(limits).build();
    }

    private static List<String> codes(Article a) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            out.add(d.code());
        }
        return out;
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(ReportParser.create().limits()).isEqualTo(Limits.DEFAULT)
                .isEqualTo(new Limits(64 << 20, 20_000, 200, 100_000, 8));
    }

    @Test
    void parseRefusesAReportOverTheSizeLimitWithTheTypedErrorAndTakesOneAtTheLimit() {
        ReportParser parser = with(Limits.DEFAULT.withMaxReportChars(REPORT.length()));
        assertThat(parser.parse(REPORT).articles()).hasSize(1);
        assertThatThrownBy(() -> parser.parse(REPORT + "x"))
                .isInstanceOfSatisfying(ReportParseException.class,
                        e -> assertThat(e.offset()).isEqualTo(REPORT.length()));
    }

    @Test
    void theReaderCutsAnOversizedReportWithAWarningAndGoesOnWithTheNextReport() throws IOException {
        StringBuilder big = new StringBuilder("Monday, 7 March 2022\n\nStorm closes the port\n\n");
        for (int i = 0; i < 40; i++) {
            big.append("Waves rose over the pier again and again.\n");
        }
        String feed = big + "---\n" + REPORT;
        ReportParser parser = with(Limits.DEFAULT.withMaxReportChars(500));
        List<Article> articles = new ArrayList<>();
        try (ReportReader r = parser.read(new StringReader(feed))) {
            r.forEach(articles::add);
        }
        Article last = articles.get(articles.size() - 1);
        assertThat(last.headline().text()).isEqualTo("Ferry service resumes");
        assertThat(codes(last)).doesNotContain("limit.report_size");
        assertThat(articles.size()).isGreaterThan(2);
        for (Article a : articles.subList(0, articles.size() - 1)) {
            assertThat(codes(a)).contains("limit.report_size");
            assertThat(a.span().length()).isLessThanOrEqualTo(500);
            Contract.check(feed, a);
        }
        // no text lost: every line of the oversized report is in some article's headline, paragraphs or unplaced
        StringBuilder kept = new StringBuilder();
        for (Article a : articles) {
            if (a.headline() != null) {
                kept.append(a.headline().text()).append('\n');
            }
            for (Span p : a.paragraphs()) {
                kept.append(p.text()).append('\n');
            }
            for (Span u : a.unplaced()) {
                kept.append(u.text()).append('\n');
            }
        }
        assertThat(kept.toString().split("Waves rose over the pier again and again.", -1)).hasSize(41);
    }

    @Test
    void diagnosticsPastTheLimitAreCountedInOneMore() {
        String input = "Title: Pier news\nDate: soon\nUpdated: later\nUpdated: much later\n\nThe boats sailed.\n";
        Article all = ReportParser.create().parse(input).article();
        assertThat(codes(all)).contains("date.unparsed").doesNotContain("limit.diagnostics");
        int n = all.diagnostics().size();
        assertThat(n).isGreaterThanOrEqualTo(3);
        Article cut = with(Limits.DEFAULT.withMaxDiagnostics(2)).parse(input).article();
        assertThat(cut.diagnostics()).hasSize(3);
        Diagnostic last = cut.diagnostics().get(2);
        assertThat(last.code()).isEqualTo("limit.diagnostics");
        assertThat(last.message()).startsWith((n - 2) + " more diagnostics dropped");
        assertThat(cut.diagnostics().subList(0, 2)).isSubsetOf(all.diagnostics());
        Contract.check(input, cut);
    }

    @Test
    void theDroppedDiagnosticsNotePointsIntoItsOwnArticle() {
        String first = "Title: Pier news\nDate: soon\nUpdated: later\nUpdated: much later\n\nThe boats sailed.\n";
        String input = first + "\n---\n\nTitle: Dock news\nDate: 2023-05-02\n\nThe cranes were idle all day.\n";
        List<Article> articles = with(Limits.DEFAULT.withMaxDiagnostics(1)).parse(input).articles();
        assertThat(articles).hasSize(2);
        Article cut = articles.get(0);
        Diagnostic last = cut.diagnostics().get(cut.diagnostics().size() - 1);
        assertThat(last.code()).isEqualTo("limit.diagnostics");
        assertThat(last.span().start()).isBetween(cut.span().start(), cut.span().end());
        Contract.check(input, cut);
    }

    @Test
    void aQuoteOverTheLengthLimitIsCutAtItsParagraphEndAndReported() {
        String first = "We waited for the tide, we waited for the wind, and we waited for the harbour master,";
        String second = "Then we left at dawn for the islands in the north, where the wind is always kinder.";
        String third = "And we came home.";
        String input = "Ferry service resumes\n\n\u201C" + first + "\u201D said Captain Ana Lindqvist.\n\n\u201C" + second
                + "\n\n\u201C" + third + "\u201D\n";
        Article whole = ReportParser.create().parse(input).article();
        Article cut = with(Limits.DEFAULT.withMaxQuoteChars(40)).parse(input).article();
        Contract.check(input, cut);
        QuoteStage.assumeQuotes();
        // by default the second quote runs on into the third paragraph (it opens with a mark: the convention)
        assertThat(whole.quotes()).extracting(q -> q.segments().size()).containsExactly(1, 2);
        assertThat(whole.quotes().get(1).text()).isEqualTo(second + " " + third);
        assertThat(codes(whole)).doesNotContain("limit.quote_length");
        // past the limit it stops at its paragraph end, says so, and the next paragraph is a quote of its own;
        // the limit cuts only at paragraph ends, so the first quote, closed in its paragraph, stays whole
        assertThat(cut.quotes()).extracting(Quote::text).containsExactly(first, second, third);
        assertThat(codes(cut)).containsOnlyOnce("limit.quote_length");
    }

    @Test
    void quotesNestedDeeperThanTheLimitAreReadAsTextAndReported() {
        String inner = "One \u2018two \u00ABthree \u2039four\u203A three\u00BB two\u2019 one.";
        String input = "Ferry service resumes\n\nThe clerk said: \u201C" + inner + "\u201D\n";
        Limits two = new Limits(64 << 20, 20_000, 200, 100_000, 2);
        Article deep = ReportParser.create().parse(input).article();
        Article flat = with(two).parse(input).article();
        Contract.check(input, flat);
        QuoteStage.assumeQuotes();
        assertThat(deep.quotes()).extracting(Quote::text).containsExactly(inner);
        assertThat(codes(deep)).doesNotContain("limit.quote_nesting");
        assertThat(flat.quotes()).extracting(Quote::text).containsExactly(inner);
        assertThat(codes(flat)).containsOnlyOnce("limit.quote_nesting");
    }

    @Test
    void mentionsPastTheLimitAreDroppedWithADiagnostic() {
        StringBuilder sb = new StringBuilder("Ferry service resumes\n\n");
        for (int i = 0; i < 30; i++) {
            sb.append("Captain Ana Lindqvist spoke. Lindqvist left. ");
        }
        String input = sb.append('\n').toString();
        Article all = ReportParser.create().parse(input).article();
        Article cut = with(Limits.DEFAULT.withMaxMentions(10)).parse(input).article();
        Contract.check(input, cut);
        QuoteStage.assumeActors();
        assertThat(mentions(all)).isGreaterThan(10);
        assertThat(codes(all)).doesNotContain("limit.mentions");
        assertThat(mentions(cut)).isLessThanOrEqualTo(10);
        assertThat(codes(cut)).contains("limit.mentions");
    }

    private static int mentions(Article a) {
        int n = 0;
        for (Actor actor : a.actors()) {
            n += actor.mentions().size();
        }
        return n;
    }
}
