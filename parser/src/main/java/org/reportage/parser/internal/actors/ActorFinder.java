package org.reportage.parser.internal.actors;

import org.reportage.parser.internal.Document;

/**
 * Finds, types and merges the actors of one report. First version: finds none; the actors issue replaces it.
 */
public final class ActorFinder {
    private ActorFinder() {
    }

    /**
     * @param doc the report
     * @return its actors
     */
    public static ActorAnalysis find(Document doc) {
        return ActorAnalysis.none();
    }
}
