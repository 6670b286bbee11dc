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
    /**
     * The characters of the report in {@link #t}, from offset {@link #base} on, which the tokenizer scans (faster
     * than {@link String#charAt}).
     */
    private char[] chars;
    private int base;
    private int[] s;
    private int[] e;
    /** Per token: whether it is a word (starts with a letter or digit). */
    private boolean[] word;
    /** Per word token: its {@link WordSet#hash}, computed once (a word is asked about in many word sets). */
    private int[] hash;
    /**
     * Per token: whether it is an acronym among lower-case words (see {@link #markAcronyms}); {@link #is} reads
     * it, {@link #in} needs not (an acronym's {@link #hash} is changed so that no set finds it).
     */
    private boolean[] acronym;
    private int n;
    /** Every slot from here on is empty (zero), as in a new buffer: what a reader past the end sees. */
    private int clean;
    /** The stretch read, [from, to); from &gt; to before the first read. */
    private int from = 1;
    private int to;

    /**
     * The token buffers of the quote stage, kept in the parse's {@link Workspace} so that no report allocates its
     * own. Their token arrays grow to the longest context read, which the callers' windows bound; the copy of the
     * report's characters grows to the report and is kept only up to {@link #KEEP_CHARS}.
     */
    static final class Buffers {
        /** The longest character copy kept for the next report (a huge report's copy does not outlive it). */
        static final int KEEP_CHARS = 1 << 21;

        /** Where a parse keeps them. */
        static final Workspace.Key<Buffers> KEY = new Workspace.Key<>(Buffers::new);

        /** The contexts before a quote, and the sentences read for indirect speech. */
        final Tokens before = new Tokens(null, 64);
        /** The contexts after a quote: the same one is read by more than one rule. */
        final Tokens after = new Tokens(null, 64);
        /** The characters of the report, shared by both buffers; zeroed when the report is done. */
        private char[] chars = new char[0];
        private int length;
        /** The offset in the text of {@code chars[0]}. */
        private int base;

        /**
         * @param t    the text that holds the report whose stretches are read from now on, or {@code null} when the
         *             report is done (the buffers then hold no text)
         * @param from where the report starts in it: no stretch read starts before
         * @param to   where it ends: no stretch read ends after
         * @return these buffers
         */
        Buffers on(String t, int from, int to) {
            Arrays.fill(chars, 0, length, '\0'); // a parser keeps no report's text between calls
            length = t == null ? 0 : to - from;
            base = t == null ? 0 : from;
            if (t == null && chars.length > KEEP_CHARS) {
                chars = new char[0];
            }
            if (chars.length < length) {
                chars = new char[length];
            }
            if (t != null) {
                t.getChars(from, to, chars, 0);
            }
            before.on(t, chars, from);
            after.on(t, chars, from);
            return this;
        }

        /**
         * @return the characters of the report, {@code chars()[i - base()]} being those of the text at {@code i}
         *         for every {@code i} in the report's range (read-only; valid until the next {@link #on})
         */
        char[] chars() {
            return chars;
        }

        /** @return the offset in the text of {@code chars()[0]} */
        int base() {
            return base;
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
        this.chars = t == null ? null : t.toCharArray();
        int n = Math.max(capacity, 4);
        s = new int[n];
        e = new int[n];
        word = new boolean[n];
        hash = new int[n];
        acronym = new boolean[n];
    }

    /**
     * Reads stretches of another text from now on.
     *
     * @param text  the text, or {@code null} to hold none
     * @param chars its characters from offset {@code base} on, as far as the stretches read reach (the caller
     *              keeps them unchanged while this buffer reads the text), or {@code null}
     * @param base  the offset in the text of the first of them
     * @return this buffer
     */
    Tokens on(String text, char[] chars, int base) {
        if (text != t) {
            t = text;
            from = 1; // nothing read of it yet
            to = 0;
        }
        this.chars = chars;
        this.base = base;
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
        char[] c = chars;
        int off = base;
        int i = from;
        while (i < to) {
            char ch = c[i - off];
            if (Text.isSpace(ch)) {
                i++;
                continue;
            }
            if (Text.isLetterOrDigit(ch)) {
                int j = i + 1;
                int h = WordSet.fold(ch); // the word's WordSet hash, read along with its characters
                boolean innerDot = false;
                while (j < to) {
                    char d = c[j - off];
                    if (Text.isLetterOrDigit(d)) {
                        h = 31 * h + WordSet.fold(d);
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == '\u2011')
                            && j + 1 < to && Text.isLetterOrDigit(c[j + 1 - off])) {
                        innerDot |= d == '.';
                        h = 31 * (31 * h + WordSet.fold(d)) + WordSet.fold(c[j + 1 - off]);
                        j += 2;
                    } else if (d == ',' && thousands(c, off, j, to)) {
                        for (int q = j; q < j + 4; q++) {
                            h = 31 * h + WordSet.fold(c[q - off]); // the hash covers the whole word
                        }
                        j += 4; // 2,000: a thousands separator, not a clause comma
                    } else {
                        break;
                    }
                }
                // an abbreviation keeps its full stop when capitalised ("Mr.", "No. 5", "Ill.") or one of the few
                // written in lower case ("etc."); else the word ends a sentence ("the mayor said no.", "was ill.")
                if (j < to && c[j - off] == '.'
                        && (innerDot || j - i == 1 && Character.isUpperCase(ch)
                        || Lexicon.ABBREVIATIONS.contains(c, i - off, j - off, WordSet.finish(h))
                        && (Character.isUpperCase(ch)
                        || Lexicon.LOWER_CASE_ABBREVIATIONS.contains(c, i - off, j - off, WordSet.finish(h)))
                        || j + 1 < to
                        && (c[j + 1 - off] == ')' || c[j + 1 - off] == ','))) {
                    h = 31 * h + '.';
                    j++;
                }
                if (j < to && (c[j - off] == '\u2019' || c[j - off] == '\'') && (c[j - 1 - off] == 's'
                        || c[j - 1 - off] == 'S') && (j + 1 >= to || Text.isSpace(c[j + 1 - off]))
                        && !(j + 1 < to && c[j - off] == '\'' && c[j + 1 - off] == '\'')) {
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
        markAcronyms();
        if (clean > n) {
            Arrays.fill(s, n, clean, 0);
            Arrays.fill(e, n, clean, 0);
            Arrays.fill(word, n, clean, false);
            Arrays.fill(hash, n, clean, 0);
            Arrays.fill(acronym, n, clean, false);
        }
        clean = n;
        return this;
    }

    /**
     * The end of the sentence that continues at {@code from}: after the first full stop, question or exclamation
     * mark that {@link Text#isSentenceEnd} takes for one, read from the characters of the report.
     *
     * @param from where the sentence continues
     * @param hi   end of the stretch that may be read
     * @return the end of the sentence (exclusive, its mark included), not after {@code hi}
     */
    int sentenceEnd(int from, int hi) {
        char[] c = chars;
        int off = base;
        for (int j = from; j < hi; j++) {
            char ch = c[j - off];
            if ((ch == '.' || ch == '!' || ch == '?') && Text.isSentenceEnd(t, j, hi)) {
                return j + 1;
            }
        }
        return hi;
    }

    /**
     * @param ch   a character
     * @param from start of the stretch, inclusive
     * @param to   end of the stretch, exclusive
     * @return the position of the first {@code ch} in the stretch, or {@code to}
     */
    int next(char ch, int from, int to) {
        char[] c = chars;
        int off = base;
        for (int j = from; j < to; j++) {
            if (c[j - off] == ch) {
                return j;
            }
        }
        return to;
    }

    /**
     * Marks a word in capitals that stands among words in lower case ({@code the WHO said}, {@code the IT
     * department}) an acronym, not the function word it spells: no {@link WordSet} holds it and {@link #is} matches
     * no word. A word in a line of capitals ({@code WHO SAYS}) keeps its reading.
     */
    private void markAcronyms() {
        char[] c = chars;
        int off = base;
        for (int i = 0; i < n; i++) {
            boolean a = false;
            if (word[i] && e[i] - s[i] >= 2) {
                char c0 = c[s[i] - off];
                char c1 = c[s[i] + 1 - off];
                // most words fail on their first two characters, read from the array (this runs for every token)
                a = (c0 < 128 ? c0 >= 'A' && c0 <= 'Z' : Character.isUpperCase(c0)) && !(c1 >= 'a' && c1 <= 'z')
                        && allUpper(i) && (lowerWord(i - 1) || lowerWord(i + 1));
            }
            acronym[i] = a;
            if (a) {
                hash[i] ^= ACRONYM; // a hash no lookup of the word's letters computes: in() finds it in no set
            }
        }
    }

    /**
     * Mixed into an acronym's hash. In the flag alone, {@link #in} (the hottest test of the stage) paid a load and
     * a branch per call: ~3% of the corpus parse (Ab, both orders).
     */
    private static final int ACRONYM = 0x5bd1e995;

    /** Whether token i is a word with two letters or more and none in lower case ({@code UPDATE}). */
    boolean isAllUpper(int i) {
        return word[i] && allUpper(i);
    }

    /** Whether word token i has two letters or more and none in lower case. */
    private boolean allUpper(int i) {
        int letters = 0;
        for (int j = s[i]; j < e[i]; j++) {
            char c = chars[j - base];
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Whether token i exists and is a word with a lower-case letter. */
    private boolean lowerWord(int i) {
        if (i < 0 || i >= n || !word[i]) {
            return false;
        }
        for (int j = s[i]; j < e[i]; j++) {
            if (Character.isLowerCase(chars[j - base])) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#toLowerCase(char)}, with the ASCII answer first. */
    private static char toLower(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' ? (char) (c + 32) : c : Character.toLowerCase(c);
    }

    private void add(int a, int b, boolean isWord, int wordHash) {
        if (n + 1 == s.length) { // one empty slot always stays past the last token: what a reader past it sees
            s = Arrays.copyOf(s, n * 2);
            e = Arrays.copyOf(e, n * 2);
            hash = Arrays.copyOf(hash, n * 2);
            word = Arrays.copyOf(word, n * 2);
            acronym = Arrays.copyOf(acronym, n * 2);
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

    /**
     * Whether token i starts with a capital, or is a name after a lower-case particle joined to it ({@code al-Amin},
     * {@code el-Sisi}, {@code d’Estaing}: at most three letters, a hyphen or an apostrophe, a capital).
     */
    boolean isCapitalised(int i) {
        if (s[i] == e[i]) {
            return false; // the empty slot after the last token
        }
        char c = chars[s[i] - base];
        if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
            return true;
        }
        return c >= 'a' && c <= 'z' && word[i] && e[i] - s[i] >= 4 && particleName(s[i] - base, e[i] - base);
    }

    /** Whether chars[from, to) is a lower-case particle of one to three letters joined to a capitalised name. */
    private boolean particleName(int from, int to) {
        for (int j = from + 1; j < from + 4 && j + 1 < to; j++) {
            char c = chars[j];
            if (c == '-' || c == '\'' || c == '\u2019') {
                return Character.isUpperCase(chars[j + 1]);
            }
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return false;
    }

    boolean isPunct(int i, char c) {
        return e[i] - s[i] == 1 && chars[s[i] - base] == c;
    }

    char first(int i) {
        return s[i] == e[i] ? '\0' : chars[s[i] - base];
    }

    /** @return the second character of token i, or 0 when it has one character */
    char second(int i) {
        return e[i] - s[i] < 2 ? '\0' : chars[s[i] + 1 - base];
    }

    boolean in(int i, WordSet set) {
        return word[i] && set.contains(chars, s[i] - base, e[i] - base, hash[i]);
    }

    boolean is(int i, String lower) {
        int len = e[i] - s[i];
        if (len != lower.length() || acronym[i]) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (toLower(chars[s[i] - base + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether token i is a quotation mark of any kind */
    boolean isQuoteMark(int i) {
        return e[i] - s[i] == 1 && Marks.isMarkChar(chars[s[i] - base]);
    }

    /** @return whether token i ends a clause: . ! ? ; or a dash */
    boolean isClauseEnd(int i) {
        if (e[i] - s[i] != 1) {
            return false;
        }
        char c = chars[s[i] - base];
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
            if (toLower(chars[e[i] - base - suffix.length() + q]) != suffix.charAt(q)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the comma at i separates thousands: a digit before it, exactly three digits after it ({@code c} holds
     * the text from offset {@code off} on).
     */
    private static boolean thousands(char[] c, int off, int i, int to) {
        return i > 0 && i + 3 < to && Character.isDigit(c[i - 1 - off])
                && Character.isDigit(c[i + 1 - off]) && Character.isDigit(c[i + 2 - off])
                && Character.isDigit(c[i + 3 - off]) && (i + 4 >= to || !Character.isDigit(c[i + 4 - off]));
    }
}
