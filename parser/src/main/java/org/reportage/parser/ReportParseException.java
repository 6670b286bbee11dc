package org.reportage.parser;

/**
 * The one exception the parser throws for input it will not read (a report over
 * {@link Limits#maxReportChars()}, undecodable bytes when decoding is strict, an input stream that fails).
 * Everything else about bad input is reported as a {@link org.reportage.core.Diagnostic} on the result.
 *
 * <p>Carries where the problem is: a 0-based UTF-16 offset into the input (or, for undecodable bytes, the byte
 * offset), 1-based line and column when known ({@code -1} otherwise), and a short snippet of the text there.
 */
public final class ReportParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final int line;
    private final int column;
    private final String snippet;

    /**
     * @param message what went wrong
     * @param offset  where, 0-based, or -1
     * @param line    1-based line, or -1
     * @param column  1-based column, or -1
     * @param snippet a short piece of the input there, or ""
     * @param cause   the underlying error, or null
     */
    public ReportParseException(String message, long offset, int line, int column, String snippet,
                                Throwable cause) {
        super(format(message, line, column), cause);
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.snippet = snippet == null ? "" : snippet;
    }

    private static String format(String message, int line, int column) {
        return line > 0 ? line + ":" + column + ": " + message : message;
    }

    /** @return 0-based offset of the problem (UTF-16 units, or bytes for decoding errors), or -1 */
    public long offset() {
        return offset;
    }

    /** @return 1-based line, or -1 when unknown */
    public int line() {
        return line;
    }

    /** @return 1-based column, or -1 when unknown */
    public int column() {
        return column;
    }

    /** @return a short piece of the input around the problem, possibly empty */
    public String snippet() {
        return snippet;
    }
}
