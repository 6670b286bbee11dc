package org.reportage.parser.internal.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reportage.core.Severity;
import org.reportage.parser.internal.Document;

/**
 * Finds quotation marks and pairs them, in one linear scan of every block of a report.
 *
 * <p>This class is optimised on purpose: it reads the view text with index loops, keeps its state in ints and a
 * fixed-size stack (bounded by {@code Limits.maxNesting}), and allocates only per quote found.
 *
 * <p>Rules, after {@code formats.md} §6:
 * <ul>
 *   <li>four families of marks: double ({@code “ ” " „ ‟}), single ({@code ‘ ’ ' ‚}), guillemets
 *       ({@code « »}, also reversed) and single guillemets ({@code ‹ ›}); a quote closes with a mark of its own
 *       family ({@code „} also with {@code “}), and marks of another family inside it nest;</li>
 *   <li>whether a straight or ambiguous mark opens or closes is read from the characters around it (space or
 *       punctuation before an opening mark, after a closing one) and, when that does not decide, from what is
 *       open;</li>
 *   <li>apostrophes are not marks: a mark between letters ({@code Russia’s}, {@code O’Brien}), before a year
 *       ({@code the ’90s}), in {@code ’n’}, or a closing single mark when no single quote is open;</li>
 *   <li>marks pair inside one paragraph only; a quote still open at the paragraph end continues into the next
 *       paragraph when that one opens with a mark of the same family (the multi-paragraph convention),
 *       otherwise it ends there and a {@code quote.unclosed} warning says so; a quote also ends, unclosed, where
 *       another of the same family opens;</li>
 *   <li>a single quote opened by a straight {@code '} that never closes was an apostrophe, not a quote.</li>
 * </ul>
 */
final class Marks {
    static final int DOUBLE = 0;
    static final int SINGLE = 1;
    static final int GUILLEMET = 2;
    static final int SINGLE_GUILLEMET = 3;

    private Marks() {
    }

    /**
     * A paired (or unclosed) top-level quote: its segments (marks excluded, white space trimmed), the mark
     * positions of each segment, and the blocks it lies in. View offsets.
     *
     * @param segStart   start of each segment
     * @param segEnd     end of each segment, exclusive
     * @param openMark   position of the opening mark of each segment
     * @param closeMark  position of the closing mark of each segment, or -1 where the paragraph ended first
     * @param firstBlock block of the first segment
     * @param lastBlock  block of the last segment
     * @param family     the family of its marks
     * @param closed     whether its last segment was closed by a mark
     */
    record Raw(int[] segStart, int[] segEnd, int[] openMark, int[] closeMark, int firstBlock, int lastBlock,
               int family, boolean closed) {

        int open() {
            return openMark[0];
        }

        /** @return the position just after the quote: after its closing mark, or the end of its last segment */
        int after() {
            int last = closeMark.length - 1;
            return closeMark[last] >= 0 ? closeMark[last] + 1 : segEnd[last];
        }

        int close() {
            return closeMark[closeMark.length - 1];
        }

        int segments() {
            return segStart.length;
        }
    }

    /**
     * @param c a character
     * @return whether it is one of the quotation marks this class reads
     */
    static boolean isMarkChar(char c) {
        if (c < '\u00AB') {
            return c == '"' || c == '\''; // most text: two tests
        }
        return c == '\u00AB' || c == '\u00BB' || c >= '\u2018' && c <= '\u201F' || c == '\u2039' || c == '\u203A';
    }

    private static boolean leftBound(String t, int i, int from) {
        if (i <= from) {
            return true;
        }
        char p = t.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013'
                || p == '-' || p == '/' || p == ':' || isMarkChar(p) || p == '\u2026' && i - 1 == from;
    }

    private static boolean rightBound(String t, int i, int to) {
        if (i + 1 >= to) {
            return true;
        }
        char n = t.charAt(i + 1);
        return Character.isWhitespace(n) || n == '.' || n == ',' || n == ';' || n == ':' || n == '!' || n == '?'
                || n == ')' || n == ']' || n == '}' || n == '\u2014' || n == '\u2013' || n == '-' || n == '\u2026'
                || n == '/' || isMarkChar(n);
    }

    /**
     * Whether a straight double mark bound on both sides is an opening mark typed without the space before it:
     * right after the punctuation that ends a sentence or clause and before a capital ({@code left."We …}).
     */
    private static boolean missingSpaceOpen(String t, int i, int from, int to) {
        if (i <= from + 1 || i + 1 >= to) {
            return false;
        }
        char p = t.charAt(i - 1);
        return (p == '.' || p == '!' || p == '?') && Character.isLetter(t.charAt(i - 2))
                && Character.isUpperCase(t.charAt(i + 1));
    }

    /** Mutable working state of one scan. */
    private static final class Scan {
        final String t;
        final Document doc;
        final int maxNesting;
        final int maxQuoteChars;
        final int[] fam;
        final int[] pos;
        final char[] alt;
        final boolean[] weak;
        final int[] len;
        final boolean[] straight;
        int depth;
        // the top-level quote being built
        int[] ss = new int[4];
        int[] se = new int[4];
        int[] so = new int[4];
        int[] sc = new int[4];
        int segs;
        int firstBlock;
        int quoteChars;
        final List<Raw> out = new ArrayList<>();

        Scan(Document doc) {
            this.doc = doc;
            this.t = doc.text();
            this.maxNesting = Math.max(1, doc.settings().limits().maxNesting());
            this.maxQuoteChars = doc.settings().limits().maxQuoteChars();
            this.fam = new int[maxNesting];
            this.pos = new int[maxNesting];
            this.alt = new char[maxNesting];
            this.weak = new boolean[maxNesting];
            this.len = new int[maxNesting];
            this.straight = new boolean[maxNesting];
        }

        boolean has(int family) {
            for (int k = depth - 1; k >= 0; k--) {
                if (fam[k] == family) {
                    return true;
                }
            }
            return false;
        }

        void addSegment(int open, int openLen, int close, int end) {
            int a = open + openLen;
            int b = end;
            while (a < b && Character.isWhitespace(t.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
                b--;
            }
            if (segs == ss.length) {
                ss = Arrays.copyOf(ss, segs * 2);
                se = Arrays.copyOf(se, segs * 2);
                so = Arrays.copyOf(so, segs * 2);
                sc = Arrays.copyOf(sc, segs * 2);
            }
            ss[segs] = a;
            se[segs] = b;
            so[segs] = open;
            sc[segs] = close;
            segs++;
            quoteChars += b - a;
        }

        void finish(int lastBlock, boolean closed) {
            int kept = 0;
            for (int k = 0; k < segs; k++) {
                if (se[k] > ss[k]) {
                    kept++;
                }
            }
            if (kept > 0) {
                int[] a = new int[kept];
                int[] b = new int[kept];
                int[] o = new int[kept];
                int[] c = new int[kept];
                int j = 0;
                for (int k = 0; k < segs; k++) {
                    if (se[k] > ss[k]) {
                        a[j] = ss[k];
                        b[j] = se[k];
                        o[j] = so[k];
                        c[j] = sc[k];
                        j++;
                    }
                }
                // a closing mark after an empty last segment (a paragraph that reopens and closes at once) closes
                // no kept segment: the quote ends where its last kept segment does, unclosed
                out.add(new Raw(a, b, o, c, firstBlock, lastBlock, fam[0], closed && c[kept - 1] >= 0));
            }
            segs = 0;
            quoteChars = 0;
            depth = 0;
        }

        void push(int family, int p, int markLen, char alternative, boolean isWeak, int block) {
            if (depth == 0) {
                firstBlock = block;
                segs = 0;
                quoteChars = 0;
            }
            if (depth >= maxNesting) {
                doc.diagnostics().add("limit.quote_nesting", Severity.WARNING,
                        "quotes nested deeper than " + maxNesting + " (Limits.maxNesting): inner mark read as text",
                        p, p + 1);
                return;
            }
            fam[depth] = family;
            pos[depth] = p;
            alt[depth] = alternative;
            weak[depth] = isWeak;
            len[depth] = markLen;
            straight[depth] = isStraight(doc.text().charAt(p));
            depth++;
        }

        /** Closes the entry at index k of the stack with the mark at i, of markLen chars. */
        void closeAt(int k, int i, int markLen, int block) {
            if (k == 0) {
                addSegment(pos[0], len[0], i + markLen - 1, i);
                finish(block, true);
            } else {
                depth = k;
            }
        }

        void unclosedByNext(int i, int block) {
            addSegment(pos[0], len[0], -1, i);
            doc.diagnostics().add("quote.unclosed", Severity.WARNING,
                    "quote not closed before the next quote opens; ended there", pos[0], i);
            finish(block, false);
        }
    }

    /**
     * Pairs the marks of every block of a report.
     *
     * @param doc   the report
     * @param chars the characters of its text, {@code chars[i - base]} being those at {@code i} in its blocks:
     *              the scan for marks reads them, not the String (whose {@code charAt} checks coder and bounds
     *              for every character of the report)
     * @param base  the text offset of {@code chars[0]}
     * @return its top-level quotes, in text order
     */
    static List<Raw> pair(Document doc, char[] chars, int base) {
        Scan sc = new Scan(doc);
        String t = sc.t;
        int blocks = doc.blockCount();
        int carry = -1; // position of the reopening mark when a quote continues into this block
        for (int b = 0; b < blocks; b++) {
            int from = doc.blockStart(b);
            int to = doc.blockEnd(b);
            boolean nestingReported = false;
            int i = from;
            if (carry >= 0) {
                sc.pos[0] = carry;
                sc.len[0] = doubled(t, carry, to) ? 2 : 1;
                sc.depth = 1;
                i = carry + sc.len[0];
                carry = -1;
            } else {
                sc.depth = 0;
            }
            for (; i < to; i++) {
                char c = chars[i - base];
                if (!isMarkChar(c)) {
                    continue;
                }
                int markLen = doubled(t, i, to) ? 2 : 1;
                if (markLen == 2 && i + 2 < to && t.charAt(i + 2) == '\'' && sc.depth > 0
                        && sc.fam[sc.depth - 1] == SINGLE) {
                    markLen = 1; // ,''' closing a single quote inside a doubled one: the single closes first
                }
                boolean lb = leftBound(t, i, from);
                boolean rb = rightBound(t, i + markLen - 1, to);
                // a mark that closes the innermost quote through its alternative closer („…“, »…«, ‚…‘)
                if (sc.depth > 0 && sc.alt[sc.depth - 1] == c && !(lb && !rb)) {
                    sc.closeAt(sc.depth - 1, i, 1, b);
                    continue;
                }
                int family;
                boolean canOpen;
                boolean canClose;
                boolean weakOpen = false;
                char alternative = 0;
                switch (c) {
                    case '\u201C': // “
                        family = DOUBLE;
                        canClose = rb && !lb;
                        canOpen = !canClose;
                        break;
                    case '\u201D': // ”
                        family = DOUBLE;
                        canOpen = lb && !rb && !sc.has(DOUBLE);
                        canClose = !canOpen;
                        break;
                    case '\u201E': // „
                        family = DOUBLE;
                        canOpen = true;
                        canClose = false;
                        alternative = '\u201C';
                        break;
                    case '\u201F': // ‟
                        family = DOUBLE;
                        canOpen = true;
                        canClose = false;
                        break;
                    case '"':
                        family = DOUBLE;
                        if (lb && !rb) {
                            canOpen = true;
                            canClose = false;
                        } else if (!lb && rb) {
                            canOpen = false;
                            canClose = true;
                        } else if (sc.has(DOUBLE)) {
                            canOpen = false;
                            canClose = true;
                        } else {
                            // both sides bound: a lone mark, read it as opening; neither side bound but a sentence
                            // ending right before it and a capital after it (authorities."We …): the space after
                            // the full stop was dropped, an opening mark
                            canOpen = lb || missingSpaceOpen(t, i, from, to);
                            canClose = false;
                        }
                        break;
                    case '\u2018': // ‘
                        family = SINGLE;
                        if (isYearElision(t, i, to) || !lb && i > from && Character.isLetter(t.charAt(i - 1))) {
                            continue; // ‘90s, or an apostrophe typed with the wrong mark
                        }
                        canOpen = true;
                        canClose = false;
                        break;
                    case '\u2019': // ’
                    case '\'':
                        if (markLen == 2) {
                            // '' typed for a double mark, as some archives write them
                            family = DOUBLE;
                            if (lb && !rb) {
                                canOpen = true;
                                canClose = false;
                            } else if (!lb && rb || sc.has(DOUBLE)) {
                                canOpen = false;
                                canClose = true;
                            } else {
                                canOpen = lb;
                                canClose = false;
                            }
                            break;
                        }
                        family = SINGLE;
                        if (lb) {
                            if (c == '\u2019' || rb || isYearElision(t, i, to) || isElision(t, i, to)) {
                                if (isNAbbrev(t, i, to)) {
                                    i += 2; // ’n’: skip its closing apostrophe too
                                }
                                continue;
                            }
                            canOpen = true;
                            canClose = false;
                            weakOpen = true;
                        } else if (rb) {
                            if (!sc.has(SINGLE)) {
                                continue; // plural possessive or elision: an apostrophe
                            }
                            canOpen = false;
                            canClose = true;
                        } else {
                            continue; // between letters: an apostrophe
                        }
                        break;
                    case '\u201A': // ‚
                        if (!lb || rb) {
                            continue;
                        }
                        family = SINGLE;
                        canOpen = true;
                        canClose = false;
                        alternative = '\u2018';
                        break;
                    case '\u00AB': // «
                        family = GUILLEMET;
                        canOpen = true;
                        canClose = false;
                        break;
                    case '\u00BB': // »
                        family = GUILLEMET;
                        canClose = sc.has(GUILLEMET);
                        canOpen = !canClose && lb && !rb;
                        alternative = '\u00AB';
                        break;
                    case '\u2039': // ‹
                        family = SINGLE_GUILLEMET;
                        canOpen = true;
                        canClose = false;
                        break;
                    case '\u203A': // ›
                        family = SINGLE_GUILLEMET;
                        canClose = sc.has(SINGLE_GUILLEMET);
                        canOpen = !canClose && lb && !rb;
                        alternative = '\u2039';
                        break;
                    default:
                        continue;
                }
                if (canClose) {
                    // close the nearest open quote of this family typed in the same style (straight or
                    // typographic), else the nearest of this family
                    boolean st = isStraight(c);
                    int k = sc.depth - 1;
                    while (k >= 0 && !(sc.fam[k] == family && sc.straight[k] == st)) {
                        k--;
                    }
                    if (k < 0) {
                        k = sc.depth - 1;
                        while (k >= 0 && sc.fam[k] != family) {
                            k--;
                        }
                    }
                    if (k >= 0) {
                        sc.closeAt(k, i, markLen, b);
                    }
                    i += markLen - 1;
                    continue;
                }
                if (!canOpen) {
                    i += markLen - 1;
                    continue;
                }
                if (sc.depth > 0 && sc.weak[0] && family != SINGLE) {
                    sc.depth = 0; // a straight ' that opened nothing real: it was an apostrophe
                }
                if (sc.depth > 0 && family == sc.fam[0] && !weakOpen && family != SINGLE
                        && sc.straight[0] == isStraight(c) && !(c == '"' && lb && !rb && nestsStraight(t, i, from, to))) {
                    sc.unclosedByNext(i, b);
                } else if (sc.depth >= sc.maxNesting) {
                    if (!nestingReported) {
                        nestingReported = true;
                        sc.push(family, i, markLen, alternative, weakOpen, b);
                    }
                    i += markLen - 1;
                    continue;
                }
                sc.push(family, i, markLen, alternative, weakOpen, b);
                i += markLen - 1;
            }
            if (sc.depth > 0) {
                if (sc.weak[0]) {
                    sc.depth = 0;
                    sc.segs = 0;
                    sc.quoteChars = 0;
                    continue;
                }
                int reopen = b + 1 < blocks ? reopening(t, doc.blockStart(b + 1), doc.blockEnd(b + 1), sc.fam[0]) : -1;
                int open = sc.pos[0];
                if (reopen >= 0 && !(b == 0 && doc.headlineBlock())) {
                    sc.addSegment(open, sc.len[0], -1, to);
                    if (sc.quoteChars <= sc.maxQuoteChars) {
                        carry = reopen;
                        continue;
                    }
                    doc.diagnostics().add("limit.quote_length", Severity.WARNING, "quote longer than "
                            + sc.maxQuoteChars + " chars (Limits.maxQuoteChars): cut at its paragraph end", open, to);
                    sc.finish(b, false);
                    continue;
                }
                sc.addSegment(open, sc.len[0], -1, to);
                doc.diagnostics().add("quote.unclosed", Severity.WARNING,
                        "quote not closed: ended at the end of its paragraph", open, to);
                sc.finish(b, false);
            }
        }
        return sc.out;
    }

    /**
     * Whether a straight double mark that opens inside an open straight double quotation nests in it instead of
     * starting a new one: the next two straight double marks of the paragraph both close
     * ({@code "The phrase "fair share" means nothing."}). Each scan stops at the second mark after i, so the
     * scans of a paragraph read each character a bounded number of times.
     */
    private static boolean nestsStraight(String t, int i, int from, int to) {
        int seen = 0;
        for (int j = i + 1; j < to; j++) {
            if (t.charAt(j) != '"') {
                continue;
            }
            if (leftBound(t, j, from) || !rightBound(t, j, to)) {
                return false;
            }
            if (++seen == 2) {
                return true;
            }
        }
        return false;
    }

    private static int reopening(String t, int from, int to, int family) {
        int i = from;
        while (i < to && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return -1;
        }
        char c = t.charAt(i);
        boolean same;
        switch (family) {
            case DOUBLE:
                same = c == '\u201C' || c == '"' || c == '\u201E' || c == '\u201F' || doubled(t, i, to);
                break;
            case SINGLE:
                same = c == '\u2018' || c == '\u201A';
                break;
            case GUILLEMET:
                same = c == '\u00AB' || c == '\u00BB';
                break;
            default:
                same = c == '\u2039' || c == '\u203A';
                break;
        }
        return same ? i : -1;
    }

    private static boolean isStraight(char c) {
        return c == '"' || c == '\'';
    }

    /** Two straight single marks typed for one double mark. */
    private static boolean doubled(String t, int i, int to) {
        return t.charAt(i) == '\'' && i + 1 < to && t.charAt(i + 1) == '\'';
    }

    /** ’90s, '68: an apostrophe before two digits that are not followed by more digits. */
    private static boolean isYearElision(String t, int i, int to) {
        return i + 2 < to && Character.isDigit(t.charAt(i + 1)) && Character.isDigit(t.charAt(i + 2))
                && (i + 3 >= to || !Character.isDigit(t.charAt(i + 3)));
    }

    /** ’n’ as in rock ’n’ roll. */
    private static boolean isNAbbrev(String t, int i, int to) {
        return i + 2 < to && (t.charAt(i + 1) == 'n' || t.charAt(i + 1) == 'N')
                && (t.charAt(i + 2) == '\'' || t.charAt(i + 2) == '\u2019')
                && (i + 3 >= to || !Character.isLetter(t.charAt(i + 3)));
    }

    /** 'em, 'til, 'cause, 'bout, 'tis, 'twas, 'n': a word with its head elided. */
    private static boolean isElision(String t, int i, int to) {
        if (isNAbbrev(t, i, to)) {
            return true;
        }
        int j = i + 1;
        while (j < to && Character.isLetter(t.charAt(j))) {
            j++;
        }
        return ELISIONS.contains(t, i + 1, j);
    }

    private static final WordSet ELISIONS = WordSet.of("em", "til", "cause", "bout", "tis", "twas", "n", "round",
            "cos", "nuff", "kay", "ello", "s");
}
