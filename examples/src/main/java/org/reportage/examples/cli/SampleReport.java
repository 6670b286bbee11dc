package org.reportage.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in sample report parsed when the tool gets no input: an invented local news story in the shape of
 * a pasted report (a date line with a weekday and no year, a headline, paragraphs) with quotes of every kind the
 * parser knows — direct, split around its cue, partial, introduced by a colon, a scare quote — and indirect
 * speech without marks.
 */
final class SampleReport {
    /** The {@code source_id} the sample's articles carry. */
    static final String NAME = "sample";

    private SampleReport() {
    }

    static String text() {
        try (InputStream in = SampleReport.class.getResourceAsStream("sample-report.txt")) {
            if (in == null) {
                throw new IllegalStateException("sample-report.txt missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
