package org.reportage.core;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records of this package. */
final class Checks {
    private Checks() {
    }

    static <T> List<T> copy(List<T> list, String name) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0, n = list.size(); i < n; i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(name + " must not contain null");
            }
        }
        return List.copyOf(list); // no copy when the list is already an unmodifiable List.of/copyOf list
    }

    static String requireText(String s, String name) {
        Objects.requireNonNull(s, name);
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return s;
    }

    /** The checks of a {@link Span}'s components, for records that hold them without a Span. */
    static void requireSpan(int start, int end, String text) {
        requireOffsets(start, end);
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException(
                    "text has length " + text.length() + " but offsets [" + start + ", " + end + ") span "
                            + (end - start));
        }
    }

    static void requireOffsets(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ")");
        }
    }
}
