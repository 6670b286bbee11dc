package org.reportage.core;

import java.util.List;
import java.util.Objects;

/**
 * One piece of reported speech: the quoted words, who said them, the verb that reports them, and when.
 *
 * <p>A quote split by its cue ({@code “First,” she said, “second.”}) is one quote with several segments, in
 * text order. For direct and partial quotes a segment covers the words inside the marks, the marks themselves
 * excluded; an indirect quote has one segment, its content clause.
 *
 * <p>{@code speaker} is the {@link Actor#id() id} of an actor of the same article; {@code speakerMention} is the
 * words the text used for the speaker at this quote ({@code he}, {@code Blinken}, {@code a senior NATO
 * official}). Scare quotes have neither.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind           what kind of speech this is
 * @param segments       the quoted text, at least one segment, in text order, not overlapping
 * @param speaker        id of the speaking actor, or {@code null} when not attributed
 * @param speakerMention the local mention of the speaker, or {@code null}
 * @param cue            the reporting verb or phrase ({@code said}, {@code according to}, {@code :}), or {@code null}
 * @param saidOn         when it was said, if the cue's clause says so, or {@code null}
 * @param confidence     how sure the attribution is, from 0 to 1
 * @param rule           the name of the rule that attributed the quote (or classified it), never blank
 */
public record Quote(QuoteKind kind, List<Span> segments, String speaker, Span speakerMention, Span cue,
                    DateReference saidOn, double confidence, String rule) {

    /** Validates the components and copies the segment list. */
    public Quote {
        Objects.requireNonNull(kind, "kind");
        segments = Checks.copy(segments, "segments");
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one segment");
        }
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).start() < segments.get(i - 1).end()) {
                throw new IllegalArgumentException("segments must be in order and must not overlap");
            }
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        Checks.requireText(rule, "rule");
    }

    /** @return the quoted words of all segments, joined by a single space */
    public String text() {
        if (segments.size() == 1) {
            return segments.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : segments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** @return from the start of the first segment to the end of the last, as offsets {@code [start, end]} */
    public int start() {
        return segments.get(0).start();
    }

    /** @return the end offset (exclusive) of the last segment */
    public int end() {
        return segments.get(segments.size() - 1).end();
    }
}
