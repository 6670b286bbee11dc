package org.reportage.core;

/**
 * A human-readable location in the input: 1-based line and 1-based column, both counted in UTF-16 code units
 * from the start of the input. A line ends at {@code \n}, at {@code \r\n} or at a lone {@code \r}.
 *
 * <p>For example, in {@code "ab\ncd"} offset 3 (the {@code c}) is line 2, column 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param offset 0-based UTF-16 offset into the input
 * @param line   1-based line number
 * @param column 1-based column number
 */
public record Position(int offset, int line, int column) {

    /** @throws IllegalArgumentException if the offset is negative or line or column is below 1 */
    public Position {
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid position " + offset + " " + line + ":" + column);
        }
    }

    /**
     * Computes the position of an offset by scanning the input once; for many look-ups in one input use
     * {@link LineIndex}.
     *
     * @param input  the input text
     * @param offset a 0-based offset, {@code 0 <= offset <= input.length()}
     * @return its line and column
     */
    public static Position of(CharSequence input, int offset) {
        return LineIndex.of(input).position(offset);
    }

    /** @return {@code line:column}, the form editors understand */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
