package org.reportage.parser.internal.structure;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reportage.core.DateProvenance;
import org.reportage.core.Dateline;
import org.reportage.core.Diagnostic;
import org.reportage.core.HeaderField;
import org.reportage.core.ReportDate;
import org.reportage.core.Severity;
import org.reportage.core.Span;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.dates.DateParser;
import org.reportage.parser.internal.dates.DateParts;
import org.reportage.parser.internal.dates.DateResolver;
import org.reportage.parser.internal.dates.EntryTimes;
import org.reportage.parser.internal.text.TextView;

/**
 * Reads the structure of one report chunk (as cut by {@link ReportSplitter}) into one or more {@link Layout}s.
 *
 * <p>The head of the chunk is read line by line: a date line, a header block ({@code Title:}, {@code Date:},
 * {@code Published:}, {@code Updated:}, {@code Source:}, …), the headline (the first block, unless a
 * {@code Title:} header gave it, the block opens with a wire dateline, or its one line reads as a paragraph:
 * {@link Lines#paragraphLike}), bylines and a date line under the
 * headline. Every later block is a paragraph; a wire dateline is cut off the first one. Blocks are separated by
 * blank lines; a chunk with no blank line at all between its lines has one paragraph per line.
 *
 * <p>A chunk that opens with a day heading (a date line without a time) may be a feed:
 * <ul>
 *   <li>a <b>live page</b> when the first block under the heading starts with a time ({@code 10:32 GMT},
 *   {@code 9.15am}): every block that starts with a time begins an entry, each entry is an article dated by the
 *   heading ({@code INHERITED}) at its own time;</li>
 *   <li>a <b>digest</b> when, after a story with text, a one-line block shaped like a headline (short, capitalised,
 *   not ending like a sentence) is followed by more text: it begins the next story, dated by the heading
 *   ({@code INHERITED}); a question whose next block opens with a quotation mark or a speaker's label is an
 *   interview's question, a paragraph. The first story keeps the heading's own provenance: the date line is its
 *   date line.</li>
 * </ul>
 * Lines the parser cannot place (a non-field line in a header block, a date line naming no real day) go to
 * {@code unplaced}. Linear in the chunk; every line test reads a bounded prefix. Not thread-safe: one per chunk.
 */
final class ChunkParser {
    private static final int MAX_DATELINE = 160;

    private final TextView view;
    private final String t;
    private final Settings settings;
    private final List<Layout> out;

    // the chunk's non-blank lines, trimmed: start, end, block index; the line table's own arrays, of which the
    // chunk holds the lines [top, n)
    private int[] ls;
    private int[] le;
    private int[] block;
    private int top;
    private int n;
    private int blocks;
    /** The line breaks of the chunk that only wrap a paragraph ({@link Wrapping}), in order. */
    private int[] wrapped;

    // head of the report
    private final List<Diagnostic> diags = new ArrayList<>();
    private final List<Span> unplaced = new ArrayList<>();
    private final List<HeaderField> headers = new ArrayList<>();
    private ReportDate date;
    private boolean dateSeen;
    private DateParts headingParts;
    private ReportDate headerDate;
    private ReportDate updatedDate;
    private int headlineStart = -1;
    private int headlineEnd = -1;
    private Span byline;

    private ChunkParser(TextView view, Settings settings, List<Layout> out) {
        this.view = view;
        this.t = view.text();
        this.settings = settings;
        this.out = out;
    }

    /**
     * Parses one chunk, given as its non-blank lines, and appends its layouts (none when it has no line).
     *
     * @param view     the text
     * @param lines    the trimmed non-blank lines of the text and the gaps before them; the chunk's gaps are
     *                 overwritten (with block numbers), so a chunk is parsed once
     * @param from     the chunk's first line, an index into {@code lines}
     * @param to       just past its last line
     * @param settings the options
     * @param out      receives the layouts
     */
    static void parse(TextView view, LineTable lines, int from, int to, Settings settings, List<Layout> out) {
        if (from >= to) {
            return;
        }
        ChunkParser p = new ChunkParser(view, settings, out);
        p.ls = lines.start;
        p.le = lines.end;
        p.block = lines.gap;
        p.top = from;
        p.n = to;
        p.wrapped = Wrapping.softBreaks(p.t, p.ls, p.le, p.block, from, to);
        if (p.wrapped.length > 0) {
            p.diags.add(new Diagnostic("text.unwrapped", Severity.INFO, p.wrapped.length + (p.wrapped.length == 1
                    ? " line break" : " line breaks") + " read as spaces: the text is hard-wrapped",
                    view.span(p.wrapped[0], p.wrapped[0] + 1)));
        }
        p.blocks();
        if (view.hasControls()) {
            p.controls(p.ls[from], p.le[to - 1]);
        }
        p.report();
    }

    // ---------------------------------------------------------------- lines and blocks

    // On entry block[i] holds the gap before line i (see LineTable); on exit the block number of line i.
    private void blocks() {
        boolean anyGap = false;
        boolean anyEmptyGap = false;
        for (int i = top + 1; i < n; i++) {
            anyGap |= block[i] > 0;
            anyEmptyGap |= block[i] == LineTable.EMPTY_LINE;
        }
        if (!anyGap) {
            // no blank line anywhere: one paragraph per line, but for the lines of a hard-wrapped paragraph
            int b = -1;
            for (int i = top, w = 0; i < n; i++) {
                int before = i == top ? -1 : t.lastIndexOf('\n', ls[i] - 1); // the line break before line i
                while (w < wrapped.length && wrapped[w] < before) {
                    w++;
                }
                block[i] = w < wrapped.length && wrapped[w] == before ? b : ++b;
            }
            blocks = b + 1;
            return;
        }
        // Blank lines separate blocks. When the text has truly empty lines, lines holding only spaces are taken
        // as part of a block (scraped text often has them inside paragraphs): only empty lines separate.
        int threshold = anyEmptyGap ? LineTable.EMPTY_LINE : LineTable.SPACE_LINE;
        int b = 0;
        block[top] = 0;
        for (int i = top + 1; i < n; i++) {
            if (block[i] >= threshold) {
                b++;
            }
            block[i] = b;
        }
        blocks = b + 1;
    }

    // One pass over the chunk for characters that do not belong in text, when the view has any (it tells); copies
    // 512 chars at a time into a local buffer (an intrinsic) because an index loop over a char[] is much faster
    // than String.charAt.
    private void controls(int start, int end) {
        int count = 0;
        int first = -1;
        char[] buf = new char[Math.min(512, end - start)];
        for (int from = start; from < end; from += buf.length) {
            int len = Math.min(buf.length, end - from);
            t.getChars(from, from + len, buf, 0);
            for (int i = 0; i < len; i++) {
                char c = buf[i];
                if (TextView.isControl(c)) {
                    if (first < 0) {
                        first = from + i;
                    }
                    count++;
                }
            }
        }
        if (count > 0) {
            diags.add(new Diagnostic("text.control_characters", Severity.WARNING, count
                    + " control or undecodable characters: the input may be binary or wrongly decoded",
                    view.span(first, first + 1)));
        }
    }

    /** @return the index just past the last line of the block holding line i */
    private int blockEnd(int i) {
        int b = block[i];
        while (i < n && block[i] == b) {
            i++;
        }
        return i;
    }

    private Span lineSpan(int i) {
        return view.span(ls[i], le[i]);
    }

    // ---------------------------------------------------------------- the report

    private void report() {
        int li = top;
        // a date line first: the day heading
        DateParts dp = DateParser.parseLine(t, ls[top], le[top]);
        if (dp != null) {
            headingParts = dp;
            takeDateLine(dp, top);
            li = top + 1;
        }
        li = headerBlock(li);
        if (!dateSeen && li < n && li > top && block[li] != block[li - 1]) {
            DateParts dp2 = DateParser.parseLine(t, ls[li], le[li]);
            if (dp2 != null) {
                takeDateLine(dp2, li);
                li++;
            }
        }
        if (headingParts != null && headingParts.time() == null && li < n
                && EntryTimes.read(t, ls[li], le[li], null)) {
            live(li);
            return;
        }
        // headline
        if (headlineStart < 0 && li < n && !startsWithDateline(li)) {
            int be = blockEnd(li);
            boolean lastBlock = be == n;
            if (!(lastBlock && be - li == 1 && !Lines.headlineLike(t, ls[li], le[li]))
                    && !(be - li == 1 && Lines.paragraphLike(t, ls[li], le[li]))) {
                headlineStart = ls[li];
                headlineEnd = le[li];
                li++;
                while (li < be && !Lines.isByline(t, ls[li], le[li])
                        && DateParser.parseLine(t, ls[li], le[li]) == null
                        && Lines.knownHeaderColon(t, ls[li], le[li]) < 0) {
                    headlineEnd = le[li];
                    li++;
                }
            }
        }
        // bylines and a date line under the headline
        while (li < n) {
            if (headlineStart >= 0 && Lines.isByline(t, ls[li], le[li])) {
                if (byline == null) {
                    byline = lineSpan(li);
                } else {
                    unplaced.add(lineSpan(li));
                }
                li++;
            } else if (!dateSeen && DateParser.parseLine(t, ls[li], le[li]) != null) {
                takeDateLine(DateParser.parseLine(t, ls[li], le[li]), li);
                li++;
            } else if (headlineStart >= 0 && Lines.knownHeaderColon(t, ls[li], le[li]) > 0) {
                field(li); // "Published: …" under the headline
                li++;
            } else {
                break;
            }
        }
        body(li);
    }

    private void takeDateLine(DateParts dp, int line) {
        dateSeen = true;
        ReportDate d = DateResolver.resolve(dp, DateProvenance.STATED, settings, view, diags);
        if (d == null) {
            unplaced.add(lineSpan(line));
        } else if (date == null) {
            date = d;
        }
    }

    /** Reads a header block starting at line li, if there is one; returns the first line after it. */
    private int headerBlock(int li) {
        if (li >= n || Lines.knownHeaderColon(t, ls[li], le[li]) < 0) {
            return li;
        }
        boolean lineMode = blocks == n - top;
        int be = lineMode ? n : blockEnd(li);
        while (li < be) {
            if (!field(li)) {
                if (lineMode) {
                    break;
                }
                unplaced.add(lineSpan(li));
            }
            li++;
        }
        return li;
    }

    /** Reads line li as a {@code Key: value} header field, if it is one. */
    private boolean field(int li) {
        int s = ls[li];
        int e = le[li];
        int colon = Lines.headerColon(t, s, e);
        if (colon < 0) {
            return false;
        }
        int vs = colon + 1;
        while (vs < e && t.charAt(vs) == ' ') {
            vs++;
        }
        HeaderField f = new HeaderField(t.substring(s, colon), view.span(vs, e));
        headers.add(f);
        int kind = Lines.keyKind(t, s, colon);
        if (kind == Lines.KEY_TITLE && headlineStart < 0 && vs < e) {
            headlineStart = vs;
            headlineEnd = e;
        } else if (kind == Lines.KEY_DATE || kind == Lines.KEY_UPDATED) {
            ReportDate d = null;
            DateParts dp = DateParser.parseLine(t, vs, e);
            if (dp == null) {
                diags.add(new Diagnostic("date.unparsed", Severity.WARNING, "header " + f.name()
                        + " holds no date this parser reads: " + f.value().text(), f.value()));
            } else {
                d = DateResolver.resolve(dp, DateProvenance.HEADER, settings, view, diags);
            }
            if (d != null && kind == Lines.KEY_DATE && headerDate == null) {
                headerDate = d;
            } else if (d != null && kind == Lines.KEY_UPDATED && updatedDate == null) {
                updatedDate = d;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- body, stories

    private void body(int li) {
        ReportDate reportDate = date != null ? date : headerDate != null ? headerDate : updatedDate;
        boolean digest = headingParts != null && headingParts.time() == null && date != null;
        Story story = new Story(ls[top], headlineStart, headlineEnd, byline, reportDate);
        story.unplaced.addAll(unplaced);
        story.diags.addAll(diags);
        story.headers.addAll(headers);
        story.lastEnd = li > top ? le[li - 1] : ls[top];
        int i = li;
        while (i < n) {
            int be = blockEnd(i);
            // a headline alone in its block, or with a byline under it
            boolean single = be - i == 1 || be - i == 2 && Lines.isByline(t, ls[i + 1], le[i + 1]);
            if (digest && single && story.count > 0 && be < n && Lines.headlineLike(t, ls[i], le[i])
                    && !Lines.isByline(t, ls[i], le[i]) && !questionAnswered(i, be)) {
                finish(story);
                ReportDate inherited = new ReportDate(date.year(), date.month(), date.day(), date.weekday(),
                        date.time(), date.zone(), DateProvenance.INHERITED, date.span());
                story = new Story(ls[i], ls[i], le[i], null, inherited);
                story.lastEnd = le[i];
                i++;
                if (i < n && (i < be || blockEnd(i) - i == 1) && Lines.isByline(t, ls[i], le[i])) {
                    story.byline = lineSpan(i);
                    i++;
                }
                continue;
            }
            story.paragraph(i, be);
            i = be;
        }
        finish(story);
    }

    /** The most capitalised words of a speaker's label that opens an answer ({@code Economist Helen Park:}). */
    private static final int LABEL_WORDS = 4;

    /**
     * Whether the one-line block at i is an interviewer's question that the block at {@code next} answers: the line
     * ends with a question mark and the next block opens with a quotation mark or with a speaker's label ({@code
     * Ferreira: “We expect …”}). An interview (a question in its own paragraph, the answer under it), not a
     * digest's next story under a headline that asks.
     */
    private boolean questionAnswered(int i, int next) {
        if (t.charAt(le[i] - 1) != '?' || next >= n) {
            return false;
        }
        int s = ls[next];
        int e = le[next];
        if (OPENING_MARKS.indexOf(t.charAt(s)) >= 0) {
            return true;
        }
        int words = 0;
        for (int k = s; k < e && words <= LABEL_WORDS; k++) {
            char c = t.charAt(k);
            if (k == s || t.charAt(k - 1) == ' ') {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                words++;
            }
            if (c == ':') {
                return words <= LABEL_WORDS;
            }
        }
        return false;
    }

    /** The quotation marks that may open an answer's paragraph. */
    private static final String OPENING_MARKS = "\"\u201C\u2018'\u00AB\u201E\u2039";

    private void finish(Story s) {
        int end = Math.max(s.lastEnd, Math.max(s.headlineEnd, s.start));
        if (s.date == null && s.datelineDate != null) {
            s.date = DateResolver.resolve(s.datelineDate, DateProvenance.STATED, settings, view, s.diags);
        }
        out.add(new Layout(s.start, end, s.date, s.headlineStart, s.headlineEnd, s.dateline, s.byline, s.headers,
                Arrays.copyOf(s.ps, s.count), Arrays.copyOf(s.pe, s.count), s.unplaced, s.diags,
                wrappedIn(s.start, end)));
    }

    /** @return the line breaks of {@link #wrapped} in the range [start, end) */
    private int[] wrappedIn(int start, int end) {
        int lo = Arrays.binarySearch(wrapped, start);
        int hi = Arrays.binarySearch(wrapped, end);
        lo = lo < 0 ? -lo - 1 : lo;
        hi = hi < 0 ? -hi - 1 : hi;
        return lo == hi ? Wrapping.NONE : Arrays.copyOfRange(wrapped, lo, hi);
    }

    /** One article being assembled. */
    private final class Story {
        final int start;
        final int headlineStart;
        final int headlineEnd;
        Span byline;
        ReportDate date;
        DateParts datelineDate;
        Dateline dateline;
        final List<Span> unplaced = new ArrayList<>();
        final List<Diagnostic> diags = new ArrayList<>();
        final List<HeaderField> headers = new ArrayList<>();
        int[] ps = new int[8];
        int[] pe = new int[8];
        int count;
        int lastEnd;

        Story(int start, int headlineStart, int headlineEnd, Span byline, ReportDate date) {
            this.start = start;
            this.headlineStart = headlineStart;
            this.headlineEnd = headlineEnd;
            this.byline = byline;
            this.date = date;
        }

        /** Adds a paragraph as it is (live entries). */
        void add(int s, int e) {
            if (count == ps.length) {
                ps = Arrays.copyOf(ps, count * 2);
                pe = Arrays.copyOf(pe, count * 2);
            }
            ps[count] = s;
            pe[count] = e;
            count++;
            lastEnd = e;
        }

        /** Adds lines [from, to) of one block as a paragraph, cutting a dateline off the story's first one. */
        void paragraph(int from, int to) {
            int s = ls[from];
            int e = le[to - 1];
            lastEnd = e;
            if (count == 0 && dateline == null) {
                int[] bodyStart = new int[1];
                DateParts[] dp = new DateParts[1];
                Dateline d = dateline(s, le[from], bodyStart, dp);
                if (d != null) {
                    dateline = d;
                    datelineDate = dp[0];
                    s = bodyStart[0];
                    if (s >= le[from]) {
                        if (to - from == 1) {
                            return; // the dateline stood alone
                        }
                        s = ls[from + 1];
                    }
                }
            }
            add(s, e);
        }
    }

    // ---------------------------------------------------------------- live pages

    private void live(int li) {
        int[] tm = new int[5];
        Story entry = null;
        ReportDate heading = date;
        boolean first = true;
        int i = li;
        while (i < n) {
            int be = blockEnd(i);
            if (EntryTimes.read(t, ls[i], le[i], tm)) {
                if (entry != null) {
                    finishEntry(entry);
                }
                ReportDate d = null;
                if (heading != null) {
                    String zone = tm[3] >= 0 ? t.substring(tm[3], tm[2]) : heading.zone();
                    d = new ReportDate(heading.year(), heading.month(), heading.day(), heading.weekday(),
                            LocalTime.of(tm[0], tm[1]), zone, DateProvenance.INHERITED,
                            view.span(ls[i], tm[2]));
                }
                entry = new Story(first ? ls[top] : ls[i], -1, -1, null, d);
                if (first) {
                    entry.unplaced.addAll(unplaced);
                    entry.diags.addAll(diags);
                    first = false;
                }
                int textStart = tm[4];
                if (textStart < le[i]) {
                    entry.add(textStart, le[be - 1]);
                } else if (be - i > 1) {
                    entry.add(ls[i + 1], le[be - 1]);
                } else {
                    entry.lastEnd = le[i];
                }
            } else if (entry != null) {
                entry.add(ls[i], le[be - 1]);
            }
            i = be;
        }
        if (entry != null) {
            finishEntry(entry);
        }
    }

    private void finishEntry(Story e) {
        // a short first line followed by more text is the entry's headline
        int hs = -1;
        int he = -1;
        int from = 0;
        if (e.count >= 2) {
            int nl = t.indexOf('\n', e.ps[0]);
            if ((nl < 0 || nl >= e.pe[0]) && Lines.headlineLike(t, e.ps[0], e.pe[0])) {
                hs = e.ps[0];
                he = e.pe[0];
                from = 1;
            }
        }
        out.add(new Layout(e.start, Math.max(e.lastEnd, e.start), e.date, hs, he, null, null, List.of(),
                Arrays.copyOfRange(e.ps, from, e.count), Arrays.copyOfRange(e.pe, from, e.count), e.unplaced,
                e.diags, wrappedIn(e.start, Math.max(e.lastEnd, e.start))));
    }

    // ---------------------------------------------------------------- datelines

    private boolean startsWithDateline(int li) {
        return dateline(ls[li], le[li], new int[1], new DateParts[1]) != null;
    }

    /**
     * Reads a wire dateline at the start of a paragraph: {@code MOSCOW, Feb 2 (Reuters) -}, {@code LONDON (AP) —},
     * {@code ODESA, Ukraine, Aug 5, 2022 (Reuters) -}, {@code Kyiv, 2 February 2022 –}, {@code WASHINGTON —}. The
     * place is capitalised words (at most six, in at most three comma-separated parts); a mixed-case place needs
     * an agency, a date or its first part in capitals ({@code HARRISBURG, Pa. —}), so {@code Hillary Clinton — …} is
     * not a dateline. Reads at most 160 characters.
     *
     * @return the dateline, or {@code null}; {@code bodyStart[0]} receives where the paragraph text starts and
     *         {@code dateOut[0]} the date it states, if any
     */
    private Dateline dateline(int s, int e, int[] bodyStart, DateParts[] dateOut) {
        int lim = Math.min(e, s + MAX_DATELINE);
        if (s >= lim || !Character.isUpperCase(t.charAt(s))) {
            return null;
        }
        int p = s;
        int words = 0;
        int parts = 1;
        int placeEnd = -1;
        boolean allCaps = true;
        boolean cityCaps = false; // the first of several parts is in capitals: "HARRISBURG, Pa. —"
        DateParts date = null;
        while (p < lim) {
            int w = p;
            while (w < lim) {
                char c = t.charAt(w);
                if (Character.isLetter(c) || c == '.' || c == '\'' || c == '\u2019'
                        || c == '-' && w + 1 < lim && Character.isLetter(t.charAt(w + 1))) {
                    if (Character.isLowerCase(c)) {
                        allCaps = false;
                    }
                    w++;
                } else {
                    break;
                }
            }
            if (w == p || !Character.isUpperCase(t.charAt(p)) && !(words > 0 && w - p <= 3)) {
                return null;
            }
            if (++words > 6) {
                return null;
            }
            placeEnd = w;
            p = w;
            if (p < lim && t.charAt(p) == ',') {
                int q = p + 1;
                while (q < lim && t.charAt(q) == ' ') {
                    q++;
                }
                if (q < lim && (Character.isDigit(t.charAt(q))
                        || DateParser.isCalendarWord(t, q, wordEnd(q, lim)))) {
                    date = DateParser.parse(t, q, lim);
                    if (date == null) {
                        return null;
                    }
                    p = date.end();
                    break;
                }
                cityCaps |= allCaps; // (all in capitals up to a comma: the first part is)
                if (++parts > 3) {
                    return null;
                }
                p = q;
                continue;
            }
            if (p + 1 < lim && t.charAt(p) == ' ' && (t.charAt(p + 1) == '(' || isDash(t.charAt(p + 1)))) {
                p++;
                break;
            }
            if (p < lim && t.charAt(p) == ' ') {
                p++;
                continue;
            }
            break;
        }
        if (placeEnd < 0 || placeEnd - s < 2) {
            return null;
        }
        while (p < lim && t.charAt(p) == ' ') {
            p++;
        }
        int agencyStart = -1;
        int agencyEnd = -1;
        if (p < lim && t.charAt(p) == '(') {
            int q = p + 1;
            while (q < lim && q - p <= 40 && t.charAt(q) != ')') {
                char c = t.charAt(q);
                if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '&' || c == '\'' || c == '-'
                        || c == '/')) {
                    return null;
                }
                q++;
            }
            if (q >= lim || t.charAt(q) != ')' || q - (p + 1) < 2 || !Character.isUpperCase(t.charAt(p + 1))) {
                return null;
            }
            agencyStart = p + 1;
            agencyEnd = q;
            p = q + 1;
            while (p < lim && t.charAt(p) == ' ') {
                p++;
            }
        }
        if (p >= lim || !isDash(t.charAt(p))) {
            return null;
        }
        int dashEnd = p + 1;
        if (t.charAt(p) == '-' && dashEnd < lim && t.charAt(dashEnd) == '-') {
            dashEnd++;
        }
        if (dashEnd < e && t.charAt(dashEnd) != ' ') {
            return null;
        }
        if (!allCaps && !cityCaps && agencyStart < 0 && date == null) {
            return null;
        }
        int b = dashEnd;
        while (b < e && t.charAt(b) == ' ') {
            b++;
        }
        bodyStart[0] = b;
        dateOut[0] = date;
        return new Dateline(view.span(s, dashEnd), view.span(s, placeEnd),
                agencyStart < 0 ? null : view.span(agencyStart, agencyEnd));
    }

    private int wordEnd(int p, int lim) {
        while (p < lim && Character.isLetter(t.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }
}
