package org.reportage.examples.cli;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Article;
import org.reportage.core.DateProvenance;
import org.reportage.core.DateReference;
import org.reportage.core.Mention;
import org.reportage.core.MentionKind;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.ReportDate;
import org.reportage.core.Role;
import org.reportage.core.Span;

/**
 * Hand-built articles with quotes and actors, so that the output formats are tested on fixed data whatever the
 * parser's stages find today.
 */
final class Fixtures {
    static final String TEXT = "Tuesday, March 12\n\nCouncil backs the harbour barrier\n\n"
            + "“We have waited long enough,” Mayor Elena Varga said on Monday, “and the next storm will not wait "
            + "for us, whatever the cost, the weather or the opposition may say about it.”\n\n"
            + "Tomasz Brenner warned of “years of debt, \"real\" debt” for the city.\n\n"
            + "Engineers call it a “living wall”.\n\n"
            + "Officials said that work on the quays starts in May.\n";

    static final Path RESOURCES = Path.of("src", "test", "resources");

    private Fixtures() {
    }

    static Span span(String needle) {
        int i = TEXT.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException(needle);
        }
        return Span.of(TEXT, i, i + needle.length());
    }

    static Span spanAfter(String before, String needle) {
        int i = TEXT.indexOf(needle, TEXT.indexOf(before) + before.length());
        return Span.of(TEXT, i, i + needle.length());
    }

    static Mention mention(String text, MentionKind kind) {
        Span s = span(text);
        return new Mention(s.start(), s.end(), s.text(), kind, "name");
    }

    static Article article() {
        ReportDate date = new ReportDate(2024, 3, 12, DayOfWeek.TUESDAY, null, null, DateProvenance.YEAR_INFERRED,
                span("Tuesday, March 12"));
        Actor varga = new Actor("a1", "Elena Varga", ActorKind.PERSON, List.of("Varga"),
                List.of(new Role("Mayor", span("Mayor"))), List.of(mention("Elena Varga", MentionKind.NAME)));
        Actor brenner = new Actor("a2", "Tomasz Brenner", ActorKind.PERSON, List.of(), List.of(),
                List.of(mention("Tomasz Brenner", MentionKind.NAME)));
        Quote split = new Quote(QuoteKind.DIRECT,
                List.of(span("We have waited long enough,"), span("and the next storm will not wait for us, "
                        + "whatever the cost, the weather or the opposition may say about it.")),
                "a1", span("Elena Varga"), span("said"),
                new DateReference(span("on Monday"), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11),
                        DateReference.Precision.DAY), 0.95, "cue.after_quote");
        Quote partial = new Quote(QuoteKind.PARTIAL, List.of(span("years of debt, \"real\" debt")), "a2",
                span("Tomasz Brenner"), span("warned"), null, 0.9, "cue.indirect_speech");
        Quote scare = new Quote(QuoteKind.SCARE, List.of(span("living wall")), null, null, null, null, 0.8,
                "scare.short_term");
        Quote indirect = new Quote(QuoteKind.INDIRECT, List.of(span("work on the quays starts in May")), null,
                span("Officials"), spanAfter("Officials", "said"), null, 0.7, "cue.said_that");
        return new Article(null, Span.of(TEXT, 0, TEXT.length()), date, span("Council backs the harbour barrier"),
                null, null, List.of(), List.of(spanAfter("barrier", "“We have"), span("Tomasz Brenner warned"),
                span("Engineers"), span("Officials said")), List.of(split, partial, scare, indirect),
                List.of(varga, brenner), List.of(), List.of());
    }

    static Pipeline.Parsed parsed(String sourceId) {
        return new Pipeline.Parsed(Source.file(sourceId, null, 0), sourceId, TEXT, 1,
                article().withSourceId(sourceId));
    }
}
