package org.reportage.parser;

/**
 * Bounds that keep the parser linear and its memory bounded on hostile input. Past a limit the parser degrades
 * and says so with a diagnostic (the code is given for each limit), except {@code maxReportChars}, which throws
 * {@link ReportParseException} from {@link ReportParser#parse(CharSequence)}; the streaming reader instead cuts
 * an oversized report into pieces of at most that size, each with a {@code limit.report_size} warning, so no
 * text is lost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxReportChars  longest report, in UTF-16 units (default 64 MiB; {@code limit.report_size})
 * @param maxQuoteChars   longest run of an unclosed or multi-paragraph quote: past it the quote stops at its
 *                        paragraph end instead of running on (default 20,000; {@code limit.quote_length}); a
 *                        quote closed inside its paragraph is kept whole
 * @param maxDiagnostics  most diagnostics kept per article; one more says how many were dropped (default 200;
 *                        {@code limit.diagnostics})
 * @param maxMentions     most actor mentions kept per article (default 100,000; {@code limit.mentions})
 * @param maxNesting      deepest nesting of quotes inside quotes (default 8; {@code limit.quote_nesting})
 */
public record Limits(int maxReportChars, int maxQuoteChars, int maxDiagnostics, int maxMentions, int maxNesting) {

    /** The defaults listed above. */
    public static final Limits DEFAULT = new Limits(64 << 20, 20_000, 200, 100_000, 8);

    /** @throws IllegalArgumentException if a limit is below 1 */
    public Limits {
        if (maxReportChars < 1 || maxQuoteChars < 1 || maxDiagnostics < 1 || maxMentions < 1 || maxNesting < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }

    /**
     * @param chars longest report
     * @return a copy with another report size limit
     */
    public Limits withMaxReportChars(int chars) {
        return new Limits(chars, maxQuoteChars, maxDiagnostics, maxMentions, maxNesting);
    }

    /**
     * @param chars longest quote
     * @return a copy with another quote length limit
     */
    public Limits withMaxQuoteChars(int chars) {
        return new Limits(maxReportChars, chars, maxDiagnostics, maxMentions, maxNesting);
    }

    /**
     * @param count most diagnostics per article
     * @return a copy with another diagnostics limit
     */
    public Limits withMaxDiagnostics(int count) {
        return new Limits(maxReportChars, maxQuoteChars, count, maxMentions, maxNesting);
    }

    /**
     * @param count most mentions per article
     * @return a copy with another mentions limit
     */
    public Limits withMaxMentions(int count) {
        return new Limits(maxReportChars, maxQuoteChars, maxDiagnostics, count, maxNesting);
    }

    /**
     * @param depth deepest nesting of quotes inside quotes
     * @return a copy with another nesting limit
     */
    public Limits withMaxNesting(int depth) {
        return new Limits(maxReportChars, maxQuoteChars, maxDiagnostics, maxMentions, depth);
    }
}
