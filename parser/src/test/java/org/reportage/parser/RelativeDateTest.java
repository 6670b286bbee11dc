package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportage.core.DateProvenance;
import org.reportage.core.DateReference;
import org.reportage.core.DateReference.Precision;
import org.reportage.core.ReportDate;
import org.reportage.core.Span;
import org.reportage.parser.internal.DiagnosticSink;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.dates.RelativeDates;
import org.reportage.parser.internal.text.TextView;

/** Relative dates inside a clause, resolved against a report dated Thursday 2 February 2023. */
class RelativeDateTest {
    private static final Settings SETTINGS = new Settings(null, null, DateOrder.DAY_FIRST, null, Limits.DEFAULT,
            ActorDirectory.empty());

    private static DateReference find(String clause, Integer year) {
        TextView view = TextView.of(clause);
        ReportDate date = new ReportDate(year, 2, 2, DayOfWeek.THURSDAY, null, null,
                year == null ? DateProvenance.YEAR_UNKNOWN : DateProvenance.STATED, new Span(0, 0, ""));
        Document doc = new Document(view, new int[0], new int[0], false, date, SETTINGS, new DiagnosticSink(view, 10));
        return RelativeDates.find(doc, 0, clause.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "officials said on Wednesday that the talks had failed | on Wednesday        | 2023-02-01 | 2023-02-01 | DAY",
        "the ministers will meet on Friday                    | on Friday           | 2023-02-03 | 2023-02-03 | DAY",
        "talks are due to resume on Tuesday                   | on Tuesday          | 2023-02-07 | 2023-02-07 | DAY",
        "he said this Tuesday night at a conference           | this Tuesday night  | 2023-01-31 | 2023-01-31 | DAY",
        "the alliance announced on Tuesday night              | on Tuesday night    | 2023-01-31 | 2023-01-31 | DAY",
        "Monday's vote was delayed                            | Monday              | 2023-01-30 | 2023-01-30 | DAY",
        "she said on Thursday                                 | on Thursday         | 2023-02-02 | 2023-02-02 | DAY",
        "she said last Thursday                               | last Thursday       | 2023-01-26 | 2023-01-26 | DAY",
        "they will vote next Monday                           | next Monday         | 2023-02-06 | 2023-02-06 | DAY",
        "the mayor said yesterday                             | yesterday           | 2023-02-01 | 2023-02-01 | DAY",
        "the court rules today                                | today               | 2023-02-02 | 2023-02-02 | DAY",
        "the strike ends tomorrow                             | tomorrow            | 2023-02-03 | 2023-02-03 | DAY",
        "police said last night                               | last night          | 2023-02-01 | 2023-02-01 | DAY",
        "prices rose sharply last week                        | last week           | 2023-01-23 | 2023-01-29 | WEEK",
        "exports fell last month                              | last month          | 2023-01-01 | 2023-01-31 | MONTH",
        "a deal is expected next month                        | next month          | 2023-03-01 | 2023-03-31 | MONTH",
        "he will speak to her in the next few days            | in the next few days | 2023-02-03 | 2023-02-09 | VAGUE",
        "the bridge collapsed three days ago                  | three days ago      | 2023-01-30 | 2023-01-30 | DAY",
        "the minister said on February 1                      | on February 1       | 2023-02-01 | 2023-02-01 | DAY",
        "the plant closed on 12 December                      | on 12 December      | 2022-12-12 | 2022-12-12 | DAY",
        "the museum will reopen on March 15                   | on March 15         | 2023-03-15 | 2023-03-15 | DAY",
        "the minister said in January that talks had failed   | in January          | 2023-01-01 | 2023-01-31 | MONTH",
        "exports fell sharply in December                     | in December         | 2022-12-01 | 2022-12-31 | MONTH",
        "the plant will reopen in March                       | in March            | 2023-03-01 | 2023-03-31 | MONTH",
        "talks will resume in January                         | in January          | 2024-01-01 | 2024-01-31 | MONTH",
        "she said in February that she would stay             | in February         | 2023-02-01 | 2023-02-28 | MONTH",
        "he visited the site in mid-January                   | in mid-January      | 2023-01-01 | 2023-01-31 | MONTH",
        "the law was passed in late May 2021                  | in late May 2021    | 2021-05-01 | 2021-05-31 | MONTH",
        "the deal was signed in March 15                      | March 15            | 2022-03-15 | 2022-03-15 | DAY",
    })
    void resolvesAgainstTheReportDate(String clause, String expression, LocalDate from, LocalDate to,
                                      Precision precision) {
        DateReference r = find(clause, 2023);
        assertThat(r).as(clause).isNotNull();
        assertThat(r.span().text()).isEqualTo(expression);
        assertThat(clause.substring(r.span().start(), r.span().end())).isEqualTo(expression);
        assertThat(r.from()).isEqualTo(from);
        assertThat(r.to()).isEqualTo(to);
        assertThat(r.precision()).isEqualTo(precision);
    }

    @Test
    void aMonthNameThatIsAPossessiveOrInLowerCaseIsNoDate() {
        assertThat(find("two ministers in May's cabinet resigned", 2023)).isNull();
        assertThat(find("he said the ban in march was lifted", 2023)).isNull();
    }

    @Test
    void theExpressionNearestTheVerbWins() {
        DateReference r = find("Blinken said on Wednesday that the talks could resume by next Monday", 2023);
        assertThat(r.span().text()).isEqualTo("on Wednesday");
    }

    @Test
    void withoutTheReportYearNothingIsGuessed() {
        DateReference r = find("officials said on Wednesday", null);
        assertThat(r.span().text()).isEqualTo("on Wednesday");
        assertThat(r.from()).isNull();
        assertThat(r.to()).isNull();
        assertThat(r.precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void aClauseWithoutADateExpressionGivesNull() {
        assertThat(find("the talks had failed, officials said", 2023)).isNull();
        assertThat(find("Sundays are quiet and the week was long", 2023)).isNull();
    }
}
