package org.reportage.parser.internal.quotes;

import java.util.Arrays;

import org.reportage.parser.internal.Workspace;

/**
 * The tokens of a short stretch of text (an attribution context, one sentence): words and single punctuation
 * characters, as offset pairs into the text. Words keep inner apostrophes, hyphens and dots ({@code O’Brien},
 * {@code U.S.}); the full stop of a known abbreviation or an initial belongs to the word.
 *
 * <p>Reused: {@link #reset} re-reads another stretch into the same arrays, so that one buffer serves every
 * context of a report (and, kept in the parse's {@link Workspace} as {@link Buffers}, the next report's). A
 * stretch read again right after itself is not read twice. The size of a stretch is bounded by the caller's
 * window, so work stays linear in the input.
 */
final class Tokens {
    private String t;
    private int[] s;
    private int[] e;
    /** Per token: whether it is a word (starts with a letter or digit). */
    private boolean[] word;
    /** Per word token: its {@link WordSet#hash}, computed once (a word is asked about in many word sets). */
    private int[] hash;
    private int n;
    /** Every slot from here on is empty (zero), as in a new buffer: what a reader past the end sees. */
    private int clean;
    /** The stretch read, [from, to); from &gt; to before the first read. */
    private int from = 1;
    private int to;

    /**
     * The token buffers of the quote stage, kept in the parse's {@link Workspace} so that no report allocates its
     * own. Their arrays grow to the longest context read, which the callers' windows bound.
     */
    static final class Buffers {
        /** Where a parse keeps them. */
        static final Workspace.Key<Buffers> KEY = new Workspace.Key<>(Buffers::new);

        /** The contexts before a quote, and the sentences read for indirect speech. */
        final Tokens before = new Tokens(null, 64);
        /** The contexts after a quote: the same one is read by more than one rule. */
        final Tokens after = new Tokens(null, 64);

        /**
         * @param t the text of the report whose stretches are read from now on, or {@code null} when the report is
         *          done (the buffers then hold no text)
         * @return these buffers
         */
        Buffers on(String t) {
            before.on(t);
            after.on(t);
            return this;
        }
    }

    /**
     * An empty buffer for stretches of a text; fill it with {@link #reset}.
     *
     * @param t        the text (or {@code null}, to be given with {@link #on})
     * @param capacity the number of tokens it holds before it grows
     */
    Tokens(String t, int capacity) {
        this.t = t;
        int c = Math.max(capacity, 4);
        s = new int[c];
        e = new int[c];
        word = new boolean[c];
        hash = new int[c];
    }

    /**
     * Reads stretches of another text from now on.
     *
     * @param text the text, or {@code null} to hold none
     * @return this buffer
     */
    Tokens on(String text) {
        if (text != t) {
            t = text;
            from = 1; // nothing read of it yet
            to = 0;
        }
        return this;
    }

    /**
     * Reads another stretch of the same text into this buffer (the tokens read before are gone).
     *
     * @param from start of the stretch, inclusive
     * @param to   end of the stretch, exclusive
     * @return this buffer, holding the tokens of the stretch
     */
    Tokens reset(int from, int to) {
        if (from == this.from && to == this.to) {
            return this; // read already
        }
        this.from = from;
        this.to = to;
        n = 0;
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (Text.isSpace(c)) {
                i++;
                continue;
            }
            if (Text.isLetterOrDigit(c)) {
                int j = i + 1;
                int h = WordSet.fold(c); // the word's WordSet hash, read along with its characters
                boolean innerDot = false;
                while (j < to) {
                    char d = t.charAt(j);
                    if (Text.isLetterOrDigit(d)) {
                        h = 31 * h + WordSet.fold(d);
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == '\u2011')
                            && j + 1 < to && Text.isLetterOrDigit(t.charAt(j + 1))) {
                        innerDot |= d == '.';
                        h = 31 * (31 * h + WordSet.fold(d)) + WordSet.fold(t.charAt(j + 1));
                        j += 2;
                    } else if (d == ',' && thousands(t, j, to)) {
                        for (int q = j; q < j + 4; q++) {
                            h = 31 * h + WordSet.fold(t.charAt(q)); // the hash covers the whole word
                        }
                        j += 4; // 2,000: a thousands separator, not a clause comma
                    } else {
                        break;
                    }
                }
                if (j < to && t.charAt(j) == '.'
                        && (innerDot || j - i == 1 && Character.isUpperCase(c)
                        || Lexicon.ABBREVIATIONS.contains(t, i, j, WordSet.finish(h)) || j + 1 < to
                        && (t.charAt(j + 1) == ')' || t.charAt(j + 1) == ','))) {
                    h = 31 * h + '.';
                    j++;
                }
                if (j < to && (t.charAt(j) == '\u2019' || t.charAt(j) == '\'') && (t.charAt(j - 1) == 's'
                        || t.charAt(j - 1) == 'S') && (j + 1 >= to || Text.isSpace(t.charAt(j + 1)))
                        && !(j + 1 < to && t.charAt(j) == '\'' && t.charAt(j + 1) == '\'')) {
                    h = 31 * h + '\''; // the folded apostrophe
                    j++; // plural possessive: Sanders’ campaign
                }
                add(i, j, true, WordSet.finish(h));
                i = j;
            } else {
                add(i, i + 1, false, 0);
                i++;
            }
        }
        if (clean > n) {
            Arrays.fill(s, n, clean, 0);
            Arrays.fill(e, n, clean, 0);
            Arrays.fill(word, n, clean, false);
            Arrays.fill(hash, n, clean, 0);
        }
        clean = n;
        return this;
    }

    /** {@link Character#toLowerCase(char)}, with the ASCII answer first. */
    private static char toLower(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' ? (char) (c + 32) : c : Character.toLowerCase(c);
    }

    private void add(int a, int b, boolean isWord, int wordHash) {
        if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
            e = Arrays.copyOf(e, n * 2);
            hash = Arrays.copyOf(hash, n * 2);
            word = Arrays.copyOf(word, n * 2);
        }
        s[n] = a;
        e[n] = b;
        word[n] = isWord;
        hash[n] = wordHash;
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
        char c = t.charAt(s[i]);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
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
            if (toLower(t.charAt(s[i] + k)) != lower.charAt(k)) {
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
            if (toLower(t.charAt(e[i] - suffix.length() + q)) != suffix.charAt(q)) {
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
