package org.reportage.parser.internal.structure;

import org.reportage.parser.internal.dates.DateParser;
import org.reportage.parser.internal.text.SpeakerLabels;

/**
 * Classifies one trimmed line of a report: separator, header field, byline, live-entry time, headline shape.
 * Every test reads a bounded prefix of the line (or rejects long lines by their length alone), so classifying a
 * 50 MB line costs a few comparisons. Hand-written on purpose: no regex on the hot path. Stateless.
 */
final class Lines {
    /** Longest header key ({@code Published}); a colon further in is not a header. */
    static final int MAX_KEY = 16;
    /** Longest line taken as a headline of a digest story or a byline. */
    static final int MAX_HEADLINE = 150;
    /** The longest headline of two sentences ({@link #paragraphLike}). */
    static final int SHORT_HEADLINE = 80;

    /** Header keys that start a report; the field stands for the article's headline or date. */
    static final int KEY_OTHER = 0;
    static final int KEY_TITLE = 1;
    static final int KEY_DATE = 2;
    static final int KEY_UPDATED = 3;
    static final int KEY_SOURCE = 4;

    private static final String[] KNOWN_KEYS = {"title", "headline", "date", "published", "updated",
        "last updated", "source", "author", "url", "link", "section", "category", "tags", "location",
        "agency", "language", "summary", "dateline"};
    private static final String[] BYLINE_SMALL = {"and", "in", "of", "de", "da", "del", "van", "von", "der", "den",
        "la", "le", "du", "bin", "al", "for", "with", "at", "agencies", "staff", "reporters", "correspondent"};

    private Lines() {
    }

    /** @return whether the character is white space in the view (it has only {@code ' '}, but be lenient) */
    static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || Character.isSpaceChar(c);
    }

    /**
     * @return whether {@code [s, e)} is a feed separator: three or more of one of {@code - * # = _ ~}, spaces
     *         allowed
     */
    static boolean isSeparator(CharSequence t, int s, int e) {
        if (e - s < 3 || e - s > 100) {
            return false;
        }
        char c = t.charAt(s);
        if (c != '-' && c != '*' && c != '#' && c != '=' && c != '_' && c != '~') {
            return false;
        }
        int count = 0;
        for (int i = s; i < e; i++) {
            char d = t.charAt(i);
            if (d == c) {
                count++;
            } else if (d != ' ') {
                return false;
            }
        }
        return count >= 3;
    }

    /**
     * @return the offset of the colon of a {@code Key: value} header line whose key is one of the known keys
     *         (case-insensitive), or -1
     */
    static int knownHeaderColon(CharSequence t, int s, int e) {
        int colon = headerColon(t, s, e);
        return colon > 0 && knownKey(t, s, colon) >= 0 ? colon : -1;
    }

    /**
     * @return the offset of the colon of any {@code Key: value} line (key: one or two words of letters, at most
     *         {@value #MAX_KEY} chars, starting upper-case; a value follows), or -1
     */
    static int headerColon(CharSequence t, int s, int e) {
        if (s >= e || !Character.isUpperCase(t.charAt(s))) {
            return -1;
        }
        int lim = Math.min(e, s + MAX_KEY + 1);
        int spaces = 0;
        for (int i = s; i < lim; i++) {
            char c = t.charAt(i);
            if (c == ':') {
                // a value must follow (or the line ends: an empty field)
                if (i + 1 < e && t.charAt(i + 1) != ' ') {
                    return -1; // "10:32", "http://"
                }
                return i > s ? i : -1;
            }
            if (c == ' ') {
                if (++spaces > 1) {
                    return -1;
                }
            } else if (!Character.isLetter(c) && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** @return the index of the key {@code [s, colon)} in the known keys, or -1 */
    static int knownKey(CharSequence t, int s, int colon) {
        int len = colon - s;
        for (int k = 0; k < KNOWN_KEYS.length; k++) {
            String key = KNOWN_KEYS[k];
            if (key.length() == len && equalsIgnoreCase(t, s, key)) {
                return k;
            }
        }
        return -1;
    }

    /** @return what a header key stands for: {@link #KEY_TITLE}, {@link #KEY_DATE}, … */
    static int keyKind(CharSequence t, int s, int colon) {
        int k = knownKey(t, s, colon);
        switch (k) {
            case 0:
            case 1:
                return KEY_TITLE;
            case 2:
            case 3:
                return KEY_DATE;
            case 4:
            case 5:
                return KEY_UPDATED;
            case 6:
                return KEY_SOURCE;
            default:
                return KEY_OTHER;
        }
    }

    /** @return whether a header line with this key begins a new report when it follows body text */
    static boolean startsReport(CharSequence t, int s, int e) {
        int colon = knownHeaderColon(t, s, e);
        if (colon < 0) {
            return false;
        }
        int kind = keyKind(t, s, colon);
        return kind == KEY_TITLE || kind == KEY_DATE;
    }

    /**
     * A byline: {@code By Tomas Reiner}, {@code BY ANNA KOVAL AND JO PARK}, {@code By Tomas Reiner, Reuters},
     * {@code By Tomas Reiner in Kyiv}. The words after {@code By} are capitalised names (small words such as
     * {@code and}, {@code de} allowed); {@code By Wednesday afternoon, …} and {@code By July 2013} are not
     * bylines.
     */
    static boolean isByline(CharSequence t, int s, int e) {
        if (e - s < 5 || e - s > MAX_HEADLINE || (t.charAt(s) != 'B') || (t.charAt(s + 1) | 0x20) != 'y') {
            return false;
        }
        int p = s + 2;
        if (p < e && t.charAt(p) == ':') {
            p++;
        }
        if (p >= e || t.charAt(p) != ' ') {
            return false;
        }
        int words = 0;
        while (p < e) {
            char c = t.charAt(p);
            if (c == ' ' || c == ',' || c == '&' || c == '|' || c == '/') {
                p++;
                continue;
            }
            int w = p;
            while (w < e && (Character.isLetter(t.charAt(w)) || t.charAt(w) == '.' || t.charAt(w) == '\''
                    || t.charAt(w) == '\u2019' || t.charAt(w) == '-')) {
                w++;
            }
            if (w == p) {
                return false; // a digit or other symbol: "By 2030 ..."
            }
            if (words == 0) {
                int le = p;
                while (le < w && Character.isLetter(t.charAt(le))) {
                    le++;
                }
                if (DateParser.isCalendarWord(t, p, le)) {
                    return false;
                }
            }
            if (!Character.isUpperCase(c) && !small(t, p, w)) {
                return false;
            }
            words++;
            p = w;
        }
        return words >= 1 && words <= 10;
    }

    private static boolean small(CharSequence t, int s, int e) {
        for (String w : BYLINE_SMALL) {
            if (w.length() == e - s && equalsIgnoreCase(t, s, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shape of a headline inside a digest: one short line, starting with a capital, a digit or a quote mark,
     * of at least two words, not ending like a sentence or clause ({@code . , ; :}, also before closing quotes),
     * holding no sentence end followed by another sentence, and no transcript's question ({@link #transcriptTurn}).
     */
    static boolean headlineLike(CharSequence t, int s, int e) {
        if (e - s < 8 || e - s > MAX_HEADLINE) {
            return false;
        }
        char c = t.charAt(s);
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018'
                || c == '\'')) {
            return false;
        }
        int last = e - 1;
        // closing marks, and the inner space of « … . » and ‹ … . ›
        while (last > s && (isClosing(t.charAt(last)) || t.charAt(last) == ' ')) {
            last--;
        }
        char l = t.charAt(last);
        if (l == '.' || l == ',' || l == ';' || l == ':') {
            return false;
        }
        boolean space = false;
        for (int i = s; i < e; i++) {
            char ch = t.charAt(i);
            if (ch == ' ') {
                space = true;
            } else if (sentenceEndAt(t, s, e, i)) {
                return false; // "… at six now. Why did you …": two sentences, a paragraph
            }
        }
        return space && !transcriptTurn(t, s, e, l) && SpeakerLabels.interview(t, s, e) == 0;
    }

    /**
     * Whether the line t[s, e) reads as a paragraph, not a headline, whatever its place: two sentences in more
     * than {@link #SHORT_HEADLINE} characters ({@code … died on Sunday. The orchestra said …}; a headline may be
     * two short ones: {@code The real Trump showed up at debate. GOP must live with it.}), or a quotation or a
     * sentence ending in a full stop with a past-tense attribution ({@code “We will not back down,” said Maria
     * Lopez.}, {@code Corvane said on Tuesday it would cut 500 jobs.}: headlines say "says").
     */
    static boolean paragraphLike(CharSequence t, int s, int e) {
        boolean quote = false;
        boolean said = false;
        for (int i = s; i < e; i++) {
            char ch = t.charAt(i);
            if (e - s > SHORT_HEADLINE && sentenceEndAt(t, s, e, i)) {
                return true;
            }
            quote |= ch == '"' || ch == '\u201C' || ch == '\u00AB';
            said |= ch == ' ' && i + 5 <= e && equalsExact(t, i + 1, "said") && (i + 5 == e
                    || !Character.isLetter(t.charAt(i + 5)));
        }
        if (quote) {
            return said;
        }
        int last = e - 1;
        while (last > s && (t.charAt(last) == ' ' || isClosing(t.charAt(last)))) {
            last--;
        }
        return said && t.charAt(last) == '.' && !contains(t, s, e, " said to ") && sentenceWords(t, s, e);
    }

    /**
     * Whether the line holds a word that headlines leave out: an article, an auxiliary or a weekday ({@code Corvane
     * said on Tuesday it would cut jobs.}; not {@code Three killed in Dornell blast, police said.}).
     */
    private static boolean sentenceWords(CharSequence t, int s, int e) {
        for (String w : SENTENCE_WORDS) {
            if (contains(t, s, e, w)) {
                return true;
            }
        }
        return false;
    }

    /** Words of sentences that headlines drop, with the spaces around them. */
    private static final String[] SENTENCE_WORDS = {" the ", " a ", " an ", " would ", " will ", " was ", " were ",
        " had ", " has ", " is ", " are ", " on Monday", " on Tuesday", " on Wednesday", " on Thursday",
        " on Friday", " on Saturday", " on Sunday"};

    /** Whether t[s, e) contains w. */
    private static boolean contains(CharSequence t, int s, int e, String w) {
        for (int i = s; i + w.length() <= e; i++) {
            if (equalsExact(t, i, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence of the line t[s, e) ends at i: a full stop, "?" or "!" after a word, a space, a capital. */
    private static boolean sentenceEndAt(CharSequence t, int s, int e, int i) {
        char ch = t.charAt(i);
        return (ch == '.' || ch == '?' || ch == '!') && i + 2 < e && t.charAt(i + 1) == ' '
                && Character.isUpperCase(t.charAt(i + 2)) && lowerWordBefore(t, s, i);
    }

    /**
     * Whether the word that ends at {@code end} is written all in lower case, two letters or more, and is no
     * abbreviation written so ({@code vs.}, {@code etc.}): a sentence ends after it, not after {@code Gov.},
     * {@code Mrs.}, {@code Inc.} or {@code U.S.}
     */
    private static boolean lowerWordBefore(CharSequence t, int s, int end) {
        int b = end;
        while (b > s && Character.isLetter(t.charAt(b - 1))) {
            if (!Character.isLowerCase(t.charAt(b - 1))) {
                return false;
            }
            b--;
        }
        if (end - b < 2 || b > s && t.charAt(b - 1) == '.') {
            return false;
        }
        int n = end - b;
        return !(n == 2 && equalsExact(t, b, "vs") || n == 3 && equalsExact(t, b, "etc")
                || n == 6 && equalsExact(t, b, "approx"));
    }

    /**
     * Whether the line is a transcript's question or exclamation: a speaker's label in capitals and a colon, then
     * words in sentence case, ending in {@code ?} or {@code !} ({@code VANCE: Will they come back?}); a kicker
     * before a headline ends otherwise, or is in title case ({@code HUFFPOLLSTER: A Seismic Shift Among Voters},
     * {@code EXCLUSIVE: Ministers plan to cut ferry services}).
     *
     * @param last the line's last character before closing marks
     */
    private static boolean transcriptTurn(CharSequence t, int s, int e, char last) {
        if (last != '?' && last != '!') {
            return false;
        }
        int i = SpeakerLabels.end(t, s, e);
        if (i < 0 || i + 1 >= e || t.charAt(i + 1) != ' ') {
            return false;
        }
        int words = 0;
        int lower = 0;
        for (int k = i + 2; k < e; k++) {
            if (Character.isLetter(t.charAt(k)) && t.charAt(k - 1) == ' ') {
                words++;
                if (Character.isLowerCase(t.charAt(k))) {
                    lower++;
                }
            }
        }
        return words >= 2 && lower * 2 >= words;
    }

    // Closing marks of every convention (German „…“ closes with U+201C, reversed guillemets with «), so that a
    // sentence ending inside its quotation ("… tomorrow.“) is not taken for an unpunctuated headline.
    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u201C' || c == '\u2019' || c == '\'' || c == ')' || c == '\u00BB'
                || c == '\u00AB' || c == '\u203A' || c == '\u2039';
    }

    static boolean equalsIgnoreCase(CharSequence t, int s, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.toLowerCase(t.charAt(s + i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsExact(CharSequence t, int s, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (t.charAt(s + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
