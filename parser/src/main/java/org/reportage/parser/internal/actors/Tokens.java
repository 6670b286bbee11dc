package org.reportage.parser.internal.actors;

import java.util.Arrays;
import java.util.Set;

import org.reportage.parser.internal.Workspace;
import org.reportage.parser.internal.dates.EntryTimes;

/**
 * The words and punctuation of a report's blocks, read in one pass into parallel int arrays (no object per
 * token). Optimised on purpose: this is the hot path of the actor stage.
 *
 * <p>A word is a run of letters, digits and combining marks; it keeps inner hyphens ({@code Secretary-General}),
 * inner apostrophes ({@code O'Brien}), inner ampersands between capitals ({@code P&G}), the dots of dotted
 * acronyms and initials ({@code U.S.}, {@code J.}) and the full stop of a known abbreviation ({@code Mr.},
 * {@code Sen.}). A possessive {@code 's} is its own token. Any other character that is not a space is a
 * one-character punctuation token.
 */
final class Tokens {
    static final int WORD = 1;
    /** The first letter is upper or title case. */
    static final int CAP = 1 << 1;
    /** At least two letters and none of them lower case. */
    static final int UPPER = 1 << 2;
    /** The word contains a full stop (U.S., Mr.). */
    static final int DOTTED = 1 << 3;
    /** The token opens a sentence (or a line, or a quotation). */
    static final int SENT = 1 << 4;
    /** A possessive {@code 's}. */
    static final int POSS = 1 << 5;
    static final int PUNCT = 1 << 6;
    /** The first token of a line. */
    static final int LINE = 1 << 7;
    /** The word starts with a digit. */
    static final int NUM = 1 << 8;
    /** The first letter is lower case. */
    static final int LOWER = 1 << 9;
    /** A quotation mark that opens a quotation. */
    static final int QOPEN = 1 << 10;
    /** A quotation mark. */
    static final int QUOTE = 1 << 11;
    /** White space (or nothing) separates this token from the previous one. */
    static final int SPACE_BEFORE = 1 << 12;
    /** The token lies inside quotation marks. */
    static final int INQ = 1 << 13;
    /** The first token of a block (see {@link #block(int)}). */
    static final int BLOCK = 1 << 14;
    /** The token lies in the headline block. */
    static final int HEADLINE = 1 << 15;
    /** The token lies in a block written in capitals: three words or more, four in five of them {@link #UPPER}. */
    static final int CAPS_BLOCK = 1 << 16;

    /** Report bit of a key: written in lower case somewhere in the report. */
    static final int SEEN_LOWER = Lexicon.LAST_BIT << 1;
    /** Report bit of a key: capitalised inside a sentence of the body (not first, not in the headline). */
    static final int SEEN_CAPITALISED_INSIDE = Lexicon.LAST_BIT << 2;
    /** Report bit of a key: written capitalised right after a capitalised first name, on the same line (a surname). */
    static final int SEEN_AFTER_FIRST_NAME = Lexicon.LAST_BIT << 3;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "lt", "col", "maj", "capt", "sgt", "adm", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no",
            "v", "vs", "fr", "rev", "mt", "ft", "brig", "cmdr", "supt", "pres", "messrs", "mme", "esq", "dept", "govt",
            "sens", "reps");
    /** The same, as an array, to compare a token with them in place (no substring per sentence end). */
    private static final String[] ABBREVIATION_LIST = ABBREVIATIONS.toArray(new String[0]);
    /** Their hash codes, compared before their characters. */
    private static final int[] ABBREVIATION_HASHES = hashes(ABBREVIATION_LIST);

    final String text;
    /**
     * The report's part of {@link #text} (from its first block's start), copied once: the scan and the key
     * comparisons read it, not the String (whose every {@code charAt} checks its coder and its bounds). Inside
     * this class positions are indexes into it; {@link #start} and {@link #end} are view offsets.
     */
    private final char[] chars;
    /** The view offset of {@code chars[0]}. */
    private final int base;
    /** How much of {@link #chars} holds text: up to the last block's end and one character more (if any). */
    private final int charsEnd;
    /** The lexicon whose word ids and bits each key gets, or {@code null} (while the lexicon itself loads). */
    private final Lexicon lexicon;
    int n;
    int[] start;
    int[] end;
    int[] flags;
    int[] sentence;
    /**
     * Per block: its first token (the next block's first when it has none). A block per token would cost an int
     * per token; a token's block is found by binary search and the start of a block is a flag ({@link #BLOCK}).
     */
    private final int[] blockFirst;
    /** The block {@link #block(int)} found last. */
    private int lastBlock;
    /** Per token: the id of its key in this report's key table (see {@link #intern}). */
    private int[] keyId;
    /** Per ASCII character: the key id + 1 of its punctuation token, once one occurred (else 0). */
    private final int[] punctIds;
    // Per distinct key of the report, by key id: where it first occurs, its hash, its lexicon word and bits, its
    // String and the text of one of its tokens (made on first request).
    private int keyCount;
    /**
     * Per key id {@code k}, side by side (what a probe and a bits test read share a cache line): at {@code 4k} its
     * hash, at {@code 4k + 1} and {@code 4k + 2} where it first occurs (in {@link #chars}), at {@code 4k + 3} its
     * bits.
     */
    private int[] keyData;
    private int[] keyWord;
    /**
     * Per key id {@code k}: at {@code 2k} its String ({@link #key}), at {@code 2k + 1} the text of the token of the
     * key that {@link #text} made last (a key's tokens are mostly written alike, so one String serves them all).
     */
    private String[] keyText;
    /** Open-addressing index of the keys: key id + 1, 0 for an empty slot; its first {@code slotMask + 1} used. */
    private int[] slots;
    /** The size of the key index in use, less one (a power of two less one; the array may be longer). */
    private int slotMask;
    int sentences;
    /** The key hash of the word {@link #scanWord} read last. */
    private int wordHash;
    /** Whether the word {@link #scanWord} read last has a full stop. */
    private boolean wordDotted;
    /** Whether the word {@link #scanWord} read last has at least two letters and none of them lower case. */
    private boolean wordUpper;
    /** Whether the word {@link #scanWord} read last has an inner hyphen or apostrophe (al-Assad, d'Estaing). */
    private boolean wordJoined;

    private Tokens(String text, int from, int to, int capacity, int keys, Lexicon lexicon, int blocks,
                   Buffers reuse) {
        this.text = text;
        this.blockFirst = new int[blocks];
        this.lexicon = lexicon;
        Buffers b = reuse != null ? reuse : new Buffers();
        // one character past the last block, as String.codePointAt would read a surrogate pair across its end
        int copyEnd = Math.min(text.length(), Math.max(from, to) + 1);
        base = from;
        charsEnd = copyEnd - from;
        chars = b.chars != null && b.chars.length >= charsEnd ? b.chars : new char[charsEnd];
        text.getChars(from, copyEnd, chars, 0);
        // the arrays are taken out of the buffers and given back by recycle, so a report abandoned half-way (an
        // exception) leaves none behind for the next one
        keyId = atLeast(b.keyId, capacity);
        punctIds = atLeast(b.punctIds, 128);
        keyData = atLeast(b.keyData, 4 * keys);
        keyWord = atLeast(b.keyWord, keys);
        keyText = b.keyText != null && b.keyText.length >= 2 * keys ? b.keyText : new String[2 * keys];
        // at most half full (see intern): small, so that probes stay in a fast cache
        slotMask = (Integer.highestOneBit(keys - 1) << 1) - 1;
        slots = atLeast(b.slots, slotMask + 1);
        start = atLeast(b.start, capacity);
        end = atLeast(b.end, capacity);
        flags = atLeast(b.flags, capacity);
        sentence = atLeast(b.sentence, capacity);
        b.clear();
    }

    private static int[] atLeast(int[] a, int length) {
        return a != null && a.length >= length ? a : new int[length];
    }

    /**
     * The arrays of one report's tokens, kept in the parse's {@link Workspace} for the next report so that each
     * report does not allocate and zero them again. Only arrays of reports up to {@link #KEEP_TOKENS} tokens (and
     * {@link #KEEP_CHARS} characters) are kept, so that a huge report's arrays do not outlive it.
     */
    static final class Buffers {
        /** Where a parse keeps them. */
        static final Workspace.Key<Buffers> KEY = new Workspace.Key<>(Buffers::new);
        static final int KEEP_TOKENS = 1 << 18;
        /** The longest copy of a report's text kept. */
        private static final int KEEP_CHARS = 1 << 21;

        private char[] chars;
        private int[] keyId;
        private int[] punctIds;
        private int[] keyData;
        private int[] keyWord;
        private String[] keyText;
        private int[] slots;
        private int[] start;
        private int[] end;
        private int[] flags;
        private int[] sentence;

        private void clear() {
            chars = null;
            keyId = null;
            punctIds = null;
            keyData = null;
            keyWord = null;
            keyText = null;
            slots = null;
            start = null;
            end = null;
            flags = null;
            sentence = null;
        }
    }

    /**
     * Gives this report's arrays to {@code b} for the next report (when they are not too large), cleared of what
     * would otherwise be read again (the key strings and the key index) and of the copy of the text, which a
     * parser must not keep between calls. Nothing may read these tokens afterwards.
     *
     * @param b the buffers of the parse
     */
    void recycle(Buffers b) {
        if (start.length > Buffers.KEEP_TOKENS) {
            return;
        }
        Arrays.fill(keyText, 0, 2 * keyCount, null);
        Arrays.fill(slots, 0, slotMask + 1, 0);
        Arrays.fill(punctIds, 0);
        if (chars.length <= Buffers.KEEP_CHARS) {
            Arrays.fill(chars, 0, charsEnd, '\0'); // a parser keeps no report's text between calls
            b.chars = chars;
        } else {
            b.chars = null;
        }
        b.keyId = keyId;
        b.punctIds = punctIds;
        b.keyData = keyData;
        b.keyWord = keyWord;
        b.keyText = keyText;
        b.slots = slots;
        b.start = start;
        b.end = end;
        b.flags = flags;
        b.sentence = sentence;
    }

    /**
     * @param text the view text
     * @param bs   block starts
     * @param be   block ends (exclusive)
     * @param lexicon the lexicon whose words the keys are looked up in, once per distinct key; {@code null} for
     *                none (every key then has word -1 and no bits)
     * @param headline whether the first block is a headline (its tokens get {@link #HEADLINE})
     * @param reuse    the parse's buffers whose arrays this report's tokens take, or {@code null} for new arrays
     * @return the tokens of all blocks, in order, with the report bits {@link #SEEN_LOWER} and
     *         {@link #SEEN_CAPITALISED_INSIDE} set on their keys
     */
    static Tokens of(String text, int[] bs, int[] be, Lexicon lexicon, boolean headline, Buffers reuse) {
        int total = 0;
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (int b = 0; b < bs.length; b++) {
            if (be[b] > bs[b]) {
                total += be[b] - bs[b];
                from = Math.min(from, bs[b]);
                to = Math.max(to, be[b]);
            }
        }
        from = Math.min(from, to);
        // news text has about 0.19 tokens per character, 0.4 distinct keys per token (at most 0.25 and 0.18 keys
        // per character in the corpus): sized for that, so the arrays rarely grow
        Tokens t = new Tokens(text, from, to, total / 9 * 2 + 16, Math.max(16, total / 8), lexicon, bs.length,
                reuse);
        for (int b = 0; b < bs.length; b++) {
            t.blockFirst[b] = t.n;
            if (be[b] > bs[b]) {
                t.scan(bs[b] - from, be[b] - from, b, headline && b == 0 ? HEADLINE : 0);
            }
        }
        return t;
    }

    /**
     * @param phrase a lexicon phrase
     * @return its tokens, as one block
     */
    static Tokens of(String phrase) {
        return of(phrase, new int[] {0}, new int[] {phrase.length()}, null, false, null);
    }

    /**
     * Reads the tokens of one block, marks their keys ({@link #SEEN_LOWER}, {@link #SEEN_CAPITALISED_INSIDE}) and,
     * when the block is written in capitals, flags its tokens {@link #CAPS_BLOCK}.
     *
     * @param head {@link #HEADLINE} for the headline block, else 0
     */
    private void scan(int from, int to, int blk, int head) {
        int first = n;
        int words = 0;
        int upper = 0;
        boolean sentStart = true;
        boolean lineStart = true;
        int entryText = -1; // where the text of a live page's entry starts, after the time that opens its line
        boolean space = true;
        boolean inDouble = false;
        boolean inSingle = false;
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (c != '\n' && isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            if (c == '\n') {
                lineStart = true;
                // a line that goes on in lower case after a word or a comma goes on with its sentence (hard-wrapped
                // text: "… and the\nretailer said"); any other line opens one
                sentStart |= !(n > first && ((flags[n - 1] & WORD) != 0 || chars[start[n - 1] - base] == ',')
                        && lowerNext(i + 1, to));
                space = true;
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? Character.codePointAt(chars, i, charsEnd) : c;
            int f = 0;
            int s = i;
            if (isWordChar(cp)) {
                i = scanWord(i, to);
                f = WORD | wordShape(s, i);
                if (i < to && chars[i] == '.' && (f & DOTTED) == 0 && isAbbreviation(s, i, wordHash)) {
                    i++;
                    f |= DOTTED;
                }
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && (chars[i + 1] == 's'
                    || chars[i + 1] == 'S') && (i + 2 >= to || !Character.isLetter(chars[i + 2]))
                    && n > 0 && (flags[n - 1] & WORD) != 0 && end[n - 1] == base + i) {
                i += 2;
                f = POSS;
            } else {
                i += Character.charCount(cp);
                f = PUNCT;
                if (isQuote(c)) {
                    f |= QUOTE;
                    if (opens(c, s, from, to)) {
                        f |= QOPEN;
                    }
                }
            }
            // a word's key hash came with its shape (a full stop added after it counts for nothing)
            int id = (f & WORD) != 0 ? intern(s, i, wordHash)
                    : (f & PUNCT) != 0 && c < 0x80 ? punctKey(c, s) : intern(s, i, keyHash(s, i));
            if ((f & (CAP | DOTTED)) == CAP && n > first && (flags[n - 1] & (WORD | DOTTED)) == (WORD | DOTTED)
                    && ((keyData[4 * id + 3] & (Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.PREPOSITION)) != 0
                    || idIs(id, "but") || idIs(id, "however") || idIs(id, "we"))
                    && !has(n - 1, Lexicon.HONORIFIC | Lexicon.TITLE)) {
                // "an analyst at Lyle & Co. He added", "Norbeck Holdings Inc. In a statement", "the U.S. But": the
                // full stop of the word before ends the sentence too (not a title's: "Dr. He Jiankui", "Mr. An said")
                sentStart = true;
            }
            if (entryText >= 0 && s >= entryText) {
                // a live page's entry: "10:32 GMT — Police say …", "9.15am Turnout was …": its first word opens
                // its sentence, not the time
                sentStart |= (f & WORD) != 0;
                entryText = -1;
            }
            if (sentStart && (f & (WORD | QOPEN)) != 0) {
                if ((f & WORD) != 0) {
                    f |= SENT;
                    sentences++;
                    sentStart = false;
                }
            }
            if (lineStart) {
                f |= LINE;
                lineStart = false;
                if ((f & NUM) != 0) {
                    int et = EntryTimes.textStart(text, base + s, base + to) - base;
                    entryText = et > s ? et : -1;
                }
            }
            if (space) {
                f |= SPACE_BEFORE;
            }
            if ((f & QUOTE) != 0) {
                boolean single = c == '\u2018' || c == '\u2019' || c == '\'' || c == '\u2039' || c == '\u203A';
                if (single) {
                    inSingle = (f & QOPEN) != 0;
                } else {
                    inDouble = (f & QOPEN) != 0;
                }
            } else if (inDouble || inSingle) {
                f |= INQ;
            }
            add(s, i, f | head, blk, id);
            if ((f & (WORD | NUM)) == WORD) {
                words++;
                if ((f & UPPER) != 0) {
                    upper++;
                }
                if ((f & LOWER) != 0) {
                    mark(n - 1, SEEN_LOWER);
                } else if ((f & (CAP | SENT)) == CAP && head == 0 && !(n >= 2 && (flags[n - 2] & QOPEN) != 0)) {
                    mark(n - 1, SEEN_CAPITALISED_INSIDE);
                }
                if ((f & CAP) != 0 && (f & LINE) == 0 && n - 1 > first && (flags[n - 2] & CAP) != 0
                        && has(n - 2, Lexicon.FIRST_NAME)) {
                    mark(n - 1, SEEN_AFTER_FIRST_NAME); // a surname: "Jim Jordan"
                }
            }
            space = false;
            if ((f & PUNCT) != 0) {
                if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                    // (not the full stop of a parenthesis the sentence goes on after: "Harry Reid (D-Nev.) blasted")
                    sentStart = !(c == '.' && i < to && chars[i] == ')' && lowerNext(i + 1, to));
                } else if ((f & QOPEN) != 0 && i < to
                        && Character.isUpperCase(Character.codePointAt(chars, i, charsEnd))
                        && n >= 2 && (flags[n - 2] & PUNCT) != 0) {
                    // "… concluded: “Now they …" — a quotation after a colon or dash opens a sentence
                    char p = chars[start[n - 2] - base];
                    if (p == ':' || p == '\u2014' || p == '\u2013') {
                        sentStart = true;
                    }
                } else if (c == ':' && i + 1 < to && chars[i] == ' '
                        && Character.isUpperCase(chars[i + 1])) {
                    sentStart = true;
                }
            }
        }
        if (words >= 3 && upper * 5 >= words * 4) {
            for (int k = first; k < n; k++) {
                flags[k] |= CAPS_BLOCK;
            }
        }
    }

    /** Whether the first character after spaces from {@code i} (before {@code to}) is a lower-case letter. */
    private boolean lowerNext(int i, int to) {
        while (i < to && chars[i] != '\n' && isSpace(chars[i])) {
            i++;
        }
        return i < to && Character.isLowerCase(chars[i]);
    }

    /** Adds the token text[s, e) with flags f, in block blk, whose key has the given id. */
    private void add(int s, int e, int f, int blk, int id) {
        if (n == start.length) {
            int cap = n * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            flags = Arrays.copyOf(flags, cap);
            sentence = Arrays.copyOf(sentence, cap);
            keyId = Arrays.copyOf(keyId, cap);
        }
        keyId[n] = id;
        start[n] = base + s;
        end[n] = base + e;
        sentence[n] = Math.max(0, sentences - 1);
        if (blockFirst[blk] == n) {
            f |= BLOCK;
        }
        flags[n] = f;
        n++;
    }

    /**
     * Reads a word from {@code i} and, in the same pass, its key hash ({@link #wordHash}: the {@code hashCode()} of
     * its key), whether it has a full stop ({@link #wordDotted}) and whether it has two letters and none lower case
     * ({@link #wordUpper}), and whether it has an inner hyphen or apostrophe ({@link #wordJoined}).
     *
     * @return the word's end
     */
    private int scanWord(int i, int to) {
        int s = i;
        int h = 0;
        int letters = 0;
        boolean lower = false;
        boolean dotted = false;
        boolean joined = false;
        int end;
        while (true) {
            if (i >= to) {
                end = i;
                break;
            }
            char ch = chars[i];
            if (ch < 0x80) {
                if (ch >= 'a' && ch <= 'z') {
                    h = 31 * h + ch;
                    letters++;
                    lower = true;
                    i++;
                    continue;
                }
                if (ch >= 'A' && ch <= 'Z') {
                    h = 31 * h + (ch + ('a' - 'A'));
                    letters++;
                    i++;
                    continue;
                }
                if (ch >= '0' && ch <= '9') {
                    h = 31 * h + ch;
                    i++;
                    continue;
                }
            } else {
                int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(chars, i, charsEnd) : ch;
                if (isWordChar(cp)) {
                    int next = i + Character.charCount(cp);
                    for (; i < next; i++) {
                        char c = chars[i];
                        h = 31 * h + fold(c);
                        if (Character.isLetter(c)) {
                            letters++;
                            if (Character.isLowerCase(c)) {
                                lower = true;
                            }
                        }
                    }
                    continue;
                }
            }
            char c = ch;
            if (i + 1 < to) {
                char d = chars[i + 1];
                if ((c == '-' || c == '\u2010') && Character.isLetterOrDigit(d)) {
                    h = 31 * h + '-';
                    joined = true;
                    i++;
                    continue;
                }
                if ((c == '\'' || c == '\u2019') && Character.isLetter(d)) {
                    boolean possessive = (d == 's' || d == 'S')
                            && (i + 2 >= to || !Character.isLetter(chars[i + 2]));
                    if (!possessive && !contraction(i + 1, to)) {
                        h = 31 * h + '\'';
                        joined = true;
                        i++;
                        continue;
                    }
                    end = i;
                    break;
                }
                if (c == '&' && Character.isUpperCase(d) && i > s && Character.isUpperCase(chars[i - 1])) {
                    h = 31 * h + '&';
                    i++;
                    continue;
                }
                if (c == '.' && Character.isLetter(d) && i - s >= 1 && isDottedAcronym(s, i, to)) {
                    // U.S., U.N., J.P. — single letters joined by dots
                    dotted = true;
                    i++;
                    continue;
                }
            }
            if (c == '.' && i - s == 1 && Character.isUpperCase(chars[s])) {
                dotted = true;
                end = i + 1; // an initial: J.
                break;
            }
            if (c == '.' && i > s + 1 && chars[i - 2] == '.') {
                dotted = true;
                end = i + 1; // the closing dot of U.S.
                break;
            }
            end = i;
            break;
        }
        wordHash = h;
        wordDotted = dotted;
        wordUpper = letters >= 2 && !lower;
        wordJoined = joined;
        return end;
    }

    /** "who’d", "they’re", "we’ve", "I’m", "she’ll": the word ends before the apostrophe. */
    private boolean contraction(int at, int to) {
        int e = at;
        while (e < to && e - at < 3 && Character.isLetter(chars[e])) {
            e++;
        }
        if (e < to && Character.isLetter(chars[e])) {
            return false;
        }
        if (e - at == 1) {
            char a = chars[at];
            return a == 'd' || a == 'm';
        }
        if (e - at == 2) {
            char a = chars[at];
            char b = chars[at + 1];
            return a == 'l' && b == 'l' || a == 'r' && b == 'e' || a == 'v' && b == 'e';
        }
        return false;
    }

    private boolean isDottedAcronym(int s, int dot, int to) {
        // U.S., U.N., J.P.: single letters joined by dots
        boolean singleSoFar = dot - s == 1 || dot - s >= 3 && chars[dot - 2] == '.';
        return singleSoFar && dot + 2 < to && Character.isLetter(chars[dot + 1])
                && chars[dot + 2] == '.';
    }

    /** The shape of the word text[s, e) that {@link #scanWord} read last. */
    private int wordShape(int s, int e) {
        char c = chars[s];
        int f = 0;
        if (c < 0x80) {
            // the tests below, without asking the Unicode tables
            if (c >= 'A' && c <= 'Z') {
                f = CAP;
            } else if (c >= 'a' && c <= 'z') {
                f = wordJoined && particleJoined(s, e) ? CAP : LOWER;
            } else if (c >= '0' && c <= '9') {
                f = NUM;
            }
            return f | (wordDotted ? DOTTED : 0) | (wordUpper ? UPPER : 0);
        }
        int first = Character.codePointAt(chars, s, charsEnd);
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            f |= CAP;
        } else if (Character.isLowerCase(first)) {
            f |= LOWER;
            if (wordJoined && particleJoined(s, e)) {
                f = CAP;
            }
        } else if (Character.isDigit(first)) {
            f |= NUM;
        }
        if (wordDotted) {
            f |= DOTTED;
        }
        if (wordUpper) {
            f |= UPPER;
        }
        return f;
    }

    /** al-Assad, d'Estaing: whether the word text[s, e) is a lower-case particle glued to a capitalised name. */
    private boolean particleJoined(int s, int e) {
        int k = s;
        while (k < e && k - s < 4 && Character.isLowerCase(chars[k])) {
            k++;
        }
        return k < e - 1 && k - s <= 3 && (chars[k] == '-' || chars[k] == '\'' || chars[k]
                == '\u2019') && Character.isUpperCase(chars[k + 1]);
    }

    /** @param hash the key hash of text[s, e) */
    private boolean isAbbreviation(int s, int e, int hash) {
        if (e - s > 6) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (chars[k] >= 0x80) {
                // outside ASCII, lower-casing a String may change its length: ask the String
                return ABBREVIATIONS.contains(new String(chars, s, e - s).toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (int k = 0; k < ABBREVIATION_HASHES.length; k++) {
            if (ABBREVIATION_HASHES[k] == hash && sameKey(ABBREVIATION_LIST[k], chars, s, e)) {
                return true;
            }
        }
        return false;
    }

    private static int[] hashes(String[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].hashCode();
        }
        return out;
    }

    /** Whether c is white space other than a line break's own test: a space, a tab, any Unicode space. */
    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || Character.isWhitespace(c);
        }
        return c >= 0x80 && (Character.isSpaceChar(c) || Character.isWhitespace(c));
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (cp >= 0x2000 && cp <= 0x206F) {
            return false; // General Punctuation (typographic quotes, dashes, spaces): no letter, digit or mark
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\u2018' || c == '\u2019' || c == '\'' || c == '\u2039' || c == '\u203A';
    }

    private boolean opens(char c, int i, int from, int to) {
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2039') {
            return true;
        }
        if (c == '\u201D' || c == '\u00BB' || c == '\u203A') {
            return false;
        }
        boolean before = i == from || !Character.isLetterOrDigit(chars[i - 1])
                && chars[i - 1] != '.' && chars[i - 1] != ',';
        if (!before || i + 1 >= to) {
            return false;
        }
        // what follows a closing mark ("…?'; Candidates", "'necessary'.") opens nothing; nor does the apostrophe
        // of a year or decade ('80s, '16)
        char next = chars[i + 1];
        return !Character.isWhitespace(next) && ",;:.?!)]".indexOf(next) < 0
                && !(c != '"' && Character.isDigit(next));
    }

    /**
     * @param i token index
     * @return the index of the block the token lies in
     */
    int block(int i) {
        // most look-ups are in the block of the one before
        int b = lastBlock;
        if (blockFirst[b] <= i && (b + 1 == blockFirst.length || i < blockFirst[b + 1])) {
            return b;
        }
        // the last block whose first token is at or before i (an empty block shares its first with the next)
        int lo = 0;
        int hi = blockFirst.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blockFirst[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastBlock = lo;
        return lo;
    }

    /** @return the index after the last token of token i's block */
    int blockEnd(int i) {
        int b = block(i);
        return b + 1 < blockFirst.length ? Math.max(i + 1, blockFirst[b + 1]) : n;
    }

    /**
     * @param i a token index
     * @param j a token index
     * @return whether both tokens lie in the same block
     */
    boolean sameBlock(int i, int j) {
        return block(i) == block(j);
    }

    boolean is(int i, int flag) {
        return i >= 0 && i < n && (flags[i] & flag) != 0;
    }

    /** @return the token's text: the same String for the tokens of a key that are written alike */
    String text(int i) {
        int slot = 2 * keyId[i] + 1;
        String w = keyText[slot];
        int s = start[i];
        int len = end[i] - s;
        if (w == null || w.length() != len || !text.regionMatches(s, w, 0, len)) {
            w = text.substring(s, end[i]);
            keyText[slot] = w;
        }
        return w;
    }

    /** @return whether tokens i and j have the same key ({@code Driver} and {@code driver} do) */
    boolean sameKey(int i, int j) {
        return keyId[i] == keyId[j];
    }

    /** @return whether the token's text is {@code s} */
    boolean textIs(int i, String s) {
        return end[i] - start[i] == s.length() && text.regionMatches(start[i], s, 0, s.length());
    }

    /** @return whether the word is the plural of an acronym: capitals, then a lower-case s ("MPs", "CEOs") */
    boolean acronymPlural(int i) {
        int s = start[i];
        int e = end[i];
        if (e - s < 3 || text.charAt(e - 1) != 's') {
            return false;
        }
        for (int k = s; k < e - 1; k++) {
            char c = text.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** @return the punctuation character of a punctuation token, or 0 */
    char punct(int i) {
        return i >= 0 && i < n && (flags[i] & PUNCT) != 0 ? text.charAt(start[i]) : 0;
    }

    /** @return whether only spaces (no line break, no punctuation) separate tokens i-1 and i */
    boolean adjacent(int i) {
        if (i <= 0 || i >= n || (flags[i] & (BLOCK | LINE)) != 0) {
            return false;
        }
        return true;
    }

    /**
     * The lookup key of a token: lower case, dots dropped, typographic apostrophe made straight. One String per
     * distinct key of the report, made on first request.
     *
     * @param i token index
     * @return the key
     */
    String key(int i) {
        int id = keyId[i];
        String k = keyText[2 * id];
        if (k == null) {
            k = normalise(chars, keyData[4 * id + 1], keyData[4 * id + 2]);
            keyText[2 * id] = k;
        }
        return k;
    }

    /**
     * @param i       token index
     * @param literal a key (lower case, no dots)
     * @return whether the token's key is {@code literal}, without making the key's String
     */
    boolean keyIs(int i, String literal) {
        return idIs(keyId[i], literal);
    }

    /** @return whether the key of id {@code id} is {@code literal} (lower case, no dots) */
    private boolean idIs(int id, String literal) {
        // the key's hash is its String's hashCode(): most other keys differ in it, and no String is made
        return keyData[4 * id] == literal.hashCode()
                && sameKey(literal, chars, keyData[4 * id + 1], keyData[4 * id + 2]);
    }

    /**
     * @param i    token index
     * @param keys keys (lower case, no dots)
     * @return whether the token's key is one of them, without making the key's String (which {@code
     *         set.contains(key(i))} makes for every word it asks about)
     */
    boolean keyIn(int i, String[] keys) {
        for (String k : keys) {
            if (keyIs(i, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param i      token index
     * @param suffix the end of a key (lower case, no dots)
     * @return whether the token's key ends with {@code suffix}, without making the key's String
     */
    boolean keyEndsWith(int i, String suffix) {
        int id = keyId[i];
        int from = keyData[4 * id + 1];
        int j = suffix.length();
        for (int k = keyData[4 * id + 2] - 1; k >= from && j > 0; k--) {
            char c = chars[k];
            if (c != '.' && suffix.charAt(--j) != fold(c)) {
                return false;
            }
        }
        return j == 0;
    }

    /**
     * @param i token index (any int: out of range gives 0)
     * @return the bits of the token's key: its lexicon bits ({@link Lexicon#find}) and the report's own marks
     */
    int bits(int i) {
        return i >= 0 && i < n ? keyData[4 * keyId[i] + 3] : 0;
    }

    /**
     * @param i    token index (any int: out of range gives false)
     * @param bits lexicon or report bits
     * @return whether the token's key has one of them
     */
    boolean has(int i, int bits) {
        return i >= 0 && i < n && (keyData[4 * keyId[i] + 3] & bits) != 0;
    }

    /** @return the lexicon word id of the token's key, or -1 */
    int word(int i) {
        return keyWord[keyId[i]];
    }

    /** @return the key id of a token: tokens with equal keys have equal ids */
    int keyId(int i) {
        return keyId[i];
    }

    /**
     * Marks the token's key (so every token with the same key) with report bits above {@link Lexicon#LAST_BIT}.
     *
     * @param i   token index
     * @param bit the bits to add
     */
    void mark(int i, int bit) {
        keyData[4 * keyId[i] + 3] |= bit;
    }

    /**
     * The id of the key of text[from, to), shared by every token of the report that has the same key; the first
     * time a key occurs it is looked up in the lexicon, once for the whole report.
     */
    private int intern(int from, int to, int h) {
        int mask = slotMask;
        int slot = mix(h) & mask;
        for (int id = slots[slot] - 1; id >= 0; id = slots[slot] - 1) {
            if (keyData[4 * id] == h && sameSlice(keyData[4 * id + 1], keyData[4 * id + 2], from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = keyCount++;
        if (id == keyWord.length) {
            int cap = id * 2;
            keyData = Arrays.copyOf(keyData, 4 * cap);
            keyWord = Arrays.copyOf(keyWord, cap);
            keyText = Arrays.copyOf(keyText, 2 * cap);
        }
        keyData[4 * id] = h;
        keyData[4 * id + 1] = from;
        keyData[4 * id + 2] = to;
        long found = lexicon == null ? -1 : lexicon.find(chars, from, to, h);
        keyWord[id] = (int) found;
        keyData[4 * id + 3] = found < 0 ? 0 : (int) (found >>> 32);
        slots[slot] = id + 1;
        if (keyCount * 2 > slotMask) {
            rehash();
        }
        return id;
    }

    /** @return the key id of the punctuation token text[s, s + 1), the ASCII character c: interned once per report */
    private int punctKey(char c, int s) {
        int id = punctIds[c] - 1;
        if (id < 0) {
            id = intern(s, s + 1, keyHash(s, s + 1));
            punctIds[c] = id + 1;
        }
        return id;
    }

    /** @return the hash of the key of text[from, to): the {@code hashCode()} its String would have */
    private int keyHash(int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c != '.') {
                h = 31 * h + fold(c);
            }
        }
        return h;
    }

    /** Whether text[a, ae) and text[b, be) have the same key. */
    private boolean sameSlice(int a, int ae, int b, int be) {
        int len = ae - a;
        if (len == be - b) {
            int k = 0;
            while (k < len && chars[a + k] == chars[b + k]) {
                k++;
            }
            if (k == len) {
                return true; // written alike (a call to Arrays.equals costs more on words this short)
            }
        }
        int i = a;
        int j = b;
        while (true) {
            while (i < ae && chars[i] == '.') {
                i++;
            }
            while (j < be && chars[j] == '.') {
                j++;
            }
            if (i == ae || j == be) {
                return i == ae && j == be;
            }
            if (fold(chars[i]) != fold(chars[j])) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** Whether {@code key} is the key of text[from, to). */
    static boolean sameKey(String key, char[] text, int from, int to) {
        int j = 0;
        int len = key.length();
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c == '.') {
                continue;
            }
            if (j >= len || key.charAt(j) != fold(c)) {
                return false;
            }
            j++;
        }
        return j == len;
    }

    /** Whether key[at, at + len) is the key of text[from, to) (the same test on an array: a lexicon word). */
    static boolean sameKey(char[] key, int at, int len, char[] text, int from, int to) {
        int j = at;
        int end = at + len;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c == '.') {
                continue;
            }
            if (j >= end || key[j] != fold(c)) {
                return false;
            }
            j++;
        }
        return j == end;
    }

    private void rehash() {
        int size = (slotMask + 1) * 2;
        if (slots.length >= size) {
            Arrays.fill(slots, 0, size, 0);
        } else {
            slots = new int[size];
        }
        slotMask = size - 1;
        int mask = slotMask;
        for (int id = 0; id < keyCount; id++) {
            int slot = mix(keyData[4 * id]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    /**
     * Scrambles a String hash code for a power-of-two table with linear probing: the hash codes of short words
     * are small, close numbers, which would otherwise fill runs of neighbouring slots and make probes long.
     */
    static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** One character of a key: lower case, typographic apostrophe and hyphen made plain (dots are dropped). */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c == '\u2019') {
            return '\'';
        }
        if (c == '\u2010') {
            return '-';
        }
        return Character.toLowerCase(c);
    }

    /** @return the key of s[from, to): lower case, dots dropped, typographic apostrophe and hyphen made plain */
    static String normalise(char[] s, int from, int to) {
        int plain = from; // s[from, plain) is its own key
        while (plain < to && s[plain] != '.' && fold(s[plain]) == s[plain]) {
            plain++;
        }
        if (plain == to) {
            return new String(s, from, to - from); // already a key: copied as it is
        }
        char[] out = Arrays.copyOfRange(s, from, to);
        int len = plain - from; // the part read so far is its own key; the rest is folded from where it stopped
        for (int k = plain; k < to; k++) {
            char c = s[k];
            if (c != '.') {
                out[len++] = fold(c);
            }
        }
        return new String(out, 0, len);
    }
}
