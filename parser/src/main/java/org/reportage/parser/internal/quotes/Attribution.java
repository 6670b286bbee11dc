package org.reportage.parser.internal.quotes;

import java.util.List;

import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.MentionKind;
import org.reportage.core.Role;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.actors.ViewMention;

/**
 * Finds who says a quote and with which verb, by reading the words around it: the attribution rules ("sieves")
 * of the quote stage. Every method reads one bounded context (a clause before or after a quote, one sentence),
 * so the work per quote is bounded.
 *
 * <p>A speaker is found as the noun phrase at the cue: a run of name words, a pronoun, a described group
 * ({@code a senior NATO official}, {@code the US Secretary of State}, {@code officials}), skipping auxiliaries
 * and adverbs between it and the verb ({@code has also explained}), an apposition ({@code X, the Y of Z, said})
 * and a relative clause ({@code X, who has denied …, said}).
 */
final class Attribution {
    private Attribution() {
    }

    /**
     * An attribution found: speaker mention, cue, the rule that found it and how sure it is. View offsets.
     *
     * @param mentionStart start of the speaker mention, or -1 when none
     * @param mentionEnd   end of the speaker mention, exclusive
     * @param cueStart     start of the cue, or -1
     * @param cueEnd       end of the cue, exclusive
     * @param rule         rule name
     * @param confidence   0..1
     */
    record Found(int mentionStart, int mentionEnd, int cueStart, int cueEnd, String rule, double confidence) {
        Found withRule(String newRule, double newConfidence) {
            return new Found(mentionStart, mentionEnd, cueStart, cueEnd, newRule, newConfidence);
        }
    }

    /**
     * The actor a speaker mention refers to: the one the actor stage links to the stretch, except an actor named
     * there only as a complement of the phrase's head ({@code the mayor of Lindmouth}, {@code officials in
     * Lindmouth}, {@code an adviser to the president}, {@code a judge appointed by the governor}: not Lindmouth,
     * the president, the governor; see {@link #complement}); then the longest other mention in the phrase (a
     * description), or none.
     *
     * @param t      the view text
     * @param actors the actors of the report
     * @param ms     start of the speaker mention (view offset)
     * @param me     its end, exclusive
     * @return the actor index, or -1
     */
    static int speakerActor(String t, ActorAnalysis actors, int ms, int me) {
        int a = actors.actorAt(ms, me);
        if (a < 0) {
            return textAuthor(t, actors, ms, me);
        }
        List<ViewMention> list = actors.mentions();
        int lo = actors.firstMentionFrom(ms);
        ViewMention head = lo < list.size() ? list.get(lo) : null;
        int and = head != null && head.start() == ms ? head.end() : -1; // after a name that opens the phrase
        if (and > ms && and + 5 < me && t.startsWith(" and ", and) && named(head, ms, and)
                && head.actor() < actors.actors().size()) {
            // "Eisai and Biogen said": the first named of two names speaks for both (not "White House and Pentagon
            // spokesmen", whose head is no name)
            int second = actors.firstMentionFrom(and + 5);
            if (second < list.size() && named(list.get(second), and + 5, me)) {
                return head.actor();
            }
        }
        // a phrase that ends with a person's name is that person ("Riverside United manager Ricky Doyle", "Trump
        // adviser Stephen Miller"): the name is its head, whatever the words before it name
        for (int i = lo; i < list.size() && list.get(i).start() < me; i++) {
            ViewMention m = list.get(i);
            if (m.end() == me && m.start() > ms && m.kind() == MentionKind.NAME && m.actor() != a
                    && m.actor() < actors.actors().size() && fullPersonName(actors.actors().get(m.actor()))
                    && t.charAt(m.start() - 1) == ' ' && titlesOnly(t, ms, m.start())) {
                return m.actor();
            }
        }
        if (a < actors.actors().size() && modifierOnly(t, list, lo, a, me,
                actors.actors().get(a).kind() == ActorKind.PLACE)) {
            return -1; // "the Benghazi panel said", "Volkswagen's works council said": not the place or the owner
        }
        boolean complementOnly = false;
        int best = -1;
        int bestLength = -1;
        for (int i = lo; i < list.size() && list.get(i).start() < me; i++) {
            ViewMention m = list.get(i);
            if (m.start() > ms && complement(t, actors, ms, m)) {
                complementOnly |= m.actor() == a;
                continue;
            }
            if (m.actor() == a) {
                return a; // also named in its own right
            }
            if (m.end() - m.start() > bestLength) {
                best = m.actor();
                bestLength = m.end() - m.start();
            }
        }
        return complementOnly ? best : a;
    }

    /**
     * The author of a text that speaks when named again ({@code The statement said}, {@code the letter says}): where
     * the text was introduced with "a" or "an" within {@link #MAX_TEXT_BACK} characters before, the person,
     * organisation, country or group after its {@code from} or {@code by} ({@code a report from the inspector
     * general}), else the last named just before it ({@code Fox News said in a statement}, {@code Halvern Pharma
     * issued a statement}), else first in its sentence before it, else after it ({@code In a statement, the company
     * said}).
     *
     * @return the actor index, or -1
     */
    private static int textAuthor(String t, ActorAnalysis actors, int ms, int me) {
        int sp = ms;
        while (sp < me && t.charAt(sp) != ' ') {
            sp++; // (within the phrase: a text without spaces is not searched to its end)
        }
        if (sp + 1 >= me || t.lastIndexOf(' ', me - 1) != sp || !DEFINITE_TEXT.contains(t, ms, sp)
                || !TEXTS.contains(t, sp + 1, me)) {
            return -1;
        }
        int by = byAside(t, me);
        if (by > 0) {
            // "The report, by the Dunmore Institute, said", "The study, published by Orbix, found": its author
            int end = by;
            while (end < t.length() && end - by < MAX_BY_ASIDE && t.charAt(end) != ',') {
                end++; // the aside ends at its comma
            }
            int a = actorIn(actors, by, end, false);
            if (a >= 0) {
                return a;
            }
        }
        int len = me - sp - 1;
        int floor = Math.max(0, ms - MAX_TEXT_BACK);
        for (int p = ms - len - 1; p >= floor + 2; p--) {
            if (t.regionMatches(true, p, t, sp + 1, len) && !Character.isLetter(t.charAt(p + len)) // (p + len < ms)
                    && indefiniteBefore(t, p)) {
                int s0 = Text.sentenceStartBack(t, floor, p);
                int after = p + len;
                int s1 = Text.sentenceEnd(t, after, ms);
                int a = -1;
                if (t.startsWith(" from ", after) || t.startsWith(" by ", after)) {
                    a = actorIn(actors, after, s1, false); // "a report from the inspector general"
                }
                if (a < 0) {
                    // "Fox News said in a statement": the last one named (the first may be in the quotation before)
                    a = actorIn(actors, Math.max(s0, p - NEAR_TEXT), p - 2, true);
                }
                if (a < 0) {
                    a = actorIn(actors, s0, p - 2, false);
                }
                return a >= 0 ? a : actorIn(actors, after, s1, false); // "In a statement, the company said"
            }
        }
        return -1;
    }

    /** The longest author phrase read in an aside after a text ({@link #byAside}). */
    private static final int MAX_BY_ASIDE = 80;

    /**
     * @return where the author starts in an aside right after a text at {@code at}: {@code , by X} or {@code , WORD
     *         by X} ({@code published}, {@code written}, {@code commissioned}); or -1
     */
    private static int byAside(String t, int at) {
        if (!t.startsWith(", ", at)) {
            return -1;
        }
        int w = at + 2;
        if (t.startsWith("by ", w)) {
            return w + 3;
        }
        int e = w;
        while (e < t.length() && e - w < 16 && Character.isLowerCase(t.charAt(e))) {
            e++;
        }
        return e > w && t.startsWith(" by ", e) ? e + 4 : -1;
    }

    /** How close before a text its author is read first: a verb and a preposition ({@code said in a statement}). */
    private static final int NEAR_TEXT = 30;

    /**
     * @param last whether the last such mention is wanted, rather than the first
     * @return the actor of the first (or last) mention within [from, to) of anyone but a place, or -1
     */
    private static int actorIn(ActorAnalysis actors, int from, int to, boolean last) {
        List<ViewMention> list = actors.mentions();
        int a = -1;
        for (int i = actors.firstMentionFrom(from); i < list.size() && list.get(i).start() < to; i++) {
            ViewMention m = list.get(i);
            if (m.end() <= to && m.actor() < actors.actors().size()
                    && actors.actors().get(m.actor()).kind() != ActorKind.PLACE) {
                a = m.actor();
                if (!last) {
                    break;
                }
            }
        }
        return a;
    }

    /** Whether the word "a" or "an" and one space come right before position p. */
    private static boolean indefiniteBefore(String t, int p) {
        int s = p - 2;
        if (s < 0 || t.charAt(p - 1) != ' ') {
            return false;
        }
        if (s > 0 && (t.charAt(s) == 'n' || t.charAt(s) == 'N')) {
            s--;
        }
        return (t.charAt(s) == 'a' || t.charAt(s) == 'A') && (s == 0 || !Character.isLetter(t.charAt(s - 1)));
    }

    /** How far back a text named again is looked for where it was introduced: a few paragraphs. */
    private static final int MAX_TEXT_BACK = 2000;

    /** The determiners of a text named again. */
    private static final WordSet DEFINITE_TEXT = WordSet.of("the", "this", "that");

    /** Whether mention m is a name that spans [start, end) exactly. */
    private static boolean named(ViewMention m, int start, int end) {
        return m.start() == start && m.end() == end && m.kind() == MentionKind.NAME;
    }

    /**
     * Texts whose owner wrote them: "Apple's statement said", "Mendes's memo said" are Apple's and Mendes's (not
     * "Mendes's agent said": another person).
     */
    private static final WordSet TEXTS = WordSet.union(Lexicon.WORKS, WordSet.of("statement", "statements",
            "tweet", "tweets", "post", "posts", "letter", "letters", "memo", "report", "email", "e-mail",
            "message", "release", "website", "site", "account", "filing", "filings", "complaint", "lawsuit", "ad",
            "video", "speech", "remarks", "comments", "testimony", "response", "reply", "note", "notes", "page",
            "blog", "analysis", "investigation", "reporting", "brief", "agreement", "average", "study", "survey",
            "poll", "review", "data", "form", "findings", "records", "documents", "order", "ruling", "decision",
            "proposal", "plan", "budget", "audit", "forecast", "figures", "estimate", "estimates", "guidance"));

    /**
     * Whether actor a is named in the speaker phrase ending at {@code me} only as a modifier of the noun that
     * heads it, the noun being no actor: a place before a lower-case word ({@code the Benghazi panel}, {@code
     * Hollywood producers}; when {@code place}), or any owner before a possessive and a lower-case noun that is
     * no text of theirs ({@code Volkswagen's works council}, {@code Mendes's agent}, {@code his record label}; not
     * {@code Apple's statement}).
     */
    private static boolean modifierOnly(String t, List<ViewMention> list, int lo, int a, int me, boolean place) {
        boolean modifier = false;
        for (int i = lo; i < list.size() && list.get(i).start() < me; i++) {
            ViewMention m = list.get(i);
            if (m.actor() != a) {
                continue;
            }
            if (m.end() >= me) {
                return false;
            }
            int f = Text.firstNonSpace(t, m.end(), me);
            boolean owner = f >= 0 && f + 1 < me && (t.charAt(f) == '\'' || t.charAt(f) == '\u2019')
                    && (t.charAt(f + 1) == 's' || t.charAt(f + 1) == 'S');
            if (owner) {
                f = Text.firstNonSpace(t, f + 2, me);
            } else if (m.kind() == MentionKind.PRONOUN && POSSESSIVE_PRONOUNS.contains(t, m.start(), m.end())) {
                // "his record label said", "according to her agent": not him, not her (but "thanked her adopted
                // home state and then boomed": a phrase cut short, whose owner is the speaker more often than not)
                owner = Text.endsWithWordIn(t, m.end(), me, RELATIONS);
            }
            if (f < 0 || !Character.isLowerCase(t.charAt(f)) || !owner && !place
                    || NOT_HEADS.contains(t, f, Text.wordEnd(t, f, me))
                    || owner && Text.endsWithWordIn(t, f, me, TEXTS)) {
                return false;
            }
            modifier = true;
        }
        return modifier;
    }

    /**
     * Numbers written as words, one to twelve: how many children a parent has in the epithet before a name
     * ({@code mother of three}), and the smaller counts of a time phrase ({@link #PERIOD_COUNTS}).
     */
    private static final WordSet NUMBER_WORDS = WordSet.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** Possessive determiners: the owner they name before a noun of {@link #RELATIONS} is not the phrase's head. */
    private static final WordSet POSSESSIVE_PRONOUNS = WordSet.of("his", "her", "its", "their");

    /** Nouns of someone who acts or speaks for, or stands close to, an owner ({@code his agent}, {@code her label}). */
    private static final WordSet RELATIONS = WordSet.of("agent", "agents", "label", "publisher", "publicist",
            "manager", "management", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
            "representatives", "lawyer", "lawyers", "attorney", "attorneys", "counsel", "family", "widow",
            "widower", "wife", "husband", "ex-wife", "ex-husband", "partner", "son", "sons", "daughter",
            "daughters", "mother", "father", "parents", "brother", "brothers", "sister", "sisters", "children",
            "friend", "friends", "colleague", "colleagues", "aide", "aides", "adviser", "advisers", "advisor",
            "advisors", "surrogate", "surrogates", "rival", "rivals", "critic", "critics", "opponent", "opponents",
            "ally", "allies", "supporters", "doctor", "doctors", "coach", "teammates", "office", "campaign",
            "team", "staff", "estate", "foundation", "biographer");

    /** Words after a name that head nothing: "Texas and California said" is no phrase headed by "and". */
    private static final WordSet NOT_HEADS = WordSet.of("and", "or", "nor", "but", "of", "in", "on", "at", "for",
            "to", "from", "with", "by");

    /**
     * Whether the words t[from, to) may all stand before a name as its titles and affiliations ({@code DoubleLine
     * Capital portfolio manager}, {@code the journalist}): no conjunction ({@code Cummings and Conyers}), preposition
     * ({@code a senior analyst at Jefferies}) or verb form ({@code One pastor supporting Mr. Cruz}).
     */
    private static boolean titlesOnly(String t, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int e = i;
            while (e < to && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-')) {
                e++;
            }
            if (e > i && Character.isLowerCase(t.charAt(i)) && (NOT_BEFORE_HEAD.contains(t, i, e)
                    || e - i > 4 && (t.startsWith("ing", e - 3) || t.startsWith("ed", e - 2)))) {
                return false;
            }
            i = e;
        }
        return true;
    }

    /** Most lower-case words between a speaker phrase and the name it goes on to ({@code EU foreign policy chief}). */
    private static final int MAX_TITLE_WORDS = 3;

    /**
     * A speaker phrase that stops before a title and the name it belongs to ({@code NATO chief Mark Rutte},
     * {@code EU foreign policy chief Josep Borrell}, {@code U.N. envoy Karl Mertens}: the phrase reads
     * {@code NATO}) is taken through the name, when the actor stage found that name with the title as its role,
     * the phrase does not name a person itself (a possessive may: {@code Ruiz’s campaign manager Ben Ostrow}) and
     * no word that cannot stand before a title comes first ({@link #titleWord}).
     *
     * @param t      the view text
     * @param actors the actors of the report
     * @param f      an attribution with a speaker mention
     * @return {@code f} with its mention ending at the name's end, or {@code f}
     */
    static Found throughTitle(String t, ActorAnalysis actors, Found f) {
        int i = f.mentionEnd();
        if (i + 1 >= t.length() || t.charAt(i) != ' ' || !Character.isLowerCase(t.charAt(i + 1))
                || namesPerson(t, actors, f.mentionStart(), i)) {
            return f; // no lower-case word follows; or a person and then a titled name: two people
        }
        int[] starts = new int[MAX_TITLE_WORDS];
        int firstVerb = MAX_TITLE_WORDS; // the first word that cannot stand between the phrase and a title
        for (int words = 0; words < MAX_TITLE_WORDS && i < t.length() && t.charAt(i) == ' '; words++) {
            int w = i + 1;
            int e = w;
            while (e < t.length() && (Character.isLowerCase(t.charAt(e)) || e > w && t.charAt(e) == '-')) {
                e++;
            }
            if (e == w || e >= t.length() || t.charAt(e) != ' ') {
                return f;
            }
            starts[words] = w;
            if (firstVerb == MAX_TITLE_WORDS && !titleWord(t, w, e)) {
                firstVerb = words; // (Schoen told host Sean Hannity, said X to envoy Y; but press secretary)
            }
            int lo = actors.firstMentionFrom(e + 1);
            if (lo < actors.mentions().size() && actors.mentions().get(lo).start() == e + 1) {
                ViewMention m = actors.mentions().get(lo);
                if (titledName(t, actors, m, f.mentionStart(), starts, Math.min(words, firstVerb), e)) {
                    return new Found(f.mentionStart(), m.end(), f.cueStart(), f.cueEnd(), f.rule(), f.confidence());
                }
            }
            i = e;
        }
        return f;
    }

    /**
     * The speaker phrase taken on to the end of the name its actor is mentioned by from the same start: the quote
     * rules read capitalised words, so a name with a lower-case particle or a nickname inside ({@code De la Cruz},
     * {@code Joaquín “El Chapo” Guzmán}) ends early.
     *
     * @param actors the actors of the report
     * @param f      an attribution with a speaker mention
     * @param actor  the index of the speaker's actor
     * @return {@code f} with its mention ending at the name's end, or {@code f}
     */
    static Found throughName(ActorAnalysis actors, Found f, int actor) {
        List<ViewMention> list = actors.mentions();
        int end = f.mentionEnd();
        for (int i = actors.firstMentionFrom(f.mentionStart()); i < list.size()
                && list.get(i).start() == f.mentionStart(); i++) {
            ViewMention m = list.get(i);
            if (m.actor() == actor && m.kind() == MentionKind.NAME && m.end() > end
                    && (f.cueStart() < f.mentionEnd() || f.cueStart() >= m.end())) {
                end = m.end();
            }
        }
        return end == f.mentionEnd() ? f
                : new Found(f.mentionStart(), end, f.cueStart(), f.cueEnd(), f.rule(), f.confidence());
    }

    /**
     * Whether the phrase t[from, to) names a person by name or pronoun, inside it (a possessive does not: {@code
     * Ruiz’s campaign manager}; a role mention that runs on past it does not: {@code Daimler spokesman Jens Roth}).
     */
    private static boolean namesPerson(String t, ActorAnalysis actors, int from, int to) {
        if (to - from > 2 && t.charAt(to - 1) == 's' && (t.charAt(to - 2) == '\u2019' || t.charAt(to - 2) == '\'')) {
            return false;
        }
        List<ViewMention> list = actors.mentions();
        for (int i = actors.firstMentionFrom(from); i < list.size() && list.get(i).start() < to; i++) {
            ViewMention m = list.get(i);
            if (m.end() <= to && m.kind() != MentionKind.ROLE && m.actor() < actors.actors().size()
                    && actors.actors().get(m.actor()).kind() == ActorKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lower-case word t[from, to) may stand between a speaker phrase and the title of a name: not a
     * verb form ({@code met}, {@code meets}, {@code told}, {@code meeting}), a preposition, a conjunction or an
     * article. (Inside a title the actor stage confirmed, any word may: {@code press secretary}.)
     */
    private static boolean titleWord(String t, int from, int to) {
        char last = t.charAt(to - 1);
        return last != 's' && !t.startsWith("ed", to - 2) && !t.startsWith("ing", to - 3)
                && !Lexicon.CUES.contains(t, from, to) && !Lexicon.SIMPLE_PAST.contains(t, from, to)
                && !Lexicon.PAST_PARTICIPLES.contains(t, from, to) && !Lexicon.NP_STOP.contains(t, from, to)
                && !Lexicon.DETERMINERS.contains(t, from, to) && !Lexicon.AUX.contains(t, from, to)
                && !(to - from == 2 && t.regionMatches(from, "of", 0, 2)) && !(to - from == 3
                && t.regionMatches(from, "and", 0, 3));
    }

    /**
     * Whether mention m is a person's name whose role is the title written before it, ending at {@code end}: the
     * phrase and the words after it ({@code Rovers manager}), or the words from one of {@code starts[0..last]} on
     * ({@code chief}, {@code policy chief}, {@code press secretary}); the caller keeps {@code last} before any
     * word that may not stand between a phrase and its title.
     */
    private static boolean titledName(String t, ActorAnalysis actors, ViewMention m, int phrase, int[] starts,
                                      int last, int end) {
        if (m.kind() != MentionKind.NAME || m.actor() >= actors.actors().size()) {
            return false;
        }
        Actor a = actors.actors().get(m.actor());
        if (a.kind() != ActorKind.PERSON) {
            return false;
        }
        if (hasTitle(a, t, phrase, end)) {
            return true;
        }
        for (int x = 0; x <= last; x++) {
            if (hasTitle(a, t, starts[x], end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the actor's roles is the title written at t[from, to) ({@code chief}, {@code policy chief}). */
    private static boolean hasTitle(Actor a, String t, int from, int to) {
        for (Role r : a.roles()) {
            String title = r.title();
            if (title.length() == to - from && t.regionMatches(true, from, title, 0, title.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether mention m, inside a speaker phrase that starts at {@code from}, is the object of a preposition of the
     * phrase (after an article or a possessive, or not) rather than its head: the {@code of}-complement
     * ({@code the mayor of Lindmouth}, {@code Mr. Morgan of the Sierra Club}) unless a quantity stands before
     * {@code of} ({@code half of the doctors}: the doctors speak), and a place after {@code in}, {@code from},
     * {@code near} … ({@code officials in Lindmouth}), and whoever a source is close to or familiar with
     * ({@code sources close to the president}), and whoever follows {@code to}, {@code among}, {@code against} or
     * {@code about} after a word that is no quantity, or {@code by} when an actor's mention opens the phrase
     * ({@code an adviser to the president}, {@code a judge appointed by the governor}; an analysis by a think tank
     * is the think tank's; {@code some among the residents} are the residents). A body after {@code for},
     * {@code at}, {@code with} or {@code from} is whom the head speaks for and stays ({@code a spokeswoman for
     * Ruiz}).
     */
    private static boolean complement(String t, ActorAnalysis actors, int from, ViewMention m) {
        int e = trimEnd(t, from, m.start());
        int s = wordStart(t, from, e);
        boolean articled = s > from && s < e && Lexicon.ARTICLES.contains(t, s, e);
        if (articled) {
            e = trimEnd(t, from, s); // the mayor of the city: the preposition is the word before the article
            s = wordStart(t, from, e);
        }
        if (s == e || s == from) {
            return false; // not a word, or the phrase's first word
        }
        if (e - s >= 5 && Character.isLowerCase(t.charAt(s)) && t.regionMatches(e - 3, "ing", 0, 3)
                && participleObject(t, from, s, articled, m)) {
            return true; // lawyers representing the families (or Boeing), a man wearing a cap: the participle's object
        }
        boolean role = Character.isLowerCase(t.charAt(s)) && !NOT_HEADS.contains(t, s, e);
        for (int k = 0, ke, ks = s, after = s; role && k < MAX_TITLE_WORDS && ks > from
                && Character.isLowerCase(t.charAt(ks)); k++) {
            ke = trimEnd(t, from, ks); // "the family of (the late) firefighter Luis Ortega": a role before the name
            after = ks;
            ks = wordStart(t, from, ke);
            if (ke - ks == 2 && t.regionMatches(true, ks, "of", 0, 2)) {
                int he = trimEnd(t, from, ks); // only after a relation: not "the endorsement of Sen. Gordon Humphrey"
                if (RELATIONS.contains(t, wordStart(t, from, he), he)) {
                    if (NUMBER_WORDS.contains(t, after, Text.wordEnd(t, after, m.start()))) {
                        return false; // "Mother of three Kayleigh Ross said": she has three children and speaks
                    }
                    e = ke;
                    s = ks;
                }
                break;
            }
        }
        int be = trimEnd(t, from, s);
        int bs = wordStart(t, from, be); // the word before the preposition
        if (e - s == 2 && t.regionMatches(true, s, "of", 0, 2)) {
            // after a quantity the object speaks (half of the doctors, 20 of the students), unless it is a pronoun
            // (most of them): the actor stage's guess for it is too weak
            boolean quantity = bs < be ? QUANTITIES.contains(t, bs, be)
                    : be > from && Character.isDigit(t.charAt(be - 1));
            return !quantity || m.kind() == MentionKind.PRONOUN;
        }
        boolean to = e - s == 2 && t.regionMatches(true, s, "to", 0, 2);
        if (bs < be && CLOSE_TO.contains(t, bs, be) && (to || e - s == 4 && t.regionMatches(true, s, "with", 0, 4))) {
            return true; // sources close to the president, people familiar with the talks
        }
        if (bs < be && HEAD_OF_ITS_OWN.contains(t, s, e)) {
            // a spokesman for the attorney general, lawyers for the family, engineers from the water authority, a
            // source in the president's office, scientists at the data centre: the head before the preposition is
            // an actor of its own (not "was steep for Mr. Sanders, who said", nor "a producer for Yahoo Studios",
            // no actor)
            int head = actors.actorAt(bs, be);
            if (head >= 0 && head != m.actor()) {
                return true;
            }
            if (e - s >= 3) {
                return false; // (for, from: the body speaks; at, in: a place there may still only attach, below)
            }
        }
        boolean by = e - s == 2 && t.regionMatches(true, s, "by", 0, 2);
        if (by && bs < be && SEEN.contains(t, bs, be)) {
            return true; // a memo seen by the Gazette, documents obtained by Reuters: the outlet only read them
        }
        if ((to || INSIDE_SUBJECT.contains(t, s, e)) && bs < be && !QUANTITIES.contains(t, bs, be)
                && !(bs > from && Character.isUpperCase(t.charAt(bs))) && (!by || headMention(actors, from))) {
            // an adviser to the president, Aides to the governor, a doctor among the nurses, a judge appointed by
            // the governor; not after a quantity (many among the protesters), inside a name, nor the author of a
            // text (an analysis by the Pew Research Center, emails released by WikiLeaks: no actor heads those)
            return true;
        }
        return ATTACHING.contains(t, s, e) && m.actor() < actors.actors().size()
                && actors.actors().get(m.actor()).kind() == ActorKind.PLACE;
    }

    /**
     * Whether mention m is the object of the word in {@code -ing} at [s, …) inside a speaker phrase that starts at
     * {@code from}: an object with an article ({@code representing the families}, {@code wearing a cap}), or a name
     * after a participle that follows a noun ({@code a superdelegate supporting Clinton}); not a noun the word
     * modifies ({@code other leading Democrats}, {@code state gaming regulators}, {@code both lobbying firms}).
     */
    private static boolean participleObject(String t, int from, int s, boolean articled, ViewMention m) {
        if (articled || Lexicon.ARTICLES.contains(t, m.start(), Text.wordEnd(t, m.start(), m.end()))) {
            return true;
        }
        int be = trimEnd(t, from, s);
        int bs = wordStart(t, from, be);
        return Character.isUpperCase(t.charAt(m.start())) && bs < be && Character.isLowerCase(t.charAt(bs))
                && !Lexicon.DETERMINERS.contains(t, bs, be);
    }

    /** @return whether a mention of an actor starts at view offset {@code at} (a speaker phrase's own head) */
    private static boolean headMention(ActorAnalysis actors, int at) {
        int i = actors.firstMentionFrom(at);
        return i < actors.mentions().size() && actors.mentions().get(i).start() == at;
    }

    /** Where the text before offset {@code at} ends, white space left out (not before {@code from}). */
    private static int trimEnd(String t, int from, int at) {
        int e = at;
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Where the run of letters that ends at {@code end} starts (not before {@code from}). */
    private static int wordStart(String t, int from, int end) {
        int s = end;
        while (s > from && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The noun phrase found, as token indexes [from, to). */
    record Np(int from, int to, int outer) {
        Np(int from, int to) {
            this(from, to, from);
        }

        boolean empty() {
            return to <= from;
        }
    }

    /** Words that open a sentence before its subject without a comma ({@code Yesterday the minister said}). */
    private static final WordSet LEADING_ADVERBS = WordSet.union(Lexicon.DAYS, Lexicon.TIME_ADVERBS,
            WordSet.of("recently", "earlier", "later", "then", "now", "also", "while", "when", "as", "after",
                    "before", "once", "so", "yet", "still", "meanwhile"));

    /**
     * The subject of a finite cue in the clause that ends at the comma at token {@code comma} ({@code X said in a
     * statement}, {@code , adding …}): the cue read back from the comma to the clause's start, in lower case and no
     * participle or noun (not {@code rejected the claim, calling it}), whose subject opens the clause or which has
     * only a circumstance after it (not a cue inside what was said: {@code told the audience that she believes we
     * must continue to push …, saying}).
     *
     * @return the subject, or an empty phrase (none, or a relative pronoun)
     */
    static Np cueSubjectBefore(Tokens k, int comma, int first) {
        for (int j = comma - 1; j >= first && !k.isPunct(j, ',') && !k.isClauseEnd(j); j--) {
            if (cueAt(k, j) && !k.isCapitalised(j) && !k.in(j, Lexicon.PARTICIPLES) && !nounUse(k, j)) {
                Np sub = npBackward(k, j, first);
                boolean opens = !sub.empty() && (sub.from == first || k.isPunct(sub.from - 1, ',')
                        || k.isClauseEnd(sub.from - 1) || k.isQuoteMark(sub.from - 1));
                return sub.empty() || k.in(sub.from, Lexicon.RELATIVE)
                        || !opens && !IndirectSpeech.tail(k, j + 1, comma, k.in(j, IndirectSpeech.OBJECT_CUES))
                        ? new Np(0, 0) : sub;
            }
        }
        return new Np(0, 0);
    }

    /**
     * @return whether token c is a reporting verb: one of the lexicon, or the verb of a phrasal one (see
     *         {@link #particleAfter})
     */
    static boolean cueAt(Tokens k, int c) {
        return k.in(c, Lexicon.CUES) || particleAfter(k, c);
    }

    /**
     * The name that ends a phrase read back from a relative pronoun that opens with a verb's past form, with its
     * title, without the verb ({@code had spoken to President Darius Fell, who told her}: President Darius Fell);
     * else the phrase itself.
     */
    static Np namedEnd(Tokens k, Np np) {
        if (np.empty() || !(IndirectSpeech.pastShape(k, np.from()) || k.endsWith(np.from(), "en"))) {
            return np; // (a phrase of its own: "the endorsement of former Sen. Gordon Humphrey")
        }
        int i = np.to();
        while (i > np.from() && k.isCapitalised(i - 1)) {
            i--;
        }
        return new Np(i, np.to());
    }

    /** @return whether a comma, colon or dash stands among tokens [from, to) */
    private static boolean punctBetween(Tokens k, int from, int to) {
        for (int i = from; i < to; i++) {
            if (k.isPunct(i, ',') || k.isPunct(i, ':') || k.isPunct(i, '\u2014') || k.isPunct(i, '\u2013')) {
                return true;
            }
        }
        return false;
    }

    /** Words after the participle of a text's noun ({@code a statement read to the court}, {@code posted on}). */
    private static final WordSet TEXT_PARTICIPLE_OBJECTS = WordSet.of("to", "out", "by", "at", "in", "on", "before",
            "outside", "aloud");

    /**
     * Whether token c is the participle of a text's noun before it, with its preposition or particle after it
     * ({@code a statement read to the court}, {@code a letter sent to parents}, {@code a message posted on X}).
     */
    private static boolean textParticiple(Tokens k, int c) {
        return c > 0 && c + 1 < k.size() && k.in(c - 1, TEXTS) && k.in(c + 1, TEXT_PARTICIPLE_OBJECTS)
                && (k.is(c, "read") || k.endsWith(c, "ed"));
    }

    /** The most words of an apposition between the subject and the verb of {@code “…” was how X, …, put it}. */
    private static final int APPOSITION_WORDS = 8;

    /**
     * Verbs of wording after {@code “…” was how X} that are no cues of their own: {@code summed it up}, {@code puts
     * it}, {@code characterized it} ({@code put}, {@code described} are cues).
     */
    private static final WordSet HOW_VERBS = WordSet.of("puts", "summed", "sums", "characterised", "characterized",
            "characterises", "characterizes", "phrased", "phrases", "termed", "terms", "worded", "words");

    /** Words after "calling" that make another verb of it: calling for, on, out, off, up. */
    private static final WordSet CALL_PARTICLES = WordSet.of("for", "on", "out", "off", "up");

    /**
     * @return whether token c + 1 is the particle of a phrasal reporting verb at c: {@code went on}, {@code shot
     *         back} (also fired, hit, wrote), {@code chimed in} ({@link #IN_CUES}), {@code piped up}
     */
    static boolean particleAfter(Tokens k, int c) {
        if (c + 1 >= k.size()) {
            return false;
        }
        if (k.is(c + 1, "on")) {
            return k.is(c, "went") || k.is(c, "goes") || k.is(c, "go");
        }
        if (k.is(c + 1, "back")) {
            return k.is(c, "shot") || k.is(c, "fired") || k.is(c, "hit") || k.is(c, "wrote");
        }
        if (k.is(c + 1, "in")) {
            return k.in(c, IN_CUES);
        }
        if (k.is(c + 1, "up")) {
            return k.is(c, "piped") || k.is(c, "pipes") || k.is(c, "pipe") || k.is(c, "piping");
        }
        return false;
    }


    /** Verbs that report speech with {@code in}: {@code chimed in}, {@code weighed in}. */
    private static final WordSet IN_CUES = WordSet.of("chime", "chimes", "chimed", "chiming", "weigh", "weighs",
            "weighed", "weighing");

    /**
     * Whether the weak cue at token c stands where an adjective does: first in its stretch or right after a comma,
     * and before a plain lower-case word ({@code Instead, she said, continued strikes would …}), not an object
     * pronoun.
     */
    private static boolean adjectiveUse(Tokens k, int c, int first) {
        return k.in(c, Lexicon.WEAK_CUES) && !k.endsWith(c, "ing") && (c == first || k.isPunct(c - 1, ','))
                && c + 1 < k.size()
                && k.isWord(c + 1) && !k.isCapitalised(c + 1) && !k.in(c + 1, Lexicon.NP_STOP)
                && !k.in(c + 1, Lexicon.DETERMINERS) && !k.in(c + 1, Lexicon.PRONOUNS) && !k.in(c + 1, OBJECT_PRONOUNS);
    }

    /** Pronouns as objects: a verb's, not an adjective's ({@code His promoter, Frank Castellano, called him “…”}). */
    private static final WordSet OBJECT_PRONOUNS = WordSet.of("him", "her", "them", "us", "me");

    private static final WordSet CONTRACTED = WordSet.of("he", "she", "it", "that", "who", "what", "there",
            "here", "where", "which", "this");

    /**
     * @return whether the cue word at token c is used as a noun: after a possessive ({@code Russia’s demands})
     *         or an article ({@code the report}, {@code his remarks})
     */
    static boolean nounUse(Tokens k, int c) {
        if (stateModifier(k, c)) {
            return true;
        }
        if (c == 0) {
            return false;
        }
        int p = c - 1;
        if (possessive(k, p)) {
            // (a contraction is none: he’s said, it’s been reported; nor is "said" or "told" after a name, which
            // no noun follows: "Moody's said", a company's, or "Kerr's said", Kerr has said; "Trump's reported
            // remarks" is an adjective)
            return !(k.isCapitalised(p) && (k.is(c, "said") || k.is(c, "says") || k.is(c, "told")
                    || k.is(c, "tells")));
        }
        return k.in(p, Lexicon.ARTICLES) || k.in(p, NOUN_OPENERS) || k.is(p, "one") && k.in(c, NOUN_FORMS)
                || p > 0 && k.in(p - 1, INDEFINITE_AND_THE) && (!k.is(p - 1, "the") || !k.endsWith(p, "s")
                && !k.in(p, Lexicon.GROUP_NOUNS)) && k.isWord(p) && !k.in(p, Lexicon.CUES) && k.in(c, NOUN_FORMS);
        // "an earnings call", "an amber warning", "The 80-page report found": a noun after an article and a word (not
        // a plural's verb: "the officials report"); "at one point", "in one post" (but "one said")
    }

    /** Words besides the articles after which a cue is a noun ({@code these remarks}, {@code such claims}). */
    private static final WordSet NOUN_OPENERS = WordSet.of("these", "those", "this", "new", "such");

    /** Cues that are nouns too ({@code a phone call}, {@code a blog post}, {@code an amber warning}). */
    private static final WordSet NOUN_FORMS = WordSet.of("call", "post", "report", "release", "note", "comment",
            "claim", "tweet", "reply", "remark", "message", "broadcast", "interview", "answer", "promise", "pledge",
            "retort", "vow", "boast", "complaint", "question", "update", "text", "email", "blog", "response",
            "statement", "warning", "point");

    /** What follows {@code state} as a verb: its object or clause, an adverb. */
    private static final WordSet STATED = WordSet.union(Lexicon.ARTICLES, WordSet.of("that", "whether", "if", "what",
            "how", "why", "when", "where", "which", "who", "to", "in", "on", "at", "for", "as", "so", "this", "these",
            "those", "it", "them", "him", "us", "me", "and", "or", "but"));

    /**
     * Whether {@code state} at token c modifies the noun after it ({@code state media}, {@code Iranian state
     * television}, {@code state police}, {@code Iranian state TV}): a lower-case word follows that is no object,
     * clause or adverb, or {@code TV} after a capitalised word ({@code the ministers state NATO must act}, {@code
     * officials in Tehran state IAEA inspectors …} keep the verb), and no subject, auxiliary or {@code to} stands
     * before it ({@code will state their case}, {@code did not state}).
     */
    private static boolean stateModifier(Tokens k, int c) {
        return k.is(c, "state") && c + 1 < k.size() && k.isWord(c + 1)
                && (!k.isCapitalised(c + 1) || c > 0 && k.isCapitalised(c - 1) && k.end(c + 1) - k.start(c + 1) == 2
                && k.first(c + 1) == 'T' && k.second(c + 1) == 'V')
                && !k.in(c + 1, STATED) && !k.endsWith(c + 1, "ly")
                && !(c > 0 && (k.in(c - 1, Lexicon.AUX) || k.in(c - 1, Lexicon.PRONOUNS) || k.is(c - 1, "to")
                || k.is(c - 1, "not")));
    }

    private static final int MAX_NP = 9;
    /** Most capitalised words a phrase that reached {@link #MAX_NP} inside a name is taken back over. */
    private static final int NAME_RUN = 3;

    /**
     * Reads the clause right after a closing mark: {@code , said X}, {@code , X said}, {@code , X, the Y, said},
     * {@code , according to X}.
     *
     * @param buf  the buffer to read the clause into
     * @param from just after the closing mark
     * @param to   end of the clause (sentence end, next quote or paragraph end)
     * @return the attribution, or {@code null}
     */
    static Found after(Tokens buf, int from, int to) {
        Tokens k = buf.reset(from, to);
        String t = k.text();
        int n = k.size();
        int i = 0;
        while (i < n && (k.isPunct(i, ',') || k.isPunct(i, '\u2014') || k.isPunct(i, '\u2013')
                || k.isPunct(i, '-'))) {
            i++;
        }
        if (i >= n || k.isClauseEnd(i) || k.isQuoteMark(i)) {
            return null;
        }
        if (k.isPunct(n - 1, ':') && from >= 2 && (t.charAt(from - 2) == '?' || t.charAt(from - 2) == '!')
                && k.next(',', k.start(i), k.start(n - 1)) == k.start(n - 1)) {
            // a question or exclamation, then a clause that ends in a colon: the clause introduces the next quote
            // (“Was it planned?” Carver said: “No.”); after a comma, or with one inside (“Really?” she said,
            // adding: “…”), it is the speaker's
            return null;
        }
        if (k.is(i, "according") && i + 1 < n && k.is(i + 1, "to")) {
            Np np = npForward(k, i + 2);
            return np.empty() ? null : found(k, np, i, i + 2, "after.according_to", 0.85);
        }
        if ((k.is(i, "was") || k.is(i, "is")) && k.is(i + 1, "how")) {
            // “A fair deal at last” was how the union leader described it: the subject of the verb of wording speaks
            Np np = npForward(k, i + 2);
            int v = np.to;
            if (v < n && k.isPunct(v, ',')) { // past an apposition: "was how one passenger, Tom Reyes, put it"
                int close = v + 1;
                while (close < n && close - v <= APPOSITION_WORDS && k.isWord(close)) {
                    close++;
                }
                v = close < n && k.isPunct(close, ',') ? close + 1 : v;
            }
            return !np.empty() && v < n && (k.in(v, HOW_VERBS) || cueAt(k, v))
                    ? found(k, np, v, v + 1, "after.how", 0.85) : null;
        }
        if (cueAt(k, i) && !k.in(i, Lexicon.THINKING)) {
            int c = i;
            int ce = particleAfter(k, c) ? c + 2 : c + 1; // a phrasal cue: “…,” chimed in Ruiz, wrote back X
            Np np = invertedSpeaker(k, ce);
            if (!np.empty() && !k.in(np.from, Lexicon.TIME_WORDS)) {
                return found(k, np, c, ce, "after.inverted", 0.9);
            }
            return null;
        }
        int lim = Math.min(n, i + 24);
        for (int c = i + 1; c < lim; c++) {
            if (k.isPunct(c, '(')) {
                // Rep. Earl Blumenauer (D-Ore.) said: step over a short parenthetical
                int close = c + 1;
                while (close < lim && close - c < 10 && !k.isPunct(close, ')')) {
                    close++;
                }
                if (close < lim && k.isPunct(close, ')')) {
                    c = close;
                    continue;
                }
            }
            if (k.isClauseEnd(c) || k.isQuoteMark(c)) {
                break;
            }
            if (cueAt(k, c) && !k.isCapitalised(c) && !nounUse(k, c)) {
                if (c > i && k.in(c - 1, NEGATIONS)) {
                    return null; // “…” Mr. Trump did not respond: who did not speak said none of it
                }
                Np np = npBackward(k, c, i);
                if (c > i && k.in(c - 1, Lexicon.FORMS_OF_BE) && !k.endsWith(c, "ing") && !k.is(c + 1, "to")
                        && !np.empty() && np.from == i) {
                    // “…,” the crew was told (by the mayor): the subject was spoken to (not: were shouting); the
                    // agent, when named, speaks, else the quote has a cue and no speaker
                    Np agent = k.is(c + 1, "by") ? npForward(k, c + 2) : new Np(0, 0);
                    return agent.empty() ? new Found(-1, -1, k.start(c), k.end(c), "after.passive", 0.6)
                            : found(k, agent, c, c + 1, "after.passive", 0.8);
                }
                if (!np.empty() && np.from == i || !np.empty() && startsAppositionAt(k, i, np)) {
                    return found(k, np, c, c + 1, "after.subject", 0.9);
                }
                if (listedAdjectives(k, i, c)) {
                    // “…,” the tall, grey-haired captain said: adjectives listed with commas open the subject
                    return found(k, new Np(i, c), c, c + 1, "after.subject", 0.85);
                }
                // “…,” Cecelia Purner, 67, a retired clerk in Allentown, Pa., said: a name, then asides, then the verb
                Np first = npForward(k, i);
                if (c > i && k.isPunct(c - 1, ',') && !first.empty() && first.to < c && k.isPunct(first.to, ',')
                        && (k.isCapitalised(first.from) || k.in(first.from, Lexicon.PRONOUNS))) {
                    return found(k, first, c, c + 1, "after.subject", 0.8);
                }
                return null;
            }
        }
        return afterAnyVerb(t, k, i, from);
    }

    /**
     * Whether tokens [from, to) are a noun phrase of a determiner and lower-case words with adjectives listed by
     * commas ({@code the tall, grey-haired captain}, {@code a young, angry, tired pilot}): no comma last, no name
     * (an apposition, {@code the mayor, Lazo}, is no such phrase).
     */
    private static boolean listedAdjectives(Tokens k, int from, int to) {
        if (to - from < 4 || to - from > 8 || !k.in(from, Lexicon.DETERMINERS) || !k.isWord(to - 1)) {
            return false;
        }
        boolean comma = false;
        for (int j = from + 1; j < to; j++) {
            if (k.isPunct(j, ',')) {
                comma = true;
                if (!k.isWord(j - 1) || !k.isWord(j + 1)) {
                    return false;
                }
            } else if (!k.isWord(j) || k.isCapitalised(j) || !npWord(k, j) || k.in(j, Lexicon.DETERMINERS)
                    || k.is(j, "and") || k.is(j, "or")) {
                return false; // a second phrase (the union, and the mayor) is no list of adjectives
            }
        }
        return comma;
    }

    /**
     * The last resort after a quotation that ends with a comma, a question or an exclamation mark: a short clause
     * {@code NP verb} or {@code verb NP} that ends the sentence ({@code “…,” he surmised.}, {@code “…?” Beck
     * questioned.}, {@code “…!” reacted Trump.}) names the speaker with a verb the lexicon does not hold.
     */
    private static Found afterAnyVerb(String t, Tokens k, int i, int from) {
        int q = from - 1;
        while (q > 0 && Marks.isMarkChar(t.charAt(q))) {
            q--;
        }
        char last = q >= 0 ? t.charAt(q) : 0;
        if (last != ',' && last != '?' && last != '!') {
            return null;
        }
        int n = k.size();
        int end = i;
        while (end < n && !k.isClauseEnd(end) && !k.isQuoteMark(end) && !k.isPunct(end, ',')) {
            end++;
        }
        if (end - i < 2 || end - i > 8 || end < n && !k.isPunct(end, '.') && !k.isPunct(end, ',')) {
            return null;
        }
        int v = end - 1;
        if (verbLike(k, v)) {
            Np np = npForward(k, i);
            if (plausibleSubject(k, np) && np.to <= v) {
                return found(k, np, v, v + 1, "after.verb", 0.6);
            }
        }
        if (verbLike(k, i)) {
            Np np = npForward(k, i + 1);
            if (!np.empty() && k.isCapitalised(np.from) && np.to == end) {
                return found(k, np, i, i + 1, "after.verb", 0.6);
            }
        }
        return null;
    }

    /** A lower-case word that reads as a verb of saying in the past or present tense: a cue, or ending in -ed. */
    private static boolean verbLike(Tokens k, int i) {
        return k.isWord(i) && !k.isCapitalised(i) && (k.in(i, Lexicon.CUES) || k.in(i, Lexicon.THINKING)
                || k.endsWith(i, "ed") && !k.in(i, Lexicon.AUX));
    }

    private static boolean startsAppositionAt(Tokens k, int i, Np np) {
        // "the head of X, Josep Borrell, said" where the NP chosen is the apposition: the phrase starts at i
        return np.outer == i && np.from > i;
    }

    /**
     * The speaker of {@code as saying} at token c: who was quoted or cited, the subject of a passive ({@code Peskov
     * was quoted by Interfax as saying}) or the object of an active verb ({@code state television quoted the
     * foreign minister as saying}).
     *
     * @param floor the first token that may be read
     * @return the speaker, or an empty phrase
     */
    static Np quotedAs(Tokens k, int c, int floor) {
        for (int j = c - 2; j > floor && c - j < 24 && !k.isClauseEnd(j); j--) {
            if (k.is(j, "quoted") || k.is(j, "cited")) {
                return k.in(j - 1, Lexicon.FORMS_OF_BE) ? npBackward(k, j - 1, floor) : npForward(k, j + 1);
            }
        }
        return new Np(0, 0);
    }

    /**
     * Reads the clause right before an opening mark: {@code X said:}, {@code X told reporters,}, {@code said X:},
     * {@code X, the Y of Z, said:}, {@code according to X,}.
     *
     * @param buf  the buffer to read the context into
     * @param from start of the clause (sentence start, previous quote or paragraph start)
     * @param to   the opening mark
     * @return the attribution, or {@code null}
     */
    static Found before(Tokens buf, int from, int to) {
        return before(buf, from, to, false);
    }

    /**
     * @param buf      the buffer to read the clause into
     * @param from     start of the clause
     * @param to       the opening mark
     * @param headline whether the clause is a headline in title case, where verbs are capitalised too
     *                 ({@code Harbor Board Says ‘No More Delays’})
     * @return the attribution, or {@code null}
     */
    static Found before(Tokens buf, int from, int to, boolean headline) {
        Tokens k = buf.reset(from, to);
        int n = k.size();
        int first = lastSentenceStart(k);
        for (int i = first; i + 2 < n; i++) {
            if (k.is(i, "according") && k.is(i + 1, "to")) {
                Np np = npForward(k, i + 2);
                if (!np.empty()) {
                    return found(k, np, i, i + 2, "before.according_to", 0.85);
                }
            }
        }
        Found relative = null;
        for (int c = n - 1; c >= first; c--) {
            // X, citing “…,” said …: the words right before the quotation cite it, and the subject cites
            boolean citing = c == n - 1 && k.in(c, Lexicon.CITING);
            if (!k.in(c, Lexicon.CUES) && particleAfter(k, c)) {
                // "After X criticized Y, Hillary shot back, “…”": the phrasal cue of the main clause, not the
                // verb of the clause fronted before it
                Np np = npBackward(k, c, first);
                if (!np.empty() && !k.in(np.from, Lexicon.RELATIVE)) {
                    return found(k, np, c, c + 2, "before.cue", 0.85);
                }
                continue;
            }
            if (!citing && (!k.in(c, Lexicon.CUES) || k.in(c, Lexicon.THINKING) || k.isCapitalised(c) && c > first
                    && !headline || nounUse(k, c) || adjectiveUse(k, c, first))) {
                continue;
            }
            if (k.in(c, Lexicon.NAMING_VERBS) && (c == n - 1 || c > first && k.in(c - 1, Lexicon.FORMS_OF_BE))) {
                continue; // a name given, not words said: items labeled “Made in …”, could be termed “…”
            }
            if (c > first && c + 1 < n && textParticiple(k, c) && !k.is(c + 2, "part")) {
                // "said in a statement read to the court:", "a message posted on X:": the text's participle (but "the
                // statement read in part:" is its cue)
                continue;
            }
            if ((k.in(c, Lexicon.PARTICIPLES) || k.in(c, Lexicon.NAMING_PARTICIPLES)) && c - 2 >= first
                    && k.isPunct(c - 1, ',')) {
                // "CONTENT, X said in a statement, adding that “…”": the subject of the cue before the participle
                Np np = cueSubjectBefore(k, c - 1, first);
                if (!np.empty()) {
                    return found(k, np, c, c + 1, "before.participle", 0.75);
                }
            }
            boolean naming = k.in(c, Lexicon.NAMING_PARTICIPLES);
            if (naming && !(c > first && k.isPunct(c - 1, ',') && !(c + 1 < n && k.in(c + 1, CALL_PARTICLES)))) {
                // "calling for" right before the quotation (an article between at most)
                Np np = c + 1 < n && k.is(c + 1, "for") && n - (c + 2) <= 1 ? npBackward(k, c, first) : new Np(0, 0);
                if (!np.empty() && !k.in(np.from, Lexicon.RELATIVE)) {
                    return found(k, np, c, c + 2, "before.cue", 0.8); // "the union was calling for “…”"
                }
                continue; // "by calling out Trump for his “lies”": only "…, calling him “…”" names in the subject's words
            }
            if (c > first && k.is(c - 1, "as") && k.in(c, Lexicon.PARTICIPLES)) {
                Np quoted = quotedAs(k, c, first);
                if (!quoted.empty()) {
                    return found(k, quoted, c, c + 1, "before.participle", 0.75); // TASS quoted X as saying “…”
                }
            }
            Np with = c > first && k.in(c, Lexicon.PARTICIPLES) ? withSubject(k, c, first) : new Np(0, 0);
            if (!with.empty()) {
                return found(k, with, c, c + 1, "before.participle", 0.75); // "…, with one analyst, Ann Lee, saying"
            }
            if (citing || naming || k.in(c, Lexicon.PARTICIPLES)) {
                // X issued a statement on Tuesday, saying: the subject of the clause speaks
                Np subject = sentenceSubject(k, first, c);
                if (plausibleSubject(k, subject) && !k.in(subject.from, LEADING_ADVERBS)) {
                    return found(k, subject, c, c + 1, "before.participle", 0.7);
                }
                continue;
            }
            Np np = npBackward(k, c, first);
            if (!np.empty() && k.in(np.from, Lexicon.RELATIVE)) {
                // Trump, who has said …: the speaker is the noun before the relative pronoun
                int r = np.from - 1;
                while (r >= first && (k.isPunct(r, ',') || k.isPunct(r, '\u2014') || k.isPunct(r, '-'))) {
                    r--;
                }
                Np ante = r >= first ? namedEnd(k, simpleBackward(k, r, first)) : new Np(0, 0);
                if (!ante.empty() && !k.in(ante.from, Lexicon.RELATIVE) && relative == null) {
                    if (k.is(np.from, "who") && !punctBetween(k, c + 1, n)) {
                        // the quotation inside what the clause reports ("President Fell, who told her that the border
                        // “will stay open”"): the relative's speaker
                        return found(k, ante, c, c + 1, "before.cue", 0.8);
                    }
                    // an aside ("said Ruiz, who had denied it: “…”"): keep looking for the main verb first
                    relative = found(k, ante, c, c + 1, "before.cue", 0.8);
                }
                continue;
            } else if (!np.empty()) {
                if (reportedModal(k, first, np, c)) {
                    continue; // "X said Tehran would respond “decisively”": X's words, not Tehran's
                }
                if (k.in(c, Lexicon.JUDGING) && passive(k, np.to, c)) {
                    continue; // "The plan was hailed as “a breakthrough”": by whom, the sentence does not say
                }
                return found(k, np, c, c + 1, "before.cue", 0.85);
            }
            int a = c - 1;
            while (a >= first && k.in(a, Lexicon.AUX)) {
                a--;
            }
            int fronted = a >= first ? frontedPhrase(k, a, first) : -1;
            if (fronted >= 0) {
                a = fronted - 1; // "… but in a later interview said, “…”"
            }
            boolean infinitive = a >= first && a > 0 && k.is(a, "to")
                    && (c == n - 1 || c == n - 2 && (k.isPunct(n - 1, ',') || k.isPunct(n - 1, ':')));
            int control = infinitive ? objectControl(k, a, first) : -1;
            Np object = control >= 0 ? npForward(k, control + 1) : new Np(0, 0);
            if (!object.empty() && object.to == a) {
                // … ordered the pilot to state, “…”: the object of the verb speaks
                return found(k, object, c, c + 1, "before.cue_object", 0.6);
            }
            if (control < 0 && a >= first && a > 0 && (k.in(a, COORDINATORS) || infinitive)) {
                // … spoke about X and declared that …, … took the stage to declare, “…”: the sentence's subject
                Np subject = sentenceSubject(k, first, c);
                if (plausibleSubject(k, subject)) {
                    return found(k, subject, c, c + 1, "before.cue_conjoined", 0.6);
                }
            }
            // (not after "to", nor a weak cue's object: "expected to launch the drug “within weeks”")
            Np inv = infinitive || k.in(c, Lexicon.WEAK_CUES) || c > first && k.is(c - 1, "to")
                    ? new Np(0, 0) : npForward(k, c + 1);
            if (!inv.empty() && (k.isCapitalised(inv.from) || k.in(inv.from, Lexicon.DETERMINERS))
                    && !k.in(inv.from, Lexicon.TIME_WORDS) && (inv.to >= n || k.isPunct(inv.to, ',')
                    || k.isPunct(inv.to, ':') || k.isPunct(inv.to, '('))) {
                return found(k, inv, c, c + 1, "before.inverted", 0.85);
            }
        }
        return relative;
    }

    /** @return the first token of the last sentence of the tokens read (after a full stop, ?, ! or ;) */
    private static int lastSentenceStart(Tokens k) {
        for (int i = k.size() - 1; i >= 0; i--) {
            if (k.isPunct(i, '.') || k.isPunct(i, '!') || k.isPunct(i, '?') || k.isPunct(i, ';')) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the context [from, to) before a quotation ends with a cue of reported content ({@code X said the
     * army would respond “with overwhelming force”}; see {@link #reportedModal}): the quotation does not open
     * an utterance there.
     *
     * @param buf the buffer to read the context into
     */
    static boolean endsWithReportedCue(Tokens buf, int from, int to) {
        Tokens k = buf.reset(from, to);
        int c = k.size() - 1;
        while (c >= 0 && (k.isPunct(c, ',') || k.isPunct(c, ':'))) {
            c--; // "… would respond: “…”"
        }
        int first = lastSentenceStart(k);
        if (c <= first) {
            return false;
        }
        Np np = npBackward(k, c, first);
        return !np.empty() && reportedModal(k, first, np, c);
    }

    /**
     * Whether the cue at token c, with subject np, is a verb of reported content: a modal stands between them
     * ({@code would respond}, {@code will continue}) and a cue governs the clause, right before its subject
     * ({@code X said Tehran would respond “decisively”}). What is quoted after it is the earlier speaker's.
     */
    private static boolean reportedModal(Tokens k, int first, Np np, int c) {
        boolean modal = false;
        for (int j = np.to; j < c && !modal; j++) {
            modal = k.in(j, Lexicon.MODALS);
        }
        if (!modal) {
            return false;
        }
        int j = np.from - 1;
        if (j > first && k.is(j, "that")) {
            j--; // "X said that Tehran would …"
        }
        // the cue that governs the clause stands right before its subject (not "When asked …, the spokesman would
        // only say “…”": a cue of another clause)
        return j >= first && k.in(j, Lexicon.CUES) && !k.isCapitalised(j) && !k.in(j, Lexicon.THINKING)
                && !nounUse(k, j);
    }

    /**
     * Whether the verb group right before the cue at c, from {@code from} on, holds a form of "be" or "get": a
     * passive ({@code was hailed}, {@code was widely blamed}, {@code got blamed}; not the "is" of an aside before it).
     */
    private static boolean passive(Tokens k, int from, int c) {
        for (int j = c - 1; j >= from && (k.in(j, Lexicon.AUX) || k.is(j, "got") || k.is(j, "get")
                || k.is(j, "gets")); j--) {
            if (!k.in(j, Lexicon.AUX) || k.in(j, Lexicon.FORMS_OF_BE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb that has its object do what the infinitive at {@code to} says, shortly before it ({@code ordered the
     * pilot to state}, {@code asked Lazo to explain}): then the object speaks, not the subject.
     *
     * @return the verb's token, or -1
     */
    private static int objectControl(Tokens k, int to, int first) {
        for (int j = to - 2; j >= first && j >= to - 5; j--) { // an object stands between the verb and "to"
            if (k.in(j, OBJECT_CONTROL)) {
                return j;
            }
            if (k.in(j, COORDINATORS) || k.isPunct(j, ',')) {
                break; // the verb of another clause
            }
        }
        return -1;
    }

    /**
     * Whether a subject the sentence reading found can name a speaker: it opens with a capital, a pronoun or a
     * determiner (not a bare lower-case word, which is more likely a verb or an adverb).
     */
    static boolean plausibleSubject(Tokens k, Np subject) {
        return !subject.empty() && (k.isCapitalised(subject.from) || k.in(subject.from, Lexicon.PRONOUNS)
                || k.in(subject.from, Lexicon.DETERMINERS));
    }

    private static final WordSet OBJECT_CONTROL = WordSet.of("ask", "asks", "asked", "asking", "tell", "tells",
            "told", "telling", "order", "orders", "ordered", "urge", "urges", "urged", "force", "forced", "invite",
            "invited", "allow", "allowed", "persuade", "persuaded", "encourage", "encouraged", "challenge",
            "challenged", "dare", "dared", "beg", "begged", "instruct", "instructed", "require", "required",
            "prompt", "prompted", "want", "wants", "wanted");

    /** Most tokens between {@code with} and the participle it governs ({@link #withSubject}). */
    private static final int MAX_WITH_TOKENS = 12;

    /**
     * The subject of the participle at token c in a {@code with} phrase after a comma, named in apposition before it
     * ({@code shares fell, with one fund manager, Oscar Lind, saying …}: Lind speaks, not the sentence's subject) or
     * right before it ({@code passengers waited, with one traveller telling the BBC: …}); empty when there is none.
     *
     * @param first the first token that may be read
     */
    static Np withSubject(Tokens k, int c, int first) {
        int commas = 0;
        for (int j = c - 2; j >= first + 1 && c - j <= MAX_WITH_TOKENS && !k.isClauseEnd(j); j--) {
            if (k.isPunct(j, ',') && ++commas > 1) {
                break;
            }
            if (k.is(j, "with") && k.isPunct(j - 1, ',')) {
                if (commas == 1) {
                    return npBackward(k, c - 1, first);
                }
                Np np = npForward(k, j + 1);
                return np.to == c ? np : new Np(0, 0);
            }
        }
        return new Np(0, 0);
    }

    /**
     * The subject of the sentence that starts at token {@code first}, for a cue at token c that is not the verb
     * right after it: coordinated with an earlier verb ({@code Ruiz met the mayor and said …}), a participle
     * ({@code Ruiz issued a statement, saying …}) or an infinitive ({@code Ruiz rose to say, “…”}). Read after an
     * opening connective ({@code But}, {@code Therefore}) and up to two fronted phrases ({@link #adverbialEnd}:
     * {@code Yesterday}, {@code On Monday,}, {@code When asked about it,}); the phrase ends at an irregular past
     * ({@code spoke}) or before a verb that an article follows ({@code met the mayor}).
     *
     * @return the subject; none when the sentence opens with a clause whose end is not found, or when the phrase
     *         reaches the word before "and"/"to" (it then holds the sentence's first verb)
     */
    static Np sentenceSubject(Tokens k, int first, int c) {
        int i = first;
        if (i < c && k.in(i, OPENING_CONNECTIVES)) {
            i++;
            if (i < c && k.isPunct(i, ',')) {
                i++; // However, …
            }
        }
        for (int phrases = 0; phrases < 2 && i < c; phrases++) { // On Monday, when asked, X …
            int end = adverbialEnd(k, i, c);
            if (end < 0) {
                break; // a noun phrase opens here
            }
            if (end == i) {
                return new Np(0, 0); // a fronted clause whose end is not found
            }
            i = end < c && k.isPunct(end, ',') ? end + 1 : end;
        }
        if (i >= c) {
            return new Np(0, 0);
        }
        Np np = npForward(k, i);
        // the phrase ends before the sentence's first verb: an irregular past ("The guild chief spoke and said"),
        // or a word before an article that no "of" or "and" links ("Several captains met the mayor and said")
        for (int j = np.from + 1; j < np.to; j++) {
            if (k.isCapitalised(j) || k.in(j - 1, Lexicon.DETERMINERS)) {
                continue;
            }
            if (k.in(j, Lexicon.SIMPLE_PAST) || k.in(j, Lexicon.PAST_PARTICIPLES)) {
                np = new Np(np.from, j);
                break;
            }
            if (j >= np.from + 2 && k.in(j, Lexicon.ARTICLES) && !k.is(j - 1, "of") && !k.is(j - 1, "and")
                    && !k.is(j - 1, "or")) {
                np = new Np(np.from, j - 1);
                break;
            }
        }
        // the sentence's first verb stands between its subject and "and"/"but" + the cue (or the participle cue):
        // a phrase that reaches it has run over it ("The guild's top official met reporters and said")
        int verbEnd = c;
        while (verbEnd - 1 > i && k.in(verbEnd - 1, Lexicon.AUX)) {
            verbEnd--;
        }
        if (verbEnd - 1 > i && (k.in(verbEnd - 1, COORDINATORS) || k.is(verbEnd - 1, "to"))) {
            return np.to < verbEnd - 1 ? np : new Np(0, 0); // a verb stands between the subject and "and"/"to"
        }
        return np.to <= verbEnd ? np : new Np(0, 0); // (Lazo is telling a crowd that …)
    }

    /**
     * Where a fronted time phrase, adverbial or subordinate clause that opens at token i ends: after a time phrase,
     * with or without a comma ({@code Yesterday}, {@code This week}, {@code Two years ago}, {@code On Monday}), else
     * at the comma that closes it ({@code When asked about it,}, {@code In the spring,}, {@code Clearly moved,},
     * {@code Initially a pilot,}).
     *
     * @return the end (exclusive; a comma there is the caller's to step over); i when a clause opens there whose
     *         comma is not found before c; -1 when a noun phrase opens at i ({@code This union}, {@code Two
     *         officials}, {@code Kelly, 45,}, {@code Ahmed, a farmer,})
     */
    private static int adverbialEnd(Tokens k, int i, int c) {
        int j = -1;
        if (k.in(i, TIME_OPENERS) || k.in(i, Lexicon.DAYS)) {
            j = i + 1; // Yesterday, Monday
        } else if (i + 1 < c && k.in(i, PERIOD_OPENERS) && k.in(i + 1, Lexicon.DAYS)) {
            j = i + 2; // Last Tuesday
        } else if (i + 1 < c && k.in(i + 1, PERIOD_NOUNS) && (k.in(i, PERIOD_OPENERS) || k.in(i, PERIOD_COUNTS)
                || Character.isDigit(k.first(i)))) {
            j = i + 2; // This week, Last year, Two years ago, A week later
        }
        if (j >= 0) {
            if (j < c && (k.in(j, DAY_PARTS) || k.in(j, PERIOD_CLOSERS))) {
                j++; // Monday night
            }
            if (j < c && (k.isPunct(j, ',') || k.isCapitalised(j) || k.in(j, Lexicon.PRONOUNS)
                    || k.in(j, Lexicon.DETERMINERS))) {
                return j; // a time phrase is followed by a comma or by the subject
            }
            if (j < c && k.in(j, Lexicon.NP_STOP)) { // Early on Monday, Late last night: to the comma, else one
                int comma = j + 1;                  // more time phrase (Early on Monday the skipper …)
                while (comma < c && !k.isPunct(comma, ',')) {
                    comma++;
                }
                return comma < c ? comma : j;
            }
            return -1; // "The night watchman", "Early voters": a subject
        }
        boolean opens = k.in(i, Lexicon.NP_STOP) && !k.in(i, Lexicon.DETERMINERS)
                || i + 1 < c && k.isWord(i + 1) && !k.isCapitalised(i + 1)
                && ((k.endsWith(i, "ed") || k.endsWith(i, "ing")) && (k.in(i + 1, Lexicon.NP_STOP)
                || k.in(i + 1, Lexicon.DETERMINERS)) // Asked about it, Speaking to reporters
                || k.endsWith(i, "ly") && (k.in(i + 1, Lexicon.DETERMINERS) || i + 2 < c && k.isPunct(i + 2, ',')));
        if (!opens) {
            return -1;
        }
        int comma = i + 1;
        while (comma < c && !k.isPunct(comma, ',')) {
            comma++;
        }
        if (comma < c) {
            return comma; // For 30 years, … / When asked about it, …
        }
        // no comma: one-word openers only, where the subject visibly starts after them
        int next = k.in(i, OPENING_PREPOSITIONS) && i + 2 < c && (k.isCapitalised(i + 1)
                || Character.isDigit(k.first(i + 1))) ? i + 2 // On Monday Keller, In March the guild, In 2010 the …
                : k.in(i, Lexicon.AUX) || k.endsWith(i, "ly") ? i + 1 // Finally the mayor, Only the captain
                : -1;
        return next > i && next < c && (k.isCapitalised(next) || k.in(next, Lexicon.DETERMINERS)
                || k.in(next, Lexicon.PRONOUNS)) ? next : i;
    }

    private static final WordSet COORDINATORS = WordSet.of("and", "but", "then");

    /** Words that deny the verb after them: {@code did not respond}, {@code never said}, {@code didn’t answer}. */
    private static final WordSet NEGATIONS = WordSet.of("not", "never", "n't", "didn't", "doesn't", "don't",
            "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't");

    /** Words that link a sentence to the one before it and stand before its subject. */
    private static final WordSet OPENING_CONNECTIVES = WordSet.of("and", "but", "so", "yet", "or", "therefore",
            "thus", "hence", "however", "instead", "indeed", "moreover", "furthermore", "nevertheless", "still",
            "also", "then", "now");
    /**
     * Words that count periods in a time phrase ({@code Two years ago}, {@code That night}, {@code Many years ago}).
     */
    private static final WordSet PERIOD_COUNTS = WordSet.union(NUMBER_WORDS, WordSet.of("twenty", "thirty", "forty",
            "fifty", "that", "many", "several", "few", "each", "every", "a", "an", "some"));
    /** Words that close a time phrase ({@code Two years ago}, {@code A week later}). */
    private static final WordSet PERIOD_CLOSERS = WordSet.of("ago", "later", "earlier", "before", "after");

    /**
     * Whether a phrase can be the subject of a clause that introduces a quote with a colon: a name, a phrase with a
     * determiner, a pronoun, a group without an article ({@code supporters reacted:}).
     */
    private static boolean colonSubject(Tokens k, Np np) {
        // (a phrase may open with a bare role before the name: "producer Mira Castellanos")
        return !np.empty() && !(k.in(np.from, Lexicon.TIME_WORDS) && !k.in(np.from, Lexicon.PRONOUNS))
                && (k.isCapitalised(np.from) || k.in(np.from, Lexicon.DETERMINERS) || k.in(np.from, Lexicon.PRONOUNS)
                || k.isCapitalised(np.to - 1) && !k.in(np.from, OPENING_CONNECTIVES)
                || np.to == np.from + 1 && k.in(np.from, Lexicon.GROUP_NOUNS));
    }

    /**
     * The subject of a predicate at token {@code verb} that follows a phrase and an apposition or aside, each filling
     * its stretch between commas: the apposition when it is a name and the phrase opens with a determiner ({@code His
     * opposite number, Eddie Howe, disagreed:}), else the phrase ({@code Eddie Howe, the home side's manager,
     * disagreed:}, {@code The campaign, in a statement, was blunt:}).
     *
     * @return the subject, or an empty phrase
     */
    private static Np appositionBefore(Tokens k, int verb) {
        int second = verb - 1;
        if (second < 2 || !k.isPunct(second, ',')) {
            return new Np(0, 0);
        }
        int first = second - 1;
        while (first > 0 && !k.isPunct(first, ',') && !k.isClauseEnd(first) && !k.isQuoteMark(first)) {
            first--;
        }
        if (!k.isPunct(first, ',')) {
            return new Np(0, 0);
        }
        int from = first - 1;
        while (from > 0 && !k.isPunct(from - 1, ',') && !k.isClauseEnd(from - 1) && !k.isQuoteMark(from - 1)) {
            from--;
        }
        Np head = npForward(k, from);
        if (head.to != first || !colonSubject(k, head)) {
            return new Np(0, 0);
        }
        Np apposition = npForward(k, first + 1); // else an aside: "The campaign, in a statement, was blunt:"
        boolean named = apposition.to == second && k.isCapitalised(second - 1);
        return named && k.in(head.from, Lexicon.DETERMINERS) ? apposition : head;
    }

    /**
     * A clause that ends with a colon before a quote but has no reporting verb ({@code the Secretary of State
     * has been clear:}): its subject speaks.
     *
     * @param buf   the buffer to read the clause into
     * @param from  start of the clause
     * @param colon position of the colon
     * @return the attribution (cue: the colon), or {@code null}
     */
    static Found colon(Tokens buf, int from, int colon) {
        Tokens k = buf.reset(from, colon);
        int n = k.size();
        int start = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (k.isClauseEnd(i) || k.isPunct(i, ',') || k.isQuoteMark(i)) {
                start = i + 1;
                break;
            }
        }
        if (start >= n) {
            return null;
        }
        Np np = npForward(k, start);
        if (!colonSubject(k, np)) {
            np = appositionBefore(k, start);
            if (np.empty()) {
                return null;
            }
        }
        if (np.to < n && k.isCapitalised(n - 1) && label(k, np.to, n)) {
            np = new Np(np.from, n); // "Former secretary of state Hillary Rodham Clinton:": the label runs to the name
        }
        return new Found(k.start(np.from), k.end(np.to - 1), colon, colon + 1, "before.colon_subject", 0.7);
    }

    /**
     * Whether tokens [from, to) go on with a speaker's label before a colon, not a clause: words and dots only, no
     * verb or auxiliary ({@code of state Hillary Rodham Clinton}).
     */
    private static boolean label(Tokens k, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!k.isWord(i) && !k.isPunct(i, '.') || k.in(i, Lexicon.AUX) || k.in(i, Lexicon.PRONOUNS)
                    || k.isWord(i) && !k.isCapitalised(i) && IndirectSpeech.pastShape(k, i)
                    || k.isCapitalised(i) && (k.in(i, OPENING_PREPOSITIONS) || k.in(i, Lexicon.CUES))) {
                return false; // (a capitalised "On" or "Says": a headline in title case)
            }
        }
        return true;
    }

    /**
     * A signature under a quotation: a paragraph that opens with a dash and a name ({@code - Bernie Sanders.},
     * {@code —President Obama, tweeting after the speech.}).
     *
     * @param buf  the buffer to read the context into
     * @param from start of the paragraph after the quotation
     * @param to   its end
     * @return the attribution (cue: the dash), or {@code null}
     */
    static Found signature(Tokens buf, int from, int to) {
        String t = buf.text();
        int dash = Text.firstNonSpace(t, from, Math.min(to, from + 200));
        if (dash < 0 || t.charAt(dash) != '-' && t.charAt(dash) != '\u2014' && t.charAt(dash) != '\u2013') {
            return null; // most paragraphs: no dash opens it, no need to read its words
        }
        Tokens k = buf.reset(from, Math.min(to, from + 200));
        if (k.size() < 2 || !(k.isPunct(0, '-') || k.isPunct(0, '\u2014') || k.isPunct(0, '\u2013'))) {
            return null;
        }
        Np np = npForward(k, 1);
        if (np.empty() || !k.isCapitalised(np.from) || !(np.to >= k.size() || k.isPunct(np.to, ',')
                || k.isPunct(np.to, '.'))) {
            return null;
        }
        return new Found(k.start(np.from), k.end(np.to - 1), k.start(0), k.end(0), "after.signature", 0.7);
    }

    /**
     * The speaker after an inverted cue that ends at token ce: the noun phrase there; a possessor's noun rather than
     * the possessor ({@code said Holt's lawyer}); the name in apposition to a role ({@code said the family's lawyer,
     * Greg Holt}, {@code said Helio's design chief, Marcus Webb}).
     */
    static Np invertedSpeaker(Tokens k, int ce) {
        int n = k.size();
        Np np = npForward(k, ce);
        boolean possessed = false;
        if (!np.empty() && possessive(k, np.to - 1) && np.to < n && k.isWord(np.to) && !k.isCapitalised(np.to)) {
            Np noun = npForward(k, np.to); // said Holt's lawyer: the possessor's noun speaks, not Holt
            possessed = !noun.empty();
            np = possessed ? new Np(np.from, noun.to) : np;
        }
        if (!np.empty() && (!k.isCapitalised(np.from) || possessed) && np.to + 1 < n && k.isPunct(np.to, ',')) {
            Np name = npForward(k, np.to + 1);
            if (!name.empty() && allCapitalised(k, name) && !k.in(name.from, Lexicon.PRONOUNS)
                    && !k.in(name.from, Lexicon.TIME_WORDS) && (name.to >= n || !k.isWord(name.to))) {
                // (not a day after the comma: "said the governor's office, Tuesday")
                np = name;
            }
        }
        return np;
    }

    /**
     * Looks anywhere in a clause after a quote for {@code X said} or {@code said X} (for a partial quote whose
     * reporting verb follows it: {@code the plan is “dead,” he said}).
     *
     * @param buf  the buffer to read the context into
     * @param from start
     * @param to   end
     * @return the attribution, or {@code null}
     */
    static Found anywhere(Tokens buf, int from, int to) {
        Tokens k = buf.reset(from, to);
        int n = k.size();
        for (int c = 0; c < n; c++) {
            if (k.isClauseEnd(c) || k.isQuoteMark(c)) {
                return null;
            }
            if (k.is(c, "according") && c + 1 < n && k.is(c + 1, "to")) {
                Np np = npForward(k, c + 2);
                return np.empty() ? null : found(k, np, c, c + 2, "partial.according_to", 0.75);
            }
            if (k.is(c, "as") && c + 1 < n && k.in(c + 1, Lexicon.PARTICIPLES)) {
                Np quoted = quotedAs(k, c + 1, 0); // “…”, KCNA quoted Kim Jong Un as saying
                if (!quoted.empty()) {
                    return found(k, quoted, c + 1, c + 2, "partial.cue_after", 0.75);
                }
            }
            if (!k.in(c, Lexicon.CUES) || k.in(c, Lexicon.WEAK_CUES) || k.isCapitalised(c) || nounUse(k, c)) {
                continue;
            }
            Np np = npBackward(k, c, 0);
            if (!np.empty() && !k.in(np.from, Lexicon.RELATIVE)) {
                return found(k, np, c, c + 1, "partial.cue_after", 0.75);
            }
            Np inv = invertedSpeaker(k, c + 1);
            if (!inv.empty() && k.isCapitalised(inv.from) && !k.in(inv.from, Lexicon.TIME_WORDS)) {
                return found(k, inv, c, c + 1, "partial.cue_after", 0.75);
            }
        }
        return null;
    }

    private static Found found(Tokens k, Np np, int cueFrom, int cueTo, String rule, double conf) {
        return new Found(k.start(np.from), k.end(np.to - 1), k.start(cueFrom), k.end(cueTo - 1), rule, conf);
    }

    private static final WordSet SUBORDINATORS = WordSet.of("when", "while", "whereas", "if", "unless", "because",
            "although", "though", "whether", "as");
    private static final WordSet OPENING_PREPOSITIONS = WordSet.of("in", "on", "at", "after", "before", "during",
            "since", "from", "with", "for", "despite", "amid", "until", "through", "across", "inside", "outside");

    /** Whether token i may be part of a speaker noun phrase. */
    private static boolean npWord(Tokens k, int i) {
        if (!k.isWord(i)) {
            return false;
        }
        if (k.isCapitalised(i)) {
            // a capitalised preposition that opens a phrase (In Lindmouth officials say …) is no part of the
            // speaker; one right before the verb, after a name, is part of it (Al From said); a capitalised
            // subordinator (When asked …, As noted …) never is
            if (k.in(i, SUBORDINATORS)) {
                return false;
            }
            return !k.in(i, OPENING_PREPOSITIONS) || i + 1 >= k.size() || !k.isWord(i + 1) || cueAt(k, i + 1)
                    || k.in(i + 1, Lexicon.AUX);
        }
        // a reporting verb used as a noun heads a speaker too: "the report concluded", "a statement said"
        return !k.in(i, Lexicon.NP_STOP) && (!k.in(i, Lexicon.CUES) || nounUse(k, i)) && !k.in(i, Lexicon.AUX)
                && !k.in(i, Lexicon.THINKING);
    }

    /**
     * Prepositions that link a noun to the head of a speaker phrase ({@code a spokesman for the port},
     * {@code officials at the ministry}); none opens one ({@code to the minister Ana Berg} is Ana Berg).
     */
    private static final WordSet LINKING_PREPOSITIONS = WordSet.of("for", "at", "to");
    /** The articles after which any word is an adjective or a noun of the phrase ({@code an outside group}). */
    private static final WordSet INDEFINITE_AND_THE = WordSet.of("a", "an", "the");
    private static final WordSet DAY_PARTS = WordSet.of("morning", "afternoon", "evening", "night");
    private static final WordSet PERIODS = WordSet.of("week", "weekend", "month", "year", "spring", "summer",
            "autumn", "fall", "winter");
    private static final WordSet PERIOD_OPENERS = WordSet.of("last", "this", "next", "on", "early", "late");
    /** Time adverbs that open a sentence before its subject, with or without a comma. */
    private static final WordSet TIME_OPENERS = WordSet.union(Lexicon.TIME_ADVERBS, WordSet.of("tomorrow",
            "recently", "earlier", "later", "meanwhile", "afterwards", "previously", "early", "late"));
    /** The nouns of a time phrase ({@code This week}, {@code Two years ago}, {@code Monday night}). */
    private static final WordSet PERIOD_NOUNS = WordSet.union(PERIODS, DAY_PARTS, WordSet.of("weeks", "months",
            "years", "day", "days", "hour", "hours", "decade", "decades", "time"));

    /**
     * Where the subject of the cue at token c ends: the token before it, less the auxiliaries and adverbs
     * ({@code has also said}) and the time phrases ({@code on Monday said}, {@code last week told},
     * {@code yesterday announced}) that stand between a subject and its verb.
     *
     * @return the last token of the subject, or a token before {@code floor} when nothing is left
     */
    static int subjectEnd(Tokens k, int c, int floor) {
        int j = c - 1;
        while (j >= floor && !k.isCapitalised(j) || j >= floor && k.in(j, Lexicon.DAYS)) {
            if (k.in(j, Lexicon.AUX) || k.in(j, Lexicon.TIME_ADVERBS)) {
                j--;
                continue;
            }
            int t = j;
            if (k.in(t, DAY_PARTS) && t - 1 >= floor && k.in(t - 1, Lexicon.DAYS)) {
                t--; // Monday night
            }
            if (k.in(t, Lexicon.DAYS) || k.in(t, PERIODS) && t - 1 >= floor && k.in(t - 1, PERIOD_OPENERS)) {
                t--;
                if (t >= floor && k.in(t, PERIOD_OPENERS) && !k.isCapitalised(t)) {
                    t--;
                }
                j = t;
                continue;
            }
            break;
        }
        return j;
    }

    /**
     * The subject noun phrase that ends right before the cue at token c, not reaching before token floor.
     */
    static Np npBackward(Tokens k, int c, int floor) {
        int j = subjectEnd(k, c, floor);
        if (j < floor) {
            return new Np(0, 0);
        }
        if (k.isPunct(j, ')')) {
            // X (R-Texas) said: skip a short parenthetical
            int p = j - 1;
            while (p >= floor && j - p < 12 && !k.isPunct(p, '(')) {
                p--;
            }
            if (p >= floor && k.isPunct(p, '(')) {
                j = p - 1;
            }
        }
        if (j < floor) {
            return new Np(0, 0);
        }
        // X, known as “the Diver,” said: an aside that ends in a short quoted name or term, its comma inside the
        // closing mark (a quotation of more than three words there is speech, not an aside)
        int termOpen = -1;
        if (j - 1 > floor && k.isQuoteMark(j) && k.isPunct(j - 1, ',')) {
            int q = j - 2;
            int words = 0;
            while (q >= floor && !k.isQuoteMark(q) && words <= 3) {
                if (k.isWord(q)) {
                    words++;
                }
                q--;
            }
            if (q >= floor && k.isQuoteMark(q) && words >= 1 && words <= 3) {
                termOpen = q;
                j--;
            }
        }
        if (k.isPunct(j, ',')) {
            // X, the Y of Z, said  /  X, who …, said  /  the Y, X, said
            int p = commaBack(k, j - 1, floor, termOpen);
            if (p < 0) {
                return new Np(0, 0);
            }
            int apposEnd = j - 1;
            if (placeContinuation(k, p, j)) {
                // "a woman from Tulsa, Oklahoma, said", "X, at a rally in Salem, N.H., said": the city and its
                // state are one place, not a name and its apposition; the aside (or the subject) is before the city
                int q = commaBack(k, p - 1, floor, Integer.MAX_VALUE);
                if (q < 0) {
                    return plainBackward(k, p - 1, floor); // the subject itself ends with the city
                }
                apposEnd = p - 1;
                p = q;
            }
            Np head = simpleBackward(k, p - 1, floor);
            if (head.to - head.from == 1 && Character.isDigit(k.first(head.from)) && head.from - 2 >= floor
                    && k.isPunct(head.from - 1, ',')) {
                head = simpleBackward(k, head.from - 2, floor); // X, 20, a student from Y, said: an age
            }
            Np appos = simpleBackward(k, apposEnd, p + 1);
            boolean apposIsClause = appos.empty() || appos.from != p + 1 || k.in(p + 1, Lexicon.RELATIVE);
            if (head.empty()) {
                return apposIsClause ? new Np(0, 0) : appos;
            }
            // Zaheed, director of X, which organised it, said: the head may itself be an apposition
            if (head.from > floor + 1 && k.isPunct(head.from - 1, ',')) {
                Np before = simpleBackward(k, head.from - 2, floor);
                if (!before.empty() && (allCapitalised(k, before) || k.in(before.from, Lexicon.PRONOUNS))
                        && !allCapitalised(k, head) && !frontedAdverbial(k, before, floor)) {
                    head = new Np(before.from, before.to, before.from);
                }
            }
            if (!apposIsClause && allCapitalised(k, appos) && !allCapitalised(k, head)) {
                return new Np(appos.from, appos.to, head.outer); // the head of European diplomacy, Josep Borrell, said
            }
            Np named = k.is(head.from, "one") || k.is(head.from, "another") ? nameIn(k, p + 1, apposEnd + 1) : null;
            if (named != null) {
                // "One of them, a fisherman named Sunil Perera, said": the one of a group is the person named after
                return new Np(named.from, named.to, head.outer);
            }
            return head;
        }
        return plainBackward(k, j, floor);
    }

    /** How many tokens {@link #commaBack} reads back at most. */
    private static final int ASIDE_TOKENS = 30;

    /**
     * @param from        the last token of the stretch, read backwards
     * @param quotesFrom  a quotation mark before this token ends the search (one from it on is read over)
     * @return the comma nearest before or at {@code from}, not past a clause end, or -1
     */
    private static int commaBack(Tokens k, int from, int floor, int quotesFrom) {
        for (int p = from; p >= floor && from - p < ASIDE_TOKENS; p--) {
            if (k.isPunct(p, ',')) {
                return p;
            }
            if (k.isClauseEnd(p) || k.isQuoteMark(p) && p < quotesFrom) {
                return -1;
            }
        }
        return -1;
    }

    /** The subject phrase that ends at token {@code last} with no aside before the verb. */
    private static Np plainBackward(Tokens k, int last, int floor) {
        Np np = simpleBackward(k, last, floor);
        Np head = relativeHead(k, np, last, floor);
        if (head != null) {
            return head;
        }
        return frontedPhrase(k, np, floor) >= 0 ? new Np(0, 0) : attached(k, np, floor);
    }

    /**
     * The first preposition of up to {@link #MAX_ATTACHED} preposition phrases, the last ending with np, that open a
     * clause after {@code and}, {@code but} or {@code then} ({@code but in an interview on Monday said}: the verb's
     * subject is left out, the sentence's), or -1.
     */
    private static int frontedPhrase(Tokens k, Np np, int floor) {
        Np object = np;
        for (int links = 0; links < MAX_ATTACHED && !object.empty(); links++) {
            int p = object.from - 1;
            if (p - 1 < floor || !k.in(p, ATTACHING) || k.isCapitalised(p)) {
                return -1;
            }
            if (k.in(p - 1, COORDINATORS)) {
                return articleInside(k, np) ? -1 : p; // (read last: most phrases follow no preposition)
            }
            object = simpleBackward(k, p - 1, floor);
        }
        return -1;
    }

    /** Whether an article stands inside np after its first word: "in a statement the ministry said", read through. */
    private static boolean articleInside(Tokens k, Np np) {
        for (int x = np.from + 1; x < np.to; x++) {
            if (k.in(x, Lexicon.ARTICLES)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The preposition of a phrase {@link #frontedPhrase} ending at token {@code last}, or -1.
     *
     * @param last the last token before a verb
     */
    static int frontedPhrase(Tokens k, int last, int floor) {
        return frontedPhrase(k, simpleBackward(k, last, floor), floor);
    }

    /** First words of the two-word names of states and provinces ({@code New Hampshire}, {@code South Carolina}). */
    private static final WordSet STATE_FIRST_WORDS = WordSet.of("new", "north", "south", "west", "rhode");

    /**
     * Whether the stretch between the commas at p and j is the state of the city named right before p ({@code
     * Tulsa, Oklahoma,}, {@code Salem, N.H.,}, {@code Concord, New Hampshire,}): one capitalised word, or two whose
     * first opens the two-word name of a state, after a capitalised word.
     */
    private static boolean placeContinuation(Tokens k, int p, int j) {
        if (p < 1 || !k.isWord(p - 1) || !k.isCapitalised(p - 1) || k.in(p - 1, Lexicon.PRONOUNS)) {
            return false;
        }
        int words = j - p - 1;
        return (words == 1 || words == 2 && k.in(p + 1, STATE_FIRST_WORDS)) && k.isWord(p + 1) && k.isWord(j - 1)
                && k.isCapitalised(p + 1) && k.isCapitalised(j - 1)
                && k.second(p + 1) != '-'; // a party and its state: "Graham, R-S.C.,"
    }

    /**
     * How far back from the verb {@link #relativeHead} looks for the pronoun, in tokens: a relative clause of up to
     * ten words and the pronoun ({@code who spoke on condition of anonymity because …} is longer and not read).
     */
    private static final int MAX_RELATIVE = 12;

    /**
     * The subject of a verb that a restrictive relative clause stands before ({@code Officials who briefed
     * reporters said}, {@code A woman who lives next door said}, {@code The company that makes the drug said}): the
     * noun phrase before {@code who}/{@code that}/… when it opens the clause; not when the phrase right after the
     * pronoun is the relative clause's own subject ({@code the report that officials said was leaked}; a verb
     * phrase read as a noun phrase there, {@code who works at the clinic}, is taken for one too).
     *
     * @param np   the phrase found right before the verb
     * @param last the last token before the verb
     * @return the subject, or {@code null}
     */
    private static Np relativeHead(Tokens k, Np np, int last, int floor) {
        for (int r = last; r > floor && last - r < MAX_RELATIVE; r--) {
            if (!k.isWord(r)) {
                return null; // a comma, a quotation mark: an aside or another clause
            }
            char c = k.first(r); // the pronoun is in lower case: a capitalised one opens a sentence or a question
            if (c != 'w' && c != 't' || !k.in(r, Lexicon.RELATIVE)) {
                continue;
            }
            if (!k.isWord(r - 1) || k.in(r - 1, Lexicon.CUES)) {
                return null;
            }
            // the relative clause's own subject right after the pronoun makes the verb the clause's (the report that
            // officials said was leaked, a suspect who police said was armed); after "who" only a short phrase with
            // no preposition is one (who works at the clinic is a verb phrase); after "whose", none
            if (!np.empty() && np.from <= r + 1 && !k.is(r, "whose") && (!k.is(r, "who")
                    || np.to - np.from <= 2 && !hasPreposition(k, np))) {
                return null;
            }
            Np head = simpleBackward(k, r - 1, floor);
            return !head.empty() && opensClause(k, head, floor) && verbless(k, head.from, head.to, head.to, 0) ? head
                    : null;
        }
        return null;
    }

    /** Whether np holds {@code of} or a preposition that links or attaches a complement. */
    private static boolean hasPreposition(Tokens k, Np np) {
        for (int i = np.from; i < np.to; i++) {
            if (k.is(i, "of") || k.in(i, LINKING_PREPOSITIONS) || k.in(i, ATTACHING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether np opens its clause: at {@code floor}, or after a comma, a day name, a number ({@code In 2016 voters
     * in Iowa said}) or a one-word time adverb ({@code yesterday}, {@code today}, {@code tonight}).
     */
    private static boolean opensClause(Tokens k, Np np, int floor) {
        return np.from == floor || k.isPunct(np.from - 1, ',') || k.in(np.from - 1, COORDINATORS)
                || k.in(np.from - 1, Lexicon.DAYS)
                || k.in(np.from - 1, Lexicon.TIME_ADVERBS) || Character.isDigit(k.first(np.from - 1));
    }

    /**
     * Prepositions that attach a place or a body to the head of a speaker phrase ({@code officials in Paris},
     * {@code experts from the university}, {@code a lawyer with the firm}), besides {@link #LINKING_PREPOSITIONS}.
     */
    private static final WordSet ATTACHING = WordSet.of("from", "in", "with", "on", "across", "near", "inside",
            "outside", "around");

    /** Participles before {@code by} whose agent read a text rather than wrote it. */
    private static final WordSet SEEN = WordSet.of("seen", "obtained", "reviewed", "viewed", "read", "received",
            "acquired");

    /**
     * Prepositions after which a body in a speaker phrase says where its head works or whom it speaks for, when the
     * head is an actor of its own ({@code a source in the ministry}): the head speaks.
     */
    private static final WordSet HEAD_OF_ITS_OWN = WordSet.of("for", "from", "at", "in");

    /**
     * Prepositions after which a phrase lies inside a speaker's phrase rather than speaking ({@code a doctor among
     * the volunteers}), or, after a participle, attaches to its head ({@code workers employed by the contractor}).
     */
    private static final WordSet INSIDE_SUBJECT = WordSet.of("by", "among", "against", "about");

    /** @return whether an actor is a person known by a name of two words or more (one word may be a misread) */
    private static boolean fullPersonName(Actor a) {
        return a.kind() == ActorKind.PERSON && a.name().indexOf(' ') > 0;
    }

    /** Words that make a name at the end of a phrase something other than its head. */
    private static final WordSet NOT_BEFORE_HEAD = WordSet.union(INSIDE_SUBJECT, ATTACHING, WordSet.of("and", "or",
            "of", "for", "at", "to", "nor", "than", "as", "like"));

    /**
     * @param participles the participles {@link #attached} stepped over, as bits
     * @param distance    how far before the phrase's end another lies
     * @return the bits with it (a distance past 63 is left out: {@link #verbless} then reads that participle as a
     *         verb, and the phrase is dropped)
     */
    private static long withParticiple(long participles, int distance) {
        return distance < 64 ? participles | 1L << distance : participles;
    }

    /**
     * Past participles that make a phrase of their own after a group noun ({@code people briefed on the plan},
     * {@code residents displaced by the floods}); other past forms there are main verbs ({@code Officials met
     * with protesters}).
     */
    private static final WordSet PHRASE_PARTICIPLES = WordSet.of("briefed", "involved", "based", "stationed",
            "trapped", "detained", "displaced", "interviewed", "polled", "surveyed", "employed", "injured", "affected",
            "evacuated", "wounded", "held", "caught", "quoted", "cited");

    /** @return whether token i is a participle in lower case: a past form or an -ing word, no group noun */
    private static boolean participle(Tokens k, int i) {
        return !k.isCapitalised(i) && !k.in(i, Lexicon.GROUP_NOUNS) && (k.endsWith(i, "ing")
                || IndirectSpeech.pastShape(k, i));
    }

    /** Adjectives of a source's access: the one they are close to or familiar with does not speak. */
    private static final WordSet CLOSE_TO = WordSet.of("close", "closest", "familiar");

    /** Words of a quantity before {@code of} ({@code half of}, {@code two of}, {@code most of}, {@code a third of}). */
    private static final WordSet QUANTITIES = WordSet.union(Lexicon.DETERMINERS, PERIOD_COUNTS, WordSet.of("half",
            "third", "quarter", "majority", "minority", "percent", "dozens", "hundreds", "thousands", "millions",
            "none", "number", "share", "proportion", "rest", "lot", "lots"));

    /** Most prepositions {@link #attached} steps back over ({@code a woman in the audience at an event in Ohio}). */
    private static final int MAX_ATTACHED = 3;

    /**
     * The phrase np taken back over a preposition to the head it attaches to, when that head opens the clause
     * ({@link #opensClause}) and names who may speak: {@code Officials in Paris said} is said by the officials,
     * not by Paris. A name or a pronoun there is the speaker alone, the preposition phrase an adverbial ({@code
     * Trump in the past has said}, {@code who in 2010 said}). A head that does not open the clause may end a verb
     * phrase ({@code arrived from Paris}): then np is kept.
     */
    private static Np attached(Tokens k, Np np, int floor) {
        Np head = np;
        boolean opens = false;
        long participles = 0; // bit d: the token d before np.to is a participle a link stepped over
        for (int links = 0; links < MAX_ATTACHED && !opens; links++) {
            int p = head.from - 1; // the word before the phrase
            if (head.empty() || p - 1 < floor) {
                return np;
            }
            int back;
            if (k.in(p, ATTACHING) || k.in(p, INSIDE_SUBJECT) || textParticiple(k, p - 1)) {
                back = p - 1;
                int noun = back - 1 >= floor && k.is(back - 1, "not") ? back - 2 : back - 1; // "Experts not involved"
                if (noun >= floor && (participle(k, back) && (k.endsWith(back, "ing") || k.is(p, "by")
                        || k.in(back, PHRASE_PARTICIPLES) && k.in(noun, Lexicon.GROUP_NOUNS))
                        || textParticiple(k, back))) {
                    // (a past form only before "by", or one that makes phrases after a group noun: "the DOJ responded
                    // with the lawsuit" and "Officials met with protesters" are clauses, "people briefed on the plan"
                    // a phrase)
                    participles = withParticiple(participles, np.to - back); // Workers employed by the contractor
                    if (noun < back - 1) {
                        participles = withParticiple(participles, np.to - noun - 1); // (and its "not")
                    }
                    back = noun;
                } else if (k.in(p, INSIDE_SUBJECT) && !k.is(p, "among") && !(k.is(p, "by") && k.in(back, TEXTS))) {
                    return np; // "by", "against" right after a noun: the phrase is no complement of it (but "a report
                    // by the inspectors" names who wrote it)
                }
            } else if (!k.isCapitalised(p) && !k.in(p, Lexicon.GROUP_NOUNS) && k.endsWith(p, "ing")) {
                participles = withParticiple(participles, np.to - p); // A lawyer representing families
                back = p - 1;
            } else {
                return np;
            }
            head = simpleBackward(k, back, floor);
            opens = !head.empty() && opensClause(k, head, floor); // (On Monday officials in the capital said)
        }
        if (!opens || head.to - head.from > MAX_HEAD
                || np.to - head.from > MAX_ATTACHED_NP || !verbless(k, head.from, np.to, head.to, participles)) {
            return np;
        }
        boolean single = head.to - head.from == 1;
        if (single && (k.in(head.from, Lexicon.PRONOUNS) || k.in(head.from, Lexicon.RELATIVE))
                || k.isCapitalised(head.to - 1) && !(single && names(k, head.from)) && !k.in(head.from, PERIOD_COUNTS)
                && !k.in(head.to - 1, Lexicon.GROUP_NOUNS)
                && !(k.is(head.to, "on") && k.isCapitalised(head.to + 1))) {
            // a name (Tom Jones in Paris, NATO chief Mark Rutte in Kyiv), not a group (Officials in Paris) nor a
            // name of the form X on Y (the Commission on Presidential Debates)
            return head;
        }
        // a group (Experts, Nine in 10 voters, People familiar), a count (Six in 10), an article and a noun
        return names(k, head.to - 1) || names(k, head.from) || k.in(head.from, PERIOD_COUNTS)
                || k.in(head.from, Lexicon.DETERMINERS) && head.to - head.from <= 3 ? new Np(head.from, np.to) : np;
    }

    /**
     * Most tokens of a phrase {@link #attached} makes: a head and up to three preposition phrases ({@code a woman in
     * the audience at a campaign event in Ohio} is 12); longer, it is more likely a clause than a speaker.
     */
    private static final int MAX_ATTACHED_NP = 16;

    /**
     * Most tokens of a head {@link #attached} takes a phrase back to ({@code Nine in 10 Democratic registered
     * voters} is 6): a longer run before a preposition is more likely a clause.
     */
    private static final int MAX_HEAD = 6;

    /**
     * Whether tokens [from, to) hold no past form and no infinitive's {@code to}, and [from, headEnd) no
     * participle ({@code Armstrong huddled briefly}, {@code his ability to get things done}, {@code The comments
     * came}, {@code activists clamoring}): a phrase that has one is a clause, not a speaker's noun phrase (after
     * the head, {@code the planning} is a noun). The participles {@link #attached} stepped over do not count (bit d
     * of {@code participles}: the token d before {@code to}), nor a {@code to} right after one ({@code a statement
     * read to the court}).
     */
    private static boolean verbless(Tokens k, int from, int to, int headEnd, long participles) {
        for (int i = from; i < to; i++) {
            if (to - i < 64 && (participles & 1L << (to - i)) != 0) {
                continue; // a participle that attaches a phrase to the head (employed by, living near)
            }
            boolean afterParticiple = to - i + 1 < 64 && (participles & 1L << (to - i + 1)) != 0;
            if (k.is(i, "to") && !afterParticiple || !k.isCapitalised(i) && (IndirectSpeech.pastShape(k, i)
                    || i < headEnd && k.endsWith(i, "ing"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a phrase before a comma opens its sentence as a time or place adverbial ({@code On Monday,},
     * {@code In Tallinn,}, {@code Earlier, on Tuesday,}) rather than naming someone: it starts with, or follows, a
     * preposition, or ends in a day name.
     */
    private static boolean frontedAdverbial(Tokens k, Np np, int floor) {
        return k.in(np.from, Lexicon.NP_STOP) || np.from > floor && k.in(np.from - 1, Lexicon.NP_STOP)
                || k.in(np.to - 1, Lexicon.TIME_WORDS);
    }

    /**
     * The name in an apposition: its last run of capitalised words that opens it or follows a word other than a
     * preposition ({@code a fisherman named Sunil Perera}, {@code Alabama Democratic Party chairwoman Nancy Worley};
     * {@code Darran Whiting of Liberty Baptist Church}: not the church), or {@code null}.
     */
    private static Np nameIn(Tokens k, int from, int to) {
        Np last = null;
        for (int i = from; i < to; i++) {
            if (!k.isWord(i) || !k.isCapitalised(i)) {
                continue;
            }
            int e = i + 1;
            while (e < to && k.isWord(e) && k.isCapitalised(e)) {
                e++;
            }
            if (i == from || k.isWord(i - 1) && !k.is(i - 1, "of") && !k.in(i - 1, LINKING_PREPOSITIONS)
                    && !k.in(i - 1, OPENING_PREPOSITIONS)) {
                last = new Np(i, e);
            }
            i = e;
        }
        return last;
    }

    private static boolean allCapitalised(Tokens k, Np np) {
        for (int i = np.from; i < np.to; i++) {
            if (k.isWord(i) && !k.isCapitalised(i) && !k.is(i, "of") && !k.is(i, "de") && !k.is(i, "van")
                    && !k.is(i, "von")) {
                return false;
            }
        }
        return true;
    }

    private static Np simpleBackward(Tokens k, int last, int floor) {
        if (last < floor || !k.isWord(last) || k.is(last, "and")) {
            return new Np(0, 0); // (… met the mayor and said: the phrase before "and" is an object, no subject)
        }
        if (k.in(last, Lexicon.PRONOUNS) || k.in(last, Lexicon.RELATIVE)) {
            return new Np(last, last + 1);
        }
        if (!npWord(k, last) || k.in(last, Lexicon.TIME_WORDS) && !k.isCapitalised(last)) {
            return new Np(0, 0);
        }
        int i = last;
        while (i - 1 >= floor && last - (i - 1) < MAX_NP) {
            int p = i - 1;
            if (k.is(p, "of") || (k.is(p, "and") || k.isPunct(p, '&')) && k.isCapitalised(i) || npWord(k, p)
                    && !k.in(p, Lexicon.PRONOUNS) || k.in(p, LINKING_PREPOSITIONS) && p - 1 >= floor
                    && npWord(k, p - 1) && !k.in(p - 1, Lexicon.TIME_WORDS)
                    || p - 1 >= floor && k.isWord(p) && k.in(p - 1, INDEFINITE_AND_THE)) {
                // (a word right after an article is in its phrase, a preposition too: "an outside group")
                i = p;
                if (k.in(p, POSSESSIVE_PRONOUNS) && p - 1 >= floor && k.isWord(p - 1) && !k.is(p - 1, "of")
                        && !k.is(p - 1, "and") && !k.in(p - 1, Lexicon.NP_STOP)) {
                    break; // "in an interview her husband said": a possessive opens its phrase
                }
            } else {
                break;
            }
        }
        for (int x = 0; x < NAME_RUN && i - 1 >= floor && k.isCapitalised(i) && k.isCapitalised(i - 1)
                && npWord(k, i - 1); x++) {
            i--; // the phrase reached its length within a name: "Tom Haverford of the Center for … Studies (CSIS)"
        }
        if (i == last && i - 1 >= floor && !k.isCapitalised(i) && !k.in(i, PERIOD_NOUNS) && k.is(i - 1, "this")
                && (!k.endsWith(i, "s") || k.endsWith(i, "ss"))) {
            i--; // "this official told": "this" opens the phrase ("this week" is a time; these/those the loop takes)
        }
        while (i < last && (k.is(i, "of") || k.is(i, "and") || k.in(i, LINKING_PREPOSITIONS) || !k.isWord(i)
                || !k.isCapitalised(i) && (k.endsWith(i, "ing") || k.endsWith(i, "ed"))
                && !k.in(i, Lexicon.GROUP_NOUNS))) {
            i++;
        }
        // a sentence-initial adverbial without a comma ("Yesterday the minister said"): drop leading time words, and
        // a word that links the sentence to the one before ("But economists said")
        while (i < last && (k.in(i, LEADING_ADVERBS) || k.in(i, OPENING_CONNECTIVES))) {
            i++;
        }
        return plausible(k, i, last + 1) ? new Np(i, last + 1) : new Np(0, 0);
    }

    /**
     * A lower-case phrase without an article is a speaker only when it names a group ({@code officials},
     * {@code police}, {@code residents of the town}, {@code officials at the ministry}, {@code sources close to
     * the talks}: the head before its complement, the word before that head, or its last word); otherwise it is
     * more likely a verb or an adverb than a subject.
     */
    private static boolean plausible(Tokens k, int from, int to) {
        int head = to - 1;
        for (int i = from; i < to; i++) {
            if (k.isCapitalised(i) || Character.isDigit(k.first(i))) {
                return true;
            }
            if (head == to - 1 && i > from && (k.is(i, "of") || k.in(i, LINKING_PREPOSITIONS))) {
                head = i - 1;
            }
        }
        if (k.in(from, Lexicon.DETERMINERS) || k.in(from, Lexicon.PRONOUNS)) {
            return true;
        }
        return names(k, head) || names(k, to - 1) || head == from + 1 && names(k, from);
    }

    /**
     * Whether word token i names people: a group noun or a plural, also one in {@code -men} ({@code Fishermen},
     * {@code gunmen}; six letters or more, which leaves out {@code Yemen}, {@code omen}) and {@code men}, {@code
     * women}, {@code children}.
     */
    static boolean names(Tokens k, int i) {
        return k.in(i, Lexicon.GROUP_NOUNS) || k.endsWith(i, "s") && !k.endsWith(i, "ss") && !k.endsWith(i, "ous")
                && !k.endsWith(i, "us") || k.endsWith(i, "men") && k.end(i) - k.start(i) >= 6 || k.is(i, "men")
                || k.is(i, "women") || k.is(i, "children");
    }

    /**
     * @return whether token i is a word in the possessive ({@code Holt's}, {@code Holt’s}, {@code Sanders’}), not a
     *         contraction ({@code She's})
     */
    private static boolean possessive(Tokens k, int i) {
        if (!k.isWord(i)) {
            return false;
        }
        if (k.endsWith(i, "'s") || k.endsWith(i, "\u2019s")) {
            return !CONTRACTED.contains(k.text(), k.start(i), k.end(i) - 2);
        }
        return k.endsWith(i, "s\u2019");
    }

    /** The noun phrase that starts at token i (after an inverted cue, or as a clause subject). */
    static Np npForward(Tokens k, int i) {
        int n = k.size();
        if (i >= n || !k.isWord(i)) {
            return new Np(0, 0);
        }
        if (k.in(i, Lexicon.PRONOUNS)) {
            return new Np(i, i + 1);
        }
        int j = i;
        boolean head = false;
        // a name ("Mr. Trump", "Sen. Ted Cruz") ends at its first lower-case word
        boolean name = k.isCapitalised(i) && !k.in(i, Lexicon.DETERMINERS);
        while (j < n && j - i < MAX_NP) {
            if (name && j > i && k.isWord(j) && !k.isCapitalised(j) && !k.is(j, "of") && !k.is(j, "de")
                    && !Character.isDigit(k.first(j))) {
                break;
            }
            if (k.is(j, "of") && j > i && k.isCapitalised(j - 1) && j + 2 < n && k.in(j + 1, Lexicon.DETERMINERS)
                    && k.isWord(j + 2) && !k.isCapitalised(j + 2)) {
                break; // "said café owner Dean Mills of the stray dog": what the name spoke of, not a body of his
            }
            if ((k.is(j, "of") || name && k.isPunct(j, '&') && k.isCapitalised(j + 1)) && j > i && j + 1 < n
                    && k.isWord(j + 1)) {
                j++; // "the Bank of England", "Marks & Spencer"
                continue;
            }
            boolean word = npWord(k, j);
            if (!word && !(k.in(j, Lexicon.DETERMINERS) && !k.is(j, "that"))
                    && !(j > i && k.isWord(j) && k.in(j - 1, INDEFINITE_AND_THE))) {
                break; // (a word right after an article is in its phrase: "an outside group", "the recently built")
            }
            if (head && !k.isCapitalised(j) && k.endsWith(j, "ed")) {
                break;
            }
            if (word && !k.in(j, Lexicon.DETERMINERS)) {
                head = true;
            }
            j++;
        }
        while (j > i && (k.is(j - 1, "of") || k.in(j - 1, Lexicon.DETERMINERS) && !k.isCapitalised(j - 1))) {
            j--;
        }
        if (j == i && (k.is(i, "another") || k.is(i, "one")) && (i + 1 >= n || !k.isWord(i + 1))) {
            return new Np(i, i + 1); // "said another."
        }
        return j > i ? new Np(i, j) : new Np(0, 0);
    }
}
