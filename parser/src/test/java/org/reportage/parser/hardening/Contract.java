package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Dateline;
import org.reportage.core.Diagnostic;
import org.reportage.core.HeaderField;
import org.reportage.core.Mention;
import org.reportage.core.Quote;
import org.reportage.core.Span;
import org.reportage.core.json.ReportageJson;
import org.reportage.parser.ParseResult;

/**
 * The offset contract every parse must keep, whatever the input: each span of an article (the article itself,
 * headline, byline, dateline and its parts, header values, date, paragraphs, quote segments, speaker mentions,
 * cues, said-on dates, actor mentions, unplaced text, diagnostics) lies inside the input and its text equals the
 * input at its offsets; the headline, paragraphs, quotes and mentions lie inside their article; a quote's
 * segments are in order and do not overlap; two quotes either do not overlap or one lies inside a segment of the
 * other (nesting), never crossing; the article survives a JSON round trip.
 */
final class Contract {
    private static final ReportageJson JSON = ReportageJson.compact();

    private Contract() {
    }

    /**
     * @param result a parse result
     */
    static void check(ParseResult result) {
        String input = result.input();
        for (Diagnostic d : result.diagnostics()) {
            span(input, d.span(), "result diagnostic " + d.code());
        }
        for (Article a : result.articles()) {
            check(input, a);
        }
    }

    /**
     * @param input the whole input the article's offsets refer to (for a stream: everything read from it)
     * @param a     one article
     */
    static void check(String input, Article a) {
        checkOffsets(input, a);
        assertThat(JSON.read(JSON.write(a))).as("JSON round trip").isEqualTo(a);
    }

    /**
     * The contract without the JSON round trip (for the huge inputs of the pathological catalog).
     *
     * @param input the whole input
     * @param a     one article
     */
    static void checkOffsets(String input, Article a) {
        for (Span s : spans(a)) {
            span(input, s, "span");
        }
        for (Span s : owned(a)) {
            assertThat(a.span().contains(s)).as("%s lies inside its article %s", s, a.span()).isTrue();
        }
        quotes(a);
        assertThat(JSON.read(JSON.write(a))).as("JSON round trip").isEqualTo(a);
    }

    private static void quotes(Article a) {
        List<Quote> quotes = a.quotes();
        for (int i = 1; i < quotes.size(); i++) {
            assertThat(quotes.get(i).start()).as("quotes in text order")
                    .isGreaterThanOrEqualTo(quotes.get(i - 1).start());
        }
        nestingDepth(a);
    }

    /**
     * Checks that no two quote segments cross (they are disjoint, or one holds the other) and measures nesting.
     *
     * @param a an article
     * @return the deepest nesting of quote segments (1 for quotes that hold none), 0 without quotes
     */
    static int nestingDepth(Article a) {
        List<Span> segments = new ArrayList<>();
        for (Quote q : a.quotes()) {
            for (int i = 1; i < q.segments().size(); i++) {
                assertThat(q.segments().get(i).start()).as("segments in order, no overlap")
                        .isGreaterThanOrEqualTo(q.segments().get(i - 1).end());
            }
            segments.addAll(q.segments());
        }
        segments.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end)
                .reversed()));
        ArrayDeque<Span> open = new ArrayDeque<>();
        int depth = 0;
        for (Span s : segments) {
            while (!open.isEmpty() && open.peek().end() <= s.start()) {
                open.pop();
            }
            if (!open.isEmpty()) {
                assertThat(open.peek().end()).as("quote segments %s and %s cross", open.peek(), s)
                        .isGreaterThanOrEqualTo(s.end());
            }
            open.push(s);
            depth = Math.max(depth, open.size());
        }
        return depth;
    }

    private static void span(String input, Span s, String what) {
        assertThat(s.start()).as("%s start", what).isBetween(0, input.length());
        assertThat(s.end()).as("%s end", what).isBetween(s.start(), input.length());
        assertThat(s.text()).as("%s text at [%d, %d)", what, s.start(), s.end())
                .isEqualTo(input.substring(s.start(), s.end()));
    }

    /**
     * @param a an article
     * @return every span it holds, the article's own first
     */
    static List<Span> spans(Article a) {
        List<Span> out = new ArrayList<>();
        out.add(a.span());
        add(out, a.headline());
        add(out, a.byline());
        Dateline dl = a.dateline();
        if (dl != null) {
            out.add(dl.span());
            out.add(dl.place());
            add(out, dl.agency());
        }
        for (HeaderField h : a.headers()) {
            out.add(h.value());
        }
        if (a.date() != null) {
            out.add(a.date().span());
        }
        out.addAll(a.paragraphs());
        for (Quote q : a.quotes()) {
            out.addAll(q.segments());
            add(out, q.speakerMention());
            add(out, q.cue());
            if (q.saidOn() != null) {
                out.add(q.saidOn().span());
            }
        }
        for (Actor actor : a.actors()) {
            for (Mention m : actor.mentions()) {
                out.add(m.span());
            }
        }
        out.addAll(a.unplaced());
        for (Diagnostic d : a.diagnostics()) {
            out.add(d.span());
        }
        return out;
    }

    // the spans that belong to the article's own text (a digest's shared day heading, or a diagnostic about the
    // input, may lie outside it)
    private static List<Span> owned(Article a) {
        List<Span> out = new ArrayList<>(a.paragraphs());
        add(out, a.headline());
        for (Quote q : a.quotes()) {
            out.addAll(q.segments());
            add(out, q.cue());
            add(out, q.speakerMention());
        }
        for (Actor actor : a.actors()) {
            for (Mention m : actor.mentions()) {
                out.add(m.span());
            }
        }
        return out;
    }

    private static void add(List<Span> out, Span s) {
        if (s != null) {
            out.add(s);
        }
    }
}
