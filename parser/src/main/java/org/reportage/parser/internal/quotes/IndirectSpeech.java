package org.reportage.parser.internal.quotes;

import java.util.ArrayList;
import java.util.List;

import org.reportage.core.ActorKind;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.Span;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.actors.ViewMention;
import org.reportage.parser.internal.dates.EntryTimes;
import org.reportage.parser.internal.dates.RelativeDates;
import org.reportage.parser.internal.text.SpeakerLabels;
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
 * and further shapes: {@code LEAD-IN, X said, “…”} ({@code indirect.lead_in}), {@code Asked whether …, X said:}
 * and {@code asked X about …} ({@code indirect.question}), {@code X, who say …} ({@code indirect.relative}),
 * {@code X arrived and said …} ({@code indirect.conjoined}), {@code the data that inspectors said they found}
 * ({@code indirect.object_relative}: the relative word and what follows the cue), {@code 46 percent said yes}
 * ({@code indirect.answer}).
 * Only verbs of speech count (never verbs of thinking), and a passive cue ({@code was told}) does not.
 *
 * <p>Partial quotes: a quoted fragment inside reported speech ({@code said the port faced “very serious delays”
 * in winter}) gives two quotes, consistently: one indirect quote whose content runs through the fragment, marks
 * included, and the partial quote of the fragment itself, both with the same speaker. Direct quotes are never
 * part of an indirect content: the clause is read around them.
 */
final class IndirectSpeech {
    private static final int MIN_WORDS = 3;
    private static final int MAX_SENTENCE = 1500;

    private IndirectSpeech() {
    }

    /** Objects that follow "told", "assured", … before the content. */
    static final WordSet OBJECT_CUES = WordSet.of("told", "tell", "tells", "telling", "assured",
            "assures", "informed", "warned", "warns", "reminded", "reminds", "promised", "promises", "asked",
            "asks", "urged", "urges");

    /** Cues whose content may be an infinitive: {@code vowed to repeal}, {@code urged voters to stay}. */
    private static final WordSet TO_CUES = WordSet.of("claim", "claims", "claimed", "claiming", "vow", "vows",
            "vowed", "pledge", "pledges", "pledged",
            "promise", "promises", "promised", "threaten", "threatens", "threatened", "urge", "urges", "urged",
            "vowing", "pledging", "promising", "urging");


    /**
     * @param doc          the report
     * @param buf          a token buffer on the report's text, for every sentence of it
     * @param actors       its actors
     * @param coveredStart start of the stretch each found quote and its attribution cover (-1: none)
     * @param coveredEnd   end of it, exclusive
     * @return the indirect quotes, in text order
     */
    static List<Quote> find(Document doc, Tokens buf, ActorAnalysis actors, int[] coveredStart, int[] coveredEnd) {
        String t = doc.text();
        TextView view = doc.view();
        List<Quote> out = new ArrayList<>();
        int cov = 0;
        int interviewee = UNKNOWN;
        for (int b = 0; b < doc.blockCount(); b++) {
            int from = doc.blockStart(b);
            int to = doc.blockEnd(b);
            cov = firstCovering(coveredStart, coveredEnd, cov, from);
            boolean unquoted = !(cov < coveredStart.length && coveredStart[cov] < to);
            if (unquoted && transcriptTurn(doc, view, actors, t, buf, from, to, out)) {
                continue;
            }
            char qa = unquoted ? SpeakerLabels.interview(t, from, to) : 0;
            if (qa != 0) {
                if (interviewee == UNKNOWN) {
                    interviewee = interviewee(actors, from);
                }
                interviewTurn(doc, view, actors, buf, from, to, qa == 'A', interviewee, out);
                continue;
            }
            int s = from;
            while (s < to) {
                int e = buf.sentenceEnd(s, Math.min(to, s + MAX_SENTENCE));
                cov = firstCovering(coveredStart, coveredEnd, cov, s);
                // the parts of the sentence outside direct quotes: "“…,” he said, adding that …"
                int piece = s;
                boolean after = false;
                for (int k = cov; k < coveredStart.length && piece < e; k++) {
                    if (coveredStart[k] < 0) {
                        continue;
                    }
                    if (coveredStart[k] >= e) {
                        break;
                    }
                    if (coveredEnd[k] <= piece) {
                        continue;
                    }
                    if (coveredStart[k] > piece) {
                        sentence(doc, view, actors, t, buf, piece, coveredStart[k], after, true, out);
                    }
                    piece = Math.max(piece, coveredEnd[k]);
                    after = !closesSentence(t, coveredEnd[k], e);
                }
                if (piece < e) {
                    sentence(doc, view, actors, t, buf, piece, e, after, false, out);
                }
                s = e;
                while (s < to && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
            }
            if (b + 1 < doc.blockCount()) {
                colonParagraph(doc, view, actors, t, buf, from, to, doc.blockStart(b + 1), doc.blockEnd(b + 1),
                        out);
            }
        }
        return out;
    }

    /**
     * @return the first covered stretch from index {@code cov} on that ends after {@code at} (the stretches are in
     *         text order; -1 starts mark none)
     */
    private static int firstCovering(int[] coveredStart, int[] coveredEnd, int cov, int at) {
        int c = cov;
        while (c < coveredStart.length && (coveredStart[c] < 0 || coveredEnd[c] <= at)) {
            c++;
        }
        return c;
    }

    /**
     * A paragraph of a transcript without quotation marks: a speaker's label in capitals, a colon, the words
     * ({@code TAPPER: Do you think …}). The turn is one quote of the person the label names (rule {@code
     * transcript.line}, the colon its cue), kind indirect as every unmarked report; a label that names no person
     * ({@code CORRECTION:}, {@code UPDATE:}, a headline's kicker) gives none. A paragraph may hold several turns,
     * one per line.
     *
     * @return whether the paragraph was read as turns (nothing else is read in it)
     */
    private static boolean transcriptTurn(Document doc, TextView view, ActorAnalysis actors, String t, Tokens buf,
                                          int from, int to, List<Quote> out) {
        if (SpeakerLabels.end(t, from, to) < 0) {
            return false; // most paragraphs: no label
        }
        boolean read = false;
        int s = from;
        while (s < to) {
            // a turn runs to the next line that opens with a label ("… \nOKAFOR: …"), else to the paragraph's end
            int e = to;
            int next = to;
            for (int j = t.indexOf('\n', s); j >= 0 && j < to; j = t.indexOf('\n', j + 1)) {
                int ls = Text.firstNonSpace(t, j + 1, to);
                if (ls >= 0 && SpeakerLabels.end(t, ls, to) >= 0) {
                    e = j;
                    next = ls;
                    break;
                }
            }
            if (!turn(doc, view, actors, t, buf, s, e, out)) {
                return read; // no transcript (read as text), or a label that names nobody ends the turns
            }
            read = true;
            s = next;
        }
        return read;
    }

    /** The interviewee not looked for yet ({@link #interviewee}). */
    static final int UNKNOWN = -2;

    /**
     * The person an interview's answers are by: of the people the report names before its first question or
     * answer, the one mentioned most often there ({@code Rafael Soto, the finance minister, spoke to us … he
     * said}), or -1 when none is or two are as often.
     */
    static int interviewee(ActorAnalysis actors, int at) {
        int n = actors.actors().size();
        int[] count = new int[n];
        List<ViewMention> list = actors.mentions();
        for (int i = 0, end = actors.firstMentionFrom(at); i < end; i++) {
            ViewMention m = list.get(i);
            if (m.actor() < n && actors.actors().get(m.actor()).kind() == ActorKind.PERSON) {
                count[m.actor()]++;
            }
        }
        int best = -1;
        boolean tie = false;
        for (int a = 0; a < n; a++) {
            if (count[a] > 0 && (best < 0 || count[a] > count[best])) {
                best = a;
                tie = false;
            } else if (best >= 0 && count[a] == count[best]) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    /**
     * An interview's question or answer without quotation marks ({@code Q: Will you raise taxes?}, {@code A: No.
     * We will cut spending first.}): the paragraph after its label is one quote, kind indirect as every unmarked
     * turn, rule {@code transcript.question} (no speaker: the interviewer) or {@code transcript.answer} (the
     * interviewee, {@link #interviewee}, when there is one), its label the speaker mention.
     */
    private static void interviewTurn(Document doc, TextView view, ActorAnalysis actors, Tokens buf, int from,
                                      int to, boolean answer, int speaker, List<Quote> out) {
        Tokens k = buf.reset(from, to);
        int words = 0;
        while (words < k.size() && k.start(words) < from + 2) {
            words++; // past the label and its colon or full stop
        }
        if (words >= k.size()) {
            return;
        }
        Quote q = make(doc, view, actors, k, words, k.size(), null, 0, words,
                answer ? "transcript.answer" : "transcript.question");
        if (q != null && answer && speaker >= 0) {
            q = new Quote(q.kind(), q.segments(), actors.actors().get(speaker).id(), view.span(from, from + 1),
                    q.cue(), q.saidOn(), 0.6, q.rule());
        }
        add(out, q);
    }

    /** One turn [from, to): its label names a person, the words after the colon are the quote. */
    private static boolean turn(Document doc, TextView view, ActorAnalysis actors, String t, Tokens buf, int from,
                                int to, List<Quote> out) {
        int colon = SpeakerLabels.end(t, from, to);
        if (colon < 0 || colon + 1 >= to || !Character.isWhitespace(t.charAt(colon + 1))) {
            return false;
        }
        int a = Attribution.speakerActor(t, actors, from, colon);
        if (a < 0 || a >= actors.actors().size() || actors.actors().get(a).kind() != ActorKind.PERSON) {
            return false;
        }
        Tokens k = buf.reset(from, to);
        int c = 0;
        while (c < k.size() && k.start(c) < colon) {
            c++;
        }
        if (c == 0 || c + 1 >= k.size() || !k.isPunct(c, ':')) {
            return false;
        }
        Quote q = make(doc, view, actors, k, c + 1, k.size(), new Attribution.Np(0, c), c, c + 1,
                "transcript.line");
        add(out, q);
        return q != null;
    }

    /**
     * Whether the quotation that ends at {@code end} (after its closing mark) ends its sentence too: a full
     * stop inside the marks and a capital after them ({@code “We won.” The
     * count …}). The words after it then start a sentence of their own, not the quotation's attribution.
     */
    private static boolean closesSentence(String t, int end, int limit) {
        if (end < 2 || end > t.length()) {
            return false;
        }
        int m = end - 2;
        while (m > 0 && Marks.isMarkChar(t.charAt(m))) {
            m--; // nested closing marks: ‘…’”
        }
        if (t.charAt(m) != '.') {
            return false; // "“Why?” Smith asked": a question or exclamation is often followed by its speaker
        }
        int f = Text.firstNonSpace(t, end, Math.min(limit, end + 40));
        return f >= 0 && Character.isUpperCase(t.charAt(f));
    }

    /** The longest paragraph read as the content of a colon before it. */
    private static final int MAX_COLON_PARAGRAPH = 2000;

    /**
     * {@code The governor added:} ending a paragraph, then a paragraph in the speaker's words without quotation
     * marks (a block quotation): that paragraph is the content (rule {@code indirect.colon_paragraph}).
     */
    private static void colonParagraph(Document doc, TextView view, ActorAnalysis actors, String t, Tokens buf,
                                       int from, int to, int nextFrom, int nextTo, List<Quote> out) {
        int colon = Text.lastNonSpace(t, from, to);
        if (colon < 0 || t.charAt(colon) != ':' || nextTo - nextFrom > MAX_COLON_PARAGRAPH) {
            return;
        }
        int first = Text.firstNonSpace(t, nextFrom, nextTo);
        if (first < 0 || !Character.isLetterOrDigit(t.charAt(first))) {
            return;
        }
        for (int i = nextFrom; i < nextTo; i++) {
            char ch = t.charAt(i);
            if (ch == '"' || ch == '\u201C' || ch == '\u201D' || ch == '\u00AB' || ch == '\u00BB' || ch == '<'
                    || ch == '\'' && i + 1 < nextTo && t.charAt(i + 1) == '\'') {
                return; // quotation marks or markup: the quote stage reads it
            }
        }
        int s = Text.sentenceStartBack(t, Math.max(from, colon - MAX_SENTENCE), colon);
        Tokens k = buf.reset(s, nextTo);
        int n = k.size();
        int colonTok = -1;
        for (int i = 0; i < n && k.start(i) <= colon; i++) {
            colonTok = i;
        }
        if (colonTok < 2 || !k.isPunct(colonTok, ':')) {
            return;
        }
        int c = k.is(colonTok - 1, "that") ? colonTok - 2 : colonTok - 1;
        if (c < 1 || !k.in(c, Lexicon.CUES) || k.in(c, Lexicon.THINKING) || k.in(c, Lexicon.WEAK_CUES)
                && !k.in(c, CLAUSE_WEAK_CUES) || k.isCapitalised(c) || Attribution.nounUse(k, c)) {
            return;
        }
        Attribution.Np sub = Attribution.npBackward(k, c, 0);
        if (sub.empty() || k.in(sub.from(), Lexicon.RELATIVE)) {
            return;
        }
        if (words(k, colonTok + 1, n) >= MIN_WORDS) {
            add(out, make(doc, view, actors, k, colonTok + 1, n, sub, c, c + 1, "indirect.colon_paragraph"));
        }
    }

    private static void sentence(Document doc, TextView view, ActorAnalysis actors, String t, Tokens buf, int s,
                                 int e, boolean afterQuote, boolean beforeQuote, List<Quote> out) {
        // clauses joined by a semicolon are read one by one
        int from = s;
        boolean first = afterQuote;
        for (int i = buf.next(';', s, e); i < e; i = buf.next(';', i + 1, e)) {
            clause(doc, view, actors, t, buf, from, i, first, out);
            from = i + 1;
            first = false;
        }
        if (beforeQuote && !first && leadIn(doc, view, actors, buf, from, e, out)) {
            return;
        }
        clause(doc, view, actors, t, buf, from, e, first, out);
    }

    /** Prepositions that open a circumstance (time, place, medium) rather than reported content. */
    private static final WordSet LEAD_CIRCUMSTANCE = WordSet.of("in", "on", "at", "during", "after", "before",
            "speaking", "writing", "asked", "later", "earlier", "then", "afterward", "afterwards");

    /** Time words of a lead-in circumstance ({@code Later that night, X said, “…”}). */
    private static final WordSet LEAD_TIME = WordSet.of("tomorrow", "recently", "earlier", "later", "last", "next",
            "then", "once", "previously", "afterward", "afterwards", "ago", "before", "after", "moments", "minutes",
            "hours", "days", "weeks", "months", "years", "weekend");

    /** Nouns of the occasion of speaking: {@code in a statement}, {@code in an interview}. */
    private static final WordSet LEAD_MEDIA = WordSet.of("statement", "interview", "speech", "letter", "post",
            "tweet", "closing", "response", "reply", "remarks", "conference", "call", "briefing", "hearing",
            "rally", "debate", "town", "email", "e-mail", "video", "op-ed", "column", "memo", "release", "show", "draft",
            "broadcast", "radio", "television", "podcast", "address", "testimony", "year", "week", "month",
            "morning", "evening", "afternoon", "night", "day", "time");

    /**
     * {@code LEAD-IN, X said, “…”} and {@code LEAD-IN, said X, “…”}: the words before the attribution belong to
     * what the speaker said, reported in the writer's words (rule {@code indirect.lead_in}); the quotation
     * that follows is its own direct quote.
     *
     * @return whether the clause was read that way
     */
    private static boolean leadIn(Document doc, TextView view, ActorAnalysis actors, Tokens buf, int s, int e,
                                  List<Quote> out) {
        Tokens k = buf.reset(s, e);
        int n = k.size();
        if (n < 4 || !k.isPunct(n - 1, ',') || k.is(0, "asked")) {
            return false; // ("Asked if he would run again, X said, “…”": the question, read as a clause)
        }
        int end = n - 1;
        if (k.in(0, LEAD_CIRCUMSTANCE)) {
            // "In a statement Thursday, X said, “…”", "On Fox News, X said, “…”": a circumstance, not content
            for (int i = 1; i < end; i++) {
                if (k.isPunct(i, ',')) {
                    break;
                }
                if (isDay(k, i) || k.in(i, LEAD_TIME) || k.in(i, LEAD_MEDIA) || k.isCapitalised(i)
                        || Character.isDigit(k.first(i))) {
                    return false;
                }
            }
        }
        for (int c = end - 1; c >= 1 && end - c <= 6; c--) {
            if (!k.in(c, Lexicon.CUES) || k.isCapitalised(c) || k.in(c, Lexicon.THINKING)
                    || k.in(c, Lexicon.WEAK_CUES) || k.in(c, Lexicon.PARTICIPLES)) {
                continue;
            }
            Attribution.Np sub = Attribution.npBackward(k, c, 0);
            if (!sub.empty() && sub.outer() > 1 && k.isPunct(sub.outer() - 1, ',') && tail(k, c + 1, end, false)
                    && words(k, 0, sub.outer() - 1) >= 1 && !k.in(sub.from(), Lexicon.RELATIVE)) {
                add(out, make(doc, view, actors, k, 0, sub.outer() - 1, sub, c, c + 1, "indirect.lead_in"));
                return true;
            }
            if (k.isPunct(c - 1, ',') && c > 1 && words(k, 0, c - 1) >= 1) {
                Attribution.Np inv = Attribution.npForward(k, c + 1);
                if (!inv.empty() && inv.to() == end && (k.isCapitalised(inv.from())
                        || k.in(inv.from(), Lexicon.DETERMINERS))) {
                    add(out, make(doc, view, actors, k, 0, c - 1, inv, c, c + 1, "indirect.lead_in"));
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * @param afterQuote whether the clause follows a direct quote: its first reporting verb is that quote's
     *                   ({@code “…,” she said after the count}) and reports nothing more unless {@code that}
     *                   follows it
     */
    private static void clause(Document doc, TextView view, ActorAnalysis actors, String t, Tokens buf, int s,
                               int e, boolean afterQuote, List<Quote> out) {
        Tokens k = buf.reset(s, e);
        int n = k.size();
        if (n > 3 && k.isPunct(1, ':') && k.isAllUpper(0) && k.isCapitalised(2)) {
            // "UPDATE: Police have confirmed …", "BREAKING: …": a live blog's label is no part of the clause
            k = buf.reset(k.start(2), e);
            n = k.size();
        }
        int entry = n > 0 && Character.isDigit(k.first(0)) ? EntryTimes.textStart(t, k.start(0), e) : -1;
        if (entry > k.start(0) && entry < e) {
            // "10:32 GMT — Police say …", "9.15am Turnout was …": the time of a live page's entry
            k = buf.reset(entry, e);
            n = k.size();
        }
        if (n > 0 && k.isPunct(n - 1, ':')) {
            // "X explained what had changed:" introduces the quote that follows; but "Asked whether …, X said:"
            // reports the question before the answer
            int a = k.is(0, "asked") ? 0 : n > 1 && k.in(0, ASKED_OPENERS) && k.is(1, "asked") ? 1 : -1;
            if (a >= 0) {
                question(doc, view, actors, t, k, a, n - 1, out);
                return;
            }
            // "X said CONTENT, adding:" / "…, to which Y replied:": only the last comma's part introduces the
            // quotation; what comes before it is read as a clause of its own
            int intro = introducerComma(k, n - 1);
            if (intro > 0) {
                clause(doc, view, actors, t, buf, s, k.start(intro), afterQuote, out);
            }
            return;
        }
        int last = n;
        while (last > 0 && (k.isClauseEnd(last - 1) || k.isQuoteMark(last - 1))) {
            last--;
        }
        if (last < MIN_WORDS + 1) {
            return; // the shortest report: "They said they would."
        }
        // according to X, CONTENT  /  CONTENT, according to X
        int said; // the clause's own reporting verb before a trailing "according to" ({@link #saidCue})
        for (int i = 0; i + 2 < last; i++) {
            if (k.is(i, "according") && k.is(i + 1, "to")) {
                Attribution.Np np = Attribution.npForward(k, i + 2);
                if (np.empty() || np.to() < last && k.isWord(np.to())) {
                    Attribution.Np loose = sourcePhrase(k, i + 2, last); // "according to state corporate records"
                    np = loose.empty() ? np : loose;
                }
                if (np.empty()) {
                    break;
                }
                if (i == 0 || i == 1 && k.isWord(0) && !k.isCapitalised(1)) {
                    int comma = np.to();
                    while (comma < last && !k.isPunct(comma, ',')) {
                        comma++;
                    }
                    int from = comma + 1;
                    int apposition = appositionEnd(k, from, last);
                    if (apposition > 0) {
                        from = apposition + 1; // according to X, a shipping analyst, CONTENT
                    } else if ((apposition = nameAppositionEnd(k, from, last)) > 0) {
                        np = new Attribution.Np(from, apposition); // according to a spokeswoman, Lena Marsh, CONTENT
                        from = apposition + 1;
                    }
                    int end = clauseEnd(t, k, from, last);
                    if (from < last && words(k, from, end) >= MIN_WORDS) {
                        add(out, make(doc, view, actors, k, from, end, np, i, i + 2, "indirect.according_to"));
                        return;
                    }
                } else if ((said = i > 1 && k.isPunct(i - 1, ',') ? saidCue(k, i - 1) : -1) > 0
                        && endsClause(k, np.to(), last)) {
                    // "Hayan al-Saadi said exports would resume, according to a ministry statement": the clause
                    // reports its own speaker; the source says where that was said, so only the clause is read
                    last = i - 1;
                } else if (said > 0 && thatAround(k, said, i - 1, np.to(), last)) {
                    // "The board said, according to two people there, that …": the board's, the source an aside
                    int that = firstWord(k, np.to(), last);
                    int from = k.is(that, "that") ? that + 1 : that;
                    add(out, make(doc, view, actors, k, from, clauseEnd(t, k, from, last),
                            Attribution.npBackward(k, said, 0), said, said + 1, "indirect.cue_before"));
                    return;
                } else if (i > 0 && (k.isPunct(i - 1, ',') || k.isPunct(i - 1, '\u2014') || k.isPunct(i - 1, '-'))
                        && words(k, 0, i - 1) >= 1) {
                    // CONTENT, according to X.  /  PART, according to X, PART.
                    int comma = np.to();
                    while (comma < last && !k.isPunct(comma, ',') && !k.isPunct(comma, '\u2014')
                            && !k.isPunct(comma, '-')) {
                        comma++;
                    }
                    if (comma + 1 < last && words(k, comma + 1, last) >= 1) {
                        // the statement runs on after the source: its first part is the whole clause before it
                        add(out, make(doc, view, actors, k, 0, i - 1, comma + 1, last, np, i, i + 2,
                                "indirect.according_to"));
                    } else {
                        add(out, make(doc, view, actors, k, attributedPart(k, i - 1), i - 1, np, i, i + 2,
                                "indirect.according_to"));
                    }
                    return;
                }
                break;
            }
        }
        int c = 0;
        boolean skipFirst = afterQuote;
        while (c < last) {
            if (!skipFirst && !k.in(c, CUES_AND_SPEECH_NOUNS)) {
                c++; // most words: no cue for cue() to try
                continue;
            }
            if (skipFirst && Attribution.cueAt(k, c) && !k.isCapitalised(c)
                    && !(k.is(c, "asked") && c > 0 && k.in(c - 1, ASKED_OPENERS))) {
                skipFirst = false;
                if (!(c + 1 < last && k.is(c + 1, "that"))) {
                    c++;
                    continue;
                }
                if (words(k, 0, c) == 0 && c + 2 < last) {
                    // "“…,” stated that CONTENT": the quotation's speaker goes on, named before the marks
                    int end = clauseEnd(t, k, c + 2, last);
                    if (words(k, c + 2, end) >= MIN_WORDS) {
                        add(out, make(doc, view, actors, k, c + 2, end, null, c, c + 1, "indirect.after_quote"));
                        c = end;
                        continue;
                    }
                }
            }
            int next = cue(doc, view, actors, t, k, c, last, out);
            c = next > c ? next : c + 1;
        }
    }

    /**
     * The comma before the part of a clause that introduces a quotation with a colon at token {@code colon}
     * ({@code …, adding:}, {@code …, to which Y replied:}): the last comma whose part after it holds a verb of
     * speech, when a verb of speech stands before it too.
     *
     * @return the comma's token, or -1
     */
    private static int introducerComma(Tokens k, int colon) {
        int comma = -1;
        boolean cueBefore = false;
        boolean cueAfter = false;
        for (int i = 0; i < colon; i++) {
            if (k.isPunct(i, ',')) {
                cueBefore |= cueAfter;
                cueAfter = false;
                comma = i;
            } else if (k.in(i, Lexicon.CUES) && !k.isCapitalised(i) && !k.in(i, Lexicon.THINKING)) {
                if (comma < 0) {
                    cueBefore = true;
                } else {
                    cueAfter = true;
                }
            }
        }
        return comma > 0 && cueAfter && cueBefore ? comma : -1;
    }

    /**
     * Cues that say how words were voiced ({@code “…,” she laughed}): they attribute a quotation, but without
     * marks they report speech only with {@code that} after them ({@code he laughed that …}).
     */
    private static final WordSet VOICE_CUES = WordSet.of("laugh", "laughs", "laughed", "chuckled", "sigh", "sighs",
            "sighed", "cry", "cried", "shout", "shouts", "shouted", "yell", "yells", "yelled", "scream", "screamed",
            "whisper", "whispered", "bark", "barks", "barked", "snap", "snaps", "snapped", "gushed", "fumed", "huffed",
            "deadpanned", "cracked", "teased", "taunted", "raged", "vented", "scoffed", "grumbled", "thundered",
            "exclaim", "exclaims", "exclaimed", "quip", "quips", "quipped", "muse", "mused", "intone", "intoned");

    /** Whether {@code that} comes within a few words from i, with no comma or clause end before it. */
    private static boolean thatSoon(Tokens k, int i, int last) {
        for (int j = i; j < last && j - i < 8 && k.isWord(j); j++) {
            if (k.is(j, "that")) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Quote> out, Quote q) {
        if (q != null) {
            out.add(q);
        }
    }

    /** Words before a clause-initial {@code asked} that make it a question put to the speaker. */
    private static final WordSet ASKED_OPENERS = WordSet.of("when", "if", "as", "after", "once", "before", "later");

    private static final WordSet QUESTION_WORDS = WordSet.of("about", "if", "whether", "why", "how", "what", "when",
            "where", "who", "whom", "which", "to");

    /**
     * {@code X asked Y whether …}, {@code X was asked to …}: the question (or request) is the content; the
     * speaker is the subject, except in the passive, where the asker is not named.
     */
    private static int question(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c,
                                int last, List<Quote> out) {
        int i = c + 1;
        int lim = Math.min(last, i + 8);
        while (i < lim && !k.in(i, QUESTION_WORDS)) {
            if (k.isClauseEnd(i) || k.isPunct(i, ',') || k.isPunct(i, ':') || k.in(i, Lexicon.CUES)) {
                return c + 1;
            }
            i++;
        }
        if (i >= lim) {
            return c + 1;
        }
        int start = i;
        int min = MIN_WORDS;
        if (k.is(i, "about")) {
            start = i + 1; // asked about her plans: the topic
            min = 2;
        } else if (k.is(i, "to") && i > c + 1) {
            if (i == c + 2 && (k.is(c + 1, "not") || k.is(c + 1, "never"))) {
                return c + 1; // asked not to be named: the asker's own terms, nobody addressed, nothing reported
            }
            start = c + 1; // asked the board to resign: the request with its addressee
        }
        int end = clauseEnd(t, k, start, last);
        if (start == i + 1) {
            end = circumstance(k, start, end); // asked about the delay in an interview: the topic alone
        }
        end = secondPredicate(k, c, start, end); // asked the board to resign and left: the request alone
        if (c == 0 || c == 1 && k.in(0, ASKED_OPENERS)) {
            // "Asked whether …, the senator said …": the question ends where the answer's clause begins, also when
            // no cue reports the answer ("Asked about his future, Ancelotti smiled")
            for (int q = start + 1; q < end; q++) {
                if (k.isPunct(q, ',') && (answerFollows(k, q + 1, last) || q + 1 < last
                        && (k.isCapitalised(q + 1) || k.in(q + 1, Lexicon.PRONOUNS)
                        || k.in(q + 1, Lexicon.ARTICLES) || nameAfterBareRole(k, q + 1, last)))) {
                    end = q;
                    break;
                }
            }
        }
        if (words(k, start, end) < min) {
            return c + 1;
        }
        boolean passive = c > 0 && k.in(c - 1, Lexicon.FORMS_OF_BE);
        Attribution.Np sub = passive ? new Attribution.Np(0, 0) : Attribution.npBackward(k, c, 0);
        if (!sub.empty() && k.in(sub.from(), Lexicon.RELATIVE)) {
            sub = new Attribution.Np(0, 0);
        }
        add(out, make(doc, view, actors, k, start, end, sub.empty() ? null : sub, c, c + 1, "indirect.question"));
        return end;
    }

    /**
     * Whether a name follows a few lower-case words from i on, with nothing between: a subject with its role and
     * no article ({@code producer Mira Castellanos}, {@code veteran coach Ian Holt}).
     */
    private static boolean nameAfterBareRole(Tokens k, int i, int last) {
        int j = i;
        while (j < last && j - i < 3 && k.isWord(j) && !k.isCapitalised(j)) {
            j++;
        }
        return j > i && j < last && k.isWord(j) && k.isCapitalised(j);
    }

    /** Cues whose passive names its source after "by": {@code was first reported by the Herald}. */
    private static final WordSet PASSIVE_BY = WordSet.of("reported", "announced", "revealed", "confirmed",
            "disclosed", "noted", "stated", "mentioned", "tweeted", "posted", "predicted");

    /**
     * A passive cue: {@code it was reported that CONTENT} (no speaker named) and {@code CONTENT was first
     * reported by X}; every other passive ({@code was told}, {@code is said to}) reports nothing here.
     *
     * @param aux the passive auxiliary before the cue
     */
    private static int passive(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c,
                               int aux, int last, List<Quote> out) {
        int a = aux;
        while (a > 0 && (k.in(a - 1, Lexicon.FORMS_OF_BE) || k.is(a - 1, "has") || k.is(a - 1, "had")
                || k.is(a - 1, "have"))) {
            a--;
        }
        if (a > 0 && (k.is(a - 1, "it") || k.is(a - 1, "it's")) && !(c + 1 < last && k.is(c + 1, "to"))) {
            int start = contentStart(t, k, c, last);
            if (start > c + 1 && k.is(start - 1, "that")) {
                int end = clauseEnd(t, k, start, last);
                if (words(k, start, end) >= MIN_WORDS) {
                    add(out, make(doc, view, actors, k, start, end, null, c, c + 1, "indirect.passive"));
                    return end;
                }
            }
            return c + 1;
        }
        if (!k.in(c, PASSIVE_BY) || a == 0) {
            return c + 1;
        }
        int by = c + 1;
        while (by < last && by - c <= 3 && !k.is(by, "by") && (k.in(by, Lexicon.TIME_WORDS) || isDay(k, by))) {
            by++;
        }
        if (by >= last || !k.is(by, "by")) {
            return c + 1;
        }
        Attribution.Np agent = Attribution.npForward(k, by + 1);
        Attribution.Np subject = Attribution.npBackward(k, c, 0);
        if (agent.empty() || subject.empty() || k.in(subject.from(), Lexicon.RELATIVE)
                || k.in(subject.from(), Lexicon.PRONOUNS)) {
            return c + 1;
        }
        add(out, make(doc, view, actors, k, subject.from(), subject.to(), agent, c, c + 1, "indirect.passive"));
        return agent.to();
    }

    /** Whether a reporting verb of the main clause stands within a few words after token w. */
    private static boolean answerFollows(Tokens k, int w, int last) {
        for (int i = w; i < last && i - w < 25; i++) {
            if (k.in(i, Lexicon.CUES) && !k.isCapitalised(i) && !k.in(i, Lexicon.WEAK_CUES)) {
                return true;
            }
            if (k.isClauseEnd(i) || k.isPunct(i, ':')) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of speech that report content after "that": {@code Trump’s claim that …}. */
    private static final WordSet SPEECH_NOUNS = WordSet.of("claim", "claims", "assertion", "assertions",
            "insistence", "warning", "warnings", "promise", "promises", "argument", "suggestion", "statement",
            "allegation", "allegations", "accusation", "accusations", "contention", "prediction", "pledge",
            "vow", "charge", "charges", "comment", "comments", "remark", "remarks", "announcement", "admission",
            "denial", "boast", "complaint", "declaration", "insinuation", "message");

    /** The words a clause is read at: a cue or a noun of speech (one question for the two sets). */
    private static final WordSet CUES_AND_SPEECH_NOUNS = WordSet.union(Lexicon.CUES, SPEECH_NOUNS);

    /**
     * Whether the subject {@code sub} of a cue after a comma opens with a speech noun that the cue's clause
     * describes ({@code …, a claim Kyiv denied}; {@code …, an allegation the company rejects}): a reduced relative
     * clause about the sentence before, not {@code CONTENT, X said}; but a preposition or a past participle after
     * the noun opens no clause's subject ({@code …, a statement from the ministry said}, {@code …, a statement
     * issued by the ministry said}: the statement speaks).
     */
    private static boolean reducedRelative(Tokens k, Attribution.Np sub) {
        int s = sub.from();
        return s + 2 < sub.to() && (k.is(s, "a") || k.is(s, "an") || k.is(s, "the")) && k.in(s + 1, SPEECH_NOUNS)
                && !k.in(s + 2, NO_SUBJECT_OPENERS) && !(k.endsWith(s + 2, "ed") && !k.isCapitalised(s + 2))
                || s >= 2 && k.in(s - 1, SPEECH_NOUNS) && (k.is(s - 2, "a") || k.is(s - 2, "an"));
    }

    /** Prepositions and past participles without {@code -ed} that cannot open a clause's subject. */
    private static final WordSet NO_SUBJECT_OPENERS = WordSet.of("from", "by", "of", "on", "in", "at", "to", "for",
            "with", "sent", "written", "made", "given", "put", "read");

    /** {@code Trump’s claim that CONTENT}: the possessor speaks. */
    private static int speechNoun(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c,
                                  int last, List<Quote> out) {
        int p = c - 1;
        boolean pronoun = p >= 0 && k.in(p, POSSESSIVES);
        if (p < 0 || c + 2 >= last || !(k.is(c + 1, "that") || k.is(c + 1, "to") && k.in(c, TO_NOUNS)
                && infinitive(k, c + 2)) || !pronoun && (!k.isCapitalised(p)
                || !(k.endsWith(p, "\u2019s") || k.endsWith(p, "'s")))) {
            return c + 1;
        }
        int from = p;
        while (!pronoun && from - 1 >= 0 && k.isCapitalised(from - 1) && p - from < 4) {
            from--;
        }
        int start = k.is(c + 1, "that") ? c + 2 : c + 1; // "his promise to build …": the infinitive with "to"
        int end = clauseEnd(t, k, start, last);
        if (words(k, start, end) < MIN_WORDS) {
            return c + 1;
        }
        add(out, make(doc, view, actors, k, start, end, new Attribution.Np(from, p + 1), c, c + 1,
                "indirect.speech_noun"));
        return end;
    }

    /** Possessive determiners that name the speaker of a speech noun: {@code his claim that …}. */
    private static final WordSet POSSESSIVES = WordSet.of("his", "her", "their", "its", "our", "my", "your");

    /** Speech nouns that take an infinitive: {@code her promise to resign}. */
    private static final WordSet TO_NOUNS = WordSet.of("promise", "promises", "pledge", "vow", "claim", "claims",
            "threat", "threats", "offer", "demand", "demands", "call", "calls", "request");

    /** Tries the cue at token c; @return the token to go on from */
    private static int cue(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c, int last,
                           List<Quote> out) {
        if (k.in(c, SPEECH_NOUNS) && !k.isCapitalised(c)) {
            int next = speechNoun(doc, view, actors, t, k, c, last, out);
            if (next > c + 1) {
                return next;
            }
        }
        if (!k.in(c, Lexicon.CUES) || k.isCapitalised(c) && c > 0 && !titleCase(k, c, last)
                || k.in(c, Lexicon.THINKING) || Attribution.nounUse(k, c) || attributive(k, c, last)) {
            return c + 1;
        }
        if (k.in(c, VOICE_CUES) && !thatSoon(k, c + 1, last)) {
            return c + 1; // "the actor laughed.", "she sighed when told": how a quote is voiced, no report of speech
        }
        boolean participle = k.in(c, Lexicon.PARTICIPLES);
        if (k.is(c, "asked") || k.is(c, "asks") || k.is(c, "asking") || k.is(c, "ask")) {
            // (not a bare "Ask" that opens the sentence: "Ask her about retirement and she laughs" bids the reader)
            return c == 0 && k.is(c, "ask") ? c + 1 : question(doc, view, actors, t, k, c, last, out);
        }
        if (weakWithoutContent(k, c, last, participle)) {
            return c + 1;
        }
        int pa = c - 1;
        while (pa > 0 && k.in(pa, Lexicon.AUX) && !k.in(pa, Lexicon.FORMS_OF_BE) && !k.isCapitalised(pa)) {
            pa--; // "was first reported"
        }
        if (pa >= 0 && pa < c - 1 && k.in(pa, Lexicon.FORMS_OF_BE) || c > 0 && k.in(c - 1, Lexicon.FORMS_OF_BE)) {
            return passive(doc, view, actors, t, k, c, pa, last, out);
        }
        if (c + 1 < last && k.is(c + 1, "to") && (c + 2 >= last || infinitive(k, c + 2) || k.isCapitalised(c))
                && !k.in(c, OBJECT_CUES) && !k.in(c, TO_CUES)) {
            return c + 1; // "was told", "is said to"; but "wrote to the council that …" reports
        }
        if (participle || c > 0 && k.is(c - 1, "to")) {
            return participleOrInfinitive(doc, view, actors, t, k, c, last, participle, out);
        }
        return finiteCue(doc, view, actors, t, k, c, last, out);
    }

    /** Whether {@code that} is token i or follows a day: {@code ruled on Tuesday that}, {@code agreed Monday that}. */
    private static boolean thatAfterDay(Tokens k, int i, int last) {
        int j = i + 1 < last && k.is(i, "on") && isDay(k, i + 1) ? i + 2 : i < last && isDay(k, i) ? i + 1 : i;
        return j < last && k.is(j, "that");
    }

    /**
     * Whether the weak cue at token c ({@code noted}, {@code claims}, …) reports nothing here: it is no
     * participle, no {@code call for}, has no {@code that} after it ({@link #thatAfterDay}), and is none of the
     * weak cues that report a clause after them ({@code claims he was …}, {@code the plan which he notes is …}).
     */
    private static boolean weakWithoutContent(Tokens k, int c, int last, boolean participle) {
        boolean callFor = (k.is(c, "called") || k.is(c, "calls") || k.is(c, "call")) && c + 1 < last
                && k.is(c + 1, "for");
        return k.in(c, Lexicon.WEAK_CUES) && !participle && !callFor && !thatAfterDay(k, c + 1, last)
                && !(k.in(c, CLAUSE_WEAK_CUES) && (clauseFollows(k, c + 1, last) || c + 1 < last && k.in(c + 1, FINITE)
                && c > 1 && k.in(c - 2, OBJECT_RELATIVES)));
    }

    /**
     * "…, saying CONTENT", "voters saying CONTENT", "rushed to say CONTENT" (rules {@code indirect.participle},
     * {@code indirect.infinitive}): the speaker of a participle is the noun right before it, or after a comma the
     * subject of the clause or sentence before ({@link #participleSubject}); the speaker of an infinitive is the
     * subject of the verb that governs it ({@link #controllerSubject}).
     *
     * @return the token to go on from
     */
    private static int participleOrInfinitive(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k,
                                              int c, int last, boolean participle, List<Quote> out) {
        if (c == 0 || !participle && writersHedge(k, c)) {
            return c + 1;
        }
        Attribution.Np who = !participle ? controllerSubject(k, c)
                : k.isPunct(c - 1, ',') ? participleSubject(k, c) // X issued a statement on Monday, saying …
                : k.is(c - 1, "as") ? Attribution.quotedAs(k, c, 0) // Interfax quoted X as saying …
                : Attribution.npBackward(k, c, 0); // voters saying …
        int start = contentStart(t, k, c, last);
        if (start < 0 || k.in(c, ACT_CUES) && !clauseAt(k, start, last)) {
            return c + 1; // "plans to add 20 companies to its list", "adding 24 rooms": an act, no words
        }
        int end = ownContentEnd(k, c, start, clauseEnd(t, k, start, last));
        if (words(k, start, end) >= MIN_WORDS) {
            add(out, make(doc, view, actors, k, start, end, who.empty() ? null : who, c, c + 1,
                    participle ? "indirect.participle" : "indirect.infinitive"));
            return end;
        }
        return c + 1;
    }

    /**
     * Words before the {@code to} of an infinitive cue whose subject is the speaker: verbs of doing or refusing it
     * ({@code declined to say}, {@code rushed to deny}, {@code chose not to explain}) and predicates of readiness
     * or time ({@code was quick to point out}, {@code has yet to say}, {@code is expected to announce}, {@code was
     * wrong to say}). A verb
     * whose object speaks ({@code urged voters to say}) is not among them.
     */
    private static final WordSet SUBJECT_CONTROL = WordSet.of("declined", "declines", "decline", "refused",
            "refuses", "refuse", "failed", "fails", "rushed", "rushes", "hastened", "hastens", "continued",
            "continues", "began", "begins", "chose", "chooses", "decided", "decides", "agreed", "agrees", "wanted",
            "wants", "tried", "tries", "sought", "seeks", "appeared", "appears", "seemed", "seems", "used", "likes",
            "liked", "loves", "prefers", "preferred", "planned", "plans", "intends", "intended", "hoped", "hopes",
            "managed", "dared", "yet", "quick", "quicker", "careful", "able", "unable", "willing", "unwilling",
            "eager", "keen", "ready", "reluctant", "hesitant", "prepared", "expected", "set", "due", "likely",
            "unlikely", "going", "about", "has", "have", "had", "right", "wrong", "correct");

    /** Predicates of {@code it is fair to say}: the writer's own hedge, not anybody's speech. */
    private static final WordSet HEDGES = WordSet.of("fair", "safe", "accurate", "true", "reasonable", "correct",
            "hard", "difficult", "easy", "important", "worth", "impossible", "possible", "fine", "right", "wrong");

    private static final WordSet IT_IS = WordSet.of("it's");

    /**
     * {@code It is fair to say CONTENT}, {@code it's safe to say}, {@code needless to say}, {@code suffice it to
     * say}: the infinitive cue at token c reports nobody's speech.
     */
    private static boolean writersHedge(Tokens k, int c) {
        int v = c - 2;
        if (v < 0) {
            return false;
        }
        if (k.is(v, "needless") || k.is(v, "suffice") || k.is(v, "it") && v > 0 && k.is(v - 1, "suffice")) {
            return true;
        }
        return k.in(v, HEDGES) && v >= 1 && (k.in(v - 1, IT_IS)
                || v >= 2 && k.in(v - 1, Lexicon.FORMS_OF_BE) && k.is(v - 2, "it"));
    }

    /** Verbs that link a subject to a predicate of readiness: {@code seemed ready to say}. */
    private static final WordSet LINKING = WordSet.of("seemed", "seems", "appeared", "appears", "looked", "looks",
            "remained", "remains", "became", "becomes");

    /**
     * The speaker of an infinitive cue ({@code A spokeswoman declined to say …}, {@code The governor has yet to
     * say …}): the subject of the verb or predicate before its {@code to} when that is one of
     * {@link #SUBJECT_CONTROL} (a {@code not} between them is read past: {@code chose not to say}), or of
     * {@code went on}.
     *
     * @return the subject, or an empty phrase
     */
    private static Attribution.Np controllerSubject(Tokens k, int c) {
        int v = c - 2;
        if (v >= 0 && k.is(v, "not")) {
            v--;
        } else if (v >= 1 && k.is(v, "on") && (k.is(v - 1, "went") || k.is(v - 1, "goes"))) {
            return Attribution.npBackward(k, v - 1, 0); // "went on to say"
        }
        if (v < 1 || !k.in(v, SUBJECT_CONTROL) || k.isCapitalised(v)) {
            return new Attribution.Np(0, 0);
        }
        if (v >= 2 && k.in(v - 1, LINKING)) {
            v--; // "seemed ready to say"
        }
        Attribution.Np sub = Attribution.npBackward(k, v, 0);
        return sub.empty() || k.in(sub.from(), Lexicon.RELATIVE) ? new Attribution.Np(0, 0) : sub;
    }

    /**
     * The speaker of a participle cue after a comma: the subject of a cue in the clause right before that comma
     * ({@code “…,” X said on the radio, adding that …}), else the sentence's subject ({@code The union issued a
     * statement, saying …}; {@link Attribution#sentenceSubject}).
     *
     * @return the subject, or an empty phrase
     */
    private static Attribution.Np participleSubject(Tokens k, int c) {
        Attribution.Np with = Attribution.withSubject(k, c, 0);
        if (!with.empty()) {
            return with;
        }
        Attribution.Np cued = Attribution.cueSubjectBefore(k, c - 1, 0);
        if (!cued.empty()) {
            return cued;
        }
        Attribution.Np subject = Attribution.sentenceSubject(k, 0, c);
        return Attribution.plausibleSubject(k, subject) ? subject : new Attribution.Np(0, 0);
    }

    /**
     * The content [start, end) of the cue at token c without what the speaker's sentence goes on with: a second
     * predicate ({@link #secondPredicate}), then a circumstance of the speaking ({@link #circumstance}).
     *
     * @return the new end, or {@code end}
     */
    private static int ownContentEnd(Tokens k, int c, int start, int end) {
        return circumstance(k, start, secondPredicate(k, c, start, end));
    }

    /**
     * A finite cue: its speaker and content on either side of it, tried rule by rule ({@code As X reported,
     * CONTENT}; {@code PART, X said, PART}; {@code CONTENT, X said}; {@code CONTENT, said X}; {@code X said
     * CONTENT}).
     *
     * @return the token to go on from
     */
    private static int finiteCue(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c,
                                 int last, List<Quote> out) {
        Attribution.Np sub = subjectBefore(k, c);
        int next = asReported(doc, view, actors, t, k, c, last, sub, out);
        if (next < 0) {
            next = cueInside(doc, view, actors, t, k, c, last, sub, out);
        }
        if (next < 0 && !sub.empty() && sub.outer() > 0 && k.isPunct(sub.outer() - 1, ',')
                && !k.in(sub.from(), Lexicon.RELATIVE) && (tail(k, c + 1, last, k.in(c, OBJECT_CUES))
                || participleTail(k, c + 1, last))
                && words(k, 0, sub.outer() - 1) >= MIN_WORDS && !frontedPhrase(k, 0, sub.outer() - 1)
                && !reducedRelative(k, sub)) {
            // CONTENT, X said.
            add(out, make(doc, view, actors, k, 0, sub.outer() - 1, sub, c, c + 1, "indirect.cue_after"));
            next = last;
        }
        if (next < 0 && c > 0 && k.isPunct(c - 1, ',') && (sub.empty() || sub.outer() > 0)) {
            next = invertedAfter(doc, view, actors, k, c, last, out);
        }
        return next >= 0 ? next : cueBefore(doc, view, actors, t, k, c, last, sub, out);
    }

    /**
     * The subject before the cue at token c: the noun phrase right before it (or before an adverb in "-ly":
     * {@code have vigorously denied}); for a cue that is not weak also one before an aside, a description, a
     * citation or a dash ({@link #asideSubject} and the others).
     */
    private static Attribution.Np subjectBefore(Tokens k, int c) {
        Attribution.Np sub = Attribution.npBackward(k, c, 0);
        if (sub.empty() && c > 1 && k.endsWith(c - 1, "ly") && !k.isCapitalised(c - 1) && k.isWord(c - 1)) {
            sub = Attribution.npBackward(k, c - 1, 0); // "have vigorously denied"
        }
        if (!sub.empty() || k.in(c, Lexicon.WEAK_CUES)) {
            return sub;
        }
        sub = asideSubject(k, c);
        if (sub.empty()) {
            sub = describedSubject(k, c);
        }
        if (sub.empty()) {
            sub = citingSubject(k, c);
        }
        if (sub.empty()) {
            sub = dashSubject(k, c);
        }
        return sub;
    }

    /**
     * {@code As X reported, CONTENT}, {@code As X reported on Tuesday, CONTENT}, {@code As reported by X, CONTENT}
     * (rule {@code indirect.as_reported}).
     *
     * @param sub the subject before the cue at token c
     * @return the token to go on from, or -1 when the rule does not apply
     */
    private static int asReported(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c,
                                  int last, Attribution.Np sub, List<Quote> out) {
        Attribution.Np by = c == 1 && k.is(0, "as") && c + 2 < last && k.is(c + 1, "by")
                ? Attribution.npForward(k, c + 2) : new Attribution.Np(0, 0);
        int as = sub.empty() ? -1 : sub.outer() - 1;
        boolean asClause = as >= 0 && k.is(as, "as") && (as == 0 || as == 1 && (k.is(0, "but") || k.is(0, "and")
                || k.is(0, "so") || k.is(0, "yet")) || k.isPunct(as - 1, ','));
        if (by.empty() && !asClause) {
            return -1;
        }
        int comma = by.empty() ? c + 1 : by.to();
        while (comma < last && comma - c <= 6 && !k.isPunct(comma, ',')) {
            comma++;
        }
        if (comma + 1 < last && k.isPunct(comma, ',') && (comma == c + 1 || !by.empty() && comma == by.to()
                || tail(k, c + 1, comma, false))) {
            int end = clauseEnd(t, k, comma + 1, last);
            if (words(k, comma + 1, end) >= MIN_WORDS) {
                add(out, make(doc, view, actors, k, comma + 1, end, by.empty() ? sub : by, c, c + 1,
                        "indirect.as_reported"));
                return end;
            }
        }
        return -1;
    }

    /**
     * {@code PART, X said, PART}: the attribution inside the content (rule {@code indirect.cue_inside}), also
     * with a circumstance or an addressee after the cue ({@code PART, X said in the video, PART}, {@code PART,
     * Ray told CNN, PART}).
     *
     * @param sub the subject before the cue at token c
     * @return the token to go on from, or -1 when the rule does not apply
     */
    private static int cueInside(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c,
                                 int last, Attribution.Np sub, List<Quote> out) {
        if (sub.empty() || sub.outer() == 0 || !k.isPunct(sub.outer() - 1, ',')) {
            return -1;
        }
        int inner = c + 1;
        if (inner + 1 < last && k.in(c, OBJECT_CUES)) {
            // "PART, the partner told them, PART", "PART, Ray told CNN, PART": the addressee
            int o = inner;
            while (o < last && o - inner < 3 && k.isWord(o) && k.isCapitalised(o)) {
                o++;
            }
            if (o == inner && (k.is(o, "him") || k.is(o, "her") || k.is(o, "them") || k.is(o, "us")
                    || k.is(o, "me") || k.is(o, "reporters"))) {
                o++;
            }
            if (o > inner && o < last && k.isPunct(o, ',')) {
                inner = o;
            }
        }
        if (inner < last && !k.isPunct(inner, ',') && k.in(inner, TAIL_OPENERS)) {
            while (inner < last && inner - c <= 8 && k.isWord(inner) && !k.is(inner, "that")) {
                inner++;
            }
        }
        if (inner + 1 < last && k.isPunct(inner, ',') && (k.in(inner + 1, Lexicon.PARTICIPLES)
                || k.in(inner + 1, Lexicon.CITING) || k.in(inner + 1, Lexicon.NAMING_PARTICIPLES))
                && words(k, 0, sub.outer() - 1) >= 1 && !frontedPhrase(k, 0, sub.outer() - 1)
                && !k.in(sub.from(), Lexicon.RELATIVE)) {
            // "PART, Reuters reported, citing two sources", "PART, a source said, adding that …", "PART, X said,
            // calling it “…”": the words after
            // the cue go on with the attribution, not with what was said (a participle's own content is read from
            // there on)
            add(out, make(doc, view, actors, k, 0, sub.outer() - 1, sub, c, c + 1, "indirect.cue_inside"));
            return inner + 1;
        }
        if (inner + 1 < last && k.isPunct(inner, ',') && participleAside(k, inner + 1, last)
                && (inner == c + 1 || tail(k, c + 1, inner, false)) && words(k, 0, sub.outer() - 1) >= MIN_WORDS
                && !frontedPhrase(k, 0, sub.outer() - 1) && !k.in(sub.from(), Lexicon.RELATIVE)) {
            // "PART, the ministry said, helped by chip sales", "PART, two sources said, speaking on condition of
            // anonymity": the writer's participle phrase, not the rest of what was said
            add(out, make(doc, view, actors, k, 0, sub.outer() - 1, sub, c, c + 1, "indirect.cue_inside"));
            return clauseEnd(t, k, inner + 1, last);
        }
        if (inner + 1 < last && k.isPunct(inner, ',')
                && !(inner > c + 1 && aside(k, inner + 1, last) && !finiteSoon(k, inner + 1, last, 8))
                && words(k, 0, sub.outer() - 1) >= 1 && !k.in(sub.from(), Lexicon.RELATIVE)) {
            int end = clauseEnd(t, k, inner + 1, last);
            if (writersTail(k, inner + 1, end) && words(k, 0, sub.outer() - 1) >= MIN_WORDS) {
                // "PART, the retailer said, after a backlash last year": the writer's circumstance or apposition
                add(out, make(doc, view, actors, k, 0, sub.outer() - 1, sub, c, c + 1, "indirect.cue_inside"));
                return end;
            }
            // "This campaign, he says, is different": a short predicate completes the subject before the cue
            if (words(k, inner + 1, end) >= MIN_WORDS || words(k, inner + 1, end) >= 1 && end >= last
                    && quoted(k, inner + 1, last) || k.in(inner + 1, FINITE)
                    && words(k, 0, sub.outer() - 1) + words(k, inner + 1, end) >= MIN_WORDS) {
                add(out, make(doc, view, actors, k, 0, sub.outer() - 1, inner + 1, end, sub, c, c + 1,
                        "indirect.cue_inside"));
                return end;
            }
        }
        return -1;
    }

    /**
     * Whether the words [from, to) after {@code PART, X said,} are the writer's, not the rest of what was said: a
     * circumstance or an apposition with no verb ({@code after a backlash last year}, {@code the highest figure this
     * year}); a predicate ({@code after talks, will be signed}) completes the part before the cue instead.
     */
    private static boolean writersTail(Tokens k, int from, int to) {
        if (from >= to || !k.in(from, TAIL_CIRCUMSTANCES) && !k.in(from, Lexicon.ARTICLES)) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (!k.isWord(j) && !k.isPunct(j, ',') && !k.isPunct(j, '.') || k.in(j, FINITE) || k.in(j, Lexicon.AUX)
                    || (k.endsWith(j, "ed") || k.endsWith(j, "ing")) && !k.in(j - 1, Lexicon.ARTICLES)
                    || k.in(j, Lexicon.RELATIVE) || k.isQuoteMark(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token i opens a participle phrase that reports nothing, after an attribution and its comma: an -ing
     * word that is no speech participle and no subject ({@code speaking on condition of anonymity}, {@code pointing
     * to the data}), or a past participle before {@code by} ({@code helped by strong chip sales}).
     */
    private static boolean participleAside(Tokens k, int i, int last) {
        if (!k.isWord(i) || k.isCapitalised(i) || k.in(i, Lexicon.PARTICIPLES) || k.in(i, Lexicon.CITING)
                || k.in(i, Lexicon.NAMING_PARTICIPLES) || k.in(i, Lexicon.CUES) || k.in(i, FINITE)) {
            return false;
        }
        return k.endsWith(i, "ing") && !k.in(i, ING_NOT_PARTICIPLES) && !finiteSoon(k, i + 1, last, GERUND_SUBJECT)
                || i + 1 < last && k.is(i + 1, "by") && pastShape(k, i);
    }

    /**
     * Words in -ing that open no participle phrase of the writer's: nouns, and prepositions that go on with what
     * was said ({@code …, he said, including two in Ohio}).
     */
    private static final WordSet ING_NOT_PARTICIPLES = WordSet.of("thing", "things", "nothing", "something",
            "everything", "anything", "including", "excluding", "regarding", "concerning");

    /**
     * The most words after an -ing word before a finite verb that make it the subject of the rest of what was said
     * ({@code replacing Clinton would be …}), not a participle phrase.
     */
    private static final int GERUND_SUBJECT = 4;

    /** Prepositions that open a circumstance the writer adds after an attribution inside the content. */
    private static final WordSet TAIL_CIRCUMSTANCES = WordSet.of("after", "amid", "despite", "following", "before",
            "during", "since");

    /**
     * Whether a word after the first of a phrase read as a noun phrase is an irregular past tense: "said the river
     * rose overnight" is the cue and its content (after "A woman from Tulsa, Oklahoma,"), no inverted speaker.
     */
    private static boolean pastInside(Tokens k, Attribution.Np np) {
        for (int i = np.from() + 1; i < np.to(); i++) {
            if (k.isWord(i) && !k.isCapitalised(i) && k.in(i, Lexicon.SIMPLE_PAST)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code CONTENT, said X} after a comma (rule {@code indirect.cue_after}): the speaker after the cue at token
     * c, with the examples it names ({@code say experts like Pia Lund}) and an aside after it.
     *
     * @return the token to go on from, or -1 when the rule does not apply
     */
    private static int invertedAfter(Document doc, TextView view, ActorAnalysis actors, Tokens k, int c, int last,
                                     List<Quote> out) {
        Attribution.Np inv = titledName(k, Attribution.invertedSpeaker(k, c + 1), last);
        if (!inv.empty() && inv.to() + 1 < last && k.is(inv.to(), "like")) {
            // CONTENT, say experts like Pia Lund, who …: the examples belong to the speaker phrase
            Attribution.Np example = Attribution.npForward(k, inv.to() + 1);
            if (!example.empty() && k.isCapitalised(example.from())) {
                inv = new Attribution.Np(inv.from(), example.to());
            }
        }
        boolean relativeTail = inv.to() + 1 < last && k.isPunct(inv.to(), ',') && (k.in(inv.to() + 1, Lexicon.RELATIVE)
                || aside(k, inv.to() + 1, last)) || inv.to() < last && (k.is(inv.to(), "who") || k.is(inv.to(), "whose"));
        if (!inv.empty() && (k.isCapitalised(inv.from()) || k.in(inv.from(), Lexicon.DETERMINERS)
                || k.in(inv.from(), Lexicon.GROUP_NOUNS) || named(k, inv)) && !pastInside(k, inv)
                && (relativeTail || last - inv.to() <= 5
                && tail(k, inv.to(), last, false))
                && words(k, 0, c - 1) >= MIN_WORDS) {
            add(out, make(doc, view, actors, k, 0, c - 1, inv, c, c + 1, "indirect.cue_after"));
            return relativeTail ? inv.to() + 1 : last; // an aside may report on its own: ", who notes that …"
        }
        return -1;
    }

    /**
     * Cues that report words only with a clause after them: without one they name an act ({@code conceded the race},
     * {@code conceded shortly after midnight}, {@code added the drug to its list}, {@code pleaded guilty to fraud}).
     * {@code declared} is one only before the object of an act ({@link #declaredAct}): news and the corpus read
     * {@code declared victory}, {@code declared an air defense zone} as what was declared.
     */
    private static final WordSet ACT_CUES = WordSet.of("concede", "concedes", "conceded", "conceding", "add", "adds",
            "added", "adding", "plead", "pleads", "pleaded", "pleading");

    /** Subjects that deny anyone spoke: {@code No group}, {@code Nobody}, {@code None of them}. */
    private static final WordSet NO_ONE = WordSet.of("no", "nobody", "none", "noone", "neither");

    /** Forms of {@code declare}: an act before {@link #DECLARED_ACTS}, a report of speech otherwise. */
    private static final WordSet DECLARE_CUES = WordSet.of("declare", "declares", "declared", "declaring");

    /** What is declared by an act rather than a statement: {@code declared an emergency}, {@code declared war}. */
    private static final WordSet DECLARED_ACTS = WordSet.of("emergency", "war", "bankruptcy", "independence",
            "curfew", "holiday", "ceasefire", "cease-fire", "truce", "martial", "disaster", "lockdown", "quarantine",
            "amnesty", "mourning", "dividend", "moratorium", "state");

    /**
     * Whether the object from token {@code start} is an act of declaring ({@code an emergency}, {@code a state of
     * emergency}, {@code a national day of mourning}): its head, within a few words, is one of
     * {@link #DECLARED_ACTS}.
     */
    private static boolean declaredAct(Tokens k, int start, int last) {
        for (int i = start; i < last && i - start < 5 && k.isWord(i); i++) {
            if (k.in(i, DECLARED_ACTS)) {
                return true;
            }
            if (k.in(i, FINITE) || k.is(i, "that") || k.isCapitalised(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code X said (that) CONTENT}, also {@code leaders who say CONTENT} (the speaker is the noun before
     * {@code who}), {@code X arrived and said CONTENT} (the subject of the sentence speaks) and a subject the
     * noun-phrase search does not take; the answer and pro-form a plain verb of saying takes ({@code said
     * yes}, {@code said so}).
     *
     * @param sub the subject before the cue at token c
     * @return the token to go on from
     */
    private static int cueBefore(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c,
                                 int last, Attribution.Np sub, List<Quote> out) {
        boolean relative = false;
        if (!sub.empty() && k.in(sub.from(), Lexicon.RELATIVE)) {
            int r = sub.from();
            relative = k.is(r, "who") || k.is(r, "whom");
            Attribution.Np ante = r > 1 && k.isPunct(r - 1, ',') ? Attribution.npBackward(k, r - 1, 0) // "X, who say"
                    : r > 0 ? Attribution.npBackward(k, r, 0) : new Attribution.Np(0, 0);
            sub = ante.empty() || k.in(ante.from(), Lexicon.RELATIVE) ? new Attribution.Np(0, 0)
                    : Attribution.namedEnd(k, ante);
        }
        if (sub.empty() && c > 1 && k.isPunct(c - 1, '%') && Character.isDigit(k.first(c - 2))) {
            sub = new Attribution.Np(c - 2, c); // "42% say CONTENT"
        }
        boolean conjoined = false;
        int conj = c - 1;
        while (conj > 1 && k.in(conj, Lexicon.AUX) && !k.isCapitalised(conj)) {
            conj--; // "… but has repeatedly denied CONTENT"
        }
        int fronted = sub.empty() ? Attribution.frontedPhrase(k, conj, 0) : -1;
        if (fronted >= 0) {
            conj = fronted - 1; // "… but in a later interview said CONTENT"
        }
        if (sub.empty() && conj > 0 && (k.is(conj, "and") || k.is(conj, "but"))
                && (!k.in(c, Lexicon.WEAK_CUES) || c + 1 < last && k.is(c + 1, "that"))
                && (k.endsWith(c, "ed") || k.endsWith(c, "s") || conj < c - 1 || k.is(c, "said") || k.is(c, "told")
                || k.is(c, "wrote") || c + 1 < last && k.is(c + 1, "that"))) {
            // "X arrived in Ohio and said CONTENT": the subject of the sentence speaks
            Attribution.Np subject = Attribution.sentenceSubject(k, 0, c);
            conjoined = true;
            sub = Attribution.plausibleSubject(k, subject) ? subject : new Attribution.Np(0, 0);
        }
        // "her campaign workers here said CONTENT", "although history says CONTENT": a subject the noun-phrase
        // search does not take; a plain verb of saying followed by a clause reports it all the same
        boolean unnamed = sub.empty() && !relative && !conjoined && !k.in(c, Lexicon.WEAK_CUES)
                && unnamedSubject(k, c);
        if (sub.empty() && !relative && !conjoined && !unnamed) {
            return c + 1;
        }
        int answer = answer(doc, view, actors, t, k, c, last, sub, out);
        if (answer >= 0) {
            return answer;
        }
        int start = contentStart(t, k, c, last);
        boolean act = k.in(c, ACT_CUES) || start >= 0 && k.in(c, DECLARE_CUES) && declaredAct(k, start, last);
        boolean clause = (unnamed || act) && start >= 0 && clauseAt(k, start, last);
        if (start < 0 || unnamed && !clause) {
            return c + 1;
        }
        int end = clauseEnd(t, k, start, last);
        int cut = ownContentEnd(k, c, start, end);
        boolean shortened = cut < end; // a second predicate or a circumstance of the speaking cut off
        end = cut;
        if (!relative && !conjoined) {
            int next = objectRelative(doc, view, actors, k, c, sub, start, end, out);
            if (next >= 0) {
                return next;
            }
        }
        if (act && !clause || addresseeWith(actors, k, start, end)) {
            return c + 1;
        }
        // "said of the plan": its topic, unless a quotation follows ("said of the plan, “…”")
        boolean topic = start == c + 2 && (k.is(c + 1, "of") || k.is(c + 1, "about"))
                && !k.isPunct(k.size() - 1, ',') && !k.isPunct(k.size() - 1, ':');
        // "confirmed a judge", "reported no arrests": a short object of a verb that takes one
        boolean shortObject = start == c + 1 && words(k, start, end) == 2 && k.in(start, Lexicon.DETERMINERS)
                && !k.is(start, "that") && !k.in(c, SAY_VERBS) && end >= last && k.endsWith(c, "ed");
        if (words(k, start, end) >= MIN_WORDS || topic && words(k, start, end) >= 1 || shortObject
                || shortened && words(k, start, end) >= 1 && !(end - start == 1 && (k.in(start, Lexicon.PRONOUNS)
                || k.in(start, Lexicon.DETERMINERS))) // "claimed self-defence and was cleared", not "said it"
                || ellipsis(k, c, start, end, last)) {
            add(out, make(doc, view, actors, k, start, end, sub.empty() ? null : sub, c, c + 1,
                    topic ? "indirect.topic" : relative ? "indirect.relative" : conjoined ? "indirect.conjoined"
                    : "indirect.cue_before"));
            return end;
        }
        return c + 1;
    }

    /**
     * Whether the content [start, end) is a person and {@code with} an instrument, no clause: {@code threatened his
     * neighbour with a crossbow}, {@code presented the mayor with a petition} (whom the act was aimed at, not what
     * was said; not {@code described an interaction with Clinton}).
     */
    private static boolean addresseeWith(ActorAnalysis actors, Tokens k, int start, int end) {
        Attribution.Np obj = Attribution.npForward(k, start);
        if (obj.empty() || obj.to() >= end || !k.is(obj.to(), "with")) {
            return false;
        }
        int from = k.start(obj.from());
        int to = k.end(obj.to() - 1);
        int first = actors.firstMentionFrom(from);
        ViewMention m = first < actors.mentions().size() ? actors.mentions().get(first) : null;
        if (m == null || m.start() != from || m.end() != to || m.actor() < 0 || m.actor() >= actors.actors().size()
                || actors.actors().get(m.actor()).kind() != ActorKind.PERSON
                && actors.actors().get(m.actor()).kind() != ActorKind.GROUP) {
            return false; // (an actor's own mention, the whole object: not "his candidacy", nor "Clinton's meetings")
        }
        for (int i = start; i < end; i++) {
            if (k.in(i, FINITE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a plain verb of saying at token c reports in a word or two (rule {@code indirect.answer}): the answer
     * ({@code 46 percent said yes}, {@code he said no to the war}) or a pro-form for what was said before
     * ({@code a third of the crews said so in March}, {@code most said the same}).
     *
     * @param sub the speaker (may be empty)
     * @return the token to go on from, or -1 when the rule does not apply
     */
    private static int answer(Document doc, TextView view, ActorAnalysis actors, String t, Tokens k, int c, int last,
                              Attribution.Np sub, List<Quote> out) {
        if (c + 1 >= last || !k.in(c, SAY_VERBS) || k.in(c, Lexicon.PARTICIPLES)) {
            return -1;
        }
        if ((k.is(c + 1, "yes") || k.is(c + 1, "no")) && (c + 2 >= last || !k.isWord(c + 2) || k.is(c + 2, "to")
                || k.is(c + 2, "and") || k.is(c + 2, "but"))) {
            int end = c + 2 < last && k.is(c + 2, "to") ? clauseEnd(t, k, c + 1, last) : c + 2;
            add(out, make(doc, view, actors, k, c + 1, end, sub.empty() ? null : sub, c, c + 1,
                    "indirect.answer"));
            return end;
        }
        int pro = proForm(k, c + 1, last);
        if (pro > 0) {
            add(out, make(doc, view, actors, k, c + 1, pro, sub.empty() ? null : sub, c, c + 1, "indirect.answer"));
            return pro;
        }
        return -1;
    }

    /**
     * {@code a policy which critics say has failed}, {@code a decision they say allowed …}, {@code the data that
     * investigators said they found} (rule {@code indirect.object_relative}): the speaker's words are the relative
     * pronoun (or the noun it leaves out) and what follows the cue at token c.
     *
     * @param sub   the subject before the cue
     * @param start the content's start
     * @param end   its end
     * @return the token to go on from, or -1 when the rule does not apply
     */
    private static int objectRelative(Document doc, TextView view, ActorAnalysis actors, Tokens k, int c,
                                      Attribution.Np sub, int start, int end, List<Quote> out) {
        if (sub.empty() || sub.from() == 0) {
            return -1;
        }
        int rel = k.is(sub.from() - 1, "even") ? sub.from() - 2 : sub.from() - 1;
        boolean relWord = rel >= 0 && k.in(rel, OBJECT_RELATIVES) && !(rel > 0 && (k.in(rel - 1, Lexicon.CUES)
                || k.is(rel, "that") && complementTaker(k, rel - 1)));
        if (!(k.in(start, FINITE) || k.endsWith(start, "ed") && !k.isCapitalised(start) || relWord)
                || words(k, start, end) < 1) {
            return -1;
        }
        int head = relWord ? rel : objectRelativeHead(k, sub.from());
        if (head < 0) {
            return -1;
        }
        if (head > 0 && k.isPunct(head - 1, ',')) {
            for (int q = start + 1; q < end; q++) {
                if (k.isPunct(q, ',')) {
                    end = q; // "The union, which critics say has grown too strong, rejected …"
                    break;
                }
            }
        }
        add(out, make(doc, view, actors, k, head, relWord ? rel + 1 : sub.from(), start, end, sub, c, c + 1,
                "indirect.object_relative"));
        return end;
    }

    /**
     * Whether the word at i takes a clause with {@code that} (a verb of knowing or perceiving, or a past form), so
     * that a {@code that} after it opens a clause rather than a relative ({@code The court heard that Pyle had
     * threatened …}; not {@code the plan that Pyle announced}).
     */
    private static boolean complementTaker(Tokens k, int i) {
        return k.isWord(i) && !k.isCapitalised(i) && (k.in(i, Lexicon.THINKING) || k.in(i, PERCEIVING)
                || k.endsWith(i, "ed"));
    }

    /** Verbs of perceiving and showing (beside those of thinking) that are not past forms in {@code -ed}. */
    private static final WordSet PERCEIVING = WordSet.of("heard", "hear", "hears", "found", "find", "finds", "learnt",
            "saw", "see", "sees", "shows", "show", "suggests", "suggest", "means", "meant");

    /**
     * The end of a pro-form right after a plain verb of saying that stands for what was said before, or -1:
     * {@code so} or {@code the same}, followed by the end of the clause, a comma, or a circumstance
     * ({@code said so in May}); {@code said the same of the mayor} is read as content with its topic.
     */
    private static int proForm(Tokens k, int i, int last) {
        int end = k.is(i, "so") ? i + 1 : i + 1 < last && k.is(i, "the") && k.is(i + 1, "same") ? i + 2 : -1;
        if (end < 0) {
            return -1;
        }
        return end >= last || !k.isWord(end) && !k.isQuoteMark(end) || k.in(end, TAIL_OPENERS) && !k.is(end, "for")
                ? end : -1;
    }

    /** Modals and auxiliaries that end an elliptical clause: {@code she said she would}. */
    private static final WordSet ELLIPSIS_AUX = WordSet.of("would", "could", "will", "can", "did", "does", "do",
            "should", "might", "may", "must", "had", "has", "have", "was", "were", "is", "are");

    /**
     * Whether the content after a plain verb of saying is an elliptical clause, a pronoun and an auxiliary
     * ending the clause, or its part before a comma or dash ({@code Its members said it could.}, {@code They
     * said they would not.}, {@code as the clerk said he would, and …}): the answer to what was asked before,
     * reported in full.
     */
    private static boolean ellipsis(Tokens k, int c, int start, int end, int last) {
        if (!k.in(c, SAY_VERBS) || k.in(c, Lexicon.PARTICIPLES) || end != last && !k.isPunct(end, ',') && !dash(k, end)
                || start != c + 1
                || !(k.in(start, SUBJECT_PRONOUNS) || k.is(start, "it"))) {
            return false;
        }
        int a = start + 1;
        if (a >= end || !k.in(a, ELLIPSIS_AUX)) {
            return false;
        }
        return a + 1 == end || a + 2 == end && k.is(a + 1, "not");
    }

    /** Words that, right before a verb of saying, make it something other than a subject's report. */
    private static final WordSet NOT_SUBJECT = WordSet.of("as", "than", "to", "and", "or", "but", "nor", "not",
            "what", "how", "why", "when", "where", "whether", "if", "the", "a", "an", "so", "it", "is", "was",
            "let", "never", "ever", "i", "you");

    /**
     * Whether the word before the verb of saying at token c (past its auxiliaries) can end a subject the
     * noun-phrase search did not take: a lower-case word that is no conjunction, relative, article or pronoun.
     */
    private static boolean unnamedSubject(Tokens k, int c) {
        int p = beforeAux(k, c);
        return p >= 0 && p < c && !k.isCapitalised(c) && k.isWord(p) && !k.in(p, NOT_SUBJECT)
                && !k.in(p, Lexicon.RELATIVE) && !k.in(p, Lexicon.CUES) && !k.in(p, Lexicon.AUX)
                && !k.in(p, Lexicon.PRONOUNS) && !(p > 0 && k.in(p - 1, Lexicon.RELATIVE));
    }

    /**
     * @return the token before the cue at {@code c} and the auxiliaries and time phrases before it ({@code has
     *         also said}: the token before {@code has}; {@code on Monday said}: the token before {@code on}), not
     *         below 0 (-1 when {@code c} is 0)
     */
    private static int beforeAux(Tokens k, int c) {
        return Attribution.subjectEnd(k, c, 1);
    }

    /** Weak cues that report speech when a clause follows them: {@code Trump claims he is …}. */
    private static final WordSet CLAUSE_WEAK_CUES = WordSet.of("claims", "writes", "notes", "note", "claiming");

    /** Whether a content starting at token i is a clause: after {@code that}, or one {@link #clauseFollows}. */
    private static boolean clauseAt(Tokens k, int i, int last) {
        return i > 0 && k.is(i - 1, "that") || clauseFollows(k, i, last);
    }

    /**
     * Whether a finite clause starts at token i: a subject pronoun, or a short noun phrase followed by a finite
     * auxiliary or copula ({@code the plan was}, {@code Clinton has}).
     */
    private static boolean clauseFollows(Tokens k, int i, int last) {
        if (i >= last) {
            return false;
        }
        if (k.in(i, SUBJECT_PRONOUNS) || k.is(i, "it") && i + 1 < last && k.in(i + 1, FINITE)) {
            return true;
        }
        if (!(k.isCapitalised(i) || k.in(i, Lexicon.DETERMINERS) && !k.is(i, "that"))) {
            return false;
        }
        for (int j = i + 1; j < last && j - i <= 5; j++) {
            if (k.in(j, FINITE)) {
                return true;
            }
            if (!k.isWord(j) && !(k.isPunct(j, '\'') || k.isPunct(j, '\u2019'))) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "we", "i", "he's", "she's",
            "they're", "we're", "i'm", "it's", "he'd", "she'd", "they'd", "we'd", "i'd", "he'll", "she'll",
            "they'll", "we'll", "i'll", "they've", "we've", "i've");

    /**
     * Whether the capitalised cue at token c stands in a headline written in title case ({@code Trump Says He
     * Will Win}): the words around it are capitalised too.
     */
    private static boolean titleCase(Tokens k, int c, int last) {
        if (c == 0 || c + 2 >= last || !k.isCapitalised(c - 1) || !k.isCapitalised(c + 1)) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (int i = 0; i < last; i++) {
            if (k.isWord(i) && !Character.isDigit(k.first(i))) {
                words++;
                if (k.isCapitalised(i)) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 4 >= words * 3;
    }

    /**
     * Whether a report of its own starts at token w after {@code and}/{@code but}: auxiliaries, then a strong
     * verb of speech ({@code but did not suggest}, {@code and has since said}); not a passive ({@code and was
     * told}), a modal ({@code would review the law and would announce …} is one content) nor an infinitive.
     */
    private static boolean anotherReport(Tokens k, int w, int last) {
        int v = w;
        while (v < last && v - w < 4 && k.in(v, Lexicon.AUX) && !k.isCapitalised(v)) {
            if (k.in(v, Lexicon.FORMS_OF_BE) || k.in(v, Lexicon.MODALS)) {
                return false; // "and would announce …" shares the content's modal: the content goes on
            }
            v++;
        }
        return v > w && v < last && k.in(v, Lexicon.CUES) && !k.in(v, Lexicon.WEAK_CUES) && !k.isCapitalised(v)
                && !k.in(v, Lexicon.PARTICIPLES) && !(v + 1 < last && k.is(v + 1, "to"));
    }

    /** Whether a subject and a reporting verb of its own start at token w: {@code the owners said}. */
    private static boolean subjectReport(Tokens k, int w, int last) {
        Attribution.Np sub = Attribution.npForward(k, w);
        if (sub.empty() || sub.from() != w) {
            return false;
        }
        int v = sub.to();
        while (v < last && v - sub.to() < 3 && k.in(v, Lexicon.AUX) && !k.isCapitalised(v)) {
            v++;
        }
        return v < last && k.in(v, Lexicon.CUES) && !k.in(v, Lexicon.WEAK_CUES) && !k.isCapitalised(v)
                && !k.in(v, Lexicon.PARTICIPLES) && !k.in(v, Lexicon.THINKING);
    }

    /**
     * Whether the past form of a cue at token c modifies the plural noun after it, a count before it
     * ({@code 90 pledged votes}, {@code 40 reported cases}): an adjective, not a report; unlike
     * {@code 300 said they …} or {@code 120 said prices …} ({@code said} and {@code told} are never adjectives).
     */
    private static boolean attributive(Tokens k, int c, int last) {
        int n = c + 1;
        return c > 0 && n < last && Character.isDigit(k.first(c - 1)) && pastForm(k, c) && !k.in(c, SAY_VERBS)
                && k.isWord(n) && !k.isCapitalised(n) && k.endsWith(n, "s") && !k.endsWith(n, "ss")
                && !k.in(n, Lexicon.DETERMINERS) && !k.in(n, SUBJECT_PRONOUNS) && !k.in(n, FINITE) && !k.is(n, "yes");
    }

    /** Words that open a fronted concessive clause or phrase: the writer's framing of the statement after it. */
    private static final WordSet SCENE_OPENERS = WordSet.of("despite", "although", "though", "unlike",
            "notwithstanding");

    /** Whether nothing but punctuation follows token {@code from} up to {@code last}. */
    private static boolean endsClause(Tokens k, int from, int last) {
        return words(k, from, last) == 0;
    }

    /** How far {@link #saidCue} reads for the reporting verb after the subject. */
    private static final int MAX_SUBJECT_TOKENS = 12;

    /**
     * The reporting verb of tokens [0, end) when they open with a subject and a reporting verb of their own ({@code X
     * said …}), or -1.
     */
    private static int saidCue(Tokens k, int end) {
        for (int c = 1; c < end && c < MAX_SUBJECT_TOKENS; c++) {
            if (k.isPunct(c, ',') || k.isClauseEnd(c) || k.isQuoteMark(c)) {
                return -1;
            }
            if (k.in(c, Lexicon.CUES) && !k.in(c, Lexicon.WEAK_CUES) && !k.isCapitalised(c)
                    && !k.in(c - 1, Lexicon.DETERMINERS) && !Attribution.nounUse(k, c)) {
                // (not "all reported contributions", an adjective; nor "What Romney has said", no subject)
                Attribution.Np sub = Attribution.npBackward(k, c, 0);
                return !sub.empty() && sub.outer() == 0 && !k.is(0, "what") ? c : -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code that} opens the content of reporting verb c, right after it (before the source's aside at
     * {@code comma}) or right after the aside ({@code told reporters, according to Reuters, that …}).
     */
    private static boolean thatAround(Tokens k, int c, int comma, int after, int last) {
        int w = firstWord(k, after, last);
        return comma == c + 2 && k.is(c + 1, "that") && w < last || w + 1 < last && k.is(w, "that");
    }

    /** The first word token from {@code from} on, or {@code last}. */
    private static int firstWord(Tokens k, int from, int last) {
        int w = from;
        while (w < last && !k.isWord(w)) {
            w++;
        }
        return w;
    }

    /**
     * Where the part of a clause ending at token {@code end} that {@code , according to X} attributes starts:
     * a trailing relative clause ({@code the levy, which rose by half, according to …}), the statement after a
     * colon, or the clause after a fronted concessive phrase ({@code Despite the storm, the ferry ran on time,
     * according to …}: the writer's framing); else the whole clause (token 0). A fronted condition or time
     * ({@code When …, }, {@code If …, }) belongs to the statement and stays.
     */
    private static int attributedPart(Tokens k, int end) {
        for (int p = end - 1; p > 0; p--) {
            if (k.isQuoteMark(p) || k.isClauseEnd(p)) {
                break;
            }
            if (k.isPunct(p, ':') && words(k, p + 1, end) >= MIN_WORDS) {
                return p + 1;
            }
            if (k.isPunct(p, ',')) {
                if (p + 1 < end && (k.is(p + 1, "which") || k.is(p + 1, "who")) && words(k, p + 1, end) >= MIN_WORDS) {
                    return p + 1;
                }
                break;
            }
        }
        if (k.in(0, SCENE_OPENERS) || k.is(0, "but") && k.in(1, SCENE_OPENERS)) {
            for (int p = 1; p < end; p++) {
                if (k.isPunct(p, ',')) {
                    int w = p + 1;
                    return w < end && words(k, w, end) >= MIN_WORDS && (k.in(w, Lexicon.DETERMINERS)
                            || k.isCapitalised(w) || k.in(w, Lexicon.PRONOUNS)) ? w : 0;
                }
                if (k.isQuoteMark(p) || k.isClauseEnd(p)) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** Words that open an aside after the subject of a content: {@code that Holt, a former pilot, would …}. */
    private static final WordSet ASIDE_STARTS = WordSet.of("a", "an", "the", "then", "now", "formerly", "which",
            "who", "whose");

    /** Most words of a subject that an aside follows. */
    private static final int ASIDE_SUBJECT_WORDS = 6;

    /** Most tokens of an aside between the subject of a content and its verb. */
    private static final int ASIDE_TOKENS = 25;

    /**
     * The comma that closes an aside between the subject of a content and its verb, or -1: the content
     * [from, comma) is a short subject (a name or a determiner phrase, no verb), the aside after the comma at
     * token {@code comma} opens with an article, a relative pronoun, {@code then} or a participle ({@code
     * that Holt, a former pilot, would …}, {@code the tax, which rose last year, was …}, {@code the plan,
     * backed by the union, was …}) and runs to the next comma, and a finite verb follows that comma.
     */
    private static int subjectAside(Tokens k, int from, int comma, int last) {
        int w = comma + 1;
        if (w >= last || comma - from > ASIDE_SUBJECT_WORDS || words(k, from, comma) != comma - from
                || !(k.isCapitalised(from) || k.in(from, Lexicon.DETERMINERS)) || k.in(from, Lexicon.RELATIVE)
                || !(k.in(w, ASIDE_STARTS) || pastForm(k, w) && w + 1 < last && k.is(w + 1, "by"))) {
            return -1;
        }
        for (int i = from; i < comma; i++) {
            if (k.in(i, FINITE) || k.in(i, Lexicon.CUES) || k.in(i, Lexicon.AUX) || pastForm(k, i)) {
                return -1;
            }
        }
        for (int j = w + 1; j + 1 < last && j - w <= ASIDE_TOKENS; j++) {
            if (k.isPunct(j, ',')) {
                int v = pastAdverbs(k, j + 1, last);
                return k.in(v, FINITE) || pastForm(k, v) && !(v + 1 < last && k.is(v + 1, "by")) ? j : -1;
            }
            if (k.isClauseEnd(j) || k.isQuoteMark(j) || k.isPunct(j, ':') || k.isPunct(j, '(')
                    || k.in(j, Lexicon.CUES) && !k.in(j, Lexicon.WEAK_CUES)) {
                return -1;
            }
        }
        return -1;
    }

    /** Most tokens of an apposition between {@code according to X,} and the content. */
    private static final int APPOSITION_MAX = 12;

    /**
     * {@code according to X, a shipping analyst at the port, CONTENT}: the comma that closes an apposition to X
     * right after it — a phrase opened by an article, without a verb, or a relative clause — followed by a clause
     * that starts with a subject; or -1.
     */
    private static int appositionEnd(Tokens k, int from, int last) {
        int j = from < last && k.in(from, Lexicon.RELATIVE) ? relativeEnd(k, from, last)
                : articlePhraseEnd(k, from, last);
        if (j < 0) {
            return -1;
        }
        return contentSubjectAt(k, j + 1, last) ? j : -1;
    }

    /**
     * Whether a content's subject opens at i (a name, a determiner, a pronoun, a number or a plural noun, no
     * relative) with words enough.
     */
    private static boolean contentSubjectAt(Tokens k, int i, int last) {
        return i < last && (k.isCapitalised(i) || k.in(i, Lexicon.DETERMINERS) || k.in(i, Lexicon.PRONOUNS)
                || Character.isDigit(k.first(i)) || Attribution.names(k, i)) && !k.in(i, Lexicon.RELATIVE)
                && words(k, i, last) >= MIN_WORDS;
    }

    /**
     * The comma that closes a phrase opened by an article at {@code from} (words only, no auxiliary, cue or relative
     * pronoun in it, at most {@link #APPOSITION_MAX} tokens), or -1.
     */
    private static int articlePhraseEnd(Tokens k, int from, int last) {
        if (from >= last || !(k.is(from, "a") || k.is(from, "an") || k.is(from, "the"))) {
            return -1;
        }
        for (int j = from + 1; j < last && j - from <= APPOSITION_MAX; j++) {
            if (k.isPunct(j, ',')) {
                return j;
            }
            if (!k.isWord(j) || k.in(j, Lexicon.AUX) || k.in(j, Lexicon.CUES) || k.in(j, Lexicon.RELATIVE)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The comma that closes a relative clause opened at {@code from} ({@code according to Vesna Radic, who heads
     * incident response at the firm, the malware …}): words only, at most {@link #APPOSITION_MAX} tokens; or -1.
     */
    private static int relativeEnd(Tokens k, int from, int last) {
        for (int j = from + 1; j < last && j - from <= APPOSITION_MAX; j++) {
            if (k.isPunct(j, ',')) {
                return j;
            }
            if (!k.isWord(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** The most words of a name set off by commas after the source of {@code according to}. */
    private static final int NAME_MAX = 4;

    /**
     * Where a name set off by commas after the source ends ({@code according to a spokeswoman, Lena Marsh, the
     * stadium …}): the comma after two to four capitalised words, when a subject without an apposition of its own
     * follows it; else -1.
     */
    private static int nameAppositionEnd(Tokens k, int from, int last) {
        int j = from;
        while (j < last && j - from < NAME_MAX && k.isWord(j) && k.isCapitalised(j)) {
            j++;
        }
        if (j - from < 2 || j + 1 >= last || !k.isPunct(j, ',')) {
            return -1;
        }
        // "according to an FBI summary, Cheryl Mills, a top aide, sent …": a name with an apposition of its own
        // opens the content
        return contentSubjectAt(k, j + 1, last) && articlePhraseEnd(k, j + 1, last) < 0 ? j : -1;
    }

    /**
     * The object of {@code according to} when the speaker search does not take it (its words include a cue
     * word: {@code a post from X}, {@code state records}): the words up to the next comma, dash or clause end,
     * at most ten.
     */
    private static Attribution.Np sourcePhrase(Tokens k, int from, int last) {
        int j = from;
        while (j < last && j - from < 10 && (k.isWord(j) || k.isPunct(j, '\'') || k.isPunct(j, '\u2019'))) {
            j++;
        }
        if (j == from || j - from >= 10 && j < last && k.isWord(j)) {
            return new Attribution.Np(0, 0);
        }
        return new Attribution.Np(from, j);
    }

    /**
     * A named subject separated from its cue by one or two asides ({@code Sen. Ann Ray (D-Ore.), one of the
     * authors, said}, {@code Sen. Ann Ray, D-Ore., speaking on the radio, said}): the capitalised noun phrase
     * before the first aside, when it starts its clause.
     */
    private static Attribution.Np asideSubject(Tokens k, int c) {
        int p = beforeAux(k, c);
        if (p <= 0 || !k.isPunct(p, ',')) {
            return new Attribution.Np(0, 0);
        }
        for (int asides = 0; asides < 3; asides++) {
            int q = p - 1;
            while (q >= 0 && p - q < 30 && !k.isPunct(q, ',') && !k.isClauseEnd(q) && !k.isQuoteMark(q)) {
                if (k.in(q, Lexicon.CUES) && !k.isCapitalised(q) && !k.in(q, Lexicon.PARTICIPLES)) {
                    return new Attribution.Np(0, 0); // another clause with its own verb of speech
                }
                q--;
            }
            int x = q >= 0 && k.isPunct(q, ',') ? q : -1;
            if (x < 0 && q >= 0 && k.isPunct(q, '(')) {
                x = q; // "X (D-Ore.), …"
            } else if (x > 0 && k.isPunct(x - 1, ')')) {
                int o = x - 2;
                while (o >= 0 && x - o < 12 && !k.isPunct(o, '(')) {
                    o--;
                }
                x = o >= 0 && k.isPunct(o, '(') ? o : -1;
            }
            if (x <= 0) {
                return new Attribution.Np(0, 0);
            }
            Attribution.Np np = Attribution.npBackward(k, x, 0);
            if (!np.empty() && np.to() == x && k.isCapitalised(np.from()) && !k.in(np.from(), Lexicon.RELATIVE)
                    && !k.in(np.from(), Lexicon.PRONOUNS) && (np.from() == 0 || k.isPunct(np.from() - 1, ',')
                    || k.is(np.from() - 1, "and") || k.is(np.from() - 1, "but"))) {
                return np;
            }
            if (!k.isPunct(q, ',')) {
                return new Attribution.Np(0, 0);
            }
            p = q;
        }
        return new Attribution.Np(0, 0);
    }

    /** The most tokens of a quotation cited in an aside before the cue. */
    private static final int CITED_MAX = 40;

    /**
     * A subject separated from its cue by an aside citing a quotation ({@code Ann Ray, citing “a gap in the
     * accounts,” said …}): the capitalised noun phrase before {@code , citing “…”}, when it starts its clause.
     */
    private static Attribution.Np citingSubject(Tokens k, int c) {
        int p = c - 1;
        if (p > 0 && k.isPunct(p, ',')) {
            p--; // “…”, said
        }
        if (p < 3 || !k.isQuoteMark(p)) {
            return new Attribution.Np(0, 0);
        }
        while (p > 0 && k.isQuoteMark(p - 1)) {
            p--; // a closing mark typed as two apostrophes: ''
        }
        int o = p - 1;
        while (o >= 0 && p - o <= CITED_MAX && !k.isQuoteMark(o)) {
            o--;
        }
        while (o > 0 && k.isQuoteMark(o - 1)) {
            o--;
        }
        if (o < 3 || p - o > CITED_MAX || p - o < 2 || !k.in(o - 1, Lexicon.CITING) || !k.isPunct(o - 2, ',')) {
            return new Attribution.Np(0, 0);
        }
        Attribution.Np np = Attribution.npBackward(k, o - 2, 0);
        if (!np.empty() && np.to() == o - 2 && k.isCapitalised(np.from()) && !k.in(np.from(), Lexicon.RELATIVE)
                && !k.in(np.from(), Lexicon.PRONOUNS) && (np.from() == 0 || k.isPunct(np.from() - 1, ','))) {
            return np;
        }
        return new Attribution.Np(0, 0);
    }

    /** Whether token i is a dash: an em or en dash, or a hyphen standing alone. */
    private static boolean dash(Tokens k, int i) {
        return k.isPunct(i, '\u2014') || k.isPunct(i, '\u2013') || k.isPunct(i, '-');
    }

    /**
     * A subject separated from its cue by an aside between dashes ({@code Ann Ray - a founder of the group -
     * said}, {@code Ray — after a pause — told me}): the noun phrase before the opening dash.
     */
    private static Attribution.Np dashSubject(Tokens k, int c) {
        int p = beforeAux(k, c);
        if (p <= 1 || !dash(k, p)) {
            return new Attribution.Np(0, 0);
        }
        while (p > 1 && dash(k, p - 1)) {
            p--;
        }
        int q = p - 1;
        while (q > 0 && q > p - 30 && !dash(k, q)) {
            if (k.isPunct(q, '.') || k.isPunct(q, ';') || k.isQuoteMark(q)
                    || k.in(q, Lexicon.CUES) && !k.isCapitalised(q) && !k.in(q, Lexicon.PARTICIPLES)) {
                return new Attribution.Np(0, 0);
            }
            q--;
        }
        while (q > 0 && dash(k, q - 1)) {
            q--; // "--" written as two hyphens
        }
        if (q <= 0 || !dash(k, q) || q == p - 1) {
            return new Attribution.Np(0, 0);
        }
        Attribution.Np np = Attribution.npBackward(k, q, 0);
        return np.empty() || np.to() != q || k.in(np.from(), Lexicon.RELATIVE) ? new Attribution.Np(0, 0) : np;
    }

    /**
     * A subject the speaker search does not take because one of its words is also a cue ({@code one protest
     * organizer says}, {@code the report says}): a determiner and up to four lower-case words right before
     * the cue.
     */
    private static Attribution.Np describedSubject(Tokens k, int c) {
        int j = beforeAux(k, c);
        if (j >= 0 && k.is(j, "and")) {
            return new Attribution.Np(0, 0); // "… criticized the plan and said": a second verb of the sentence's subject
        }
        int end = j + 1;
        for (int i = j; i >= 0 && end - i <= 5; i--) {
            if (!k.isWord(i) || k.in(i, Lexicon.NP_STOP) || k.in(i, Lexicon.AUX) || k.in(i, Lexicon.THINKING)
                    || k.in(i, Lexicon.PRONOUNS) || k.in(i, Lexicon.CUES) && !k.in(i, Lexicon.WEAK_CUES)
                    && i != j - 1 && i < j) {
                return new Attribution.Np(0, 0);
            }
            if (k.in(i, Lexicon.DETERMINERS) && i < j) {
                return new Attribution.Np(i, end);
            }
        }
        return new Attribution.Np(0, 0);
    }

    /** Whether a quotation mark stands among tokens [from, to): the rest of the content is quoted. */
    private static boolean quoted(Tokens k, int from, int to) {
        for (int i = from; i < to; i++) {
            if (k.isQuoteMark(i) || k.isPunct(i, '\'')) {
                return true;
            }
        }
        return false;
    }

    /** Relative words that open an object relative clause around a cue: {@code which officials say is …}. */
    private static final WordSet OBJECT_RELATIVES = WordSet.of("which", "who", "whom", "that", "what", "where");

    /**
     * The head of an object relative whose subject starts at token {@code subject}: the relative word right
     * before it, or the noun phrase it modifies when the relative word is left out ({@code the meddling the
     * senator said is designed to …}).
     *
     * @return the first token of the head, or -1 when the words before the subject are not one
     */
    private static int objectRelativeHead(Tokens k, int subject) {
        int p = subject - 1;
        if (k.in(p, OBJECT_RELATIVES)) {
            return p;
        }
        if (!k.isWord(p) || k.isCapitalised(p) || k.in(p, Lexicon.AUX) || k.in(p, Lexicon.NP_STOP)
                || k.in(p, Lexicon.CUES) || k.in(p, Lexicon.PRONOUNS) || k.in(p, Lexicon.DETERMINERS)
                || k.in(p, FINITE)) {
            return -1;
        }
        Attribution.Np head = Attribution.npBackward(k, subject, 0);
        return head.empty() || head.to() != subject || k.in(head.from(), Lexicon.RELATIVE) ? -1 : head.from();
    }

    /**
     * Where reported content that starts at token {@code from} ends: at the sentence end, or before a comma
     * that opens another clause ({@code , but}, {@code , while}, {@code , adding}) or {@code and}/{@code but}
     * followed by another strong reporting verb, also after auxiliaries ({@code and said}, {@code but did not
     * say}), before a dash (a
     * spaced hyphen only when no second one pairs it into an aside: {@code the hotel - near the capitol - will
     * open}), and at the comma that closes a relative aside the cue stands in ({@code X, who says CONTENT,
     * tweeted …}) or a fronted subordinate clause ({@code And while he said CONTENT, …}). A comma before
     * {@code and} or {@code but} does not end it when a verb in the tense of the content's own follows, which
     * goes on with the content's subject ({@code he had a plan, but could not afford it}).
     */
    private static int clauseEnd(String t, Tokens k, int from, int last) {
        boolean subordinate = frontedSubordinate(k, from);
        boolean aside = !subordinate && relativeAside(k, from);
        int lastComma = -1; // one pass back, instead of a search for a later comma or dash at every aside
        int lastDash = -1;
        for (int i = last - 1; i > from && (lastComma < 0 || lastDash < 0); i--) {
            if (lastComma < 0 && k.isPunct(i, ',')) {
                lastComma = i;
            } else if (lastDash < 0 && (k.isPunct(i, '-') || k.isPunct(i, '\u2015'))) {
                lastDash = i;
            }
        }
        while (lastDash > from + 1 && k.isPunct(lastDash - 1, '-')) {
            lastDash--; // "--"
        }
        boolean dashOpen = false;
        int finite = -2; // the content's first finite verb, looked for once when needed
        for (int i = from + 1; i + 1 < last; i++) {
            boolean spaced = (k.isPunct(i, '-') || k.isPunct(i, '\u2015')) && !k.isPunct(i - 1, '-');
            if (spaced && (dashOpen || i != lastDash)) {
                dashOpen = !dashOpen; // a spaced hyphen or bar is a dash: two of them pair into an aside
                continue;
            }
            if (k.isPunct(i, ',') || k.isPunct(i, ';') || k.isPunct(i, '\u2014') || k.isPunct(i, '\u2013') || spaced) {
                int w = i + 1;
                while (spaced && w + 1 < last && k.isPunct(w, '-')) {
                    w++;
                }
                if ((k.isPunct(i, ',') || spaced) && w + 1 < last && (k.is(w, "and") || k.is(w, "but"))
                        && k.is(w + 1, "that")) {
                    continue; // "said it was not, and that …": the same report goes on
                }
                if (k.isPunct(i, ',') && !subordinate && !aside && w + 1 < last
                        && (k.is(w, "and") || k.is(w, "but"))) {
                    if (finite == -2) {
                        finite = firstFinite(k, from, last);
                    }
                    if (finite >= 0 && finite < i && subjectGoesOn(k, finite, w + 1, last)) {
                        continue; // "said he had a plan, but could not afford it": the content's subject goes on
                    }
                }
                if (k.isPunct(i, ',') && !subordinate && !aside) {
                    int closing = subjectAside(k, from, i, last);
                    if (closing > 0) {
                        i = closing;
                        continue; // "that Holt, a former pilot, would …": an aside between subject and verb
                    }
                }
                if (k.isPunct(i, ',') && attributionFollows(k, w, last)) {
                    return i; // "Asked whether …, the mayor said": the attribution is not content
                }
                if (k.isPunct(i, ',') && k.in(w, ASIDE_OPENERS) && !subordinate) {
                    if (lastComma > w) {
                        continue; // "Walker, who charges fees, has lost …": an aside inside the content
                    }
                    return i; // "… the tone of Cruz, who has called him a phony.": an aside after it
                }
                if (!k.isPunct(i, ',') || subordinate || aside && !k.is(w, "when") && !k.is(w, "where")
                        || k.in(w, CLAUSE_OPENERS)
                        || k.in(w, Lexicon.PARTICIPLES) || k.isWord(w) && !k.isCapitalised(w) && k.endsWith(w, "ing")
                        && !k.in(w, Lexicon.DETERMINERS) && !k.is(w, "including")) {
                    return i;
                }
            } else if (k.is(i, "and") || k.is(i, "but")) {
                int w = i + 1;
                if (k.in(w, Lexicon.CUES) && !k.in(w, Lexicon.WEAK_CUES) && !k.isCapitalised(w)) {
                    return i;
                }
                if (anotherReport(k, w, last)) {
                    return i; // "… but did not suggest …": a report of its own
                }
                if (i >= 2 && k.isQuoteMark(i - 1) && k.isPunct(i - 2, ',') && subjectReport(k, w, last)) {
                    return i; // "… “for as long as it takes,” and the owners said …": the comma inside the marks
                }
            }
        }
        return last;
    }

    /**
     * Whether the tokens from {@code w} are a short attribution that ends the clause: {@code the mayor said},
     * {@code said the mayor}, {@code he added on Monday}, followed by the end, a comma or a colon.
     */
    private static boolean attributionFollows(Tokens k, int w, int last) {
        int lim = Math.min(last, w + 7);
        for (int c = w; c < lim; c++) {
            if (k.isPunct(c, ',') || k.isClauseEnd(c)) {
                return false;
            }
            if (k.in(c, Lexicon.CUES) && !k.isCapitalised(c) && !k.in(c, Lexicon.WEAK_CUES)
                    && !k.in(c, Lexicon.PARTICIPLES) && !k.in(c, Lexicon.THINKING)) {
                int after = c + 1;
                boolean ends = after >= last || k.isPunct(after, ',') || k.isPunct(after, ':');
                if (c == w) {
                    Attribution.Np inv = Attribution.npForward(k, c + 1);
                    return !inv.empty() && k.isCapitalised(inv.from())
                            && (inv.to() >= last || k.isPunct(inv.to(), ',') || k.isPunct(inv.to(), ':'));
                }
                Attribution.Np sub = Attribution.npBackward(k, c, w);
                // ("…, Judge Eva Lund said in her ruling": a circumstance of the saying may follow)
                ends |= tail(k, after, last, false);
                // (a bare plural speaks too: ", analysts said", ", traders said on Monday")
                return ends && !sub.empty() && sub.from() == w && (k.isCapitalised(w) || k.in(w, Lexicon.PRONOUNS)
                        || k.in(w, Lexicon.DETERMINERS) || k.in(w, Lexicon.GROUP_NOUNS) || k.in(w, BARE_SPEAKERS));
            }
        }
        return false;
    }

    /**
     * Plural nouns of people who speak in a trailing attribution without an article ({@code …, traders said}),
     * besides {@link Lexicon#GROUP_NOUNS}. Facts.
     */
    private static final WordSet BARE_SPEAKERS = WordSet.of("traders", "economists", "investors", "diplomats",
            "scientists", "researchers", "activists", "protesters", "doctors", "executives", "observers", "dealers",
            "bankers", "brokers", "forecasters");

    /**
     * Words after a comma that open an aside: inside the content when another comma closes it ({@code Walker,
     * who charges fees, has lost …}), after it when the sentence ends first ({@code … of Cruz, who has called
     * him a phony.}). A clause of time or place ({@code , when …}, {@code , where …}) is kept: reports
     * usually carry it.
     */
    private static final WordSet ASIDE_OPENERS = WordSet.of("who", "even");

    /** Words before a fronted subordinate clause: {@code And while he said …, …}. */
    private static final WordSet SUBORDINATE_LEAD = WordSet.of("and", "but", "so", "yet", "back", "just", "even",
            "only", "still");

    /**
     * Whether the content that starts at token {@code from} lies in a subordinate clause that opens the
     * sentence ({@code While he said CONTENT, the poll …}, {@code And when asked about CONTENT, they …}): the
     * first comma after it closes the clause.
     */
    private static boolean frontedSubordinate(Tokens k, int from) {
        int f = 0;
        while (f < from && f < 2 && k.in(f, SUBORDINATE_LEAD)) {
            f++;
        }
        return f < from && k.in(f, CLAUSE_LEADS);
    }

    /**
     * Whether the cue before token {@code from} stands in a relative clause set off by commas ({@code Graham,
     * who says CONTENT, tweeted …}): the comma that closes the aside then closes the content too.
     */
    private static boolean relativeAside(Tokens k, int from) {
        for (int i = from - 1; i > 0; i--) {
            if (k.isPunct(i, ',')) {
                return k.is(i + 1, "who") || k.is(i + 1, "which");
            }
            if (k.isClauseEnd(i) || k.isQuoteMark(i)) {
                return false;
            }
        }
        return false;
    }

    /** Words that open a clause a reported content does not run into. */
    private static final WordSet CLAUSE_OPENERS = WordSet.of("but", "while", "whereas", "compared", "according",
            "although", "though", "the", "and", "which", "a",
            "said", "says", "added", "adding", "saying", "noted", "noting", "told", "insisted", "argued");

    /**
     * Words that open a fronted subordinate clause ({@code years} and {@code even} as in "years after", "even as"):
     * "While X said Y, Z …" ends Y at the comma.
     */
    private static final WordSet CLAUSE_LEADS = WordSet.of("while", "although", "though", "after", "when",
            "because", "if", "as", "since", "whereas", "before", "once", "unless", "until", "years", "even",
            "whenever", "wherever");

    /**
     * Whether what follows an attribution at the end of a sentence is short and adds only circumstances: a
     * time, a place, a medium ({@code on Tuesday}, {@code in a statement}, {@code told reporters}). The
     * circumstance runs to the first comma or dash; what follows that is an aside about the speaker or the
     * occasion ({@code said on Tuesday, two days after the vote}), unless it reports more ({@code , adding}).
     */
    static boolean tail(Tokens k, int from, int last, boolean objectAllowed) {
        if (from >= last) {
            return true;
        }
        int stop = from;
        while (stop < last && !k.isPunct(stop, ',') && !k.isClauseEnd(stop)) {
            if (k.is(stop, "that") || k.isPunct(stop, ':') || k.in(stop, EMBEDDED) || stop > from
                    && k.is(stop, "to") && stop + 1 < last && infinitive(k, stop + 1)) {
                return false;
            }
            stop++;
        }
        if (stop < last) {
            // an aside after the circumstance: "on Thursday, two days after …", "on its website, a blog …"; or the
            // writer's clause of cause or time: "…, the company said on Wednesday, as prices for its products fell"
            int w = stop + 1;
            boolean subordinate = w < last && k.isPunct(stop, ',')
                    && (k.in(w, CLAUSE_LEADS) || k.in(w, TAIL_CIRCUMSTANCES));
            if (!subordinate && (stop == from || w >= last || !(k.in(w, Lexicon.DETERMINERS) || k.isCapitalised(w)
                    || Character.isDigit(k.first(w)) || k.in(w, Lexicon.RELATIVE) && !k.is(w, "that")))) {
                return false;
            }
            for (int i = w; i < last; i++) {
                if (k.isPunct(i, ':') || k.in(i, Lexicon.PARTICIPLES)) {
                    return false;
                }
            }
        }
        if (k.is(from, "to") && from + 1 < stop && infinitive(k, from + 1)) {
            return false; // "pledged to bolster …": an infinitive, the content itself
        }
        if (k.in(from, TAIL_OPENERS)) {
            // not the object of a verb with its preposition: "he insisted on getting them out"
            return stop - from <= 8 && !(k.is(from, "on") && k.endsWith(from + 1, "ing"));
        }
        return objectAllowed && stop - from <= 6
                && (k.isCapitalised(from) || k.in(from, Lexicon.GROUP_NOUNS) || Attribution.names(k, from)
                || k.is(from, "parliament")
                || k.in(from, Lexicon.DETERMINERS) && !k.is(from, "that") || k.is(from, "him") || k.is(from, "her")
                || k.is(from, "them") || k.is(from, "me") || k.is(from, "us"));
    }

    /**
     * Whether the cue is followed only by a participle that introduces the quotation after the clause
     * ({@code CONTENT, X said, adding, “…”}).
     */
    private static boolean participleTail(Tokens k, int from, int last) {
        return from + 1 < last && k.isPunct(from, ',') && k.in(from + 1, Lexicon.PARTICIPLES)
                && (from + 2 == last || from + 3 == last && (k.isPunct(from + 2, ',') || k.isPunct(from + 2, ':')));
    }

    /**
     * Whether tokens [from, to) are a short fronted circumstance ({@code In April 2009}) or a subordinator and a
     * participle ({@code When asked about the sale}), which set the scene of the clause after them and report
     * nothing.
     */
    private static boolean frontedPhrase(Tokens k, int from, int to) {
        int f = firstWord(k, from, to); // (after the closing mark of a quotation before it)
        return to - f <= 5 && k.in(f, LEAD_CIRCUMSTANCE) && !k.is(f, "asked")
                || to - f <= 6 && k.in(f, CLAUSE_LEADS) && f + 1 < to
                && (k.endsWith(f + 1, "ed") || k.in(f + 1, Lexicon.PAST_PARTICIPLES)); // "When asked about X,"
    }

    /**
     * Whether the tokens from {@code w} (after the comma that ends an inverted speaker) describe the speaker or
     * add the writer's own clause: an apposition ({@code , a professor of economics, who …}) or {@code , but …}.
     */
    private static boolean aside(Tokens k, int w, int last) {
        if (w >= last || !k.isWord(w) || k.is(w, "that") || k.in(w, Lexicon.PRONOUNS) || k.in(w, Lexicon.CUES)
                || k.in(w, Lexicon.AUX) || k.in(w, FINITE) || k.in(w, EMBEDDED)) {
            return false;
        }
        for (int i = w; i < last; i++) {
            if (k.isPunct(i, ':') || k.in(i, Lexicon.PARTICIPLES) || k.isQuoteMark(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalised modifier, a lower-case title and a name ({@code said Democratic strategist Ann Ray}): the
     * noun-phrase search stops at the title; the whole phrase is the speaker.
     */
    private static Attribution.Np titledName(Tokens k, Attribution.Np np, int last) {
        if (np.empty() || !k.isCapitalised(np.from())) {
            return np;
        }
        int j = np.to();
        while (j < last && j - np.to() < 3 && k.isWord(j) && !k.isCapitalised(j) && !k.in(j, Lexicon.NP_STOP)
                && !k.in(j, Lexicon.CUES) && !k.in(j, Lexicon.AUX) && !k.in(j, Lexicon.TIME_WORDS)
                && !k.in(j, FINITE)) {
            j++;
        }
        if (j == np.to() || j >= last || !k.isCapitalised(j)) {
            return np;
        }
        Attribution.Np name = Attribution.npForward(k, j);
        return name.empty() ? np : new Attribution.Np(np.from(), name.to());
    }

    /** Whether a noun phrase holds a name: {@code political scientist Ann Ray}. */
    private static boolean named(Tokens k, Attribution.Np np) {
        for (int i = np.from(); i < np.to(); i++) {
            if (k.isCapitalised(i)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an embedded question or clause: what follows them is content, not a circumstance. */
    private static final WordSet EMBEDDED = WordSet.of("what", "whether", "how", "why", "if", "when", "where",
            "who");

    /** Whether the word at token i, after "to", reads as a verb: lower case, not an article or a noun of people. */
    private static boolean infinitive(Tokens k, int i) {
        return k.isWord(i) && !k.isCapitalised(i) && !k.in(i, Lexicon.DETERMINERS) && !k.in(i, Lexicon.GROUP_NOUNS)
                && !k.in(i, Lexicon.PRONOUNS) && !k.is(i, "reporters") && !k.is(i, "him") && !k.is(i, "them")
                && !k.is(i, "us") && !k.is(i, "me") && !Character.isDigit(k.first(i));
    }

    private static final WordSet TAIL_OPENERS = WordSet.of("in", "on", "at", "to", "during", "after", "before", "for",
            "via", "through", "from", "with", "late", "early", "last", "this",
            "recently", "earlier", "later", "afterward", "then", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight", "over", "outside", "inside");

    /** Where the content of {@code X said …} starts, or -1 when the cue is not followed by reported content. */
    private static int contentStart(String t, Tokens k, int c, int last) {
        int i = c + 1;
        if (i >= last) {
            return -1;
        }
        if (k.isPunct(i, ':') && i + 1 < last && k.isWord(i + 1) && !k.is(i + 1, "http") && !k.is(i + 1, "https")) {
            return i + 1; // "Some voters say: it is time to go." (no quotation marks)
        }
        if (k.is(i, "for") && (k.is(c, "called") || k.is(c, "calls") || k.is(c, "call"))) {
            return i + 1 < last ? i + 1 : -1; // called for an end to …
        }
        if (k.isPunct(i, ',')) {
            return thatAfterCommas(k, i, last);
        }
        if (dash(k, i)) {
            return thatAfterDashes(k, i, last);
        }
        // "said that", "told reporters that", "said in a statement that", "said Monday that"
        int lim = Math.min(last, i + 12);
        boolean object = k.in(c, OBJECT_CUES);
        boolean toCue = k.in(c, TO_CUES);
        boolean topicCue = k.in(c, TOPIC_CUES);
        if (k.is(i, "that")) {
            return i + 1 < last ? i + 1 : -1;
        }
        if (i + 2 < last && k.is(i + 1, "that") && k.endsWith(i, "ly") && !k.isCapitalised(i)) {
            return i + 2; // "adding hopefully that …": the manner of saying, then the clause
        }
        if ((k.is(i, "of") || k.is(i, "about")) && topicCue && i + 1 < last
                && k.isWord(i + 1) && !Character.isDigit(k.first(i + 1)) && !k.in(i + 1, Lexicon.TIME_WORDS)
                || k.is(i, "about") && i + 2 < last && k.in(i + 1, Lexicon.DETERMINERS)) {
            return topicCue ? i + 1 : -1; // "said of the plan": its topic
        }
        if (k.is(i, "to") && toCue && i + 1 < last && infinitive(k, i + 1)) {
            return i; // "pledged to stay through that contest": the infinitive, not a later "that"
        }
        int afterMedium = mediumEnd(k, i, last);
        if (afterMedium > i && afterMedium < last && !k.is(afterMedium, "that") && opensClause(k, afterMedium)) {
            return afterMedium; // "said in a statement it expected …": the medium, then a clause without "that"
        }
        if (k.in(i, TAIL_OPENERS) || k.in(i, Lexicon.TIME_WORDS) && !k.is(i, "that") || object && k.isWord(i)) {
            // (any object: "told local media that")
            // a cue word in a noun phrase opened by a determiner is a noun: "said in its annual report that" (not
            // "responded with the lawsuit Lynch announced that": a name ends the phrase)
            boolean noun = k.in(i, Lexicon.DETERMINERS);
            for (int j = i + 1; j < lim; j++) {
                if (k.is(j, "that")) {
                    return j + 1 < last ? j + 1 : -1;
                }
                if (k.isPunct(j, ',') && j > i) {
                    int after = asideThenThat(k, j, last);
                    if (after > 0) {
                        return after; // "said on the radio, where he is a guest, that …"
                    }
                }
                if (k.isClauseEnd(j) || k.isPunct(j, ':') || k.isPunct(j, ',') || k.in(j, Lexicon.CUES)
                        && !k.in(j, Lexicon.WEAK_CUES) && !noun || k.in(j, FINITE)) {
                    break;
                }
                noun = k.in(j, Lexicon.DETERMINERS) || noun && k.isWord(j) && !k.isCapitalised(j);
            }
        }
        if (object) {
            Attribution.Np obj = Attribution.npForward(k, i);
            if (obj.empty()) {
                return -1;
            }
            for (int p = obj.from() + 1; p < obj.to(); p++) {
                if (k.in(p, SUBJECT_PRONOUNS) || k.in(p, Lexicon.PRONOUNS) || k.in(p, Lexicon.DETERMINERS)
                        && !k.in(p - 1, Lexicon.DETERMINERS) && !k.is(p - 1, "of") && !k.is(p - 1, "and")
                        || p == obj.from() + 1 && obj.to() < last && k.in(obj.to(), FINITE)
                        && !k.isCapitalised(obj.from()) && !k.in(obj.from(), Lexicon.DETERMINERS)
                        && Attribution.names(k, obj.from())) {
                    // "told The Post he was …", "told the council the pier …", "told viewers power would return"
                    obj = new Attribution.Np(obj.from(), p);
                    break;
                }
            }
            if (obj.to() + 1 < last && k.is(obj.to(), "to") && (toCue
                    || infinitive(k, obj.to() + 1))) {
                return i; // urged voters to stay home: the request with its addressee
            }
            i = obj.to();
            while (i + 2 < last && (k.is(i, "in") || k.is(i, "at")) && k.isCapitalised(i + 1)) {
                i++; // "told reporters in Canberra the agreement was …": where they were told
                while (i < last && k.isCapitalised(i)) {
                    i++;
                }
            }
        }
        if (i + 2 < last && k.is(i, "on") && isDay(k, i + 1) && k.isWord(i + 2)) {
            i += 2; // "announced on Friday the arrest of …"
        }
        while (i < last && k.in(i, Lexicon.TIME_WORDS) && (k.isCapitalised(i) || isDay(k, i))) {
            i++;
        }
        if (i < last && k.is(i, "to") && toCue) {
            return i;
        }
        if (i + 1 < last && k.is(i, "at") && (k.is(i + 1, "least") || k.is(i + 1, "most"))) {
            return i; // reported at least six …
        }
        if (quotedSubject(k, i, last)) {
            return i; // said "all parties" could take part: the clause opens with a quoted phrase
        }
        if (i >= last || !k.isWord(i) || k.in(i, CONTENT_STOP) && !stopWordOpensContent(k, i, last)) {
            return -1;
        }
        if (k.is(i, "it") && i + 1 < last && !k.isWord(i + 1) && !(i + 2 < last && k.isWord(i + 2)
                && (k.isPunct(i + 1, '\u201C') || k.isPunct(i + 1, '"')))) {
            return -1; // "said it." (but "said it “takes these allegations seriously”": the content goes on in marks)
        }
        return i;
    }

    /** Most words of a quoted phrase that opens a clause ({@link #quotedSubject}). */
    private static final int MAX_QUOTED_SUBJECT = 4;

    /**
     * Whether token i opens a short quoted phrase that a finite verb follows: the subject of a clause ({@code said
     * “all parties” could take part}), not a quotation that the cue introduces ({@code said “we will win”}).
     */
    private static boolean quotedSubject(Tokens k, int i, int last) {
        if (i + 2 >= last || !k.isQuoteMark(i) || !k.isWord(i + 1)) {
            return false;
        }
        for (int j = i + 2; j < last && j - i <= MAX_QUOTED_SUBJECT + 1; j++) {
            if (k.isQuoteMark(j)) {
                return j + 1 < last && k.in(j + 1, FINITE);
            }
            if (!k.isWord(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where a phrase of the medium of speaking right after a cue ends: {@code in a statement}, {@code in a note to
     * clients}, {@code in a televised interview on Tuesday} (a preposition and an article before a medium noun,
     * {@link #mediumNoun}; an addressee after {@code to}, days).
     *
     * @return the token after the phrase, or {@code i} when none starts there
     */
    private static int mediumEnd(Tokens k, int i, int last) {
        if (!k.is(i, "in") && !k.is(i, "during") && !k.is(i, "through") && !k.is(i, "via")) {
            return i;
        }
        int j = k.in(i + 1, Lexicon.ARTICLES) ? mediumNoun(k, i, last) : -1;
        if (j < 0) {
            return i;
        }
        j++;
        if (j + 1 < last && k.is(j, "to") && k.isWord(j + 1) && !k.isCapitalised(j + 1)
                && (k.in(j + 1, Lexicon.GROUP_NOUNS) || k.endsWith(j + 1, "s"))) {
            j += 2; // "to clients", "to investors"
        }
        if (j + 1 < last && k.is(j, "on") && isDay(k, j + 1)) {
            j += 2;
        }
        while (j < last && isDay(k, j)) {
            j++;
        }
        return j;
    }

    /**
     * Whether token i can open a clause without {@code that}: a subject pronoun, an article or possessive, a name or
     * a number ({@code it expected}, {@code the quarter was}, {@code Tokyo had}).
     */
    private static boolean opensClause(Tokens k, int i) {
        return k.isWord(i) && (k.in(i, SUBJECT_PRONOUNS) || k.is(i, "it") || k.is(i, "there")
                || k.in(i, ADJECTIVE_DETERMINERS) || k.isCapitalised(i) || Character.isDigit(k.first(i)));
    }

    /**
     * {@code said, however, that …}, {@code added, in a statement, that …}: an aside between commas after the cue,
     * then {@code that}.
     *
     * @param i the comma after the cue
     * @return the content's start after {@code that}, or -1
     */
    private static int thatAfterCommas(Tokens k, int i, int last) {
        for (int j = i + 1; j < Math.min(last, i + 10); j++) {
            if (k.isPunct(j, ',')) {
                return j > i + 1 && j + 2 < last && k.is(j + 1, "that") ? j + 2 : -1;
            }
            if (!k.isWord(j) || k.in(j, Lexicon.CUES) || k.is(j, "that")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code said — on Twitter, as it happens — that …}: an aside between dashes after the cue, then
     * {@code that}.
     *
     * @param i the first dash after the cue
     * @return the content's start after {@code that}, or -1
     */
    private static int thatAfterDashes(Tokens k, int i, int last) {
        int j = i + 1;
        while (j < last && dash(k, j)) {
            j++;
        }
        int open = j;
        while (j < Math.min(last, open + 15) && !dash(k, j)) {
            if (k.isClauseEnd(j) || k.isQuoteMark(j) || k.is(j, "that")) {
                return -1;
            }
            j++;
        }
        while (j < last && dash(k, j)) {
            j++;
        }
        return j > open + 1 && j + 1 < last && dash(k, j - 1) && k.is(j, "that") ? j + 1 : -1;
    }

    /**
     * Whether the word of {@link #CONTENT_STOP} at token i opens the content all the same: a demonstrative or
     * {@code no} before a finite verb ({@code said this was …}, {@code said no deal would …}), {@code more than}
     * or {@code too many} before one, {@code more than} a number, {@code such} before a noun, {@code more} with its
     * noun before one ({@code said more hikes were possible}), {@code about} a number before one ({@code said about
     * 600 flights had been cancelled}).
     */
    private static boolean stopWordOpensContent(Tokens k, int i, int last) {
        return k.in(i, DEMONSTRATIVES) && finiteSoon(k, i + 1, last, 3)
                || k.is(i, "no") && i + 1 < last && k.isWord(i + 1) && !k.is(i + 1, "to") && finiteSoon(k, i + 1, last, 4)
                || (k.is(i, "more") || k.is(i, "too")) && i + 1 < last && (k.is(i + 1, "than")
                || k.is(i + 1, "much") || k.is(i + 1, "many")) && finiteSoon(k, i + 1, last, 6)
                || k.is(i, "more") && i + 2 < last && k.is(i + 1, "than") && Character.isDigit(k.first(i + 2))
                || k.is(i, "more") && i + 2 < last && k.isWord(i + 1) && !k.isCapitalised(i + 1)
                && !k.in(i + 1, CONTENT_STOP) && !k.in(i + 1, Lexicon.DETERMINERS) && finiteSoon(k, i + 2, last, 2)
                || k.is(i, "about") && i + 2 < last && (Character.isDigit(k.first(i + 1)) || k.is(i + 1, "half"))
                && finiteSoon(k, i + 2, last, 4)
                || k.is(i, "such") && i + 2 < last && k.isWord(i + 1) && !k.in(i + 1, Lexicon.DETERMINERS)
                && !k.is(i + 1, "as") && !k.is(i + 1, "thing") && !k.is(i + 1, "things");
    }

    /** The most tokens of an aside between a circumstance after the cue and its "that". */
    private static final int ASIDE_THAT_MAX = 12;

    /**
     * After a circumstance of the cue ending at the comma at token {@code comma} ({@code said on the radio,}),
     * an aside closed by a second comma and then {@code that} ({@code where he is a guest, that …}): the token
     * where the content starts, or -1.
     */
    private static int asideThenThat(Tokens k, int comma, int last) {
        for (int j = comma + 1; j < Math.min(last, comma + 1 + ASIDE_THAT_MAX); j++) {
            if (k.isPunct(j, ',')) {
                return j > comma + 1 && j + 2 < last && k.is(j + 1, "that") ? j + 2 : -1;
            }
            if (!k.isWord(j) || k.is(j, "that") || k.in(j, Lexicon.CUES) && !k.in(j, Lexicon.WEAK_CUES)) {
                return -1;
            }
        }
        return -1;
    }

    /** Cues whose {@code of}/{@code about} phrase names the topic of what was said: {@code said of Trump}. */
    private static final WordSet TOPIC_CUES = WordSet.of("said", "says", "say", "saying", "wrote", "writes",
            "write", "complained", "complains", "complain", "warned", "warns", "warn", "joked", "jokes", "boasted",
            "boasts", "tweeted", "tweets", "remarked", "added", "adds");

    /** The plain verbs of saying, which report clauses rather than objects. */
    private static final WordSet SAY_VERBS = WordSet.of("say", "says", "said", "saying", "tell", "tells", "told",
            "telling", "add", "adds", "added");

    /** Whether a finite auxiliary or copula stands among the next {@code span} words from token i. */
    private static boolean finiteSoon(Tokens k, int i, int last, int span) {
        for (int j = i; j < last && j - i < span; j++) {
            if (k.in(j, FINITE)) {
                return true;
            }
            if (!k.isWord(j)) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet DEMONSTRATIVES = WordSet.of("this", "these", "those");

    /** Finite auxiliaries and copulas: after "said this" they make "this" the subject of the content. */
    private static final WordSet FINITE = WordSet.of("is", "was", "are", "were", "will", "would", "could", "can",
            "may", "might", "should", "must", "has", "had", "have", "does", "did", "do", "isn't", "wasn't",
            "aren't", "weren't", "won't", "wouldn't", "couldn't", "can't", "hasn't", "hadn't", "haven't",
            "doesn't", "didn't", "don't", "shows", "showed", "means", "meant", "marks", "marked");

    private static final WordSet CONTENT_STOP = WordSet.of("to", "of", "by", "with", "after", "before", "during",
            "via", "through", "from", "since", "until", "late", "early", "about", "in", "on",
            "at", "from", "during", "into", "through", "over", "under", "as", "so", "and", "or", "but", "nothing",
            "anything", "something", "much", "more", "little", "goodbye", "hello", "yes", "no", "thanks", "sorry",
            "hi", "this", "these", "those", "such", "otherwise", "too", "also", "up", "out", "back", "again");

    /** Tenses read off verb forms by {@link #secondPredicate}: none known, past, present, "-ing" participle. */
    private static final int NO_TENSE = 0;
    private static final int PAST = 1;
    private static final int PRESENT = 2;
    private static final int ING = 3;

    /** Adverbs that may stand between "and" and the verb it coordinates: {@code and also called}. */
    private static final WordSet COORDINATED_ADVERBS = WordSet.of("also", "then", "later", "still", "even",
            "again", "now", "never", "not", "repeatedly", "subsequently", "eventually", "finally", "only", "soon",
            "quickly", "immediately", "instead");

    /** The token from w on past the adverbs that may stand before a coordinated verb, short of the last one. */
    private static int pastAdverbs(Tokens k, int w, int end) {
        while (w + 1 < end && k.in(w, COORDINATED_ADVERBS)) {
            w++;
        }
        return w;
    }

    /** Words that, after a verb ending in "s", make it take an object: {@code and calls her}, {@code and urges the}. */
    private static final WordSet OBJECT_OPENERS = WordSet.of("him", "her", "them", "us", "me", "it", "the", "a",
            "an", "his", "their", "its", "that", "to", "for", "on");

    /**
     * The tense of the cue at token c: its auxiliary's when one stands before it ({@code did not mention},
     * {@code has said}), else its own form; {@link #NO_TENSE} for an infinitive ({@code to say}).
     */
    private static int cueTense(Tokens k, int c) {
        for (int p = c - 1; p >= 0 && c - p <= 3; p--) {
            if (k.in(p, Lexicon.PAST_AUX)) {
                return PAST;
            }
            if (k.in(p, Lexicon.PRESENT_AUX)) {
                return PRESENT;
            }
            if (k.is(p, "to")) {
                return NO_TENSE;
            }
            if (!k.in(p, Lexicon.AUX) && !(k.isWord(p) && !k.isCapitalised(p) && k.endsWith(p, "ly"))) {
                break; // past the adverbs ("has repeatedly said"): no auxiliary
            }
        }
        if (k.endsWith(c, "ing")) {
            return ING;
        }
        // a cue opening the sentence is capitalised ("Asked whether …"); any other capitalised word is a name
        return (c == 0 ? pastShape(k, c) : pastForm(k, c)) ? PAST : PRESENT; // "says", or "say" after a plural
    }

    /** Whether word token i reads as a past form: lower-case and {@link #pastShape}. */
    private static boolean pastForm(Tokens k, int i) {
        return !k.isCapitalised(i) && pastShape(k, i);
    }

    /** Whether word token i has the shape of a past form: "-ed" (not a noun such as "hundred") or an irregular past. */
    static boolean pastShape(Tokens k, int i) {
        return k.isWord(i) && (k.in(i, Lexicon.SIMPLE_PAST) || k.in(i, Lexicon.PAST_PARTICIPLES)
                || k.endsWith(i, "ed") && !k.in(i, Lexicon.NOT_PAST));
    }

    /**
     * Where the content [start, end) of the cue at token c ends when the speaker's sentence goes on after
     * {@code and} or {@code but} with a second predicate of its own, a finite verb with no subject before it
     * ({@code X claimed self-defence and was cleared}, {@code X said she admires the plan and called for …}):
     * its tense is the cue's, and either the content has no finite verb of its own (an object, an infinitive)
     * or that verb's tense differs ({@code admires} / {@code called}). A verb in the content's own tense
     * continues the content ({@code said he was tired and wanted to rest}), and so does a participle after a
     * form of be or have ({@code said the bill was drafted and passed}).
     *
     * @return the new end, or {@code end}
     */
    private static int secondPredicate(Tokens k, int c, int start, int end) {
        int cue = -1; // the cue's tense and the content's first finite verb: read at the first "and"/"but", if any
        int f = -2;
        for (int i = start + 1; i + 1 < end; i++) {
            if (!k.is(i, "and") && !k.is(i, "but")) {
                continue;
            }
            if (cue < 0) {
                cue = cueTense(k, c);
                f = firstFinite(k, start, end);
            }
            if (cue == NO_TENSE) {
                return end;
            }
            int w = pastAdverbs(k, i + 1, end);
            int v = coordinatedTense(k, w, end, cue);
            if (v == NO_TENSE || v != cue || f > w) {
                continue; // f > w: "the hotel, built in 1900 and renovated last year, had closed" is one subject
            }
            boolean participle = !k.in(w, Lexicon.PAST_AUX) && !k.in(w, Lexicon.PRESENT_AUX)
                    && !k.in(w, Lexicon.SIMPLE_PAST);
            boolean speech = k.in(w, Lexicon.CUES) && !k.in(w, Lexicon.THINKING);
            // a content that is a clause ("that S", "he was …") has a verb of its own even where none is recognised
            if (f < 0 || f >= i ? !clauseAt(k, start, i) || speech
                    : (v != finiteTense(k, f) || k.in(f, Lexicon.MODALS) && pastForm(k, w)) && !perfect(k, f, end)
                    && !(participle && k.in(f, Lexicon.BE_HAVE))) {
                return k.isPunct(i - 1, ',') ? i - 1 : i;
            }
        }
        return end;
    }

    /**
     * The tense of the finite verb that token w after {@code and} may be, {@link #NO_TENSE} when it is none: an
     * auxiliary, a past form that takes an object or a complement ({@code and defended the plan}, not {@code and iced
     * roads}), a present form in "-s" with an object when the cue is present ({@code and calls
     * her}), an "-ing" verb of speech when the cue is one ({@code saying …, and suggesting …}).
     */
    private static int coordinatedTense(Tokens k, int w, int end, int cue) {
        if (k.in(w, Lexicon.PAST_AUX) || k.in(w, Lexicon.SIMPLE_PAST)) {
            return PAST;
        }
        if (k.in(w, Lexicon.PRESENT_AUX)) {
            return PRESENT;
        }
        if (w + 1 >= end || !k.isWord(w) || k.isCapitalised(w)) {
            return NO_TENSE;
        }
        if (pastForm(k, w) && takesObject(k, w + 1) && !k.is(w + 1, "by")) {
            return PAST; // not "and approved by the council", a participle
        }
        if (cue == PRESENT && k.endsWith(w, "s") && !k.endsWith(w, "ss") && k.in(w + 1, OBJECT_OPENERS)) {
            return PRESENT;
        }
        if (cue == ING && k.endsWith(w, "ing") && (k.in(w, Lexicon.CUES) || k.in(w, Lexicon.PARTICIPLES))) {
            return ING;
        }
        return NO_TENSE;
    }

    /**
     * The first finite verb of the content [from, to): an auxiliary or modal, a contracted one ({@code he's}),
     * an irregular simple past, a past form (or {@code cut}, {@code hit}, …) after a word that is no article or
     * preposition ({@code the mayor resigned}, not {@code the proposed law}), a verb in "-s" after {@code he},
     * {@code she}, {@code it}.
     *
     * @return its token, or -1
     */
    private static int firstFinite(Tokens k, int from, int to) {
        for (int i = from; i < to; i++) {
            if (k.in(i, Lexicon.PAST_AUX) || k.in(i, Lexicon.PRESENT_AUX) || contracted(k, i)
                    || k.in(i, Lexicon.SIMPLE_PAST)) {
                return i;
            }
            if (i > from && (pastForm(k, i) || k.in(i, INVARIANT_PAST)) && k.isWord(i - 1) && !k.in(i - 1, ADJECTIVE_DETERMINERS)
                    && !k.in(i - 1, CONTENT_STOP)
                    && !k.in(i - 1, Lexicon.BE_HAVE) && !(i + 1 < to && k.is(i + 1, "by"))) {
                return i;
            }
            if (i > from && k.isWord(i) && !k.isCapitalised(i) && k.endsWith(i, "s") && !k.endsWith(i, "ss")
                    && (k.is(i - 1, "he") || k.is(i - 1, "she") || k.is(i - 1, "it"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Verbs whose past is their present ({@code the storm cut power}): taken for a finite past after a word that
     * is no article or preposition, like a past form, so that such a clause is not read as an object.
     */
    private static final WordSet INVARIANT_PAST = WordSet.of("cut", "hit", "put", "set", "cost", "spread", "hurt",
            "shut", "let", "quit", "split", "cast", "burst", "upset", "bid");

    /** The tense of the finite verb at token f (found by {@link #firstFinite}). */
    private static int finiteTense(Tokens k, int f) {
        if (contracted(k, f)) {
            return k.endsWith(f, "'d") || k.endsWith(f, "\u2019d") ? PAST : PRESENT;
        }
        return k.in(f, Lexicon.PRESENT_AUX) || k.endsWith(f, "s") && !k.in(f, Lexicon.PAST_AUX) ? PRESENT : PAST;
    }

    /** Whether the finite verb at token f opens a perfect ({@code has won}, {@code he's had}), which a past may continue. */
    private static boolean perfect(Tokens k, int f, int to) {
        return (k.in(f, HAVE) || contracted(k, f)) && f + 1 < to && perfectFollows(k, f + 1);
    }

    /**
     * Whether a finite verb at token w (past adverbs), after {@code , and} or {@code , but}, continues the
     * subject of the content whose first finite verb is at token f: it has that verb's tense and reports
     * nothing ({@code he had a plan, but could not afford it}; not {@code …, but warned that …}). Not a form of
     * do ({@code said he would attend, but did not show up}: what the speaker did) nor, after a modal, a verb
     * that shares none ({@code would attend, but left}).
     */
    private static boolean subjectGoesOn(Tokens k, int f, int w, int last) {
        w = pastAdverbs(k, w, last);
        int v = coordinatedTense(k, w, last, NO_TENSE);
        return v != NO_TENSE && v == finiteTense(k, f) && !(k.in(w, Lexicon.CUES) && !k.in(w, Lexicon.THINKING))
                && !k.in(w, DO_FORMS) && !(k.in(f, Lexicon.MODALS) && !k.in(w, Lexicon.MODALS));
    }

    private static final WordSet DO_FORMS = WordSet.of("did", "does", "do", "didn't", "doesn't", "don't");

    /** Prepositions that open a circumstance of the act of speaking: {@code in an interview}, {@code through}. */
    private static final WordSet CIRCUMSTANCE_PREPOSITIONS = WordSet.of("in", "on", "during", "through", "via",
            "at");

    /** Nouns of the medium or channel of what was said: {@code in a radio interview}, {@code in a statement}. */
    private static final WordSet MEDIUM_NOUNS = WordSet.of("interview", "interviews", "statement", "statements",
            "tweet", "tweets", "speech", "appearance", "post", "posting", "letter", "email", "e-mail", "video",
            "release", "conference", "briefing", "op-ed", "memo", "broadcast", "podcast", "address", "testimony",
            "filing", "note", "commentary", "editorial", "report", "notice");

    /** People through whom something is said: {@code through her lawyer} (only after through or via). */
    private static final WordSet PERSON_MEDIUM_NOUNS = WordSet.of("lawyer", "lawyers", "attorney", "attorneys",
            "spokesman", "spokeswoman", "spokesperson", "representative", "representatives");

    /** The most words between the preposition and the medium noun: {@code in a televised radio interview}. */
    private static final int MEDIUM_GAP = 4;

    /**
     * The noun of a medium of speaking that the preposition at i opens a phrase of, up to {@link #MEDIUM_GAP}
     * lower-case words on ({@code in a televised radio interview}; a person only after {@code through} or {@code
     * via}: {@code through her lawyer}), or -1.
     */
    private static int mediumNoun(Tokens k, int i, int end) {
        boolean through = k.is(i, "through") || k.is(i, "via");
        for (int j = i + 1; j < end && j - i <= MEDIUM_GAP && k.isWord(j) && !k.isCapitalised(j)
                && !(j > i + 1 && k.in(j - 1, CONTENT_STOP)); j++) {
            if (k.in(j, MEDIUM_NOUNS) || through && k.in(j, PERSON_MEDIUM_NOUNS)) {
                return j; // (a medium noun that is a cue's form too: "in a note", "in its report")
            }
            if (k.in(j, FINITE) || k.in(j, Lexicon.CUES)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where an object content [start, end) ends before a circumstance of the act of speaking ({@code denied the
     * claim through her lawyer}, {@code confirmed the plan in a radio interview}, {@code on condition of
     * anonymity}), or, when it is a noun phrase (opened by an article, a possessive or a name), before a
     * subordinate clause or a day ({@code tweeted his notes as he queued}, {@code announced the deal after
     * talks ended}, {@code confirmed the sale on Friday}; not {@code as a …}, a preposition, nor a day before
     * {@code to} or {@code that}: {@code announced a plan on Monday to …}): only when the content has no finite
     * verb of its own and is no clause, since a clause may carry such a phrase itself ({@code said the mayor lied
     * in a speech}), and before any comma (a verb may follow an aside). The medium phrase ends the content or
     * comes before a comma, {@code with} or a day ({@code on Monday}; {@code a surge in attacks on lawyers} is no
     * circumstance); a person is a medium only after {@code through} or {@code via}.
     *
     * @return the new end, or {@code end}
     */
    private static int circumstance(Tokens k, int start, int end) {
        if (start > 0 && k.is(start - 1, "that")) {
            return end;
        }
        int f = -2;
        boolean nounPhrase = k.in(start, ADJECTIVE_DETERMINERS) || k.isCapitalised(start) && !k.in(start, Lexicon.TIME_WORDS);
        for (int i = start + 1; i + 1 < end; i++) {
            if (k.isPunct(i, ',')) {
                return end; // "the report, released on Friday, showed …": the verb may follow the aside
            }
            if (nounPhrase && k.isWord(i - 1) && !k.in(i - 1, CONTENT_STOP)
                    && (k.in(i + 1, SUBJECT_PRONOUNS) || k.in(i + 1, Lexicon.PRONOUNS) || k.in(i + 1, ADJECTIVE_DETERMINERS)
                    && !k.is(i, "as") || k.isCapitalised(i + 1) || k.endsWith(i + 1, "ing") || isDay(k, i + 1))
                    && (k.in(i, CLAUSE_LEADS) && !k.is(i, "years") && !k.is(i, "if")
                    || k.is(i, "on") && isDay(k, i + 1) && !(i + 2 < end && (k.is(i + 2, "to")
                    || k.is(i + 2, "that"))))) {
                if (f == -2) {
                    f = firstFinite(k, start, end);
                }
                if ((f < 0 || f >= i) && !clauseFollows(k, start, i)) {
                    return i; // "tweeted his notes as he queued", "announced the deal on Friday"
                }
            }
            if (!k.in(i, CIRCUMSTANCE_PREPOSITIONS) || k.in(i - 1, CONTENT_STOP) || !k.isWord(i - 1)) {
                continue;
            }
            boolean medium = k.is(i, "on") && (k.is(i + 1, "condition") || i + 2 < end && k.is(i + 1, "the")
                    && k.is(i + 2, "condition"));
            int j = medium ? -1 : mediumNoun(k, i, end);
            medium |= j >= 0 && (j + 1 == end || k.isPunct(j + 1, ',') || k.is(j + 1, "with") || isDay(k, j + 1)
                    || k.is(j + 1, "on") && j + 2 < end && isDay(k, j + 2));
            if (!medium) {
                continue;
            }
            if (f == -2) {
                f = firstFinite(k, start, end);
            }
            return (f < 0 || f >= i) && !clauseFollows(k, start, i) ? i : end;
        }
        return end;
    }

    private static final WordSet HAVE = WordSet.of("has", "have", "had");

    /** Whether token i is the participle of a perfect after a form of have: {@code has won}, {@code 's had}. */
    private static boolean perfectFollows(Tokens k, int i) {
        return pastForm(k, i) || k.is(i, "had") || k.is(i, "been");
    }

    /**
     * Articles, possessives and the determiners that make a following "-ed" word an adjective ({@code the proposed
     * law}, {@code every listed firm}), unlike {@code many}.
     */
    private static final WordSet ADJECTIVE_DETERMINERS = WordSet.union(Lexicon.ARTICLES, WordSet.of("this", "that",
            "these", "those", "no", "every", "each"));

    /** Whether word token i is a subject pronoun with a contracted auxiliary: {@code he's}, {@code they'd}. */
    private static boolean contracted(Tokens k, int i) {
        return k.in(i, SUBJECT_PRONOUNS) && !k.in(i, Lexicon.PRONOUNS);
    }

    /**
     * Whether token i can open what a verb takes ({@code defended the plan}, {@code called on}, {@code was
     * cleared}): not a bare lower-case noun, which makes the word before it an adjective ({@code and iced
     * roads}).
     */
    private static boolean takesObject(Tokens k, int i) {
        return k.isCapitalised(i) || k.in(i, OBJECT_OPENERS) || k.in(i, Lexicon.DETERMINERS)
                || k.in(i, Lexicon.PRONOUNS) || k.in(i, CONTENT_STOP) || k.in(i, TAIL_OPENERS) || k.is(i, "that")
                || k.in(i, EMBEDDED) || k.endsWith(i, "ly");
    }

    private static boolean isDay(Tokens k, int i) {
        return k.in(i, Lexicon.DAYS) || k.in(i, Lexicon.TIME_ADVERBS);
    }

    /**
     * @return the content start moved back over the opening mark right before it when the quotation it opens closes
     *         inside the content ({@code “Smart” meters failed, the firm said}), not before {@code lo}
     */
    private static int openMark(String t, int lo, int start, int end) {
        if (start - 1 < lo) {
            return start;
        }
        char c = t.charAt(start - 1);
        char close = c == '\u201C' ? '\u201D' : c == '\u2018' ? '\u2019' : c == '"' || c == '\'' ? c : 0;
        for (int i = start + 1; close != 0 && i < end; i++) {
            if (t.charAt(i) == close && !(i + 1 < end && Character.isLetter(t.charAt(i + 1)))) {
                // (not an apostrophe inside a word: Russia’s); the doubled apostrophe of some archives: ''…''
                return close == '\'' && start - 2 >= lo && t.charAt(start - 2) == '\'' ? start - 2 : start - 1;
            }
        }
        return start;
    }

    /**
     * @return the content end moved past the closing mark of a quotation the content opens but does not close
     *         ({@code said Trump is “unelectable now.”}, {@code were 'necessary and proportionate'.}), not past
     *         {@code limit}
     */
    private static int closeMarks(String t, int from, int to, int limit) {
        int open = 0;
        int straight = 0;
        int single = 0; // single marks opened (‘ or ' before a letter at a word's start) and not closed
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\u201C') {
                open++;
            } else if (c == '\u201D' && open > 0) {
                open--;
            } else if (c == '"') {
                straight ^= 1;
            } else if (c == '\'' && i + 1 < to && t.charAt(i + 1) == '\'') {
                straight ^= 1; // the doubled apostrophe some archives write for a quotation mark
                i++;
            } else if (c == '\u2018' || c == '\'' || c == '\u2019') {
                boolean wordBefore = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
                boolean letterAfter = i + 1 < to && Character.isLetter(t.charAt(i + 1));
                if (c != '\u2019' && !wordBefore && letterAfter) {
                    single++;
                } else if (c != '\u2018' && single > 0 && !letterAfter) {
                    single--; // not an apostrophe inside a word (don't, Russia’s)
                }
            }
        }
        if (open == 0 && straight == 0 && single == 0) {
            return to;
        }
        int end = to;
        for (int i = to; i < limit && (open > 0 || straight > 0 || single > 0); i++) {
            char c = t.charAt(i);
            if (c == '\'' && straight > 0 && i + 1 < limit && t.charAt(i + 1) == '\'') {
                straight = 0;
                end = ++i + 1;
            } else if (c == '\u201D' && open > 0 || c == '"' && straight > 0) {
                open -= c == '\u201D' ? 1 : 0;
                straight = c == '"' ? 0 : straight;
                end = i + 1;
            } else if ((c == '\u2019' || c == '\'') && single > 0) {
                single--; // the inner quotation closes first: 'possible.'"
                end = i + 1;
            } else if (!(c == '.' || c == ',' || c == '!' || c == '?' || Character.isWhitespace(c))) {
                break;
            }
        }
        return end;
    }

    /** The most tokens a phrase fronted before the subject has for it to date the saying ({@code On Monday,}). */
    private static final int FRONTED_MAX = 6;

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
                              int from2, int to2, Attribution.Np np, int cueFrom, int cueTo, String rule) {
        Quote first = make(doc, view, actors, k, from, to, np, cueFrom, cueTo, rule);
        Quote second = make(doc, view, actors, k, from2, to2, np, cueFrom, cueTo, rule);
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        List<Span> segs = List.of(first.segments().get(0), second.segments().get(0));
        return new Quote(QuoteKind.INDIRECT, segs, first.speaker(), first.speakerMention(), first.cue(),
                first.saidOn(), first.confidence(), rule);
    }

    private static Quote make(Document doc, TextView view, ActorAnalysis actors, Tokens k, int from, int to,
                              Attribution.Np np, int cueFrom, int cueTo, String rule) {
        while (to > from && !k.isWord(to - 1) && !k.isPunct(to - 1, ')')
                && !(k.isPunct(to - 1, '%') && to - 1 > from && k.isWord(to - 2))) { // "sales rose 5%"
            to--;
        }
        from = firstWord(k, from, to);
        if (to <= from || np != null && !np.empty() && k.in(np.from(), NO_ONE)) {
            return null; // (“No group has claimed responsibility”, “Nobody has said …”: no one said it)
        }
        int cs = k.start(from);
        int ce = closeMarks(k.text(), cs, k.end(to - 1), Math.min(k.text().length(), k.end(k.size() - 1) + 3));
        cs = openMark(k.text(), k.start(0), cs, ce);
        int ms = np == null ? -1 : k.start(np.from());
        int me = np == null ? -1 : k.end(np.to() - 1);
        int a = np == null ? -1 : Attribution.speakerActor(k.text(), actors, ms, me);
        if (np != null && a < 0 && np.to() < cueFrom) {
            // "Opposition leader Clara Voss read it and said …": the phrase runs on through the title to the name,
            // that person's (as a direct quote's speaker phrase does)
            Attribution.Found f = new Attribution.Found(ms, me, k.start(cueFrom), k.end(cueTo - 1), rule, 0.7);
            Attribution.Found titled = Attribution.throughTitle(k.text(), actors, f);
            if (titled != f) {
                me = titled.mentionEnd();
                a = actors.actorAt(me - 1, me);
            }
        }
        String speaker = a >= 0 && a < actors.actors().size() ? actors.actors().get(a).id() : null;
        int clauseFrom = np == null ? k.start(cueFrom) : Math.min(k.start(cueFrom), ms);
        if (np != null && from > cueFrom && np.outer() >= 2 && np.outer() <= FRONTED_MAX + 1
                && k.isPunct(np.outer() - 1, ',')) {
            // "On Monday, X said CONTENT", "Speaking on Monday, the envoy, X, said …": a short phrase before the
            // subject (and its apposition) dates the saying too
            clauseFrom = Math.min(clauseFrom, k.start(0));
        }
        int clauseTo = np == null ? k.end(cueTo - 1) : Math.max(k.end(cueTo - 1), me);
        // after the cue: up to the content when it follows ("X said on Monday that …"; a date in the content is
        // when something happens, not when it was said), else a few words ("CONTENT, X said on Monday."), none
        // after a comma right after the cue ("CONTENT, X said, after a backlash last year")
        boolean closed = cueTo < k.size() && k.isPunct(cueTo, ',') && (np == null || np.to() <= cueFrom);
        clauseTo = from > cueFrom ? Math.max(clauseTo, k.start(from)) : closed ? clauseTo : clauseTo + 40;
        Span cue = view.span(k.start(cueFrom), k.end(cueTo - 1));
        return new Quote(QuoteKind.INDIRECT, List.of(view.span(cs, ce)), speaker,
                np == null ? null : view.span(ms, me), cue,
                RelativeDates.find(doc, clauseFrom, Math.min(k.end(k.size() - 1), clauseTo)),
                np == null ? 0.5 : 0.7, rule);
    }
}
