package org.reportage.parser.internal.actors;

import org.reportage.parser.internal.Document;

/**
 * Finds, types and merges the actors of one report: people, organisations, media, countries, places and groups,
 * with their roles, aliases and every mention (names, acronyms, roles, demonyms, metonyms and pronouns), from
 * compiled lexicons and rules — no model, no knowledge base (an {@code ActorDirectory} may add one). Linear in
 * the report's length; past {@code Limits.maxMentions} it stops and says so ({@code limit.mentions}).
 */
public final class ActorFinder {
    private ActorFinder() {
    }

    /**
     * @param doc the report
     * @return its actors
     */
    public static ActorAnalysis find(Document doc) {
        if (doc.blockCount() == 0) {
            return ActorAnalysis.none();
        }
        return new Finder(doc).run();
    }
}
