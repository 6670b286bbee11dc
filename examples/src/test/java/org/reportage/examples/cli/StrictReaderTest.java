package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictReaderTest {

    private static String readAll(byte[] bytes) throws IOException {
        return readAll(bytes, null);
    }

    private static String readAll(byte[] bytes, Charset charset) throws IOException {
        StringWriter w = new StringWriter();
        try (var r = new StrictReader(new ByteArrayInputStream(bytes), charset)) {
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
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(UndecodableInputException.class, e -> {
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
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(UndecodableInputException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(5);
            assertThat(e.byteOffset()).isEqualTo(ok.length);
        });
    }

    @Test
    void truncatedSequenceAtTheEndIsAnError() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(UndecodableInputException.class,
                e -> assertThat(e.getMessage()).contains("truncated").contains("byte offset 1"));
    }

    @Test
    void linesBeforeTheErrorAreDelivered() throws IOException {
        byte[] bytes = "one\ntwo\nth\u00ffree\n".getBytes(StandardCharsets.ISO_8859_1);
        try (BufferedReader r = new BufferedReader(new StrictReader(new ByteArrayInputStream(bytes), null))) {
            assertThat(r.readLine()).isEqualTo("one");
            assertThat(r.readLine()).isEqualTo("two");
            assertThatThrownBy(r::readLine).isInstanceOf(UndecodableInputException.class);
        }
    }

    @Test
    void errorOnABufferBoundaryIsStillFound() {
        byte[] bytes = new byte[(1 << 16) + 10];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[1 << 16] = (byte) 0xFF;
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOfSatisfying(UndecodableInputException.class,
                e -> assertThat(e.byteOffset()).isEqualTo(1 << 16));
    }

    @Test
    void aUtf16ByteOrderMarkChoosesUtf16InThatByteOrderAndIsNotPartOfTheText() throws IOException {
        String s = "Caf\u00e9 \u201cquoted\u201d \uD83D\uDE00\r\nend";
        byte[] le = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] withLe = new byte[le.length + 2];
        withLe[0] = (byte) 0xFF;
        withLe[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withLe, 2, le.length);
        assertThat(readAll(withLe)).isEqualTo(s);
        // Java's UTF-16 encoder writes the big-endian mark FE FF
        assertThat(readAll(s.getBytes(StandardCharsets.UTF_16))).isEqualTo(s);
        // without a mark, the same bytes are not UTF-8
        assertThatThrownBy(() -> readAll(le)).isInstanceOf(UndecodableInputException.class);
    }

    @Test
    void aStatedEncodingIsUsedAndItsBadBytesAreNamedWithIt() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        String s = "\u201cCaf\u00e9\u201d \u2014 \u20ac5";
        assertThat(readAll(s.getBytes(cp1252), cp1252)).isEqualTo(s);
        // 0x81 has no character in windows-1252
        byte[] bad = {'o', 'k', '\n', 'x', (byte) 0x81};
        assertThatThrownBy(() -> readAll(bad, cp1252)).isInstanceOfSatisfying(UndecodableInputException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("invalid windows-1252: byte 0x81 at byte offset 4");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(2);
        });
    }

    @Test
    void invalidUtf8WithoutAStatedEncodingSuggestsOne() {
        byte[] bytes = {'a', (byte) 0x93, 'b', (byte) 0x94};
        assertThatThrownBy(() -> readAll(bytes)).hasMessage("invalid UTF-8: byte 0x93 at byte offset 1 (if the file is "
                + "in another encoding, name it with --charset, e.g. --charset windows-1252)");
    }

    @Test
    void emptyAndOneByteInputsDecode() throws IOException {
        assertThat(readAll(new byte[0])).isEmpty();
        assertThat(readAll(new byte[] {'x'})).isEqualTo("x");
    }
}
