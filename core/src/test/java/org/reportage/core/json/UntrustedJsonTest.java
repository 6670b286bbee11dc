package org.reportage.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.core.Article;
import org.reportage.core.SampleArticles;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Reading JSON from strangers: no type hints obeyed, nesting and sizes bounded, no stack overflow. */
class UntrustedJsonTest {

    private static final String GOOD = ReportageJson.compact().write(SampleArticles.full());

    @Test
    void typeHintsAreIgnoredNotObeyed() {
        // Jackson's default-typing property names mean nothing here: the fields are unknown and skipped.
        String hinted = GOOD.replaceFirst("\\{", "{\"@class\":\"java.lang.ProcessBuilder\",\"@type\":\"x.Y\",")
                .replace("\"headline\":{", "\"headline\":{\"@class\":\"java.net.URL\",");
        assertThat(ReportageJson.compact().read(hinted)).isEqualTo(SampleArticles.full());
    }

    @Test
    void arrayWrappedTypeIdsAreRejected() {
        // The WRAPPER_ARRAY form of polymorphic typing: ["class.Name", {...}] is not an object, so not a span.
        String wrapped = GOOD.replace("\"byline\":{", "\"byline\":[\"java.util.HashMap\",{")
                .replace("\"text\":\"By Lena Marsh\"}", "\"text\":\"By Lena Marsh\"}]");
        assertThat(wrapped).contains("[\"java.util.HashMap\"");
        assertThatThrownBy(() -> ReportageJson.compact().read(wrapped)).isInstanceOf(JacksonException.class);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nestingDeeperThanTheLimitIsRejected() {
        int depth = ReportageJson.MAX_NESTING_DEPTH + 1;
        // Inside an unknown field, which would otherwise be skipped.
        String deep = GOOD.replaceFirst("\\{", "{\"junk\":" + "[".repeat(depth) + "]".repeat(depth) + ",");
        assertThatThrownBy(() -> ReportageJson.compact().read(deep)).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("nesting depth");
        // Just inside the limit is fine: the article object itself is one level.
        int ok = ReportageJson.MAX_NESTING_DEPTH - 1;
        String fine = GOOD.replaceFirst("\\{", "{\"junk\":" + "[".repeat(ok) + "]".repeat(ok) + ",");
        assertThat(ReportageJson.compact().read(fine)).isEqualTo(SampleArticles.full());
        // A million levels is refused quickly, without a stack overflow (surefire runs with -Xss512k).
        String million = "{\"junk\":" + "[".repeat(1_000_000);
        assertThatThrownBy(() -> ReportageJson.compact().read(million))
                .isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> ReportageJson.compact().read("[".repeat(1_000_000)))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stringsLongerThanTheLimitAreRejected() {
        // One character over the limit, in a field that is read. (A string in an unknown field is skipped
        // without being buffered, so only the document limit applies to it.)
        String huge = "{\"source_id\":\"" + "a".repeat(ReportageJson.MAX_STRING_CHARS + 1) + "\"}";
        assertThatThrownBy(() -> ReportageJson.compact().read(huge)).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("String value length");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void jsonLinesRefuseALineLongerThanTheDocumentLimitWithoutHoldingIt() {
        // An endless line: the reader must stop soon after the limit instead of buffering until memory runs out.
        Reader endless = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) {
                java.util.Arrays.fill(cbuf, off, off + len, ' ');
                return len;
            }

            @Override
            public void close() {
            }
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> ReportageJson.compact().readLines(endless).findFirst())
                .isInstanceOfSatisfying(JsonLinesException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(-1);
                }).hasMessageContaining("longer than " + ReportageJson.MAX_DOCUMENT_CHARS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aLineExactlyAtTheLimitIsNotRefusedForItsLength() throws Exception {
        // The bound is checked by LineSource directly with a small limit; the codec uses the same class.
        LineSource src = new LineSource(new java.io.StringReader("12345\r\n123456\n1234\r\r\n"), 5);
        assertThat(src.next()).isEqualTo("12345");
        assertThatThrownBy(src::next).isInstanceOf(LineSource.LineTooLongException.class);
        LineSource rest = new LineSource(new java.io.StringReader("1234\r\r\n\n"), 5);
        assertThat(rest.next()).isEqualTo("1234\r");
        assertThat(rest.next()).isEmpty();
        assertThat(rest.next()).isNull();
    }

    @Test
    void controlCharactersAndBadEscapesAreRejected() {
        String raw = GOOD.replace("By Lena Marsh", "By Lena\u0001Mars");
        assertThatThrownBy(() -> ReportageJson.compact().read(raw)).isInstanceOf(JacksonException.class);
        String esc = GOOD.replace("By Lena Marsh", "By Lena\\qMars");
        assertThatThrownBy(() -> ReportageJson.compact().read(esc)).isInstanceOf(JacksonException.class);
        String comment = GOOD.replaceFirst("\\{", "{/* hi */");
        assertThatThrownBy(() -> ReportageJson.compact().read(comment)).isInstanceOf(JacksonException.class);
    }

    @Test
    void articlesAreNeverReadAsSomethingElse() {
        Article a = ReportageJson.compact().read(GOOD);
        assertThat(a).isExactlyInstanceOf(Article.class);
        assertThat(a.headline()).isExactlyInstanceOf(org.reportage.core.Span.class);
    }
}
