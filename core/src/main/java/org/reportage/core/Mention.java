package org.reportage.core;

import java.util.Objects;

/**
 * One place where the text refers to an {@link Actor}.
 *
 * <p>Offsets follow {@link Span}: 0-based, end-exclusive UTF-16 indexes into the input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 * @param text  the input text between the offsets
 * @param kind  how the text refers to the actor here
 * @param rule  the rule that linked this mention to the actor ({@code name}, {@code surname},
 *              {@code pronoun.nearest_person}, …), never blank
 */
public record Mention(int start, int end, String text, MentionKind kind, String rule) {

    /** Validates offsets, text length and that kind and rule are given. */
    public Mention {
        Checks.requireSpan(start, end, text);
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(rule, "rule");
    }

    /** @return the mention's offsets and text as a {@link Span} */
    public Span span() {
        return new Span(start, end, text);
    }
}
