package org.reportage.parser.internal;

import java.util.Objects;

import org.reportage.core.ReportDate;
import org.reportage.parser.internal.text.TextView;

/**
 * One report as the analysis stages (actors, quotes) read it: the normalised text, where its headline and
 * paragraphs are (view offsets), its date, the options and the diagnostics sink. Not thread-safe: one per parse.
 *
 * <p>Blocks are the headline (when there is one, always block 0 with {@link #headlineBlock()} true) followed by
 * the body paragraphs in order. {@code blockStart[i]}/{@code blockEnd[i]} are view offsets, end exclusive.
 */
public final class Document {
    private final TextView view;
    private final int[] blockStart;
    private final int[] blockEnd;
    private final boolean headlineBlock;
    private final ReportDate date;
    private final Settings settings;
    private final DiagnosticSink diagnostics;
    private final Workspace workspace;

    /**
     * A document with a workspace of its own (nothing reused).
     *
     * @param view          the text
     * @param blockStart    start of each block (headline first if present), view offsets
     * @param blockEnd      end of each block, exclusive
     * @param headlineBlock whether block 0 is the headline
     * @param date          the report date, or {@code null}
     * @param settings      the options
     * @param diagnostics   where to report
     */
    public Document(TextView view, int[] blockStart, int[] blockEnd, boolean headlineBlock, ReportDate date,
                    Settings settings, DiagnosticSink diagnostics) {
        this(view, blockStart, blockEnd, headlineBlock, date, settings, diagnostics, new Workspace());
    }

    /**
     * @param view          the text
     * @param blockStart    start of each block (headline first if present), view offsets
     * @param blockEnd      end of each block, exclusive
     * @param headlineBlock whether block 0 is the headline
     * @param date          the report date, or {@code null}
     * @param settings      the options
     * @param diagnostics   where to report
     * @param workspace     the buffers the stages reuse (the caller's, for this report only)
     */
    public Document(TextView view, int[] blockStart, int[] blockEnd, boolean headlineBlock, ReportDate date,
                    Settings settings, DiagnosticSink diagnostics, Workspace workspace) {
        if (blockStart.length != blockEnd.length) {
            throw new IllegalArgumentException("block arrays differ in length");
        }
        this.view = Objects.requireNonNull(view);
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.headlineBlock = headlineBlock;
        this.date = date;
        this.settings = Objects.requireNonNull(settings);
        this.diagnostics = Objects.requireNonNull(diagnostics);
        this.workspace = Objects.requireNonNull(workspace);
    }

    /** @return the buffers the stages may reuse while they work on this document (see {@link Workspace}) */
    public Workspace workspace() {
        return workspace;
    }

    /** @return the normalised text and its map to input offsets */
    public TextView view() {
        return view;
    }

    /** @return the normalised text, shorthand for {@code view().text()} */
    public String text() {
        return view.text();
    }

    /** @return the number of blocks (headline and paragraphs) */
    public int blockCount() {
        return blockStart.length;
    }

    /**
     * @param i block index
     * @return its start, view offset
     */
    public int blockStart(int i) {
        return blockStart[i];
    }

    /**
     * @param i block index
     * @return its end, view offset, exclusive
     */
    public int blockEnd(int i) {
        return blockEnd[i];
    }

    /**
     * @param viewOffset a view offset
     * @return the index of the block that contains it (or that it ends), or -1 when it lies between or outside
     *         the blocks
     */
    public int blockAt(int viewOffset) {
        int lo = 0;
        int hi = blockStart.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blockEnd[mid] < viewOffset) {
                lo = mid + 1;
            } else if (blockStart[mid] > viewOffset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** @return whether block 0 is the headline (headline case, no quotes attributed there) */
    public boolean headlineBlock() {
        return headlineBlock;
    }

    /** @return the report date, or {@code null} */
    public ReportDate date() {
        return date;
    }

    /** @return the options */
    public Settings settings() {
        return settings;
    }

    /** @return where to report what the stages notice */
    public DiagnosticSink diagnostics() {
        return diagnostics;
    }
}
