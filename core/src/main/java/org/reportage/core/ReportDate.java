package org.reportage.core;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The date of a report as the text gives it, with how it was found.
 *
 * <p>Month and day are always known; the year may be unknown ({@code null}) when the text gives none and it
 * could not be inferred. The weekday is the one the text states, not a computed one, so a contradiction stays
 * visible. Time and zone are kept as stated when present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year       the year, or {@code null} when unknown
 * @param month      1–12
 * @param day        1–31, valid for the month (February 29 only when the year is unknown or a leap year)
 * @param weekday    the weekday the text states, or {@code null}
 * @param time       the time of day the text states, or {@code null}
 * @param zone       the zone as written ({@code GMT}, {@code Z}, {@code +01:00}, {@code ET}), or {@code null}
 * @param provenance how the date was found
 * @param span       where in the input the date was read
 */
public record ReportDate(Integer year, int month, int day, DayOfWeek weekday, LocalTime time, String zone,
                         DateProvenance provenance, Span span) {

    /** Validates month, day (against the year when known) and that provenance and span are given. */
    public ReportDate {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(span, "span");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        try {
            LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: Feb 29 allowed
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid day " + day + " for month " + month
                    + (year == null ? "" : " of " + year), e);
        }
    }

    /** @return the full date when the year is known, else empty */
    public Optional<LocalDate> date() {
        return year == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }
}
