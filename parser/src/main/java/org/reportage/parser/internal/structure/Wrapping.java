package org.reportage.parser.internal.structure;

import java.util.Arrays;

import org.reportage.parser.internal.text.ListItems;
import org.reportage.parser.internal.text.SpeakerLabels;

/**
 * Hard-wrapped text: paragraphs broken into lines no longer than some width, as e-mail, plain-text exports and
 * text copied out of a PDF come. A line break that only wraps its paragraph is read as a space, so that a name
 * broken over two lines ({@code Hillary\nClinton}) is one name and a wrapped line is no new sentence; a line
 * break that ends a line on purpose (a date line, a headline, a list item, a paragraph's last line) stays.
 *
 * <p>The width is that of the longest line followed by another line of text. A report counts as wrapped when that
 * width is between {@link #MIN_WIDTH} and {@link #MAX_WIDTH}, when two thirds of those lines, and at least {@link
 * #MIN_FULL_LINES}, are full (short of the width by no more than a long word) and when at most half of them end
 * a sentence: text written a paragraph a line has lines of every length, most ending a sentence, and a header of
 * short lines is no wrapping. A break is then read as wrapping when a wrapper filling lines word by word would
 * have made it: the next line's first word would not have fitted on its line, the next line is as full, ends its
 * block or ends a sentence (a short line followed by another, such as a date line before a headline, is set apart
 * on purpose), and the next line opens with no list marker or label and is indented no further (an indented line
 * opens a paragraph). Linear: three passes over the lines of a report, each look inside one line (each report of a
 * feed is read on its own, as the streaming reader reads it).
 */
final class Wrapping {
    /** The widest wrapping read as such: a text with a longer line between lines is written a paragraph a line. */
    static final int MAX_WIDTH = 150;
    /**
     * The narrowest wrapping read as such: short lines one after another (the times that open the entries of a
     * live page, a list of names) are lines, not a narrow column.
     */
    static final int MIN_WIDTH = 40;
    /** The fewest full lines that show a text is wrapped. */
    static final int MIN_FULL_LINES = 3;
    /** No break is read as wrapping. */
    static final int[] NONE = new int[0];

    private Wrapping() {
    }

    /**
     * @param t     a text whose line breaks are {@code '\n'}
     * @param start per line, where its text starts (no leading space)
     * @param end   per line, where its text ends (no trailing space)
     * @param gap   per line, whether blank lines stand between it and the line before (non-zero) or none (zero)
     * @param from  the first line to read
     * @param to    just past the last line to read
     * @return the positions in {@code t} of the line breaks after lines [from, to) that only wrap their paragraph,
     *         in order (often none)
     */
    static int[] softBreaks(String t, int[] start, int[] end, int[] gap, int from, int to) {
        int width = 0;
        int candidates = 0;
        for (int i = from; i + 1 < to; i++) {
            if (wraps(t, start, end, gap, i)) {
                int len = length(t, start, end, i);
                if (len > MAX_WIDTH) {
                    return NONE; // a paragraph written on one line
                }
                width = Math.max(width, len);
                candidates++;
            }
        }
        if (candidates < MIN_FULL_LINES || width < MIN_WIDTH) {
            return NONE;
        }
        int slack = slack(width);
        int full = 0;
        int closed = 0;
        for (int i = from; i + 1 < to; i++) {
            if (wraps(t, start, end, gap, i)) {
                full += length(t, start, end, i) >= width - slack ? 1 : 0;
                closed += endsSentence(t, start[i], end[i]) ? 1 : 0;
            }
        }
        if (full < MIN_FULL_LINES || 3 * full < 2 * candidates || 2 * closed > candidates) {
            return NONE; // lines of every length, or most of them ending a sentence: a paragraph or a sentence a line
        }
        int[] out = new int[candidates];
        int k = 0;
        for (int i = from; i + 1 < to; i++) {
            int next = i + 1;
            if (wraps(t, start, end, gap, i) && filled(t, start, end, i, width)
                    && (next + 1 == to || gap[next + 1] != 0 || filled(t, start, end, next, width)
                    || endsSentence(t, start[next], end[next])) && !setApart(t, start[next], end[next])
                    && indent(t, start, next) <= indent(t, start, i)) {
                out[k++] = t.indexOf('\n', end[i]);
            }
        }
        return k == 0 ? NONE : Arrays.copyOf(out, k);
    }

    /**
     * @return whether line i is as full as a wrapper filling lines word by word makes them: the first word of the
     *         line after it would not have fitted on it
     */
    private static boolean filled(String t, int[] start, int[] end, int i, int width) {
        return length(t, start, end, i) + 1 + firstWord(t, start[i + 1], end[i + 1]) > width;
    }

    /** @return the length of line i, its indentation counted (as a wrapper counts it) */
    private static int length(String t, int[] start, int[] end, int i) {
        return end[i] - start[i] + indent(t, start, i);
    }

    /** @return the number of spaces before the text of line i: a paragraph may open with more than its lines */
    private static int indent(String t, int[] start, int i) {
        return start[i] - (t.lastIndexOf('\n', start[i] - 1) + 1);
    }

    /**
     * @return whether the line [start, end) (with no trailing space) ends with a sentence: a full stop,
     *         question or exclamation mark, perhaps inside closing quotation marks or brackets, or a colon (the last
     *         line of a paragraph that the next line follows without a blank line, or of one that opens a list)
     */
    private static boolean endsSentence(String t, int start, int end) {
        int i = end - 1;
        while (i > start && "\"'\u201D\u2019)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        char c = t.charAt(i);
        return c == '.' || c == '?' || c == '!' || c == ':';
    }

    /** @return how much shorter than the width a full line may be: the room of a long word */
    private static int slack(int width) {
        return Math.max(12, width / 5);
    }

    /**
     * @return whether line i and the line after it hold text with no blank line between them and line i holds a
     *         space (a line of one word, such as a link, is no wrapping)
     */
    private static boolean wraps(String t, int[] start, int[] end, int[] gap, int i) {
        if (gap[i + 1] != 0) {
            return false;
        }
        for (int j = start[i]; j < end[i]; j++) {
            if (t.charAt(j) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** @return the length of the first word of the line [s, e) (which starts with no space) */
    private static int firstWord(String t, int s, int e) {
        int i = s;
        while (i < e && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i - s;
    }

    /**
     * @return whether the line [s, e) opens with what sets a line apart: a list item ({@link ListItems}), a quoted
     *         e-mail line ({@code >}), a numbered item ({@code 2.}, {@code 3)}) or a speaker's label ({@link
     *         SpeakerLabels}: {@code MORRISON:}, {@code Q:})
     */
    private static boolean setApart(String t, int s, int e) {
        if (ListItems.textStart(t, s, e) > s || t.charAt(s) == '>' || SpeakerLabels.end(t, s, e) >= 0
                || SpeakerLabels.interview(t, s, e) != 0) {
            return true;
        }
        int w = s;
        while (w < e && Character.isDigit(t.charAt(w))) {
            w++;
        }
        return w > s && w < e && (t.charAt(w) == '.' || t.charAt(w) == ')') && (w + 1 == e || t.charAt(w + 1) == ' ');
    }
}
