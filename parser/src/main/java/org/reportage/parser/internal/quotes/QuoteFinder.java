package org.reportage.parser.internal.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reportage.core.ActorKind;
import org.reportage.core.DateReference;
import org.reportage.core.MentionKind;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.Severity;
import org.reportage.core.Span;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.actors.ViewMention;
import org.reportage.parser.internal.dates.RelativeDates;
import org.reportage.parser.internal.text.ListItems;
import org.reportage.parser.internal.text.SpeakerLabels;
import org.reportage.parser.internal.text.TextView;

/**
 * Finds the quotes of one report and attributes them.
 *
 * <p>Three steps: {@link Marks} pairs the quotation marks of every paragraph; each quote is then classified
 * (direct, partial, scare) from its form and the words around it and attributed by ordered rules (see
 * {@link Attribution}; the rule that decided is kept in {@link Quote#rule()}); quotes without their own
 * attribution take the speaker of a neighbouring quote when the text continues the same voice. Last,
 * {@link IndirectSpeech} adds reported speech without marks.
 *
 * <p>Rule names ({@link Quote#rule()}), roughly from the most to the least sure:
 * <ul>
 *   <li>{@code after.inverted} ({@code “…,” said X}), {@code after.subject} ({@code “…,” X, the Y of Z, said}),
 *       {@code after.according_to}, {@code after.verb} (a short closing clause with a verb the lexicon does not
 *       hold: {@code “…?” Beck questioned.}), {@code after.signature} (a quotation that ends its paragraph, signed
 *       in the next: {@code - Bernie Sanders.}), {@code after.passive} ({@code “…,” the crew was told by X}: X
 *       speaks; without {@code by X} the quote has its cue and no speaker);</li>
 *   <li>{@code before.cue} ({@code X said: “…”}), {@code before.inverted} ({@code said X, who …: “…”}),
 *       {@code before.participle} ({@code X issued a statement, saying “…”}), {@code before.cue_conjoined}
 *       ({@code X spoke …; and declared “…”}, {@code X rose to say, “…”}), {@code before.cue_object}
 *       ({@code X ordered Y to state, “…”}: Y), {@code before.according_to}, {@code before.colon_subject}
 *       ({@code X has been clear: “…”}), {@code paragraph.colon_before} (a paragraph ending in a colon
 *       introduces the quote that opens the next), {@code transcript.label} ({@code "PENCE: …});</li>
 *   <li>{@code partial.cue_before}, {@code partial.cue_after}, {@code partial.according_to} (a fragment inside
 *       reported speech; later fragments of the same sentence join the first as segments);</li>
 *   <li>inherited from a neighbour, with the neighbour's mention and no cue: {@code next_quote}
 *       ({@code “A.” “B,” he said.}), {@code previous_sentence} (the sentence right before names a speaker with
 *       a reporting verb and quotes nobody: {@code X said Y. “…”}; this one keeps that cue),
 *       {@code previous_quote} (the last attributed quote of the paragraph),
 *       {@code paragraph.previous_sentence} (the same for the last sentence of the paragraph before),
 *       {@code paragraph.previous_speaker} (a paragraph that opens with a quote and gives no speaker continues
 *       the voice of the paragraph before);</li>
 *   <li>not attributed: {@code direct.unattributed}, {@code partial.unattributed} (also a short fragment right
 *       after a verb of speech whose speaker is not found), {@code scare.no_cue} (short, no speech cue in its
 *       sentence), {@code scare.title} (a short title-case quote without attribution, a subheading quoted in
 *       single marks, a headline followed by its byline {@code “…,” by X}), {@code scare.term} (an item of a list
 *       of quoted words without a speech cue: {@code the words “dredge,” “permit,” and “compensation”}),
 *       {@code scare.nickname} (a nickname quoted inside a name: {@code Joaquín “El Chapo” Guzmán});</li>
 *   <li>{@code indirect.cue_before}, {@code indirect.cue_after}, {@code indirect.cue_inside},
 *       {@code indirect.according_to}, {@code indirect.participle}, {@code indirect.infinitive}: see
 *       {@link IndirectSpeech}.</li>
 * </ul>
 *
 * <p>Speakers: the mention is found in the text (see {@link Attribution}) and mapped to an actor with
 * {@link ActorAnalysis#actorAt(int, int)}; a short mention the actor stage did not link (a pronoun) takes the
 * speaker of the quote before. {@code saidOn} comes from the relative-date resolver over the clause of the
 * cue.
 */
public final class QuoteFinder {
    /** {@code named}, which also appoints: a name after it opens with a capital or a digit. */
    private static final WordSet NAMED = WordSet.of("named");

    private static final int WINDOW = 400;
    private static final int SCARE_MAX_WORDS = 6;
    /** How many quotes back the continuation rules look: keeps them linear on a paragraph of many quotes. */
    private static final int LOOK_BACK = 12;
    /** Most fragments of one sentence joined into one partial quote. */
    private static final int MAX_SEGMENTS = 32;

    private static final java.util.Set<String> INHERITED = java.util.Set.of("next_quote", "previous_quote",
            "paragraph.previous_speaker", "paragraph.previous_sentence");

    /** Words that may follow a whole quoted utterance in the same sentence: when, where, and what came next. */
    private static final WordSet AFTER_UTTERANCE = WordSet.of("on", "in", "at", "during", "after", "before",
            "while", "when", "as", "last", "earlier", "later", "this", "and", "until", "from", "to");

    private QuoteFinder() {
    }

    /** Working state of one quote. */
    private static final class Item {
        final Marks.Raw raw;
        QuoteKind kind;
        Attribution.Found found;
        int[] segStart;
        int[] segEnd;
        boolean dropped;
        int ctxFrom;
        int ctxTo;
        int speakerActor = -1;
        String speakerId;
        int before; // start of the clause before the quote
        int afterEnd; // end of the clause after the quote
        boolean opensSentence;
        boolean title;
        boolean term;
        boolean nickname;
        Item owner; // the quote this one was joined to, when dropped
        Item voice; // the quote of the same utterance whose attribution (and date) this one takes

        Item(Marks.Raw raw) {
            this.raw = raw;
            this.segStart = raw.segStart();
            this.segEnd = raw.segEnd();
        }

        void absorb(Item other) {
            int n = segStart.length;
            int m = other.segStart.length;
            segStart = Arrays.copyOf(segStart, n + m);
            segEnd = Arrays.copyOf(segEnd, n + m);
            System.arraycopy(other.segStart, 0, segStart, n, m);
            System.arraycopy(other.segEnd, 0, segEnd, n, m);
            other.dropped = true;
        }

        int lastBlock() {
            return raw.lastBlock();
        }
    }

    /**
     * @param doc    the report
     * @param actors its actors
     * @return its quotes in text order
     */
    public static List<Quote> find(Document doc, ActorAnalysis actors) {
        String t = doc.text();
        int from = t.length();
        int to = 0;
        for (int b = 0; b < doc.blockCount(); b++) {
            from = Math.min(from, doc.blockStart(b));
            to = Math.max(to, doc.blockEnd(b));
        }
        // the stretches read lie in the report's blocks; the text may hold other reports
        Tokens.Buffers w = doc.workspace().get(Tokens.Buffers.KEY).on(t, Math.min(from, to), to);
        List<Quote> out;
        List<Quote> indirect;
        try {
            List<Marks.Raw> paired = Marks.pair(doc, w.chars(), w.base());
            List<Marks.Raw> raws = cutAtInsideAttribution(doc, t, w, splitTranscriptTurns(t, paired));
            int n = raws.size();
            Item[] items = new Item[n];
            for (int r = 0; r < n; r++) {
                items[r] = new Item(raws.get(r));
            }
            for (int r = 0; r < n; r++) {
                classify(doc, actors, t, w, items, r);
            }
            int[] interviewee = {IndirectSpeech.UNKNOWN}; // looked for at the first answer under a question
            for (int r = 0; r < n; r++) {
                inherit(doc, actors, t, w, items, r, interviewee);
            }
            out = new ArrayList<>(n);
            TextView view = doc.view();
            Item previous = null;
            for (Item it : items) {
                if (it.dropped) {
                    continue;
                }
                resolveSpeaker(t, it, actors, previous);
                out.add(toQuote(doc, view, it));
                if (it.speakerId != null || it.found != null) {
                    previous = it;
                }
            }
            indirect = IndirectSpeech.find(doc, w.before, actors, coveredStarts(items), coveredEnds(items));
        } finally {
            w.on(null, 0, 0); // the report is read (or failed): the parse's buffers keep no text
        }
        if (indirect.isEmpty()) {
            return out;
        }
        List<Quote> all = new ArrayList<>(out.size() + indirect.size());
        all.addAll(out);
        all.addAll(withoutCrossings(throughQuotations(doc, indirect, out), out));
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /**
     * An indirect content that stops inside a quotation runs on to the quotation's end: the reported words
     * include the quoted fragment, marks and all (the rule for partial quotes inside indirect speech). Each
     * extension is one binary search over the quotation segments, sorted by start.
     */
    private static List<Quote> throughQuotations(Document doc, List<Quote> indirect, List<Quote> marked) {
        if (marked.isEmpty()) {
            return indirect;
        }
        List<Span> segs = new ArrayList<>();
        for (Quote q : marked) {
            segs.addAll(q.segments());
        }
        segs.sort(null);
        int n = segs.size();
        List<Quote> out = new ArrayList<>(indirect.size());
        TextView view = doc.view();
        for (Quote q : indirect) {
            Span c = q.segments().get(0);
            int s = c.start();
            int e = c.end();
            // first quotation segment starting after s
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (segs.get(mid).start() <= s) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < n && segs.get(k).start() < e; k++) {
                e = Math.max(e, segs.get(k).end());
            }
            if (e != c.end()) {
                e = pastClosingMark(view.input(), view.base(), e); // a segment ends inside its marks
            }
            if (e == c.end() || q.segments().size() != 1) {
                out.add(q);
            } else {
                Span content = new Span(s, e,
                        view.input().subSequence(s - view.base(), e - view.base()).toString());
                out.add(new Quote(q.kind(), List.of(content), q.speaker(), q.speakerMention(), q.cue(), q.saidOn(),
                        q.confidence(), q.rule()));
            }
        }
        return out;
    }

    /** @return the input offset after the closing quotation mark at input offset {@code e}, if one is there */
    private static int pastClosingMark(CharSequence input, int base, int e) {
        int i = e - base;
        if (i + 1 < input.length() && input.charAt(i) == '\'' && input.charAt(i + 1) == '\'') {
            return e + 2; // the doubled apostrophe of some archives
        }
        if (i < input.length()) {
            char c = input.charAt(i);
            if (c == '\u201D' || c == '\u2019' || c == '"' || c == '\'' || c == '\u00BB' || c == '\u203A'
                    || c == '\u201C') {
                return e + 1; // (“ closes a „ quotation)
            }
        }
        return e;
    }

    /**
     * Drops the indirect quotes whose content crosses a quotation (starts outside its marks and ends inside, or
     * the other way round): quotes nest or stay apart, never cross, and the marks are the stronger evidence.
     * One sweep over the segments sorted by start (longest first), with a stack of the open ones: O(n log n).
     */
    private static List<Quote> withoutCrossings(List<Quote> indirect, List<Quote> marked) {
        record Seg(int start, int end, int indirectIndex) {
        }
        List<Seg> segs = new ArrayList<>();
        for (Quote q : marked) {
            for (var sp : q.segments()) {
                segs.add(new Seg(sp.start(), sp.end(), -1));
            }
        }
        for (int i = 0; i < indirect.size(); i++) {
            for (var sp : indirect.get(i).segments()) {
                segs.add(new Seg(sp.start(), sp.end(), i));
            }
        }
        segs.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        boolean[] drop = new boolean[indirect.size()];
        java.util.ArrayDeque<Seg> open = new java.util.ArrayDeque<>();
        for (Seg x : segs) {
            if (x.indirectIndex >= 0 && drop[x.indirectIndex]) {
                continue;
            }
            boolean keep = true;
            while (!open.isEmpty()) {
                Seg top = open.peek();
                if (top.end <= x.start) {
                    open.pop();
                } else if (top.end < x.end) { // x starts inside top and ends after it: they cross
                    if (x.indirectIndex >= 0) {
                        drop[x.indirectIndex] = true;
                        keep = false;
                        break;
                    } else if (top.indirectIndex >= 0) {
                        drop[top.indirectIndex] = true;
                        open.pop();
                    } else {
                        break; // two quotations: the mark pairing decided, leave them
                    }
                } else {
                    break;
                }
            }
            if (keep) {
                open.push(x);
            }
        }
        List<Quote> kept = new ArrayList<>(indirect.size());
        for (int i = 0; i < indirect.size(); i++) {
            if (!drop[i]) {
                kept.add(indirect.get(i));
            }
        }
        return kept;
    }

    private static int[] coveredStarts(Item[] items) {
        int[] s = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            s[i] = items[i].kind != QuoteKind.DIRECT ? -1 : items[i].raw.open();
        }
        return s;
    }

    private static int[] coveredEnds(Item[] items) {
        int[] e = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            e[i] = items[i].kind != QuoteKind.DIRECT ? -1 : items[i].raw.after();
        }
        return e;
    }

    private static void classify(Document doc, ActorAnalysis actors, String t, Tokens.Buffers w, Item[] items,
                                 int r) {
        Item it = items[r];
        Marks.Raw raw = it.raw;
        if (transcriptLabel(t, it)) {
            return;
        }
        int open = raw.open();
        int blockStart = doc.blockStart(raw.firstBlock());
        Item prev = r > 0 && items[r - 1].lastBlock() == raw.firstBlock() ? items[r - 1] : null;
        int low = Math.max(Math.max(blockStart, prev == null ? blockStart : prev.raw.after()), open - WINDOW);
        // the sentence-end test may see the opening mark itself: "… of Jacksonville, Fla. “She …"
        int bf = Text.sentenceStartBefore(t, low, open, Math.min(t.length(), open + 2));
        if (bf == blockStart) {
            bf = ListItems.textStart(t, bf, open); // "• “We will rebuild,” Nowak said.": an item opens a sentence
        }
        it.before = bf;
        it.opensSentence = bf > low || low == blockStart || prev != null && bf == low
                && isStop(t.charAt(prev.segEnd[prev.segEnd.length - 1] - 1)) && prev.raw.closed();
        int close = raw.close();
        int afterEnd = close + 1;
        if (raw.closed()) {
            int blockEnd = doc.blockEnd(raw.lastBlock());
            Item next = r + 1 < items.length && items[r + 1].raw.firstBlock() == raw.lastBlock() ? items[r + 1] : null;
            int hi = Math.min(Math.min(blockEnd, next == null ? blockEnd : next.raw.open()), close + 1 + WINDOW);
            afterEnd = w.after.sentenceEnd(close + 1, hi);
        }
        it.afterEnd = afterEnd;

        int prevChar = Text.lastNonSpace(t, bf, open);
        boolean emptyBefore = prevChar < 0;
        char pc = emptyBefore ? 0 : t.charAt(prevChar);
        int lastSeg = it.segEnd.length - 1;
        char lastInside = t.charAt(it.segEnd[lastSeg] - 1);
        int firstAfter = raw.closed() ? Text.firstNonSpace(t, close + 1, afterEnd) : -1;
        // “… leaving.” However, … : a full stop inside the marks and a capital after them start a new sentence
        boolean sentenceEnded = lastInside == '.' && firstAfter >= 0 && Character.isUpperCase(t.charAt(firstAfter));
        Attribution.Found after = raw.closed() && !sentenceEnded ? Attribution.after(w.after, close + 1, afterEnd) : null;
        if (sentenceEnded && afterEnd > close + 1 && t.charAt(afterEnd - 1) == '.') {
            // “… that are missing.” Trump said. — a full stop typed for the comma: the sentence after the quotation
            // is nothing but its attribution
            Attribution.Found f = Attribution.after(w.after, close + 1, afterEnd);
            if (f != null && ("after.subject".equals(f.rule()) || "after.inverted".equals(f.rule()))
                    && Text.firstNonSpace(t, Math.max(f.mentionEnd(), f.cueEnd()), afterEnd) == afterEnd - 1) {
                after = f;
            }
        }
        char firstInside = firstLetter(t, it.segStart[0], it.segEnd[0]);
        // "X said the army would respond “with overwhelming force.”": a cue inside reported content introduces
        // a fragment of it, not an utterance
        boolean endsWithCue = !emptyBefore && Text.endsWithCue(t, bf, open) && !(Character.isLowerCase(firstInside)
                && Attribution.endsWithReportedCue(w.before, bf, open));
        // "said that “…”", also "her comment that, “…”"
        boolean endsWithThat = !emptyBefore && (Text.endsWithWord(t, bf, open, "that")
                || pc == ',' && Text.endsWithWord(t, bf, prevChar, "that"));
        // a dash (— – or a spaced/doubled hyphen) or a bracket opens an aside: a whole utterance there starts with a
        // capital or is attributed after it ("- ''He would have loved Stalin,'' Mr. Biden said -"); a lower-case
        // fragment continues the sentence ("her record—“the longest expansion in our history”—"). After a comma, a
        // lower-case quotation completes the writer's sentence ("In this election, “resources don't …,” said X")
        // unless a verb of speech comes right before it or the quotation goes on after its cue (“…,” X said, “…”)
        boolean dash = pc == '\u2014' || pc == '\u2013' || pc == '-' && prevChar > bf
                && (t.charAt(prevChar - 1) == '-' || Character.isWhitespace(t.charAt(prevChar - 1)));
        boolean intro = emptyBefore || pc == ':' || endsWithCue || Text.capsHeading(t, bf, open)
                || (dash || pc == '(') && (after != null || Character.isUpperCase(firstInside))
                || pc == ',' && (after != null && (!Character.isLowerCase(firstInside)
                || splitQuote(t, items, r, afterEnd)) || Character.isUpperCase(firstInside)
                || Text.cueNearEnd(t, bf, open));
        if (subheading(doc, t, it) || raw.closed() && (emptyBefore || dash) && bylineAfter(t, close + 1, afterEnd)) {
            // a paragraph that is only a short quotation in single marks (a subheading citing the story), or a
            // headline with its byline ("“Met accused of …,” by Post's Kathianne Boniello"): a title, not speech
            it.kind = QuoteKind.SCARE;
            it.title = true;
            return;
        }
        if (endsWithThat || !emptyBefore && pc != ':' && isTitle(doc, t, raw.firstBlock())) {
            intro = false; // "said that “…”", or a headline "X: Y ‘…’": a fragment inside reported speech
        }
        int afterChar = raw.closed() ? Text.firstNonSpace(t, close + 1, afterEnd) : -1;
        char ac = afterChar < 0 ? 0 : t.charAt(afterChar);
        boolean endsSentence = raw.closed() && (isStop(lastInside) && (afterChar < 0 || isStop(ac)
                || Character.isUpperCase(ac)) || afterChar >= 0 && isStop(ac) && Text.firstNonSpace(t, afterChar + 1,
                afterEnd) < 0);
        if (!intro && endsSentence && !emptyBefore && Character.isUpperCase(firstInside)
                && Text.endsWithWeakCue(t, bf, open) && !isTitleCase(t, it.segStart[0], it.segEnd[lastSeg])) {
            intro = true; // protesters chanted “Go home now.”: a whole utterance after a verb of voicing
        }
        if (intro && !emptyBefore && Text.thatAfterCue(t, Text.sentenceStartBack(t, Math.max(blockStart, open - WINDOW),
                open), open)) {
            intro = false; // "he adds that voters have two choices: “…”": the quotation completes a reported clause
        }
        boolean outro = !raw.closed() || isEndPunct(lastInside) || afterChar < 0 || isEndPunct(ac) || ac == ')'
                || after != null || pc == ':'
                // tweeted, “Thank you Indiana!” on Friday: a whole utterance after its cue, then when or where
                || endsWithCue && Character.isUpperCase(firstInside) && Text.startsWithWord(t, afterChar, afterEnd,
                AFTER_UTTERANCE);
        // a list of quoted words ("the words “dredge,” “permit,” and “compensation”") is not a whole utterance: a
        // fragment of reported speech when a cue introduces it, else terms
        boolean terms = termList(t, items, r);
        if (terms) {
            intro = false;
        }
        if (raw.closed() && actors.mentionIs(open + 1, close, "name.nickname")) {
            // Joaquín “El Chapo” Guzmán: the actor stage read the quotation as a name inside a name
            it.kind = QuoteKind.SCARE;
            it.nickname = true;
            return;
        }
        if (!emptyBefore && raw.closed() && it.segStart.length == 1 && Text.endsWithNaming(t, bf, open)
                && !(Character.isLowerCase(firstInside) && Text.endsWithWordIn(t, bf, open, NAMED))
                && Text.words(t, it.segStart, it.segEnd, NAME_MAX_WORDS + 1) <= NAME_MAX_WORDS) {
            // an operation codenamed “Serengeti”, the tram line known as “Bybanen 2”: a name, not words said (not
            // "a successor would be named “in due course”": after "named" a name opens with a capital or a digit)
            it.kind = QuoteKind.SCARE;
            it.title = true;
            return;
        }
        if ((intro && outro || !emptyBefore && Text.endsWithWorkNoun(t, bf, open)
                && isTitleCase(t, it.segStart[0], it.segEnd[lastSeg]))
                && titleInSentence(t, it, emptyBefore ? -1 : bf, after != null, afterChar)) {
            // also a name in title case inside reported speech: "The poet said her novel “Small Hours” was …"
            it.kind = QuoteKind.SCARE;
            it.title = true;
            return;
        }
        Around around = new Around(open, close, low, blockStart, prevChar, lastInside, after);
        if (intro && outro) {
            direct(doc, t, w, items, r, around);
            return;
        }
        embedded(doc, t, w, items, r, prev, around, endsWithThat, terms);
    }

    /**
     * What {@link #classify} read around a quote, for the rule that then attributes it. View offsets.
     *
     * @param open       the opening mark
     * @param close      the closing mark, or -1
     * @param low        where the context before the quote may start
     * @param blockStart the start of the quote's first paragraph
     * @param prevChar   the last character before the opening mark in its context, or -1
     * @param lastInside the last character inside the marks
     * @param after      the attribution found after the quote, or {@code null}
     */
    private record Around(int open, int close, int low, int blockStart, int prevChar, char lastInside,
                          Attribution.Found after) {
        /** @return whether nothing stands before the quote in its context */
        boolean emptyBefore() {
            return prevChar < 0;
        }
    }

    /**
     * A whole utterance introduced and closed as one ({@code “…,” she said}, {@code X said: “…”}): kind direct,
     * attributed after it or before it (a colon, the paragraph before, a signature after it), or a title when
     * nothing attributes it and it is in title case; a split quote takes its continuation.
     *
     * @param a what classify read around the quote
     */
    private static void direct(Document doc, String t, Tokens.Buffers w, Item[] items, int r, Around a) {
        Item it = items[r];
        Marks.Raw raw = it.raw;
        int blockStart = a.blockStart();
        it.kind = QuoteKind.DIRECT;
        Attribution.Found f = a.after();
        if (f != null) {
            it.ctxFrom = a.close() + 1;
            it.ctxTo = it.afterEnd;
        } else {
            f = a.emptyBefore() ? null : Attribution.before(w.before, it.before, a.open());
            if (f == null && !a.emptyBefore() && !it.opensSentence && it.before == a.low()
                    && a.low() > blockStart) {
                // “We’re safe now,” adding, “…”: the clause after the quote before has no subject of its own;
                // read the whole sentence, whose subject speaks
                int ss = Text.sentenceStartBefore(t, Math.max(blockStart, a.open() - WINDOW), a.open(),
                        Math.min(t.length(), a.open() + 2));
                if (ss < it.before) {
                    f = Attribution.before(w.before, ss, a.open());
                }
            }
            if (f == null && a.prevChar() >= 0 && t.charAt(a.prevChar()) == ':' && !wordInSentence(t, a)) {
                f = Attribution.colon(w.before, it.before, a.prevChar());
            }
            it.ctxFrom = it.before;
            it.ctxTo = a.open();
            if (f == null && a.emptyBefore() && it.before == blockStart && raw.firstBlock() > 0) {
                f = colonParagraphBefore(doc, t, w, raw.firstBlock() - 1);
                if (f != null) {
                    it.ctxFrom = doc.blockStart(raw.firstBlock() - 1);
                    it.ctxTo = f.cueEnd();
                }
            }
            if (f == null && raw.closed() && raw.lastBlock() + 1 < doc.blockCount()
                    && Text.firstNonSpace(t, a.close() + 1, doc.blockEnd(raw.lastBlock())) < 0) {
                // a quotation that ends its paragraph, signed in the next: “…” ¶ - Bernie Sanders.
                f = Attribution.signature(w.after, doc.blockStart(raw.lastBlock() + 1), doc.blockEnd(raw.lastBlock() + 1));
            }
        }
        it.found = f;
        // a title-case sentence of its own in the middle of a paragraph ("… Graham asked. “Neither do I.”") is
        // speech going on, not a title
        boolean ownSentence = it.opensSentence && it.before > blockStart
                && Text.lastNonSpace(t, blockStart, it.before) >= 0
                && isStop(a.lastInside());
        if (f == null && !ownSentence && isTitleCase(t, it.segStart[0], it.segEnd[it.segEnd.length - 1])) {
            // his memoir, “A Time for Truth,” came out: a title, not speech
            it.kind = QuoteKind.SCARE;
            it.title = true;
            return;
        }
        // a split quote: “First,” she said, “second.”
        if (a.after() != null && splitQuote(t, items, r, it.afterEnd)) {
            Item next = items[r + 1];
            classifyContinuation(items, r + 1);
            it.absorb(next);
            next.owner = it;
        }
    }

    /**
     * A quotation embedded in a sentence: a partial quote when a cue before or after it names its speaker (or it
     * goes on a partial quote of the same sentence), else a partial or scare quote by its length and what
     * precedes it.
     *
     * @param prev         the quote before it in the same paragraph, or {@code null}
     * @param a            what classify read around it
     * @param endsWithThat whether its context ends with {@code that}
     * @param terms        whether it is an item of a list of quoted terms
     */
    private static void embedded(Document doc, String t, Tokens.Buffers w, Item[] items, int r, Item prev,
                                 Around a, boolean endsWithThat, boolean terms) {
        Item it = items[r];
        Marks.Raw raw = it.raw;
        // embedded in a sentence: partial quote or scare quote
        Attribution.Found f = Attribution.before(w.before, it.before, a.open(),
                isTitle(doc, t, raw.firstBlock()));
        if (f != null) {
            f = f.withRule("partial.cue_before", 0.8);
            it.ctxFrom = it.before;
            it.ctxTo = a.open();
        } else if (raw.closed()) {
            f = Attribution.anywhere(w.after, a.close() + 1, it.afterEnd);
            if (f != null && closesSentence(t, a.close(), it.afterEnd)
                    && !Lexicon.PRONOUNS.contains(t, f.mentionStart(), f.mentionEnd())) {
                f = null; // a sentence of its own after it, about someone new
            }
            if (f == null && invertedAfter(t, a.after(), it.afterEnd)) {
                // has been “very upset about it,” said a source close to the council: the inverted attribution
                // right after the fragment, with a lower-case speaker phrase, names its speaker
                f = a.after().withRule("partial.cue_after", Math.min(a.after().confidence(), 0.75));
            }
            it.ctxFrom = a.close() + 1;
            it.ctxTo = it.afterEnd;
        }
        if (f != null) {
            it.kind = QuoteKind.PARTIAL;
            it.found = f;
            return;
        }
        Item owner = prev == null ? null : prev.dropped ? prev.owner : prev;
        if (owner != null && owner.kind == QuoteKind.PARTIAL && owner.found != null && !it.opensSentence
                && prev.afterEnd >= a.open()) {
            // another fragment of the same reported sentence: a segment of the same quote (a bounded number, so
            // that a sentence of a thousand fragments stays linear)
            if (owner.segStart.length < MAX_SEGMENTS) {
                owner.absorb(it);
                it.owner = owner;
                return;
            }
            it.kind = QuoteKind.PARTIAL;
            it.found = owner.found.withRule("partial.same_sentence", 0.7);
            return;
        }
        int words = Text.words(t, it.segStart, it.segEnd, SCARE_MAX_WORDS);
        // a short quotation right after a verb of speech (“adding that ‘they have anger’”, a headline “X Says
        // ‘…’”) is a fragment of reported speech even when its speaker is not found: partial, not scare
        boolean speechBefore = endsWithThat || !a.emptyBefore() && Text.cueNearEnd(t, it.before, a.open(),
                isTitle(doc, t, raw.firstBlock()));
        it.kind = terms || words <= SCARE_MAX_WORDS && !speechBefore ? QuoteKind.SCARE : QuoteKind.PARTIAL;
        it.term = terms;
    }

    /** Most words of a quoted name after a naming word ({@link Text#endsWithNaming}). */
    private static final int NAME_MAX_WORDS = 5;

    /** Most words of one item of a list of quoted terms. */
    private static final int TERM_MAX_WORDS = 3;

    private static final WordSet LIST_WORDS = WordSet.of("and", "or", "nor");

    /**
     * Whether the quote is one item of a list of quoted words ({@code the words “dredge,” “permit,” and
     * “compensation”}): short quotations of one paragraph, each next to another separated only by a comma or
     * {@code and}/{@code or}. Words named by the writer, not speech: kind scare, rule {@code scare.term}.
     */
    private static boolean termList(String t, Item[] items, int r) {
        if (!isTerm(t, items[r].raw)) {
            return false;
        }
        return r > 0 && isTerm(t, items[r - 1].raw) && listGap(t, items[r - 1].raw, items[r].raw)
                || r + 1 < items.length && isTerm(t, items[r + 1].raw) && listGap(t, items[r].raw, items[r + 1].raw);
    }

    private static boolean isTerm(String t, Marks.Raw raw) {
        return raw.closed() && raw.segments() == 1 && Text.words(t, raw.segStart(), raw.segEnd(), TERM_MAX_WORDS) <= TERM_MAX_WORDS;
    }

    /** Whether only commas and {@code and}/{@code or} (a comma at least or one of the words) stand between two quotes. */
    private static boolean listGap(String t, Marks.Raw a, Marks.Raw b) {
        if (a.lastBlock() != b.firstBlock()) {
            return false;
        }
        boolean separated = t.charAt(a.segEnd()[0] - 1) == ',';
        int i = a.after();
        int e = b.open();
        while (i < e) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || Marks.isMarkChar(c)) {
                separated |= c == ',';
                i++;
            } else if (Text.startsWithWord(t, i, e, LIST_WORDS)) {
                separated = true;
                i = Text.wordEnd(t, i, e);
            } else {
                return false;
            }
        }
        return separated;
    }

    /**
     * Whether a one-paragraph quotation that reads as a whole utterance is a title named in the writer's sentence:
     * right after the noun of a work ({@code in her 2015 memoir, “Quiet Years.”}) when it is in title case or the
     * sentence goes on after it without an attribution ({@code her essay, “Keep the mill open,” is …}), or a
     * title-case name of two or more words without closing punctuation that the sentence goes on after, other
     * than with a word of when or where ({@code “Friday Night Lights” ratings fell}).
     *
     * @param before    start of the words before the opening mark, or -1 when there are none
     * @param attributed whether an attribution follows the closing mark
     * @param afterChar the first non-space character after the closing mark, or -1
     */
    private static boolean titleInSentence(String t, Item it, int before, boolean attributed, int afterChar) {
        Marks.Raw raw = it.raw;
        if (!raw.closed() || it.segStart.length != 1 || raw.firstBlock() != raw.lastBlock()) {
            return false;
        }
        int s = it.segStart[0];
        int e = it.segEnd[0];
        int words = e <= s ? 0 : Text.words(t, it.segStart, it.segEnd, 10);
        if (e <= s || words > 10) {
            return false;
        }
        boolean titleCase = isTitleCase(t, s, e);
        char last = t.charAt(e - 1);
        boolean goesOn = !attributed && afterChar >= 0 && Character.isLowerCase(t.charAt(afterChar));
        if (before >= 0 && Text.endsWithWorkNoun(t, before, raw.open())) {
            return titleCase || goesOn && !isStop(last);
        }
        if (!titleCase || !goesOn || !Character.isLetterOrDigit(last) || words < 2) {
            return false;
        }
        int p = raw.close() + 1;
        while (p < afterChar && t.charAt(p) == '\'') {
            p++; // the second half of a doubled mark ''
        }
        // a sign or a chant is voiced where and when: hat reading “Vote Them Out” at the rally stays an utterance
        return afterChar == p + 1 && Character.isWhitespace(t.charAt(p))
                && !Text.startsWithWord(t, afterChar, t.length(), AFTER_UTTERANCE);
    }

    /**
     * Whether a quotation without punctuation of its own is a word of the sentence that runs on after it in lower
     * case ({@code was split: “Yes” won by one vote}): what the colon introduces is that sentence, no one's words.
     */
    private static boolean wordInSentence(String t, Around a) {
        int next = Text.firstNonSpace(t, a.close() + 1, Math.min(t.length(), a.close() + 3));
        return a.close() >= 0 && Character.isLetterOrDigit(a.lastInside()) && next >= 0
                && Character.isLowerCase(t.charAt(next));
    }

    /**
     * Whether a fragment's closing mark at {@code close} also ends the sentence: a full stop, question or exclamation
     * mark before it and a capital after it ({@code pep talks like “We will win.” The mayor announced …}): what
     * follows is a sentence of its own, whose cue is the fragment's only when it goes on in the same voice (a
     * pronoun: {@code … to “do the right thing.” He said …}).
     */
    private static boolean closesSentence(String t, int close, int afterEnd) {
        char end = close > 0 ? t.charAt(close - 1) : ' ';
        int next = Text.firstNonSpace(t, close + 1, afterEnd);
        return (end == '.' || end == '?' || end == '!') && next >= 0 && Character.isUpperCase(t.charAt(next));
    }

    /**
     * Whether an attribution found after a closing mark is an inverted one that ends there ({@code , said a source
     * close to the council.}), not the main verb of the writer's sentence ({@code citing “…,” said the mayor could
     * …}) nor a participle ({@code , saying the town …}).
     */
    private static boolean invertedAfter(String t, Attribution.Found after, int afterEnd) {
        if (after == null || !"after.inverted".equals(after.rule())
                || Lexicon.PARTICIPLES.contains(t, after.cueStart(), after.cueEnd())) {
            return false;
        }
        int next = Text.firstNonSpace(t, after.mentionEnd(), afterEnd);
        return next < 0 || !Text.startsWithWord(t, next, afterEnd, Lexicon.AUX)
                && !Text.startsWithWord(t, next, afterEnd, Lexicon.CUES);
    }

    /**
     * A paragraph that ends with a colon introduces the quote that opens the next one:
     * {@code X observed, …:} ¶ {@code “…”}.
     */
    private static Attribution.Found colonParagraphBefore(Document doc, String t, Tokens.Buffers w, int block) {
        int from = doc.blockStart(block);
        int to = doc.blockEnd(block);
        int last = Text.lastNonSpace(t, from, to);
        if (last < 0 || t.charAt(last) != ':') {
            return null;
        }
        int s = Text.sentenceStartBack(t, Math.max(from, last - WINDOW), last);
        Attribution.Found f = Attribution.before(w.before, s, last + 1);
        if (f == null) {
            f = Attribution.colon(w.before, s, last);
        }
        return f == null ? null : f.withRule("paragraph.colon_before", Math.min(f.confidence(), 0.8));
    }

    /**
     * Whether the quotation at r goes on in the next one right after its attribution clause, which ends with a
     * comma: {@code “First,” she said, “second.”}.
     */
    private static boolean splitQuote(String t, Item[] items, int r, int afterEnd) {
        if (r + 1 >= items.length) {
            return false;
        }
        Marks.Raw raw = items[r].raw;
        Item next = items[r + 1];
        if (next.raw.firstBlock() != raw.lastBlock() || next.raw.open() != afterEnd || !raw.closed()) {
            return false;
        }
        int c = Text.lastNonSpace(t, raw.close() + 1, next.raw.open());
        return c >= 0 && t.charAt(c) == ',';
    }

    /**
     * A paragraph that holds only a short quotation in single marks ({@code ‘A really tough decision.’}): the
     * subheading convention of news copy, which quotes the story below it.
     */
    private static boolean subheading(Document doc, String t, Item it) {
        Marks.Raw raw = it.raw;
        if (raw.family() != Marks.SINGLE || raw.firstBlock() != raw.lastBlock() || !raw.closed() || raw.segments() != 1) {
            return false;
        }
        int from = doc.blockStart(raw.firstBlock());
        int to = doc.blockEnd(raw.firstBlock());
        if (raw.open() - from > 8 || to - raw.close() > 8) {
            return false; // bounded: only a dash or a full stop may stand around it
        }
        for (int i = from; i < raw.open(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u2013' && c != '\u2014' && c != '-') {
                return false;
            }
        }
        for (int i = raw.close() + 1; i < to; i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != '\u2013' && c != '\u2014' && c != '-') {
                return false;
            }
        }
        return Text.words(t, it.segStart, it.segEnd, 10) <= 10;
    }

    /** Whether the words after a closing mark are a byline: {@code by} and a capitalised name. */
    private static boolean bylineAfter(String t, int from, int to) {
        int i = Text.firstNonSpace(t, from, to);
        if (i < 0 || i + 3 >= to || t.charAt(i) != 'b' || t.charAt(i + 1) != 'y' || t.charAt(i + 2) != ' ') {
            return false;
        }
        int j = Text.firstNonSpace(t, i + 3, to);
        if (j >= 0 && j + 4 < to && t.regionMatches(j, "the ", 0, 4)) {
            j = Text.firstNonSpace(t, j + 4, to);
        }
        return j >= 0 && Character.isUpperCase(t.charAt(j));
    }

    /** Whether a block is a headline: the document says so, or it is a first line in title case. */
    private static boolean isTitle(Document doc, String t, int block) {
        if (block == 0 && doc.headlineBlock()) {
            return true;
        }
        if (block != 0) {
            return false;
        }
        int from = doc.blockStart(0);
        int to = doc.blockEnd(0);
        if (to - from > 300) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (Character.isLetter(c) && (i == from || !Character.isLetterOrDigit(t.charAt(i - 1))
                    && t.charAt(i - 1) != '\'' && t.charAt(i - 1) != '\u2019')) {
                int e = i;
                while (e < to && Character.isLetter(t.charAt(e))) {
                    e++;
                }
                if (e - i > 3) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        caps++;
                    }
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    /**
     * A transcript quoted paragraph by paragraph ({@code "WALLACE: …} ¶ {@code "PENCE: …}) reopens every
     * paragraph like a multi-paragraph quote, but each labelled paragraph is a new speaker's turn: split there.
     */
    private static List<Marks.Raw> splitTranscriptTurns(String t, List<Marks.Raw> raws) {
        List<Marks.Raw> out = null;
        for (int r = 0; r < raws.size(); r++) {
            Marks.Raw raw = raws.get(r);
            int from = 0;
            boolean split = false;
            for (int k = 1; k < raw.segments(); k++) {
                if (SpeakerLabels.end(t, raw.segStart()[k], raw.segEnd()[k]) > 0) {
                    if (out == null) {
                        out = new ArrayList<>(raws.subList(0, r));
                    }
                    out.add(slice(raw, from, k, false));
                    from = k;
                    split = true;
                }
            }
            if (split) {
                out.add(slice(raw, from, raw.segments(), raw.closed()));
            } else if (out != null) {
                out.add(raw);
            }
        }
        return out == null ? raws : out;
    }

    /** How far after a comma inside an unclosed quotation its attribution is looked for. */
    private static final int INSIDE_CUE_WINDOW = 160;

    /**
     * An unclosed one-segment quotation whose attribution stands inside it ({@code "… promises we will keep, said
     * Mara Voss, whose …} and no closing mark): the closing mark was left out before the attribution, so the
     * quotation ends at the comma before it, the comma standing for the closing mark, instead of running on to
     * the paragraph end. Each comma is read with a bounded window, so the pass stays linear.
     */
    private static List<Marks.Raw> cutAtInsideAttribution(Document doc, String t, Tokens.Buffers w,
                                                          List<Marks.Raw> raws) {
        List<Marks.Raw> out = null;
        for (int r = 0; r < raws.size(); r++) {
            Marks.Raw raw = raws.get(r);
            Marks.Raw cut = raw.closed() || raw.segments() != 1 ? null : cutUnclosed(doc, t, w, raw);
            if (cut != null && out == null) {
                out = new ArrayList<>(raws.subList(0, r));
            }
            if (out != null) {
                out.add(cut == null ? raw : cut);
            }
        }
        return out == null ? raws : out;
    }

    private static final WordSet FIRST_PERSON = WordSet.of("i", "we", "you", "us", "our", "my");

    private static Marks.Raw cutUnclosed(Document doc, String t, Tokens.Buffers w, Marks.Raw raw) {
        int s = raw.segStart()[0];
        int e = raw.segEnd()[0];
        int words = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !in) {
                words++;
            }
            in = letter;
            if (c != ',' || words < 3) {
                continue;
            }
            int j = Text.firstNonSpace(t, i + 1, e);
            if (j < 0 || !Character.isUpperCase(t.charAt(j)) && !Text.startsWithWord(t, j, e, Lexicon.CUES)
                    && !Text.startsWithWord(t, j, e, Lexicon.DETERMINERS)
                    && !Text.startsWithWord(t, j, e, Lexicon.PRONOUNS)) {
                continue; // cheap test first: an attribution starts with a verb of speech or a speaker
            }
            int end = w.after.sentenceEnd(i + 1, Math.min(e, i + 1 + INSIDE_CUE_WINDOW));
            Attribution.Found f = Attribution.after(w.after, i + 1, end);
            // a verb of speech that is not also an everyday verb (we can advance …), and a speaker in the third
            // person: "we" or "I" right after a comma is the quotation going on
            if (f != null && ("after.inverted".equals(f.rule()) || "after.subject".equals(f.rule()))
                    && !Lexicon.WEAK_CUES.contains(t, f.cueStart(), f.cueEnd())
                    && !FIRST_PERSON.contains(t, f.mentionStart(), Text.wordEnd(t, f.mentionStart(), f.mentionEnd()))) {
                doc.diagnostics().add("quote.unclosed", Severity.INFO,
                        "quote not closed: ended at the comma before the attribution inside it", raw.open(), i + 1);
                return new Marks.Raw(new int[] {s}, new int[] {i + 1}, raw.openMark(), new int[] {i},
                        raw.firstBlock(), raw.firstBlock(), raw.family(), true);
            }
        }
        return null;
    }

    private static Marks.Raw slice(Marks.Raw raw, int from, int to, boolean closed) {
        return new Marks.Raw(Arrays.copyOfRange(raw.segStart(), from, to), Arrays.copyOfRange(raw.segEnd(), from, to),
                Arrays.copyOfRange(raw.openMark(), from, to), Arrays.copyOfRange(raw.closeMark(), from, to),
                raw.firstBlock(), raw.lastBlock(), raw.family(), closed);
    }

    /**
     * A transcript turn quoted whole: {@code "PENCE: Well, look, …"}. The label in capitals names the speaker and
     * is not part of the quoted words.
     */
    private static boolean transcriptLabel(String t, Item it) {
        int s = it.segStart[0];
        int e = it.segEnd[0];
        int i = SpeakerLabels.end(t, s, e);
        if (i < 0) {
            return false;
        }
        int c = i + 1;
        while (c < e && Character.isWhitespace(t.charAt(c))) {
            c++;
        }
        if (c >= e) {
            return false;
        }
        int[] starts = it.segStart.clone();
        starts[0] = c;
        it.segStart = starts;
        it.kind = QuoteKind.DIRECT;
        it.found = new Attribution.Found(s, i, i, i + 1, "transcript.label", 0.9);
        it.before = it.raw.open();
        it.afterEnd = it.raw.after();
        it.ctxFrom = s;
        it.ctxTo = i;
        return true;
    }

    /** @return whether the words are a short title: at most eight words, nearly all capitalised */
    private static boolean isTitleCase(String t, int from, int to) {
        int words = 0;
        int caps = 0;
        int upper = 0; // words written with a capital or a digit (not the short words a title leaves small)
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) && (i == from || !Character.isLetterOrDigit(t.charAt(i - 1))
                    && t.charAt(i - 1) != '\'' && t.charAt(i - 1) != '\u2019')) {
                words++;
                if (words > 8) {
                    return false;
                }
                int e = i;
                while (e < to && Character.isLetter(t.charAt(e))) {
                    e++;
                }
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    upper++;
                }
                if (Character.isUpperCase(c) || Character.isDigit(c) || e - i <= 3) {
                    caps++;
                }
            }
        }
        // "Did you win?" is a sentence: one capital, then short words
        return words >= 1 && caps == words && (words == 1 || upper >= 2) && Character.isUpperCase(t.charAt(from));
    }

    /** The second part of a split quote is absorbed by the first: nothing to decide for it. */
    private static void classifyContinuation(Item[] items, int r) {
        items[r].kind = QuoteKind.DIRECT;
        items[r].before = items[r].raw.open();
        items[r].afterEnd = items[r].raw.after();
    }

    /** @return the first letter or digit in [from, to) ({@code [I]f} gives {@code I}), or the first char */
    private static char firstLetter(String t, int from, int to) {
        for (int i = from; i < to && i < from + 4; i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return t.charAt(from);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isEndPunct(char c) {
        return c == '.' || c == ',' || c == '!' || c == '?' || c == '\u2026' || c == ';' || c == ':' || c == '\u2014'
                || c == '\u2013' || c == '-';
    }

    /**
     * @return the quote whose attribution (and date) a quote that takes its neighbour's goes on with: the
     *         neighbour's own voice when it took one too (“A,” X said on Monday. “B.” “C.”: Monday for C), none when
     *         the neighbour's came from another paragraph
     */
    private static Item voiceOf(Item neighbour) {
        return INHERITED.contains(neighbour.found.rule()) ? neighbour.voice : neighbour;
    }

    /** Quotes without their own attribution take a neighbour's when the text continues the same voice. */
    private static void inherit(Document doc, ActorAnalysis actors, String t, Tokens.Buffers w, Item[] items, int r,
                                int[] interviewee) {
        Item it = items[r];
        if (it.dropped || it.found != null || it.kind != QuoteKind.DIRECT) {
            return;
        }
        Marks.Raw raw = it.raw;
        // “A.” “B,” he said.
        boolean asked = false; // “A?” “B,” he said: a question and its answer, two voices
        for (int q = r + 1; q < items.length && q <= r + 3; q++) {
            Item next = items[q];
            if (next.dropped) {
                continue;
            }
            if (next.raw.firstBlock() != raw.lastBlock() || Text.firstNonSpace(t, raw.after(), next.raw.open()) >= 0) {
                break;
            }
            if (next.kind == QuoteKind.DIRECT && next.found != null) {
                asked = t.charAt(raw.segEnd()[raw.segments() - 1] - 1) == '?';
                if (asked) {
                    break; // the asker spoke before in the paragraph, or is not named
                }
                it.found = next.found.withRule("next_quote", 0.75);
                it.voice = voiceOf(next);
                return;
            }
        }
        if (!it.opensSentence) {
            return;
        }
        int blockStart = doc.blockStart(raw.firstBlock());
        if (it.before > blockStart && lastSentence(w, t, it, items, r, blockStart, it.before, raw.firstBlock())) {
            return;
        }
        // the nearest attributed quote before it in the same paragraph
        for (int q = r - 1; q >= 0 && q >= r - LOOK_BACK; q--) {
            Item p = items[q];
            if (p.raw.lastBlock() != raw.firstBlock()) {
                break;
            }
            if (!p.dropped && p.found != null && p.found.mentionStart() >= 0 && p.kind != QuoteKind.SCARE) {
                it.found = p.found.withRule("previous_quote", 0.7);
                it.voice = voiceOf(p);
                return;
            }
        }
        // (a paragraph that opens with a clause of its own before a colon, "Thousands danced: “…”", is not the
        // voice of the paragraph before)
        if (it.before == blockStart && raw.firstBlock() > 0 && !asked && !colonClause(t, blockStart, raw.open())) {
            int prevBlock = raw.firstBlock() - 1;
            if (question(doc, t, prevBlock)) {
                answer(actors, it, doc.blockStart(prevBlock), interviewee);
                return; // the question's voice is the interviewer's, not a speaker to continue
            }
            if (lastSentence(w, t, it, items, r, doc.blockStart(prevBlock), doc.blockEnd(prevBlock), prevBlock)) {
                it.found = it.found.withRule("paragraph.previous_sentence", 0.6);
                return;
            }
            for (int q = r - 1; q >= 0 && q >= r - LOOK_BACK; q--) {
                Item p = items[q];
                if (p.raw.lastBlock() < raw.firstBlock() - 1) {
                    break;
                }
                if (p.raw.lastBlock() == raw.firstBlock()) {
                    continue;
                }
                if (!p.dropped && p.found != null && p.found.mentionStart() >= 0 && p.kind != QuoteKind.SCARE) {
                    it.found = p.found.withRule("paragraph.previous_speaker", 0.6);
                    return;
                }
            }
        }
    }

    /** Whether paragraph {@code block} ends with a question mark outside quotation marks ({@code Was he right?}). */
    private static boolean question(Document doc, String t, int block) {
        int last = Text.lastNonSpace(t, doc.blockStart(block), doc.blockEnd(block));
        return last >= 0 && t.charAt(last) == '?';
    }

    /**
     * An interview's answer: the quotation that opens the paragraph under the interviewer's question (a paragraph
     * that ends with a question mark outside quotation marks) is the interviewee's ({@link
     * IndirectSpeech#interviewee}: the person the report names most before its first such question), its speaker
     * mention the interviewee's last mention before the question; rule {@code paragraph.answer}. No interviewee,
     * no speaker: not whoever the question quotes.
     */
    private static void answer(ActorAnalysis actors, Item it, int question, int[] interviewee) {
        if (interviewee[0] == IndirectSpeech.UNKNOWN) {
            interviewee[0] = IndirectSpeech.interviewee(actors, question);
        }
        int a = interviewee[0];
        List<ViewMention> list = actors.mentions();
        for (int i = actors.firstMentionFrom(question) - 1; a >= 0 && i >= 0; i--) {
            ViewMention m = list.get(i);
            if (m.actor() == a) {
                it.found = new Attribution.Found(m.start(), m.end(), -1, -1, "paragraph.answer", 0.55);
                return;
            }
        }
    }

    /** Whether text other than space stands in [from, open) and ends with a colon. */
    private static boolean colonClause(String t, int from, int open) {
        int last = Text.lastNonSpace(t, from, open);
        return last > from && t.charAt(last) == ':';
    }

    /**
     * The sentence that ends at {@code end} (in block {@code block}), when it quotes nobody and names a speaker with
     * a reporting verb ({@code X said Y.} {@code “…”}): the quote continues that speaker. Sets the attribution.
     *
     * @return whether it was found
     */
    private static boolean lastSentence(Tokens.Buffers w, String t, Item it, Item[] items, int r, int blockStart, int end,
                                        int block) {
        int last = Text.lastNonSpace(t, blockStart, end);
        if (last < 0) {
            return false;
        }
        int from = Text.sentenceStartBack(t, Math.max(blockStart, last - WINDOW), last);
        for (int q = r - 1; q >= 0 && q >= r - LOOK_BACK; q--) {
            Item p = items[q];
            if (p.raw.lastBlock() < block) {
                break;
            }
            if (!p.dropped && p.raw.after() > from && p.raw.open() < end) {
                return false; // the sentence quotes someone: the quote rules decide
            }
        }
        int to = last + 1;
        while (to > from && (isStop(t.charAt(to - 1)) || t.charAt(to - 1) == ')' || t.charAt(to - 1) == ']'
                || Character.isWhitespace(t.charAt(to - 1)))) {
            to--;
        }
        Attribution.Found f = to > from ? Attribution.before(w.before, from, to) : null;
        if (f == null || f.mentionStart() < 0) {
            return false;
        }
        it.found = f.withRule("previous_sentence", 0.65);
        it.ctxFrom = from;
        it.ctxTo = to;
        return true;
    }

    private static void resolveSpeaker(String t, Item it, ActorAnalysis actors, Item previous) {
        Attribution.Found f = it.found;
        if (f == null || f.mentionStart() < 0 || it.kind == QuoteKind.SCARE) {
            return;
        }
        Attribution.Found titled = Attribution.throughTitle(t, actors, f);
        // a phrase taken on through a title to a name is that person's (American Unity Fund president Margaret Hoover)
        int a = titled != f ? actors.actorAt(titled.mentionEnd() - 1, titled.mentionEnd())
                : Attribution.speakerActor(t, actors, f.mentionStart(), f.mentionEnd());
        f = titled == f && a >= 0 ? Attribution.throughName(actors, f, a) : titled;
        it.found = f;
        boolean pronoun = Lexicon.PRONOUNS.contains(t, f.mentionStart(), f.mentionEnd());
        if (a < 0 && pronoun) {
            a = nearestBefore(t, actors, f.mentionStart(), f.mentionEnd(), -1);
        }
        if (pronoun && previous != null && a == previous.speakerActor && replyTo(t, f, previous)) {
            // “Will you resign?” one journalist asked. “No,” he replied: whoever answers, not the asker; the person
            // named before the asker, if any ("Mayor Ben Ortiz took questions. …")
            a = a < 0 ? -1 : nearestBefore(t, actors, f.mentionStart(), f.mentionEnd(), a);
            if (a < 0) {
                return;
            }
        }
        if (a >= 0 && a < actors.actors().size()) {
            it.speakerActor = a;
            it.speakerId = actors.actors().get(a).id();
        } else if (previous != null && previous.speakerId != null && f.mentionEnd() - f.mentionStart() <= 4
                && !(previous.speakerActor >= 0
                && actors.gender(previous.speakerActor) == otherGender(t, f.mentionStart(), f.mentionEnd()))) {
            // an unlinked pronoun: the speaker of the quote before
            it.speakerId = previous.speakerId;
        }
    }

    /** Cues that answer: their speaker is not the one who asked the question before. */
    private static final WordSet REPLIES = WordSet.of("replied", "replies", "answered", "answers", "responded",
            "responds", "retorted", "retorts", "countered", "counters", "shot");

    /** Whether attribution f answers the question of the quote before ({@code “Why?” she asked. “…,” he replied}). */
    private static boolean replyTo(String t, Attribution.Found f, Item previous) {
        if (f.cueStart() < 0) {
            return false;
        }
        int end = f.cueStart();
        while (end < f.cueEnd() && Character.isLetter(t.charAt(end))) {
            end++; // the cue's first word ("shot back")
        }
        Marks.Raw raw = previous.raw;
        return REPLIES.contains(t, f.cueStart(), end) && t.charAt(raw.segEnd()[raw.segments() - 1] - 1) == '?';
    }

    /** @return the gender a pronoun at [start, end) excludes: {@code f} for "he", {@code m} for "she", else 0 */
    private static char otherGender(String t, int start, int end) {
        if (!Lexicon.PERSONAL.contains(t, start, end)) {
            return 0;
        }
        char first = Character.toLowerCase(t.charAt(start));
        return first == 'h' ? 'f' : first == 's' ? 'm' : 0;
    }

    /**
     * An unlinked pronoun: the actor of the nearest mention before it that a pronoun of its kind can stand for
     * ({@code he}/{@code she}: a person; {@code they}/{@code it}/{@code we}: anything but a person).
     *
     * @param except an actor the pronoun cannot stand for (the asker of the question it answers), or -1
     * @return the actor index, or -1
     */
    private static int nearestBefore(String t, ActorAnalysis actors, int start, int end, int except) {
        List<ViewMention> ms = actors.mentions();
        int lo = actors.firstMentionFrom(start);
        boolean person = Lexicon.PERSONAL.contains(t, start, end);
        // he or she: not a person the report gives the other gender (the actor stage left the pronoun unlinked)
        char other = otherGender(t, start, end);
        for (int i = lo - 1; i >= 0 && i >= lo - 50; i--) {
            ViewMention m = ms.get(i);
            if (m.kind() == MentionKind.PRONOUN || m.actor() < 0 || m.actor() >= actors.actors().size()
                    || m.actor() == except) {
                continue;
            }
            boolean isPerson = actors.actors().get(m.actor()).kind() == ActorKind.PERSON;
            if (isPerson == person && (other == 0 || actors.gender(m.actor()) != other)) {
                return m.actor();
            }
        }
        return -1;
    }

    private static Quote toQuote(Document doc, TextView view, Item it) {
        List<Span> segs = new ArrayList<>(it.segStart.length);
        for (int i = 0; i < it.segStart.length; i++) {
            segs.add(view.span(it.segStart[i], it.segEnd[i]));
        }
        Attribution.Found f = it.kind == QuoteKind.SCARE ? null : it.found;
        Span mention = f != null && f.mentionStart() >= 0 ? view.span(f.mentionStart(), f.mentionEnd()) : null;
        // a quote that takes its speaker from a neighbour keeps that speaker's mention but has no cue of its own
        boolean inherited = f != null && INHERITED.contains(f.rule());
        Span cue = f != null && f.cueStart() >= 0 && !inherited ? view.span(f.cueStart(), f.cueEnd()) : null;
        // a quote that goes on with the utterance of its neighbour was said when that one was (“…,” X said on
        // Wednesday. “…”); one a later paragraph gives the same speaker may have been said another time
        Item dated = inherited ? it.voice : it;
        DateReference saidOn = f != null && dated != null && dated.ctxTo > dated.ctxFrom
                ? RelativeDates.find(doc, dated.ctxFrom, dated.ctxTo) : null;
        String rule;
        double conf;
        if (f != null) {
            rule = f.rule();
            conf = f.confidence();
        } else if (it.kind == QuoteKind.SCARE) {
            rule = it.nickname ? "scare.nickname" : it.title ? "scare.title" : it.term ? "scare.term" : "scare.no_cue";
            conf = 0.7;
        } else if (it.kind == QuoteKind.PARTIAL) {
            rule = "partial.unattributed";
            conf = 0.3;
        } else {
            rule = "direct.unattributed";
            conf = 0.3;
        }
        return new Quote(it.kind, segs, it.speakerId, mention, cue, saidOn, conf, rule);
    }
}
