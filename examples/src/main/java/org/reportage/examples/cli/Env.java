package org.reportage.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * What one run of the tool may touch: its streams, whether stderr is a terminal (for the progress bar), and
 * today's date (the default reference date). Tests build their own; {@link Main#main} builds the real one.
 *
 * @param in             standard input, read for the input {@code -}
 * @param out            standard output (UTF-8)
 * @param err            standard error (UTF-8)
 * @param errIsTerminal  whether progress may be drawn on {@code err}
 * @param today          the date {@code --reference-date} defaults to
 */
record Env(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal, LocalDate today) {
}
