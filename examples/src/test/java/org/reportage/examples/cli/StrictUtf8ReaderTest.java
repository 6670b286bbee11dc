package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    private static String readAll(byte[] bytes) throws IOException {
        StringWriter w = new StringWriter();
        try (var r = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
            r.transferTo(w);
        }
        return w.toString();
    }

    @Test
    void decodesValidUtf8IncludingSupplementaryCharactersAndBom() throws IOException {
        String s = "\uFEFFCaf\u00e9 \u201cquoted\u201d \uD83D\uDE00\r\nend";
        assertThat(readAll(s.getBytes(StandardCharsets.UTF_8))).isEqualTo(s);
    }

    @Test
    void reportsTheLineColumnAndByteOffsetOfTheFirstBadByte() {
        byte[] bytes = "ab\r\n\u00e9\u00e9x\n12\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        // "ab" CRLF, then é é x in Latin-1 (0xE9 is not valid UTF-8 here): line 2, column 1, byte offset 4.
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.byteOffset()).isEqualTo(4);
            assertThat(e.getMessage()).startsWith("invalid UTF-8: byte 0xE9");
        });
    }

    @Test
    void countsColumnsInCharactersAfterMultiByteText() {
        byte[] ok = "x\n\u00e9\u00e9 \u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[ok.length + 1];
        System.arraycopy(ok, 0, bytes, 0, ok.length);
        bytes[ok.length] = (byte) 0x80;
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(5);
            assertThat(e.byteOffset()).isEqualTo(ok.length);
        });
    }

    @Test
    void truncatedSequenceAtTheEndIsAnError() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(MalformedUtf8Exception.class,
                e -> assertThat(e.getMessage()).contains("truncated").contains("byte offset 1"));
    }

    @Test
    void linesBeforeTheErrorAreDelivered() throws IOException {
        byte[] bytes = "one\ntwo\nth\u00ffree\n".getBytes(StandardCharsets.ISO_8859_1);
        try (BufferedReader r = new BufferedReader(new StrictUtf8Reader(new ByteArrayInputStream(bytes)))) {
            assertThat(r.readLine()).isEqualTo("one");
            assertThat(r.readLine()).isEqualTo("two");
            assertThatThrownBy(r::readLine).isInstanceOf(MalformedUtf8Exception.class);
        }
    }

    @Test
    void errorOnABufferBoundaryIsStillFound() {
        byte[] bytes = new byte[(1 << 16) + 10];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[1 << 16] = (byte) 0xFF;
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(MalformedUtf8Exception.class,
                e -> assertThat(e.byteOffset()).isEqualTo(1 << 16));
    }
}
