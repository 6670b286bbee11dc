package org.reportage.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * Maps offsets of one input text to lines and columns. Built once in linear time, then answers in logarithmic
 * time; build it only when positions are needed (diagnostics carry offsets, not lines).
 *
 * <p>Immutable and thread-safe.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    /**
     * Indexes the line starts of an input. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}.
     *
     * @param input the input text
     * @return the index
     */
    public static LineIndex of(CharSequence input) {
        Objects.requireNonNull(input, "input");
        int n = input.length();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    /** @return the number of lines (an empty input has one) */
    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * @param offset a 0-based offset, {@code 0 <= offset <= length}
     * @return its 1-based line and column
     * @throws IndexOutOfBoundsException if the offset lies outside the input
     */
    public Position position(int offset) {
        Objects.checkIndex(offset, length + 1);
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(offset, line + 1, offset - lineStarts[line] + 1);
    }
}
