package org.reportage.examples;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;
import org.reportage.parser.ReportParser;

/**
 * Export articles as JSON Lines for a pipeline (one article per line, the documented contract), each carrying the
 * caller's document id as {@code source_id}, and read them back.
 */
public final class ExampleExportJsonLines {
    private ExampleExportJsonLines() {
    }

    /**
     * Runs the example and prints the JSON Lines.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(export());
    }

    /**
     * Parses three documents and writes them as JSON Lines.
     *
     * @return the JSON Lines text
     */
    public static String export() {
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("doc-1", "Monday, May 6\n\nMarket hall reopens\n\n“It feels like home again,” a trader said.");
        documents.put("doc-2", "Tuesday, May 7\n\nSchool adds a bike shed\n\nThe head teacher said that pupils "
                + "had asked for it.");
        documents.put("doc-3", "Wednesday, May 8\n\nLibrary extends hours\n\nThe library will open until nine.");

        ReportParser parser = ReportParser.create();
        Writer out = new StringWriter();
        documents.forEach((id, text) -> {
            for (Article article : parser.parse(text).articles()) {
                ReportageJson.compact().writeLine(article.withSourceId(id), out);
            }
        });
        return out.toString();
    }

    /**
     * Reads JSON Lines back into articles.
     *
     * @param jsonLines the text {@link #export()} wrote
     * @return the articles, in order
     */
    public static List<Article> readBack(String jsonLines) {
        try (Stream<Article> articles = ReportageJson.compact().readLines(new StringReader(jsonLines))) {
            return articles.toList();
        }
    }
}
