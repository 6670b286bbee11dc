package org.reportage.core;

/** How much a {@link Diagnostic} matters. Written to JSON in lower case. */
public enum Severity {
    /** Something the parser decided that a reader may want to know (a year inferred, say). */
    INFO,
    /** Something in the input that looks wrong, worked around (an unclosed quote, a weekday that disagrees). */
    WARNING,
    /** Input the parser could not use; the text concerned is kept as unplaced text. */
    ERROR
}
