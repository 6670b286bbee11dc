package org.reportage.bench.tools;

import java.io.Reader;

/**
 * A {@link Reader} over a generated feed of at least a given number of UTF-8 bytes, made block by block as it
 * is read, so that a feed of any size streams through a parser without ever existing in memory or on disk.
 * It stops after the block that reaches the size. Same seed, same characters.
 *
 * <p>Not thread-safe.
 */
public final class GeneratedFeedReader extends Reader {
    private final FeedGenerator generator;
    private final long minBytes;
    private long bytes;
    private long blocks;
    private long minArticles;
    private long maxArticles;
    private String chunk = "";
    private int pos;
    private boolean closed;

    /**
     * @param seed     the generator seed
     * @param minBytes how many UTF-8 bytes to produce at least
     */
    public GeneratedFeedReader(long seed, long minBytes) {
        this.generator = new FeedGenerator(seed);
        this.minBytes = minBytes;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (len == 0) {
            return 0;
        }
        if (pos == chunk.length() && !refill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length() - pos);
        chunk.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    private boolean refill() {
        if (bytes >= minBytes) {
            return false;
        }
        // the same sequence of draws as FeedGenerator.feed: separator first, then the block
        String separator = blocks == 0 ? "" : generator.separator();
        FeedGenerator.Block b = generator.next(blocks == 0);
        String text = separator + b.text();
        blocks++;
        minArticles += b.minArticles();
        maxArticles += b.maxArticles();
        bytes += Utf8.length(text);
        chunk = text;
        pos = 0;
        return true;
    }

    /** @return the UTF-8 bytes produced so far */
    public long bytes() {
        return bytes;
    }

    /** @return the blocks produced so far */
    public long blocks() {
        return blocks;
    }

    /** @return the fewest articles a correct parse of what was produced so far gives */
    public long minArticles() {
        return minArticles;
    }

    /** @return the most articles a correct parse of what was produced so far gives */
    public long maxArticles() {
        return maxArticles;
    }

    @Override
    public void close() {
        closed = true;
    }
}
