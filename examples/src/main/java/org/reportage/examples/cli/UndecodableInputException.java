package org.reportage.examples.cli;

import java.io.IOException;

/**
 * Bytes that are not valid in the input's encoding, with where they are: line and column of the text before them,
 * byte offset.
 */
final class UndecodableInputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;
    private final long byteOffset;

    UndecodableInputException(String message, long line, long column, long byteOffset) {
        super(message);
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
    }

    /** @return 1-based line of the first bad byte */
    long line() {
        return line;
    }

    /** @return 1-based column (in UTF-16 units of the decoded text) of the first bad byte */
    long column() {
        return column;
    }

    /** @return 0-based offset of the first bad byte in the input */
    long byteOffset() {
        return byteOffset;
    }
}
