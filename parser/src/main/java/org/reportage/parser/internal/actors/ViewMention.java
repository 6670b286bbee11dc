package org.reportage.parser.internal.actors;

import java.util.Objects;

import org.reportage.core.MentionKind;

/**
 * A mention as the quote stage sees it: view offsets, the actor it belongs to, how the text refers to the actor
 * there and the rule that linked it. Immutable.
 *
 * @param start start, view offset
 * @param end   end, view offset, exclusive
 * @param actor index into {@link ActorAnalysis#actors()}
 * @param kind  how the text refers to the actor here
 * @param rule  the rule that linked the mention to its actor (the same string as {@code Mention.rule})
 */
public record ViewMention(int start, int end, int actor, MentionKind kind, String rule)
        implements Comparable<ViewMention> {

    /** Validates offsets and that kind and rule are given. */
    public ViewMention {
        if (start < 0 || end < start || actor < 0) {
            throw new IllegalArgumentException("invalid view mention [" + start + ", " + end + ") -> " + actor);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * A mention whose rule is not known (for stages and tests that build analyses by hand).
     *
     * @param start start, view offset
     * @param end   end, view offset, exclusive
     * @param actor index into {@link ActorAnalysis#actors()}
     * @param kind  how the text refers to the actor here
     */
    public ViewMention(int start, int end, int actor, MentionKind kind) {
        this(start, end, actor, kind, "given");
    }

    /** Orders by start, then longer first (an enclosing mention before the ones inside it). */
    @Override
    public int compareTo(ViewMention o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }
}
