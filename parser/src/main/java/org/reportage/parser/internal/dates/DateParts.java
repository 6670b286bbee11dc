package org.reportage.parser.internal.dates;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The pieces of one date expression as written, before any calendar check: numbers are raw (a February 30
 * parses), so that the resolver can report what is wrong with them.
 *
 * @param start   view offset of the first character read
 * @param end     view offset just after the last character read
 * @param year    the stated year, or -1
 * @param first   the month for written dates; the first number for all-numeric ones
 * @param second  the day for written dates; the second number for all-numeric ones
 * @param numeric whether the date is all-numeric day/month or month/day ({@code 03/02/2022}), order unknown
 * @param weekday the stated weekday, or {@code null}
 * @param time    the stated time, or {@code null}
 * @param zone    the stated zone as written, or {@code null}
 */
public record DateParts(int start, int end, int year, int first, int second, boolean numeric, DayOfWeek weekday,
                        LocalTime time, String zone) {

    /** @return whether the year was stated */
    public boolean hasYear() {
        return year >= 0;
    }
}
