package org.reportage.core;

import java.util.Objects;

/**
 * Something the parser noticed, decided or worked around while reading a report: a year it inferred, a weekday
 * that contradicts the date, a quote that never closes, a limit it reached.
 *
 * <p>{@code code} is a stable, dotted identifier ({@code date.weekday_mismatch}, {@code quote.unclosed}) that
 * programs can match on; the list of codes is in the README. {@code message} is for people and may change.
 * Line and column are not stored: compute them when needed with {@link #position(CharSequence)} or a
 * {@link LineIndex}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code     stable identifier, {@code stage.name}, never blank
 * @param severity how much it matters
 * @param message  human-readable explanation
 * @param span     the input text concerned; may be empty (a point) but never null
 */
public record Diagnostic(String code, Severity severity, String message, Span span) {

    /** Validates that no component is null and the code is not blank. */
    public Diagnostic {
        Checks.requireText(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /**
     * @param input the text this diagnostic was produced from
     * @return the 1-based line and column where its span starts
     */
    public Position position(CharSequence input) {
        return Position.of(input, span.start());
    }
}
