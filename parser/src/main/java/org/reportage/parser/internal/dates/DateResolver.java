package org.reportage.parser.internal.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.reportage.core.DateProvenance;
import org.reportage.core.Diagnostic;
import org.reportage.core.ReportDate;
import org.reportage.core.Severity;
import org.reportage.core.Span;
import org.reportage.parser.DateOrder;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.text.TextView;

/**
 * Turns the {@link DateParts} of a date line, header or dateline into a {@link ReportDate}: checks the calendar,
 * checks the weekday, infers a missing year and decides all-numeric dates. Never reads the clock; every decision
 * it makes or problem it finds becomes a diagnostic. Stateless and thread-safe.
 *
 * <p>Decisions, in order:
 * <ul>
 *   <li><b>All-numeric dates</b> ({@code 03/02/2022}): a reading is valid when its month is 1–12 and its day
 *   exists in that month and year. With one valid reading, that one ({@code 25/12/2022} is December 25 whatever
 *   the order). With two different valid readings, a stated weekday decides when it matches exactly one of them;
 *   otherwise the configured {@link DateOrder} is applied and the provenance is {@code AMBIGUOUS} — the setting
 *   is a default, not knowledge of the source, so "cannot decide" means "the text itself cannot decide".</li>
 *   <li><b>Stated year</b>: a weekday that does not fall on the date gives {@code CONTRADICTED} and a
 *   {@code date.weekday_mismatch} warning; the stated date is kept.</li>
 *   <li><b>No year, year hint</b>: the hint is the year; a weekday that disagrees with it gives
 *   {@code CONTRADICTED} and a warning, otherwise {@code YEAR_INFERRED}.</li>
 *   <li><b>No year, weekday and reference date</b>: the latest year whose calendar puts that weekday on that
 *   month-day, on or before the reference date: {@code YEAR_INFERRED}.</li>
 *   <li><b>Otherwise</b>: year unknown, {@code YEAR_UNKNOWN}.</li>
 *   <li>A day that does not exist (February 30) gives a {@code date.invalid} warning and no date.</li>
 * </ul>
 */
public final class DateResolver {
    private static final int MAX_YEARS_BACK = 400; // one Gregorian cycle: every pattern recurs within it

    private DateResolver() {
    }

    /**
     * @param p        the parts read
     * @param base     the provenance when the date is complete and consistent ({@code STATED} or {@code HEADER})
     * @param settings reference date, year hint and numeric date order
     * @param view     the text the parts' offsets refer to
     * @param out      receives diagnostics
     * @return the date, or {@code null} when the parts name no existing day (a diagnostic says why)
     */
    public static ReportDate resolve(DateParts p, DateProvenance base, Settings settings, TextView view,
                                     List<Diagnostic> out) {
        Span span = view.span(p.start(), p.end());
        DayOfWeek wd = p.weekday();
        LocalTime time = p.time();
        String zone = p.zone();
        if (p.numeric()) {
            return numeric(p, base, settings, span, out);
        }
        int month = p.first();
        int day = p.second();
        if (p.hasYear()) {
            if (!valid(p.year(), month, day)) {
                out.add(new Diagnostic("date.invalid", Severity.WARNING,
                        "no such day: " + span.text() + " (month " + month + ", day " + day + ")", span));
                return null;
            }
            LocalDate d = LocalDate.of(p.year(), month, day);
            if (wd != null && d.getDayOfWeek() != wd) {
                out.add(mismatch(span, wd, d));
                return new ReportDate(p.year(), month, day, wd, time, zone, DateProvenance.CONTRADICTED, span);
            }
            return new ReportDate(p.year(), month, day, wd, time, zone, base, span);
        }
        if (!valid(2000, month, day)) {
            out.add(new Diagnostic("date.invalid", Severity.WARNING,
                    "no such day: " + span.text() + " (month " + month + ", day " + day + ")", span));
            return null;
        }
        Integer hint = settings.yearHint();
        if (hint != null) {
            if (!valid(hint, month, day)) {
                out.add(new Diagnostic("date.weekday_mismatch", Severity.WARNING,
                        span.text() + " does not exist in the hinted year " + hint, span));
                return new ReportDate(null, month, day, wd, time, zone, DateProvenance.CONTRADICTED, span);
            }
            LocalDate d = LocalDate.of(hint, month, day);
            if (wd != null && d.getDayOfWeek() != wd) {
                out.add(mismatch(span, wd, d));
                return new ReportDate(hint, month, day, wd, time, zone, DateProvenance.CONTRADICTED, span);
            }
            out.add(new Diagnostic("date.year_inferred", Severity.INFO,
                    "year " + hint + " taken from the year hint", span));
            return new ReportDate(hint, month, day, wd, time, zone, DateProvenance.YEAR_INFERRED, span);
        }
        LocalDate ref = settings.referenceDate();
        if (wd != null && ref != null) {
            Integer y = inferYear(month, day, wd, ref);
            if (y != null) {
                out.add(new Diagnostic("date.year_inferred", Severity.INFO, "year " + y + " inferred: the latest "
                        + "year on or before " + ref + " in which " + span.text() + " falls on a " + name(wd), span));
                return new ReportDate(y, month, day, wd, time, zone, DateProvenance.YEAR_INFERRED, span);
            }
            out.add(new Diagnostic("date.year_unknown", Severity.WARNING, "no year up to " + ref + " puts "
                    + span.text() + " on a " + name(wd), span));
        } else {
            out.add(new Diagnostic("date.year_unknown", Severity.INFO, "the year of " + span.text()
                    + " is unknown (" + (wd == null ? "no weekday stated" : "no reference date") + ")", span));
        }
        return new ReportDate(null, month, day, wd, time, zone, DateProvenance.YEAR_UNKNOWN, span);
    }

    /**
     * @param month     1–12
     * @param day       a day that exists in that month in some year
     * @param weekday   the stated weekday
     * @param reference the reference date
     * @return the latest year whose calendar puts {@code weekday} on {@code month-day}, on or before the
     *         reference date, or {@code null} when none does within 400 years
     */
    public static Integer inferYear(int month, int day, DayOfWeek weekday, LocalDate reference) {
        for (int y = reference.getYear(), stop = y - MAX_YEARS_BACK; y > stop && y >= 1; y--) {
            if (!valid(y, month, day)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (!d.isAfter(reference) && d.getDayOfWeek() == weekday) {
                return y;
            }
        }
        return null;
    }

    private static ReportDate numeric(DateParts p, DateProvenance base, Settings settings, Span span,
                                      List<Diagnostic> out) {
        int a = p.first();
        int b = p.second();
        int y = p.year();
        boolean dayFirstOk = valid(y, b, a);
        boolean monthFirstOk = valid(y, a, b);
        boolean preferDayFirst = settings.dateOrder() == DateOrder.DAY_FIRST;
        DayOfWeek wd = p.weekday();
        if (!dayFirstOk && !monthFirstOk) {
            out.add(new Diagnostic("date.invalid", Severity.WARNING, "no such day: " + span.text(), span));
            return null;
        }
        int month;
        int day;
        DateProvenance prov = base;
        if (dayFirstOk && monthFirstOk && a != b) {
            boolean dfMatch = wd != null && LocalDate.of(y, b, a).getDayOfWeek() == wd;
            boolean mfMatch = wd != null && LocalDate.of(y, a, b).getDayOfWeek() == wd;
            boolean dayFirst = dfMatch != mfMatch ? dfMatch : preferDayFirst;
            month = dayFirst ? b : a;
            day = dayFirst ? a : b;
            if (dfMatch == mfMatch) {
                prov = DateProvenance.AMBIGUOUS;
                out.add(new Diagnostic("date.ambiguous", Severity.INFO, span.text() + " reads as "
                        + LocalDate.of(y, b, a) + " or " + LocalDate.of(y, a, b) + "; "
                        + (dayFirst ? "day" : "month") + " first as configured", span));
            } else {
                out.add(new Diagnostic("date.order_from_weekday", Severity.INFO, "the weekday decides "
                        + span.text() + ": " + LocalDate.of(y, month, day), span));
            }
        } else {
            boolean dayFirst = dayFirstOk;
            month = dayFirst ? b : a;
            day = dayFirst ? a : b;
        }
        LocalDate d = LocalDate.of(y, month, day);
        if (wd != null && d.getDayOfWeek() != wd) {
            out.add(mismatch(span, wd, d));
            prov = DateProvenance.CONTRADICTED;
        }
        return new ReportDate(y, month, day, wd, p.time(), p.time() == null ? null : p.zone(), prov, span);
    }

    private static Diagnostic mismatch(Span span, DayOfWeek stated, LocalDate d) {
        return new Diagnostic("date.weekday_mismatch", Severity.WARNING, span.text() + ": " + d + " is a "
                + name(d.getDayOfWeek()) + ", not a " + name(stated) + "; the stated date is kept", span);
    }

    private static String name(DayOfWeek d) {
        String s = d.name();
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @return whether year-month-day exists (year may be any int; month and day are checked)
     */
    static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) {
            return false;
        }
        return YearMonth.of(year, month).isValidDay(day);
    }
}
