package org.reportage.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.reportage.bench.jmh.RegexQuoteExtractor;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Mention;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.Span;
import org.reportage.parser.ReportParser;

/**
 * Scores the parser's quotes against gold articles.
 *
 * <ul>
 *   <li><b>Direct spans</b>: gold records of type {@code direct}; pieces of one {@code group} separated only by
 *       white space are merged first. Our direct quotes give one unit per segment, segments separated only by
 *       white space and quotation marks (a multi-paragraph quote) merged. Both sides are compared after
 *       stripping white space, quotation marks and punctuation at their edges. A pair matches when the
 *       Jaccard index of the two character ranges is at least 0.5 (one-to-one, best first); an exact match
 *       has equal ranges.</li>
 *   <li><b>Speaker accuracy</b>: over matched direct pairs whose gold record has a speaker span: our speaker
 *       mention, or any mention of our speaker actor, overlaps it.</li>
 *   <li><b>Partial recall</b>: gold records of type {@code mixed} (a quoted fragment inside reported speech)
 *       whose cue holds a verb of speech, overlapped by one of our partial or direct quotes.</li>
 *   <li><b>Indirect-speech recall</b>: gold records of type {@code indirect} whose cue holds a verb of speech
 *       (verbs of thinking and other attributions excluded), matched by one of our indirect quotes with
 *       Jaccard at least 0.5 after stripping a leading {@code that} and edge punctuation.</li>
 * </ul>
 */
public final class Scorer {
    private Scorer() {
    }

    /** Verbs of speech that make an indirect gold record count for indirect-speech recall. */
    static final Set<String> SPEECH = Set.of("say", "says", "said", "saying", "tell", "tells", "told", "telling",
            "add", "adds", "added", "adding", "explain", "explains", "explained", "insist", "insists", "insisted",
            "announce", "announces", "announced", "warn", "warns", "warned", "conclude", "concluded", "stress",
            "stressed", "note", "notes", "noted", "argue", "argues", "argued", "write", "writes", "wrote",
            "tweet", "tweets", "tweeted", "claim", "claims", "claimed", "state", "states", "stated", "declare",
            "declared", "assert", "asserted", "reply", "replied", "respond", "responded", "answer", "answered",
            "admit", "admitted", "acknowledge", "acknowledged", "promise", "promised", "vow", "vowed",
            "pledge", "pledged", "repeat", "repeated", "complain", "complained", "confirm", "confirmed",
            "deny", "denied", "denies", "report", "reported", "reports", "testify", "testified", "predict",
            "predicted", "suggest", "suggested", "suggests", "according", "ask", "asked", "asks", "urge",
            "urged", "announcing", "mention", "mentioned", "reveal", "revealed", "contend",
            "contended", "concede", "conceded", "recall", "recalled", "remark", "remarked", "insisting");

    /**
     * The scores.
     *
     * @param articles       articles read
     * @param goldDirect     gold direct units
     * @param predDirect     our direct units
     * @param matchedDirect  matched pairs (Jaccard at least 0.5)
     * @param exactDirect    exactly matched pairs
     * @param speakerTotal   matched pairs with a gold speaker span
     * @param speakerCorrect of those, speakers right
     * @param goldPartial    gold mixed records
     * @param partialFound   of those, overlapped by our partial or direct quotes
     * @param partialAsPartial of those, overlapped by our partial quotes
     * @param goldIndirect   gold indirect records with a speech cue
     * @param indirectFound  of those, matched
     * @param predIndirect   our indirect quotes
     * @param predIndirectOnGold of those, overlapping any gold record
     */
    public record Scores(int articles, int goldDirect, int predDirect, int matchedDirect, int exactDirect,
                         int speakerTotal, int speakerCorrect, int goldPartial, int partialFound,
                         int partialAsPartial, int goldIndirect, int indirectFound, int predIndirect,
                         int predIndirectOnGold) {

        /** @return direct precision */
        public double directPrecision() {
            return ratio(matchedDirect, predDirect);
        }

        /** @return direct recall */
        public double directRecall() {
            return ratio(matchedDirect, goldDirect);
        }

        /** @return direct F1 */
        public double directF1() {
            return f1(directPrecision(), directRecall());
        }

        /** @return exact-boundary precision */
        public double exactPrecision() {
            return ratio(exactDirect, predDirect);
        }

        /** @return exact-boundary recall */
        public double exactRecall() {
            return ratio(exactDirect, goldDirect);
        }

        /** @return exact-boundary F1 */
        public double exactF1() {
            return f1(exactPrecision(), exactRecall());
        }

        /** @return speaker accuracy on matched direct quotes */
        public double speakerAccuracy() {
            return ratio(speakerCorrect, speakerTotal);
        }

        /** @return partial-quote recall */
        public double partialRecall() {
            return ratio(partialFound, goldPartial);
        }

        /** @return indirect-speech recall */
        public double indirectRecall() {
            return ratio(indirectFound, goldIndirect);
        }

        /** @return share of our indirect quotes that overlap some gold attribution */
        public double indirectOnGold() {
            return ratio(predIndirectOnGold, predIndirect);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** @return the direct-span rows of the table: what an extractor that attributes nothing is scored on */
        public String directTable() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-44s %7s %7s %7s%n", "metric", "P", "R", "F1"));
            row(sb, "direct spans (Jaccard >= 0.5)", directPrecision(), directRecall(), directF1());
            row(sb, "direct spans (exact, marks/punct stripped)", exactPrecision(), exactRecall(), exactF1());
            sb.append(String.format(Locale.ROOT, "gold direct %d, its direct %d, matched %d, exact %d%n",
                    goldDirect, predDirect, matchedDirect, exactDirect));
            return sb.toString();
        }

        /** @return the scores as a human-readable table */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-44s %7s %7s %7s%n", "metric", "P", "R", "F1"));
            row(sb, "direct spans (Jaccard >= 0.5)", directPrecision(), directRecall(), directF1());
            row(sb, "direct spans (exact, marks/punct stripped)", exactPrecision(), exactRecall(), exactF1());
            sb.append(String.format(Locale.ROOT, "%-44s %7s %7.3f   (%d/%d)%n", "partial-quote recall (speech cues)", "",
                    partialRecall(), partialFound, goldPartial));
            sb.append(String.format(Locale.ROOT, "%-44s %7s %7.3f   (%d/%d)%n", "  ... found as kind partial", "",
                    ratio(partialAsPartial, goldPartial), partialAsPartial, goldPartial));
            sb.append(String.format(Locale.ROOT, "%-44s %7s %7.3f   (%d/%d)%n", "indirect-speech recall (speech cues)",
                    "", indirectRecall(), indirectFound, goldIndirect));
            sb.append(String.format(Locale.ROOT, "%-44s %7.3f %7s   (%d/%d)%n", "indirect quotes on a gold attribution",
                    indirectOnGold(), "", predIndirectOnGold, predIndirect));
            sb.append(String.format(Locale.ROOT, "%-44s %7.3f %7s   (%d/%d)%n", "speaker accuracy (found direct)",
                    speakerAccuracy(), "", speakerCorrect, speakerTotal));
            sb.append(String.format(Locale.ROOT, "articles %d, gold direct %d, our direct %d, matched %d, exact %d%n",
                    articles, goldDirect, predDirect, matchedDirect, exactDirect));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, double p, double r, double f) {
            sb.append(String.format(Locale.ROOT, "%-44s %7.3f %7.3f %7.3f%n", name, p, r, f));
        }

        /** @return the scores as one JSON object */
        public String json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articles", articles);
            m.put("direct_precision", directPrecision());
            m.put("direct_recall", directRecall());
            m.put("direct_f1", directF1());
            m.put("exact_precision", exactPrecision());
            m.put("exact_recall", exactRecall());
            m.put("exact_f1", exactF1());
            m.put("speaker_accuracy", speakerAccuracy());
            m.put("partial_recall", partialRecall());
            m.put("indirect_recall", indirectRecall());
            m.put("indirect_on_gold", indirectOnGold());
            m.put("gold_direct", goldDirect);
            m.put("pred_direct", predDirect);
            m.put("matched_direct", matchedDirect);
            m.put("exact_direct", exactDirect);
            m.put("speaker_total", speakerTotal);
            m.put("speaker_correct", speakerCorrect);
            m.put("gold_partial", goldPartial);
            m.put("partial_found", partialFound);
            m.put("partial_as_partial", partialAsPartial);
            m.put("gold_indirect_speech", goldIndirect);
            m.put("indirect_found", indirectFound);
            m.put("pred_indirect", predIndirect);
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, Object> e : m.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append('"').append(e.getKey()).append("\": ");
                Object v = e.getValue();
                sb.append(v instanceof Double ? String.format(Locale.ROOT, "%.4f", (Double) v) : v.toString());
            }
            return sb.append('}').toString();
        }
    }

    /** Failure examples grouped by pattern, for the error analysis. */
    public static final class Failures {
        private final int perPattern;
        private final Map<String, Integer> counts = new TreeMap<>();
        private final Map<String, List<String>> examples = new TreeMap<>();

        /** @param perPattern most examples kept per pattern */
        public Failures(int perPattern) {
            this.perPattern = perPattern;
        }

        void add(String pattern, String example) {
            counts.merge(pattern, 1, Integer::sum);
            List<String> l = examples.computeIfAbsent(pattern, k -> new ArrayList<>());
            if (l.size() < perPattern) {
                l.add(example);
            }
        }

        /** @return pattern counts, most frequent first, with examples */
        public String report() {
            List<Map.Entry<String, Integer>> es = new ArrayList<>(counts.entrySet());
            es.sort((a, b) -> b.getValue() - a.getValue());
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Integer> e : es) {
                sb.append(String.format(Locale.ROOT, "%6d  %s%n", e.getValue(), e.getKey()));
            }
            for (Map.Entry<String, Integer> e : es) {
                sb.append("\n== ").append(e.getKey()).append(" (").append(e.getValue()).append(")\n");
                for (String x : examples.get(e.getKey())) {
                    sb.append("  - ").append(x).append('\n');
                }
            }
            return sb.toString();
        }
    }

    /** A unit compared: a normalised range and where it came from. */
    private record Unit(int start, int end, int rawStart, int rawEnd, Gold.Record gold, Quote quote) {
    }

    /**
     * What an extractor found in one text: its quotes and the actors their speakers refer to.
     *
     * @param quotes the quotes
     * @param actors the actors
     */
    public record Found(List<Quote> quotes, List<Actor> actors) {
        /** Copies the lists. */
        public Found {
            quotes = List.copyOf(quotes);
            actors = List.copyOf(actors);
        }
    }

    /**
     * @param parser a parser
     * @return the extractor that scores it: the quotes and actors of every article it parses from a text
     */
    public static Function<String, Found> of(ReportParser parser) {
        return text -> {
            List<Quote> quotes = new ArrayList<>();
            List<Actor> actors = new ArrayList<>();
            for (Article a : parser.parse(text).articles()) {
                quotes.addAll(a.quotes());
                actors.addAll(a.actors());
            }
            return new Found(quotes, actors);
        };
    }

    /**
     * The naive regular-expression extractor of the benchmarks ({@link RegexQuoteExtractor}), scored as a
     * reference point: every match is a direct quote of one segment (marks included), with no speaker.
     *
     * @param text a text
     * @return its matches as quotes
     */
    public static Found regexReference(String text) {
        List<Quote> quotes = new ArrayList<>();
        for (int[] r : RegexQuoteExtractor.ranges(text)) {
            quotes.add(new Quote(QuoteKind.DIRECT, List.of(new Span(r[0], r[1], text.substring(r[0], r[1]))), null,
                    null, null, null, 0.5, "regex"));
        }
        return new Found(quotes, List.of());
    }

    /**
     * @param articles gold articles
     * @param parser   the parser to score
     * @param failures where to collect failure examples, or {@code null}
     * @return the scores
     */
    public static Scores score(List<Gold.Article> articles, ReportParser parser, Failures failures) {
        return score(articles, of(parser), failures, false);
    }

    /**
     * @param articles       gold articles
     * @param extractor      what is scored: the quotes and actors it finds in an article's text
     * @param failures       where to collect failure examples, or {@code null}
     * @param converterTypes take each record's {@code type} as the file gives it; otherwise re-derive it where the
     *                       converter could not see the marks (the doubled straight mark {@code ''} some archives
     *                       use for a double quotation mark)
     * @return the scores
     */
    public static Scores score(List<Gold.Article> articles, Function<String, Found> extractor, Failures failures,
                               boolean converterTypes) {
        int goldDirect = 0;
        int predDirect = 0;
        int matched = 0;
        int exact = 0;
        int spkTotal = 0;
        int spkOk = 0;
        int goldPartial = 0;
        int partialFound = 0;
        int partialAsPartial = 0;
        int goldInd = 0;
        int indFound = 0;
        int predInd = 0;
        int predIndOnGold = 0;
        for (Gold.Article original : articles) {
            Gold.Article ga = converterTypes ? original : retyped(original);
            String text = ga.text();
            Found found = extractor.apply(text);
            List<Quote> quotes = found.quotes();
            List<Actor> actors = found.actors();
            List<Unit> gold = goldDirectUnits(ga);
            List<Unit> pred = predDirectUnits(text, quotes);
            goldDirect += gold.size();
            predDirect += pred.size();
            int[] gm = match(gold, pred);
            boolean[] pUsed = new boolean[pred.size()];
            for (int g = 0; g < gold.size(); g++) {
                Unit gu = gold.get(g);
                if (gm[g] < 0) {
                    if (failures != null) {
                        failures.add(missPattern(text, gu, quotes), snippet(ga, gu.rawStart, gu.rawEnd));
                    }
                    continue;
                }
                Unit pu = pred.get(gm[g]);
                pUsed[gm[g]] = true;
                matched++;
                if (pu.start == gu.start && pu.end == gu.end) {
                    exact++;
                } else if (failures != null) {
                    failures.add("exact.boundary", snippet(ga, gu.rawStart, gu.rawEnd) + "  OURS: "
                            + clip(text.substring(pu.rawStart, pu.rawEnd)));
                }
                Gold.Record gr = gu.gold;
                if (gr.hasSpeaker()) {
                    spkTotal++;
                    if (speakerOk(pu.quote, actors, gr.speakerStart(), gr.speakerEnd())) {
                        spkOk++;
                    } else if (failures != null) {
                        Span m = pu.quote.speakerMention();
                        failures.add((m == null ? "speaker.none." : "speaker.wrong.") + pu.quote.rule(),
                                snippet(ga, gu.rawStart, gu.rawEnd) + "  GOLD SPEAKER: "
                                        + text.substring(gr.speakerStart(), gr.speakerEnd()) + "  OURS: "
                                        + (m == null ? "-" : m.text()));
                    }
                }
            }
            for (int p = 0; p < pred.size(); p++) {
                if (!pUsed[p] && failures != null) {
                    Unit pu = pred.get(p);
                    failures.add(fpPattern(ga, pu), snippet(ga, pu.rawStart, pu.rawEnd) + "  [" + pu.quote.rule() + "]");
                }
            }
            for (Gold.Record r : ga.records()) {
                if (r.type().equals("mixed") && isSpeechCue(r.cue())) {
                    goldPartial++;
                    Quote q = overlapping(quotes, r.start(), r.end(), QuoteKind.PARTIAL, QuoteKind.DIRECT);
                    if (q != null) {
                        partialFound++;
                        if (q.kind() == QuoteKind.PARTIAL) {
                            partialAsPartial++;
                        }
                    } else if (failures != null) {
                        Quote any = overlapping(quotes, r.start(), r.end(), QuoteKind.SCARE, QuoteKind.INDIRECT);
                        failures.add(any == null ? "partial.missed.none" : "partial.missed.as_"
                                + any.kind().name().toLowerCase(Locale.ROOT), snippet(ga, r.start(), r.end()));
                    }
                } else if (r.type().equals("indirect") && isSpeechCue(r.cue())) {
                    goldInd++;
                    if (indirectMatch(text, quotes, r)) {
                        indFound++;
                    } else if (failures != null) {
                        Quote any = overlapping(quotes, r.start(), r.end(), QuoteKind.INDIRECT);
                        failures.add(any == null ? "indirect.missed.none" + indirectContext(text, r)
                                        : "indirect.missed.boundary",
                                snippet(ga, r.start(), r.end()) + "  CUE: " + r.cue()
                                        + (any == null ? "" : "  OURS: " + clip(any.text())));
                    }
                }
            }
            for (Quote q : quotes) {
                if (q.kind() != QuoteKind.INDIRECT) {
                    continue;
                }
                predInd++;
                boolean on = false;
                for (Gold.Record r : ga.records()) {
                    if (r.start() < q.end() && q.start() < r.end()) {
                        on = true;
                        break;
                    }
                }
                if (on) {
                    predIndOnGold++;
                } else if (failures != null) {
                    failures.add("indirect.fp.no_gold", snippet(ga, q.start(), q.end()) + "  [" + q.rule() + "]");
                }
            }
        }
        return new Scores(articles.size(), goldDirect, predDirect, matched, exact, spkTotal, spkOk, goldPartial,
                partialFound, partialAsPartial, goldInd, indFound, predInd, predIndOnGold);
    }

    /**
     * Re-derives the type of records that contain the doubled straight mark {@code ''}, which the converter did
     * not read as a quotation mark: letters inside {@code ''…''} (tracked from the paragraph start) are quoted.
     */
    static Gold.Article retyped(Gold.Article ga) {
        String text = ga.text();
        if (!text.contains("''")) {
            return ga;
        }
        List<Gold.Record> out = new ArrayList<>(ga.records().size());
        for (Gold.Record r : ga.records()) {
            if (r.type().equals("direct") || text.indexOf("''", r.start()) < 0
                    || text.indexOf("''", r.start()) >= r.end()) {
                out.add(r);
                continue;
            }
            int ps = text.lastIndexOf("\n\n", r.start());
            ps = ps < 0 ? 0 : ps + 2;
            boolean in = false;
            int quoted = 0;
            int plain = 0;
            for (int i = ps; i < r.end(); i++) {
                char c = text.charAt(i);
                if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    in = !in;
                    i++;
                } else if (i >= r.start() && Character.isLetterOrDigit(c)) {
                    if (in) {
                        quoted++;
                    } else {
                        plain++;
                    }
                }
            }
            String type = r.type();
            if (quoted > 0 && plain == 0) {
                type = "direct";
            } else if (quoted > 0) {
                type = "mixed";
            }
            out.add(new Gold.Record(r.start(), r.end(), type, r.speakerStart(), r.speakerEnd(), r.cue(), r.group()));
        }
        return new Gold.Article(ga.id(), text, out);
    }

    /**
     * @param ga     a gold article
     * @param parser the parser
     * @return our quotes and the gold records of the article, one per line, for reading side by side
     */
    public static String show(Gold.Article ga, ReportParser parser) {
        StringBuilder sb = new StringBuilder("# ").append(ga.id()).append('\n');
        String text = ga.text();
        for (Article a : parser.parse(text).articles()) {
            for (Quote q : a.quotes()) {
                sb.append("OURS ").append(q.kind()).append(' ').append(q.rule()).append(" [")
                        .append(q.speakerMention() == null ? "-" : q.speakerMention().text()).append("] ");
                for (Span s : q.segments()) {
                    sb.append('{').append(s.start()).append(' ').append(clip(s.text())).append("} ");
                }
                sb.append('\n');
            }
        }
        for (Gold.Record r : retyped(ga).records()) {
            sb.append("GOLD ").append(r.type()).append(" [")
                    .append(r.hasSpeaker() ? text.substring(r.speakerStart(), r.speakerEnd()) : "-").append("] (")
                    .append(r.cue()).append(") {").append(r.start()).append(' ')
                    .append(clip(text.substring(r.start(), r.end()))).append("}\n");
        }
        return sb.toString();
    }

    static boolean isSpeechCue(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = c.length();
        while (i < n) {
            while (i < n && !Character.isLetter(c.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(c.charAt(i))) {
                i++;
            }
            if (i > s && SPEECH.contains(c.substring(s, i))) {
                return true;
            }
        }
        return false;
    }

    /** A sub-pattern for a missed indirect record: is it near quotation marks, and which cue form. */
    private static String indirectContext(String text, Gold.Record r) {
        int ps = text.lastIndexOf("\n\n", r.start());
        int pe = text.indexOf("\n\n", r.end());
        ps = ps < 0 ? 0 : ps;
        pe = pe < 0 ? text.length() : pe;
        boolean marks = false;
        for (int i = ps; i < pe && !marks; i++) {
            char c = text.charAt(i);
            marks = c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' && i + 1 < pe && text.charAt(i + 1) == '\'';
        }
        String cue = r.cue().toLowerCase(Locale.ROOT).trim();
        String form = cue.equals("said") || cue.equals("says") || cue.equals("told") || cue.equals("according to")
                ? cue : "other";
        return (marks ? ".near_marks." : ".no_marks.") + form;
    }

    private static boolean indirectMatch(String text, List<Quote> quotes, Gold.Record r) {
        int[] g = norm(text, r.start(), r.end(), true);
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.INDIRECT || q.end() <= r.start() || q.start() >= r.end()) {
                continue;
            }
            for (Span seg : q.segments()) {
                int[] p = norm(text, seg.start(), seg.end(), true);
                if (jaccard(g[0], g[1], p[0], p[1]) >= 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Quote overlapping(List<Quote> quotes, int s, int e, QuoteKind... kinds) {
        for (Quote q : quotes) {
            boolean kindOk = false;
            for (QuoteKind k : kinds) {
                kindOk |= q.kind() == k;
            }
            if (!kindOk) {
                continue;
            }
            for (Span seg : q.segments()) {
                if (seg.start() < e && s < seg.end()) {
                    return q;
                }
            }
        }
        return null;
    }

    private static boolean speakerOk(Quote q, List<Actor> actors, int s, int e) {
        Span m = q.speakerMention();
        if (m != null && m.start() < e && s < m.end()) {
            return true;
        }
        if (q.speaker() != null) {
            for (Actor a : actors) {
                if (a.id().equals(q.speaker())) {
                    for (Mention mm : a.mentions()) {
                        if (mm.start() < e && s < mm.end()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static String missPattern(String text, Unit g, List<Quote> quotes) {
        Quote best = null;
        for (Quote q : quotes) {
            for (Span seg : q.segments()) {
                if (seg.start() < g.rawEnd && g.rawStart < seg.end()) {
                    best = best == null || q.kind() == QuoteKind.DIRECT ? q : best;
                }
            }
        }
        if (best == null) {
            boolean marks = false;
            for (int i = g.rawStart; i < g.rawEnd; i++) {
                char c = text.charAt(i);
                marks |= c == '"' || c == '\u201C' || c == '\u201D';
            }
            return marks ? "direct.missed.marks_unpaired" : "direct.missed.no_double_marks";
        }
        if (best.kind() == QuoteKind.DIRECT) {
            return "direct.missed.boundary";
        }
        return "direct.missed.as_" + best.kind().name().toLowerCase(Locale.ROOT) + "." + best.rule();
    }

    private static String fpPattern(Gold.Article ga, Unit p) {
        String type = null;
        for (Gold.Record r : ga.records()) {
            if (r.start() < p.rawEnd && p.rawStart < r.end()) {
                if (type == null || r.type().equals("direct")) {
                    type = r.type();
                }
            }
        }
        return type == null ? "direct.fp.not_annotated." + p.quote.rule() : "direct.fp.gold_" + type;
    }

    private static List<Unit> goldDirectUnits(Gold.Article ga) {
        String text = ga.text();
        Map<String, List<Gold.Record>> groups = new LinkedHashMap<>();
        for (Gold.Record r : ga.records()) {
            if (r.type().equals("direct")) {
                groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Unit> out = new ArrayList<>();
        for (List<Gold.Record> g : groups.values()) {
            g.sort((a, b) -> Integer.compare(a.start(), b.start()));
            Gold.Record first = g.get(0);
            int s = first.start();
            int e = first.end();
            for (int i = 1; i < g.size(); i++) {
                Gold.Record r = g.get(i);
                if (r.start() >= e && text.substring(e, r.start()).isBlank()) {
                    e = Math.max(e, r.end());
                } else {
                    add(out, text, s, e, first, null);
                    first = r;
                    s = r.start();
                    e = r.end();
                }
            }
            add(out, text, s, e, first, null);
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private static List<Unit> predDirectUnits(String text, List<Quote> quotes) {
        List<Unit> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.DIRECT) {
                continue;
            }
            List<Span> segs = q.segments();
            int s = segs.get(0).start();
            int e = segs.get(0).end();
            for (int i = 1; i < segs.size(); i++) {
                Span seg = segs.get(i);
                if (onlySpaceAndMarks(text, e, seg.start())) {
                    e = seg.end();
                } else {
                    add(out, text, s, e, null, q);
                    s = seg.start();
                    e = seg.end();
                }
            }
            add(out, text, s, e, null, q);
        }
        return out;
    }

    private static boolean onlySpaceAndMarks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !isMark(c)) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Unit> out, String text, int s, int e, Gold.Record g, Quote q) {
        int[] n = norm(text, s, e, false);
        if (n[1] > n[0]) {
            out.add(new Unit(n[0], n[1], s, e, g, q));
        }
    }

    static boolean isMark(char c) {
        return c == '"' || c == '\'' || (c >= '\u2018' && c <= '\u201F') || c == '\u00AB' || c == '\u00BB'
                || c == '\u2039' || c == '\u203A';
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || isMark(c) || ".,;:!?\u2026\u2014\u2013-()[]".indexOf(c) >= 0;
    }

    /** Strips white space, marks and punctuation at both edges (and a leading "that" when asked). */
    static int[] norm(String text, int s, int e, boolean stripThat) {
        while (s < e && isEdge(text.charAt(s))) {
            s++;
        }
        while (e > s && isEdge(text.charAt(e - 1))) {
            e--;
        }
        if (stripThat && e - s > 5 && text.regionMatches(true, s, "that ", 0, 5)) {
            s += 5;
            while (s < e && isEdge(text.charAt(s))) {
                s++;
            }
        }
        return new int[] {s, e};
    }

    static double jaccard(int s1, int e1, int s2, int e2) {
        int inter = Math.min(e1, e2) - Math.max(s1, s2);
        if (inter <= 0) {
            return 0;
        }
        int union = Math.max(e1, e2) - Math.min(s1, s2);
        return (double) inter / union;
    }

    /** One-to-one matching, best Jaccard first. @return for each gold unit the matched pred index or -1 */
    private static int[] match(List<Unit> gold, List<Unit> pred) {
        List<double[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Unit gu = gold.get(g);
            for (int p = 0; p < pred.size(); p++) {
                Unit pu = pred.get(p);
                double j = jaccard(gu.start, gu.end, pu.start, pu.end);
                if (j >= 0.5) {
                    pairs.add(new double[] {j, g, p});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] gm = new int[gold.size()];
        java.util.Arrays.fill(gm, -1);
        boolean[] used = new boolean[pred.size()];
        for (double[] pr : pairs) {
            int g = (int) pr[1];
            int p = (int) pr[2];
            if (gm[g] < 0 && !used[p]) {
                gm[g] = p;
                used[p] = true;
            }
        }
        return gm;
    }

    private static String clip(String s) {
        String x = s.replace('\n', ' ');
        return x.length() > 160 ? x.substring(0, 157) + "..." : x;
    }

    private static String snippet(Gold.Article ga, int s, int e) {
        String t = ga.text();
        int a = Math.max(0, s - 120);
        int b = Math.min(t.length(), e + 100);
        String mid = t.substring(s, e);
        if (mid.length() > 200) {
            mid = mid.substring(0, 90) + " ... " + mid.substring(mid.length() - 90);
        }
        return (t.substring(a, s) + "[[" + mid + "]]" + t.substring(e, b)).replace('\n', ' ') + "  (" + ga.id()
                + ")";
    }
}
