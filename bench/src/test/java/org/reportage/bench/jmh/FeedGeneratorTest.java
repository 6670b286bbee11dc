package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reportage.bench.tools.FeedGenerator;
import org.reportage.bench.tools.GeneratedFeedReader;
import org.reportage.bench.tools.Inputs;
import org.reportage.bench.tools.Utf8;

class FeedGeneratorTest {

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws NoSuchAlgorithmException {
        String a = FeedGenerator.feed(7, 300).text();
        String b = FeedGenerator.feed(7, 300).text();
        assertThat(sha256(a)).isEqualTo(sha256(b));
        assertThat(FeedGenerator.feed(8, 300).text()).isNotEqualTo(a);
    }

    @Test
    void theBenchmarkFeedHoldsThousandsOfReportsInEveryShape() {
        FeedGenerator.Feed feed = Inputs.generatedFeed();
        String t = feed.text();
        assertThat(feed.minArticles()).isGreaterThanOrEqualTo(2_000);
        assertThat(feed.blocks().stream().map(FeedGenerator.Block::shape).collect(Collectors.toSet()))
                .isEqualTo(Set.of("day-heading", "wire", "header", "digest", "live", "undated"));
        // separators, wire datelines and bylines, header fields, live entries
        assertThat(t).contains("\n---\n", "\n***\n", "\n###\n", "\nBy ", "(Reuters) - ", "(AP) \u2014 ",
                "Title: ", "Published: ", "Updated: ", "Source: ", " GMT\n", "am\n", "pm\n");
        // date forms: ISO, day-month-year, month-day-year, numeric, abbreviated, with weekday, ISO date-time
        assertThat(Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2}$").matcher(t).find()).isTrue();
        assertThat(Pattern.compile("(?m)^\\d{2}/\\d{2}/\\d{4}$").matcher(t).find()).isTrue();
        assertThat(Pattern.compile("(?m)^\\d{1,2} [A-Z][a-z]+ \\d{4}$").matcher(t).find()).isTrue();
        assertThat(Pattern.compile("(?m)^[A-Z][a-z]+ \\d{1,2}, \\d{4}$").matcher(t).find()).isTrue();
        assertThat(Pattern.compile("(?m)^[A-Z][a-z]{2}\\. \\d{1,2}$").matcher(t).find()).isTrue();
        assertThat(Pattern.compile("(?m)^[A-Z][a-z]+day, [A-Z][a-z]+ \\d{1,2}$").matcher(t).find()).isTrue();
        assertThat(Pattern.compile("(?m)^Date: \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00Z$").matcher(t).find()).isTrue();
        // every quotation convention, and the noise of scraped text
        assertThat(t).contains("\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "\u00AB ", " \u00BB",
                "\u2039", "\u203A", "\u201E", "&#8220;", "&amp;", "\r\n", "\u00A0", "\u2019s ", "According to ",
                "In a statement, ");
    }

    @Test
    void everySimpleQuoteIsInItsBlockBetweenMarks() {
        for (FeedGenerator.Block b : FeedGenerator.feed(11, 400).blocks()) {
            for (String q : b.simpleQuotes()) {
                assertThat(b.text()).containsAnyOf("\u201C" + q + ",\u201D", "\"" + q + ".\"");
            }
        }
    }

    @Test
    void aGrownReportHasExactlyTheSizeAskedFor() {
        for (int size : new int[] {256, 1024, 1025, 16 << 10, 1 << 20}) {
            String r = FeedGenerator.grow(FeedGenerator.DEFAULT_SEED, size);
            assertThat(r.getBytes(StandardCharsets.UTF_8)).hasSize(size);
            assertThat(Utf8.length(r)).isEqualTo(size);
            assertThat(r).matches("(?s)[A-Z][a-z]+day, [A-Z][a-z]+ \\d{1,2}\n\n.*\\.");
        }
    }

    @Test
    void theStreamingReaderProducesTheSameTextAsTheFeed() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1000];
        try (GeneratedFeedReader reader = new GeneratedFeedReader(FeedGenerator.DEFAULT_SEED, 500_000)) {
            int n;
            while ((n = reader.read(buf, 0, buf.length)) >= 0) {
                sb.append(buf, 0, n);
            }
            FeedGenerator.Feed feed = FeedGenerator.feed(FeedGenerator.DEFAULT_SEED, (int) reader.blocks());
            assertThat(sb.toString()).isEqualTo(feed.text());
            assertThat(reader.bytes()).isEqualTo(feed.text().getBytes(StandardCharsets.UTF_8).length)
                    .isGreaterThanOrEqualTo(500_000);
            assertThat(reader.minArticles()).isEqualTo(feed.minArticles());
            assertThat(reader.maxArticles()).isEqualTo(feed.maxArticles());
        }
    }

    @Test
    void pastItsPoolTheStreamingReaderReplaysTheSameBlocks() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[777];
        try (GeneratedFeedReader reader = new GeneratedFeedReader(3, 60_000, 20)) {
            int n;
            while ((n = reader.read(buf, 0, buf.length)) >= 0) {
                sb.append(buf, 0, n);
            }
            FeedGenerator.Feed pool = FeedGenerator.feed(3, 20);
            String once = pool.text().startsWith("\uFEFF") ? pool.text().substring(1) : pool.text();
            long blocks = reader.blocks();
            assertThat(blocks).isGreaterThan(40);
            String expected = pool.text() + ("\n\n---\n\n" + once).repeat((int) (blocks / 20));
            assertThat(expected).startsWith(sb.toString());
            assertThat(reader.bytes()).isEqualTo(Utf8.length(sb)).isGreaterThanOrEqualTo(60_000);
            long min = 0;
            long max = 0;
            for (int i = 0; i < blocks; i++) {
                min += pool.blocks().get(i % 20).minArticles();
                max += pool.blocks().get(i % 20).maxArticles();
            }
            assertThat(reader.minArticles()).isEqualTo(min);
            assertThat(reader.maxArticles()).isEqualTo(max);
        }
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                s.getBytes(StandardCharsets.UTF_8)));
    }
}
