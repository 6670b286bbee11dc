package org.reportage.parser.internal.quotes;

import java.util.List;

import org.reportage.core.Quote;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.actors.ActorAnalysis;

/**
 * Finds reported speech without quotation marks.
 */
final class IndirectSpeech {
    private IndirectSpeech() {
    }

    static List<Quote> find(Document doc, ActorAnalysis actors, int[] coveredStart, int[] coveredEnd) {
        return List.of();
    }
}
