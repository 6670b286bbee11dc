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
        for (T t : list) {
            Objects.requireNonNull(t, () -> name + " must not contain null");
        }
        return List.copyOf(list);
    }

    static String requireText(String s, String name) {
        Objects.requireNonNull(s, name);
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return s;
    }

    static void requireOffsets(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ")");
        }
    }
}
