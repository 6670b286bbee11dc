package org.reportage.core;

import java.util.List;
import java.util.Objects;

/**
 * One parsed report: its date, headline, dateline, byline, paragraphs, and the quotes and actors in it.
 *
 * <p>Every {@link Span} points into the input the report was read from. Text the parser could not place
 * (stray lines before the headline, a header it did not understand) is kept in {@code unplaced}, so nothing
 * the user gave is lost: the spans of headline, dateline, byline, header values, paragraphs and unplaced
 * text together cover every non-blank line of the report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceId    the identifier the caller gave the input (a JSON Lines {@code id}, a file name), or {@code null}
 * @param span        the whole report in the input
 * @param date        the report date, or {@code null} when the report states none
 * @param headline    the headline, or {@code null}
 * @param dateline    the wire dateline, or {@code null}
 * @param byline      the byline ({@code By Tomas Reiner}), or {@code null}
 * @param headers     header block fields in input order
 * @param paragraphs  body paragraphs in input order (the dateline, when there is one, is cut off the first)
 * @param quotes      quotes in input order
 * @param actors      actors in order of first mention
 * @param unplaced    text that belongs to the report but to no part above
 * @param diagnostics what the parser noticed, in input order
 */
public record Article(String sourceId, Span span, ReportDate date, Span headline, Dateline dateline, Span byline,
                      List<HeaderField> headers, List<Span> paragraphs, List<Quote> quotes, List<Actor> actors,
                      List<Span> unplaced, List<Diagnostic> diagnostics) {

    /** Validates the span and copies the lists (null lists become empty). */
    public Article {
        Objects.requireNonNull(span, "span");
        headers = Checks.copy(headers, "headers");
        paragraphs = Checks.copy(paragraphs, "paragraphs");
        quotes = Checks.copy(quotes, "quotes");
        actors = Checks.copy(actors, "actors");
        unplaced = Checks.copy(unplaced, "unplaced");
        diagnostics = Checks.copy(diagnostics, "diagnostics");
    }

    /**
     * @param id the new source identifier, or {@code null}
     * @return a copy of this article with another source identifier
     */
    public Article withSourceId(String id) {
        return new Article(id, span, date, headline, dateline, byline, headers, paragraphs, quotes, actors,
                unplaced, diagnostics);
    }

    /**
     * @param id an actor id
     * @return the actor with that id, or {@code null}
     */
    public Actor actor(String id) {
        for (Actor a : actors) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
