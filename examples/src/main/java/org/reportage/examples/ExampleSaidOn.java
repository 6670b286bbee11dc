package org.reportage.examples;

import java.io.PrintStream;
import java.time.LocalDate;

import org.reportage.core.Article;
import org.reportage.core.DateReference;
import org.reportage.core.Quote;
import org.reportage.parser.ReportParser;

/**
 * When was each quote said? The cue's clause often says ({@code said on Monday}, {@code told reporters
 * yesterday}); the parser resolves it against the report's date, which needs a year: give a reference date.
 */
public final class ExampleSaidOn {
    static final String REPORT = """
            Thursday, April 11

            Ferry timetable changes from May

            “We will add two evening crossings,” the operator said on Tuesday. Passengers welcomed the news \
            yesterday: “Finally,” said one commuter.
            """;

    private ExampleSaidOn() {
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
     * Prints when each quote was said.
     *
     * @param out where to print
     * @return the article
     */
    public static Article run(PrintStream out) {
        ReportParser parser = ReportParser.builder().referenceDate(LocalDate.of(2025, 1, 15)).build();
        Article article = parser.parse(REPORT).article();
        out.println("report date: " + (article.date() == null ? "none"
                : article.date().date().map(LocalDate::toString).orElse("year unknown")));
        out.println("quotes: " + article.quotes().size());
        for (Quote q : article.quotes()) {
            DateReference when = q.saidOn();
            String said = when == null ? "not stated (the report's date applies)"
                    : when.from() == null ? "\"" + when.span().text() + "\", unresolved"
                    : "\"" + when.span().text() + "\" = " + when.from()
                            + (when.to().equals(when.from()) ? "" : " to " + when.to());
            out.println("  " + q.text() + " -> " + said);
        }
        return article;
    }
}
