package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.parser.ReportParseException;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;

/**
 * Bytes that are not valid UTF-8, read through {@link ReportParser#read(java.io.InputStream,
 * java.nio.charset.Charset)}: by default the typed error with the byte offset; with
 * {@link ReportParser.MalformedInput#REPLACE}, U+FFFD and a warning that says where the bytes were. A file that
 * ends in the middle of a character is the same case at the last byte.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MalformedBytesTest {
    private static final String FIRST = "Tuesday, 8 March 2022\n\nFerry service resumes\n\nThe boats sailed at dawn.\n"
            + "---\n";
    private static final String SECOND_HEAD = "Wednesday, 9 March 2022\n\nPier closes for repairs\n\nThe caf\u00E9 ";

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] b = p instanceof String ? ((String) p).getBytes(StandardCharsets.UTF_8) : (byte[]) p;
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    private static List<Article> readAll(ReportParser parser, byte[] in) throws IOException {
        List<Article> out = new ArrayList<>();
        try (ReportReader r = parser.read(new ByteArrayInputStream(in), StandardCharsets.UTF_8)) {
            r.forEach(out::add);
        }
        return out;
    }

    @Test
    void byDefaultABadByteIsTheTypedErrorWithItsByteOffsetAfterTheArticlesBeforeIt() throws IOException {
        byte[] in = bytes(FIRST, SECOND_HEAD, new byte[] {(byte) 0xC3, 0x28}, " closed.\n");
        int at = bytes(FIRST, SECOND_HEAD).length;
        List<Article> before = new ArrayList<>();
        try (ReportReader r = ReportParser.create().read(new ByteArrayInputStream(in), StandardCharsets.UTF_8)) {
            Iterator<Article> it = r.iterator();
            assertThatThrownBy(() -> {
                while (it.hasNext()) {
                    before.add(it.next());
                }
            }).isInstanceOfSatisfying(ReportParseException.class, e -> {
                assertThat(e.offset()).isEqualTo(at);
                assertThat(e.snippet()).isEqualTo("C3");
                assertThat(e.getMessage()).contains("byte " + at);
            });
        }
        assertThat(before).extracting(a -> a.headline().text()).containsExactly("Ferry service resumes");
    }

    @Test
    void replacedBytesBecomeUFFFDWithAWarningThatGivesTheByteOffset() throws IOException {
        byte[] in = bytes(FIRST, SECOND_HEAD, new byte[] {(byte) 0xFF}, "is ", new byte[] {(byte) 0xC0, (byte) 0xAF},
                "closed.\n");
        String text = FIRST + SECOND_HEAD + "\uFFFDis \uFFFD\uFFFDclosed.\n";
        ReportParser parser = ReportParser.builder().malformedInput(ReportParser.MalformedInput.REPLACE).build();
        List<Article> articles = readAll(parser, in);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).diagnostics()).extracting(Diagnostic::code).doesNotContain("input.malformed_bytes");
        Article second = articles.get(1);
        assertThat(second.paragraphs().get(0).text()).isEqualTo("The caf\u00E9 \uFFFDis \uFFFD\uFFFDclosed.");
        List<Diagnostic> bad = new ArrayList<>();
        for (Diagnostic d : second.diagnostics()) {
            if (d.code().equals("input.malformed_bytes")) {
                bad.add(d);
            }
        }
        assertThat(bad).hasSize(1);
        int charAt = (FIRST + SECOND_HEAD).length();
        assertThat(bad.get(0).span().start()).isEqualTo(charAt);
        assertThat(bad.get(0).span().text()).isEqualTo("\uFFFD");
        assertThat(bad.get(0).message()).startsWith("3 byte sequence(s)")
                .contains("at byte " + bytes(FIRST, SECOND_HEAD).length);
        for (Article a : articles) {
            Contract.check(text, a);
        }
    }

    @Test
    void aFileThatEndsInTheMiddleOfACharacterIsTheSameCaseAtItsLastBytes(@TempDir Path dir) throws IOException {
        byte[] whole = bytes(SECOND_HEAD, "\u20AC");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        Path file = dir.resolve("cut.txt");
        Files.write(file, cut);
        try (ReportReader r = ReportParser.create().read(file, StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> r.forEach(a -> { }))
                    .isInstanceOfSatisfying(ReportParseException.class,
                            e -> assertThat(e.offset()).isEqualTo(whole.length - 3));
        }
        ReportParser replacing = ReportParser.builder().malformedInput(ReportParser.MalformedInput.REPLACE).build();
        try (ReportReader r = replacing.read(file, StandardCharsets.UTF_8)) {
            List<Article> articles = new ArrayList<>();
            r.forEach(articles::add);
            assertThat(articles).hasSize(1);
            assertThat(articles.get(0).paragraphs().get(0).text()).isEqualTo("The caf\u00E9 \uFFFD");
            assertThat(articles.get(0).diagnostics()).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo("input.malformed_bytes");
                assertThat(d.message()).contains("at byte " + (whole.length - 3) + " (2 byte(s))");
            });
        }
    }

    @Test
    void validUtf8IsReadExactlyAsTheStringWouldBeParsed() throws IOException {
        String text = FIRST + SECOND_HEAD + "\uD83D\uDE00 reopened \u201Csoon\u201D.\r\n";
        ReportParser parser = ReportParser.create();
        List<Article> streamed = readAll(parser, text.getBytes(StandardCharsets.UTF_8));
        assertThat(streamed).isEqualTo(parser.parse(text).articles());
    }

    @Test
    void manyBadBytesAcrossBufferBoundariesAreEachOneReplacement() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = SECOND_HEAD.getBytes(StandardCharsets.UTF_8);
        out.write(head, 0, head.length);
        byte[] euro = "\u20AC".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100_000; i++) {
            out.write(i % 3 == 0 ? 0x80 : 'a');
            out.write(euro, 0, euro.length);
        }
        ReportParser parser = ReportParser.builder().malformedInput(ReportParser.MalformedInput.REPLACE).build();
        List<Article> articles = readAll(parser, out.toByteArray());
        assertThat(articles).hasSize(1);
        String p = articles.get(0).paragraphs().get(0).text();
        assertThat(p.chars().filter(c -> c == '\uFFFD').count()).isEqualTo(33_334);
        assertThat(p.chars().filter(c -> c == '\u20AC').count()).isEqualTo(100_000);
        assertThat(articles.get(0).diagnostics()).anySatisfy(d -> assertThat(d.message())
                .startsWith("33334 byte sequence(s)").contains("at byte " + head.length + " "));
    }
}
