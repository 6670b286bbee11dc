package org.reportage.bench.jmh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.reportage.parser.ParseResult;
import org.reportage.parser.ReportParser;

/**
 * The parser stages are being written while the benchmarks are: a test that checks what a stage gives runs
 * once the stage is in, and is skipped (with the reason) before. Each probe parses a tiny invented text that
 * any working version of the stage handles. Once every stage has landed, these guards can go.
 */
final class StagePresence {
    private static final ReportParser PARSER = ReportParser.create();

    private StagePresence() {
    }

    /** Skips unless the structure stage splits a feed at its separator. */
    static void assumeStructure() {
        ParseResult r = PARSER.parse("Monday, March 7, 2022\n\nFerry link reopens\n\nThe ferry sailed again.\n\n"
                + "---\n\nTuesday, March 8, 2022\n\nBridge closes for repairs\n\nThe bridge closed at noon.\n");
        assumeTrue(r.articles().size() == 2, "structure stage not merged yet: a two-report feed gives "
                + r.articles().size() + " article(s)");
    }

    /** Skips unless the actor stage finds a plainly named person. */
    static void assumeActors() {
        ParseResult r = PARSER.parse("Harbour talks resume\n\nPrime Minister Ilse Varga met the union on Monday.\n");
        assumeTrue(!r.article().actors().isEmpty(), "actor stage not merged yet: no actor found");
    }

    /** Skips unless the quote stage finds a plain typographic quote. */
    static void assumeQuotes() {
        ParseResult r = PARSER.parse("Harbour talks resume\n\n\u201CWe will sign on Friday,\u201D said Ilse Varga.\n");
        assumeTrue(!r.article().quotes().isEmpty(), "quote stage not merged yet: no quote found");
    }
}
