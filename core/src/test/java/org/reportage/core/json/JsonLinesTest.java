package org.reportage.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.SampleArticles;

/** JSON Lines: one article per line, read lazily, errors naming line and column. */
class JsonLinesTest {

    private static final Article FULL = SampleArticles.full();
    private static final Article OTHER = SampleArticles.minimal().withSourceId("second");

    private static String lines(Article... articles) {
        StringWriter out = new StringWriter();
        for (Article a : articles) {
            ReportageJson.pretty().writeLine(a, out); // the pretty codec still writes one line per record
        }
        return out.toString();
    }

    private static List<Article> read(String text) {
        try (Stream<Article> s = ReportageJson.compact().readLines(new StringReader(text))) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void writesOneCompactLinePerArticle() {
        String text = lines(FULL, OTHER, FULL);
        assertThat(text).endsWith("\n");
        String[] split = text.split("\n", -1);
        assertThat(split).hasSize(4);
        assertThat(split[3]).isEmpty();
        assertThat(split[0]).isEqualTo(ReportageJson.compact().write(FULL));
        assertThat(read(text)).containsExactly(FULL, OTHER, FULL);
    }

    @Test
    void skipsBlankLinesAndAcceptsCrlfAndAMissingFinalNewline() {
        String one = ReportageJson.compact().write(FULL);
        String two = ReportageJson.compact().write(OTHER);
        assertThat(read("\n  \n" + one + "\r\n\r\n\t\n" + two)).containsExactly(FULL, OTHER);
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n \r\n")).isEmpty();
    }

    @Test
    void malformedLineIsNamedWithLineAndColumn() {
        String text = lines(FULL, OTHER) + "\n{\"source_id\": \"x\", \"span\": {\"start\": 0,, \"end\": 0}}\n"
                + lines(FULL);
        Iterator<Article> it = ReportageJson.compact().readLines(new StringReader(text)).iterator();
        assertThat(it.next()).isEqualTo(FULL);
        assertThat(it.next()).isEqualTo(OTHER);
        assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(JsonLinesException.class, e -> {
            assertThat(e.lineNumber()).isEqualTo(4); // the blank line 3 counts
            assertThat(e.column()).isEqualTo(40);    // the second comma
            assertThat(e.getMessage()).startsWith("line 4, column 40: ");
        });
    }

    @Test
    void invalidArticleOnALineIsNamedWithItsLine() {
        String bad = ReportageJson.compact().write(OTHER).replace("\"text\":\"\"", "\"text\":\"abc\"");
        String text = lines(FULL) + bad + "\n";
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(JsonLinesException.class,
                e -> assertThat(e.lineNumber()).isEqualTo(2)).hasStackTraceContaining("text has length 3");
        assertThatThrownBy(() -> read(lines(FULL) + "null\n"))
                .isInstanceOfSatisfying(JsonLinesException.class, e -> assertThat(e.lineNumber()).isEqualTo(2));
        assertThatThrownBy(() -> read(ReportageJson.compact().write(FULL) + " " + ReportageJson.compact().write(FULL)))
                .isInstanceOfSatisfying(JsonLinesException.class, e -> assertThat(e.lineNumber()).isEqualTo(1));
    }

    @Test
    void readsLazilyAndClosesTheReaderWithTheStream() {
        AtomicBoolean closed = new AtomicBoolean();
        String text = lines(FULL) + "not json at all\n";
        Reader in = new StringReader(text) {
            @Override
            public void close() {
                closed.set(true);
                super.close();
            }
        };
        try (Stream<Article> s = ReportageJson.compact().readLines(in)) {
            // The bad second line is never read when only the first article is asked for.
            assertThat(s.findFirst()).contains(FULL);
            assertThat(closed).isFalse();
        }
        assertThat(closed).isTrue();
    }

    @Test
    void readFailuresAreUnchecked() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> ReportageJson.compact().readLines(failing).count())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("pipe closed");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> ReportageJson.compact().writeLine(FULL, broken))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("pipe closed");
    }

    @Test
    void readerDeliveringFewCharsAtATimeGivesTheSameArticles() {
        String text = lines(FULL, OTHER, FULL).replace("\n", "\r\n");
        Reader trickle = new Reader() {
            private int pos;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (pos == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 3), text.length() - pos);
                text.getChars(pos, pos + n, cbuf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertThat(ReportageJson.compact().readLines(trickle).collect(Collectors.toList()))
                .containsExactly(FULL, OTHER, FULL);
    }
}
