package org.reportage.core;

/** What kind of reported speech a {@link Quote} is. Written to JSON in lower case. */
public enum QuoteKind {
    /** Words in quotation marks, reported as spoken or written: {@code “The door remains open,” she said}. */
    DIRECT,
    /** A quoted fragment inside reported speech: {@code he warned of “very serious sanctions”}. */
    PARTIAL,
    /** Reported speech without quotation marks: {@code officials said that talks would resume}. */
    INDIRECT,
    /** A term or title in quotation marks that nobody is quoted as saying: {@code new security “agreements”}. */
    SCARE
}
