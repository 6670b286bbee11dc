package org.reportage.core.json;

import tools.jackson.core.JacksonException;

/**
 * A JSON Lines record that could not be read: says which line, and keeps the parser's error (with the column
 * inside that line) as its cause.
 */
public final class JsonLinesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    JsonLinesException(int lineNumber, JacksonException cause) {
        super("line " + lineNumber + ": " + cause.getOriginalMessage(), cause);
        this.lineNumber = lineNumber;
    }

    /** @return the 1-based number of the line that failed */
    public int lineNumber() {
        return lineNumber;
    }

    /** @return the 1-based column inside the line where reading failed, or -1 when unknown */
    public int column() {
        JacksonException c = (JacksonException) getCause();
        return c.getLocation() == null ? -1 : c.getLocation().getColumnNr();
    }
}
