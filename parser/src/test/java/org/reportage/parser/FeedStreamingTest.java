package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.DateProvenance;

/** A multi-report feed read through {@link ReportReader} gives the same articles as {@code parse} of the whole. */
class FeedStreamingTest {
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private final ReportParser parser = ReportParser.builder().referenceDate(LocalDate.of(2024, 1, 1)).build();

    /** A feed of every shape: separated reports, date-line reports, header reports, digests and live pages. */
    static String feed(int reports, long seed, String nl) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder("\uFEFF");
        LocalDate day = LocalDate.of(2022, 1, 3);
        for (int i = 0; i < reports; i++) {
            day = day.plusDays(1);
            String wd = WEEKDAYS[day.getDayOfWeek().getValue() - 1];
            switch (rnd.nextInt(5)) {
                case 0:
                    sb.append(wd).append(", ").append(day.getDayOfMonth()).append(" January 2022").append(nl)
                            .append(nl).append("Report ").append(i).append(" on the harbour").append(nl).append(nl)
                            .append("LONDON (AP) \u2014 Cranes stood idle on the quay&nbsp;again.").append(nl)
                            .append(nl).append("Workers said they would return.").append(nl).append(nl);
                    break;
                case 1:
                    sb.append("---").append(nl).append("Title: Report ").append(i).append(nl)
                            .append("Date: ").append(day).append(nl).append(nl)
                            .append("The council met in the town hall.").append(nl).append(nl);
                    break;
                case 2:
                    sb.append(wd).append(", January ").append(day.getDayOfMonth()).append(nl).append(nl)
                            .append("First story ").append(i).append(nl).append(nl)
                            .append("A short body for the first story.").append(nl).append(nl)
                            .append("Second story ").append(i).append(nl).append(nl)
                            .append("A short body for the second story.").append(nl).append(nl);
                    break;
                case 3:
                    sb.append(wd).append(' ').append(day.getDayOfMonth()).append(" January 2022").append(nl)
                            .append(nl).append("10:3").append(i % 10).append(" GMT Entry one of ").append(i)
                            .append(nl).append(nl).append("More on entry one.").append(nl).append(nl)
                            .append("11.15am Entry two follows here.").append(nl).append(nl);
                    break;
                default:
                    sb.append("***").append(nl).append("Undated report ").append(i).append(nl)
                            .append("By Ana Petrova").append(nl).append(nl)
                            .append("Paragraph one.").append(nl).append("Still paragraph one.").append(nl).append(nl)
                            .append("Paragraph two.").append(nl);
                    break;
            }
        }
        return sb.toString();
    }

    private List<Article> streamed(Reader in) throws IOException {
        List<Article> out = new ArrayList<>();
        try (ReportReader r = parser.read(in)) {
            r.forEach(out::add);
        }
        return out;
    }

    @Test
    void streamingGivesTheSameArticlesWithTheSameOffsets() throws IOException {
        for (String nl : List.of("\n", "\r\n", "\r")) {
            String feed = feed(400, 7, nl);
            List<Article> whole = parser.parse(feed).articles();
            assertThat(whole.size()).isGreaterThan(400);
            assertThat(whole.stream().map(a -> a.date() == null ? null : a.date().provenance())
                    .collect(Collectors.toSet())).contains(DateProvenance.STATED, DateProvenance.HEADER,
                    DateProvenance.YEAR_INFERRED, DateProvenance.INHERITED, null);
            assertThat(streamed(new StringReader(feed))).isEqualTo(whole);
            // a reader that hands over a few chars at a time (CRLF split across reads)
            assertThat(streamed(new Trickle(new StringReader(feed)))).isEqualTo(whole);
            for (Article a : whole) {
                StructureFixtureTest.OffsetContract.check(feed, a);
            }
        }
    }

    @Test
    void bytesWithACharsetGiveTheSameArticles() throws IOException {
        String feed = feed(50, 3, "\n");
        List<Article> whole = parser.parse(feed).articles();
        List<Article> out = new ArrayList<>();
        try (ReportReader r = parser.read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            r.forEach(out::add);
        }
        assertThat(out).isEqualTo(whole);
    }

    @Test
    void theFirstArticleComesBeforeTheFeedIsReadToTheEnd() {
        String feed = feed(20_000, 11, "\n");
        Counting in = new Counting(new StringReader(feed));
        ReportReader r = parser.read(in);
        Iterator<Article> it = r.iterator();
        assertThat(it.next()).isNotNull();
        assertThat(in.read).isLessThan(feed.length() / 10);
    }

    @Test
    void closingTheStreamOrReachingTheEndClosesTheReader() {
        Counting in = new Counting(new StringReader(feed(20, 5, "\n")));
        try (Stream<Article> s = parser.read(in).stream()) {
            assertThat(s.findFirst()).isPresent();
        }
        assertThat(in.closed).isTrue();
        Counting all = new Counting(new StringReader(feed(20, 5, "\n")));
        parser.read(all).iterator().forEachRemaining(a -> { });
        assertThat(all.closed).isTrue();
    }

    @Test
    void reportsOverTheSizeLimitAreCutAndNothingIsLost() throws IOException {
        String feed = feed(200, 13, "\n");
        ReportParser small = ReportParser.builder().limits(Limits.DEFAULT.withMaxReportChars(120)).build();
        List<Article> out = new ArrayList<>();
        try (ReportReader r = small.read(new StringReader(feed))) {
            r.forEach(out::add);
        }
        boolean[] covered = new boolean[feed.length()];
        for (Article a : out) {
            StructureFixtureTest.OffsetContract.check(feed, a);
            for (int i = a.span().start(); i < a.span().end(); i++) {
                covered[i] = true;
            }
        }
        int lineStart = 0;
        for (String line : feed.split("\n", -1)) {
            String s = line.strip().replace("\uFEFF", "");
            if (!s.isEmpty() && !s.equals("---") && !s.equals("***")) {
                int first = lineStart + line.indexOf(s.charAt(0));
                assertThat(covered[first]).as("line kept: %s", line).isTrue();
            }
            lineStart += line.length() + 1;
        }
        assertThat(out).anySatisfy(a -> assertThat(a.diagnostics()).extracting(d -> d.code())
                .contains("limit.report_size"));
    }

    /** Hands over at most 7 chars per read. */
    private static final class Trickle extends FilterReader {
        private final Random rnd = new Random(1);

        Trickle(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return super.read(cbuf, off, Math.min(len, 1 + rnd.nextInt(7)));
        }
    }

    /** Counts what is read and whether it was closed. */
    private static final class Counting extends FilterReader {
        long read;
        boolean closed;

        Counting(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int r = super.read(cbuf, off, len);
            if (r > 0) {
                read += r;
            }
            return r;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}