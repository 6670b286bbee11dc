/**
 * The {@code reportage} command-line tool ({@link org.reportage.examples.cli.Main}): the {@code parse},
 * {@code quotes} and {@code actors} views over files, directories, standard input and JSON Lines, built on
 * picocli and the public API of {@code reportage-parser} only.
 */
package org.reportage.examples.cli;
