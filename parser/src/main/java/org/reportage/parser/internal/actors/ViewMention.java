package org.reportage.parser.internal.actors;

import org.reportage.core.MentionKind;

/**
 * A mention as the quote stage sees it: view offsets, the actor it belongs to and how it refers to it.
 *
 * @param start start, view offset
 * @param end   end, view offset, exclusive
 * @param actor index into {@link ActorAnalysis#actors()}
 * @param kind  how the text refers to the actor here
 */
public record ViewMention(int start, int end, int actor, MentionKind kind) {
}
