package org.reportage.parser.internal.structure;

import org.reportage.parser.internal.dates.DateParser;

/**
 * Decides, one line at a time, where the reports of a feed begin and end. This is the one segmentation mechanism:
 * {@link StructureParser#parse} runs it over the lines of a whole text, and the streaming reader runs it over
 * lines as they arrive, so both cut a feed at the same places. Its state covers only the current report, so
 * memory does not grow with the feed.
 *
 * <p>Rules, checked at each line (the line as the text view normalises it, without its line end):
 * <ul>
 *   <li>a separator line ({@code ---}, {@code ***}, {@code ###}, three or more) ends the report; the separator
 *   belongs to no report;</li>
 *   <li>a date line at the start of a block begins a new report when the current one already has a date and
 *   some text, or has two blocks of text (so a date line under the headline, {@code Headline / date / body},
 *   stays in its report), and when text follows it before the next separator or the end (so a date printed at
 *   the foot of a story stays in it). Until that text comes, the date line is {@link #MAYBE}: the caller keeps
 *   where it starts and cuts there on {@link #BOUNDARY_AT_MAYBE};</li>
 *   <li>a header line {@code Title:}, {@code Headline:}, {@code Date:} or {@code Published:} at the start of a
 *   block begins a new report under the same condition (a {@code Title:} header counts as a date here: it also
 *   marks the head of a report), so {@code Headline / Published: … / body} stays one report.</li>
 * </ul>
 * Not thread-safe: one per text or stream.
 */
public final class ReportSplitter {
    /** The line belongs to the current report. */
    public static final int CONTINUE = 0;
    /** The line is the first of a new report; the current report ends before it. */
    public static final int BOUNDARY = 1;
    /** The line is a separator: the current report ends before it and the next starts after it. */
    public static final int SEPARATOR = 2;
    /** The line may begin a new report: remember where it starts; a later line decides. */
    public static final int MAYBE = 3;
    /** The line last answered {@link #MAYBE} begins a new report; the current line belongs to that report. */
    public static final int BOUNDARY_AT_MAYBE = 4;

    private boolean inBlock;
    private boolean blockHasText;
    private int textBlocks;
    private boolean hasDate;
    private boolean pending;

    /** Creates a splitter at the start of a text. */
    public ReportSplitter() {
    }

    /**
     * @param t the text holding the line (normalised)
     * @param s start of the line
     * @param e end of the line, without its line end
     * @return {@link #CONTINUE}, {@link #BOUNDARY}, {@link #SEPARATOR}, {@link #MAYBE} or {@link #BOUNDARY_AT_MAYBE}
     */
    public int line(CharSequence t, int s, int e) {
        while (s < e && Lines.isBlankChar(t.charAt(s))) {
            s++;
        }
        while (e > s && Lines.isBlankChar(t.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            endBlock();
            return CONTINUE;
        }
        if (Lines.isSeparator(t, s, e)) {
            reset();
            return SEPARATOR;
        }
        boolean dateLine = e - s <= DateParser.MAX_DATE_LINE && DateParser.parseLine(t, s, e) != null;
        boolean header = !dateLine && Lines.knownHeaderColon(t, s, e) > 0;
        int result = CONTINUE;
        if (pending) {
            // text follows the date line: it did begin a new report
            reset();
            hasDate = true;
            result = BOUNDARY_AT_MAYBE;
        } else if (!inBlock) {
            int blocks = textBlocks;
            if (dateLine && (hasDate && blocks >= 1 || blocks >= 2)) {
                endBlock();
                pending = true;
                return MAYBE;
            }
            if (header && (hasDate && blocks >= 1 || blocks >= 2) && Lines.startsReport(t, s, e)) {
                reset();
                result = BOUNDARY;
            }
        }
        inBlock = true;
        if (dateLine) {
            hasDate = true;
        } else if (header) {
            int colon = Lines.knownHeaderColon(t, s, e);
            int kind = Lines.keyKind(t, s, colon);
            if (kind == Lines.KEY_DATE || kind == Lines.KEY_TITLE) {
                hasDate = true; // the report has its head: the next date line or header begins another
            }
        } else {
            blockHasText = true;
        }
        return result;
    }

    /** Forgets the current report: the next line starts a new one (used when a report is cut by size). */
    public void reset() {
        inBlock = false;
        blockHasText = false;
        textBlocks = 0;
        hasDate = false;
        pending = false;
    }

    private void endBlock() {
        if (inBlock && blockHasText) {
            textBlocks++;
        }
        inBlock = false;
        blockHasText = false;
    }
}
