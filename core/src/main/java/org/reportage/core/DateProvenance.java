package org.reportage.core;

/**
 * How the date of a report was found. Written to JSON in lower case ({@code year_inferred}).
 */
public enum DateProvenance {
    /** Day, month and year all stated in a date line or dateline, and any stated weekday agrees. */
    STATED,
    /** Stated in a header field ({@code Date:}, {@code Published:}, {@code Updated:}). */
    HEADER,
    /**
     * Month and day stated with a weekday but no year; the year is the latest one on or before the reference
     * date whose calendar puts that weekday on that day.
     */
    YEAR_INFERRED,
    /** Month and day stated, no year given and none could be inferred (no reference date, or no weekday). */
    YEAR_UNKNOWN,
    /** A numeric date such as {@code 03/02/2022} that reads as two different dates; month and day follow the configured order. */
    AMBIGUOUS,
    /** The stated weekday does not fall on the stated (or hinted) date; the stated day and month are kept. */
    CONTRADICTED,
    /** Not stated in this report: taken from the day heading of the feed it belongs to. */
    INHERITED
}
