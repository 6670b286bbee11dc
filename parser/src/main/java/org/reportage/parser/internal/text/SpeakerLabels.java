package org.reportage.parser.internal.text;

/**
 * A transcript's speaker label at the start of a line: a name in capitals and a colon ({@code VANCE:},
 * {@code SEN. WARREN:}, {@code JAKE TAPPER:}), or an interview's {@code Q:} and {@code A:}. Read by the structure
 * stage (a turn is no headline) and by the quote stage (a turn is the label's quote).
 */
public final class SpeakerLabels {
    /** The longest label read, in characters. */
    private static final int MAX_LABEL = 40;

    private SpeakerLabels() {
    }

    /**
     * @param t the text
     * @param s where the line (or quotation) starts
     * @param e where it ends
     * @return the offset of the colon that ends a label starting at {@code s}: capitals, spaces, full stops,
     *         hyphens and apostrophes, two letters at least, no space before the colon; or -1
     */
    public static int end(CharSequence t, int s, int e) {
        int i = s;
        int letters = 0;
        while (i < e && i - s < MAX_LABEL && (Character.isUpperCase(t.charAt(i)) || t.charAt(i) == ' '
                || t.charAt(i) == '.' || t.charAt(i) == '-' || t.charAt(i) == '\'')) {
            if (Character.isLetter(t.charAt(i))) {
                letters++;
            }
            i++;
        }
        if (letters < 2 || i >= e || t.charAt(i) != ':' || Character.isWhitespace(t.charAt(i - 1))) {
            return -1;
        }
        return i;
    }

    /**
     * @param t the text
     * @param s where the line starts
     * @param e where it ends
     * @return {@code Q} or {@code A} when the line opens with an interview's label ({@code Q:}, {@code A:},
     *         {@code Q.}, {@code A.} and a space) and has words after it, else 0
     */
    public static char interview(CharSequence t, int s, int e) {
        if (e - s < 4) {
            return 0;
        }
        char c = t.charAt(s);
        char p = t.charAt(s + 1);
        return (c == 'Q' || c == 'A') && (p == ':' || p == '.') && t.charAt(s + 2) == ' ' ? c : 0;
    }
}
