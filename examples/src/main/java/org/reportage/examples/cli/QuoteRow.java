package org.reportage.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Quote;

/**
 * One quote flattened for tables, CSV and the {@code quotes} view's JSON: who said what, when, in which article.
 *
 * @param sourceId       the article's {@code source_id}
 * @param article        1-based number of the article in its input
 * @param reportDate     the report date, ISO ({@code ????-03-12} when the year is unknown), or ""
 * @param saidOn         when it was said, ISO date or interval, or ""
 * @param speaker        the speaking actor's name, or ""
 * @param speakerMention the words the text used for the speaker here, or ""
 * @param kind           direct, partial, indirect or scare
 * @param quote          the quoted words, segments joined by a space
 * @param cue            the reporting verb or phrase, or ""
 * @param confidence     the attribution's confidence
 * @param rule           the rule that attributed or classified the quote
 * @param start          offset of the first segment's start in the input
 * @param end            offset of the last segment's end in the input
 */
record QuoteRow(String sourceId, int article, String reportDate, String saidOn, String speaker,
                String speakerMention, String kind, String quote, String cue, double confidence, String rule,
                int start, int end) {

    /** The CSV header, in component order. */
    static final List<String> COLUMNS = List.of("source_id", "article", "report_date", "said_on", "speaker",
            "speaker_mention", "kind", "quote", "cue", "confidence", "rule", "start", "end");

    static QuoteRow of(Pipeline.Parsed p, Quote q) {
        Article a = p.article();
        return new QuoteRow(a.sourceId() == null ? "" : a.sourceId(), p.number(), Text.isoDate(a.date()),
                Text.saidOn(q), Text.speaker(a, q), q.speakerMention() == null ? "" : q.speakerMention().text(),
                Text.lower(q.kind()), q.text(), q.cue() == null ? "" : q.cue().text(), q.confidence(), q.rule(),
                q.start(), q.end());
    }

    /** @return the row's values as CSV fields, in {@link #COLUMNS} order */
    List<String> fields() {
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(sourceId);
        f.add(Integer.toString(article));
        f.add(reportDate);
        f.add(saidOn);
        f.add(speaker);
        f.add(speakerMention);
        f.add(kind);
        f.add(quote);
        f.add(cue);
        f.add(String.format(Locale.ROOT, "%.2f", confidence));
        f.add(rule);
        f.add(Integer.toString(start));
        f.add(Integer.toString(end));
        return f;
    }

    /**
     * Whether a quote's speaker matches a {@code --speaker} filter: case-insensitive, anywhere in the actor's
     * name or aliases or in the words the text used for the speaker.
     */
    static boolean speakerMatches(Article a, Quote q, String filter) {
        if (filter == null) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT);
        if (q.speakerMention() != null && q.speakerMention().text().toLowerCase(Locale.ROOT).contains(f)) {
            return true;
        }
        Actor actor = q.speaker() == null ? null : a.actor(q.speaker());
        if (actor == null) {
            return false;
        }
        if (actor.name().toLowerCase(Locale.ROOT).contains(f)) {
            return true;
        }
        for (String alias : actor.aliases()) {
            if (alias.toLowerCase(Locale.ROOT).contains(f)) {
                return true;
            }
        }
        return false;
    }
}
