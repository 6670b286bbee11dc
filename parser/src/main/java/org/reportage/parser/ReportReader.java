package org.reportage.parser;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.reportage.core.Article;
import org.reportage.parser.internal.ArticleAssembler;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.text.TextView;

/**
 * Reads the articles of a feed from a stream, one report at a time, so memory is bounded by the largest report,
 * not the feed. Offsets count from the start of the stream.
 *
 * <p>Iterate it once, or call {@link #stream()}; close it (or the stream) to close the underlying reader.
 * Not thread-safe: one consumer at a time.
 */
public final class ReportReader implements Iterable<Article>, Closeable {
    private final BufferedReader in;
    private final Settings settings;
    private final ArrayDeque<Article> ready = new ArrayDeque<>();
    private boolean iterated;
    private boolean eof;
    private long consumed;

    ReportReader(Reader in, Settings settings) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.settings = settings;
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
                while (ready.isEmpty() && !eof) {
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

    // First version: reads the whole stream as one text. The structure issue replaces it with report-at-a-time
    // segmentation.
    private void fill() {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1 << 16];
        try {
            int r;
            while ((r = in.read(buf)) >= 0) {
                sb.append(buf, 0, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        eof = true;
        ready.addAll(ArticleAssembler.parse(TextView.of(sb, (int) consumed), settings));
        consumed += sb.length();
    }

    private void closeUnchecked() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
