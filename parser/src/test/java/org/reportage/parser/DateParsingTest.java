package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportage.core.DateProvenance;
import org.reportage.core.Diagnostic;
import org.reportage.core.ReportDate;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.dates.DateParser;
import org.reportage.parser.internal.dates.DateParts;
import org.reportage.parser.internal.dates.DateResolver;
import org.reportage.parser.internal.text.TextView;

/** Date lines in every form of formats.md §5, and the calendar decisions on them. */
class DateParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Thursday, February 2            | -    | 2  | 2  | THURSDAY | -     | -",
        "Thursday 3 February 2022 14.05 GMT | 2022 | 2 | 3 | THURSDAY | 14:05 | GMT",
        "Feb. 3                          | -    | 2  | 3  | -        | -     | -",
        "3 Feb                           | -    | 2  | 3  | -        | -     | -",
        "February 3, 2022                | 2022 | 2  | 3  | -        | -     | -",
        "3 February 2022                 | 2022 | 2  | 3  | -        | -     | -",
        "2022-02-03                      | 2022 | 2  | 3  | -        | -     | -",
        "2022-02-03T09:30:00Z            | 2022 | 2  | 3  | -        | 09:30 | Z",
        "2022-02-03T09:30:00+01:00       | 2022 | 2  | 3  | -        | 09:30 | +01:00",
        "Feb 3, 2022 10:45 AM ET         | 2022 | 2  | 3  | -        | 10:45 | ET",
        "2022-02-03 9:15 pm              | 2022 | 2  | 3  | -        | 21:15 | -",
        "Thu 3rd Feb 2022                | 2022 | 2  | 3  | THURSDAY | -     | -",
        "Sept. 14                        | -    | 9  | 14 | -        | -     | -",
        "Monday, March 7                 | -    | 3  | 7  | MONDAY   | -     | -",
        "the 3rd of February             | -    | -  | -  | -        | -     | -",
        "3rd of February 2022, 9:15pm    | 2022 | 2  | 3  | -        | 21:15 | -",
    })
    void readsEveryWrittenForm(String line, Integer year, Integer month, Integer day, DayOfWeek weekday,
                               String time, String zone) {
        DateParts p = DateParser.parseLine(line, 0, line.length());
        if (month == null) {
            assertThat(p).as(line).isNull();
            return;
        }
        assertThat(p).as(line).isNotNull();
        assertThat(p.hasYear() ? p.year() : null).isEqualTo(year);
        assertThat(p.first()).isEqualTo(month);
        assertThat(p.second()).isEqualTo(day);
        assertThat(p.weekday()).isEqualTo(weekday);
        assertThat(p.time()).isEqualTo(time == null ? null : LocalTime.parse(time));
        assertThat(p.zone()).isEqualTo(zone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monday at Liberty University", "Thursday", "March of the penguins", "10.25 million",
        "2022", "By Feb 3 the talks had ended", "May I ask a question", "3 people died", "12/13",
        "Wednesday on Fox News", "1234-56"})
    void ordinaryLinesAreNotDateLines(String line) {
        assertThat(DateParser.parseLine(line, 0, line.length())).isNull();
    }

    @Test
    void aLongLineIsRejectedWithoutBeingRead() {
        String line = "Thursday, February 2 " + "x".repeat(10_000);
        assertThat(DateParser.parseLine(line, 0, line.length())).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2023-02-02,2023", "2034-02-01,2023", "2034-02-02,2034", "2023-02-01,2017", "2012-06-01,2012",
        "2006-02-02,2006", "2023-06-01,2023"})
    void thursdayFebruarySecondTakesTheLatestMatchingYearOnOrBeforeTheReference(LocalDate ref, int year) {
        assertThat(DateResolver.inferYear(2, 2, DayOfWeek.THURSDAY, ref)).isEqualTo(year);
    }

    @Test
    void aYearInferredIsMarkedAndExplained() {
        List<Diagnostic> out = new ArrayList<>();
        ReportDate d = resolve("Thursday, February 2", settings(LocalDate.of(2030, 1, 1), null, DateOrder.DAY_FIRST),
                out);
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.provenance()).isEqualTo(DateProvenance.YEAR_INFERRED);
        assertThat(out).extracting(Diagnostic::code).containsExactly("date.year_inferred");
    }

    @Test
    void aHintThatAgreesWithTheWeekdayGivesTheYear() {
        ReportDate d = resolve("Thursday, February 2", settings(null, 2023, DateOrder.DAY_FIRST), new ArrayList<>());
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.provenance()).isEqualTo(DateProvenance.YEAR_INFERRED);
    }

    @Test
    void februaryTwentyNinthInANonLeapYearIsInvalid() {
        List<Diagnostic> out = new ArrayList<>();
        assertThat(resolve("29 February 2023", settings(null, null, DateOrder.DAY_FIRST), out)).isNull();
        assertThat(out).extracting(Diagnostic::code).containsExactly("date.invalid");
    }

    @Test
    void numericDatesFollowTheOrderButSayWhenAmbiguous() {
        Settings us = settings(null, null, DateOrder.MONTH_FIRST);
        ReportDate amb = resolve("04/05/2022", us, new ArrayList<>());
        assertThat(amb.month()).isEqualTo(4);
        assertThat(amb.provenance()).isEqualTo(DateProvenance.AMBIGUOUS);
        ReportDate same = resolve("05/05/2022", us, new ArrayList<>());
        assertThat(same.provenance()).isEqualTo(DateProvenance.STATED);
        ReportDate dayFirstOnly = resolve("13.05.2022", us, new ArrayList<>());
        assertThat(dayFirstOnly.month()).isEqualTo(5);
        assertThat(dayFirstOnly.provenance()).isEqualTo(DateProvenance.STATED);
        List<Diagnostic> out = new ArrayList<>();
        assertThat(resolve("31/31/2022", us, out)).isNull();
        assertThat(out).extracting(Diagnostic::code).containsExactly("date.invalid");
    }

    private static Settings settings(LocalDate ref, Integer hint, DateOrder order) {
        return new Settings(ref, hint, order, null, Limits.DEFAULT, ActorDirectory.empty());
    }

    private static ReportDate resolve(String line, Settings s, List<Diagnostic> out) {
        DateParts p = DateParser.parseLine(line, 0, line.length());
        assertThat(p).as(line).isNotNull();
        return DateResolver.resolve(p, DateProvenance.STATED, s, TextView.of(line), out);
    }
}
