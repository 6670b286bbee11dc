package org.reportage.parser.internal.structure;

import java.util.Arrays;

/**
 * The non-blank lines of a text, trimmed, as the structure stage reads them, with what separates each from the
 * line before. Built in the same pass that cuts the text into reports, so lines are found once. Not thread-safe:
 * one per parse at a time (a workspace keeps one, {@link #clear}ed for each text).
 */
final class LineTable {
    /** Nothing between this line and the one before. */
    static final int NO_GAP = 0;
    /** Only lines of white space between this line and the one before. */
    static final int SPACE_LINE = 1;
    /** At least one empty line between this line and the one before. */
    static final int EMPTY_LINE = 2;

    int[] start = new int[64];
    int[] end = new int[64];
    int[] gap = new int[64];
    int count;
    private int pendingGap;

    /** Forgets every line: the table is empty, as new. */
    void clear() {
        count = 0;
        pendingGap = NO_GAP;
    }

    /**
     * Records one line of the text.
     *
     * @param t the text
     * @param s start of the line
     * @param e end of the line, without its line end
     */
    void line(CharSequence t, int s, int e) {
        int ts = s;
        int te = e;
        while (ts < te && Lines.isBlankChar(t.charAt(ts))) {
            ts++;
        }
        while (te > ts && Lines.isBlankChar(t.charAt(te - 1))) {
            te--;
        }
        if (ts == te) {
            pendingGap = Math.max(pendingGap, s == e ? EMPTY_LINE : SPACE_LINE);
            return;
        }
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            gap = Arrays.copyOf(gap, count * 2);
        }
        start[count] = ts;
        end[count] = te;
        gap[count] = pendingGap;
        pendingGap = NO_GAP;
        count++;
    }
}
