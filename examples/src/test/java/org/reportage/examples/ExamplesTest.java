package org.reportage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.Span;

/** Runs every example and checks what it prints against the data it printed it from. */
class ExamplesTest {

    private static String capture(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static long count(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).count();
    }

    @Test
    void parseReportPrintsEveryParagraphWithOffsetsIntoTheReport() {
        Article[] article = new Article[1];
        String out = capture(o -> article[0] = ExampleParseReport.run(o));
        assertThat(out).contains("Date:").contains("Headline:")
                .contains("Paragraphs: " + article[0].paragraphs().size())
                .contains("Quotes:     " + article[0].quotes().size());
        assertThat(article[0].paragraphs()).isNotEmpty();
        for (Span p : article[0].paragraphs()) {
            assertThat(ExampleParseReport.REPORT.substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(out).contains("[" + p.start() + ", " + p.end() + ") ");
        }
        assertThat(article[0].span().text()).contains("Paula Mendes");
    }

    @Test
    void streamFeedCountsEveryQuoteOnceAndReadsTheWholeFeed() throws IOException {
        AtomicReference<Map<String, Integer>> counts = new AtomicReference<>();
        String out = capture(o -> counts.set(ExampleStreamFeed.run(o, 300)));
        long quotes = Long.parseLong(out.lines().filter(l -> l.startsWith("quotes:")).findFirst().orElseThrow()
                .substring("quotes:".length()).strip());
        assertThat(counts.get().values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(quotes);
        long articles = Long.parseLong(out.lines().findFirst().orElseThrow().substring("articles:".length()).strip());
        assertThat(articles).isEqualTo(300L);
        assertThat(out.lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(counts.get().size());

        StringWriter feed = new StringWriter();
        try (var generated = new ExampleStreamFeed.GeneratedFeed(300)) {
            generated.transferTo(feed);
        }
        assertThat(count(feed.toString(), " on the harbour works")).isEqualTo(300);
        assertThat(count(feed.toString(), "---")).isEqualTo(299);
    }

    @Test
    void exportJsonLinesWritesOneArticlePerLineWithTheDocumentIds() {
        String jsonl = ExampleExportJsonLines.export();
        assertThat(jsonl).endsWith("\n");
        List<Article> back = ExampleExportJsonLines.readBack(jsonl);
        assertThat(back).extracting(Article::sourceId).containsExactly("doc-1", "doc-2", "doc-3");
        assertThat(jsonl.lines()).hasSize(3);
        assertThat(back.get(0).span().text()).startsWith("Monday, May 6");
    }

    @Test
    void actorDirectoryExampleListsTheActorsItFound() {
        String out = capture(ExampleActorDirectory::run);
        assertThat(out).startsWith("known actors: 2\n");
        long found = Long.parseLong(out.lines().skip(1).findFirst().orElseThrow()
                .substring("actors found:".length()).strip());
        assertThat(out.lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(found);
    }

    @Test
    void saidOnExamplePrintsOneLinePerQuote() {
        Article[] article = new Article[1];
        String out = capture(o -> article[0] = ExampleSaidOn.run(o));
        assertThat(out).contains("quotes: " + article[0].quotes().size());
        assertThat(out.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(article[0].quotes().size());
    }

    @Test
    void sharedParserGivesTheSameResultsAsSequentialParsing() throws Exception {
        AtomicReference<List<Article>> articles = new AtomicReference<>();
        String out = capture(o -> {
            try {
                articles.set(ExampleSharedParser.run(o, 4, 120));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(out).contains("requests: 120 on 4 threads").contains("same as sequential: true");
        assertThat(articles.get()).hasSize(120);
        assertThat(articles.get().get(7).span().text()).contains("Request 7 handled");
    }
}
