package org.reportage.parser.internal.quotes;

import java.util.ArrayList;
import java.util.List;

import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.Span;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.dates.RelativeDates;
import org.reportage.parser.internal.text.TextView;

/**
 * Finds reported speech without quotation marks, sentence by sentence, in text that holds no quote:
 * <ul>
 *   <li>{@code X said (that) CONTENT}, {@code X told reporters (that) CONTENT}, {@code X said in a statement
 *       that CONTENT} (rule {@code indirect.cue_before});</li>
 *   <li>{@code CONTENT, X said.} and {@code CONTENT, said X.} (rule {@code indirect.cue_after});</li>
 *   <li>{@code according to X, CONTENT} and {@code CONTENT, according to X} (rule
 *       {@code indirect.according_to}).</li>
 * </ul>
 * Only verbs of speech count (never verbs of thinking), and a passive cue ({@code was told}) does not.
 */
final class IndirectSpeech {
    private static final int MIN_WORDS = 3;
    private static final int MAX_SENTENCE = 1500;

    private IndirectSpeech() {
    }

    /** Objects that follow "told", "assured", … before the content. */
    private static final WordSet OBJECT_CUES = WordSet.of("told", "tell", "tells", "telling", "assured",
            "assures", "informed", "warned", "warns", "reminded", "reminds", "promised", "promises", "asked",
            "asks", "urged", "urges");

    private static final WordSet PASSIVE = WordSet.of("is", "was", "were", "are", "be", "been", "being");

    /**
     * @param doc          the report
     * @param actors       its actors
     * @param coveredStart start of the stretch each found quote and its attribution cover (-1: none)
     * @param coveredEnd   end of it, exclusive
     * @return the indirect quotes, in text order
     */
    static List<Quote> find(Document doc, ActorAnalysis actors, int[] coveredStart, int[] coveredEnd) {
        String t = doc.text();
        TextView view = doc.view();
        List<Quote> out = new ArrayList<>();
        int cov = 0;
        for (int b = 0; b < doc.blockCount(); b++) {
            int from = doc.blockStart(b);
            int to = doc.blockEnd(b);
            int s = from;
            while (s < to) {
                int e = Text.sentenceEndForward(t, s, Math.min(to, s + MAX_SENTENCE));
                while (cov < coveredStart.length && (coveredStart[cov] < 0 || coveredEnd[cov] <= s)) {
                    cov++;
                }
                boolean overlaps = false;
                for (int k = cov; k < coveredStart.length && k < cov + 8; k++) {
                    if (coveredStart[k] >= 0 && coveredStart[k] < e && s < coveredEnd[k]) {
                        overlaps = true;
                        break;
                    }
                }
                if (!overlaps && !hasMark(t, s, e)) {
                    Quote q = sentence(doc, view, actors, t, s, e);
                    if (q != null) {
                        out.add(q);
                    }
                }
                s = e;
                while (s < to && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
            }
        }
        return out;
    }

    private static boolean hasMark(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
                return true;
            }
        }
        return false;
    }

    private static Quote sentence(Document doc, TextView view, ActorAnalysis actors, String t, int s, int e) {
        Tokens k = Tokens.of(t, s, e);
        int n = k.size();
        int last = n;
        while (last > 0 && (k.isClauseEnd(last - 1) || k.isQuoteMark(last - 1))) {
            last--;
        }
        if (last < MIN_WORDS + 2) {
            return null;
        }
        // according to X, CONTENT  /  CONTENT, according to X
        for (int i = 0; i + 2 < last; i++) {
            if (k.is(i, "according") && k.is(i + 1, "to")) {
                Attribution.Np np = Attribution.npForward(k, i + 2);
                if (np.empty()) {
                    return null;
                }
                if (i == 0 || i == 1 && k.isWord(0) && !k.isCapitalised(1)) {
                    int comma = np.to();
                    while (comma < last && !k.isPunct(comma, ',')) {
                        comma++;
                    }
                    if (comma + 1 < last && words(k, comma + 1, last) >= MIN_WORDS) {
                        return make(doc, view, actors, k, comma + 1, last, np, i, i + 2, "indirect.according_to");
                    }
                } else if (i > 0 && k.isPunct(i - 1, ',') && words(k, 0, i - 1) >= MIN_WORDS) {
                    return make(doc, view, actors, k, 0, i - 1, np, i, i + 2, "indirect.according_to");
                }
                return null;
            }
        }
        for (int c = 0; c < last; c++) {
            if (!k.in(c, Lexicon.CUES) || k.in(c, Lexicon.WEAK_CUES) || k.isCapitalised(c) && c > 0) {
                continue;
            }
            if (c > 0 && k.in(c - 1, PASSIVE) || c + 1 < last && k.is(c + 1, "to")
                    && !OBJECT_CUES.contains(t, k.start(c), k.end(c))) {
                continue; // "was told", "is said to"
            }
            // CONTENT, X said.  /  CONTENT, said X.
            Attribution.Np sub = Attribution.npBackward(k, c, 0);
            if (!sub.empty() && sub.from() > 0 && k.isPunct(sub.from() - 1, ',') && tail(k, c + 1, last)
                    && words(k, 0, sub.from() - 1) >= MIN_WORDS) {
                return make(doc, view, actors, k, 0, sub.from() - 1, sub, c, c + 1, "indirect.cue_after");
            }
            if (c > 0 && k.isPunct(c - 1, ',')) {
                Attribution.Np inv = Attribution.npForward(k, c + 1);
                if (!inv.empty() && k.isCapitalised(inv.from()) && tail(k, inv.to(), last)
                        && words(k, 0, c - 1) >= MIN_WORDS) {
                    return make(doc, view, actors, k, 0, c - 1, inv, c, c + 1, "indirect.cue_after");
                }
            }
            // X said (that) CONTENT
            if (sub.empty() || k.in(sub.from(), Lexicon.RELATIVE)) {
                continue;
            }
            int start = contentStart(t, k, c, last);
            if (start > 0 && words(k, start, last) >= MIN_WORDS) {
                return make(doc, view, actors, k, start, last, sub, c, c + 1, "indirect.cue_before");
            }
        }
        return null;
    }

    /** Whether what follows an attribution at the end of a sentence is short: a time, a place, a medium. */
    private static boolean tail(Tokens k, int from, int last) {
        if (last - from > 8) {
            return false;
        }
        for (int i = from; i < last; i++) {
            if (k.is(i, "that") || k.isPunct(i, ':')) {
                return false;
            }
        }
        return true;
    }

    /** Where the content of {@code X said …} starts, or -1 when the cue is not followed by reported content. */
    private static int contentStart(String t, Tokens k, int c, int last) {
        int i = c + 1;
        if (i >= last) {
            return -1;
        }
        // "said that", "told reporters that", "said in a statement that", "said Monday that"
        int lim = Math.min(last, i + 12);
        for (int j = i; j < lim; j++) {
            if (k.is(j, "that") && (j == i || !k.isPunct(j - 1, ','))) {
                return j + 1 < last ? j + 1 : -1;
            }
            if (k.isClauseEnd(j) || k.isPunct(j, ':')) {
                break;
            }
        }
        if (OBJECT_CUES.contains(t, k.start(c), k.end(c))) {
            Attribution.Np obj = Attribution.npForward(k, i);
            if (obj.empty()) {
                return -1;
            }
            i = obj.to();
        }
        while (i < last && k.in(i, Lexicon.TIME_WORDS) && (k.isCapitalised(i) || isDay(k, i))) {
            i++;
        }
        if (i >= last || !k.isWord(i) || k.in(i, Lexicon.NP_STOP) && !k.in(i, Lexicon.PRONOUNS)
                && !k.is(i, "there")) {
            return -1;
        }
        if (k.is(i, "it") && i + 1 < last && !k.isWord(i + 1)) {
            return -1; // "said it."
        }
        return i;
    }

    private static boolean isDay(Tokens k, int i) {
        return k.is(i, "monday") || k.is(i, "tuesday") || k.is(i, "wednesday") || k.is(i, "thursday")
                || k.is(i, "friday") || k.is(i, "saturday") || k.is(i, "sunday") || k.is(i, "today")
                || k.is(i, "yesterday") || k.is(i, "tonight");
    }

    private static int words(Tokens k, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            if (k.isWord(i)) {
                w++;
            }
        }
        return w;
    }

    private static Quote make(Document doc, TextView view, ActorAnalysis actors, Tokens k, int from, int to,
                              Attribution.Np np, int cueFrom, int cueTo, String rule) {
        while (to > from && !k.isWord(to - 1) && !k.isPunct(to - 1, ')')) {
            to--;
        }
        while (from < to && !k.isWord(from)) {
            from++;
        }
        if (to <= from) {
            return null;
        }
        int cs = k.start(from);
        int ce = k.end(to - 1);
        int ms = k.start(np.from());
        int me = k.end(np.to() - 1);
        int a = actors.actorAt(ms, me);
        String speaker = a >= 0 && a < actors.actors().size() ? actors.actors().get(a).id() : null;
        int clauseFrom = Math.min(k.start(cueFrom), ms);
        int clauseTo = Math.max(k.end(cueTo - 1), me);
        Span cue = view.span(k.start(cueFrom), k.end(cueTo - 1));
        return new Quote(QuoteKind.INDIRECT, List.of(view.span(cs, ce)), speaker, view.span(ms, me), cue,
                RelativeDates.find(doc, clauseFrom, Math.min(doc.text().length(), clauseTo + 40)), 0.7, rule);
    }
}
