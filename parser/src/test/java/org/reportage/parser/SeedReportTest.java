package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.DateProvenance;
import org.reportage.core.DateReference;
import org.reportage.core.ReportDate;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.DiagnosticSink;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.dates.RelativeDates;
import org.reportage.parser.internal.text.TextView;

/**
 * The seed report, read from {@code ../shared/seed/} (skipped when absent), against what
 * {@code ../shared/seed/expected.md} says a careful reader gets from it.
 */
class SeedReportTest {
    private static String seed;

    @BeforeAll
    static void read() throws IOException {
        seed = Files.readString(SharedDir.require("seed/report-2-february.txt"), StandardCharsets.UTF_8);
    }

    private static Article parse(ReportParser parser) {
        return parser.parse(seed).article();
    }

    @Test
    void dateLineIsAThursdayFebruarySecondWithTheYearInferredFromTheReference() {
        ReportDate d = parse(ReportParser.builder().referenceDate(LocalDate.of(2023, 6, 1)).build()).date();
        assertThat(d.month()).isEqualTo(2);
        assertThat(d.day()).isEqualTo(2);
        assertThat(d.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.provenance()).isEqualTo(DateProvenance.YEAR_INFERRED);
        assertThat(d.span().start()).isZero();
        assertThat(seed.substring(d.span().start(), d.span().end())).isEqualTo(seed.lines().findFirst().get().strip());
    }

    @Test
    void withoutAReferenceTheYearIsUnknown() {
        ReportDate d = parse(ReportParser.create()).date();
        assertThat(d.year()).isNull();
        assertThat(d.month()).isEqualTo(2);
        assertThat(d.day()).isEqualTo(2);
        assertThat(d.provenance()).isEqualTo(DateProvenance.YEAR_UNKNOWN);
    }

    @Test
    void aYearHintOf2022ContradictsTheWeekdayAndSaysSo() {
        Article a = parse(ReportParser.builder().yearHint(2022).build());
        assertThat(a.date().provenance()).isEqualTo(DateProvenance.CONTRADICTED);
        assertThat(a.date().weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(a.date().day()).isEqualTo(2);
        assertThat(a.diagnostics()).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("date.weekday_mismatch");
            assertThat(x.severity()).isEqualTo(org.reportage.core.Severity.WARNING);
        });
    }

    @Test
    void headlineIsLineThreeAndTheLedeAndEightBodyParagraphsFollow() {
        Article a = parse(ReportParser.create());
        String[] lines = seed.split("\r?\n", -1);
        assertThat(a.headline().text()).isEqualTo(lines[2].strip());
        // expected.md: the lede and 8 body paragraphs, 10 blocks in all after the date with the headline
        assertThat(a.paragraphs()).hasSize(9);
        assertThat(a.unplaced()).isEmpty();
        assertThat(a.dateline()).isNull();
        assertThat(a.byline()).isNull();
        for (var p : a.paragraphs()) {
            assertThat(seed.substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void relativeDatesResolveAgainstThursdayFebruarySecond2023() {
        Settings settings = new Settings(LocalDate.of(2023, 6, 1), null, DateOrder.DAY_FIRST, null, Limits.DEFAULT,
                ActorDirectory.empty());
        Article a = parse(ReportParser.builder().referenceDate(LocalDate.of(2023, 6, 1)).build());
        assertThat(a.date().date()).contains(LocalDate.of(2023, 2, 2));
        TextView view = TextView.of(seed);
        Document doc = new Document(view, new int[0], new int[0], false, a.date(), settings,
                new DiagnosticSink(view, 10));

        assertThat(resolve(doc, "on Wednesday")).satisfies(r -> {
            assertThat(r.from()).isEqualTo(LocalDate.of(2023, 2, 1));
            assertThat(r.to()).isEqualTo(r.from());
            assertThat(r.precision()).isEqualTo(DateReference.Precision.DAY);
        });
        assertThat(resolve(doc, "on Tuesday night").from()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(resolve(doc, "this Tuesday night").from()).isEqualTo(LocalDate.of(2023, 1, 31));
        DateReference fewDays = resolve(doc, "next few days");
        assertThat(fewDays.precision()).isEqualTo(DateReference.Precision.VAGUE);
        assertThat(fewDays.from()).isAfter(LocalDate.of(2023, 2, 2));
    }

    // Resolves the expression within the sentence of the seed that holds it.
    private static DateReference resolve(Document doc, String phrase) {
        String t = doc.text();
        int at = t.indexOf(phrase);
        assertThat(at).as(phrase + " is in the seed").isNotNegative();
        int s = Math.max(t.lastIndexOf(". ", at), t.lastIndexOf('\n', at)) + 1;
        int e = t.indexOf(". ", at + phrase.length());
        int nl = t.indexOf('\n', at);
        e = e < 0 ? nl : nl < 0 ? e : Math.min(e, nl);
        DateReference r = RelativeDates.find(doc, s, e < 0 ? t.length() : e);
        assertThat(r).as(phrase).isNotNull();
        assertThat(r.span().text()).as(phrase + " span").isEqualTo(phrase);
        return r;
    }
}
