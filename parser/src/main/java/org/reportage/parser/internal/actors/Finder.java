package org.reportage.parser.internal.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reportage.core.ActorKind;
import org.reportage.core.MentionKind;
import org.reportage.core.Role;
import org.reportage.core.Severity;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.internal.Document;

/**
 * The working state of one run of the actor stage over one report: finds the mentions (names from lexicons and
 * capitalisation, roles, group descriptions, pronouns), then hands them to {@link Resolver}. Not thread-safe;
 * one per parse. Every scan is bounded per token, so the whole stage is linear in the report's length.
 *
 * <p>Optimised on purpose (hot path of the parse): token keys are interned per report by {@link Tokens}, phrase
 * and title look-ups stop at the first word no lexicon key starts with, and mentions are indexed by token in
 * arrays. Keep it so when changing rules: no per-token Strings or boxed keys.
 */
final class Finder {
    /** Longest run of capitalised words read as one name, title or organisation. */
    static final int MAX_RUN = 12;
    /** Longest apposition or description, in tokens. */
    static final int MAX_PHRASE = 12;

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "many", "several", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
            "other", "these", "those", "few", "most", "all", "both", "his", "her", "their", "its", "our", "one",
            "another", "no", "any", "this", "each", "every", "various", "numerous", "more");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our");
    private static final Set<String> MODIFIERS = Set.of("senior", "top", "former", "current", "local", "foreign",
            "federal", "state", "military", "government", "administration", "campaign", "party", "security",
            "intelligence", "defense", "defence", "health", "police", "election", "unnamed", "anonymous",
            "high-ranking", "high-level", "key", "leading", "prominent", "independent", "outside", "private",
            "public", "western", "european", "regional", "national", "international", "retired", "veteran",
            "chief", "deputy", "press", "white", "house", "republican", "democratic", "conservative",
            "liberal", "progressive", "young", "older", "younger", "angry", "peaceful", "pro-government",
            "anti-government", "opposition", "rebel", "ukrainian", "russian", "american", "israeli", "palestinian",
            "cabinet", "justice", "trade", "economic", "financial", "energy", "environmental", "legal", "medical",
            "diplomatic", "political", "longtime", "new", "presidential", "congressional", "gop", "establishment",
            "business", "industry", "company", "union", "labor", "labour", "top-ranking", "spokesman",
            "white-house", "nato", "un", "eu", "ministry", "foreign-ministry", "kremlin", "pentagon",
            "unidentified", "informed", "knowledgeable", "familiar", "polling", "emergency", "rescue", "aid",
            "humanitarian", "human", "rights", "civil", "civilian", "western-backed", "pro-russian", "interior");
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "others", "both", "most", "few",
            "several", "one", "another", "each", "all", "those", "critics");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "had", "have", "will", "would",
            "could", "should", "may", "might", "must", "can", "did", "does", "are", "were");
    private static final Set<String> TITLE_HEADS = Set.of("minister", "secretary", "commissioner", "spokesman",
            "spokeswoman", "spokesperson", "director", "chief", "adviser", "advisor", "envoy", "ambassador",
            "chairman", "chairwoman", "chair", "correspondent", "editor", "officer", "leader", "whip", "counsel",
            "representative", "governor", "mayor", "president", "senator", "judge", "general");
    /** Title words that are common nouns too ("a head", "the host"): a role only with "of" after them. */
    private static final Set<String> AMBIGUOUS_TITLES = Set.of("head", "chief", "member", "partner", "owner",
            "general", "major", "star", "host", "anchor", "chair", "justice", "deputy", "officer", "leader",
            "executive", "manager", "author", "writer", "founder", "speaker", "father", "mother", "son", "daughter",
            "wife", "husband", "brother", "sister", "actor", "singer", "captain", "commander", "attorney",
            "secretary", "expert", "activist", "official", "delegate", "auditor", "treasurer", "developer");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "into", "outside",
            "across", "around", "of", "via", "through", "toward", "towards", "inside", "within", "on");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "in", "and", "on", "de", "at");
    private static final Set<String> AFTER_GROUP = Set.of("for", "of", "at", "with", "from", "in", "to");

    final Document doc;
    final String text;
    final Tokens t;
    final Lexicon lx;
    final ActorDirectory dir;
    final int maxMentions;
    final List<Mention> mentions = new ArrayList<>();
    boolean limitHit;
    private final boolean[] allCaps;
    /** Keys of words written in lower case somewhere in the report. */
    final Set<String> lowerWords = new HashSet<>();
    /** Keys of capitalised words seen inside a sentence of the body (not first, not in the headline). */
    final Set<String> capitalisedInside = new HashSet<>();
    /** Canonical names of lexicon actors mentioned so far (for anaphoric aliases). */
    private final Set<String> seen = new HashSet<>();
    /** Set while naming the places inside an organisation's name (they do not act). */
    private boolean nested;
    /** Mention index by start token, for the description pass. */
    private Mention[] byToken;

    Finder(Document doc) {
        this.doc = doc;
        this.text = doc.text();
        int blocks = doc.blockCount();
        int[] bs = new int[blocks];
        int[] be = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            bs[b] = doc.blockStart(b);
            be[b] = doc.blockEnd(b);
        }
        this.t = Tokens.of(text, bs, be);
        this.lx = Lexicon.BASE;
        this.dir = doc.settings().directory();
        this.maxMentions = doc.settings().limits().maxMentions();
        this.allCaps = new boolean[blocks];
        int[] words = new int[blocks];
        int[] upper = new int[blocks];
        for (int i = 0; i < t.n; i++) {
            int f = t.flags[i];
            if ((f & Tokens.WORD) == 0 || (f & Tokens.NUM) != 0) {
                continue;
            }
            words[t.block[i]]++;
            if ((f & Tokens.UPPER) != 0) {
                upper[t.block[i]]++;
            }
            if ((f & Tokens.LOWER) != 0) {
                lowerWords.add(t.key(i));
            } else if ((f & Tokens.CAP) != 0 && (f & Tokens.SENT) == 0 && !headline(i)
                    && !t.is(i - 1, Tokens.QOPEN)) {
                capitalisedInside.add(t.key(i));
            }
        }
        for (int b = 0; b < blocks; b++) {
            allCaps[b] = words[b] >= 3 && upper[b] * 5 >= words[b] * 4;
        }
    }

    boolean headline(int i) {
        return doc.headlineBlock() && t.block[i] == 0;
    }

    boolean allCaps(int i) {
        return allCaps[t.block[i]];
    }

    /** @return the analysis of the report */
    ActorAnalysis run() {
        names();
        descriptions();
        mentions.sort(Mention.BY_POSITION);
        appositions();
        return new Resolver(this).resolve();
    }

    // ---------------------------------------------------------------- pass 1: names, titles, pronouns

    private void names() {
        int i = 0;
        while (i < t.n && !limitHit) {
            int f = t.flags[i];
            if ((f & Tokens.WORD) == 0) {
                i++;
                continue;
            }
            String k = t.key(i);
            Character pc = lx.pronouns.get(k);
            if (pc != null && ((f & Tokens.LOWER) != 0 || (f & Tokens.UPPER) == 0 && (f & Tokens.SENT) != 0
                    || allCaps(i))) {
                if (!expletive(i, pc)) {
                    Mention m = add(Mention.PRONOUN, i, i + 1);
                    if (m != null) {
                        m.pronoun = pc;
                        m.mk = MentionKind.PRONOUN;
                        m.rule = "pronoun";
                    }
                }
                i++;
                continue;
            }
            if ((f & (Tokens.CAP | Tokens.UPPER)) != 0) {
                i = run(i);
                continue;
            }
            i++;
        }
    }

    /** "it is", "it was", "it seems": an expletive "it" that refers to nothing. */
    private boolean expletive(int i, char pc) {
        if (pc != 'n' || !t.key(i).equals("it")) {
            return false;
        }
        if (i + 1 >= t.n || !t.is(i + 1, Tokens.WORD)) {
            return true;
        }
        String next = t.key(i + 1);
        if (next.equals("would") || next.equals("will") || next.equals("may") || next.equals("might")
                || next.equals("could") || next.equals("has") || next.equals("had")) {
            // "it would be", "it has been": expletive; "it would hire": not
            return i + 2 < t.n && t.is(i + 2, Tokens.WORD) && (t.key(i + 2).equals("be")
                    || t.key(i + 2).equals("been"));
        }
        return next.equals("is") || next.equals("was") || next.equals("seems") || next.equals("seemed")
                || next.equals("appears") || next.equals("appeared") || next.equals("were")
                || next.equals("remains") || next.equals("takes") || next.equals("s") || next.equals("'s")
                || next.equals("isn't") || next.equals("wasn't") || next.equals("doesn't");
    }

    /** Reads the run of capitalised words starting at token i and classifies it. */
    private int run(int i) {
        int j = i + 1;
        boolean headed = isHead(i) || isTitleWord(i);
        boolean connected = false;
        while (j < t.n && j - i < MAX_RUN && t.adjacent(j)) {
            int f = t.flags[j];
            if ((f & Tokens.SENT) != 0) {
                break;
            }
            if ((f & Tokens.WORD) != 0 && (f & (Tokens.CAP | Tokens.UPPER)) != 0) {
                headed |= isHead(j) || isTitleWord(j);
                j++;
                continue;
            }
            if ((f & Tokens.WORD) != 0 && (f & Tokens.LOWER) != 0 && lx.particles.contains(t.key(j))) {
                int k = j + 1;
                if (k < t.n && t.adjacent(k) && t.is(k, Tokens.LOWER) && lx.particles.contains(t.key(k))) {
                    k++; // von der Leyen
                }
                if (capitalAt(k)) {
                    j = k + 1;
                    continue;
                }
            }
            if (t.punct(j) == '&' && capitalAt(j + 1)) {
                headed = true;
                j += 2;
                continue;
            }
            if ((t.punct(j) == '\u2019' || t.punct(j) == '\'') && t.end[j - 1] == t.start[j]
                    && t.text.charAt(t.start[j] - 1) == 's' && capitalAt(j + 1)) {
                j += 2; // "the Harbour Traders’ Association"
                continue;
            }
            if ((f & Tokens.WORD) != 0 && (f & Tokens.LOWER) != 0 && CONNECTORS.contains(t.key(j))) {
                String c = t.key(j);
                boolean afterHead = isHead(j - 1);
                boolean afterTitle = isTitleWord(j - 1);
                boolean ok = c.equals("in") || c.equals("at") ? afterHead
                        : c.equals("and") ? afterHead || connected
                        : afterHead || afterTitle || connected && headed;
                if (ok) {
                    int k = j + 1;
                    if (k < t.n && t.adjacent(k) && t.is(k, Tokens.LOWER) && t.key(k).equals("the")) {
                        k++;
                    }
                    if (capitalAt(k) && t.adjacent(k)) {
                        connected = true;
                        j = k + 1;
                        continue;
                    }
                }
            }
            break;
        }
        classify(i, j);
        return j;
    }

    private boolean capitalAt(int k) {
        return k < t.n && t.adjacent(k) && (t.flags[k] & Tokens.WORD) != 0
                && (t.flags[k] & (Tokens.CAP | Tokens.UPPER)) != 0 && (t.flags[k] & Tokens.SENT) == 0;
    }

    private boolean isHead(int i) {
        return i >= 0 && i < t.n && t.is(i, Tokens.WORD) && lx.orgHeads.containsKey(t.key(i))
                && t.is(i, Tokens.CAP | Tokens.UPPER);
    }

    private boolean isTitleWord(int i) {
        return i >= 0 && i < t.n && t.is(i, Tokens.WORD)
                && (lx.titleWords.contains(t.key(i)) || dir.titles().contains(t.key(i)));
    }

    /** A lexicon or directory match: tokens [start, end) name {@code entry} (or {@code known}). */
    private record Match(int end, Lexicon.Entry entry, ActorDirectory.Entry known) {
    }

    private Match lexicon(int pos, int limit) {
        int max = Math.max(lx.maxPhraseWords, dir.maxNameWords());
        String[] keys = new String[Math.min(max, t.n - pos)];
        int count = 0;
        boolean noDirectory = dir.entries().isEmpty();
        StringBuilder sb = new StringBuilder();
        for (int k = pos; k < t.n && count < keys.length; k++) {
            if (k > pos && !t.adjacent(k)) {
                break;
            }
            int f = t.flags[k];
            if ((f & Tokens.WORD) == 0 && t.punct(k) != '&') {
                break;
            }
            if (k > pos) {
                sb.append(' ');
            }
            sb.append(t.key(k));
            String key = k == pos ? t.key(k) : sb.toString(); // one word: the token's own (shared) key
            keys[count++] = key;
            if (noDirectory && !lx.phrasePrefixes.contains(key)) {
                break; // no phrase starts with these words, so none is longer either
            }
        }
        for (int c = count; c >= 1; c--) {
            int last = pos + c - 1;
            if (!t.is(last, Tokens.CAP | Tokens.UPPER) || last >= limit && c > 1 && !t.is(last, Tokens.CAP)) {
                continue;
            }
            String key = keys[c - 1];
            if (!dir.entries().isEmpty()) {
                ActorDirectory.Entry d = dir.find(key);
                if (d != null) {
                    return new Match(pos + c, null, d);
                }
            }
            Lexicon.Entry e = lx.phrases.get(key);
            if (e == null) {
                continue;
            }
            if (e.exactCase()) {
                if (c != 1 || allCaps(pos) && !t.is(pos, Tokens.DOTTED)
                        || !t.text(pos).replace(".", "").equals(e.form())) {
                    continue;
                }
            }
            if (e.anaphoric() && (!seen.contains(e.name()) || !t.key(pos - 1 < 0 ? pos : pos - 1).equals("the")
                    || pos == 0)) {
                continue;
            }
            if (c == 1 && (t.flags[pos] & Tokens.SENT) != 0 && (t.flags[pos] & Tokens.UPPER) == 0
                    && lowerWords.contains(key) && !capitalisedInside.contains(key)) {
                continue; // "Time", "Shell" opening a sentence, written in lower case elsewhere
            }
            return new Match(pos + c, e, null);
        }
        return null;
    }

    private int titleEnd(int pos, int limit) {
        int best = -1;
        // "Transport Minister", "Agriculture Secretary": one or two capitalised words before a head title
        for (int k = pos; k < limit && k - pos < 3; k++) {
            if (!t.is(k, Tokens.CAP) || lx.firstNames.containsKey(t.key(k))) {
                break;
            }
            if (k > pos && TITLE_HEADS.contains(t.key(k))) {
                best = k + 1;
            }
        }
        StringBuilder sb = new StringBuilder();
        int max = Math.max(lx.maxTitleWords, 3);
        for (int k = pos; k < limit && k - pos < max; k++) {
            if (!t.is(k, Tokens.WORD)) {
                break;
            }
            if (k > pos) {
                sb.append(' ');
            }
            sb.append(t.key(k));
            String key = k == pos ? t.key(k) : sb.toString(); // one word: the token's own (shared) key
            if ((lx.titles.containsKey(key) || dir.titles().contains(key)) && t.is(k, Tokens.CAP | Tokens.UPPER)) {
                best = k + 1;
            }
            if (dir.titles().isEmpty() && !lx.titlePrefixes.contains(key)) {
                break; // no title starts with these words
            }
        }
        return best;
    }

    private void classify(int a, int b) {
        int pos = a;
        boolean head = headline(a) || allCaps(a);
        // “Sunday Morning Futures”: capitalised words that fill a quotation are a title, not a person
        boolean work = t.is(a - 1, Tokens.QOPEN) && b < t.n && t.is(b, Tokens.QUOTE) && !t.is(b, Tokens.QOPEN);
        while (pos < b && !limitHit) {
            if (!t.is(pos, Tokens.WORD)) {
                pos++;
                continue;
            }
            Match lex = lexicon(pos, b);
            String k = t.key(pos);
            if (lex != null && lex.known == null && lex.end == pos + 1 && lx.firstNames.containsKey(k)
                    && (lex.entry.kind() == ActorKind.PLACE || lex.entry.kind() == ActorKind.COUNTRY)
                    && pos + 1 < b && t.is(pos + 1, Tokens.CAP) && lexicon(pos + 1, b) == null) {
                lex = null; // a place that is also a first name, before an unknown capitalised word: Sofia Saarinen
            }
            Character hon = lx.honorifics.get(k);
            int end = Math.max(b, lex == null ? b : lex.end);
            if (hon != null && pos + 1 < end && t.is(pos + 1, Tokens.CAP | Tokens.UPPER)
                    && (lex == null || lex.end <= pos + 1 || lex.known == null && lex.entry.kind() == ActorKind.COUNTRY)) {
                int ne = nameEnd(pos + 1, b, true);
                Mention m = person(pos, ne, pos + 1, "name.honorific");
                if (m != null && hon != 'u') {
                    m.gender = hon;
                }
                pos = ne;
                continue;
            }
            // [country or organisation] title [name]: US Secretary of State Antony Blinken
            int ts = pos;
            if (lex != null && lex.end < b && lex.entry != null && (lex.entry.kind() == ActorKind.COUNTRY
                    || lex.entry.kind() == ActorKind.ORGANISATION || lex.entry.type() == Lexicon.Type.DEMONYM)
                    && titleEnd(lex.end, b) > 0) {
                ts = lex.end;
            }
            int te = head ? -1 : titleEnd(ts, b);
            if (te > 0 && !(lex != null && ts == pos && lex.end > te)) {
                if (ts > pos) {
                    named(pos, lex);
                }
                int ne = nameEnd(te, b, true);
                String titleText = slice(t.start[pos], t.end[te - 1]);
                Character g = lx.titles.get(t.key(te - 1));
                if (ne > te) {
                    Mention m = person(pos, ne, te, "name.title");
                    if (m != null) {
                        m.roles.add(new Role(titleText, doc.view().span(t.start[pos], t.end[te - 1])));
                        if (g != null && g != 'u') {
                            m.gender = g;
                        }
                    }
                    pos = ne;
                } else {
                    // a role without a name: "the Russian Foreign Minister", "the Secretary General of NATO"
                    int re = te;
                    if (te < b && t.is(te, Tokens.LOWER) && CONNECTORS.contains(t.key(te))) {
                        re = b;
                    }
                    boolean single = te - pos == 1 && ts == pos;
                    boolean the = pos > 0 && t.adjacent(pos) && t.key(pos - 1).equals("the");
                    if (!single || the || ts > pos) {
                        int s0 = the ? pos - 1 : pos;
                        Mention m = add(Mention.ROLE, s0, re);
                        if (m != null) {
                            String title = slice(t.start[pos], t.end[re - 1]);
                            m.kind = ActorKind.PERSON;
                            m.mk = MentionKind.ROLE;
                            m.rule = "role";
                            m.name = title;
                            m.roleKey = ActorDirectory.normalise(title);
                            m.roles.add(new Role(title, doc.view().span(t.start[pos], t.end[re - 1])));
                            if (g != null && g != 'u') {
                                m.gender = g;
                            }
                        }
                        for (int x = te; x < re; x++) {
                            if (t.is(x, Tokens.CAP | Tokens.UPPER)) {
                                Match in = lexicon(x, re);
                                if (in != null) {
                                    named(x, in);
                                    x = in.end - 1;
                                }
                            }
                        }
                    }
                    pos = re;
                }
                continue;
            }
            if (lex == null && (lx.nonNames.contains(k) || lx.groupNouns.containsKey(k) && t.is(pos, Tokens.SENT))) {
                pos++;
                continue;
            }
            // organisation named by a head word: Ford Motor Company, US Embassy in Kiev
            int h = -1;
            for (int x = pos; x < b; x++) {
                if (isHead(x) || t.punct(x) == '&') {
                    h = x;
                }
            }
            if (h >= 0 && (lex == null || lex.end <= h) && !head && !(h == pos && b - pos == 1)) {
                organisation(pos, b);
                pos = b;
                continue;
            }
            if (h == pos && b - pos == 1 && lex == null && lx.orgHeads.get(k) == ActorKind.MEDIA && pos > 0
                    && t.adjacent(pos) && t.key(pos - 1).equals("the")) {
                // "the Times", "the Post": a newspaper by the last word of its name
                Mention m = add(Mention.ORG, pos, pos + 1);
                if (m != null) {
                    m.kind = ActorKind.MEDIA;
                    m.mk = MentionKind.NAME;
                    m.rule = "media.short_name";
                    m.name = t.text(pos);
                }
                pos++;
                continue;
            }
            if (lex != null) {
                named(pos, lex);
                pos = lex.end;
                continue;
            }
            if (lx.nonNames.contains(k) || lx.groupNouns.containsKey(k) && t.is(pos, Tokens.SENT)
                    || hon != null || lx.titles.containsKey(k) || isHead(pos)) {
                pos++;
                continue;
            }
            int ne = nameEnd(pos, b, lx.firstNames.containsKey(k) || dir.maleNames().contains(k)
                    || dir.femaleNames().contains(k));
            if (!work) {
                name(pos, ne, head);
            }
            pos = ne;
        }
    }

    /** End of a person's name starting at {@code from}: capitalised words and particles, up to {@code limit}. */
    private int nameEnd(int from, int limit, boolean greedy) {
        int k = from;
        while (k < limit && k - from < 6) {
            if (!t.is(k, Tokens.WORD)) {
                break;
            }
            if (t.is(k, Tokens.LOWER)) {
                if (!lx.particles.contains(t.key(k)) || k + 1 >= limit) {
                    break;
                }
                k++;
                continue;
            }
            if (k > from && t.is(k - 1, Tokens.LOWER) && !t.is(k, Tokens.CAP | Tokens.UPPER)) {
                break;
            }
            if (k > from && !greedy && lexicon(k, limit) != null) {
                break;
            }
            if (k > from && (isHead(k) || lx.nonNames.contains(t.key(k)) && !t.key(k).equals("may"))) {
                break;
            }
            k++;
        }
        return k;
    }

    /** Capitalised words that no lexicon knows: a person, a bare surname, an acronym, or nothing. */
    private void name(int a, int b, boolean head) {
        if (b <= a) {
            return;
        }
        int words = 0;
        for (int x = a; x < b; x++) {
            if (!t.is(x, Tokens.LOWER)) {
                words++;
            }
        }
        String first = t.key(a);
        boolean known = lx.firstNames.containsKey(first) || dir.maleNames().contains(first)
                || dir.femaleNames().contains(first);
        boolean initial = (t.flags[a] & Tokens.SENT) != 0 || t.is(a - 1, Tokens.QOPEN) || head;
        boolean afterArticle = a > 0 && t.adjacent(a) && (t.key(a - 1).equals("the") || t.key(a - 1).equals("a")
                || t.key(a - 1).equals("an"));
        if (head) {
            // headline case: every word is a candidate that may only join an actor named in the body
            for (int x = a; x < b; x++) {
                if (!t.is(x, Tokens.LOWER) && !lx.nonNames.contains(t.key(x))) {
                    Mention m = single(x, false);
                    if (m != null) {
                        m.pendingOnly = true;
                    }
                }
            }
            return;
        }
        if (words >= 2) {
            if (initial && !known && !capitalisedInside.contains(first) && (lowerWords.contains(first)
                    || lx.firstNames.containsKey(t.key(a + 1)))) {
                name(a + 1, b, false); // "Follow Pam Key": the first word only opens the sentence
                return;
            }
            if (afterArticle && !known) {
                return; // "the Cold War", "the Atlantic Council": not a person
            }
            person(a, b, a, known ? "name.first_name" : "name.capitalised");
            return;
        }
        if (t.is(a, Tokens.UPPER) && t.is(a, Tokens.LINE) && t.punct(b) == ':') {
            // a transcript's speaker label: "WALLACE: …"
            Mention m = single(a, false);
            if (m != null) {
                m.evidence = true;
                m.rule = "name.speaker_label";
            }
            return;
        }
        if (t.is(a, Tokens.UPPER) && !t.is(a, Tokens.DOTTED) && t.end[a] - t.start[a] <= 6) {
            Mention m = add(Mention.ACRONYM, a, b);
            if (m != null) {
                m.kind = ActorKind.ORGANISATION;
                m.mk = MentionKind.ACRONYM;
                m.rule = "acronym";
                m.name = t.text(a);
            }
            return;
        }
        Mention m = single(a, afterArticle);
        if (m != null && initial && !(m.evidence && (a + 1 >= t.n || !AUXILIARIES.contains(t.key(a + 1)))
                || capitalisedInside.contains(first))) {
            m.pendingOnly = !capitalisedInside.contains(first) || afterArticle;
        }
    }

    private Mention single(int a, boolean afterArticle) {
        Mention m = add(Mention.SINGLE, a, a + 1);
        if (m == null) {
            return null;
        }
        m.kind = ActorKind.PERSON;
        m.mk = MentionKind.NAME;
        m.rule = "surname";
        m.name = t.text(a);
        m.nameKeys = new String[] {t.key(a)};
        m.evidence = !afterArticle && (verbAfter(a + 1) || cueBefore(a) && !t.is(a + 1, Tokens.LOWER));
        m.pendingOnly = afterArticle;
        Character g = lx.firstNames.get(t.key(a));
        if (g != null) {
            m.gender = g;
        }
        return m;
    }

    /** Whether token i (after a name) is a verb that says the name acts or speaks. */
    boolean verbAfter(int i) {
        if (i < t.n && t.is(i, Tokens.POSS)) {
            return false;
        }
        if (i < t.n && t.punct(i) == ',') {
            // "Blinken, who …", "Smith, 45, said"
            return i + 1 < t.n && t.is(i + 1, Tokens.WORD) && t.key(i + 1).equals("who");
        }
        return i < t.n && t.is(i, Tokens.LOWER) && t.adjacent(i) && lx.verbs.contains(t.key(i));
    }

    /** Whether a cue before token i says that a name follows: "said Blinken", "according to Politico". */
    boolean cueBefore(int i) {
        if (i < 1 || !t.adjacent(i)) {
            return false;
        }
        String p = t.key(i - 1);
        if (p.equals("said") || p.equals("says") || p.equals("told") || p.equals("asked") || p.equals("by")) {
            return true;
        }
        return p.equals("to") && i >= 2 && t.key(i - 2).equals("according");
    }

    private Mention person(int a, int b, int nameStart, String rule) {
        Mention m = add(Mention.PERSON, a, b);
        if (m == null) {
            return null;
        }
        m.kind = ActorKind.PERSON;
        m.mk = MentionKind.NAME;
        m.rule = rule;
        List<String> keys = new ArrayList<>();
        for (int x = nameStart; x < b; x++) {
            if (t.is(x, Tokens.WORD)) {
                String k = t.key(x);
                if (!(x == b - 1 && x > nameStart && (k.equals("jr") || k.equals("sr") || k.equals("ii")
                        || k.equals("iii") || k.equals("iv")))) {
                    keys.add(k);
                }
            }
        }
        m.nameKeys = keys.toArray(new String[0]);
        m.name = nameStart < b ? slice(t.start[nameStart], t.end[b - 1]) : t.text(a);
        if (keys.size() >= 2) {
            Character g = lx.firstNames.get(keys.get(0));
            if (g != null) {
                m.gender = g;
            } else if (dir.maleNames().contains(keys.get(0))) {
                m.gender = 'm';
            } else if (dir.femaleNames().contains(keys.get(0))) {
                m.gender = 'f';
            }
        }
        if (m.nameKeys.length == 1) {
            m.evidence = true;
        }
        return m;
    }

    private void organisation(int a, int b) {
        int h = b - 1;
        ActorKind headKind = ActorKind.ORGANISATION;
        for (int x = a; x < b; x++) {
            if (isHead(x)) {
                h = x;
                headKind = lx.orgHeads.get(t.key(x));
            }
        }
        Mention m = add(Mention.ORG, a, b);
        if (m != null) {
            m.kind = headKind != ActorKind.ORGANISATION && h == b - 1 ? headKind : ActorKind.ORGANISATION;
            m.mk = MentionKind.NAME;
            m.rule = "organisation.head_word";
            m.name = slice(t.start[a], t.end[b - 1]);
        }
        // the countries and places inside the name are mentioned too: "US Embassy in Kiev"
        for (int x = a; x < b; x++) {
            if (t.is(x, Tokens.CAP | Tokens.UPPER)) {
                Match in = lexicon(x, b);
                if (in != null && in.end <= b && (in.entry == null || in.entry.kind() == ActorKind.COUNTRY
                        || in.entry.kind() == ActorKind.PLACE)) {
                    nested = true;
                    named(x, in);
                    nested = false;
                    x = in.end - 1;
                }
            }
        }
    }

    /** A lexicon or directory name at token pos. */
    private void named(int pos, Match match) {
        int end = match.end;
        if (match.known != null) {
            ActorDirectory.Entry d = match.known;
            Mention m = add(d.kind() == ActorKind.PERSON ? Mention.PERSON : Mention.NAMED, pos, end);
            if (m != null) {
                m.kind = d.kind();
                m.mk = MentionKind.NAME;
                m.rule = "directory";
                m.name = d.name();
                if (d.kind() == ActorKind.PERSON) {
                    m.nameKeys = ActorDirectory.normalise(d.name()).split(" ");
                }
            }
            return;
        }
        Lexicon.Entry e = match.entry;
        int s = pos;
        if (e.anaphoric() && pos > 0) {
            s = pos - 1; // "the Alliance"
        }
        Mention m = add(Mention.NAMED, s, end);
        if (m == null) {
            return;
        }
        m.entry = e;
        m.kind = e.kind();
        m.name = e.name();
        m.mk = e.anaphoric() ? MentionKind.ROLE
                : e.exactCase() && !t.text(pos).equals(e.name()) ? MentionKind.ACRONYM : MentionKind.NAME;
        m.rule = e.anaphoric() ? "alias.after_name" : "lexicon";
        switch (e.type()) {
            case CAPITAL:
                boolean afterPreposition = pos > 0 && t.adjacent(pos) && PREPOSITIONS.contains(t.key(pos - 1));
                if (!nested && !afterPreposition && (verbAfter(end) || pastTense(end)) || cueBefore(pos)
                        || possessiveActor(end)) {
                    m.kind = ActorKind.COUNTRY;
                    m.name = e.country();
                    m.mk = MentionKind.METONYM;
                    m.rule = "capital.acts";
                }
                m.country = e.country();
                break;
            case DEMONYM:
                m.mk = MentionKind.DEMONYM;
                m.rule = "demonym";
                break;
            case PEOPLE:
                m.kind = ActorKind.GROUP;
                m.mk = MentionKind.DEMONYM;
                m.plural = true;
                m.rule = "demonym.people";
                m.country = e.country();
                break;
            default:
                break;
        }
        if (m.kind == ActorKind.ORGANISATION && e.company()) {
            m.nameKeys = new String[] {t.key(end - 1)};
        }
        seen.add(e.name());
    }

    /**
     * @return the view text between two offsets with every run of white space made one plain space, for names
     *         and titles
     */
    String slice(int s, int e) {
        StringBuilder sb = null;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                sb = new StringBuilder(e - s);
                break;
            }
        }
        if (sb == null) {
            return text.substring(s, e);
        }
        boolean space = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** "Moscow rejected": a lower-case word in -ed right after a name. */
    private boolean pastTense(int i) {
        if (i >= t.n || !t.adjacent(i) || !t.is(i, Tokens.LOWER)) {
            return false;
        }
        String k = t.key(i);
        return k.length() > 4 && k.endsWith("ed") && !lx.groupNouns.containsKey(k);
    }

    /** "Moscow's demands", "Washington's position": a capital with a possessive acts for its government. */
    private boolean possessiveActor(int i) {
        return i < t.n && t.is(i, Tokens.POSS);
    }

    Mention add(int type, int a, int b) {
        if (mentions.size() >= maxMentions) {
            if (!limitHit) {
                limitHit = true;
                doc.diagnostics().add("limit.mentions", Severity.WARNING, "more than " + maxMentions
                        + " actor mentions; the rest of the report was not searched for actors (Limits.maxMentions)",
                        t.start[a], t.start[a]);
            }
            return null;
        }
        Mention m = new Mention(type, t.start[a], t.end[b - 1], a, b, t.sentence[a], t.block[a]);
        m.quoted = t.is(a, Tokens.INQ);
        mentions.add(m);
        return m;
    }

    // ---------------------------------------------------------------- pass 2: group descriptions

    private void descriptions() {
        byToken = new Mention[t.n];
        for (Mention m : mentions) {
            for (int x = m.ts; x < m.te; x++) {
                if (byToken[x] == null || byToken[x].te - byToken[x].ts < m.te - m.ts) {
                    byToken[x] = m;
                }
            }
        }
        int count = t.n;
        for (int i = 0; i < count && !limitHit; i++) {
            int f = t.flags[i];
            if ((f & Tokens.WORD) == 0 || (f & Tokens.UPPER) != 0 && !allCaps(i)) {
                continue;
            }
            if ((f & Tokens.LOWER) == 0 && (f & Tokens.SENT) == 0) {
                continue;
            }
            String k = t.key(i);
            if ((k.equals("who") || k.equals("whom") || k.equals("whose")) && (f & Tokens.LOWER) != 0) {
                relativeHead(i);
                continue;
            }
            if (byToken[i] != null && !(byToken[i].type == Mention.SINGLE && byToken[i].pendingOnly)) {
                continue;
            }
            if (QUANTIFIERS.contains(k) && i + 1 < t.n && t.adjacent(i + 1) && t.is(i + 1, Tokens.LOWER)
                    && (lx.verbs.contains(t.key(i + 1)) && !AUXILIARIES.contains(t.key(i + 1))
                    || t.key(i + 1).equals("who"))) {
                // "some said", "others argued": an unnamed group that speaks
                Mention m = add(Mention.GROUP, i, i + 1);
                if (m != null) {
                    m.kind = ActorKind.GROUP;
                    m.mk = MentionKind.ROLE;
                    m.rule = "description.quantifier";
                    m.plural = !k.equals("one") && !k.equals("another") && !k.equals("each");
                    m.head = k;
                    m.modified = true;
                    m.name = k;
                    m.roleKey = k;
                }
                continue;
            }
            Lexicon.GroupNoun g = lx.groupNouns.get(k);
            if (g == null && dir.groupNouns().contains(k)) {
                g = new Lexicon.GroupNoun(k, false, false, 'u');
            }
            if (g == null && k.endsWith("s") && !dir.groupNouns().isEmpty()
                    && dir.groupNouns().contains(k.substring(0, k.length() - 1))) {
                g = new Lexicon.GroupNoun(k, true, false, 'u');
            }
            boolean title = false;
            boolean ambiguous = AMBIGUOUS_TITLES.contains(k) && !(i + 1 < t.n && t.key(i + 1).equals("of"));
            if (g == null && (f & Tokens.LOWER) != 0 && (lx.titles.containsKey(k) || dir.titles().contains(k))) {
                g = new Lexicon.GroupNoun(k, false, false, lx.titles.getOrDefault(k, 'u'));
                title = true;
            }
            if (g == null) {
                continue;
            }
            if (i + 1 < t.n && t.adjacent(i + 1) && (t.is(i + 1, Tokens.LOWER)
                    && (lx.groupNouns.containsKey(t.key(i + 1)) || lx.titles.containsKey(t.key(i + 1)))
                    || title && t.is(i + 1, Tokens.CAP))) {
                continue; // "campaign officials", "foreign minister", "president Obama": not the head
            }
            description(i, g, title, title && ambiguous);
        }
    }

    /**
     * "an architect who said", "the star journalist, who": a noun phrase that a relative clause makes a person,
     * when no other rule found it.
     */
    private void relativeHead(int who) {
        int end = who - 1;
        if (end >= 0 && t.punct(end) == ',') {
            end--;
        }
        if (end < 1 || byToken[end] != null && !(byToken[end].type == Mention.SINGLE && byToken[end].pendingOnly)
                || !t.is(end, Tokens.WORD) || t.is(end, Tokens.UPPER) || t.sentence[end] != t.sentence[who]) {
            return;
        }
        String last = t.key(end);
        if (DETERMINERS.contains(last) || lx.verbs.contains(last) || lx.pronouns.containsKey(last)
                || lx.nonNames.contains(last) && !QUANTIFIERS.contains(last)) {
            return;
        }
        for (int k = end - 1; k >= 0 && end - k <= 5; k--) {
            if (!t.is(k, Tokens.WORD) || t.sentence[k] != t.sentence[who] || byToken[k] != null
                    && byToken[k].type != Mention.SINGLE) {
                if (t.is(k, Tokens.WORD) && byToken[k] != null) {
                    continue; // a name inside: "a scholar at the American Enterprise Institute"
                }
                return;
            }
            String key = t.key(k);
            if (key.equals("a") || key.equals("an") || key.equals("the") || key.equals("those")
                    || key.equals("many") || key.equals("some") || key.equals("other")) {
                Mention m = add(Mention.GROUP, k, end + 1);
                if (m != null) {
                    String name = slice(t.start[k + 1], t.end[end]);
                    m.kind = ActorKind.GROUP;
                    m.mk = MentionKind.ROLE;
                    m.rule = "description.relative";
                    m.plural = last.endsWith("s") && !last.endsWith("ss");
                    m.head = last;
                    m.modified = true;
                    m.name = name;
                    m.roleKey = ActorDirectory.normalise(name);
                    for (int x = k; x <= end; x++) {
                        byToken[x] = byToken[x] == null ? m : byToken[x];
                    }
                }
                return;
            }
            if (lx.verbs.contains(key) || CONNECTORS.contains(key) && !key.equals("of") && !key.equals("at")
                    || lx.pronouns.containsKey(key)) {
                return;
            }
        }
    }

    private void description(int i, Lexicon.GroupNoun g, boolean title, boolean ambiguous) {
        int start = i;
        boolean det = false;
        boolean modified = false;
        boolean the = false;
        int tentative = 0;
        int k = i - 1;
        while (k >= 0 && i - k <= 6 && t.adjacent(k + 1) && t.sentence[k] == t.sentence[i]) {
            int f = t.flags[k];
            if ((f & Tokens.POSS) != 0) {
                int owner = k - 1;
                if (owner >= 0 && t.adjacent(k) || owner >= 0 && t.end[owner] == t.start[k]) {
                    start = byToken[owner] != null ? byToken[owner].ts : owner;
                    det = true;
                    modified = true;
                }
                break;
            }
            if ((f & Tokens.WORD) == 0) {
                break;
            }
            String key = t.key(k);
            if ((f & Tokens.LOWER) != 0 && DETERMINERS.contains(key)) {
                start = k;
                det = true;
                the = key.equals("the");
                if (POSSESSIVE_PRONOUNS.contains(key) || tentative > 0) {
                    modified = true;
                }
                break;
            }
            if ((f & (Tokens.CAP | Tokens.UPPER)) != 0 && ((f & Tokens.SENT) == 0 || byToken[k] != null
                    && byToken[k].type != Mention.SINGLE)) {
                Mention in = byToken[k];
                start = in != null ? Math.min(in.ts, k) : k;
                k = start - 1;
                modified = true;
                continue;
            }
            if ((f & Tokens.SENT) != 0 && DETERMINERS.contains(key)) {
                start = k;
                det = true;
                the = key.equals("the");
                if (POSSESSIVE_PRONOUNS.contains(key) || tentative > 0) {
                    modified = true;
                }
                break;
            }
            if ((f & Tokens.LOWER) != 0 && (MODIFIERS.contains(key) || lx.groupNouns.containsKey(key)
                    || key.endsWith("-based"))) {
                start = k;
                modified = true;
                k--;
                continue;
            }
            if (title && (f & Tokens.LOWER) != 0 && tentative < 3 && !lx.verbs.contains(key)
                    && !CONNECTORS.contains(key) && !lx.nonNames.contains(key) && !lx.pronouns.containsKey(key)) {
                tentative++; // "the real estate developer": kept only if a determiner comes
                k--;
                continue;
            }
            break;
        }
        int end = i + 1;
        // "a spokesman for the ministry", "officials at the Pentagon", "a senior official in Moscow"
        if (end + 1 < t.n && t.adjacent(end) && t.is(end, Tokens.LOWER) && AFTER_GROUP.contains(t.key(end))) {
            int x = end + 1;
            if (x < t.n && t.is(x, Tokens.LOWER) && t.key(x).equals("the")) {
                x++;
            }
            if (x < t.n && t.adjacent(x)) {
                Mention in = byToken[x];
                if (in != null && in.ts == x && in.kind != ActorKind.PERSON && in.type != Mention.PRONOUN
                        && in.mk != MentionKind.DEMONYM) {
                    end = in.te;
                    modified = true;
                } else if (t.is(x, Tokens.LOWER) && lx.groupNouns.containsKey(t.key(x))
                        && lx.groupNouns.get(t.key(x)).organisation()) {
                    end = x + 1;
                    modified = true;
                }
            }
        }
        if (!g.plural() && !det && !modified) {
            return; // "official figures": an adjective, not a person
        }
        if (g.organisation() && !(the || modified) && !g.plural()) {
            return;
        }
        if (title && !det || ambiguous && !modified) {
            return; // "a head", "the host": common nouns unless something makes them a role
        }
        int nameStart = start;
        if (det && t.is(start, Tokens.WORD) && DETERMINERS.contains(t.key(start))
                && !POSSESSIVE_PRONOUNS.contains(t.key(start))) {
            nameStart = start + 1;
        }
        boolean role = title && the;
        Mention m = add(role ? Mention.ROLE : Mention.GROUP, start, end);
        if (m == null) {
            return;
        }
        m.kind = role ? ActorKind.PERSON : g.organisation() ? ActorKind.ORGANISATION : ActorKind.GROUP;
        m.mk = MentionKind.ROLE;
        m.rule = role ? "role.description" : "description";
        m.plural = g.plural();
        m.gender = g.gender();
        m.head = g.singular();
        m.modified = modified;
        String name = nameStart < end ? slice(t.start[nameStart], t.end[end - 1]) : t.text(i);
        if (t.is(nameStart, Tokens.SENT) && t.is(nameStart, Tokens.CAP) && byToken[nameStart] == null) {
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        m.name = name;
        m.roleKey = ActorDirectory.normalise(name);
        if (role) {
            m.roles.add(new Role(name, doc.view().span(t.start[nameStart], t.end[end - 1])));
        }
        for (int x = start; x < end; x++) {
            byToken[x] = byToken[x] == null ? m : byToken[x];
        }
    }

    // ---------------------------------------------------------------- pass 3: appositions and titles

    private void appositions() {
        int count = mentions.size();
        // by token index (arrays, not maps of boxed indexes): the longest mention starting, ending at each token
        Mention[] startingAt = new Mention[t.n + 1];
        Mention[] endingAt = new Mention[t.n + 1];
        for (Mention m : mentions) {
            Mention x = startingAt[m.ts];
            startingAt[m.ts] = x == null || x.te < m.te ? m : x;
            Mention y = endingAt[m.te];
            endingAt[m.te] = y == null || y.ts > m.ts ? m : y;
        }
        for (int n = 0; n < count; n++) {
            Mention m = mentions.get(n);
            if (m.type != Mention.PERSON && m.type != Mention.SINGLE) {
                continue;
            }
            // after: "Sergei Lavrov, the Russian Foreign Minister," / "Hugh Hill, a doctor, said"
            if (m.te < t.n && t.punct(m.te) == ',') {
                int p0 = m.te + 1;
                int p1 = phraseEnd(p0);
                if (p1 > p0 && rolePhrase(p0, p1)) {
                    attach(m, p0, p1, "apposition.after", startingAt);
                }
            }
            // before: "The US ambassador in Moscow, John Sullivan," / "the head of European diplomacy, Josep Borrell"
            if (m.ts >= 2 && t.punct(m.ts - 1) == ',') {
                int p1 = m.ts - 1;
                Mention r = at(endingAt, p1);
                int p0 = r != null && r.type == Mention.ROLE ? r.ts : phraseStart(p1);
                if (p0 < p1 && (r != null && r.type == Mention.ROLE || rolePhrase(p0, p1))) {
                    attach(m, p0, p1, "apposition.before", startingAt);
                }
            }
            // a lower-case title right before the name: "Kremlin spokesman Dmitry Peskov"
            if (m.roles.isEmpty() && m.ts >= 1 && t.adjacent(m.ts) && t.is(m.ts - 1, Tokens.LOWER)
                    && lx.titles.containsKey(t.key(m.ts - 1))) {
                int p0 = m.ts - 1;
                while (p0 - 1 >= 0 && m.ts - p0 < 5 && t.adjacent(p0) && t.is(p0 - 1, Tokens.WORD)
                        && !t.is(p0 - 1, Tokens.SENT) && !DETERMINERS.contains(t.key(p0 - 1))
                        && !lx.verbs.contains(t.key(p0 - 1)) && !CONNECTORS.contains(t.key(p0 - 1))
                        && (t.is(p0 - 1, Tokens.CAP | Tokens.UPPER) || MODIFIERS.contains(t.key(p0 - 1)))) {
                    p0--;
                }
                String title = slice(t.start[p0], t.end[m.ts - 1]);
                m.roles.add(new Role(title, doc.view().span(t.start[p0], t.end[m.ts - 1])));
                Mention g = at(endingAt, m.ts);
                if (g != null && (g.type == Mention.GROUP || g.type == Mention.ROLE)) {
                    g.redirect = m;
                }
            }
        }
    }

    private int phraseEnd(int p0) {
        int k = p0;
        while (k < t.n && k - p0 < MAX_PHRASE && t.sentence[k] == t.sentence[p0] && t.block[k] == t.block[p0]) {
            char c = t.punct(k);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '(' || t.is(k, Tokens.QUOTE)
                    || c == '\u2014' || c == '\u2013') {
                return c == ',' || c == '.' || c == ';' || c == ')' || c == '\u2014' || c == '\u2013' ? k : -1;
            }
            k++;
        }
        return k < t.n && k - p0 < MAX_PHRASE ? k : -1;
    }

    private int phraseStart(int p1) {
        int k = p1 - 1;
        while (k >= 0 && p1 - k <= MAX_PHRASE && t.sentence[k] == t.sentence[p1 - 1]
                && t.block[k] == t.block[p1 - 1]) {
            char c = t.punct(k);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '\u2014' || c == '\u2013'
                    || t.is(k, Tokens.QUOTE)) {
                return k + 1;
            }
            if (t.is(k, Tokens.SENT)) {
                return k;
            }
            k--;
        }
        return p1;
    }

    /** Whether tokens [p0, p1) read as a role: a determiner or possessive, a title or role noun, no verb. */
    private boolean rolePhrase(int p0, int p1) {
        if (p1 - p0 < 1) {
            return false;
        }
        String first = t.key(p0);
        boolean det = first.equals("the") || first.equals("a") || first.equals("an")
                || POSSESSIVE_PRONOUNS.contains(first);
        boolean title = false;
        for (int k = p0; k < p1; k++) {
            if (t.is(k, Tokens.POSS) && k - p0 <= 4) {
                det = true;
            }
            if (!t.is(k, Tokens.WORD)) {
                continue;
            }
            String key = t.key(k);
            if (t.is(k, Tokens.LOWER) && lx.verbs.contains(key) || key.equals("who") || key.equals("which")
                    || key.equals("that")) {
                return false;
            }
            if (k - p0 < 7 && (lx.titles.containsKey(key) || lx.titleWords.contains(key) && t.is(k, Tokens.CAP)
                    || lx.groupNouns.containsKey(key) && !lx.groupNouns.get(key).plural()
                    && !lx.groupNouns.get(key).organisation() || dir.titles().contains(key))) {
                title = true;
            }
        }
        if (!det && t.is(p0, Tokens.CAP) && lx.titles.containsKey(first)) {
            det = true; // "Jens Stoltenberg, NATO Secretary General," / "Foreign Minister Sergei Lavrov"
        }
        if (!det) {
            Match lex = lexicon(p0, p1);
            det = lex != null && lex.end < p1 && titleEnd(lex.end, p1) > 0;
        }
        return det && title;
    }

    /** Whether tokens [p0, k) hold more than articles and adverbs, so a description from k is not the role. */
    private boolean rolePrefix(int p0, int k) {
        for (int x = p0; x < k; x++) {
            if (t.is(x, Tokens.WORD) && !DETERMINERS.contains(t.key(x)) && !t.key(x).equals("now")
                    && !t.key(x).equals("also") && !t.key(x).equals("then")) {
                return true;
            }
        }
        return false;
    }

    private static Mention at(Mention[] byIndex, int k) {
        return k >= 0 && k < byIndex.length ? byIndex[k] : null;
    }

    private void attach(Mention person, int p0, int p1, String rule, Mention[] startingAt) {
        int r0 = p0;
        String f = t.key(p0);
        if (f.equals("the") || f.equals("a") || f.equals("an")) {
            r0 = p0 + 1;
        }
        if (r0 >= p1) {
            return;
        }
        String title = slice(t.start[r0], t.end[p1 - 1]);
        person.roles.add(new Role(title, doc.view().span(t.start[r0], t.end[p1 - 1])));
        boolean covered = false;
        for (int k = p0 + 1; k < p1 && !covered; k++) {
            Mention d = at(startingAt, k);
            if (d != null && (d.type == Mention.ROLE || d.type == Mention.GROUP) && d.te == p1
                    && d.kind != ActorKind.ORGANISATION && !rolePrefix(p0, k)) {
                // "now the Republican Party’s nominee": the description inside is the mention
                d.redirect = person;
                d.rule = rule;
                d.roles.clear();
                covered = true;
            }
        }
        for (int k = p0; k < p1 && !covered; k++) {
            Mention d = at(startingAt, k);
            if (d != null && (d.type == Mention.ROLE || d.type == Mention.GROUP) && d.te <= p1
                    && d.kind != ActorKind.ORGANISATION) {
                if (d.ts == p0 && d.te == p1) {
                    d.redirect = person;
                    d.rule = rule;
                    d.roles.clear();
                    covered = true;
                } else if (d.ts == p0) {
                    d.dead = true; // "The head" of "The head of the central bank": the whole phrase is the mention
                }
                break;
            }
        }
        if (!covered && !limitHit) {
            Mention m = add(Mention.ROLE, p0, p1);
            if (m != null) {
                m.kind = ActorKind.PERSON;
                m.mk = MentionKind.ROLE;
                m.rule = rule;
                m.name = title;
                m.roleKey = ActorDirectory.normalise(title);
                m.redirect = person;
            }
        }
    }
}
