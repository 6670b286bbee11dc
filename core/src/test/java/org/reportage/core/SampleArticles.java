package org.reportage.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Fully populated articles built over an invented report, with every offset computed from the text, for the
 * JSON and validation tests. Every optional component is set, every list has at least one element.
 */
public final class SampleArticles {

    /** An invented wire report: date line with time and zone, header block, headline, byline, dateline, quotes. */
    public static final String TEXT = ""
            + "Tuesday, March 14, 09:30 GMT\r\n"
            + "\r\n"
            + "Title: Ferry terminal\r\n"
            + "Source: Coastal Desk\r\n"
            + "\r\n"
            + "Harbour board approves a new ferry terminal for Kestrel Bay\r\n"
            + "By Lena Marsh\r\n"
            + "\r\n"
            + "KESTREL BAY, March 14 (Coastline News) - The harbour board voted on Monday to build the terminal"
            + " at the old pier, its chair said. \u201cWe have waited long enough,\u201d said Maria Okafor, the"
            + " board\u2019s chair. \u201cWork starts in May.\u201d\r\n"
            + "\r\n"
            + "Okafor said that the pier would close next week. She called the vote a \u201cfresh start\u201d"
            + " for Zo\u00eb Quay \uD83D\uDEA2.\r\n"
            + "@@ stray line\r\n";

    private SampleArticles() {
    }

    /**
     * @param needle text to find
     * @return the span of its first occurrence in {@link #TEXT}
     */
    public static Span span(String needle) {
        return span(needle, 0);
    }

    /**
     * @param needle text to find
     * @param from   where to start looking
     * @return the span of its first occurrence at or after {@code from}
     */
    public static Span span(String needle, int from) {
        int i = TEXT.indexOf(needle, from);
        if (i < 0) {
            throw new IllegalArgumentException("not in sample: " + needle);
        }
        return Span.of(TEXT, i, i + needle.length());
    }

    /** @return the report date: year inferred from the weekday, with time and zone */
    public static ReportDate date() {
        return new ReportDate(2023, 3, 14, DayOfWeek.TUESDAY, LocalTime.of(9, 30), "GMT",
                DateProvenance.YEAR_INFERRED, span("Tuesday, March 14, 09:30 GMT"));
    }

    /** @return the actors: a person with a role, alias and pronoun, and a media organisation */
    public static List<Actor> actors() {
        Span okafor = span("Maria Okafor");
        Span surname = span("Okafor said");
        Span she = span("She called");
        Actor person = new Actor("a1", "Maria Okafor", ActorKind.PERSON, List.of("Okafor"),
                List.of(new Role("chair", span("chair", span("board\u2019s").start())), Role.known("harbour board chair")),
                List.of(new Mention(okafor.start(), okafor.end(), okafor.text(), MentionKind.NAME, "name"),
                        new Mention(surname.start(), surname.start() + 6, "Okafor", MentionKind.NAME, "surname"),
                        new Mention(she.start(), she.start() + 3, "She", MentionKind.PRONOUN,
                                "pronoun.nearest_person")));
        Span agency = span("Coastline News");
        Actor media = new Actor("a2", "Coastline News", ActorKind.MEDIA, List.of(), List.of(),
                List.of(new Mention(agency.start(), agency.end(), agency.text(), MentionKind.NAME, "agency")));
        return List.of(person, media);
    }

    /** @return one quote of each kind; the first is split around its cue and carries a resolved date */
    public static List<Quote> quotes() {
        Span said = span("said Maria");
        Quote direct = new Quote(QuoteKind.DIRECT,
                List.of(span("We have waited long enough,"), span("Work starts in May.")), "a1",
                span("Maria Okafor"), new Span(said.start(), said.start() + 4, "said"),
                new DateReference(span("on Monday"), LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 13),
                        DateReference.Precision.DAY),
                0.95, "cue.inverted");
        Span okaforSaid = span("Okafor said that");
        Quote indirect = new Quote(QuoteKind.INDIRECT, List.of(span("the pier would close next week")), "a1",
                new Span(okaforSaid.start(), okaforSaid.start() + 6, "Okafor"),
                new Span(okaforSaid.start() + 7, okaforSaid.start() + 11, "said"),
                new DateReference(span("next week"), LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 26),
                        DateReference.Precision.WEEK),
                0.8, "indirect.said_that");
        Quote partial = new Quote(QuoteKind.PARTIAL, List.of(span("fresh start")), "a1", span("She called"),
                null, null, 0.6, "partial.in_reported_speech");
        Quote scare = new Quote(QuoteKind.SCARE, List.of(span("fresh start")), null, null, null,
                new DateReference(span("next week"), null, null, DateReference.Precision.VAGUE), 0.0,
                "scare.noun_phrase");
        return List.of(direct, indirect, partial, scare);
    }

    /** @return a realistic article in which every component is set */
    public static Article full() {
        Span dateline = span("KESTREL BAY, March 14 (Coastline News) - ");
        Span firstParagraph = span("The harbour board voted");
        String p1 = TEXT.substring(firstParagraph.start(), TEXT.indexOf("\r\n", firstParagraph.start()));
        Span p2 = span("Okafor said that");
        String p2Text = TEXT.substring(p2.start(), TEXT.indexOf("\r\n", p2.start()));
        return new Article("wire-0001.txt", Span.of(TEXT, 0, TEXT.length()), date(),
                span("Harbour board approves a new ferry terminal for Kestrel Bay"),
                new Dateline(dateline, span("KESTREL BAY"), span("Coastline News")),
                span("By Lena Marsh"),
                List.of(new HeaderField("Title", span("Ferry terminal")),
                        new HeaderField("Source", span("Coastal Desk"))),
                List.of(span(p1), span(p2Text)), quotes(), actors(), List.of(span("@@ stray line")),
                List.of(new Diagnostic("date.year_inferred", Severity.INFO, "year 2023 inferred from Tuesday",
                                date().span()),
                        new Diagnostic("structure.unplaced", Severity.WARNING, "line not understood",
                                span("@@ stray line")),
                        new Diagnostic("limit.none", Severity.ERROR, "a point diagnostic",
                                new Span(TEXT.length(), TEXT.length(), ""))));
    }

    /** @return the smallest valid article: a span and nothing else */
    public static Article minimal() {
        return new Article(null, new Span(0, 0, ""), null, null, null, null, null, null, null, null, null, null);
    }
}
