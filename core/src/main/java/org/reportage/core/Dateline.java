package org.reportage.core;

import java.util.Objects;

/**
 * The dateline that opens a wire story, such as {@code MOSCOW, Feb 2 (Reuters) -} or {@code LONDON (AP) —}:
 * where the story was filed and by which agency. It is not body text: the first paragraph starts after it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span   the whole dateline, separator included
 * @param place  the place as written ({@code MOSCOW}, {@code ODESA, Ukraine})
 * @param agency the agency as written without brackets ({@code Reuters}), or {@code null}
 */
public record Dateline(Span span, Span place, Span agency) {

    /** Validates that span and place are given and lie inside the dateline. */
    public Dateline {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
        if (!span.contains(place) || agency != null && !span.contains(agency)) {
            throw new IllegalArgumentException("place and agency must lie inside the dateline");
        }
    }
}
