package org.reportage.bench.jmh;

import java.nio.charset.StandardCharsets;

/**
 * The FLOOR: the least work any quote parser must do. It decodes the UTF-8 bytes into chars and makes one
 * linear pass that finds every quote mark and every sentence end. Every other benchmark is also reported as a
 * ratio to it, which holds across machines better than MB/s.
 *
 * <p>Quote marks: {@code " ' “ ” ‘ ’ ‚ „ ‟ ‛ « » ‹ ›} (apostrophes count too: telling them apart is the
 * parser's job, not the floor's). A sentence end is a {@code .}, {@code !}, {@code ?} or {@code …} followed by
 * white space, a quote mark or the end of the text.
 */
public final class Floor {
    private Floor() {
    }

    /**
     * What the pass found.
     *
     * @param quoteMarks   quote mark characters
     * @param sentenceEnds sentence ends
     */
    public record Counts(int quoteMarks, int sentenceEnds) {
    }

    /**
     * @param utf8 a document
     * @return the quote marks and sentence ends in it, packed as {@code quoteMarks << 32 | sentenceEnds}
     */
    public static long scan(byte[] utf8) {
        return count(new String(utf8, StandardCharsets.UTF_8));
    }

    /**
     * @param packed a result of {@link #scan(byte[])} or {@link #count(String)}
     * @return it unpacked
     */
    public static Counts unpack(long packed) {
        return new Counts((int) (packed >>> 32), (int) packed);
    }

    /**
     * @param s a text
     * @return the quote marks and sentence ends in it, packed as {@code quoteMarks << 32 | sentenceEnds}
     */
    public static long count(String s) {
        int quotes = 0;
        int ends = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isQuoteMark(c)) {
                quotes++;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                if (i + 1 == n) {
                    ends++;
                } else {
                    char d = s.charAt(i + 1);
                    if (d == ' ' || d == '\n' || d == '\r' || d == '\t' || d == '\u00A0' || isQuoteMark(d)) {
                        ends++;
                    }
                }
            }
        }
        return (long) quotes << 32 | ends;
    }

    /**
     * @param c a character
     * @return whether it is one of the quote marks listed above
     */
    public static boolean isQuoteMark(char c) {
        switch (c) {
            case '"':
            case '\'':
            case '\u201C':
            case '\u201D':
            case '\u2018':
            case '\u2019':
            case '\u201A':
            case '\u201E':
            case '\u201F':
            case '\u201B':
            case '\u00AB':
            case '\u00BB':
            case '\u2039':
            case '\u203A':
                return true;
            default:
                return false;
        }
    }
}
