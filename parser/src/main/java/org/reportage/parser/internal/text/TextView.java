package org.reportage.parser.internal.text;

import java.util.Arrays;

import org.apache.commons.text.StringEscapeUtils;
import org.reportage.core.Span;
import org.reportage.parser.internal.Workspace;

/**
 * The text that the analysis stages read, with a map back to offsets into the input exactly as given.
 *
 * <p>Normalisation, in one linear pass, keeps analysis simple and offsets honest:
 * <ul>
 *   <li>a byte-order mark, zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens are dropped;</li>
 *   <li>{@code \r\n} and a lone {@code \r} become {@code \n};</li>
 *   <li>tabs, no-break and other Unicode spaces become a plain space;</li>
 *   <li>HTML character references ({@code &amp;}, {@code &#8220;}, {@code &#x201C;}) are decoded;</li>
 *   <li>everything else, typographic punctuation included, is kept as it is.</li>
 * </ul>
 * When nothing changes (the common case) the view is the input itself; when only one kind of character is
 * replaced one for one (no-break spaces), it is one copy of the input; neither keeps a map. Otherwise the map is
 * a short list of edit points, so memory grows with the number of edits, not with the input.
 *
 * <p>Offsets here are "view offsets"; {@link #span(int, int)} turns a view range into a {@link Span} of the
 * input. Immutable after construction.
 */
public final class TextView {
    private static final int MAX_ENTITY = 12; // "&#x0010FFFF;" is the longest reference we decode
    /** The characters {@link #of} reads per bulk copy. */
    private static final int CHUNK = 512;
    /** The buffer of {@link #of}, kept in a parse's workspace. */
    private static final Workspace.Key<char[]> SCAN_BUFFER = new Workspace.Key<>(() -> new char[CHUNK]);

    private final CharSequence input;
    private final int base;
    private final String text;
    // Edit points: from view index editAt[k] on, inputIndex = viewIndex + editDelta[k] (until the next edit).
    private final int[] editAt;
    private final int[] editDelta;
    private final int edits;
    private final boolean controls;

    private TextView(CharSequence input, int base, String text, int[] editAt, int[] editDelta, int edits,
                     boolean controls) {
        this.input = input;
        this.base = base;
        this.text = text;
        this.editAt = editAt;
        this.editDelta = editDelta;
        this.edits = edits;
        this.controls = controls;
    }

    /**
     * @param input the input text
     * @return a view of the whole input, offsets counted from 0
     */
    public static TextView of(CharSequence input) {
        return of(input, 0);
    }

    /**
     * @param input the input text (for example one report of a streamed feed)
     * @param base  the offset of {@code input} inside the whole stream; added to every span
     * @return a view of the input
     */
    public static TextView of(CharSequence input, int base) {
        return scan(input, base, new char[Math.max(1, Math.min(CHUNK, input.length()))]);
    }

    /**
     * The same, scanning the input through a buffer of the workspace.
     *
     * @param input     the input text (for example one report of a streamed feed)
     * @param base      the offset of {@code input} inside the whole stream; added to every span
     * @param workspace the parse's buffers
     * @return a view of the input
     */
    public static TextView of(CharSequence input, int base, Workspace workspace) {
        char[] buf = workspace.get(SCAN_BUFFER);
        try {
            return scan(input, base, buf);
        } finally {
            Arrays.fill(buf, 0, Math.min(buf.length, input.length()), '\0'); // a parser keeps no report's text
        }
    }

    private static TextView scan(CharSequence input, int base, char[] buf) {
        String s = input.toString();
        int n = s.length();
        // One pass to learn what changes: usually nothing (the view is the input) or only one character replaced
        // one for one, such as a no-break space (the view is one String.replace of the input); neither needs a
        // map. Anything else is rebuilt from the first change on. The pass reads the characters a chunk at a
        // time into a buffer (one bulk copy each), not through String.charAt, which checks coder and bounds for
        // every character.
        int first = n;
        char replaced = 0;
        boolean controls = false;
        for (int at = 0; at < n; at += buf.length) {
            int m = Math.min(buf.length, n - at);
            s.getChars(at, at + m, buf, 0);
            for (int k = 0; k < m; k++) {
                char c = buf[k];
                if (c >= 0x20 && c < 0x7F && c != '&') {
                    continue; // printable ASCII, the bulk of any text, stays as it is
                }
                int i = at + k;
                controls |= isControl(c);
                if (!mayChange(c) || c == '&' && decode(s, i, n) == null) {
                    continue; // (an '&' that starts no reference stays)
                }
                boolean oneForOne = c == '\r' ? i + 1 == n || s.charAt(i + 1) != '\n' : isSpace(c);
                if (first == n) {
                    first = i;
                }
                if (!oneForOne || replaced != 0 && c != replaced) {
                    return edited(input, base, s, first, controls);
                }
                replaced = c;
            }
        }
        String text = first == n ? s : s.replace(replaced, replaced == '\r' ? '\n' : ' ');
        return new TextView(input, base, text, null, null, 0, controls);
    }

    // Builds the view of s, unchanged before index first (holding a control character if controls), with its map
    // of edit points.
    private static TextView edited(CharSequence input, int base, String s, int first, boolean controls) {
        int n = s.length();
        char[] out = new char[n];
        s.getChars(0, first, out, 0);
        int[] at = new int[8];
        int[] delta = new int[8];
        int edits = 0;
        int currentDelta = 0;
        int o = first;
        int i = first;
        while (i < n) {
            int run = keptRun(s, i, n);
            if (run > i) { // copied as it is, at once: the map does not change inside it
                // fits: o <= i throughout (nothing written is longer than what it was read from), out.length >= n
                s.getChars(i, run, out, o);
                o += run - i;
                i = run;
                continue;
            }
            char c = s.charAt(i);
            int consumed = 1;
            char[] repl = null;
            char single = c;
            boolean drop = false;
            if (c == '\r') {
                single = '\n';
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    consumed = 2;
                }
            } else if (isDropped(c)) {
                drop = true;
            } else if (isSpace(c)) {
                single = ' ';
            } else if (c == '&') {
                String dec = decode(s, i, n);
                if (dec != null) {
                    consumed = s.indexOf(';', i + 2) + 1 - i; // the reference's end, as decode read it
                    repl = dec.toCharArray();
                }
            }
            int written = drop ? 0 : repl == null ? 1 : repl.length;
            if (!drop) {
                if (repl == null) {
                    out[o] = single;
                    controls |= isControl(single);
                } else { // fits: a reference is longer than what it decodes to
                    System.arraycopy(repl, 0, out, o, repl.length);
                    for (char r : repl) {
                        controls |= isControl(r);
                    }
                }
            }
            // After this character, view index o + written maps to input index i + consumed.
            int newDelta = (i + consumed) - (o + written);
            if (repl != null && repl.length > 1) {
                // every extra char of a multi-char decoding maps back to the reference's start
                for (int k = 1; k < repl.length; k++) {
                    if (edits + 1 >= at.length) {
                        at = Arrays.copyOf(at, at.length * 2);
                        delta = Arrays.copyOf(delta, delta.length * 2);
                    }
                    at[edits] = o + k;
                    delta[edits] = i - (o + k);
                    edits++;
                }
            }
            if (newDelta != currentDelta) {
                if (edits > 0 && at[edits - 1] == o + written) {
                    // one edit point per view index: a dropped character after another moves the point's delta on
                    delta[edits - 1] = newDelta;
                } else {
                    if (edits == at.length) {
                        at = Arrays.copyOf(at, at.length * 2);
                        delta = Arrays.copyOf(delta, delta.length * 2);
                    }
                    at[edits] = o + written;
                    delta[edits] = newDelta;
                    edits++;
                }
                currentDelta = newDelta;
            }
            o += written;
            i += consumed;
        }
        return new TextView(input, base, new String(out, 0, o), at, delta, edits, controls);
    }

    /**
     * @return the end of the run of characters from i on that the view keeps as they are and that are no
     *         {@link #isControl} character (i when there is none)
     */
    private static int keptRun(String s, int i, int n) {
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (c >= 0x20 && c < 0x7F ? c == '&' : mayChange(c) || isControl(c)) {
                break; // the caller decides: an '&' may start a reference, a control is reported
            }
            j++;
        }
        return j;
    }

    /**
     * @return what the HTML character reference starting with the {@code '&'} at i decodes to, or {@code null}
     *         when none starts there (or it decodes to nothing or to itself)
     */
    private static String decode(CharSequence s, int i, int n) {
        for (int j = i + 2, lim = Math.min(n, i + MAX_ENTITY); j < lim; j++) {
            char d = s.charAt(j);
            if (d == ';') {
                String ref = s.subSequence(i, j + 1).toString();
                String dec = StringEscapeUtils.unescapeHtml4(ref);
                return dec.equals(ref) || dec.isEmpty() ? null : dec;
            }
            if (!Character.isLetterOrDigit(d) && d != '#') {
                return null;
            }
        }
        return null;
    }

    /**
     * The characters {@link #hasControls()} reports and the structure stage warns of.
     *
     * @param c a character as the view writes it
     * @return whether it is a control character (other than a line end or a tab, which the view writes as
     *         {@code '\n'} and {@code ' '}) or U+FFFD
     */
    public static boolean isControl(char c) {
        return c < 0x20 ? c != '\n' && c != '\t' && c != '\r' : c >= 0x7F && (c < 0xA0 || c == '\uFFFD');
    }

    /** @return whether the view may write c otherwise than as it is */
    private static boolean mayChange(char c) {
        return c < 0x20 ? c == '\r' || c == '\t' : c == '&' || c >= 0x80 && (isDropped(c) || isSpace(c));
    }

    private static boolean isDropped(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD';
    }

    /**
     * @param c a character
     * @return whether it is a horizontal space that the view writes as {@code ' '}
     */
    public static boolean isSpace(char c) {
        return c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /**
     * @return whether the normalised text holds a control character other than {@code '\n'} (C0 or C1), or
     *         U+FFFD: a sign of binary or wrongly decoded input
     */
    public boolean hasControls() {
        return controls;
    }

    /**
     * The view of the same input with some of its line breaks read as spaces: those that only wrap a paragraph of
     * hard-wrapped text (the structure stage finds them). Offsets and spans are those of this view.
     *
     * @param breaks positions in {@link #text()} that hold {@code '\n'}
     * @return this view when there is none, else the view with a space at each
     */
    public TextView unwrap(int[] breaks) {
        if (breaks.length == 0) {
            return this;
        }
        char[] c = text.toCharArray();
        for (int at : breaks) {
            if (c[at] != '\n') {
                throw new IllegalArgumentException("no line break at " + at);
            }
            c[at] = ' ';
        }
        return new TextView(input, base, new String(c), editAt, editDelta, edits, controls);
    }

    /** @return the normalised text */
    public String text() {
        return text;
    }

    /** @return the input exactly as given */
    public CharSequence input() {
        return input;
    }

    /** @return the length of the normalised text */
    public int length() {
        return text.length();
    }

    /** @return the offset of this view's input inside the whole stream */
    public int base() {
        return base;
    }

    /**
     * @param k       the {@link #editIndex} of some view index before viewEnd, or -1
     * @param viewEnd the exclusive end of a view range
     * @return the exclusive end in the input (not counting {@link #base()}): just after the source of the character
     *         before viewEnd (so dropped characters after it are not included)
     */
    private int inputEndFrom(int k, int viewEnd) {
        int k1 = editIndexFrom(k, viewEnd - 1);
        int last = shifted(viewEnd - 1, k1);
        int next = shifted(viewEnd, editIndexFrom(k1, viewEnd));
        // the source of char viewEnd-1 runs from `last` up to the first dropped char or to `next`
        int end = last + 1;
        int n = input.length();
        char c = input.charAt(last);
        if (c == '\r' && end < n && input.charAt(end) == '\n') {
            end++;
        } else if (c == '&' && decode(input, last, n) != null) { // a reference (even &amp;) ends at its ';'
            while (end < next && input.charAt(end - 1) != ';') {
                end++;
            }
        }
        return Math.min(end, Math.max(next, last + 1));
    }

    /** @return the input index of view index v, whose {@link #editIndex} is k */
    private int shifted(int v, int k) {
        return k < 0 ? v : v + editDelta[k];
    }

    /** @return the index of the last edit point at or before view index v, or -1 (a view index has at most one) */
    private int editIndex(int v) {
        int k = Arrays.binarySearch(editAt, 0, edits, v);
        return k < 0 ? -k - 2 : k;
    }

    /**
     * {@link #editIndex}{@code (v)} when edit point k (or -1) is known to be at or before v: searched forward from k
     * in steps that double, so that the end of a span, near its start, costs a step or two and not a search of
     * every edit point of a long report.
     */
    private int editIndexFrom(int k, int v) {
        int lo = k; // -1, or an edit point at or before v
        int hi = k + 1;
        int step = 1;
        while (hi < edits && editAt[hi] <= v) {
            lo = hi;
            hi += step;
            step <<= 1;
        }
        hi = Math.min(hi, edits); // edits, or an edit point after v
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (editAt[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @param viewStart start index into {@link #text()}, inclusive
     * @param viewEnd   end index into {@link #text()}, exclusive
     * @return the span of the input that the view range was read from, offsets counted from the stream start
     */
    public Span span(int viewStart, int viewEnd) {
        int s;
        int e;
        if (edits == 0) {
            s = viewStart;
            e = Math.max(viewStart, viewEnd);
        } else {
            int k = editIndex(viewStart);
            s = shifted(viewStart, k);
            e = viewEnd <= viewStart ? s : inputEndFrom(k, viewEnd);
        }
        return new Span(base + s, base + e, input.subSequence(s, e).toString());
    }

    /**
     * @return a new reader of view ranges in order of their starts, for callers that convert many ranges and build
     *         their own records from the offsets instead of a {@link Span} each
     */
    public Ranges ranges() {
        return new Ranges();
    }

    /**
     * Converts view ranges to input offsets as {@link #span} does, searching the edit points forward from where the
     * last range started instead of through the whole table: ranges read in order of their starts (the mentions of
     * one actor in a long report) cost a step or two each. A start before the last one searches from the table's
     * beginning. Holds the last range read: one per loop, not to be shared between threads.
     */
    public final class Ranges {
        /** The edit point at or before {@link #viewStart} (-1: none, or nothing read yet). */
        private int k = -1;
        private int viewStart;
        private int inputStart;

        private Ranges() {
        }

        /**
         * Starts the next range.
         *
         * @param viewStart its start index into {@link #text()}, inclusive
         * @return its start in the input (not counting {@link #base()})
         */
        public int start(int viewStart) {
            if (edits != 0) {
                k = editIndexFrom(viewStart < this.viewStart ? -1 : k, viewStart);
            }
            this.viewStart = viewStart;
            inputStart = shifted(viewStart, k);
            return inputStart;
        }

        /**
         * @param viewEnd the exclusive end, in {@link #text()}, of the range {@link #start} began
         * @return its exclusive end in the input (not counting {@link #base()}); the start for an empty range
         */
        public int end(int viewEnd) {
            if (viewEnd <= viewStart) {
                return inputStart;
            }
            return edits == 0 ? viewEnd : inputEndFrom(k, viewEnd);
        }
    }
}
