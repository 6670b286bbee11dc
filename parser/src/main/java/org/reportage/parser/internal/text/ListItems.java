package org.reportage.parser.internal.text;

/**
 * A list item's marker at the start of a line or paragraph: a bullet or a dash and a space ({@code • }, {@code - },
 * {@code * }, {@code – }). Read by the structure stage (an item is a line of its own, not a wrapped one) and by the
 * quote stage (a quotation that opens an item opens its sentence).
 */
public final class ListItems {
    /** The characters that mark an item when a space follows them. */
    private static final String MARKERS = "\u2022\u2023\u25E6\u25AA\u25CF*-\u2013\u2014";

    private ListItems() {
    }

    /**
     * @param t    text
     * @param from where the line or stretch starts
     * @param to   where it ends (exclusive)
     * @return the position after the marker that opens it and the spaces after that, or {@code from} when none does
     */
    public static int textStart(CharSequence t, int from, int to) {
        if (from + 1 >= to || MARKERS.indexOf(t.charAt(from)) < 0 || !Character.isWhitespace(t.charAt(from + 1))) {
            return from;
        }
        int s = from + 1;
        while (s < to && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        return s;
    }
}
