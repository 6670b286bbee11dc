package org.reportage.parser;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Severity;
import org.reportage.core.Span;
import org.reportage.parser.internal.ArticleAssembler;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.Workspace;
import org.reportage.parser.internal.structure.ReportSplitter;
import org.reportage.parser.internal.text.DecodingReader;
import org.reportage.parser.internal.text.TextView;

/**
 * Reads the articles of a feed from a stream, one report at a time, so memory is bounded by the largest report,
 * not the feed (a daily digest or a live page under one day heading is read as one report and then split into
 * its stories or entries). Offsets count from the start of the stream.
 *
 * <p>The feed is cut into reports line by line by the same rules as {@link ReportParser#parse(CharSequence)}
 * (separator lines, date lines and header blocks that begin a new report), so a feed read here gives the same
 * articles, with the same offsets, as the whole text parsed at once. A line ends at {@code \n}, {@code \r\n} or
 * a lone {@code \r}.
 *
 * <p>A report longer than {@link Limits#maxReportChars()} is not an error here: it is cut at the last line end
 * before the limit (inside the line when one line is longer than the limit), the part read so far becomes an
 * article with a {@code limit.report_size} warning, and the rest follows as further articles, each with the same
 * warning, so no text is lost. Offsets beyond {@link Integer#MAX_VALUE} cannot be represented by {@link Span}; a
 * stream that long throws {@link ReportParseException} when a report starts past that point.
 *
 * <p>When it reads bytes ({@link ReportParser#read(java.io.InputStream, java.nio.charset.Charset)}), a byte
 * sequence that is not valid in the charset, or a character cut off by the end of the stream, throws
 * {@link ReportParseException} with its byte offset, or, with {@link ReportParser.MalformedInput#REPLACE}, is
 * read as U+FFFD and reported by an {@code input.malformed_bytes} warning on the article that holds it (one per
 * article: how many sequences were replaced, the byte offset of the first, and its span).
 *
 * <p>Iterate it once, or call {@link #stream()}; close it (or the stream) to close the underlying reader, which
 * is also closed when the end of the input is reached. Not thread-safe: one consumer at a time.
 */
public final class ReportReader implements Iterable<Article>, Closeable {
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final DecodingReader decoding;
    private final Settings settings;
    /** Working buffers the reports of this stream reuse, one after the other. */
    private final Workspace workspace = new Workspace();
    private final int max;
    private final ArrayDeque<Article> ready = new ArrayDeque<>();
    private final ReportSplitter splitter = new ReportSplitter();
    private final char[] buf = new char[BUFFER];
    private int bufPos;
    private int bufLen;
    private boolean eof;
    private boolean done;
    private boolean iterated;
    private boolean closed;

    // the report being read: its text, where it starts in the stream, a line that may begin the next one
    private final StringBuilder chunk = new StringBuilder();
    private long chunkBase;
    private int maybeAt = -1;
    private boolean midLine;
    private Diagnostic carried;

    ReportReader(Reader in, Settings settings) {
        this.in = in;
        this.settings = settings;
        this.max = settings.limits().maxReportChars();
        this.decoding = in instanceof DecodingReader ? (DecodingReader) in : null;
    }

    /**
     * @return an iterator over the articles; can be called once
     * @throws IllegalStateException if called twice
     */
    @Override
    public Iterator<Article> iterator() {
        if (iterated) {
            throw new IllegalStateException("a ReportReader can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !done) {
                    fill();
                }
                return !ready.isEmpty();
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    /** @return the articles as an ordered, sequential stream that closes this reader when closed */
    public Stream<Article> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::closeUnchecked);
    }

    // Reads lines until at least one report is complete, or the input ends.
    private void fill() {
        try {
            while (ready.isEmpty()) {
                int lineStart = chunk.length();
                boolean continuing = midLine;
                int contentEnd = readLine();
                if (contentEnd < 0) {
                    emit(chunk.length(), null);
                    chunk.setLength(0);
                    done = true;
                    close();
                    return;
                }
                if (!continuing) {
                    String line = TextView.of(chunk.substring(lineStart, contentEnd), 0, workspace).text();
                    int r = splitter.line(line, 0, line.length());
                    if (r == ReportSplitter.MAYBE) {
                        maybeAt = lineStart;
                    } else if (r == ReportSplitter.BOUNDARY_AT_MAYBE) {
                        int at = maybeAt;
                        cut(at, null);
                        lineStart -= at;
                    } else if (r == ReportSplitter.BOUNDARY) {
                        cut(lineStart, null);
                        lineStart = 0;
                    } else if (r == ReportSplitter.SEPARATOR) {
                        cut(lineStart, null);
                        chunkBase += chunk.length();
                        chunk.setLength(0);
                        continue;
                    }
                }
                if (chunk.length() > max && lineStart > 0) {
                    long at = chunkBase + lineStart;
                    Diagnostic d = new Diagnostic("limit.report_size", Severity.WARNING, "report longer than "
                            + max + " chars (Limits.maxReportChars): cut at offset " + at
                            + "; the text on both sides of the cut is kept in separate articles",
                            new Span(checked(at), checked(at), ""));
                    cut(lineStart, d);
                    carried = d;
                    splitter.reset();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Ends the current report before chunk offset `at`; the text from `at` on starts the next one.
    private void cut(int at, Diagnostic limit) {
        emit(at, limit);
        chunk.delete(0, at);
        chunkBase += at;
        maybeAt = -1;
    }

    private void emit(int end, Diagnostic limit) {
        Diagnostic before = carried;
        carried = null;
        boolean blank = true;
        for (int i = 0; i < end && blank; i++) {
            char c = chunk.charAt(i);
            // never wider than what the structure stage reads as blank (Character.isWhitespace would also take
            // U+001C..U+001F, which parse keeps as text, and the reader would drop a report made of them)
            blank = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f'
                    || Character.isSpaceChar(c);
        }
        if (blank) {
            return;
        }
        checked(chunkBase + end);
        TextView view = TextView.of(chunk.substring(0, end), (int) chunkBase, workspace);
        List<Article> articles = ArticleAssembler.parse(view, settings, workspace);
        if (decoding != null) {
            articles = withReplacements(articles, chunkBase + end);
        }
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (i == 0 && before != null) {
                a = with(a, before);
            }
            if (i == articles.size() - 1 && limit != null) {
                a = with(a, limit);
            }
            ready.add(a);
        }
    }

    // Adds to each article one input.malformed_bytes warning for the undecodable bytes read as U+FFFD in it.
    private List<Article> withReplacements(List<Article> articles, long end) {
        List<Article> out = null;
        long[] r;
        while ((r = decoding.pollReplacedBefore(end)) != null) {
            int i = 0;
            while (i < articles.size() - 1 && articles.get(i).span().end() <= r[0]) {
                i++;
            }
            if (out == null) {
                out = new ArrayList<>(articles);
            }
            int count = 1;
            long[] first = r;
            long limit = i == articles.size() - 1 ? end : articles.get(i).span().end();
            while ((r = decoding.pollReplacedBefore(limit)) != null) {
                count++;
            }
            int at = checked(first[0]);
            out.set(i, with(out.get(i), new Diagnostic("input.malformed_bytes", Severity.WARNING, count
                    + " byte sequence(s) not valid in the charset read as U+FFFD; the first at byte " + first[1]
                    + " (" + first[2] + " byte(s))", new Span(at, at + 1, "\uFFFD"))));
        }
        return out == null ? articles : out;
    }

    private static Article with(Article a, Diagnostic d) {
        List<Diagnostic> ds = new ArrayList<>(a.diagnostics().size() + 1);
        if (d.span().start() <= a.span().start()) {
            ds.add(d);
            ds.addAll(a.diagnostics());
        } else {
            ds.addAll(a.diagnostics());
            ds.add(d);
        }
        return new Article(a.sourceId(), a.span(), a.date(), a.headline(), a.dateline(), a.byline(), a.headers(),
                a.paragraphs(), a.quotes(), a.actors(), a.unplaced(), ds);
    }

    private static int checked(long offset) {
        if (offset > Integer.MAX_VALUE) {
            throw new ReportParseException("stream offset " + offset + " is beyond the largest offset a Span holds ("
                    + Integer.MAX_VALUE + ")", offset, -1, -1, "", null);
        }
        return (int) offset;
    }

    /**
     * Appends the next line (or, for a line longer than the report limit, the next piece of it) to the chunk,
     * line end included.
     *
     * @return the chunk offset where the line's content ends (before its line end), or -1 at the end of input
     *         with nothing read
     */
    private int readLine() throws IOException {
        int start = chunk.length();
        int taken = 0;
        while (true) {
            if (bufPos == bufLen && !refill()) {
                midLine = false;
                return chunk.length() > start ? chunk.length() : -1;
            }
            int i = bufPos;
            int lim = bufLen;
            while (i < lim) {
                char c = buf[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            int room = max - taken;
            if (i - bufPos >= room) {
                // the line is longer than the limit: hand over a piece (never between two surrogate halves)
                int stop = bufPos + room;
                if (stop > bufPos && Character.isHighSurrogate(buf[stop - 1]) && stop < lim) {
                    stop++;
                }
                chunk.append(buf, bufPos, stop - bufPos);
                bufPos = stop;
                midLine = true;
                return chunk.length();
            }
            chunk.append(buf, bufPos, i - bufPos);
            taken += i - bufPos;
            bufPos = i;
            if (i < lim) {
                int contentEnd = chunk.length();
                char c = buf[bufPos++];
                chunk.append(c);
                if (c == '\r') {
                    if (bufPos == bufLen) {
                        refill();
                    }
                    if (bufPos < bufLen && buf[bufPos] == '\n') {
                        chunk.append('\n');
                        bufPos++;
                    }
                }
                midLine = false;
                return contentEnd;
            }
        }
    }

    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        int r;
        do {
            r = in.read(buf, 0, buf.length);
        } while (r == 0);
        if (r < 0) {
            eof = true;
            bufPos = 0;
            bufLen = 0;
            return false;
        }
        bufPos = 0;
        bufLen = r;
        return true;
    }

    private void closeUnchecked() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the underlying reader. Articles not yet read are not read.
     *
     * @throws IOException if closing the reader fails
     */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            done = true;
            in.close();
        }
    }
}
