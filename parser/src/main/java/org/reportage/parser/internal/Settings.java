package org.reportage.parser.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.reportage.parser.ActorDirectory;
import org.reportage.parser.DateOrder;
import org.reportage.parser.Limits;

/**
 * The immutable options of one {@code ReportParser}, as every stage reads them.
 *
 * @param referenceDate the date to infer years and resolve relative dates against, or {@code null}
 * @param yearHint      the year the caller says the reports are from, or {@code null}
 * @param dateOrder     how to read all-numeric dates
 * @param zone          the zone of the reports, or {@code null}
 * @param limits        bounds for hostile input
 * @param directory     known actors (may be empty, never null)
 */
public record Settings(LocalDate referenceDate, Integer yearHint, DateOrder dateOrder, ZoneId zone, Limits limits,
                       ActorDirectory directory) {

    /** Validates that the required components are given. */
    public Settings {
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(directory, "directory");
    }
}
