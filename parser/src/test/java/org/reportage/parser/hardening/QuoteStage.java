package org.reportage.parser.hardening;

import org.junit.jupiter.api.Assumptions;
import org.reportage.parser.ReportParser;

/**
 * Whether the quote and actor stages are in the build. Until they are merged, the parser finds no quote and no
 * actor at all; the assertions about quotes and actors are then skipped (visibly, as assumptions), while the
 * structure assertions of the same tests still run.
 */
final class QuoteStage {
    private static final boolean QUOTES = !ReportParser.create()
            .parse("Ferry service resumes\n\n\u201CWe are ready to sail,\u201D said Captain Ana Lindqvist on Monday.\n")
            .article().quotes().isEmpty();
    private static final boolean ACTORS = !ReportParser.create()
            .parse("Ferry service resumes\n\nCaptain Ana Lindqvist said the ferry would sail. Lindqvist added "
                    + "that the Harbour Authority agreed.\n")
            .article().actors().isEmpty();

    private QuoteStage() {
    }

    /** Skips the rest of the calling test unless the quote stage finds quotes. */
    static void assumeQuotes() {
        Assumptions.assumeTrue(QUOTES, "the quote stage is not merged yet (no quote found in a plain quotation)");
    }

    /** Skips the rest of the calling test unless the actor stage finds actors. */
    static void assumeActors() {
        Assumptions.assumeTrue(ACTORS, "the actor stage is not merged yet (no actor found in a plain sentence)");
    }
}
