package org.reportage.parser.internal.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An immutable set of lower-case words that answers "is the text between two offsets one of my words?"
 * without allocating: an open-addressing table keyed by a case-folded hash of the characters. Most words asked
 * about are not in the set; two bit masks (the lengths of the words, their folded first letters) turn most of
 * those away before any hashing.
 */
final class WordSet {
    private final String[] table;
    /** Per slot: the {@link #hash} of its word, compared before any character. */
    private final int[] hashes;
    private final int mask;
    /** Bit k set: some word has k characters (k &lt; 64; longer words set bit 63). */
    private final long lengths;
    /** Bit k set: some word starts with the folded character {@code 'a' + k} (bit 63: any other character). */
    private final long initials;

    private WordSet(String[] table) {
        this.table = table;
        this.hashes = new int[table.length];
        this.mask = table.length - 1;
        long ls = 0;
        long is = 0;
        for (int i = 0; i < table.length; i++) {
            String w = table[i];
            if (w != null) {
                hashes[i] = hash(w, 0, w.length());
            }
            if (w != null && !w.isEmpty()) {
                ls |= 1L << Math.min(w.length(), 63);
                is |= 1L << initialBit(w.charAt(0));
            }
        }
        this.lengths = ls;
        this.initials = is;
    }

    private static int initialBit(char folded) {
        return folded >= 'a' && folded <= 'z' ? folded - 'a' : 63;
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

    /**
     * @param sets sets
     * @return the set of the words of all of them
     */
    static WordSet union(WordSet... sets) {
        List<String> words = new ArrayList<>();
        for (WordSet set : sets) {
            for (String w : set.table) {
                if (w != null) {
                    words.add(w);
                }
            }
        }
        return of(words.toArray(new String[0]));
    }

    /**
     * @param s    text
     * @param from start, inclusive
     * @param to   end, exclusive
     * @return the case-folded hash of {@code s[from, to)} that {@link #contains(CharSequence, int, int, int)}
     *         takes
     */
    static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return finish(h);
    }

    /**
     * @param h the sum {@code 31 * h + fold(c)} over the characters of a word
     * @return its {@link #hash}
     */
    static int finish(int h) {
        int x = h ^ (h >>> 16);
        return x == 0 ? 1 : x; // never 0, which marks an empty slot of the table
    }

    /**
     * @param c a character
     * @return it folded as the set compares it: lower case, {@code ’} as {@code '}
     */
    static char fold(char c) {
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
        return mayContain(s, from, to) && find(s, from, to, hash(s, from, to));
    }

    /**
     * The same, for a word whose hash is known, read from a character array (the hot path: a token of a report).
     *
     * @param c    characters
     * @param from start, inclusive
     * @param to   end, exclusive
     * @param hash {@link #hash} of {@code c[from, to)}
     * @return whether {@code c[from, to)} is in the set, ignoring case
     */
    boolean contains(char[] c, int from, int to, int hash) {
        // the hash known, the first probe of the table turns most words away: only the length is tested first
        int len = to - from;
        if (len <= 0 || len > 40 || (lengths & 1L << len) == 0) {
            return false;
        }
        // a miss (most words) reads the hashes alone: an empty slot holds 0, which no word's hash is
        for (int h = hash & mask, x; (x = hashes[h]) != 0; h = (h + 1) & mask) {
            if (x == hash && sameFolded(table[h], c, from, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolded(String w, char[] c, int from, int len) {
        if (w.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (w.charAt(i) != fold(c[from + i])) {
                return false;
            }
        }
        return true;
    }

    /** @return false when no word of the set has this length or initial (most words asked about) */
    private boolean mayContain(CharSequence s, int from, int to) {
        int len = to - from;
        return len > 0 && len <= 40 && (lengths & 1L << len) != 0
                && (initials & 1L << initialBit(fold(s.charAt(from)))) != 0;
    }

    private boolean find(CharSequence s, int from, int to, int hash) {
        int len = to - from;
        for (int h = hash & mask, x; (x = hashes[h]) != 0; h = (h + 1) & mask) {
            if (x == hash && table[h].length() == len && sameFolded(table[h], s, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolded(String w, CharSequence s, int from) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) != fold(s.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }
}
