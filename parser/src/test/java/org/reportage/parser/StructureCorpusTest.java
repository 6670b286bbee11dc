package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;

/**
 * The evaluation corpus ({@code ../shared/corpus/polnear-dev.jsonl}, skipped when absent) has the shape of a
 * report without a date line: its first line is the headline, then blank-line separated paragraphs. Every article
 * must parse as exactly that — one article, headline = first block, every later block a paragraph, nothing
 * unplaced — or quote offsets and paragraph-based rules downstream would not line up with the annotations.
 */
class StructureCorpusTest {

    @Test
    void everyCorpusArticleIsHeadlineThenParagraphs() throws IOException {
        Path corpus = SharedDir.require("corpus/polnear-dev.jsonl");
        ReportParser parser = ReportParser.create();
        int checked = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String text = jsonString(line, "text");
                String[] blocks = text.split("\n\n", -1);
                List<String> nonBlank = new ArrayList<>();
                for (String b : blocks) {
                    if (!b.isBlank()) {
                        nonBlank.add(b.strip());
                    }
                }
                List<Article> articles = parser.parse(text).articles();
                checked++;
                if (articles.size() != 1) {
                    failures.add(jsonString(line, "id") + ": " + articles.size() + " articles");
                    continue;
                }
                Article a = articles.get(0);
                if (a.headline() == null || !a.headline().text().equals(nonBlank.get(0))
                        || a.paragraphs().size() != nonBlank.size() - 1 || !a.unplaced().isEmpty()) {
                    failures.add(jsonString(line, "id") + ": headline " + a.headline() + ", "
                            + a.paragraphs().size() + " paragraphs for " + (nonBlank.size() - 1) + " blocks");
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    /** Reads the string value of a top-level field of one JSON Lines record (enough for this corpus file). */
    private static String jsonString(String json, String field) {
        String key = "\"" + field + "\":";
        int i = json.indexOf(key);
        assertThat(i).as(field).isNotNegative();
        i = json.indexOf('"', i + key.length()) + 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = json.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char d = json.charAt(i++);
            switch (d) {
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'u':
                    sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                    break;
                default:
                    sb.append(d);
            }
        }
    }
}
