package org.reportage.parser.internal.structure;

import java.util.List;

import org.reportage.core.Dateline;
import org.reportage.core.Diagnostic;
import org.reportage.core.HeaderField;
import org.reportage.core.ReportDate;
import org.reportage.core.Span;

/**
 * The structure of one report, as the structure stage found it. Headline and paragraphs are kept as view
 * offsets (the analysis stages read them); everything that only goes to the output is already an input span.
 *
 * @param start          start of the report, view offset
 * @param end            end of the report, view offset, exclusive
 * @param date           the report date, or {@code null}
 * @param headlineStart  start of the headline, view offset, or -1 when there is none
 * @param headlineEnd    end of the headline, view offset, exclusive, or -1
 * @param dateline       the dateline, or {@code null}
 * @param byline         the byline, or {@code null}
 * @param headers        header block fields
 * @param paragraphStart start of each body paragraph, view offsets
 * @param paragraphEnd   end of each body paragraph, view offsets, exclusive
 * @param unplaced       text of the report that belongs to no part
 * @param diagnostics    what the structure and date stages noticed
 * @param wrapBreaks     view offsets of the line breaks in the report that only wrap a paragraph of hard-wrapped
 *                       text, in order: the analysis stages read them as spaces
 */
public record Layout(int start, int end, ReportDate date, int headlineStart, int headlineEnd, Dateline dateline,
                     Span byline, List<HeaderField> headers, int[] paragraphStart, int[] paragraphEnd,
                     List<Span> unplaced, List<Diagnostic> diagnostics, int[] wrapBreaks) {

    /**
     * Validates, and copies the lists; the arrays are the structure stage's own, made for this layout and never
     * written after it.
     */
    public Layout {
        if (paragraphStart.length != paragraphEnd.length) {
            throw new IllegalArgumentException("paragraph arrays differ in length");
        }
        headers = List.copyOf(headers);
        unplaced = List.copyOf(unplaced);
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return whether the report has a headline */
    public boolean hasHeadline() {
        return headlineStart >= 0;
    }
}
