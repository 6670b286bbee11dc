package org.reportage.parser.internal.quotes;

import java.util.Locale;

/**
 * An immutable set of lower-case words that answers "is the text between two offsets one of my words?"
 * without allocating: an open-addressing table keyed by a case-folded hash of the characters.
 */
final class WordSet {
    private final String[] table;
    private final int mask;

    private WordSet(String[] table) {
        this.table = table;
        this.mask = table.length - 1;
    }

    /**
     * @param words the words, any case (stored lower case)
     * @return the set
     */
    static WordSet of(String... words) {
        int cap = 16;
        while (cap < words.length * 3) {
            cap <<= 1;
        }
        String[] table = new String[cap];
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            int h = hash(lw, 0, lw.length()) & (cap - 1);
            while (table[h] != null && !table[h].equals(lw)) {
                h = (h + 1) & (cap - 1);
            }
            table[h] = lw;
        }
        return new WordSet(table);
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c == '\u2019') {
            return '\'';
        }
        return c < 128 ? c : Character.toLowerCase(c);
    }

    /**
     * @param s    text
     * @param from start, inclusive
     * @param to   end, exclusive
     * @return whether {@code s[from, to)} is in the set, ignoring case
     */
    boolean contains(CharSequence s, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > 40) {
            return false;
        }
        int h = hash(s, from, to) & mask;
        while (true) {
            String w = table[h];
            if (w == null) {
                return false;
            }
            if (w.length() == len) {
                boolean eq = true;
                for (int i = 0; i < len; i++) {
                    if (w.charAt(i) != fold(s.charAt(from + i))) {
                        eq = false;
                        break;
                    }
                }
                if (eq) {
                    return true;
                }
            }
            h = (h + 1) & mask;
        }
    }
}
