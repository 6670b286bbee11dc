package org.reportage.examples;

import java.io.PrintStream;
import java.time.LocalDate;

import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Quote;
import org.reportage.core.Span;
import org.reportage.parser.ReportParser;

/** Parse one raw report and print what the parser found: date and how it was found, headline, paragraphs, quotes. */
public final class ExampleParseReport {
    static final String REPORT = """
            Wednesday, October 9

            Night trains return to the coast line

            Night trains will run again between the capital and the coast from December, the rail operator said on \
            Tuesday. “People asked for this every single week,” said its director, Paula Mendes.
            """;

    private ExampleParseReport() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Parses the report and prints the article.
     *
     * @param out where to print
     * @return the article
     */
    public static Article run(PrintStream out) {
        ReportParser parser = ReportParser.builder()
                .referenceDate(LocalDate.of(2025, 1, 15)) // years the text does not state are inferred from it
                .build();
        Article article = parser.parse(REPORT).article();

        out.println("Date:       " + (article.date() == null ? "none"
                : article.date().date().map(LocalDate::toString).orElse("year unknown") + " ("
                        + article.date().provenance() + ")"));
        out.println("Headline:   " + (article.headline() == null ? "none" : article.headline().text()));
        out.println("Paragraphs: " + article.paragraphs().size());
        for (Span p : article.paragraphs()) {
            out.println("  [" + p.start() + ", " + p.end() + ") " + p.text().lines().findFirst().orElse(""));
        }
        out.println("Quotes:     " + article.quotes().size());
        for (Quote q : article.quotes()) {
            String speaker = q.speaker() == null ? "-" : article.actor(q.speaker()).name();
            out.println("  " + q.kind() + " " + speaker + ": " + q.text());
        }
        for (Diagnostic d : article.diagnostics()) {
            out.println("Note:       " + d.code() + " at " + d.position(REPORT) + ": " + d.message());
        }
        return article;
    }
}
