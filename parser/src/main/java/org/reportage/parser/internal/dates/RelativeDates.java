package org.reportage.parser.internal.dates;

import org.reportage.core.DateReference;
import org.reportage.parser.internal.Document;

/**
 * Finds a relative date expression ({@code on Wednesday}, {@code yesterday}, {@code last week}) in a stretch of
 * a report and resolves it against the report date. First version: finds none; the structure issue replaces it.
 */
public final class RelativeDates {
    private RelativeDates() {
    }

    /**
     * Looks for the date expression of a clause (the one nearest its verb when there are several).
     *
     * @param doc       the report (its date and text)
     * @param viewStart start of the clause, view offset
     * @param viewEnd   end of the clause, view offset, exclusive
     * @return the expression found and resolved (dates {@code null} when the report year is unknown), or
     *         {@code null} when the clause has none
     */
    public static DateReference find(Document doc, int viewStart, int viewEnd) {
        return null;
    }
}
