package org.reportage.core.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines without ever holding more than one bounded line: a line ends at
 * {@code \n}; a {@code \r} right before it is dropped. Unlike {@code BufferedReader.readLine()}, a line longer
 * than the limit is refused as soon as it grows past it, so a hostile stream cannot exhaust memory.
 * Not thread-safe; one instance serves one stream.
 */
final class LineSource {
    private final Reader in;
    private final long maxChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int limit;
    private boolean eof;

    LineSource(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** Thrown by {@link #next()} when a line exceeds the limit. */
    static final class LineTooLongException extends Exception {
        private static final long serialVersionUID = 1L;

        LineTooLongException(long maxChars) {
            super("line longer than " + maxChars + " characters", null, false, false);
        }
    }

    /**
     * @return the next line without its terminator, or {@code null} at the end of the stream
     * @throws IOException          if reading fails
     * @throws LineTooLongException if the line is longer than the limit; the rest of the stream is not read
     */
    String next() throws IOException, LineTooLongException {
        StringBuilder line = null;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    eof = true;
                    return line == null ? null : strip(line);
                }
            }
            int start = pos;
            int end = start;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            int chunk = end - start;
            long have = line == null ? 0 : line.length();
            if (have + chunk > maxChars + 1) { // + 1: a trailing \r is not part of the line
                throw new LineTooLongException(maxChars);
            }
            if (line == null) {
                line = new StringBuilder(Math.max(16, chunk));
            }
            line.append(buf, start, chunk);
            if (end < limit) {
                pos = end + 1;
                return strip(line);
            }
            pos = limit;
        }
    }

    private String strip(StringBuilder line) throws LineTooLongException {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            n--;
        }
        if (n > maxChars) {
            throw new LineTooLongException(maxChars);
        }
        return line.substring(0, n);
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
