package org.reportage.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression inside the text ({@code on Wednesday}, {@code this Tuesday night}, {@code yesterday},
 * {@code last week}, {@code in the next few days}) resolved against the report date.
 *
 * <p>{@code from} and {@code to} are inclusive; they are equal for a single day. Both are {@code null} when the
 * report's year is unknown, so that nothing is guessed; {@code precision} still says what kind of period was
 * meant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span      the expression as read
 * @param from      first day of the period, or {@code null} when it cannot be resolved
 * @param to        last day of the period, or {@code null} when it cannot be resolved
 * @param precision how precise the period is
 */
public record DateReference(Span span, LocalDate from, LocalDate to, Precision precision) {

    /** How precise a resolved period is. Written to JSON in lower case. */
    public enum Precision {
        /** One day ({@code yesterday}, {@code on Wednesday}). */
        DAY,
        /** A calendar week ({@code last week}). */
        WEEK,
        /** A calendar month ({@code last month}). */
        MONTH,
        /** A loose period ({@code in the next few days}, {@code recently}). */
        VAGUE
    }

    /** Validates that span and precision are given, and that {@code from <= to} when both are known. */
    public DateReference {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(precision, "precision");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to must be both known or both unknown");
        }
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
