package org.reportage.core;

import java.util.Objects;

/**
 * A stretch of the input text: {@code start} and {@code end} are 0-based, end-exclusive indexes counted in
 * UTF-16 code units (Java {@code char}s) into the text exactly as it was given to the parser, and {@code text}
 * is the input between them, so {@code input.substring(start, end).equals(text)} always holds.
 *
 * <p>For a feed read through the streaming reader, offsets count from the start of the whole stream; for a
 * JSON Lines record, from the start of that record's text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first UTF-16 index, inclusive, {@code >= 0}
 * @param end   last UTF-16 index, exclusive, {@code >= start}
 * @param text  the input text between the two offsets, never null, of length {@code end - start}
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    /**
     * Validates the offsets and that the text has their length.
     *
     * @throws IllegalArgumentException if {@code start < 0}, {@code end < start} or the text length differs
     */
    public Span {
        Checks.requireSpan(start, end, text);
    }

    /**
     * The span of {@code input} between two offsets.
     *
     * @param input the whole input text
     * @param start first index, inclusive
     * @param end   last index, exclusive
     * @return the span, with its text copied out of {@code input}
     * @throws IndexOutOfBoundsException if the offsets fall outside {@code input}
     */
    public static Span of(CharSequence input, int start, int end) {
        Objects.checkFromToIndex(start, end, input.length());
        return new Span(start, end, input.subSequence(start, end).toString());
    }

    /** @return the number of UTF-16 code units covered, {@code end - start} */
    public int length() {
        return end - start;
    }

    /** @return whether this span covers no character */
    public boolean isEmpty() {
        return start == end;
    }

    /**
     * @param other another span
     * @return whether the two spans share at least one character
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * @param other another span
     * @return whether every character of {@code other} lies inside this span
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
