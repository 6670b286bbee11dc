package org.reportage.core;

import java.util.Objects;

/**
 * One {@code Name: value} line of a header block ({@code Title:}, {@code Date:}, {@code Source:}, …).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the field name as written, without the colon
 * @param value the value, trimmed
 */
public record HeaderField(String name, Span value) {

    /** Validates that both components are given. */
    public HeaderField {
        Checks.requireText(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
