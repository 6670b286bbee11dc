package org.reportage.examples.cli;

import java.nio.file.Path;

/**
 * One input of a run, in the order it will be output.
 *
 * @param name  the name shown in errors and written as {@code source_id} (the path as the user gave it or as
 *              found under a directory; {@code -} for standard input; {@code sample} for the built-in report)
 * @param kind  what it is
 * @param path  the file, or {@code null}
 * @param size  its size in bytes, or 0 when unknown
 * @param error for {@link Kind#ERROR}: the message, already in {@code path: message} form
 */
record Source(String name, Kind kind, Path path, long size, String error) {

    /** What a source is. */
    enum Kind {
        /** A file. */
        FILE,
        /** Standard input. */
        STDIN,
        /** The built-in sample report. */
        SAMPLE,
        /** An input that could not even be listed (missing path, unreadable directory). */
        ERROR
    }

    static Source file(String name, Path path, long size) {
        return new Source(name, Kind.FILE, path, size, null);
    }

    static Source error(String message) {
        return new Source(message, Kind.ERROR, null, 0, message);
    }
}
