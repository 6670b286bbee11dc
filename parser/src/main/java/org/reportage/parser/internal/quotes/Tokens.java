package org.reportage.parser.internal.quotes;

import java.util.Arrays;

/**
 * The tokens of a short stretch of text (an attribution context, one sentence): words and single punctuation
 * characters, as offset pairs into the text. Words keep inner apostrophes, hyphens and dots ({@code O’Brien},
 * {@code U.S.}); the full stop of a known abbreviation or an initial belongs to the word.
 *
 * <p>Built per context; its size is bounded by the caller's window, so work stays linear in the input.
 */
final class Tokens {
    private final String t;
    private int[] s = new int[16];
    private int[] e = new int[16];
    /** Per token: whether it is a word (starts with a letter or digit). */
    private boolean[] word = new boolean[16];
    /** Per word token: its {@link WordSet#hash}, computed once (a word is asked about in many word sets). */
    private int[] hash = new int[16];
    private int n;

    private Tokens(String t) {
        this.t = t;
    }

    /**
     * @param t    the text
     * @param from start of the stretch, inclusive
     * @param to   end of the stretch, exclusive
     * @return its tokens
     */
    static Tokens of(String t, int from, int to) {
        Tokens k = new Tokens(t);
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                boolean innerDot = false;
                while (j < to) {
                    char d = t.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == '\u2011')
                            && j + 1 < to && Character.isLetterOrDigit(t.charAt(j + 1))) {
                        innerDot |= d == '.';
                        j += 2;
                    } else if (d == ',' && thousands(t, j, to)) {
                        j += 4; // 2,000: a thousands separator, not a clause comma
                    } else {
                        break;
                    }
                }
                if (j < to && t.charAt(j) == '.'
                        && (innerDot || j - i == 1 && Character.isUpperCase(c)
                        || Lexicon.ABBREVIATIONS.contains(t, i, j) || j + 1 < to && (t.charAt(j + 1) == ')'
                        || t.charAt(j + 1) == ','))) {
                    j++;
                }
                if (j < to && (t.charAt(j) == '\u2019' || t.charAt(j) == '\'') && (t.charAt(j - 1) == 's'
                        || t.charAt(j - 1) == 'S') && (j + 1 >= to || Character.isWhitespace(t.charAt(j + 1)))
                        && !(j + 1 < to && t.charAt(j) == '\'' && t.charAt(j + 1) == '\'')) {
                    j++; // plural possessive: Sanders’ campaign
                }
                k.add(i, j, true);
                i = j;
            } else {
                k.add(i, i + 1, false);
                i++;
            }
        }
        return k;
    }

    private void add(int a, int b, boolean isWord) {
        if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
            e = Arrays.copyOf(e, n * 2);
            hash = Arrays.copyOf(hash, n * 2);
            word = Arrays.copyOf(word, n * 2);
        }
        s[n] = a;
        e[n] = b;
        word[n] = isWord;
        hash[n] = isWord ? WordSet.hash(t, a, b) : 0;
        n++;
    }

    String text() {
        return t;
    }

    int size() {
        return n;
    }

    int start(int i) {
        return s[i];
    }

    int end(int i) {
        return e[i];
    }

    boolean isWord(int i) {
        return word[i];
    }

    boolean isCapitalised(int i) {
        return Character.isUpperCase(t.charAt(s[i]));
    }

    boolean isPunct(int i, char c) {
        return e[i] - s[i] == 1 && t.charAt(s[i]) == c;
    }

    char first(int i) {
        return t.charAt(s[i]);
    }

    boolean in(int i, WordSet set) {
        return word[i] && set.contains(t, s[i], e[i], hash[i]);
    }

    boolean is(int i, String lower) {
        int len = e[i] - s[i];
        if (len != lower.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (Character.toLowerCase(t.charAt(s[i] + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether token i is a quotation mark of any kind */
    boolean isQuoteMark(int i) {
        return e[i] - s[i] == 1 && Marks.isMarkChar(t.charAt(s[i]));
    }

    /** @return whether token i ends a clause: . ! ? ; or a dash */
    boolean isClauseEnd(int i) {
        if (e[i] - s[i] != 1) {
            return false;
        }
        char c = t.charAt(s[i]);
        return c == '.' || c == '!' || c == '?' || c == ';' || c == '\u2014' || c == '\u2013' || c == '('
                || c == ')' || c == '[' || c == ']';
    }

    /** @return whether word token i is longer than the suffix plus one letter and ends with it (lower case) */
    boolean endsWith(int i, String suffix) {
        int len = e[i] - s[i];
        if (len <= suffix.length() + 1) {
            return false;
        }
        for (int q = 0; q < suffix.length(); q++) {
            if (Character.toLowerCase(t.charAt(e[i] - suffix.length() + q)) != suffix.charAt(q)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the comma at i separates thousands: a digit before it, exactly three digits after it. */
    private static boolean thousands(String t, int i, int to) {
        return i > 0 && i + 3 < to && Character.isDigit(t.charAt(i - 1))
                && Character.isDigit(t.charAt(i + 1)) && Character.isDigit(t.charAt(i + 2))
                && Character.isDigit(t.charAt(i + 3)) && (i + 4 >= to || !Character.isDigit(t.charAt(i + 4)));
    }
}
