package org.reportage.parser.internal.actors;

import java.util.Objects;

import org.reportage.core.MentionKind;

/**
 * One actor mention in view offsets, as the quote stage reads it: where it is, which actor it belongs to, how
 * the text refers to the actor there and the rule that linked it. Immutable.
 *
 * @param start inclusive view offset
 * @param end   exclusive view offset
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

    /** Orders by start, then by longer first (an enclosing mention before the ones inside it). */
    @Override
    public int compareTo(ViewMention o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }
}
