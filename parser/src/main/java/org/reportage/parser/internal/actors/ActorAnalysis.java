package org.reportage.parser.internal.actors;

import java.util.List;

import org.reportage.core.Actor;

/**
 * What the actor stage found in one report: the actors (for the output) and a way for the quote stage to ask
 * which actor a stretch of text refers to.
 */
public interface ActorAnalysis {

    /** @return the actors in order of first mention */
    List<Actor> actors();

    /**
     * @param viewStart start of a stretch of the view, inclusive
     * @param viewEnd   end, exclusive
     * @return the index into {@link #actors()} of the actor one of whose mentions overlaps the stretch (the
     *         longest such mention wins), or -1
     */
    int actorAt(int viewStart, int viewEnd);

    /**
     * @param actor an index into {@link #actors()}
     * @return {@code 'm'} or {@code 'f'} when the report gives the actor's gender (a first name, a title, a pronoun
     *         the actor stage linked), another character when it does not
     */
    default char gender(int actor) {
        return 'u';
    }

    /** @return every mention, sorted by start (view offsets) */
    List<ViewMention> mentions();

    /**
     * @param viewStart a view offset
     * @return the index in {@link #mentions()} of the first mention that starts at or after it (the size when
     *         none does): a binary search
     */
    default int firstMentionFrom(int viewStart) {
        List<ViewMention> list = mentions();
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < viewStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @param viewStart start of a stretch of the view, inclusive
     * @param viewEnd   end, exclusive
     * @return whether a mention spans exactly the stretch and was read by the rule named
     */
    default boolean mentionIs(int viewStart, int viewEnd, String rule) {
        int i = firstMentionFrom(viewStart);
        List<ViewMention> list = mentions();
        if (i >= list.size()) {
            return false;
        }
        ViewMention m = list.get(i);
        return m.start() == viewStart && m.end() == viewEnd && m.rule().equals(rule);
    }

    /** @return an analysis that found nothing */
    static ActorAnalysis none() {
        return new ActorAnalysis() {
            @Override
            public List<Actor> actors() {
                return List.of();
            }

            @Override
            public int actorAt(int viewStart, int viewEnd) {
                return -1;
            }

            @Override
            public List<ViewMention> mentions() {
                return List.of();
            }
        };
    }
}
