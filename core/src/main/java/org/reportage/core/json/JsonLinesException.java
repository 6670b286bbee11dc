package org.reportage.core.json;

import tools.jackson.core.JacksonException;

/**
 * A JSON Lines record that could not be read: malformed, too long, or not a valid article. The message starts
 * with the 1-based line (and, when the JSON itself is at fault, the column inside it), and the parser's error
 * is the cause.
 */
public final class JsonLinesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The 1-based number of the line that failed. */
    private final int lineNumber;

    JsonLinesException(int lineNumber, JacksonException cause) {
        super("line " + lineNumber + column(cause) + ": " + cause.getOriginalMessage(), cause);
        this.lineNumber = lineNumber;
    }

    private static String column(JacksonException cause) {
        int column = cause.getLocation() == null ? -1 : cause.getLocation().getColumnNr();
        return column > 0 ? ", column " + column : "";
    }

    /** @return the 1-based number of the line that failed */
    public int lineNumber() {
        return lineNumber;
    }

    /** @return the 1-based column inside the line where reading failed, or -1 when unknown */
    public int column() {
        JacksonException c = (JacksonException) getCause();
        return c.getLocation() == null || c.getLocation().getColumnNr() < 1 ? -1 : c.getLocation().getColumnNr();
    }
}
