package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.core.Article;
import org.reportage.core.DateProvenance;
import org.reportage.core.Diagnostic;
import org.reportage.core.Span;

/**
 * The bad-input list of issue 2: each gives a diagnostic or the typed exception, quickly. The timeouts are hang
 * detectors, generous on purpose; they do not measure speed. Every test has one (the class default), the
 * heavy ones their own.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BadInputTest {
    private final ReportParser parser = ReportParser.create();

    private static List<String> codes(List<Diagnostic> ds) {
        List<String> out = new ArrayList<>();
        ds.forEach(d -> out.add(d.code()));
        return out;
    }

    @Test
    void textThatOpensOrEndsMidPhraseParses() {
        // each once threw an index out of bounds in the actor stage: a naming verb with nothing before its
        // auxiliaries, a name that ends the text before a comma
        for (String text : List.of("Was identified as Tom Hale.", "Has been identified as Tom Hale on Monday.",
                "Officially named as Tom Hale", "\u201CWe are done,\u201D said Tom Hale,")) {
            ParseResult r = parser.parse(text);
            assertThat(r.articles()).as(text).hasSize(1);
            assertThat(r.articles().get(0).actors()).as(text).extracting(a -> a.name()).contains("Tom Hale");
        }
    }

    @Test
    void emptyInputGivesNoArticleAndADiagnostic() {
        ParseResult r = parser.parse("");
        assertThat(r.articles()).isEmpty();
        assertThat(codes(r.diagnostics())).containsExactly("input.empty");
    }

    @Test
    void whiteSpaceOnlyGivesNoArticleAndADiagnostic() {
        ParseResult r = parser.parse(" \t\r\n\u00A0\n   \u2003\n");
        assertThat(r.articles()).isEmpty();
        assertThat(codes(r.diagnostics())).containsExactly("input.empty");
    }

    @Test
    void noDateIsOneArticleWithADiagnostic() {
        Article a = parser.parse("Bakers strike over flour prices\n\nOvens stayed cold in forty shops.").article();
        assertThat(a.date()).isNull();
        assertThat(codes(a.diagnostics())).contains("date.missing");
        assertThat(a.headline().text()).isEqualTo("Bakers strike over flour prices");
    }

    @Test
    void februaryThirtiethIsADiagnosticAndTheLineIsKept() {
        String in = "Tuesday, 30 February 2021\n\nCalendar error in council notice\n\nThe notice was withdrawn.";
        Article a = parser.parse(in).article();
        assertThat(a.date()).isNull();
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("date.invalid");
            assertThat(d.span().text()).isEqualTo("Tuesday, 30 February 2021");
        });
        assertThat(a.unplaced()).extracting(Span::text).containsExactly("Tuesday, 30 February 2021");
    }

    @Test
    void aWeekdayThatContradictsTheDateIsAWarningAndTheStatedDateIsKept() {
        Article a = parser.parse("Saturday, 6 March 2022\n\nHeadline here\n\nBody text.").article();
        assertThat(a.date().provenance()).isEqualTo(DateProvenance.CONTRADICTED);
        assertThat(a.date().day()).isEqualTo(6);
        assertThat(codes(a.diagnostics())).contains("date.weekday_mismatch");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void binaryGarbageIsReadWithAControlCharacterWarning() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        for (String in : List.of(new String(bytes, StandardCharsets.ISO_8859_1),
                new String(bytes, StandardCharsets.UTF_8))) {
            ParseResult r = parser.parse(in);
            assertThat(r.articles()).isNotEmpty();
            assertThat(codes(r.articles().get(0).diagnostics())).contains("text.control_characters");
            for (Article a : r.articles()) {
                StructureFixtureTest.OffsetContract.check(in, a);
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteSingleLineIsOneParagraph() {
        String in = "lorem ipsum ".repeat(50_000_000 / 12);
        Article a = parser.parse(in).article();
        assertThat(a.headline()).isNull();
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.paragraphs().get(0).start()).isZero();
        assertThat(a.paragraphs().get(0).end()).isEqualTo(in.stripTrailing().length());
        assertThat(codes(a.diagnostics())).contains("date.missing");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteLineStreamedPastTheLimitIsCutWithoutLosingText() throws java.io.IOException {
        String in = "Long line\n\n" + "abcdefghij".repeat(5_000_000);
        ReportParser small = ReportParser.builder().limits(Limits.DEFAULT.withMaxReportChars(1 << 20)).build();
        List<Article> articles = new ArrayList<>();
        try (ReportReader r = small.read(new StringReader(in))) {
            r.forEach(articles::add);
        }
        assertThat(articles.size()).isGreaterThan(40);
        long covered = 0;
        int expectedStart = 0;
        for (Article a : articles) {
            assertThat(a.span().start()).isGreaterThanOrEqualTo(expectedStart);
            covered += a.span().length();
            expectedStart = a.span().end();
        }
        assertThat(covered + 2).as("every char but the blank line is in an article").isEqualTo(in.length());
        assertThat(codes(articles.get(1).diagnostics())).contains("limit.report_size");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aMillionBlankLinesAreEmptyInput() {
        ParseResult r = parser.parse("\n".repeat(1_000_000));
        assertThat(r.articles()).isEmpty();
        assertThat(codes(r.diagnostics())).containsExactly("input.empty");
        String between = "Headline\n" + "\r\n".repeat(1_000_000) + "Only paragraph.";
        Article a = parser.parse(between).article();
        assertThat(a.headline().text()).isEqualTo("Headline");
        assertThat(a.paragraphs()).extracting(Span::text).containsExactly("Only paragraph.");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void manyShortReportsAreLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append("Monday, 7 March 2022\n\nHeadline number ").append(i).append("\n\nA body line.\n\n---\n");
        }
        assertThat(parser.parse(sb).articles()).hasSize(100_000);
    }

    @Test
    void aReportOverTheSizeLimitThrowsTheTypedExceptionFromParse() {
        ReportParser small = ReportParser.builder().limits(Limits.DEFAULT.withMaxReportChars(100)).build();
        assertThatThrownBy(() -> small.parse("x".repeat(101))).isInstanceOf(ReportParseException.class)
                .satisfies(e -> assertThat(((ReportParseException) e).offset()).isNotNegative());
    }
}
