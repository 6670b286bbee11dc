package org.reportage.bench.tools;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Reader} over a generated feed of at least a given number of UTF-8 bytes, made as it is read, so that
 * a feed of any size streams through a parser without ever existing in memory or on disk. It stops after the
 * block that reaches the size. Same seed, same characters.
 *
 * <p>The first {@code poolBlocks} blocks are generated as {@link FeedGenerator#feed(long, int)} generates them
 * (the text is identical) and kept as UTF-8; after them the reader replays the pool, block after block, with a
 * separator between, so that the feed costs a copy rather than a generation per byte and the streaming
 * benchmark measures the parser, not the generator. The pool (about 0.75 MB for 1,000 blocks) is the only
 * memory the reader holds.
 *
 * <p>Not thread-safe.
 */
public final class GeneratedFeedReader extends Reader {
    /** The pool size the streaming run uses. */
    public static final int DEFAULT_POOL_BLOCKS = 1_000;

    private final FeedGenerator generator;
    private final long minBytes;
    private final int poolBlocks;
    private final List<byte[]> pool = new ArrayList<>();
    private final List<FeedGenerator.Block> poolShapes = new ArrayList<>();
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
        this(seed, minBytes, DEFAULT_POOL_BLOCKS);
    }

    /**
     * @param seed       the generator seed
     * @param minBytes   how many UTF-8 bytes to produce at least
     * @param poolBlocks how many distinct blocks to generate before replaying them
     */
    public GeneratedFeedReader(long seed, long minBytes, int poolBlocks) {
        if (poolBlocks < 1) {
            throw new IllegalArgumentException("poolBlocks must be at least 1");
        }
        this.generator = new FeedGenerator(seed);
        this.minBytes = minBytes;
        this.poolBlocks = poolBlocks;
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
        FeedGenerator.Block b;
        String text;
        long size;
        if (blocks < poolBlocks) {
            // the same sequence of draws as FeedGenerator.feed: separator first, then the block
            String separator = blocks == 0 ? "" : generator.separator();
            b = generator.next(blocks == 0);
            text = separator + b.text();
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            pool.add(utf8);
            poolShapes.add(b);
            size = utf8.length;
        } else {
            int k = (int) (blocks % poolBlocks);
            b = poolShapes.get(k);
            byte[] utf8 = pool.get(k);
            text = new String(utf8, StandardCharsets.UTF_8);
            size = utf8.length;
            if (k == 0) {
                // the first block has no separator before it, and may start with a byte-order mark
                boolean bom = text.startsWith("\uFEFF");
                text = "\n\n---\n\n" + (bom ? text.substring(1) : text);
                size += 7 - (bom ? 3 : 0);
            }
        }
        blocks++;
        minArticles += b.minArticles();
        maxArticles += b.maxArticles();
        bytes += size;
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
