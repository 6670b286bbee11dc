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
 * @param reportDate     the report date, ISO ({@code ????-03-12} when the year is unknown), or {@code null}
 * @param saidOn         when it was said, ISO date or interval, or {@code null}
 * @param speaker        the speaking actor's name (else the words the text used for it), or {@code null}
 * @param speakerMention the words the text used for the speaker here, or {@code null}
 * @param kind           direct, partial, indirect or scare
 * @param quote          the quoted words, segments joined by a space
 * @param cue            the reporting verb or phrase, or {@code null}
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
        return new QuoteRow(a.sourceId(), p.number(), orNull(Text.isoDate(a.date())), orNull(Text.saidOn(q)),
                orNull(Text.speaker(a, q)), q.speakerMention() == null ? null : q.speakerMention().text(),
                Text.lower(q.kind()), q.text(), q.cue() == null ? null : q.cue().text(), q.confidence(), q.rule(),
                q.start(), q.end());
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** @return the row's values as CSV fields, in {@link #COLUMNS} order */
    List<String> fields() {
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(sourceId == null ? "" : sourceId);
        f.add(Integer.toString(article));
        f.add(reportDate == null ? "" : reportDate);
        f.add(saidOn == null ? "" : saidOn);
        f.add(speaker == null ? "" : speaker);
        f.add(speakerMention == null ? "" : speakerMention);
        f.add(kind);
        f.add(quote);
        f.add(cue == null ? "" : cue);
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
