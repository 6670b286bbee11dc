package org.reportage.parser.internal.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportage.core.ActorKind;
import org.reportage.core.MentionKind;
import org.reportage.core.Role;
import org.reportage.core.Severity;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.Workspace;
import org.reportage.parser.internal.text.WorkNouns;

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

    private static final int SEEN_LOWER = Tokens.SEEN_LOWER;
    private static final int SEEN_CAPITALISED_INSIDE = Tokens.SEEN_CAPITALISED_INSIDE;
    private static final int DETERMINER = Lexicon.DETERMINER;
    private static final int POSSESSIVE = Lexicon.POSSESSIVE;
    private static final int MODIFIER = Lexicon.MODIFIER;
    private static final int CONNECTOR = Lexicon.CONNECTOR;
    private static final int VERB = Lexicon.VERB;
    /**
     * The lexicon bits of the words a description pass rule starts at: who, a quantifier, a group noun, a title, a
     * saying verb.
     */
    private static final int DESCRIPTION_WORDS = Lexicon.WHO | Lexicon.QUANTIFIER | Lexicon.GROUP_NOUN
            | Lexicon.TITLE | Lexicon.SAYING | Lexicon.ROLE_NOUN;
    /**
     * The bits of words that head no speaker's description: function words, verbs, texts, adverbs, and titles (the
     * title rules read them: {@code the singer said} is more often the singer just named than another).
     */
    private static final int NOT_SPEAKER_HEAD = DETERMINER | VERB | Lexicon.PRONOUN | Lexicon.PREPOSITION | CONNECTOR
            | Lexicon.QUANTIFIER | Lexicon.AUXILIARY | Lexicon.WHO | MODIFIER | Lexicon.NO_SPEAKER | Lexicon.NON_NAME
            | Lexicon.PARTICLE | Lexicon.TITLE;

    final Document doc;
    final String text;
    final Tokens t;
    /** Where the token arrays come from and go back to, for the next report of the parse. */
    private final Tokens.Buffers buffers;
    final Lexicon lx;
    final ActorDirectory dir;
    final int maxMentions;
    /** The report's lists and maps, from the parse's workspace; the resolver gives them back. */
    final Resolver.Tables tables;
    final List<Mention> mentions;
    boolean limitHit;
    // Whether the directory has titles, first names, group nouns (their look-ups need the key's String).
    private final boolean dirTitles;
    private final boolean dirNames;
    private final boolean dirGroupNouns;
    /** Per word of a phrase being matched (see {@link #lexicon}): the phrase-trie node, the directory key. */
    private final int[] phraseNodes;
    private final String[] phraseKeys;
    /**
     * Canonical names of lexicon actors mentioned so far, each with the count of lexicon mentions made when it was
     * mentioned last (for anaphoric aliases, which name the actor of theirs mentioned last).
     */
    private final Map<String, Integer> seen;
    /** How many lexicon mentions were made so far: the order of {@link #seen}. */
    private int sightings;
    /** Set while naming the places inside an organisation's name (they do not act). */
    private boolean nested;
    /** Where the mention indexes by token come from and go back to, for the next report of the parse. */
    private final Index index;
    /** Mention index by token, for the description pass (then by start token, for the apposition pass). */
    private Mention[] byToken;

    /** The name keys of the persons found by the name pass so far (see {@link #personNamed}), or {@code null}. */
    private Set<String> personKeys;
    /** 1 or 0 once known, -1 before: whether the headline is written in sentence case. */
    private int sentenceCase = -1;
    /** How many of {@link #mentions} {@link #personKeys} has read. */
    private int personKeysRead;
    /** How many of {@link #mentions} are sorted by position (those the apposition pass started with). */
    private int sortedMentions;

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
        this.lx = Lexicon.BASE;
        this.buffers = doc.workspace().get(Tokens.Buffers.KEY);
        this.t = Tokens.of(text, bs, be, lx, doc.headlineBlock(), buffers);
        this.index = doc.workspace().get(Index.KEY);
        this.tables = Resolver.tables(doc.workspace());
        this.mentions = tables.mentions;
        this.seen = tables.seen;
        this.dir = doc.settings().directory();
        this.dirTitles = !dir.titles().isEmpty();
        this.dirNames = !dir.maleNames().isEmpty() || !dir.femaleNames().isEmpty();
        this.dirGroupNouns = !dir.groupNouns().isEmpty();
        int maxWords = Math.max(lx.maxPhraseWords, dir.maxNameWords());
        this.phraseNodes = new int[maxWords];
        this.phraseKeys = new String[maxWords];
        this.maxMentions = doc.settings().limits().maxMentions();
    }

    /** @return whether token i lies in the headline */
    boolean headline(int i) {
        return (t.flags[i] & Tokens.HEADLINE) != 0;
    }

    /** @return whether token i lies in a block written in capitals */
    boolean allCaps(int i) {
        return (t.flags[i] & Tokens.CAPS_BLOCK) != 0;
    }

    /** @return the analysis of the report */
    ActorAnalysis run() {
        names();
        descriptions();
        Mention.sort(mentions);
        appositions();
        ActorAnalysis analysis = new Resolver(this).resolve();
        t.recycle(buffers); // the analysis holds no token: the next report of the parse may reuse the arrays
        return analysis;
    }

    /**
     * The two mention indexes by token of one report (by start token, by end token), kept in the parse's
     * {@link Workspace} for the next report so that each report does not allocate and zero them again. Taken out
     * while in use and given back empty, so that a report abandoned half-way leaves none behind and a kept array
     * holds no mention of an earlier report; arrays of reports over {@link Tokens.Buffers#KEEP_TOKENS} tokens are
     * not kept, as the token arrays are not.
     */
    private static final class Index {
        /** Where a parse keeps them. */
        static final Workspace.Key<Index> KEY = new Workspace.Key<>(Index::new);
        /** Which of the two: the index by start token (also the description pass's), by end token. */
        static final int STARTING = 0;
        static final int ENDING = 1;

        private final Mention[][] kept = new Mention[2][];

        /** @return an array of at least {@code length} nulls for index {@code which} */
        Mention[] take(int which, int length) {
            Mention[] a = kept[which];
            kept[which] = null;
            return a != null && a.length >= length ? a : new Mention[length];
        }

        /** Clears the first {@code used} slots of {@code a} and keeps it as index {@code which}, if not too large. */
        void recycle(int which, Mention[] a, int used) {
            if (a.length <= Tokens.Buffers.KEEP_TOKENS) {
                java.util.Arrays.fill(a, 0, used, null);
                kept[which] = a;
            }
        }
    }

    // ---------------------------------------------------------------- pass 1: names, titles, pronouns

    private void names() {
        int i = 0;
        while (i < t.n && !limitHit) {
            int f = t.flags[i];
            if ((f & Tokens.WORD) == 0) {
                int known = (f & Tokens.QOPEN) != 0 && nicknames != null ? laterNickname(i + 1, i) : -1;
                i = known > 0 ? known : i + 1;
                continue;
            }
            char pc = t.has(i, Lexicon.PRONOUN) ? lx.pronoun(t.word(i)) : 0;
            if (pc != 0 && ((f & Tokens.LOWER) != 0 || (f & Tokens.UPPER) == 0 && (f & Tokens.SENT) != 0
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
            if ((f & (Tokens.CAP | Tokens.UPPER)) != 0 && credits(i)) {
                i = t.blockEnd(i); // the news agency's credits name its journalists, no one in the news
                continue;
            }
            if ((f & (Tokens.CAP | Tokens.UPPER)) != 0) {
                int known = nicknames == null ? -1 : laterNickname(i, i);
                if (known > 0) {
                    i = known;
                    continue;
                }
                int before = mentions.size();
                i = nickname(before, run(i));
                continue;
            }
            i++;
        }
    }

    /**
     * Whether token i opens a wire story's credits ({@code (Reporting by …; Editing by …)}, {@code -- Writing by …},
     * {@code Additional reporting by …}) at the start of its block or after a bracket or a dash; they run to the
     * block's end.
     */
    private boolean credits(int i) {
        // (the position first: every capitalised word is asked, few open a block or follow a bracket or dash)
        char p = i > 0 && t.sameBlock(i - 1, i) ? t.punct(i - 1) : '(';
        if (p != '(' && p != '-' && p != '\u2014' && p != '\u2013') {
            return false;
        }
        int k = t.keyIs(i, "additional") ? i + 1 : i;
        return k + 1 < t.n && (t.keyIs(k, "reporting") || t.keyIs(k, "writing") || t.keyIs(k, "editing")
                || t.keyIs(k, "compiled")) && t.keyIs(k + 1, "by");
    }

    /** The nicknames quoted inside names so far ({@link #nickname}), or {@code null}: a few in a report at most. */
    private List<Mention> nicknames;

    /** Most words of a nickname quoted inside a name. */
    private static final int NICKNAME_WORDS = 4;

    /**
     * A nickname quoted between a person's first name and surname ({@code Joaquín “El Chapo” Guzmán}, {@code Floyd
     * ‘Money’ Mayweather}): the two parts are one person, named without the nickname, and the nickname is a
     * mention of its own ({@code name.nickname}) that makes it one of the person's names; the quote stage reads the
     * quotation as a name, not as words said. Capitalised words only, the marks set off by spaces, on one line;
     * not in a headline or a block in capitals, where every word is capitalised.
     *
     * @param before the number of mentions before the run that ended at {@code j}
     * @param j      the token after the run
     * @return the token to go on from
     */
    private int nickname(int before, int j) {
        int size = mentions.size();
        if (size == before || j + 3 >= t.n || !t.is(j, Tokens.QOPEN) || !t.adjacent(j) || headline(j) || allCaps(j)
                || t.end[j - 1] == t.start[j] || titleCaseLine(j)) {
            return j;
        }
        Mention first = mentions.get(size - 1);
        if (first.te != j || first.kind != ActorKind.PERSON || first.type != Mention.PERSON
                && first.type != Mention.SINGLE || first.nameKeys == null) {
            return j;
        }
        int k = j + 1;
        while (k < t.n && k - j <= NICKNAME_WORDS && (capitalAt(k) || t.adjacent(k) && (t.is(k, Tokens.NUM)
                || k > j + 1 && t.is(k, Tokens.LOWER) && (t.keyIs(k, "the") || t.keyIs(k, "of"))))) { // Jimmy the Fish
            k++;
        }
        if (k == j + 1 || !t.is(k - 1, Tokens.CAP | Tokens.UPPER) || k >= t.n || !t.is(k, Tokens.QUOTE)
                || t.is(k, Tokens.QOPEN) || t.end[k - 1] != t.start[k] || !capitalAt(k + 1)
                || t.end[k] == t.start[k + 1] || CALENDAR.contains(t.key(k + 1))) {
            return j;
        }
        int next = run(k + 1);
        Mention last = mentions.size() > size ? mentions.get(size) : null;
        if (last == null || last.ts != k + 1 || last.kind != ActorKind.PERSON || last.type != Mention.PERSON
                && last.type != Mention.SINGLE || last.nameKeys == null) {
            mentions.subList(size, mentions.size()).clear(); // read again as before, the nickname as words of its own
            return j;
        }
        Mention m = new Mention(Mention.PERSON, first.s, last.e, first.ts, last.te, first.sentence, first.block);
        m.quoted = first.quoted;
        String[] keys = java.util.Arrays.copyOf(first.nameKeys, first.nameKeys.length + last.nameKeys.length);
        System.arraycopy(last.nameKeys, 0, keys, first.nameKeys.length, last.nameKeys.length);
        nicknamed(m, first.name + " " + last.name, keys, null);
        m.gender = first.gender != 'u' ? first.gender : last.gender;
        for (Role r : first.roles()) {
            m.addRole(r);
        }
        Mention nick = new Mention(Mention.PERSON, t.start[j + 1], t.end[k - 1], j + 1, k, first.sentence,
                first.block);
        String[] nickKeys = new String[k - j - 1];
        for (int x = j + 1; x < k; x++) {
            nickKeys[x - j - 1] = t.key(x);
        }
        nicknamed(nick, slice(t.start[j + 1], t.end[k - 1]), nickKeys, m);
        mentions.set(size - 1, m);
        mentions.set(size, nick);
        if (nicknames == null) {
            nicknames = new ArrayList<>(2);
        }
        nicknames.add(nick);
        return next;
    }

    /**
     * A nickname of the report used again alone, quoted or not ({@code “El Chapo” showed no emotion}, {@code The
     * Hammer said}): a mention of the person too, which the quote stage reads as a name when quoted.
     *
     * @param at   where the nickname's words would start
     * @param open the opening quotation mark before them, or {@code at} when they are not quoted
     * @return the token to go on from (after the nickname and its closing mark), or -1 when none is there
     */
    private int laterNickname(int at, int open) {
        for (int n = 0; n < nicknames.size(); n++) {
            Mention nick = nicknames.get(n);
            int len = nick.te - nick.ts;
            int end = at + len;
            if (end > t.n || at >= t.n) {
                continue;
            }
            int x = 0;
            while (x < len && t.sameKey(at + x, nick.ts + x)
                    && (t.flags[at + x] & Tokens.LOWER) == (t.flags[nick.ts + x] & Tokens.LOWER)) {
                x++;
            }
            boolean quoted = open < at;
            if (!quoted && len == 1 && t.is(at, Tokens.SENT) && t.has(at, SEEN_LOWER) && !says(end)) {
                continue; // "Money is tight": a word of the report opening a sentence (but "Money said")
            }
            if (x < len || (quoted ? end >= t.n || !t.is(end, Tokens.QUOTE) || t.is(end, Tokens.QOPEN)
                    || t.start[at] != t.end[open] || t.end[end - 1] != t.start[end] : capitalAt(end))) {
                continue; // (not a longer name that opens with it)
            }
            Mention m = add(Mention.PERSON, at, end);
            if (m != null) {
                nicknamed(m, nick.name, nick.nameKeys, nick.nickOf);
                m.quoted &= !quoted; // its own marks make it no quotation
            }
            return quoted ? end + 1 : end;
        }
        return -1;
    }

    /**
     * Makes m a person's name read by the nickname rules ({@code name.nickname}): the whole name with a nickname
     * inside it, or the nickname itself, of the name's mention {@code of}.
     */
    private static void nicknamed(Mention m, String name, String[] keys, Mention of) {
        m.kind = ActorKind.PERSON;
        m.mk = MentionKind.NAME;
        m.rule = "name.nickname";
        m.name = name;
        m.nameKeys = keys;
        m.nickOf = of;
    }

    /**
     * Whether token i lies in a line of title case ({@code Trump Calls Cruz “Liar” Again}): a subheading, whose
     * words are all capitalised but for short function words.
     */
    private boolean titleCaseLine(int i) {
        int a = i;
        while (a > 0 && t.sameBlock(a - 1, i) && !t.is(a, Tokens.LINE)) {
            a--;
        }
        for (int x = a; x < t.n && t.sameBlock(x, i) && (x == a || !t.is(x, Tokens.LINE)); x++) {
            if (t.is(x, Tokens.LOWER) && !t.has(x, CONNECTOR)) {
                return false;
            }
        }
        return true;
    }

    /** "it is", "it was", "it seems": an expletive "it" that refers to nothing. */
    private boolean expletive(int i, char pc) {
        if (pc != 'n' || !t.keyIs(i, "it")) {
            return false;
        }
        if (i + 1 >= t.n || !t.is(i + 1, Tokens.WORD)) {
            return true;
        }
        int x = i + 1;
        if (t.keyIs(x, "would") || t.keyIs(x, "will") || t.keyIs(x, "may") || t.keyIs(x, "might")
                || t.keyIs(x, "could") || t.keyIs(x, "has") || t.keyIs(x, "had")) {
            // "it would be", "it has been": expletive; "it would hire": not
            return i + 2 < t.n && t.is(i + 2, Tokens.WORD) && (t.keyIs(i + 2, "be") || t.keyIs(i + 2, "been"));
        }
        return t.keyIs(x, "is") || t.keyIs(x, "was") || t.keyIs(x, "seems") || t.keyIs(x, "seemed")
                || t.keyIs(x, "appears") || t.keyIs(x, "appeared") || t.keyIs(x, "were")
                || t.keyIs(x, "remains") || t.keyIs(x, "takes") || t.keyIs(x, "s") || t.keyIs(x, "'s")
                || t.keyIs(x, "isn't") || t.keyIs(x, "wasn't") || t.keyIs(x, "doesn't");
    }

    /**
     * The head of an organisation's name that goes on after the possessive at token j inside the run opened at i:
     * the first of at most three capitalised words after it ({@code St Aidan's Catholic School}), when the words
     * before the possessive are a saint's name ({@code St}, {@code Saint}) or end with a title word or a head
     * ({@code the District Attorney's Office}); for a title word or a head the organisation's head must follow at
     * once.
     *
     * @return the head's token, or -1
     */
    private int headAfterPossessive(int i, int j) {
        boolean saint = t.keyIs(i, "st") || t.keyIs(i, "saint");
        Lexicon.GroupNoun people = t.has(j - 1, Lexicon.GROUP_NOUN) ? lx.groupNoun(t.word(j - 1)) : null;
        if (!saint && !t.has(j - 1, Lexicon.TITLE_WORD | Lexicon.ORG_HEAD) && (people == null || !people.plural())
                && !t.keyIs(j - 1, "children")) {
            return -1; // (a plural noun of people owns one too: "Fenwick Children's Hospital", "Women's Institute")
        }
        for (int h = j + 1; h <= j + (saint ? 3 : 1) && capitalAt(h); h++) {
            if (isHead(h) && lx.orgHead(t.word(h)) == ActorKind.ORGANISATION) {
                return h;
            }
        }
        return -1;
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
            if ((f & Tokens.WORD) != 0 && (f & Tokens.LOWER) != 0 && t.has(j, Lexicon.PARTICLE)) {
                int k = j + 1;
                if (k < t.n && t.adjacent(k) && t.is(k, Tokens.LOWER) && t.has(k, Lexicon.PARTICLE)) {
                    k++; // von der Leyen
                }
                if (capitalAt(k)) {
                    j = k + 1;
                    continue;
                }
            }
            int possHead = t.is(j, Tokens.POSS) ? headAfterPossessive(i, j) : -1;
            if (possHead > j) {
                // "St Mary's Hospital", "St Aidan's Catholic School", "the District Attorney's Office", "Stanford
                // University's Program on …"; not a person's or a city's ("Obama's Office of Management and Budget")
                headed = true;
                j = possHead + 1;
                continue;
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
            if ((f & Tokens.WORD) != 0 && (f & Tokens.LOWER) != 0 && t.has(j, CONNECTOR)) {
                boolean afterHead = isHead(j - 1);
                boolean afterTitle = isTitleWord(j - 1);
                boolean ok = t.keyIs(j, "in") || t.keyIs(j, "at") ? afterHead && LOCATED_HEADS.contains(t.key(j - 1))
                        : t.keyIs(j, "and") ? afterHead || connected || headAfterAnd(i, j)
                        : afterHead || afterTitle || connected && headed;
                if (ok) {
                    int k = j + 1;
                    if (k < t.n && t.adjacent(k) && t.is(k, Tokens.LOWER) && t.keyIs(k, "the")) {
                        k++;
                    }
                    if (capitalAt(k) && t.adjacent(k) && !CALENDAR.contains(t.key(k)) // not "… Court on Tuesday"
                            && !(t.keyIs(j, "and") && (personAfterAnd(k) || secondNameAfterAnd(j, k)))) {
                        connected = true;
                        j = k + 1;
                        continue;
                    }
                }
            }
            break;
        }
        int named = possessiveName(i, j);
        if (named > 0) {
            nameOf(ActorKind.ORGANISATION, i, named, "organisation.possessive_name");
            return named;
        }
        return classify(i, j);
    }

    /**
     * A company named with a possessive ({@code Moody's said}, {@code Lloyd's of London}): the capitalised words
     * [a, j), no listed name nor a person's met before, then {@code 's} and {@code of} and a name, or a verb of
     * speech when no first name opens them; not inside a quotation, where {@code Kerr's said} is {@code Kerr has
     * said}.
     *
     * @return the end of the name, or -1
     */
    private int possessiveName(int a, int j) {
        if (j + 1 >= t.n || !t.is(j, Tokens.POSS) || t.is(a, Tokens.INQ) || personNamed(t.key(j - 1))
                || lexicon(a, j) != null) {
            return -1;
        }
        if (t.keyIs(j + 1, "of") && capitalAt(j + 2)) {
            int e = j + 3;
            while (e < t.n && e - j < 5 && capitalAt(e)) {
                e++;
            }
            return e;
        }
        return says(j + 1) && !t.has(a, Lexicon.FIRST_NAME) ? j + 1 : -1;
    }

    /**
     * Whether the "and" at token j joins two parts of one organisation's name: one capitalised word before it
     * (not in capitals, no first name, no listed name, no person's name found before), then capitalised words
     * that no list names and that end in an organisation's head ({@code the Food and Drug Administration},
     * {@code the Fish and Wildlife Service}); not "Harris and Walz", "Clinton and State Department".
     */
    private boolean headAfterAnd(int run, int j) {
        int i = t.keyIs(run, "the") ? run + 1 : run; // "The Food and …" opening a sentence
        if (j - i != 1 || !t.is(i, Tokens.CAP) || t.is(i, Tokens.UPPER) || t.has(i, Lexicon.FIRST_NAME)
                || lexicon(i, j) != null || lexicon(j + 1, Math.min(t.n, j + 5)) != null) {
            return false;
        }
        boolean head = false;
        for (int k = j + 1; k < t.n && k - j <= 3 && capitalAt(k) && !head; k++) {
            head = isHead(k);
        }
        return head && !personNamed(t.key(i));
    }

    /**
     * Whether the capitalised words from token k, after the {@code and} at j inside an organisation's name, name a
     * second organisation: after {@code and the} ({@code Corby Steel and the Metalworkers' Federation}, {@code the
     * Bank of England and the Treasury}), or, after a head, a word that is no head and then a head of their own
     * ({@code Quantum Leap Software and Orbis Bank}, {@code the University of Chicago Press and Harvard University}),
     * or a demonym ({@code Trelawney Freight and Dutch brewer Hollander NV});
     * not two fields before a head ({@code the Department of Health and Human Services}), nor a head that goes on
     * with the name ({@code Farmers Bank and Trust Company}).
     */
    private boolean secondNameAfterAnd(int j, int k) {
        if (k > j + 1) {
            return true;
        }
        if (!isHead(j - 1)) {
            return false;
        }
        if (demonym(k)) {
            return true; // "Trelawney Freight and Dutch brewer Hollander NV": a demonym opens a phrase of its own
        }
        for (int x = k + 1; x < t.n && x - k <= 3 && capitalAt(x); x++) {
            if (isHead(x)) {
                return !isHead(k);
            }
        }
        return false;
    }

    /** Whether token i is a function word written in capitals ({@code WAS}, {@code THE}, {@code IN}). */
    private boolean shouted(int i) {
        return i >= 0 && i < t.n && t.is(i, Tokens.UPPER)
                && t.has(i, DETERMINER | Lexicon.AUXILIARY | Lexicon.PREPOSITION | CONNECTOR | Lexicon.PRONOUN);
    }

    /**
     * Whether a person's full name, or a second name that opens with one, starts at token k after an organisation's
     * name and {@code and}: a first name and a capitalised word ({@code the Met Office and Ruth Bell of the
     * Environment Agency}, {@code the Ministry of Justice and Victoria Police}; not {@code the Office of Science and
     * Technology}, {@code the Centre for Faith and Hope}).
     */
    private boolean personAfterAnd(int k) {
        return t.has(k, Lexicon.FIRST_NAME) && capitalAt(k + 1) && t.adjacent(k + 1);
    }

    /**
     * Whether a person found so far by a full name (with a first name or a title) has a name with this key
     * ("Goodlatte and Benghazi Committee": a person). The keys are gathered once per mention, on the first question
     * (most reports ask none): linear in the report.
     */
    private boolean personNamed(String key) {
        if (personKeys == null) {
            personKeys = new HashSet<>();
        }
        for (; personKeysRead < mentions.size(); personKeysRead++) {
            Mention m = mentions.get(personKeysRead);
            if (m.type == Mention.PERSON && m.kind == ActorKind.PERSON && m.nameKeys != null
                    && !"name.capitalised".equals(m.rule)) { // (a first name, a title: not "Kessel Harbor voted")
                Collections.addAll(personKeys, m.nameKeys);
            }
        }
        return personKeys.contains(key);
    }

    private boolean capitalAt(int k) {
        return k < t.n && t.adjacent(k) && (t.flags[k] & Tokens.WORD) != 0
                && (t.flags[k] & (Tokens.CAP | Tokens.UPPER)) != 0 && (t.flags[k] & Tokens.SENT) == 0;
    }

    private boolean isHead(int i) {
        return t.is(i, Tokens.WORD) && t.has(i, Lexicon.ORG_HEAD) && t.is(i, Tokens.CAP | Tokens.UPPER);
    }

    /** Whether tokens [from, to) are all capitalised words ("League", "Health Assembly"; not "of the Alliance"). */
    private boolean capitalisedFrom(int from, int to) {
        for (int x = from; x < to; x++) {
            if (!t.is(x, Tokens.WORD) || !t.is(x, Tokens.CAP | Tokens.UPPER)) {
                return false;
            }
        }
        return true;
    }

    private boolean isTitleWord(int i) {
        return t.is(i, Tokens.WORD) && (t.has(i, Lexicon.TITLE_WORD) || dirTitles && dir.titles().contains(t.key(i)));
    }

    /** Whether the directory lists the token's key as a first name. */
    private boolean directoryFirstName(int i) {
        return dirNames && (dir.maleNames().contains(t.key(i)) || dir.femaleNames().contains(t.key(i)));
    }

    /** A lexicon or directory match: tokens [start, end) name {@code entry} (or {@code known}). */
    private record Match(int end, Lexicon.Entry entry, ActorDirectory.Entry known) {
    }

    private Match lexicon(int pos, int limit) {
        int max = phraseNodes.length;
        boolean noDirectory = dir.entries().isEmpty();
        int count = 0;
        int node = Lexicon.Trie.ROOT;
        StringBuilder sb = noDirectory ? null : new StringBuilder();
        for (int k = pos; k < t.n && count < max; k++) {
            if (k > pos && !t.adjacent(k)) {
                break;
            }
            int f = t.flags[k];
            if ((f & Tokens.WORD) == 0 && t.punct(k) != '&' && ((f & Tokens.POSS) == 0 || k == pos)) {
                break; // (a possessive inside a name goes on: "People's Bank of China", "McDonald's")
            }
            node = lx.phraseStep(node, t.word(k));
            phraseNodes[count] = node;
            if (!noDirectory) {
                if (k > pos) {
                    sb.append(' ');
                }
                sb.append(t.key(k));
                phraseKeys[count] = k == pos ? t.key(k) : sb.toString(); // one word: the token's own key
            }
            count++;
            if (noDirectory && node < 0) {
                break; // no phrase starts with these words, so none is longer either
            }
        }
        for (int c = count; c >= 1; c--) {
            int last = pos + c - 1;
            if (c > 1 && t.is(last, Tokens.POSS)) {
                last--; // "McDonald's": the possessive ends the name
            }
            if (!t.is(last, Tokens.CAP | Tokens.UPPER) || last >= limit && c > 1 && !t.is(last, Tokens.CAP)) {
                continue;
            }
            if (!noDirectory) {
                ActorDirectory.Entry d = dir.find(phraseKeys[c - 1]);
                if (d != null) {
                    return new Match(pos + c, null, d);
                }
            }
            Lexicon.Entry e = lx.phraseAt(phraseNodes[c - 1]);
            if (e == null) {
                continue;
            }
            if (e.exactCase()) {
                if (c != 1 || allCaps(pos) && !t.is(pos, Tokens.DOTTED)
                        || !writtenAs(pos, e.form()) && !writtenAsWord(pos, e.form())) {
                    continue;
                }
            }
            if (e.anaphoric()) {
                String named = lastSeen(e.names());
                if (named == null || pos == 0 || !t.keyIs(pos - 1, "the")) {
                    continue;
                }
                e = named.equals(e.name()) ? e : e.naming(named);
            }
            if (c == 1 && (t.flags[pos] & Tokens.SENT) != 0 && (t.flags[pos] & Tokens.UPPER) == 0
                    && t.has(pos, SEEN_LOWER) && !t.has(pos, SEEN_CAPITALISED_INSIDE)) {
                continue; // "Time", "Shell" opening a sentence, written in lower case elsewhere
            }
            return new Match(pos + c, e, null);
        }
        return null;
    }

    /** How many mentions back {@link #namedSurname} looks. */
    private static final int SURNAME_LOOK_BACK = 500;

    /**
     * Whether the words [a, b), the first a particle, end the full name of a person named before ({@code Van der
     * Merwe}, {@code De Graaf} after {@code Pieter van der Merwe}, {@code Pieter de Graaf}).
     */
    private boolean namedSurname(int a, int b) {
        if (!t.has(a, Lexicon.PARTICLE)) {
            return false;
        }
        // the mentions before, as far back as a report's many paragraphs: bounded, so that a text of a thousand such
        // sentences stays linear
        for (int n = mentions.size() - 1; n >= 0 && n >= mentions.size() - SURNAME_LOOK_BACK; n--) {
            Mention m = mentions.get(n);
            String[] keys = m.nameKeys;
            if (m.type != Mention.PERSON || keys == null || keys.length <= b - a) {
                continue;
            }
            int x = 0;
            while (x < b - a && t.keyIs(a + x, keys[keys.length - (b - a) + x])) {
                x++;
            }
            if (x == b - a) {
                return true;
            }
        }
        return false;
    }

    /** Whether token i, its full stops dropped, is written exactly {@code form}. */
    private boolean writtenAs(int i, String form) {
        int j = 0;
        for (int k = t.start[i]; k < t.end[i]; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                continue;
            }
            if (j >= form.length() || form.charAt(j) != c) {
                return false;
            }
            j++;
        }
        return j == form.length();
    }

    /** The fewest letters of an acronym that news also writes as a word ({@code Nato}, {@code Unicef}; not Who). */
    private static final int ACRONYM_AS_WORD = 4;

    /** Whether token i is the acronym {@code form} written as a word, the British way: Nato, Nasa, Unesco. */
    private boolean writtenAsWord(int i, String form) {
        int n = form.length();
        if (n < ACRONYM_AS_WORD || t.end[i] - t.start[i] != n || text.charAt(t.start[i]) != form.charAt(0)) {
            return false;
        }
        for (int j = 1; j < n; j++) {
            char f = form.charAt(j);
            if (f < 'A' || f > 'Z' || text.charAt(t.start[i] + j) != (char) (f + ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the titles that start at token pos end: one title ({@link #oneTitleEnd}), then any title right after
     * it ({@code Lt. Col.}, {@code Detective Sgt.}, {@code Deputy Chief}).
     *
     * @return the end of the last title, or -1 when no title starts at pos
     */
    private int titleEnd(int pos, int limit) {
        int end = oneTitleEnd(pos, limit);
        while (end > 0 && end < limit && t.is(end, Tokens.CAP) && t.has(end, Lexicon.TITLE | Lexicon.TITLE_WORD)) {
            int more = oneTitleEnd(end, limit);
            if (more <= end || nameEnd(more, limit, true) <= more) {
                break; // "Rep. King said": a surname that is a title too ends the name, not the titles
            }
            end = more;
        }
        return end > 0 ? portfolioEnd(end, limit) : end;
    }

    /**
     * "Minister for Health Stephen Donnelly", "President of Harvard University Claudine Gay": a title whose
     * {@code of}/{@code for} phrase no list holds goes on over its capitalised words when a name follows them (at
     * its first first name, else the last two words).
     *
     * @return the end of the title with its portfolio, or {@code end} when no name follows one
     */
    private int portfolioEnd(int end, int limit) {
        if (end + 4 > limit || !t.is(end, Tokens.LOWER) || !(t.keyIs(end, "of") || t.keyIs(end, "for"))) {
            return end;
        }
        int from = end + 1 < limit && t.keyIs(end + 1, "the") ? end + 2 : end + 1; // "Director of the FBI"
        int r = from;
        while (r < limit && r - from < 6 && t.is(r, Tokens.CAP) && !t.is(r, Tokens.DOTTED)) {
            r++;
        }
        if (r - from < 3) {
            return end;
        }
        for (int k = from + 1; k < r - 1; k++) {
            if (t.has(k, Lexicon.FIRST_NAME)) {
                return k;
            }
        }
        return r - 2;
    }

    private int oneTitleEnd(int pos, int limit) {
        int best = -1;
        // "Transport Minister", "Town Manager", "County Attorney": one or two capitalised words before a head
        // title or a one-word title
        for (int k = pos; k < limit && k - pos < 3; k++) {
            if (!t.is(k, Tokens.CAP) || t.has(k, Lexicon.FIRST_NAME) || k > pos && isHead(k)
                    || t.has(k, Lexicon.NON_NAME) && !t.has(k, Lexicon.TITLE | Lexicon.TITLE_HEAD)) {
                break; // a name ending in a head ("Lakeview Elementary Principal …": the school, then a title);
                       // but a head word first modifies the title ("Army Capt.", "City Attorney"); "The CEO" has none
            }
            if (k > pos && (t.has(k, Lexicon.TITLE_HEAD)
                    || t.has(k, Lexicon.TITLE) && nameEnd(k + 1, limit, true) > k + 1)) { // not "Gayle King said"
                best = Math.max(k + 1, trieTitleEnd(k, limit)); // "Obama Chief of Staff": the title goes on
            }
        }
        return Math.max(best, trieTitleEnd(pos, limit)); // "Deputy Chief": both words, not "Deputy" alone
    }

    /** @return the end of the longest title of the lists (or of the directory) that starts at pos, or -1 */
    private int trieTitleEnd(int pos, int limit) {
        int best = -1;
        StringBuilder sb = dirTitles ? new StringBuilder() : null;
        int node = Lexicon.Trie.ROOT;
        int max = Math.max(lx.maxTitleWords, 3);
        for (int k = pos; k < limit && k - pos < max; k++) {
            if (!t.is(k, Tokens.WORD)) {
                break;
            }
            node = lx.titleStep(node, t.word(k));
            if (dirTitles) {
                if (k > pos) {
                    sb.append(' ');
                }
                sb.append(t.key(k));
            }
            boolean title = lx.titleAt(node) || dirTitles && dir.titles().contains(k == pos ? t.key(k) : sb.toString());
            if (title && t.is(k, Tokens.CAP | Tokens.UPPER)) {
                best = k + 1;
            }
            if (!dirTitles && node < 0) {
                break; // no title starts with these words
            }
        }
        return best;
    }

    /**
     * Where a listed title of two or more words written in lower case starts that ends at token i ({@code the prime
     * minister}, {@code the deputy prime minister}, {@code the attorney general}; the longest), or -1.
     */
    private int lowerTitleStart(int i) {
        int best = -1;
        for (int k = i - 1; k >= 0 && i - k < lx.maxTitleWords && t.adjacent(k + 1) && t.is(k, Tokens.LOWER)
                && t.has(k, Lexicon.TITLE_WORD); k--) {
            int node = Lexicon.Trie.ROOT;
            for (int x = k; x <= i && node >= 0; x++) {
                node = lx.titleStep(node, t.word(x));
            }
            if (lx.titleAt(node)) {
                best = k;
            }
        }
        return best;
    }

    /** Whether every token from k to i (exclusive) is a word that modifies a noun of people after it. */
    private boolean modifiersOnly(int k, int i) {
        for (int x = k; x < i; x++) {
            if (!t.is(x, Tokens.LOWER) || !t.has(x, MODIFIER | Lexicon.GROUP_NOUN)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title written in lower case that holds token i ends after it ({@code secretary of state}). */
    private boolean lowerTitleGoesOn(int i) {
        for (int j = i + 1; j < t.n && j - i < lx.maxTitleWords && t.adjacent(j) && t.is(j, Tokens.LOWER)
                && t.has(j, Lexicon.TITLE_WORD); j++) {
            int start = lowerTitleStart(j);
            if (start >= 0 && start <= i) {
                return true;
            }
        }
        return false;
    }

    /** @return where the next run may start: after the run, or after a listed name that reaches past it */
    private int classify(int a, int b) {
        int pos = a;
        boolean head = headline(a) || allCaps(a);
        // “Sunday Morning Futures”: capitalised words that fill a quotation are a title, not a person
        boolean work = t.is(a - 1, Tokens.QOPEN) && b < t.n && t.is(b, Tokens.QUOTE) && !t.is(b, Tokens.QOPEN);
        if (compoundAdjective(b - 1)) {
            return b; // "the United States-controlled development bank": the words modify the noun after them
        }
        if (b - a >= 2 && t.keyIs(b - 1, "day") && t.is(b - 1, Tokens.CAP) && !namesSomeone(a, b - 1)) {
            return b; // "Election Day", "Labour Day", "Memorial Day": a day, no one's name (but "Doris Day")
        }
        if (b - a >= 2 && weather(a) && (!t.keyIs(a, "tropical") || t.keyIs(a + 1, "storm")
                || t.keyIs(a + 1, "depression")) && !(b < t.n && t.is(b, Tokens.LOWER) && t.has(b, Lexicon.SAYING))
                && !(a > 0 && t.is(a - 1, Tokens.LOWER) && INVERTING.contains(t.key(a - 1)))) {
            return b; // "Storm Ingrid", "Hurricane Melba", "Tropical Storm Ivo": weather (but "Storm Reid said")
        }
        if (!head && !work && ordinaryWordsName(a, b)) {
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.ordinary_words");
            return b;
        }
        while (pos < b && !limitHit) {
            if (!t.is(pos, Tokens.WORD)) {
                pos++;
                continue;
            }
            Match lex = lexicon(pos, b);
            int kb = t.bits(pos);
            if (lex != null && lex.known == null && lex.end == pos + 1 && (kb & Lexicon.FIRST_NAME) != 0
                    && (lex.entry.kind() == ActorKind.PLACE || lex.entry.kind() == ActorKind.COUNTRY)
                    && surnameAfter(pos, b) && lexicon(pos + 1, b) == null) {
                lex = null; // a place that is also a first name, before an unknown capitalised word: Sofia Saarinen
            } else if (lex != null && lex.known == null && lex.end == pos + 1 && b == pos + 1
                    && (lex.entry.kind() == ActorKind.PLACE || lex.entry.kind() == ActorKind.COUNTRY)
                    && lex.entry.type() != Lexicon.Type.DEMONYM && surnameInReport(pos)) {
                lex = null; // "Jordan added" after "Rep. Jim Jordan": a person's surname, not the country
            }
            char hon = (kb & Lexicon.HONORIFIC) != 0 ? lx.honorific(t.word(pos)) : 0;
            int first = pos + 1;
            if ((kb & Lexicon.HONORIFIC_PAIR) != 0 && pos + 2 < b && t.is(pos + 1, Tokens.CAP)
                    && (hon = lx.honorificPair(t.key(pos), t.key(pos + 1))) != 0) {
                first++; // "Tan Sri Muhyiddin Yassin"
            }
            int end = Math.max(b, lex == null ? b : lex.end);
            if (hon != 0 && first < end && t.is(first, Tokens.CAP | Tokens.UPPER)
                    && (lex == null || lex.end <= first
                    || lex.known == null && lex.entry.kind() == ActorKind.COUNTRY)) {
                while (first + 1 < end && t.has(first, Lexicon.HONORIFIC) && t.is(first + 1, Tokens.CAP)) {
                    first++; // "Datuk Seri Ahmad Zahid": honorifics in a row
                }
                int ne = nameEnd(first, b, true);
                Mention m = person(pos, ne, first, "name.honorific");
                if (m != null && hon != 'u') {
                    m.gender = hon;
                }
                pos = ne;
                continue;
            }
            // [country, organisation or outlet] title [name]: US Secretary of State Antony Blinken, CNN anchor …; a
            // place only before a title and a name (Texas Governor Greg Abbott; not the New Hampshire Union Leader)
            int ts = pos;
            int lexTitleEnd = lex != null && lex.end < b && lex.entry != null ? titleEnd(lex.end, b) : -1;
            if (lexTitleEnd > 0 && (lex.entry.kind() == ActorKind.COUNTRY || lex.entry.kind() == ActorKind.ORGANISATION
                    || lex.entry.kind() == ActorKind.MEDIA || lex.entry.type() == Lexicon.Type.DEMONYM
                    || lex.entry.kind() == ActorKind.PLACE && lexTitleEnd < b)) {
                ts = lex.end;
            }
            int te = head ? -1 : titleEnd(ts, b);
            if (te > 0 && te < b && isHead(b - 1) && capitalisedFrom(te, b) && !t.has(te, Lexicon.FIRST_NAME)) {
                // "the Premier League", "General Assembly": a title word opening an organisation's name (not
                // "Senator Frank Church": a first name after the title)
                te = -1;
            }
            if (te > 0 && !(lex != null && ts == pos && lex.end > te)) {
                if (ts > pos) {
                    named(pos, lex);
                }
                int ns = te;
                while (ns + 1 < b && t.has(ns, Lexicon.HONORIFIC) && t.is(ns + 1, Tokens.CAP)) {
                    ns++; // "Gen Sir Patrick Sanders", "Chief Rabbi Sir Ephraim Mirvis": the honorific is no name
                }
                int ne = nameEnd(ns, b, true);
                for (int p = ns; p + 1 < ne && !t.has(p, Lexicon.FIRST_NAME); p++) {
                    if (t.has(p, Lexicon.TITLE) && t.is(p + 1, Tokens.CAP)) {
                        te = p + 1; // "Chief Cabinet Secretary Yoshihiro Hara": the title goes on to its last word
                        ns = te;
                    }
                }
                char g = lx.title(t.word(te - 1));
                if (ns > te && (g == 0 || g == 'u')) {
                    g = lx.honorific(t.word(ns - 1));
                }
                if (ne > ns) {
                    Mention m = person(pos, ne, ns, "name.title");
                    if (m != null) {
                        String titleText = slice(t.start[pos], t.end[te - 1]);
                        m.addRole(new Role(titleText, doc.view().span(t.start[pos], t.end[te - 1])));
                        if (g != 0 && g != 'u') {
                            m.gender = g;
                        }
                    }
                    pos = ne;
                } else {
                    // a role without a name: "the Russian Foreign Minister", "the Secretary General of NATO"
                    int re = te;
                    if (te < b && t.is(te, Tokens.LOWER) && t.has(te, CONNECTOR)) {
                        re = b;
                    }
                    boolean single = te - pos == 1 && ts == pos;
                    boolean the = pos > 0 && t.adjacent(pos) && t.keyIs(pos - 1, "the");
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
                            m.addRole(new Role(title, doc.view().span(t.start[pos], t.end[re - 1])));
                            if (g != 0 && g != 'u') {
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
            // organisation named by a head word: Ford Motor Company, US Embassy in Kiev
            int h = -1;
            for (int x = pos; x < b; x++) {
                if (isHead(x) || t.punct(x) == '&') {
                    h = x;
                }
            }
            if (lex == null && (kb & Lexicon.GROUP_NOUN) != 0 && pos + 1 < b && t.has(pos + 1, Lexicon.FIRST_NAME)) {
                pos++; // "said Republican Dan Kessler", "Farmer Ana Reis": a member of a party or a trade, then a name
                continue;
            }
            boolean firstName = lex == null && firstNameNotWord(pos, b, kb); // "organizer Jan Hoff": not the month
            if (lex == null && ((kb & Lexicon.NON_NAME) != 0 && !firstName && !regionOfBody(pos, b)
                    || pos + 1 < b && (based(pos) || compoundAdjective(pos) || age(pos) || openingAdjective(pos, b))
                    || (kb & Lexicon.GROUP_NOUN) != 0 && t.is(pos, Tokens.SENT) && h <= pos
                    && !(h == pos && pos + 2 < b && t.keyIs(pos + 1, "of")) && !surnameOfSomeone(pos))) {
                // (but "Consumers Union said", "Teachers Union": a group noun opening an organisation's name, and
                // "University of Cape Town": a head and its place; a word that only describes the name opens none:
                // "Seoul-based Hanbit Semiconductor", "Eleven-year-old Poppy Ahmed")
                pos++;
                continue;
            }
            if (h >= 0 && h > pos && h + 2 < b && (lex == null || lex.end <= h) && !head) {
                int te2 = titleEnd(h + 1, b);
                if (te2 > 0 && nameEnd(te2, b, true) > te2) {
                    // "Sandy Hook Elementary Principal Dawn Hochsprung": the organisation, then a titled name
                    organisation(pos, h + 1);
                    pos = h + 1;
                    continue;
                }
            }
            if (h >= 0 && (lex == null || lex.end <= h) && !head && !(h == pos && b - pos == 1)) {
                organisation(pos, b);
                pos = b;
                continue;
            }
            if (h == pos && b - pos == 1 && lex == null && lx.orgHead(t.word(pos)) == ActorKind.MEDIA && pos > 0
                    && t.adjacent(pos) && t.keyIs(pos - 1, "the")) {
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
            if (lex != null && !head && !work && placeNamed(pos, lex, b)) {
                nameOf(ActorKind.ORGANISATION, pos, b, "organisation.place_name"); // "the Boston Celtics"
                named(pos, lex); // (the place is mentioned too, as in "US Embassy in Kiev")
                pos = b;
                continue;
            }
            if (lex != null) {
                named(pos, lex);
                pos = lex.end;
                continue;
            }
            if ((kb & Lexicon.NON_NAME) != 0 && !firstName
                    || (kb & Lexicon.GROUP_NOUN) != 0 && t.is(pos, Tokens.SENT) && !surnameOfSomeone(pos)
                    || hon != 0 || (kb & Lexicon.TITLE) != 0 || isHead(pos)) {
                pos++;
                continue;
            }
            if (!head && !work && namedAfterCountry(pos, b, kb)) {
                nameOf(ActorKind.ORGANISATION, pos, b, "organisation.named_after_country"); // "Health Canada said"
                pos = b;
                continue;
            }
            int ne = nameEnd(pos, b, (kb & Lexicon.FIRST_NAME) != 0 || directoryFirstName(pos));
            if (!work) {
                name(pos, ne, head);
            }
            pos = ne;
        }
        return Math.max(pos, b);
    }

    /** Every bit a lexicon sets on a word (a report's own bits are above them). */
    private static final int LEXICON_BITS = (Lexicon.LAST_BIT << 1) - 1;

    /**
     * Plurals that end the names of places and events after a place's name ({@code Colorado Springs}, {@code the
     * Iowa Caucuses}), not of teams.
     */
    private static final Set<String> PLACE_PLURALS = Set.of("springs", "falls", "heights", "hills", "islands",
            "keys", "lakes", "mountains", "rapids", "dales", "moors", "downs", "fens", "glens", "highlands",
            "lowlands", "plains", "woods", "wetlands", "sands", "gardens", "docks", "caucuses", "primaries",
            "marathons", "games", "olympics", "talks", "elections", "wars", "accords", "agreements", "conventions",
            "treaties", "protocols", "attacks", "riots", "protests", "floods", "fires");

    /** The most words after a place's name that make an organisation's name with it ({@link #placeNamed}). */
    private static final int PLACE_NAME_WORDS = 2;

    /**
     * Whether the place the lexicon matched at the start of a run of capitalised words, and the one or two
     * capitalised words no list holds that end the run, are one organisation's name: a team or a company named
     * after its home, told by a plural ({@code the Boston Celtics}; not {@code the Iowa Caucus}, {@link
     * #PLACE_PLURALS}) or by a verb of speech or action after it ({@code Boston Scientific said}, {@code the Arizona
     * Republic reported}). Not after a person's title or noun ({@code actress America Ferrera}), not a hyphenated
     * word ({@code US Spanish-language}), nor a name that goes on after {@code of}, {@code and} or {@code for}
     * ({@code United States Customs and Border Protection}): the run was cut before its end.
     */
    private boolean placeNamed(int pos, Match lex, int b) {
        if (lex.known() != null) {
            return false; // a name the caller's directory holds: read as it says
        }
        ActorKind kind = lex.entry().kind();
        int e = lex.end();
        if (kind != ActorKind.PLACE && kind != ActorKind.COUNTRY
                || lex.entry().type() == Lexicon.Type.DEMONYM || b - e > PLACE_NAME_WORDS || b <= e
                || pos > 0 && t.is(pos - 1, Tokens.LOWER) && t.adjacent(pos)
                && (t.has(pos - 1, Lexicon.TITLE) || personNoun(pos - 1))
                || b < t.n && t.is(b, Tokens.LOWER) && t.has(b, CONNECTOR) && capitalAt(b + 1)
                && !CALENDAR.contains(t.key(b + 1))) {
            return false;
        }
        for (int x = e; x < b; x++) {
            if (!t.is(x, Tokens.WORD) || !t.is(x, Tokens.CAP) || t.is(x, Tokens.UPPER)
                    || t.has(x, LEXICON_BITS | Tokens.SEEN_AFTER_FIRST_NAME) || hyphenated(x)
                    || PLACE_PLURALS.contains(t.key(x))) {
                return false;
            }
        }
        return t.keyEndsWith(b - 1, "s") && !t.keyEndsWith(b - 1, "ss") && !t.keyEndsWith(b - 1, "us")
                || b < t.n && t.is(b, Tokens.LOWER)
                && t.adjacent(b) && t.has(b, VERB) && !t.has(b, Lexicon.AUXILIARY);
    }

    /** Nouns of works whose titles follow them ({@code the documentary Hope Not Fear}, {@code her novel, …}). */
    private static final Set<String> WORK_NOUNS = Set.copyOf(WorkNouns.NOUNS);

    /** Whether the name at a follows a work's noun, right after it or after its comma: the work's title. */
    private boolean afterWorkNoun(int a) {
        int k = a >= 2 && t.punct(a - 1) == ',' ? a - 2 : a - 1;
        return k >= 0 && t.is(k, Tokens.LOWER) && WORK_NOUNS.contains(t.key(k));
    }

    /** Function words that, capitalised inside a run of capitalised words, join the words of one name. */
    private static final String[] NAME_JOINERS = {"against", "without", "not", "for", "beyond"};

    /**
     * Whether the capitalised words [a, b) of running text are one organisation's name made of ordinary words,
     * joined by a capitalised function word inside it: {@code Mothers Against Drunk Driving}, {@code Hope Not Hate}
     * (not the person {@code Drunk Driving}). A line in title case ({@code Voters Turn Against Smith}) capitalises
     * its function words anyway, a name a list holds is read as the list says, and a work's title is none ({@code
     * the documentary Hope Not Fear}).
     */
    private boolean ordinaryWordsName(int a, int b) {
        if (b - a < 3 || b >= t.n || !t.sameBlock(a, b) || !(t.is(b, Tokens.LOWER) || t.punct(b) == ',')) {
            return false;
        }
        boolean joined = false;
        for (int x = a; x < b; x++) {
            if (!t.is(x, Tokens.WORD) || !t.is(x, Tokens.CAP) || t.is(x, Tokens.DOTTED)
                    || t.has(x, Lexicon.HONORIFIC)) {
                return false; // "Path to Nomination For Mr. Cruz, the victory …": a subheading run into the text
            }
            joined |= x > a && x < b - 1 && t.keyIn(x, NAME_JOINERS);
        }
        // (the look-ups last: most runs hold no joining word, and the run's own loop asks the lexicon again)
        return joined && lexicon(a, b) == null && !afterWorkNoun(a) && !titleCaseLine(a);
    }

    /**
     * Whether tokens x and x + 1 of a headline written in sentence case ({@link #sentenceCaseHeadline}) are a
     * person's full name of two words: a first name that is no other word, then a capitalised word (not in
     * capitals) that no list holds and that the report never writes in lower case, with no capitalised word right
     * before them but the headline's first and none right after ({@code Chef Anjali Rao on food and failure}, {@code
     * Five minutes with Lena Voss}). A headline in title case capitalises every word ({@code Hillary Asking
     * Moderator To Fact Check Trump}): its words stay candidates that only join actors of the text.
     */
    private boolean fullNameInHeadline(int x) {
        return t.is(x, Tokens.CAP) && t.has(x, Lexicon.FIRST_NAME) && !t.has(x, Lexicon.NON_NAME | SEEN_LOWER)
                && t.adjacent(x + 1) && t.is(x + 1, Tokens.CAP)
                && !t.is(x + 1, Tokens.UPPER | Tokens.NUM | Tokens.DOTTED) && (t.flags[x + 1] & Tokens.WORD) != 0
                && t.word(x + 1) < 0 && !t.has(x + 1, SEEN_LOWER)
                && !(x > 0 && t.adjacent(x) && capitalAt(x - 1)) && !capitalAt(x + 2) && sentenceCaseHeadline();
    }

    /**
     * @return whether the report's headline is written in sentence case: it has a word of five letters or more in
     *         lower case (title case lowers only short words: {@code a}, {@code of}, {@code with})
     */
    private boolean sentenceCaseHeadline() {
        if (sentenceCase < 0) {
            sentenceCase = 0;
            for (int i = 0; i < t.n && (t.flags[i] & Tokens.HEADLINE) != 0; i++) {
                if ((t.flags[i] & Tokens.WORD) != 0 && t.is(i, Tokens.LOWER) && t.end[i] - t.start[i] >= 5) {
                    sentenceCase = 1;
                    break;
                }
            }
        }
        return sentenceCase == 1;
    }

    /** @return whether every capitalised word of [a, b) is a noun of people ({@code Liberal Democrat}) */
    private boolean allGroupNouns(int a, int b) {
        for (int x = a; x < b; x++) {
            if (!t.is(x, Tokens.LOWER) && !t.has(x, Lexicon.GROUP_NOUN)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token pos, a word the lists hold both as a first name and as no name ({@code Jan}, {@code April},
     * {@code June}, {@code August}: months; its bits kb), starts a name: a surname follows ({@link #surnameAfter})
     * and no article or word of time comes before it ({@code organizer Jan Hoff}, {@code April Ryan said}; not
     * {@code in June Okafor said}, {@code the August Recess}).
     */
    private boolean firstNameNotWord(int pos, int b, int kb) {
        int both = Lexicon.NON_NAME | Lexicon.FIRST_NAME;
        if ((kb & both) != both || !surnameAfter(pos, b)) {
            return false;
        }
        int p = pos - 1;
        return p < 0 || !t.adjacent(pos) || !t.is(p, Tokens.WORD)
                || !t.has(p, DETERMINER | Lexicon.PREPOSITION | Lexicon.QUANTIFIER | CONNECTOR)
                && !DATE_LEADS.contains(t.key(p));
    }

    /**
     * Whether the word after token pos (inside the capitalised run ending at b), or after one or two particles, may
     * be the surname of a first name at pos: capitalised, no number, abbreviation, title, honorific, organisation
     * or place head, plural group noun or word that is no name ({@code Jordan Pike}, {@code Jan de Wit}, {@code Jan
     * Baker}; not {@code Georgia Gov. Brian Kemp}, {@code Jordan King Abdullah}, {@code Georgia Tech}).
     */
    private boolean surnameAfter(int pos, int b) {
        int s = pos + 1;
        for (int k = 0; k < 2 && s + 1 < b && t.adjacent(s) && t.is(s, Tokens.LOWER) && t.has(s, Lexicon.PARTICLE);
             k++) {
            s++; // "Jan de Wit", "Jan van der Berg": the surname's particles
        }
        return s < b && t.adjacent(s) && t.is(s, Tokens.CAP)
                && !t.is(s, Tokens.NUM | Tokens.DOTTED)
                && !t.has(s, Lexicon.NON_NAME | Lexicon.TITLE | Lexicon.TITLE_WORD | Lexicon.HONORIFIC
                | Lexicon.ORG_HEAD)
                && !(t.has(s, Lexicon.GROUP_NOUN) && lx.groupNoun(t.word(s)).plural()) // "Jan Baker", not "June Voters"
                && !isHead(s);
    }

    /**
     * Whether the word at pos, a group noun, is written in the report as a surname after a first name and is
     * singular: {@code Baker said} after {@code Jan Baker} is her, not a baker.
     */
    private boolean surnameOfSomeone(int pos) {
        return t.has(pos, Tokens.SEEN_AFTER_FIRST_NAME) && !lx.groupNoun(t.word(pos)).plural();
    }

    /** Days and months: a name does not go on through "on Tuesday", "in June", "on Oct." */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    /** Words before a month that make it a date ({@code by June}, {@code last August}). */
    private static final Set<String> DATE_LEADS = Set.of("by", "since", "until", "till", "through", "last", "next",
            "this", "early", "late", "mid", "before", "after", "during");

    /** End of a person's name starting at {@code from}: capitalised words and particles, up to {@code limit}. */
    private int nameEnd(int from, int limit, boolean greedy) {
        int k = from;
        while (k < limit && k - from < 6) {
            if (!t.is(k, Tokens.WORD)) {
                break;
            }
            if (t.is(k, Tokens.LOWER)) {
                if (!t.has(k, Lexicon.PARTICLE) || k + 1 >= limit) {
                    break;
                }
                k++;
                continue;
            }
            if (k > from && t.is(k - 1, Tokens.LOWER) && !t.is(k, Tokens.CAP | Tokens.UPPER)) {
                break;
            }
            if (k > from && !greedy && !t.has(k - 1, Lexicon.FIRST_NAME) && lexicon(k, limit) != null) {
                break; // (a listed word right after a first name is a surname: "Recorder Julian Fox", not Fox News)
            }
            if (k > from && (isHead(k) || t.has(k, Lexicon.NON_NAME) && !t.keyIs(k, "may") && !initial(k)
                    && !(t.keyIs(k, "said") && t.has(k - 1, Lexicon.FIRST_NAME)))) {
                break; // (but Theresa May, and Said after a first name: "said researcher Omar Said")
            }
            k++;
        }
        return k;
    }

    /** Whether token k is a lower-case word that links a noun to its complement: for, of, at, with, from, in, to. */
    private boolean prepositionAt(int k) {
        return t.is(k, Tokens.LOWER) && t.has(k, Lexicon.AFTER_GROUP_WORD);
    }

    /** Whether token k is an initial: one capital and its full stop ("James A. Baker", not the article "A"). */
    private boolean initial(int k) {
        return t.is(k, Tokens.DOTTED) && t.end[k] - t.start[k] == 2;
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
        boolean known = t.has(a, Lexicon.FIRST_NAME) || directoryFirstName(a);
        boolean initial = (t.flags[a] & Tokens.SENT) != 0 || t.is(a - 1, Tokens.QOPEN) || head;
        boolean afterArticle = a > 0 && t.adjacent(a) && (t.keyIs(a - 1, "the") || t.keyIs(a - 1, "a")
                || t.keyIs(a - 1, "an"));
        if (head) {
            // headline case: every word is a candidate that may only join an actor named in the body
            for (int x = a; x < b; x++) {
                if (x + 1 < b && fullNameInHeadline(x)) {
                    person(x, x + 2, x, "name.headline"); // "Chef Anjali Rao on food and failure"
                    x++;
                    continue;
                }
                if (!t.is(x, Tokens.LOWER) && !t.has(x, Lexicon.NON_NAME)) {
                    Mention m = single(x, false);
                    if (m != null) {
                        m.pendingOnly = true;
                    }
                }
            }
            return;
        }
        if (t.is(a, Tokens.UPPER) && t.is(a, Tokens.LINE) && b < t.n && t.punct(b) == ':' && anyNonName(a, b)) {
            return; // a kicker or notice in capitals: "CORRECTION:", "HUFFPOST READERS:"
        }
        if (afterArticle && !known && theNameActs(a, b)) {
            // "The Louvre said", "the Metropolitan Opera announced": a name with "the" that speaks is an
            // institution's, not a person's
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.the_acts");
            return;
        }
        if (!known && !initial && organisationNounBefore(a, b) && (nameStandsAlone(a, b) || pastTenseAt(b))) {
            // "the union, Unite, said", "the shipping consultancy Drewry": a name no list holds, of an organisation
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.after_description");
            return;
        }
        if (!known && spokespersonFor(a) && !personNamed(t.key(b - 1)) && nameStandsAlone(a, b)) {
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.spokesperson_for"); // "a spokesman for Zentra Pay"
            return;
        }
        if (!known && workplaceOf(a) && !personNamed(t.key(b - 1)) && !t.has(a, Lexicon.FIRST_NAME)
                && nameStandsAlone(a, b)) {
            Mention m = nameOf(ActorKind.ORGANISATION, a, b, "organisation.workplace"); // "an analyst at Nomura"
            if (m != null) {
                m.affiliation = true;
            }
            return;
        }
        if (!known && organisationNounAfter(a, b, initial) && nameStandsAlone(a, b)) {
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.before_description"); // "Eskom, the state utility,"
            return;
        }
        if (!known && a > 0 && t.adjacent(a) && based(a - 1) && !personNamed(t.key(b - 1))
                && !(b < t.n && t.is(b, Tokens.LOWER) && t.has(b, Lexicon.TITLE_WORD | Lexicon.GROUP_NOUN))) {
            // (not a modifier of a person's noun: "Florida-based Republican strategist Al Cardenas")
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.based"); // "Atlanta-based Delta said"
            return;
        }
        if (!known && ownsIts(b) && !t.has(a, Lexicon.FIRST_NAME | Lexicon.HONORIFIC | Lexicon.TITLE)
                && !personNamed(t.key(b - 1))
                && !(a >= 2 && t.adjacent(a) && t.is(a - 1, Tokens.LOWER) && article(a - 2))) {
            // (not a name that a noun no list holds describes: "The stablecoin PegDollar lost its peg", a thing)
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.owns_its"); // "Meridian Soft pulled its chatbot"
            return;
        }
        if (!known && companyOwns(b) && !t.is(a, Tokens.UPPER) && !personNamed(t.key(b - 1))) {
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.company_owns"); // "Quillbyte's chief executive said"
            return;
        }
        if (!known && tradedShares(b) && !t.has(a, Lexicon.HONORIFIC | Lexicon.TITLE) && !personNamed(t.key(b - 1))) {
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.shares"); // "Tesmark shares fell 9%"
            return;
        }
        if (!known && afterArticle && b < t.n && t.keyIn(b, PLACE_NOUNS_AFTER) && !adjectiveShape(b - 1)) {
            nameOf(ActorKind.PLACE, a, b, "place.before_place_noun"); // "the Kaluga region", "in the Tarn valley"
            return;
        }
        if (!known && !initial && (locative(a - 1) || placeNounOf(a)) && !personNamed(t.key(b - 1))
                && nameStandsAlone(a, b)) {
            // "floods in Valencia", "farmers in Ogun State said": a name no list holds, where something is
            nameOf(ActorKind.PLACE, a, b, "place.after_preposition");
            return;
        }
        if (words >= 2 && !known && t.is(a, Tokens.CAP) && t.is(a + 1, Tokens.CAP) && t.adjacent(a + 1)
                && PLACE_OPENERS.contains(t.key(a))) {
            // "on Lake Verrin", "Mount Kessel erupted", "Port Talloway": a place named by its kind, written first
            nameOf(ActorKind.PLACE, a, b, "place.head_first");
            return;
        }
        if (words >= 2 && !known && !afterArticle && t.is(a, Tokens.CAP) && t.is(a + 1, Tokens.CAP)
                && t.adjacent(a + 1) && ORGANISATION_OPENERS.contains(t.key(a)) && !t.has(a + 1, Lexicon.FIRST_NAME)) {
            // "Royal Mail said", "National Highways", "Global Witness": a body's name by its first word (not "the
            // National Mall", which a person's name would not follow either)
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.head_first");
            return;
        }
        if (words >= 2) {
            if (initial && !known && !t.has(a, SEEN_CAPITALISED_INSIDE) && (t.has(a, SEEN_LOWER)
                    && !namedSurname(a, b) || t.has(a + 1, Lexicon.FIRST_NAME) && b - a >= 3)) {
                // "Follow Pam Key": the first word only opens the sentence (but "Guy Cecil" is a name of two, and
                // "Van der Merwe said" opens with the particle written "van" in "Pieter van der Merwe" before)
                name(a + 1, b, false);
                return;
            }
            if (afterArticle && !known) {
                return; // "the Cold War", "the Atlantic Council": not a person
            }
            if (!known && allUpper(a, b) && !(b < t.n && t.punct(b) == ':')) {
                return; // a kicker or heading in capitals ("ROLL TIDE Alabama beat …", "FULL TEXT."), not a label
            }
            if (!known && affiliationBeforeTitle(a, b)) {
                nameOf(ActorKind.ORGANISATION, a, b, "organisation.before_title"); // "Halvorsen Lines chief executive"
                return;
            }
            if (!known && allGroupNouns(a, b)) {
                return; // "said Liberal Democrat councillor Anna Kell": a member of a party, no one's name
            }
            person(a, b, a, known ? "name.first_name" : "name.capitalised");
            return;
        }
        if (!known && affiliationBeforeTitle(a, b)) {
            // "Unite general secretary Sharon Graham", "Albemarle chief executive Kent Masters": whose officer
            nameOf(ActorKind.ORGANISATION, a, b, "organisation.before_title");
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
        if (t.is(a, Tokens.UPPER) && a > 0 && t.adjacent(a) && modelNumber(a - 1)) {
            return; // "737 MAX 9 jets": a model after its number, no body (not "the 2015 CGI meeting", "the
            // 12-nation TPP")
        }
        if (t.is(a, Tokens.UPPER) && t.has(a, Lexicon.THING_ACRONYM)) {
            return; // "said AI was reshaping hiring": a thing, no one (nor a surname "Ai")
        }
        if (a >= 1 && t.adjacent(a) && t.punct(a - 1) == '(' && partyTag(a)) {
            return; // "Trey Gowdy (R-S.C.)", "Jim Jordan (R-OH)": a lawmaker's party and state, no one's name
        }
        if (t.is(a, Tokens.UPPER) && (shouted(a - 1) || shouted(b))) {
            return; // "THE ELECTION WAS RIGGED!": a word written in capitals among others, no acronym
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
        if (t.acronymPlural(a) && t.has(a, Lexicon.GROUP_NOUN)) {
            return; // "MPs said": a group (see descriptions)
        }
        if (initial && !head && commonPlural(a)) {
            return; // "Parents said …" in a report that writes "parents" too: a group (see speaker)
        }
        Mention m = single(a, afterArticle);
        if (m != null && initial && !(m.evidence && (a + 1 >= t.n || !t.has(a + 1, Lexicon.AUXILIARY)
                || askedAfter(a + 1) || saysOfHimselfAfter(a + 1)) || t.has(a, SEEN_CAPITALISED_INSIDE))) {
            m.pendingOnly = !t.has(a, SEEN_CAPITALISED_INSIDE) || afterArticle;
        }
    }

    /**
     * Heads of names that go on over {@code in} or {@code at} and a place: a mission is named by where it is ({@code
     * the US Embassy in Kiev}, {@code the University of California at Berkeley}); a company or an institute is not
     * ({@code Huaxin Securities in Shanghai}: the company, then the place).
     */
    private static final Set<String> LOCATED_HEADS = Set.of("embassy", "embassies", "consulate", "mission",
            "university", "campus", "delegation", "office", "bureau");

    /** The most words of an organisation's name before a title ({@link #affiliationBeforeTitle}). */
    private static final int MAX_AFFILIATION_WORDS = 3;

    /** The most lower-case words of a title after an organisation's name ({@link #affiliationBeforeTitle}). */
    private static final int MAX_LOWER_TITLE_WORDS = 3;

    /** Whether token k holds a hyphen ({@code Atlanta-based}). */
    private boolean hyphenated(int k) {
        for (int x = t.start[k]; x < t.end[k]; x++) {
            if (t.text.charAt(x) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the capitalised words [a, b) are followed by a title in lower case and a name: the title's
     * organisation, not a person ({@code Unite general secretary Sharon Graham}, {@code Halvorsen Lines chief
     * executive Petra Lindqvist}; not an adjective or a modifier of the title, {@code Former president}, which lists
     * hold, nor a person's name).
     */
    private boolean affiliationBeforeTitle(int a, int b) {
        if (b - a > MAX_AFFILIATION_WORDS || b >= t.n || !t.is(b, Tokens.LOWER) || !t.has(b, Lexicon.TITLE_WORD)
                || a > 0 && t.adjacent(a)
                && (t.keyIs(a - 1, "and") || t.keyIs(a - 1, "of") || t.punct(a - 1) == '&') // "Apples and Pears"
                || b - a == 1 && (t.flags[a] & Tokens.SENT) != 0 && !t.has(a, SEEN_CAPITALISED_INSIDE)) {
            // (a capitalised adjective opens sentences: "Investigative reporter Julia Hahn"; a second capitalised
            // word shows a name: "Halvorsen Lines chief executive Petra Lindqvist")
            return false;
        }
        for (int x = a; x < b; x++) {
            if (!t.is(x, Tokens.CAP) || x > a && !t.adjacent(x) || t.has(x, SEEN_LOWER)
                    || t.has(x, Lexicon.NON_NAME | MODIFIER | DETERMINER | Lexicon.FIRST_NAME
                    | Lexicon.GROUP_NOUN) // "Democrat presidential nominee Hillary Clinton"
                    || t.has(x, Lexicon.TITLE_WORD) && (x == a || t.has(x, Lexicon.TITLE)) // "Veritas Air chief"
                    || hyphenated(x) || personNamed(t.key(x))) { // "Atlanta-based", "Obama adviser"
                return false;
            }
        }
        int te = b;
        while (te < t.n && te - b < MAX_LOWER_TITLE_WORDS && t.adjacent(te) && t.is(te, Tokens.LOWER)
                && t.has(te, Lexicon.TITLE_WORD)) {
            te++; // "general secretary", "chief executive"
        }
        return te > b && te < t.n && t.adjacent(te) && t.is(te, Tokens.CAP) && !t.has(te, Lexicon.TITLE_WORD)
                && t.has(te - 1, Lexicon.TITLE | Lexicon.TITLE_HEAD) && !surnameInReport(a);
    }

    /**
     * Whether the word at a is written somewhere in the report after a first name ({@code Obama adviser David
     * Axelrod} … {@code Barack Obama}): a person's surname (marked by the tokenizer).
     */
    private boolean surnameInReport(int a) {
        return t.has(a, Tokens.SEEN_AFTER_FIRST_NAME);
    }

    /** Whether every word of [a, b) is written in capitals. */
    private boolean allUpper(int a, int b) {
        for (int x = a; x < b; x++) {
            if (t.is(x, Tokens.WORD) && !t.is(x, Tokens.UPPER)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token k is a number of digits alone that is no year (1000 to 2999): {@code 737}, {@code 500}. */
    private boolean modelNumber(int k) {
        if (!t.is(k, Tokens.NUM)) {
            return false;
        }
        for (int x = t.start[k]; x < t.end[k]; x++) {
            if (!Character.isDigit(t.text.charAt(x))) {
                return false;
            }
        }
        char c = t.text.charAt(t.start[k]);
        return !(t.end[k] - t.start[k] == 4 && (c == '1' || c == '2'));
    }

    /** Adds the capitalised words [a, b), which no list holds, as the name of an actor of that kind. */
    private Mention nameOf(ActorKind kind, int a, int b, String rule) {
        Mention m = add(Mention.ORG, a, b);
        if (m != null) {
            m.kind = kind;
            m.mk = MentionKind.NAME;
            m.rule = rule;
            m.name = slice(t.start[a], t.end[b - 1]);
        }
        return m;
    }

    /**
     * Whether the capitalised words [a, b) name the organisation that a definite description right before them
     * describes: {@code the union, Unite,} (closed by a comma: not {@code unifying the party, Reed said}), {@code
     * the shipping consultancy Drewry}, {@code the streaming service Vidora}, {@code The charity Care4Calais}
     * (lower-case modifiers between the article and the noun), {@code Chipmaker Ardent said} (the noun opens the
     * sentence); not a surname of a person named before ({@code the campaign Manafort was running}).
     */
    private boolean organisationNounBefore(int a, int b) {
        boolean comma = a >= 1 && t.punct(a - 1) == ',';
        int noun = comma ? a - 2 : t.adjacent(a) ? a - 1 : -1;
        boolean opens = !comma && noun >= 0 && t.is(noun, Tokens.SENT) && t.is(noun, Tokens.CAP);
        if (noun < 0 || !(t.is(noun, Tokens.LOWER) && noun >= 1 || opens)
                || !t.has(noun, Lexicon.GROUP_NOUN | Lexicon.BODY_BEFORE_NAME | Lexicon.ORG_HEAD)
                || comma && t.punct(b) != ',' || personNamed(t.key(b - 1))) {
            return false;
        }
        Lexicon.GroupNoun g = lx.groupNoun(t.word(noun));
        if (!t.has(noun, Lexicon.BODY_BEFORE_NAME) && (g == null || !g.body()) && !bodyHead(noun)) {
            return false;
        }
        if (opens) {
            return true; // "Chipmaker Ardent said": the noun opens the sentence
        }
        for (int k = noun - 1; k >= 0 && noun - k <= 3 && t.adjacent(k + 1); k--) {
            if (t.keyIs(k, "the") || t.is(k, Tokens.SENT) && !t.has(k, OPENS_NO_TITLE) || t.is(k, Tokens.POSS)
                    || t.is(k, Tokens.LOWER) && t.has(k, POSSESSIVE)) {
                // (or its modifier opens the sentence: "German carmaker Voss Motoren said"; or an owner does:
                // "Brazil's health regulator, Anvisa,", "his former publisher, Redwood Books,")
                return true;
            }
            if (!comma && t.is(k, Tokens.LOWER) && t.has(k, Lexicon.PREPOSITION) && k < noun - 1) {
                return true; // a bare description after a preposition: "an analyst at risk firm Aegis Halden"
            }
            if (!comma && opensClause(k)) {
                return true; // one that opens a clause: "…, state broadcaster CCTV said", "said insurer Aviva"
            }
            if (!comma && t.is(k, Tokens.LOWER) && (t.has(k, VERB) || t.keyEndsWith(k, "ed"))) {
                return true; // the object of a verb: "has blamed engine maker Vantor Aero", "sued retailer Marlowe"
            }
            if (!(t.is(k, Tokens.LOWER) || demonym(k)) || t.has(k, DETERMINER | VERB | Lexicon.PREPOSITION)) {
                return false; // (a demonym modifies too: "the Danish insurer Tryg")
            }
        }
        return false;
    }

    /**
     * Whether the capitalised words [a, b) name the organisation that a description in apposition after them
     * describes: {@code Eskom, the state utility,}, {@code Kovalink, a payments start-up,} ({@link
     * #closesApposition}: not {@code Apple sued Vell, the company said}); after a sentence's first word only when a
     * comma closes it ({@link #closedByComma}).
     */
    private boolean organisationNounAfter(int a, int b, boolean initial) {
        if (b + 2 >= t.n || t.punct(b) != ',' || !article(b + 1) || personNamed(t.key(b - 1))) {
            return false;
        }
        for (int k = b + 2; k < t.n && k - b <= 5 && t.adjacent(k) && (t.is(k, Tokens.LOWER) || demonym(k)); k++) {
            if (t.has(k, Lexicon.GROUP_NOUN)) {
                Lexicon.GroupNoun g = lx.groupNoun(t.word(k));
                return g != null && g.body() && closesApposition(k + 1)
                        && (!initial || closedByComma(k + 1));
            }
            if (closesApposition(k + 1) && bodyHead(k)) {
                return !initial || closedByComma(k + 1); // "Vidora, the streaming service,"
            }
            if (t.has(k, DETERMINER | VERB | Lexicon.PREPOSITION)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether lower-case token k is a noun for one organisation that also ends organisations' names ({@code
     * service}, {@code association}, {@code hospital}: {@code Lexicon#bodyNouns}).
     */
    private boolean bodyHead(int k) {
        return t.has(k, Lexicon.ORG_HEAD) && lx.bodyNouns.contains(t.key(k));
    }

    /** Whether token k is a demonym standing alone ({@code the Swedish retailer}). */
    private boolean demonym(int k) {
        Lexicon.Entry e = lx.phraseAt(lx.phraseStep(Lexicon.Trie.ROOT, t.word(k)));
        return e != null && e.type() == Lexicon.Type.DEMONYM;
    }

    /**
     * Whether token k is a preposition that says where something is, before a name: {@code in}, {@code near} …, or
     * {@code of} after the people of a place ({@code Residents of Tewkesbury}, {@code the mayor of Lyon}).
     */
    private boolean locative(int k) {
        return k >= 0 && t.adjacent(k + 1) && t.is(k, Tokens.LOWER) && (LOCATIVE.contains(t.key(k))
                || k >= 1 && t.keyIs(k, "of") && t.adjacent(k) && INHABITANTS.contains(t.key(k - 1))
                || k >= 1 && t.keyIs(k, "from") && t.adjacent(k)
                && (t.is(k - 1, Tokens.LOWER) && ORIGIN_NOUNS.contains(t.key(k - 1)) || age(k - 1)));
    }

    /**
     * Nouns of a private person, before {@code from} and the name of where they come from ({@code a retired postman
     * from Coldwater}, {@code a 19-year-old from Dunmarsh}); not an official's or an analyst's, who come from a body.
     */
    private static final Set<String> ORIGIN_NOUNS = Set.of("man", "woman", "men", "women", "boy", "girl", "boys",
            "girls", "mother", "father", "family", "families", "couple", "pensioner", "retiree", "teenager", "native",
            "natives", "grandmother", "grandfather", "widow", "postman", "farmer", "fisherman", "villager", "refugee",
            "refugees", "migrant", "migrants");

    /** Nouns of the people of a place, before {@code of} and its name ({@link #locative}). */
    private static final Set<String> INHABITANTS = Set.of("residents", "people", "citizens", "inhabitants",
            "villagers", "townspeople", "voters", "mayor");

    /**
     * Whether the capitalised words [a, b) stand alone as a name: each opens with a capital, none is in capitals
     * ({@code in mid-April}, {@code in DSCC advertising}), no first name is followed by another word ({@code Agent in
     * Charge Michael Torres}; {@code Santa Monica} is a place), and no possessive, noun or further name follows
     * ({@code in Obama's cabinet}, {@code in Davis' commentary}, {@code in Republican contests}, {@code in South
     * Florida}, which a list splits); a verb or an auxiliary may ({@code Police in Mandalay said}, {@code homes in
     * Brennan were flooded}: the verb is the head's), and a preposition ({@code died in Truro on Sunday}).
     */
    private boolean nameStandsAlone(int a, int b) {
        for (int x = a; x < b; x++) {
            if (t.is(x, Tokens.UPPER) && !(x > a && t.has(x, Lexicon.THING_ACRONYM)) // ("Arclight AI", "Vela EV")
                    || !t.is(x, Tokens.LOWER) && !Character.isUpperCase(t.text.charAt(t.start[x]))
                    || x + 1 < b && t.has(x, Lexicon.FIRST_NAME)) {
                return false;
            }
        }
        return !(b < t.n && (t.adjacent(b) && (t.is(b, Tokens.POSS) || t.is(b, Tokens.WORD)
                && !(t.is(b, Tokens.LOWER) && (verbAfter(b) || t.has(b, Lexicon.PREPOSITION | Lexicon.AUXILIARY)
                || t.keyIn(b, CLAUSE_ADVERBIALS) || t.keyIn(b, LINKING_PREPOSITIONS) && !capitalAt(b + 1))))
                || pluralPossessive(b)));
    }

    /**
     * Whether token b is a lower-case word in -ed right after the word before it, as a verb in the past tense is
     * ({@code the streaming service Vidora raised prices}, {@code led}).
     */
    private boolean pastTenseAt(int b) {
        return b < t.n && t.adjacent(b) && t.is(b, Tokens.LOWER) && t.keyEndsWith(b, "ed");
    }

    /**
     * Whether token i is a verb right after the word before it: an auxiliary, a listed verb, or a word in -ed
     * ({@code Halden will hire}, {@code Halden said}, {@code State missed the deadline}).
     */
    boolean actsAt(int i) {
        return pastTenseAt(i)
                || i < t.n && t.adjacent(i) && t.is(i, Tokens.LOWER) && t.has(i, VERB | Lexicon.AUXILIARY);
    }

    /**
     * Words that open a time or a clause, and so never follow a name as the noun it modifies: a name before one
     * stands alone ({@code has worked at Kestral Dynamics since 2019}, {@code floods in Tewsbury after the storm}).
     */
    private static final String[] CLAUSE_ADVERBIALS = {"since", "until", "during", "before", "after", "when",
        "while", "because", "where"};

    /**
     * Prepositions that link a verb's object to more, which no name modifies: {@code blamed X for the delays} (but
     * a name goes on before a capitalised word: {@code Democracy for America}).
     */
    private static final String[] LINKING_PREPOSITIONS = {"for", "with", "over", "about", "against", "by"};

    /**
     * Words that open a place's name and say what kind of place it is ({@code Lake Verrin}, {@code Mount Kessel},
     * {@code Cape Rell}); none is a first name. Facts compiled by the Reportage authors.
     */
    private static final Set<String> PLACE_OPENERS = Set.of("lake", "mount", "mt", "port", "cape", "fort", "isle",
            "loch", "lough");

    /** Whether a word of [a, e) is a first name, an honorific or a title: the run names someone. */
    private boolean namesSomeone(int a, int e) {
        for (int x = a; x < e; x++) {
            if (t.has(x, Lexicon.FIRST_NAME | Lexicon.HONORIFIC | Lexicon.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** Place head words that open the name of a body of water ({@code River Wenn}, {@code Sea of Japan}). Facts. */
    private static final Set<String> WATERS = Set.of("river", "strait", "sea");

    /** Words that open the name of a storm: it is weather, not an actor ({@code Storm Ingrid}). Facts. */
    private static final String[] WEATHER = {"storm", "hurricane", "typhoon", "cyclone", "tropical"};

    /**
     * Whether token a is one of {@link #WEATHER}: asked of every run of capitalised words, so by the key's hash
     * ({@link Tokens#keyIs}) rather than through a String of the key.
     */
    private boolean weather(int a) {
        return t.keyIn(a, WEATHER);
    }

    /** Words that open the name of a body and no person's ({@code Royal Mail}, {@code National Highways}). */
    private static final Set<String> ORGANISATION_OPENERS = Set.of("royal", "national", "international", "global",
            "federal");

    /**
     * Whether the run [pos, b) is one capitalised word no list holds and a country's name ending the run, and it
     * speaks or an apposition follows it: the name of a body of that country ({@code Health Canada said}, {@code
     * Priorities USA, a super PAC,}), not the country; a word for a part of a country leaves it a place ({@code
     * Northern Canada}, {@code Rural France}).
     */
    private boolean namedAfterCountry(int pos, int b, int kb) {
        if (pos + 2 != b || !t.adjacent(pos + 1) || !t.is(pos, Tokens.CAP) || t.is(pos, Tokens.UPPER)
                || (kb & (Lexicon.NON_NAME | Lexicon.TITLE | VERB | Lexicon.HONORIFIC | Lexicon.FIRST_NAME
                | Lexicon.GROUP_NOUN | Lexicon.PARTICLE)) != 0 || PART_OF_COUNTRY.contains(t.key(pos))
                || !(b < t.n && t.has(b, Lexicon.SAYING) && t.is(b, Tokens.LOWER)
                || b + 1 < t.n && t.punct(b) == ',' && article(b + 1))) {
            return false; // (only when it speaks or an apposition describes it: not "Nazi Germany", "Poor Mexico")
        }
        Match next = lexicon(pos + 1, b);
        return next != null && next.end == b && next.known == null && next.entry != null
                && next.entry.kind() == ActorKind.COUNTRY && next.entry.type() == Lexicon.Type.NAME;
    }

    /**
     * Whether the word at pos names a region ({@link #PART_OF_COUNTRY}) that opens the name of a body, the run
     * [pos, b) ending with an organisation's head: {@code Northern Grid}, {@code Western Ambulance Service}.
     */
    private boolean regionOfBody(int pos, int b) {
        return b - pos >= 2 && PART_OF_COUNTRY.contains(t.key(pos)) && isHead(b - 1)
                && lx.orgHead(t.word(b - 1)) == ActorKind.ORGANISATION;
    }

    /** Words before a country's name for a part of it ({@link #namedAfterCountry}). */
    private static final Set<String> PART_OF_COUNTRY = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "greater", "upper", "lower", "rural", "coastal", "mainland",
            "inner", "outer", "metropolitan", "continental", "peninsular", "new", "old", "modern", "ancient", "former");

    /** Whether a name at token a follows a place's noun and {@code of}: {@code the city of Tarrow Falls}. */
    private boolean placeNounOf(int a) {
        return a >= 2 && t.keyIs(a - 1, "of") && t.adjacent(a) && t.is(a - 2, Tokens.LOWER)
                && PLACE_NOUNS.contains(t.key(a - 2));
    }

    /** Nouns of kinds of places, before {@code of} and a name ({@link #placeNounOf}). */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "county", "island",
            "region", "district", "state", "municipality", "borough", "suburb", "port");

    /**
     * Whether token k ends as adjectives of peoples and regions do: {@code Kurdish}, {@code Sudanese}, {@code
     * Siberian}, {@code Andean}, {@code Alpine}, {@code Nordic} (so {@code the Nordic region} names no place).
     */
    private boolean adjectiveShape(int k) {
        for (String e : ADJECTIVE_ENDINGS) {
            if (t.keyEndsWith(k, e)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ADJECTIVE_ENDINGS = {"ish", "ese", "ian", "ean", "ine", "ic"};

    /** Nouns of kinds of places after a name and {@code the} before it ({@code the Kaluga region}). */
    private static final String[] PLACE_NOUNS_AFTER = {"region", "province", "district", "valley", "oblast",
        "governorate", "prefecture", "municipality"};

    /** The prepositions of {@link #locative} ({@code at}, {@code from} come before people as often: not here). */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "across", "throughout", "inside");

    /**
     * Whether the capitalised words [a, b) after "the" are the subject of a saying verb, name something no list
     * holds and read as a name: no plural word alone ("the Smiths said": a family; "the Harlow Tigers said" is a
     * team) nor a listed noun of a text, a group, a title or kin, none written in lower case in the report ("The
     * Board said" where "the board" is written too), none of the capitalised words that are no names.
     */
    private boolean theNameActs(int a, int b) {
        if (b - a > 3 || !says(b) || pluralShape(b - 1) && b - a == 1 || anyNonName(a, b)) {
            return false;
        }
        if (t.has(b - 1, Lexicon.NO_SPEAKER | Lexicon.GROUP_NOUN | Lexicon.TITLE | Lexicon.AMBIGUOUS_TITLE
                | Lexicon.KIN)) {
            return false; // "the Beige Book said" (a text), "the Republican said" (a member), "the Senator said"
        }
        for (int x = a; x < b; x++) {
            if (t.is(x, Tokens.LOWER) || t.has(x, SEEN_LOWER) || t.is(x, Tokens.UPPER)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of [a, b) is one of the capitalised words that are no names. */
    private boolean anyNonName(int a, int b) {
        for (int x = a; x < b; x++) {
            if (t.has(x, Lexicon.NON_NAME)) {
                return true;
            }
        }
        return false;
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
        m.evidence = !afterArticle && (verbAfter(a + 1) || cueBefore(a) && (!t.is(a + 1, Tokens.LOWER)
                || invertedSpeakerEnds(a))
                || subjectBeforeAside(a) || !t.has(a, Lexicon.FIRST_NAME) && agedAfter(a + 1)
                || coordinatedSubject(a));
        m.apposed = !m.evidence && !afterArticle && namedAfterRole(a);
        m.pendingOnly = afterArticle;
        char g = lx.firstName(t.word(a));
        if (g != 0) {
            m.gender = g;
        }
        return m;
    }

    /**
     * Whether the single capitalised word at a stands in apposition to a noun of a person's role or kinship: "his
     * wife, Maria, said", "the mayor, Lazo, said", "said his son, Ben."
     */
    private boolean namedAfterRole(int a) {
        if (a < 2 || t.punct(a - 1) != ',' || !t.is(a - 2, Tokens.LOWER)
                || !(a + 1 >= t.n || t.punct(a + 1) == ',' || t.punct(a + 1) == '.')) {
            return false;
        }
        // a person's noun, not an organisation's ("his firm, Teneo,")
        Lexicon.GroupNoun g = t.has(a - 2, Lexicon.GROUP_NOUN) ? lx.groupNoun(t.word(a - 2)) : null;
        return g != null && !g.organisation() && !g.plural()
                || t.has(a - 2, Lexicon.TITLE | Lexicon.AMBIGUOUS_TITLE | Lexicon.TITLE_HEAD | Lexicon.KIN);
    }

    /** The most capitalised words of the second name of a coordinated subject ({@link #coordinatedSubject}). */
    private static final int CONJUNCT_WORDS = 4;

    /**
     * Whether the lone capitalised word at a is the first of two subjects that speak together: "Vodaline and
     * Skyway said", "Ferrante and her lawyer said" (the second subject has the verb; the first has only "and").
     */
    private boolean coordinatedSubject(int a) {
        int j = a + 2;
        if (j >= t.n || !t.is(a + 1, Tokens.LOWER) || !t.adjacent(a + 1) || !t.keyIs(a + 1, "and")
                || !t.adjacent(j) || !(t.is(j, Tokens.CAP) || t.has(j, DETERMINER | POSSESSIVE))
                || t.has(j, Lexicon.PRONOUN) && !t.has(j, POSSESSIVE)
                || !((t.flags[a] & Tokens.SENT) != 0 || t.punct(a - 1) == ',')) {
            return false; // the subject opens a sentence or follows a comma ("I live in Midland and I had …")
        }
        boolean name = t.is(j, Tokens.CAP); // "and Skyway said", or "and her lawyer said"
        for (j++; j < t.n && j - a - 2 < CONJUNCT_WORDS && t.adjacent(j) && (name ? t.is(j, Tokens.CAP)
                : t.is(j, Tokens.LOWER) && !t.has(j, VERB)); j++) {
            // the rest of the second name or noun phrase
        }
        return says(j); // a verb of speech: "Charles and David Koch have become" is one subject, not two
    }

    /** Whether token i (after a name) is a verb that says the name acts or speaks. */
    boolean verbAfter(int i) {
        if (i < t.n && t.is(i, Tokens.POSS)) {
            return false;
        }
        if (i < t.n && t.punct(i) == ',') {
            // "Blinken, who …", "Smith, 45, said"
            return i + 1 < t.n && t.is(i + 1, Tokens.WORD) && t.keyIs(i + 1, "who")
                    || t.is(i + 1, Tokens.NUM) && t.punct(i + 2) == ',' && t.is(i + 3, Tokens.LOWER)
                    && t.has(i + 3, VERB);
        }
        if (i < t.n && t.is(i, Tokens.LOWER) && t.adjacent(i) && t.has(i, VERB)) {
            return true;
        }
        if (i >= 2 && i + 1 < t.n && t.keyIs(i, "who") && t.adjacent(i) && says(i + 1)
                && (t.keyIs(i - 2, "was") || t.keyIs(i - 2, "is"))) {
            return true; // "It was Churchill who said …"
        }
        return sayingAfter(i);
    }

    /**
     * Whether "was asked" (told, quoted, interviewed) follows at i: "Herrera was asked about …" is a person, though
     * a sentence-opening word before an auxiliary otherwise waits for other evidence.
     */
    private boolean askedAfter(int i) {
        return i + 1 < t.n && (t.keyIs(i, "was") || t.keyIs(i, "is")) && t.adjacent(i + 1)
                && (t.keyIs(i + 1, "asked") || t.keyIs(i + 1, "told") || t.keyIs(i + 1, "quoted")
                || t.keyIs(i + 1, "interviewed"));
    }

    /**
     * Whether the word at a, right after a saying verb, is an inverted speaker whose phrase ends at a lower-case
     * word: a time conjunction or a preposition other than "of" ("said Santini after the game", "said Santini in
     * a statement"; not "told WKOW-TV of Madison", whose "of" may go on with a name).
     */
    private boolean invertedSpeakerEnds(int a) {
        int x = a + 1;
        return x < t.n && a > 0 && t.has(a - 1, Lexicon.SAYING) && !t.keyIs(a - 1, "told") && !t.keyIs(x, "of")
                && (t.has(x, Lexicon.PREPOSITION) || TIME_CONJUNCTIONS.contains(t.key(x)));
    }

    /** Whether tokens from i are an age set off by commas before a lower-case word: "Kamara, 21, broke …". */
    private boolean agedAfter(int i) {
        return i + 3 < t.n && t.punct(i) == ',' && t.is(i + 1, Tokens.NUM) && t.end[i + 1] - t.start[i + 1] <= 3
                && t.punct(i + 2) == ',' && t.is(i + 3, Tokens.LOWER) && t.adjacent(i + 3);
    }

    /** The most tokens of an aside between a name and its saying verb ({@code Becker, asked about …, said}). */
    private static final int ASIDE_TOKENS = 12;

    /**
     * Whether the lone capitalised word at a is the subject of a saying verb after an aside set off by commas:
     * "Becker, a Democrat, said", "Becker, asked about the suit, said", "Becker, R-Ohio, told". The aside opens
     * with a lower-case word, a number or a party tag, so that "in Columbus, Ohio, said" and "Monsey, New York,
     * said" name no speaker; only a verb of speech follows, not any verb of the wider list.
     */
    private boolean subjectBeforeAside(int a) {
        int i = a + 2;
        if (t.punct(a + 1) != ',' || i >= t.n || !t.is(a, Tokens.SPACE_BEFORE)
                || t.adjacent(a) && t.has(a - 1, Lexicon.PREPOSITION)) {
            return false;
        }
        if (!(t.is(i, Tokens.LOWER) || t.is(i, Tokens.NUM) || partyTag(i))) { // (R-Ohio, D-Calif.: a party, a state)
            return false;
        }
        for (int k = i; k < t.n && k - i <= ASIDE_TOKENS && t.adjacent(k); k++) {
            char c = t.punct(k);
            if (c == ',' && k > i) {
                return says(k + 1);
            }
            if (c != 0 && c != '-' || t.is(k, Tokens.QUOTE)) {
                return false; // a sentence end, a colon or a quotation: no aside
            }
        }
        return false;
    }

    /** Whether token i is a saying verb, or one comes after auxiliaries and adverbs from i ({@link #sayingAfter}). */
    boolean says(int i) {
        return i < t.n && t.is(i, Tokens.LOWER) && t.adjacent(i) && t.has(i, Lexicon.SAYING) || sayingAfter(i);
    }

    /**
     * "Starmer also said", "Zelensky has said", "Haldane did not say": a speech verb at token i after up to three
     * auxiliaries and adverbs of the verb (not a form of be: "six Orthodox were admitted", "Hunt was told").
     */
    private boolean sayingAfter(int i) {
        return sayingVerbAfter(i) >= 0;
    }

    /** The saying verb after at least one auxiliary or adverb at i ({@code has also said}), or -1. */
    private int sayingVerbAfter(int i) {
        int k = i;
        while (k < t.n && k - i < 3 && t.is(k, Tokens.LOWER) && t.adjacent(k)
                && t.has(k, Lexicon.AUXILIARY | Lexicon.VERB_ADVERB) && !formOfBe(k)) {
            k++;
        }
        return k > i && k < t.n && t.is(k, Tokens.LOWER) && t.adjacent(k)
                && (t.has(k, Lexicon.SAYING) || t.keyIs(k, "say") || t.keyIs(k, "tell")) ? k : -1;
    }

    /**
     * Whether what the word before i says, after an auxiliary, is said of "he" or "she" ({@code Brandt has said that
     * he will …}): a person, where a sentence-opening word before an auxiliary otherwise waits for other evidence
     * (as one that says "it" of itself is an organisation's name).
     */
    private boolean saysOfHimselfAfter(int i) {
        int k = sayingVerbAfter(i) + 1;
        if (k > 0 && k < t.n && t.keyIs(k, "that")) {
            k++;
        }
        return k > 0 && k < t.n && (t.keyIs(k, "he") || t.keyIs(k, "she"));
    }

    private boolean formOfBe(int i) {
        return t.keyIs(i, "is") || t.keyIs(i, "was") || t.keyIs(i, "are") || t.keyIs(i, "were");
    }

    /** Whether a cue before token i says that a name follows: "said Blinken", "added Hunt", "according to Politico". */
    boolean cueBefore(int i) {
        if (i < 1 || !t.adjacent(i)) {
            return false;
        }
        int p = i - 1;
        if (t.has(p, Lexicon.SAYING) || t.keyIs(p, "asked") || t.keyIs(p, "asks") || t.keyIs(p, "by")) {
            return true;
        }
        return t.keyIs(p, "to") && i >= 2 && t.keyIs(i - 2, "according");
    }

    /** Post-nominals of a generation: no part of the name for matching, part of the canonical name (John Paul II). */
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Post-nominals of an office or an honour: part of neither (Jane Holt KC is Jane Holt, Tom Reid MP Tom Reid). */
    private static final Set<String> HONOURS = Set.of("kc", "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "dbe",
            "kbe");

    private Mention person(int a, int b, int nameStart, String rule) {
        Mention m = add(Mention.PERSON, a, b);
        if (m == null) {
            return null;
        }
        m.kind = ActorKind.PERSON;
        m.mk = MentionKind.NAME;
        m.rule = rule;
        boolean after = b - 1 > nameStart && t.is(b - 1, Tokens.WORD);
        boolean honours = after && HONOURS.contains(t.key(b - 1));
        int matched = honours || after && GENERATIONS.contains(t.key(b - 1)) ? b - 1 : b; // the words matched on
        String[] keys = new String[Math.max(0, matched - nameStart)];
        int count = 0;
        int first = -1; // the token of keys[0]
        for (int x = nameStart; x < matched; x++) {
            if (t.is(x, Tokens.WORD)) {
                if (count == 0) {
                    first = x;
                }
                keys[count++] = t.key(x);
            }
        }
        m.nameKeys = count == keys.length ? keys : java.util.Arrays.copyOf(keys, count);
        // "Jane Holt KC" is named Jane Holt (but "Donald Trump Jr." keeps the generation that tells him apart)
        m.name = nameStart < b ? slice(t.start[nameStart], t.end[honours ? b - 2 : b - 1]) : t.text(a);
        if (count >= 2) {
            char g = lx.firstName(t.word(first));
            if (g != 0) {
                m.gender = g;
            } else if (dir.maleNames().contains(keys[0])) {
                m.gender = 'm';
            } else if (dir.femaleNames().contains(keys[0])) {
                m.gender = 'f';
            }
        }
        if (m.nameKeys.length == 1) {
            m.evidence = true;
        }
        return m;
    }

    /**
     * Media heads that open an outlet's name: {@code Radio Veloria}, {@code TV Azteca} (not {@code Daily}, which
     * opens as many names of shops: {@code Daily Crumb, a bakery chain}).
     */
    private static final String[] MEDIA_OPENERS = {"radio", "tv", "television"};

    private void organisation(int a, int b) {
        int h = b - 1;
        ActorKind headKind = ActorKind.ORGANISATION;
        for (int x = a; x < b; x++) {
            if (isHead(x)) {
                h = x;
                headKind = lx.orgHead(t.word(x));
            }
        }
        Mention m = add(Mention.ORG, a, b);
        if (m != null) {
            // a place's or an outlet's head word ends the name, or a body of water's opens it ("River Wenn", "Strait
            // of Hormuz"; not "City Hall", which speaks), or a town's ("Port Washington"; the "Port of Dover" is
            // the body that runs it)
            m.kind = headKind != ActorKind.ORGANISATION && (h == b - 1 || h == a && (WATERS.contains(t.key(a))
                    || t.keyIn(a, MEDIA_OPENERS) || t.keyIs(a, "port") && !t.keyIs(a + 1, "of")))
                    ? headKind : ActorKind.ORGANISATION;
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

    /**
     * Whether the demonym at pos (one word) names one person: after "the", as the subject or inverted speaker of a
     * saying verb, and a noun for one person ({@link Lexicon#personDemonyms}: "the German said", "the Dane"), not
     * an adjective that names a whole people ("the British said", "the Portuguese", "the Dutch").
     */
    private boolean personDemonym(int pos, int end) {
        if (end != pos + 1 || pos < 1 || !t.adjacent(pos) || !t.keyIs(pos - 1, "the")
                || !lx.personDemonyms.contains(t.key(pos))) {
            return false;
        }
        return verbAfter(end) || pos >= 2 && t.adjacent(pos - 1) && t.has(pos - 2, Lexicon.SAYING)
                && !(end < t.n && t.adjacent(end) && t.is(end, Tokens.WORD)); // not "said the Syrian army
    }

    /**
     * Languages whose name is a demonym too ({@code in Dutch}, {@code in Spanish and English}). Facts compiled by
     * the Reportage authors.
     */
    private static final Set<String> LANGUAGES = Set.of("english", "french", "german", "spanish", "italian",
            "portuguese", "dutch", "russian", "chinese", "japanese", "korean", "turkish", "greek", "polish",
            "ukrainian", "swedish", "norwegian", "danish", "finnish", "hungarian", "czech", "slovak", "slovenian",
            "romanian", "bulgarian", "serbian", "croatian", "bosnian", "albanian", "armenian", "georgian", "estonian",
            "latvian", "lithuanian", "icelandic", "irish", "welsh", "scottish", "persian", "afghan", "vietnamese",
            "thai", "indonesian", "malay", "filipino", "mongolian", "nepali", "burmese", "somali", "maltese");

    /**
     * Whether the demonym at pos (one word) names a language: in a list of such words right after {@code in} or
     * {@code into}, and no noun after it that it would modify ({@code taught in Dutch.}, {@code in Spanish and
     * English}; not {@code in French politics}).
     */
    private boolean language(int pos, int end) {
        if (end != pos + 1 || !LANGUAGES.contains(t.key(pos))) {
            return false;
        }
        // the list around it, a few words each way (each word of a long list asks: no walk over the whole list)
        int first = pos;
        while (first >= 2 && pos - first < LANGUAGE_REACH && inList(first - 1, first - 2)) {
            first -= 2;
        }
        int last = pos; // "in Russian and Chinese firms": firms follow the list
        while (last + 2 < t.n && last - pos < LANGUAGE_REACH && inList(last + 1, last + 2)) {
            last += 2;
        }
        int after = last + 1;
        if (after < t.n && t.adjacent(after) && t.is(after, Tokens.WORD)
                && !t.has(after, Lexicon.PREPOSITION | CONNECTOR | Lexicon.AUXILIARY | VERB)) {
            return false;
        }
        return first >= 1 && (t.keyIs(first - 1, "in") || t.keyIs(first - 1, "into"));
    }

    /** How many tokens a list of languages is read each way from one of its words. */
    private static final int LANGUAGE_REACH = 8;

    /** Whether token link joins a list ("and", "or", a comma) and token word is a language of it. */
    private boolean inList(int link, int word) {
        return (andOr(link) || t.punct(link) == ',') && LANGUAGES.contains(t.key(word));
    }

    /** Whether token k is "and" or "or". */
    private boolean andOr(int k) {
        return t.keyIs(k, "and") || t.keyIs(k, "or");
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
        if (e.type() == Lexicon.Type.DEMONYM && language(pos, end)) {
            return; // "courses taught in Dutch": a language, no one of the country
        }
        if (e.type() == Lexicon.Type.DEMONYM && personDemonym(pos, end)) {
            // "“I felt sharp,” the Briton said", "said the Spaniard": one person of that country, most often the
            // one just named (an epithet, see the resolver)
            Mention r = add(Mention.ROLE, pos - 1, end);
            if (r != null) {
                r.kind = ActorKind.PERSON;
                r.mk = MentionKind.ROLE;
                r.rule = "role.description";
                r.name = t.text(pos);
                r.roleKey = ActorDirectory.normalise(r.name);
            }
            return;
        }
        int s = pos;
        if (e.anaphoric() && pos > 0) {
            s = pos - 1; // "the Alliance"
        }
        Mention m = add(Mention.NAMED, s, end);
        if (m == null) {
            return;
        }
        m.company = e.company();
        m.kind = e.kind();
        m.name = e.name();
        m.mk = e.anaphoric() ? MentionKind.ROLE
                : e.exactCase() && !t.textIs(pos, e.name()) ? MentionKind.ACRONYM : MentionKind.NAME;
        m.rule = e.anaphoric() ? "alias.after_name" : "lexicon";
        switch (e.type()) {
            case CAPITAL:
                boolean afterPreposition = pos > 0 && t.adjacent(pos) && t.has(pos - 1, Lexicon.PREPOSITION);
                if (!nested && !afterPreposition && (verbAfter(end) || pastTense(end)) || cueBefore(pos)
                        || possessiveActor(end)) {
                    m.kind = ActorKind.COUNTRY;
                    m.name = e.country();
                    m.mk = MentionKind.METONYM;
                    m.rule = "capital.acts";
                }
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
                break;
            default:
                break;
        }
        if (m.kind == ActorKind.ORGANISATION && e.company()) {
            m.nameKeys = new String[] {t.key(end - 1)};
        }
        seen.put(e.name(), ++sightings);
    }

    /** @return the one of the names mentioned last in the report (by lexicon), or {@code null} when none was */
    private String lastSeen(List<String> names) {
        String last = null;
        int when = -1;
        for (int i = 0; i < names.size(); i++) {
            Integer w = seen.get(names.get(i));
            if (w != null && w > when) {
                last = names.get(i);
                when = w;
            }
        }
        return last;
    }

    /**
     * @return the view text between two offsets with every run of white space made one plain space, for names
     *         and titles
     */
    String slice(int s, int e) {
        StringBuilder sb = null;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x80) {
                continue; // printable ASCII: no space (the tests below ask Unicode tables)
            }
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
        return k.length() > 4 && k.endsWith("ed") && !t.has(i, Lexicon.GROUP_NOUN);
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
        Mention m = new Mention(type, t.start[a], t.end[b - 1], a, b, t.sentence[a], t.block(a));
        m.quoted = t.is(a, Tokens.INQ);
        mentions.add(m);
        return m;
    }

    // ---------------------------------------------------------------- pass 2: group descriptions

    private void descriptions() {
        byToken = index.take(Index.STARTING, t.n);
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
            if ((f & Tokens.UPPER) != 0 && (f & Tokens.LINE) != 0 && t.punct(i + 1) == ':'
                    && LABEL_ROLES.contains(t.key(i)) && byToken[i] == null) {
                oneWordGroup(i, "description.speaker_label"); // "REPORTER: Why was it cancelled?"
                continue;
            }
            if ((f & Tokens.WORD) == 0 || i >= 2 && t.keyIs(i - 1, "state") && stateOutlet(i)
                    || (f & Tokens.UPPER) != 0 && !allCaps(i)) {
                continue;
            }
            if ((f & Tokens.LOWER) == 0 && (f & Tokens.SENT) == 0 && !t.acronymPlural(i) && !memberNoun(i)) {
                continue; // (but "MPs", "CEOs": a listed plural is written so; "the Democrat said")
            }
            int kb = t.bits(i);
            // a word of a title that may end one ("of", "the", "and" never do)
            boolean titleWord = (kb & Lexicon.TITLE_WORD) != 0 && (f & Tokens.LOWER) != 0
                    && (kb & (DETERMINER | Lexicon.PREPOSITION | CONNECTOR)) == 0;
            if ((kb & DESCRIPTION_WORDS) == 0 && !dirGroupNouns && !dirTitles && !titleWord) {
                continue; // most words: no rule below can start at them
            }
            if ((f & Tokens.LOWER) != 0 && (kb & Lexicon.WHO) != 0) {
                relativeHead(i);
                continue;
            }
            if ((kb & Lexicon.SAYING) != 0) {
                if ((f & Tokens.LOWER) != 0) {
                    speaker(i);
                }
                continue;
            }
            if (byToken[i] != null && !(byToken[i].type == Mention.SINGLE && byToken[i].pendingOnly)) {
                continue;
            }
            if ((kb & Lexicon.QUANTIFIER) != 0 && i + 1 < t.n && (t.adjacent(i + 1) && t.is(i + 1, Tokens.LOWER)
                    && (t.has(i + 1, VERB) && !t.has(i + 1, Lexicon.AUXILIARY) || t.keyIs(i + 1, "who"))
                    || (f & Tokens.SENT) != 0 && asideThenVerb(i + 1))) {
                // "some said", "others argued", "One, who asked not to be named, said": an unnamed group that speaks
                Mention m = oneWordGroup(i, "description.quantifier");
                if (m != null) {
                    m.plural = !m.head.equals("one") && !m.head.equals("another") && !m.head.equals("each");
                    m.modified = true;
                }
                continue;
            }
            Lexicon.GroupNoun g = lx.groupNoun(t.word(i));
            if (g == null && dirGroupNouns) {
                String k = t.key(i);
                if (dir.groupNouns().contains(k)) {
                    g = new Lexicon.GroupNoun(k, false, false, 'u');
                } else if (k.endsWith("s") && dir.groupNouns().contains(k.substring(0, k.length() - 1))) {
                    g = new Lexicon.GroupNoun(k, true, false, 'u');
                }
            }
            if (g == null && (kb & Lexicon.ROLE_NOUN) != 0 && (f & Tokens.LOWER) != 0 && i >= 3
                    && (t.keyIs(i - 1, "a") || t.keyIs(i - 1, "an")) && t.punct(i - 2) == ','
                    && t.is(i - 3, Tokens.CAP)
                    && !(i + 1 < t.n && t.is(i + 1, Tokens.WORD)
                    && !t.has(i + 1, Lexicon.AFTER_GROUP_WORD | Lexicon.PREPOSITION | Lexicon.WHO))) {
                // "Tamsin Boyd, a nurse at the clinic,": a noun not read alone describes the name it follows (as the
                // head of its phrase: not "a veteran GOP consultant")
                g = new Lexicon.GroupNoun(t.key(i), false, false, 'u');
            }
            boolean title = false;
            if (g == null && (f & Tokens.LOWER) != 0 && ((kb & Lexicon.TITLE) != 0
                    || dirTitles && dir.titles().contains(t.key(i)))) {
                char tg = lx.title(t.word(i));
                g = new Lexicon.GroupNoun(t.key(i), false, false, tg == 0 ? 'u' : tg);
                title = true;
            }
            if (g == null && titleWord && lowerTitleStart(i) >= 0) {
                // "the chief executive", "the secretary of state": a title whose last word is no role alone
                g = new Lexicon.GroupNoun(t.key(i), false, false, 'u');
                title = true;
            }
            if (g == null || titleWord && lowerTitleGoesOn(i)) {
                continue; // ("the secretary of state": read at its last word)
            }
            if (!g.plural() && Lexicon.PARTY_MEMBERS.containsKey(t.key(i)) && !usedAlone(i)) {
                continue; // "the conservative Harlow Ledger", "the liberal and conservative press": adjectives
            }
            if (!g.plural() && i + 1 < t.n && t.adjacent(i + 1) && t.is(i + 1, Tokens.CAP | Tokens.UPPER)
                    && !t.is(i + 1, Tokens.SENT) && ADJECTIVE_NOUNS.contains(t.key(i))) {
                continue; // "the official KCNA news agency", "the official White House photographer": an adjective
            }
            boolean ambiguous = (kb & Lexicon.AMBIGUOUS_TITLE) != 0 && !(i + 1 < t.n && t.keyIs(i + 1, "of"));
            if (i + 1 < t.n && t.adjacent(i + 1) && (t.is(i + 1, Tokens.LOWER)
                    && t.has(i + 1, Lexicon.GROUP_NOUN | Lexicon.TITLE)
                    || title && t.is(i + 1, Tokens.CAP))) {
                continue; // "campaign officials", "foreign minister", "president Obama": not the head
            }
            description(i, g, title, title && ambiguous, false);
        }
    }

    /**
     * Whether capitalised token i is the noun of one member of a party after "the" ({@code the Democrat said},
     * {@code said the Conservative.}): read on as a description of one person, as a lower-case noun is (where it
     * modifies the noun after it, {@code the Republican nominee}, the rules for lower-case nouns leave it); not a
     * plural ({@code the Democrats}, the party).
     */
    private boolean memberNoun(int i) {
        return i >= 1 && t.keyIs(i - 1, "the") && t.is(i - 1, Tokens.LOWER | Tokens.SENT) && t.adjacent(i)
                && Lexicon.PARTY_MEMBERS.containsKey(t.key(i));
    }

    /**
     * Whether the word at i is no adjective of the word after it: punctuation, a verb, an auxiliary or "who"
     * follows ({@code the Democrat said}, {@code a conservative,}; not {@code the conservative Harlow Ledger},
     * {@code the liberal and conservative press}).
     */
    private boolean usedAlone(int i) {
        return i + 1 >= t.n || !t.adjacent(i + 1) || !t.is(i + 1, Tokens.WORD)
                || t.is(i + 1, Tokens.LOWER) && t.has(i + 1, VERB | Lexicon.AUXILIARY | Lexicon.WHO);
    }

    /**
     * Listed nouns and titles that are adjectives too, before a name: {@code the official Xinhua news agency}, {@code
     * the general Election Day turnout}.
     */
    private static final Set<String> ADJECTIVE_NOUNS = Set.of("official", "general", "principal", "representative");

    /**
     * Nouns of one person who speaks for a body, which any words of the body's may modify ({@code a coast guard
     * spokesman}, {@code a fire service official}, {@code Clinton's top foreign policy aide}; kept when a determiner
     * or an owner comes, as every such word).
     */
    private static final Set<String> SPEAKING_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "aide", "representative", "officer", "adviser", "advisor");

    /** Roles that label the turns of a transcript: {@code HOST: …}, {@code REPORTER: …}. */
    private static final Set<String> LABEL_ROLES = Set.of("host", "anchor", "reporter", "interviewer", "moderator",
            "presenter", "questioner", "caller", "narrator");

    /**
     * Whether an aside between commas opens at token c, a relative clause or a description ({@code , who asked not to
     * be named,}, {@code , a registrar in Leeds,}), and a verb that is not an auxiliary follows its closing comma.
     */
    private boolean asideThenVerb(int c) {
        if (c + 1 >= t.n || t.punct(c) != ',' || !(t.keyIs(c + 1, "who") || article(c + 1))) {
            return false;
        }
        for (int k = c + 2; k < t.n && k - c <= MAX_PHRASE && t.sentence[k] == t.sentence[c]; k++) {
            if (t.punct(k) == ',') {
                return k + 1 < t.n && t.is(k + 1, Tokens.LOWER) && t.has(k + 1, VERB)
                        && !t.has(k + 1, Lexicon.AUXILIARY);
            }
        }
        return false;
    }

    /**
     * Whether the words that end at token k open, after a comma, an apposition to a person's name ({@code Hanna
     * Kessler, a safety inspector}); a few words back at most, and no other punctuation between.
     */
    private boolean apposedToName(int k) {
        for (int j = k; j >= 1 && k - j < 8 && t.sentence[j] == t.sentence[k]; j--) {
            if (t.punct(j) == ',') {
                Mention name = byToken[j - 1];
                return name != null && (name.type == Mention.PERSON || name.type == Mention.SINGLE) && name.te == j;
            }
            if (!t.is(j, Tokens.WORD)) {
                return false;
            }
        }
        return false;
    }

    /**
     * An unnamed group described by the one word at token i, its key naming it ("some", "others"; a transcript
     * label "REPORTER", one unnamed person per role).
     *
     * @return the mention, or {@code null} when none could be added
     */
    private Mention oneWordGroup(int i, String rule) {
        Mention m = add(Mention.GROUP, i, i + 1);
        if (m != null) {
            String k = t.key(i);
            m.kind = ActorKind.GROUP;
            m.mk = MentionKind.ROLE;
            m.rule = rule;
            m.head = k;
            m.name = k;
            m.roleKey = k;
        }
        return m;
    }

    /** The words after which an inverted attribution names its speaker: {@code “…,” said the coach}. */
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "explained", "insisted",
            "replied", "argued", "noted", "countered", "conceded", "wrote");

    /** Words that end a speaker's description after an inverted cue: {@code said the coach after the match}. */
    private static final Set<String> TIME_CONJUNCTIONS = Set.of("after", "before", "during", "following", "while",
            "when", "as", "since", "until");

    /** Verbs that give the person after them the role after "as" ({@code appointed X as its new headteacher}). */
    private static final Set<String> APPOINTING = Set.of("appointed", "named", "elected", "chose", "chosen",
            "hired", "confirmed", "installed", "nominated", "picked", "selected", "unveiled", "announced");

    /**
     * Nouns of people that are as often adjectives before another noun ({@code a militant attack}, {@code refugee
     * families}, {@code a liberal think tank}). Facts compiled by the Reportage authors.
     */
    private static final Set<String> ADJECTIVAL_NOUNS = Set.of("militant", "refugee", "migrant", "immigrant",
            "conservative", "liberal", "progressive", "moderate", "radical", "executive", "civilian", "rebel",
            "veteran", "independent", "criminal", "native", "insurgent", "extremist", "activist");

    /** The bits of words no speaker's description after an inverted cue holds: function words, verbs. */
    private static final int PHRASE_BREAK = DETERMINER | VERB | Lexicon.PRONOUN | Lexicon.PREPOSITION | CONNECTOR
            | Lexicon.AFTER_GROUP_WORD | Lexicon.AUXILIARY | Lexicon.WHO;

    /**
     * "the coach said", "“…,” said the goalkeeper", "investors said", "the star player said": a common noun that
     * speaks is an unnamed person, group or organisation, though no list holds it or its words before it are in no
     * list (rule {@code description.speaker}). The noun opens no description unless an article or a possessive
     * comes before it, or it is plural; a noun of a text ({@code the statement said}) is none.
     *
     * @param v a saying verb
     */
    private void speaker(int v) {
        int h = v - 1;
        if (h >= 1 && t.adjacent(v) && t.is(h, Tokens.WORD) && t.has(h, Lexicon.AUXILIARY)
                && (t.keyIs(h, "has") || t.keyIs(h, "have") || t.keyIs(h, "had"))) {
            h--; // "the coach has said"
        }
        if (h >= 0 && t.adjacent(h + 1) && speakerHead(h) && !insideRelative(h)) {
            speakerDescription(h);
            return;
        }
        if (h >= 0 && t.adjacent(h + 1) && t.is(h, Tokens.LOWER) && byToken[h] == null
                && (t.bits(h) & (NOT_SPEAKER_HEAD | Lexicon.AMBIGUOUS_TITLE)) == Lexicon.TITLE) {
            // "the prime minister said", "the finance minister said": a role no title rule read (its words
            // before the title are in no list); the role's holder, when the report names one, is found later
            // (rule role.speaker)
            char gender = lx.title(t.word(h));
            Mention m = description(h, new Lexicon.GroupNoun(t.key(h), false, false, gender == 0 ? 'u' : gender),
                    true, false, true);
            if (m != null && m.type == Mention.ROLE) {
                m.rule = "role.speaker"; // as "the Finance Minister said": not an epithet for whoever came last
            }
            return;
        }
        // inverted, after a quotation or a clause: "…,” said the goalkeeper. / "…, says the restaurant's owner"
        int p = v - 1;
        if (p < 0 || !(t.punct(p) == ',' || t.is(p, Tokens.QUOTE)) || !INVERTING.contains(t.key(v))
                || v + 2 >= t.n || !t.adjacent(v + 1) || !t.has(v + 1, DETERMINER)) {
            return;
        }
        for (int k = v + 2; k < t.n && k - v <= 5 && t.adjacent(k); k++) {
            if (t.is(k, Tokens.POSS) || pluralPossessive(k)) {
                continue;
            }
            if (!t.is(k, Tokens.LOWER) && !age(k) || t.has(k, PHRASE_BREAK | Lexicon.GROUP_NOUN)
                    || k > v + 2 && t.keyEndsWith(k, "ed") && pluralShape(k - 1)) {
                // a name (the name rules read it), punctuation, a function word or verb ("said her biggest concern
                // was"), a listed noun (its own rule reads it), or a past tense after a plural ("said the families
                // deserved answers": what was said, no speaker)
                return;
            }
            int x = k + 1;
            if (x >= t.n || t.punct(x) != 0 && !t.is(x, Tokens.POSS) && !pluralPossessive(x)
                    || t.is(x, Tokens.WORD) && (t.has(x, Lexicon.WHO | Lexicon.PREPOSITION | CONNECTOR
                    | Lexicon.AFTER_GROUP_WORD) || TIME_CONJUNCTIONS.contains(t.key(x)))) {
                if (speakerHead(k)) {
                    speakerDescription(k); // "…,” said the coach. / said the coach after the match
                }
                return;
            }
        }
    }

    /**
     * Whether token h lies inside a relative clause about the subject ({@code Squatters who occupied the mansion
     * said}, {@code Officials who briefed reporters said}): a {@code who} or {@code which} comes before it in its
     * clause, with words between them, and no preposition before that.
     */
    private boolean insideRelative(int h) {
        for (int k = h - 1; k >= 0 && h - k <= 12 && t.sentence[k] == t.sentence[h] && t.is(k, Tokens.WORD); k--) {
            if (t.has(k, Lexicon.WHO) || t.keyIs(k, "which")) {
                // (after a preposition the noun is the relative clause's subject: "messages in which the group urged")
                return k < h - 1 && !(k > 0 && t.has(k - 1, Lexicon.PREPOSITION | Lexicon.AFTER_GROUP_WORD));
            }
        }
        return false;
    }

    /**
     * Whether token i is a plural common noun that opens a sentence: capitalised there, written in lower case
     * elsewhere in the report and never capitalised inside a sentence, no first name ({@code Parents said …} when
     * the report also says "parents"; not {@code Sanders said}).
     */
    private boolean commonPlural(int i) {
        return t.is(i, Tokens.SENT) && t.is(i, Tokens.CAP) && !t.is(i, Tokens.UPPER) && pluralShape(i)
                && t.has(i, SEEN_LOWER)
                && !t.has(i, SEEN_CAPITALISED_INSIDE | Lexicon.FIRST_NAME);
    }

    /**
     * Whether token h is a title that is a common noun too, right after an article ({@code the captain said},
     * {@code insisted the manager}): the title rules take it for no role, but a speaker it is (and the resolver
     * ties it to the person who holds that title, when one does).
     */
    private boolean bareAmbiguousTitle(int h) {
        int b = t.bits(h);
        return (b & NOT_SPEAKER_HEAD) == Lexicon.TITLE && (b & Lexicon.AMBIGUOUS_TITLE) != 0 && h > 0
                && t.adjacent(h) && article(h - 1);
    }

    /**
     * Prepositions the lists of prepositions leave out (they are not words of places or affiliations) after which
     * a noun lies inside a subject, not heading it.
     */
    private static final Set<String> INNER_PREPOSITIONS = Set.of("after", "before", "during", "by", "among",
            "against", "between", "behind", "without", "like");

    /**
     * Participles after which "by" names the author of the text before them: "a statement released by the family
     * said" (a text of {@link Lexicon#NO_SPEAKER_WORDS}; "a man sent by the family said" is the man's).
     */
    private static final Set<String> AUTHORED = Set.of("released", "issued", "sent", "shared", "posted", "published",
            "signed", "written", "distributed", "circulated", "read", "delivered", "filed", "made", "given");

    /** Modals: a noun of the lists right after one is a verb ({@code would campaign}, {@code will staff}). */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "may", "might", "must",
            "can", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "cannot");

    /** Words of a quantity that "of" and a group follow ({@code half of}, {@code a number of}). */
    private static final Set<String> QUANTITY_NOUNS = Set.of("percent", "half", "third", "thirds", "quarter",
            "majority", "minority", "number", "dozens", "hundreds", "thousands", "millions", "rest", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "dozen");

    /**
     * Whether token i ends a quantity: a number (in digits or words), a quantifier ({@code some}, {@code many}), a
     * quantity noun ({@code half}, {@code percent}).
     */
    private boolean quantity(int i) {
        return i >= 0 && t.is(i, Tokens.WORD) && (t.is(i, Tokens.NUM) || t.has(i, Lexicon.QUANTIFIER)
                || QUANTITY_NOUNS.contains(t.key(i)));
    }

    /**
     * Whether token h may head the description of a speaker: a lower-case noun no other rule read; not an
     * adverb or a participle by its ending ({@code famously said}, {@code those surveyed said}, not {@code the
     * family said}), nor a contraction ({@code haven’t}).
     */
    private boolean speakerHead(int h) {
        if (age(h)) {
            return byToken[h] == null; // "the 45-year-old said"
        }
        if (!t.is(h, Tokens.LOWER) && !commonPlural(h) || t.is(h, Tokens.NUM) || t.end[h] - t.start[h] < 3
                || (t.bits(h) & NOT_SPEAKER_HEAD) != 0 && !bareAmbiguousTitle(h) || byToken[h] != null) {
            return false;
        }
        if (t.keyEndsWith(h, "ly") && !t.keyEndsWith(h, "mily") || t.keyEndsWith(h, "ed")
                || t.keyEndsWith(h, "ing")) {
            return false;
        }
        for (int c = t.start[h]; c < t.end[h]; c++) {
            char ch = t.text.charAt(c);
            if (ch == '\'' || ch == '\u2019') {
                return false;
            }
        }
        return true;
    }

    /**
     * @return whether token i is an age written as a noun or adjective: "45-year-old", "19-year-old",
     *         "Eleven-year-old"
     */
    private boolean age(int i) {
        return i >= 0 && i < t.n && t.is(i, Tokens.WORD) && t.keyEndsWith(i, "-year-old");
    }

    /** @return the number of years an age in digits at token i says ("84-year-old": 84), or 0 */
    private int yearsOld(int i) {
        int n = 0;
        for (int c = t.start[i]; c < t.end[i] && n <= 1000; c++) {
            char ch = t.text.charAt(c);
            if (ch < '0' || ch > '9') {
                break;
            }
            n = 10 * n + (ch - '0');
        }
        return n;
    }

    /** Words that make a business noun another's: {@code the parent company}, {@code the rival bank}. */
    private static final Set<String> OTHER_BODY = Set.of("parent", "rival", "sister", "holding", "subsidiary",
            "joint", "merged", "combined", "acquiring", "competing", "partner", "target", "successor",
            "predecessor", "spin-off", "spinoff", "smaller", "larger", "bigger", "smallest", "largest", "biggest",
            "second", "third", "same");

    /** Whether no word of tokens [from, to) is one of {@link #OTHER_BODY}. */
    private boolean noOtherBody(int from, int to) {
        for (int x = from; x < to; x++) {
            if (OTHER_BODY.contains(t.key(x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adjectives and participles of news that open a sentence before a name and are no part of it ({@code Embattled
     * Tavora Motors said}, {@code Retired U.S. Air Force Colonel X}); a title read with one keeps it ({@code Retired
     * Lt. Gen. X}). Not "troubled", which opens names ({@code Troubled Asset Relief Program}).
     */
    private static final String[] OPENING_ADJECTIVES = {"embattled", "beleaguered", "struggling", "ailing",
        "jailed", "imprisoned", "detained", "retired", "disgraced", "ousted", "exiled", "bankrupt", "indebted",
        "cash-strapped", "debt-laden", "loss-making", "scandal-hit", "outgoing", "incoming", "fugitive", "defunct",
        "now-defunct", "fledgling", "veteran"};

    /**
     * Whether token i is one of the {@link #OPENING_ADJECTIVES} and a word no list holds as a head follows it before
     * b: a name is left ({@code Embattled Tavora Motors}; but {@code Veteran Capital Partners}, {@code Fugitive
     * Films} are names of their own).
     */
    private boolean openingAdjective(int i, int b) {
        if (!t.keyIn(i, OPENING_ADJECTIVES)) { // (compared in place: most words asked about have no key String yet)
            return false;
        }
        for (int x = i + 1; x < b; x++) {
            if (!isHead(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token i is a capitalised word joined by a hyphen to a participle in lower case ({@code Kremlin-backed},
     * {@code Dutch-owned}, {@code States-controlled}, {@code Saudi-led}, {@code Soviet-made}): an adjective, no name.
     */
    private boolean compoundAdjective(int i) {
        if (!(t.keyEndsWith(i, "ed") || t.keyEndsWith(i, "-run") || t.keyEndsWith(i, "-born")
                || t.keyEndsWith(i, "-made"))) {
            return false; // (the test most capitalised words fail, first)
        }
        int s = t.start[i];
        int e = t.end[i];
        int h = e - 1;
        while (h > s && t.text.charAt(h) != '-') {
            h--;
        }
        if (h == s || e - h < 3) {
            return false;
        }
        for (int k = h + 1; k < e; k++) {
            if (!Character.isLowerCase(t.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether token i says where something is based: "Austin-based", "Seoul-based" */
    boolean based(int i) {
        return t.keyEndsWith(i, "-based");
    }

    /**
     * The description of a speaker headed by token h: a group, or an organisation when its noun is an
     * organisation's in the lists ({@code the lender}) or heads names of organisations ({@code the league}).
     */
    private void speakerDescription(int h) {
        Lexicon.GroupNoun g = lx.groupNoun(t.word(h)); // a listed noun its own rule did not read: "the star player"
        if (g == null) {
            ActorKind head = t.has(h, Lexicon.ORG_HEAD) ? lx.orgHead(t.word(h)) : null;
            if (head == ActorKind.MEDIA || head == ActorKind.PLACE && !GOVERNED_PLACES.contains(t.key(h))) {
                return; // "the post", "the news": more often a text than its outlet; "the river", "the valley"
            }
            g = new Lexicon.GroupNoun(t.key(h), pluralShape(h), head != null,
                    COLLECTIVE_NOUNS.contains(t.key(h)) ? COLLECTIVE : 'u');
        }
        // an age alone is one person, an epithet for the one just named like a title ("Tomas Berg, 45, … the
        // 45-year-old said"), and so is an age before the noun ("Dame Sheila Runcorn laughs. “…,” the 84-year-old
        // conductor says"; with "the", as a title: not "a 70-year-old woman said"; one person of a person's age: not
        // "the 16-year-old twins", "the 175-year-old brewer")
        boolean aged = age(h) || age(h - 1) && !g.plural() && yearsOld(h - 1) <= 120;
        Mention m = description(h, g, aged, false, true);
        if (m == null || m.type == Mention.ROLE) {
            return;
        }
        m.rule = "description.speaker";
        // "Pilot Gerrit Vos landed … “…,” the pilot said": Vos speaks; not "a pilot", "the other pilot"
        Mention person = !g.organisation() && m.ts == h - 1 && t.keyIs(h - 1, "the") ? epithetOf(h) : null;
        if (person != null) {
            m.redirect = person;
            m.rule = "description.epithet";
        }
    }

    /**
     * Whether a lower-case word that is no function word or verb follows token i: the noun at i then modifies it
     * ({@code the Republicans’ refugee bill}) rather than heading a description.
     */
    private boolean compoundAfter(int i) {
        return i + 1 < t.n && t.adjacent(i + 1) && t.is(i + 1, Tokens.LOWER)
                && !t.has(i + 1, PHRASE_BREAK | Lexicon.QUANTIFIER);
    }

    /**
     * Whether token i looks plural by its ending: {@code -s}, not {@code -ss} ({@code the bus} is misread so: rare
     * enough among speakers not to need a word list).
     */
    boolean pluralShape(int i) {
        return t.keyEndsWith(i, "s") && !t.keyEndsWith(i, "ss");
    }

    /** Whether token k is the apostrophe of a plural possessive: {@code the victims’ families}. */
    private boolean pluralPossessive(int k) {
        char c = t.punct(k);
        return (c == '\u2019' || c == '\'') && k > 0 && t.end[k - 1] == t.start[k] && t.is(k - 1, Tokens.WORD)
                && t.keyEndsWith(k - 1, "s") && k + 1 < t.n && t.is(k + 1, Tokens.LOWER);
    }

    /** Place head words whose description speaks for the place's government: "the city said". */
    private static final Set<String> GOVERNED_PLACES = Set.of("city", "county", "province", "region", "airport");

    /**
     * Nouns of a whole taken as one, and of institutions that head no names: a description on one of them ({@code
     * the family}, {@code the crowd}, {@code the district}) is referred to as "it" or "they", never "he" or "she".
     * Facts.
     */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("family", "crowd", "audience", "jury", "public",
            "management", "leadership", "opposition",
            "household", "congregation", "electorate", "staff", "crew", "panel", "delegation", "community",
            "population", "workforce", "squad", "choir", "orchestra", "band", "clan", "tribe", "gang", "mob",
            "faction", "caucus", "coalition", "majority", "minority", "district", "estate", "parish", "diocese");

    /** The gender of a collective description: neither male nor female ({@link #COLLECTIVE_NOUNS}). */
    static final char COLLECTIVE = 'c';

    /** How far back (in tokens) an epithet looks for the person its noun was said of. */
    private static final int EPITHET_REACH = 600;

    /**
     * The person an unlisted noun was said of before in the report, which makes "the pilot" an epithet for that
     * person: written before the person's name ({@code Pilot Gerrit Vos}, {@code nurse Aisha Bello}) or in
     * apposition after it ({@code Martin Oduya, a carpenter,}).
     *
     * @return the person's earlier mention, or {@code null}
     */
    private Mention epithetOf(int h) {
        for (int j = h - 1; j >= 0 && h - j <= EPITHET_REACH; j--) {
            if (!t.sameKey(j, h) || !t.is(j, Tokens.WORD)) {
                continue;
            }
            // "Pilot Gerrit Vos", "nurse Aisha Bello": the noun right before the name, not "the fund Managing
            // Director …" (a title opens the name) nor "the court Justice …" (an article before the noun)
            Mention after = j + 1 < t.n && t.adjacent(j + 1) ? byToken[j + 1] : null;
            if (after != null && after.ts == j + 1 && named(after) && !t.has(j + 1, Lexicon.TITLE_WORD)
                    && !t.has(j - 1, DETERMINER)) {
                return after;
            }
            // "Martin Oduya, a carpenter," / "Tomás Ruiz, a 24-year-old defender,": the apposition's article
            int k = j - 1;
            while (k > 0 && j - k <= 3 && t.is(k, Tokens.LOWER | Tokens.NUM) && !t.has(k, DETERMINER)) {
                k--;
            }
            if (k >= 2 && t.has(k, DETERMINER) && t.punct(k - 1) == ',') {
                Mention before = byToken[k - 2];
                if (before != null && before.te == k - 1 && named(before)) {
                    return before;
                }
            }
        }
        return null;
    }

    /** Whether m names a person for certain: a full name, or a single name with evidence. */
    private static boolean named(Mention m) {
        return m.kind == ActorKind.PERSON && !m.dead
                && (m.type == Mention.PERSON || m.type == Mention.SINGLE && !m.pendingOnly);
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
        int lb = t.bits(end);
        if ((lb & (DETERMINER | VERB | Lexicon.PRONOUN)) != 0
                || (lb & Lexicon.NON_NAME) != 0 && (lb & Lexicon.QUANTIFIER) == 0) {
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
            if (t.keyIs(k, "a") || t.keyIs(k, "an") || t.keyIs(k, "the") || t.keyIs(k, "those")
                    || t.keyIs(k, "many") || t.keyIs(k, "some") || t.keyIs(k, "other")) {
                if (k > 0 && prepositionAt(k - 1) && apposedToName(k - 2)) {
                    return; // "Hanna Kessler, a safety inspector at the plant, who said": the relative is hers
                }
                Mention m = add(Mention.GROUP, k, end + 1);
                if (m != null) {
                    String last = t.key(end);
                    String name = slice(t.start[k + 1], t.end[end]);
                    m.kind = ActorKind.GROUP;
                    m.mk = MentionKind.ROLE;
                    m.rule = "description.relative";
                    m.plural = pluralShape(end);
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
            if (t.has(k, VERB) || t.has(k, CONNECTOR) && !t.keyIs(k, "of") && !t.keyIs(k, "at")
                    || t.has(k, Lexicon.PRONOUN)) {
                return;
            }
        }
    }

    /** Media nouns that, with an owner, name where the owner publishes: {@code its website}. */
    private static final Set<String> CHANNELS = Set.of("website");

    /**
     * @param unlisted whether the noun is in no list (a speaker's, {@link #speaker}): words before it that no list
     *                 knows belong to the description only if an article or a possessive opens it
     */
    private Mention description(int i, Lexicon.GroupNoun g, boolean title, boolean ambiguous, boolean unlisted) {
        if (i > 0 && t.keyIs(i, "media") && t.keyIs(i - 1, "social")) {
            return null; // "wrote on social media": platforms, not the press
        }
        int start = i;
        boolean det = false;
        boolean modified = false;
        boolean the = false;
        int tentative = 0;
        boolean body = g.body(); // "the central bank", "Japan's tourism agency"
        boolean bodyOnly = false; // the tentative words were taken only because the noun is a body's
        boolean ownedByThe = false;
        boolean owned = false;
        boolean groupOwned = false;
        boolean ownerNoun = false; // a listed noun modifies it: "the campaign website", "a government website"
        boolean plainWords = false; // only unlisted words in lower case modify it: "the textile company"
        int k = i - 1;
        int titled = (t.flags[i] & Tokens.LOWER) != 0 ? lowerTitleStart(i) : -1;
        if (titled >= 0 && modifiersOnly(titled, i) && !ADJECTIVAL_NOUNS.contains(g.singular())) {
            // "the Republican presidential candidate", "the foreign minister": a noun of people and its modifiers,
            // read as any (but "the chief executive" is no adjective)
            titled = -1;
        }
        if (titled >= 0) {
            // "the prime minister": the title's words are one description ("the director general" is no common noun)
            ambiguous = false;
            start = titled;
            k = titled - 1;
        }
        while (k >= 0 && i - k <= 6 && t.adjacent(k + 1) && t.sentence[k] == t.sentence[i]) {
            int f = t.flags[k];
            if ((f & Tokens.POSS) != 0 || pluralPossessive(k) && (unlisted || !compoundAfter(i))) {
                int owner = k - 1;
                if (owner >= 0 && t.adjacent(k) || owner >= 0 && t.end[owner] == t.start[k]) {
                    start = byToken[owner] != null ? byToken[owner].ts : owner;
                    groupOwned = byToken[owner] != null && byToken[owner].type == Mention.GROUP
                            && byToken[owner].plural;
                    det = true;
                    modified = true;
                    ownedByThe = t.keyIs(start, "the"); // "the residents’ association", not "Google's parent company"
                    owned = true;
                }
                break;
            }
            if ((f & Tokens.WORD) == 0) {
                break;
            }
            int kb = t.bits(k);
            // a capitalised word inside the sentence, or any word of a name found before, modifies the noun
            boolean name = (f & (Tokens.CAP | Tokens.UPPER)) != 0 && ((f & Tokens.SENT) == 0 || isName(byToken[k]));
            // the determiner that opens the description: lower case, or opening the sentence (The, Its)
            if ((kb & DETERMINER) != 0 && ((f & Tokens.LOWER) != 0 || (f & Tokens.SENT) != 0 && !name)) {
                if (k > 0 && t.adjacent(k) && (t.keyIs(k, "a") || t.keyIs(k, "an"))
                        && COPULAS.contains(t.key(k - 1))) {
                    return null; // "his father was a schoolteacher": what someone is, not someone else
                }
                if (t.keyIs(k, "no") && t.keyIs(k + 1, "longer")) {
                    return null; // "was no longer manager": an adverb, and what someone was
                }
                if (bodyOnly && tentative > 0 && !t.keyIs(k, "the")) {
                    break; // the noun alone, as without them (not "his famous campaign", "a small group")
                }
                start = k;
                det = true;
                the = t.keyIs(k, "the");
                plainWords = !modified && (kb & POSSESSIVE) == 0 && tentative > 0;
                if ((kb & POSSESSIVE) != 0 || tentative > 0) {
                    modified = true;
                }
                owned |= (kb & POSSESSIVE) != 0;
                break;
            }
            if (name) {
                if (unlisted && !(byToken[k] != null && byToken[k].mk == MentionKind.DEMONYM)) {
                    // "the nationalist Global Times tabloid": the name speaks, or says whose it is (a demonym is an
                    // adjective: "the Greek migration minister", "Polish border guards")
                    return null;
                }
                Mention in = byToken[k];
                start = in != null ? Math.min(in.ts, k) : k;
                k = start - 1;
                modified = true;
                continue;
            }
            if ((f & Tokens.LOWER) != 0 && ((kb & (MODIFIER | Lexicon.GROUP_NOUN)) != 0
                    && !(body && (kb & Lexicon.PREPOSITION) != 0 && !t.has(k - 1, DETERMINER)) || based(k)) || age(k)) {
                // "a 70-year-old woman", "an outside group" (but "outside court" says where, not which court)
                start = k;
                modified = true;
                ownerNoun |= (kb & Lexicon.GROUP_NOUN) != 0;
                k--;
                continue;
            }
            // a listed noun of people takes one: an institution's noun right after "a" or "the" ("a hospital official")
            boolean person = !(title || unlisted || body);
            if ((f & Tokens.LOWER) != 0 && tentative < 3 && (!person || k == i - 1 && k >= 1
                    && (kb & Lexicon.ORG_HEAD) != 0 && article(k - 1)
                    || !g.plural() && SPEAKING_ROLES.contains(g.singular()))
                    && (kb & (VERB | CONNECTOR | Lexicon.NON_NAME | Lexicon.PRONOUN)) == 0
                    && !((body || person) && (kb & Lexicon.PREPOSITION) != 0)) {
                // "the real estate developer", "a hospital spokesman": kept only if a determiner comes (for a body's
                // noun, "the" or an owner's name: not "his famous campaign", "a small group", "the case to court")
                tentative++;
                bodyOnly = body && !title && !unlisted;
                k--;
                continue;
            }
            break;
        }
        Mention demonym = i > 0 ? byToken[i - 1] : null;
        if (the && demonym != null && demonym.mk == MentionKind.DEMONYM && demonym.ts == start + 1
                && demonym.te == i && lx.businessNouns.contains(g.singular()) && !"group".equals(g.singular())) {
            // "The Norwegian company said": a demonym says no more than the company named before it (but "British
            // voters" are not all the voters, nor "the Russian government" or "the Palestinian group" the one before)
            modified = false;
        }
        int end = i + 1;
        // "a spokesman for the ministry", "officials at the Pentagon", "a senior official in Moscow"
        if (end + 1 < t.n && t.adjacent(end) && prepositionAt(end)) {
            int x = end + 1;
            if (x < t.n && t.is(x, Tokens.LOWER) && t.keyIs(x, "the")) {
                x++;
            }
            if (x < t.n && t.adjacent(x)) {
                Mention in = byToken[x];
                if (in != null && in.ts == x && in.kind != ActorKind.PERSON && in.type != Mention.PRONOUN
                        && in.mk != MentionKind.DEMONYM) {
                    end = in.te;
                    modified = true;
                } else if (t.is(x, Tokens.LOWER) && lx.groupNoun(t.word(x)) != null
                        && lx.groupNoun(t.word(x)).organisation()) {
                    end = x + 1;
                    modified = true;
                }
            }
        }
        if (!g.plural() && (owned || ownerNoun) && CHANNELS.contains(g.singular())) {
            return null; // "its website", "the campaign's website": where an owner publishes, no outlet of its own
        }
        if (!g.plural() && !det && !modified && !(titled > 0 && t.keyIs(titled - 1, "as"))) {
            return null; // "official figures": an adjective, not a person (but "hired her as chief executive")
        }
        if (!g.plural() && ADJECTIVAL_NOUNS.contains(g.singular()) && end == i + 1 && compoundAfter(i)
                && !t.has(i + 1, Lexicon.VERB_ADVERB) && !t.keyEndsWith(i + 1, "ing") && !t.keyEndsWith(i + 1, "ed")) {
            return null; // "a militant attack", "six refugee families", "a conservative icon": an adjective
        }
        if (g.plural() && det && !owned && (t.keyIs(start, "a") || t.keyIs(start, "an"))) {
            return null; // "from a staff perspective", "a senior staff call": a plural after "a" modifies a noun
        }
        if (g.body() && !(the || modified)) {
            return null;
        }
        if (unlisted && g.organisation() && !the && !ownedByThe) {
            return null; // "Google's parent company said": not one of its own; "the budget office said" is
        }
        if (title && !det || ambiguous && !modified) {
            return null; // "a head", "the host": common nouns unless something makes them a role
        }
        int before = det ? start - 1 : k; // the word before the description, or where the scan stopped
        if (!det && start == i && !g.plural() && before >= 0 && t.adjacent(i) && t.is(before, Tokens.LOWER)
                && MODALS.contains(t.key(before))) {
            return null; // "they would campaign in Ohio": a verb (but "as will doctors", inverted, a group)
        }
        if (unlisted && before >= 0 && t.adjacent(before + 1)
                && (t.has(before, Lexicon.PREPOSITION | CONNECTOR | Lexicon.AFTER_GROUP_WORD)
                || INNER_PREPOSITIONS.contains(t.key(before))
                && !(before > 1 && t.keyIs(before, "by") && AUTHORED.contains(t.key(before - 1))
                && t.has(before - 2, Lexicon.NO_SPEAKER)))
                && !((t.keyIs(before, "of") || t.keyIs(before, "among")) && quantity(before - 1))) {
            // "Trump at the time said", "the man with the megaphone said", "the man after the game said", "a
            // witness interviewed by congressional staff said": a noun inside the subject; but "54 percent of
            // military personnel said", "some of the organizers said", "some among the crowd said" name who speaks
            return null;
        }
        int nameStart = start;
        if (det && t.is(start, Tokens.WORD) && t.has(start, DETERMINER) && !t.has(start, POSSESSIVE)) {
            nameStart = start + 1;
        }
        boolean role = title && the;
        Mention m = add(role ? Mention.ROLE : Mention.GROUP, start, end);
        if (m == null) {
            return null;
        }
        m.kind = role ? ActorKind.PERSON : g.body() ? ActorKind.ORGANISATION : ActorKind.GROUP;
        m.mk = MentionKind.ROLE;
        m.rule = role ? "role.description" : "description";
        m.plural = g.plural();
        m.gender = g.gender();
        m.head = g.singular();
        m.modified = modified;
        // "Brenmark Inc. said … The textile company said", "the budget airline": maybe the kind of business of the
        // one named before (but "the parent company", "the rival firm", "the savings bank of Varna" are another)
        m.kindOfBusiness = the && plainWords && (i + 1 >= t.n || !prepositionAt(i + 1)) && !g.plural()
                && lx.businessNouns.contains(g.singular()) && !"group".equals(g.singular())
                && noOtherBody(start + 1, i);
        m.groupOwned = groupOwned;
        String name = nameStart < end ? slice(t.start[nameStart], t.end[end - 1]) : t.text(i);
        if (t.is(nameStart, Tokens.SENT) && t.is(nameStart, Tokens.CAP)
                && (byToken[nameStart] == null || byToken[nameStart].type == Mention.PRONOUN)
                && !(name.length() > 1 && Character.isUpperCase(name.charAt(1)))) { // (not "MPs", "CEOs")
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        m.name = name;
        m.roleKey = ActorDirectory.normalise(name);
        if (role || titled >= 0 && the) { // ("the chief executive": a title of the lists, also as a description)
            m.addRole(new Role(name, doc.view().span(t.start[nameStart], t.end[end - 1])));
        }
        for (int x = start; x < end; x++) {
            byToken[x] = byToken[x] == null ? m : byToken[x];
        }
        return m;
    }

    // ---------------------------------------------------------------- pass 3: appositions and titles

    private void appositions() {
        int count = mentions.size();
        sortedMentions = count; // the roles attach() adds go after them, out of order
        // by token index (arrays, not maps of boxed indexes): the longest mention starting, ending at each token
        Mention[] startingAt = byToken; // the description pass is over: its index is reused
        java.util.Arrays.fill(startingAt, 0, t.n, null);
        Mention[] endingAt = index.take(Index.ENDING, t.n + 1);
        for (Mention m : mentions) {
            Mention x = startingAt[m.ts];
            startingAt[m.ts] = x == null || x.te < m.te ? m : x;
            Mention y = endingAt[m.te];
            endingAt[m.te] = y == null || y.ts > m.ts ? m : y;
        }
        for (int n = 0; n < count; n++) {
            Mention m = mentions.get(n);
            if (m.type == Mention.PERSON || m.type == Mention.SINGLE) {
                titleBefore(m, startingAt, endingAt); // (first: it stands aside when the name has a role)
                namedAfterDescription(m, endingAt);
                identifiedAs(m, startingAt, endingAt);
                after(m, startingAt);
                before(m, startingAt, endingAt);
            } else if (m.type == Mention.GROUP && m.kind == ActorKind.GROUP && !m.plural) {
                describedAgain(m, startingAt);
            } else if (m.kind == ActorKind.ORGANISATION) {
                organisationAfterDescription(m, endingAt);
                descriptionAfterOrganisation(m, startingAt);
                outletAroundName(m, startingAt);
            } else if (m.kind == ActorKind.MEDIA) {
                outletAroundName(m, startingAt);
                outletAfterDescription(m, endingAt);
            }
        }
        index.recycle(Index.STARTING, startingAt, t.n);
        index.recycle(Index.ENDING, endingAt, t.n + 1);
        byToken = null;
    }

    /**
     * "The drugmaker Halvern Pharma said", "The energy regulator, Ofgem, said": a definite singular description of
     * an organisation right before its name (or between commas with it) is a mention of that organisation.
     */
    private void organisationAfterDescription(Mention m, Mention[] endingAt) {
        int ts = m.ts >= 3 && t.keyIs(m.ts - 1, "the") && t.punct(m.ts - 2) == ',' ? m.ts - 1 : m.ts; // ", the Agency,"
        boolean commas = ts >= 2 && t.punct(ts - 1) == ',' && m.te < t.n && t.punct(m.te) == ',';
        Mention d = commas ? at(endingAt, ts - 1) : m.ts >= 1 && t.adjacent(m.ts) ? at(endingAt, m.ts) : null;
        if (d != null && d.describesBody() && d.redirect == null
                && (t.keyIs(d.ts, "the") || t.is(d.ts, Tokens.SENT) || !commas && organisationNounBefore(m.ts, m.te)
                || commas && t.is(d.ts, Tokens.LOWER) && t.has(d.ts, POSSESSIVE))) {
            // (also after words opening the sentence: "Shareholder activist fund Blackridge", and after an owner:
            // "his former publisher, Redwood Books,")
            d.redirect = m;
        }
    }

    /** The nouns of a broadcaster that a country's state runs: {@code Cuban state television}, {@code state TV}. */
    private static final String[] STATE_OUTLETS = {"television", "tv", "radio", "broadcaster", "media"};

    /**
     * "Cuban state television said", "Iranian state TV": a demonym, "state" and the noun of a broadcaster at token i
     * are one outlet, which speaks (not the country; the demonym stays its mention). Not when a name or a noun
     * follows ("Indian state broadcaster Doordarshan": the name's; "state TV presenter Dmitry Kiselyov").
     *
     * @return whether the words are such an outlet (its mention added unless the mention limit was reached)
     */
    private boolean stateOutlet(int i) {
        Mention demonym = byToken[i - 2];
        if (demonym == null || demonym.mk != MentionKind.DEMONYM || demonym.te != i - 1 || !t.adjacent(i - 1)
                || !t.adjacent(i) || !t.keyIn(i, STATE_OUTLETS)) {
            return false;
        }
        int next = i + 1;
        if (next < t.n && t.adjacent(next) && t.is(next, Tokens.WORD)
                && !t.has(next, VERB | Lexicon.AUXILIARY | Lexicon.SAYING | Lexicon.PREPOSITION | CONNECTOR)) {
            return false;
        }
        Mention m = add(Mention.GROUP, demonym.ts, i + 1);
        if (m != null) {
            m.kind = ActorKind.MEDIA;
            m.mk = MentionKind.NAME;
            m.rule = "description.state_outlet";
            m.head = t.key(i);
            m.modified = true;
            m.name = slice(t.start[demonym.ts], t.end[i]);
            m.roleKey = ActorDirectory.normalise(m.name);
            for (int x = m.ts; x <= i; x++) {
                byToken[x] = m;
            }
        }
        return true;
    }

    /**
     * "the victim, a 19-year-old student, had been walking home": a description of one person that another one
     * between commas follows (with "a" or "an", closed by a comma or the sentence's end; not a list: "the driver,
     * a passenger, and two pedestrians"; not the object of a preposition) is a mention of the same person.
     */
    private void describedAgain(Mention m, Mention[] startingAt) {
        int a = m.te + 1;
        if (a + 1 >= t.n || t.punct(m.te) != ',' || !(t.keyIs(a, "a") || t.keyIs(a, "an"))
                || m.ts > 0 && t.has(m.ts - 1, Lexicon.PREPOSITION)) {
            return; // (not after a preposition: "According to the spokesman, a man, 34, was arrested")
        }
        Mention d = startingAt[a];
        if (d == null) {
            return;
        }
        int after = d.te; // past a complement of the noun: "a mother of two,", "a student at the college,"
        while (after < t.n && after - d.te < 6 && t.is(after, Tokens.WORD) && !t.has(after, VERB | Lexicon.AUXILIARY)
                && t.sentence[after] == t.sentence[m.ts]) {
            if (startingAt[after] != null && named(startingAt[after]) && !t.has(after - 1, Lexicon.PREPOSITION)) {
                return; // "the victim, a worker named Tom Ruiz,": the name's rules read it ("a supporter of Clinton")
            }
            after++;
        }
        boolean closed = after >= t.n || t.sentence[after] != t.sentence[m.ts] || t.punct(after) == '.'
                || t.punct(after) == ',' && !(after + 1 < t.n && andOr(after + 1));
        if (closed) {
            d.redirect = m;
        }
    }

    /**
     * "Police named the man who died as Simon Delaney", "The victim has been identified as Simon Delaney": the
     * description of one person that a verb of naming gives a name to is a mention of the name after {@code as}.
     */
    private void identifiedAs(Mention m, Mention[] startingAt, Mention[] endingAt) {
        int as = m.ts - 1;
        if (m.type != Mention.PERSON || as < 2 || !t.keyIs(as, "as") || !t.adjacent(m.ts)) {
            return;
        }
        Mention d = null;
        if (IDENTIFYING.contains(t.key(as - 1))) {
            int k = as - 2; // passive: "The victim has been identified as …"
            while (k >= 0 && as - k <= MAX_PHRASE && t.sentence[k] == t.sentence[as]
                    && (t.is(k, Tokens.LOWER) && t.has(k, Lexicon.AUXILIARY | Lexicon.VERB_ADVERB)
                    || t.keyIs(k, "been") || t.keyIs(k, "being"))) { // "has been", "was later"
                k--;
            }
            if (k < 0 || k == as - 2 || t.sentence[k] != t.sentence[as]) {
                return; // no auxiliary, or nothing before them: "Was identified as Tom Hale"
            }
            d = at(endingAt, k + 1);
            if (!onePerson(d) && (d == null || d.type != Mention.ROLE)) {
                int s0 = k; // "The victim of a second crash has been identified as …": the sentence's subject
                while (s0 > 0 && t.sentence[s0 - 1] == t.sentence[k] && k - s0 < MAX_PHRASE) {
                    s0--;
                }
                Mention first = s0 == 0 || t.sentence[s0 - 1] != t.sentence[k] ? startingAt[s0] : null;
                d = first != null && first.te <= k && prepositionAt(first.te) ? first : null;
            }
        } else {
            // active: "named the man who died in the crash as …" (a relative clause may come between)
            for (int v = as - 2; v >= 0 && as - v <= MAX_PHRASE && t.sentence[v] == t.sentence[as]; v--) {
                if (t.is(v, Tokens.LOWER) && IDENTIFYING.contains(t.key(v))) {
                    d = startingAt[v + 1];
                    break;
                }
            }
        }
        if ((onePerson(d) || d != null && d.type == Mention.ROLE) && d.redirect == null && d.te <= as) {
            d.redirect = m;
        }
    }

    /** Verbs that give an unnamed person a name: {@code named the man as}, {@code was identified as}. */
    private static final Set<String> IDENTIFYING = Set.of("named", "identified");

    /** Whether token k, before a description without an article, ends a clause or is a saying verb. */
    private boolean opensClause(int k) {
        return t.punct(k) == ',' || t.is(k, Tokens.LOWER) && t.has(k, Lexicon.SAYING);
    }

    /**
     * "The state news agency Xinhua said", "the state broadcaster NHK": a definite singular description of a news
     * outlet (by a noun of outlets, or {@code agency}) right before an outlet's name is a mention of it.
     */
    private void outletAfterDescription(Mention m, Mention[] endingAt) {
        Mention d = m.ts >= 1 && t.adjacent(m.ts) ? at(endingAt, m.ts) : null;
        if (d != null && d.type == Mention.GROUP && !d.plural && d.redirect == null && d.head != null
                && (lx.mediaNouns.contains(d.head) || "agency".equals(d.head))
                && (t.keyIs(d.ts, "the") || t.is(d.ts, Tokens.SENT) || d.ts >= 1 && opensClause(d.ts - 1))) {
            d.redirect = m;
        }
    }

    /**
     * "Allergan, the maker of Botox,", "Kestrel Mutual, an insurer based in Leeds,": a singular description of an
     * organisation in apposition after its name ({@link #closesApposition}); not the subject of a clause of its own
     * ({@code Apple sued Vell, the company said}).
     */
    private void descriptionAfterOrganisation(Mention m, Mention[] startingAt) {
        Mention d = m.te + 1 < t.n && t.punct(m.te) == ',' ? startingAt[m.te + 1] : null;
        if (d != null && d.describesBody()
                && article(d.ts) && d.redirect == null && closesApposition(d.te)) {
            d.redirect = m;
        }
    }

    /**
     * "The official KCNA news agency", "the Guardian newspaper", "Xinhua news agency", "South Korea's Yonhap news
     * agency": a definite description of a news outlet whose name stands right before its noun is a mention of that
     * outlet (not "the UN refugee agency", which is no outlet, nor "a KGB planted newspaper"; an organisation is an
     * outlet only before "news agency": "the GOP network" is the party's).
     */
    private void outletAroundName(Mention m, Mention[] startingAt) {
        if (m.type == Mention.GROUP || m.type == Mention.ROLE) {
            return;
        }
        for (int k = m.ts; k >= 0 && m.ts - k <= 4; k--) { // (from m's own token: "The Guardian newspaper")
            Mention d = startingAt[k];
            if (d == null || d.te <= m.te) {
                continue;
            }
            int h = d.te - 1;
            // (a name no list calls an outlet only before "news agency": "the GOP network" is the party's)
            boolean outlet = m.te == h ? m.kind == ActorKind.MEDIA && lx.mediaNouns.contains(d.head)
                    : m.te == h - 1 && "agency".equals(d.head) && t.keyIs(h - 1, "news");
            if (outlet && d.describesBody() && d.redirect == null
                    && (d.ts == m.ts || t.keyIs(d.ts, "the") || t.is(m.ts - 1, Tokens.POSS))) {
                d.redirect = m;
            }
            return;
        }
    }

    /**
     * Whether an apposition may end before token k, or go on as a noun phrase: at punctuation, a preposition,
     * {@code based}, {@code which} or {@code that}, or at the end (not at a verb: {@code Vell, the company said}).
     */
    private boolean closesApposition(int k) {
        char p = t.punct(k);
        return k >= t.n || p != 0 && ",.;)".indexOf(p) >= 0 || t.is(k, Tokens.LOWER) && (t.has(k, Lexicon.PREPOSITION)
                || t.keyIs(k, "based") || t.keyIs(k, "which") || t.keyIs(k, "that"));
    }

    /**
     * Whether "at" after a noun of one person's work comes right before token a ({@code an analyst at Nomura},
     * {@code a professor at Halden}, {@code head of product at Lumora}, {@code who works at Kestral}): where that
     * person works, a body; a place takes "in".
     */
    private boolean workplaceOf(int a) {
        if (a < 2 || !t.keyIs(a - 1, "at") || !t.adjacent(a) || !t.is(a - 2, Tokens.LOWER)) {
            return false;
        }
        if (personNoun(a - 2) || t.has(a - 2, Lexicon.TITLE) || occupation(a - 2, a - 1)
                || t.keyIn(a - 2, WORKING)) {
            return true;
        }
        // the noun's complement of a word or two between: "director of research at", "professor of public law at"
        for (int of = a - 3; of >= 1 && a - 2 - of <= 2; of--) {
            if (t.has(of + 1, Lexicon.NON_NAME | Lexicon.GROUP_NOUN) || t.keyEndsWith(of + 1, "ed")
                    || t.keyIs(of + 1, "state")) {
                // a function word or a participle ("a witness of that at", "of crimes committed at"), or a title
                // whose complement is a body or a state of its own ("the chief of police at", "head of state at")
                return false;
            }
            if (t.keyIs(of, "of")) { // (a title's complement: not "a prisoner of war at Colditz")
                return t.has(of - 1, Lexicon.TITLE);
            }
        }
        return false;
    }

    /** Verbs of working somewhere, before "at" and a body's name. Facts. */
    private static final String[] WORKING = {"works", "worked", "working", "employed"};

    /**
     * Whether the verb after a name (after auxiliaries and adverbs) is followed by {@code its}: the name's subject
     * owns a thing, as an organisation does ({@code Meridian Soft pulled its chatbot}, {@code Tesmark has cut its
     * forecast}, {@code Zorvex said its}).
     */
    private boolean ownsIts(int b) {
        int k = b;
        while (k < t.n && k - b < 2 && t.is(k, Tokens.LOWER) && t.adjacent(k)
                && t.has(k, Lexicon.AUXILIARY | Lexicon.VERB_ADVERB)) {
            k++;
        }
        return k + 1 < t.n && t.is(k, Tokens.LOWER) && t.adjacent(k) && t.adjacent(k + 1) && t.keyIs(k + 1, "its")
                && !t.has(k, Lexicon.PREPOSITION | DETERMINER | CONNECTOR);
    }

    /**
     * Whether the words from token b are a company's shares that move: {@code shares fell}, {@code stock rose}, {@code
     * shares have jumped} (not the verb: {@code Ruth Kane shares a flat}).
     */
    private boolean tradedShares(int b) {
        if (b + 1 >= t.n || !t.adjacent(b) || !t.is(b, Tokens.LOWER)
                || !(t.keyIs(b, "shares") || t.keyIs(b, "stock"))) {
            return false;
        }
        int k = b + 1;
        if (k + 1 < t.n && t.has(k, Lexicon.AUXILIARY)) {
            k++; // "shares have fallen", "stock was up"
        }
        return t.is(k, Tokens.LOWER) && t.adjacent(k) && MARKET_MOVES.contains(t.key(k));
    }

    /**
     * Whether a possessive at token b owns what only a company has: {@code Quillbyte's chief executive}, {@code
     * Vell's shareholders}, {@code Orbix's share price} (not a chairman, a founder or shares, which people and
     * towns have too: {@code Trump's campaign chairman}, {@code Velmora's founder}, {@code Akande's shares}).
     */
    private boolean companyOwns(int b) {
        if (b + 1 >= t.n || !t.is(b, Tokens.POSS)) {
            return false;
        }
        int k = b + 1;
        if (t.is(k, Tokens.UPPER)) {
            return t.keyIs(k, "ceo") || t.keyIs(k, "cfo"); // "Vell's CEO"
        }
        return t.keyIs(k, "shareholders") || (t.keyIs(k, "chief") || t.keyIs(k, "share")) && k + 1 < t.n
                && t.keyIn(k + 1, COMPANY_OWNED_SECOND);
    }

    /** The second word after {@code chief} or {@code share}: {@code chief executive}, {@code share price}. */
    private static final String[] COMPANY_OWNED_SECOND = {"executive", "price", "financial", "operating",
        "technology"};

    /** Verbs and adverbs of a price that moves. Facts. */
    private static final Set<String> MARKET_MOVES = Set.of("fell", "rose", "jumped", "slid", "slumped", "sank",
            "tumbled", "climbed", "dropped", "gained", "surged", "soared", "plunged", "plummeted", "slipped", "edged",
            "rallied", "dipped", "closed", "ended", "opened", "traded", "fallen", "risen", "lost", "added", "up",
            "down", "fall", "rise", "jump", "slide", "sink", "tumble", "climb", "drop", "gain", "surge", "soar",
            "plunge", "slip", "rally", "dip");

    /**
     * Whether token i is a lawmaker's party and state: {@code R-S.C.}, {@code D-Calif.}, {@code R-OH}, {@code I-Vt.}
     * — a party's initial, a hyphen and a capital.
     */
    private boolean partyTag(int i) {
        if (!t.is(i, Tokens.CAP | Tokens.UPPER) || t.end[i] - t.start[i] < 3) {
            return false;
        }
        int s = t.start[i];
        return "RDI".indexOf(t.text.charAt(s)) >= 0 && t.text.charAt(s + 1) == '-'
                && Character.isUpperCase(t.text.charAt(s + 2));
    }

    /** Whether a name at token a follows {@code spokesman for} (or spokeswoman, spokesperson): a body's. */
    private boolean spokespersonFor(int a) {
        return a >= 2 && t.keyIs(a - 1, "for") && t.adjacent(a) && (t.keyIs(a - 2, "spokesman")
                || t.keyIs(a - 2, "spokeswoman") || t.keyIs(a - 2, "spokesperson"));
    }

    /**
     * Whether a comma closes the phrase that goes on at token k, within a few words and before any verb: what an
     * apposition to a sentence's first word needs ({@code Kovalink, a payments start-up, said}; not {@code Likewise,
     * a paper from the institution had …}).
     */
    private boolean closedByComma(int k) {
        for (int j = k; j < t.n && j - k <= 8; j++) {
            char p = t.punct(j);
            if (p != 0) {
                return p == ',';
            }
            if (t.is(j, Tokens.LOWER) && t.has(j, VERB)) {
                return false;
            }
        }
        return false;
    }

    /** Whether token k is an article: {@code the}, {@code a}, {@code an}. */
    boolean article(int k) {
        return t.keyIs(k, "the") || t.keyIs(k, "a") || t.keyIs(k, "an");
    }

    /** Whether x is a person's name of two tokens or more (a name in a list, not a role). */
    private static boolean fullName(Mention x) {
        return x != null && x.type == Mention.PERSON && x.ts < x.te - 1;
    }

    /** After a name: "Sergei Lavrov, the Russian Foreign Minister," / "Hugh Hill, a doctor, said". */
    private void after(Mention m, Mention[] startingAt) {
        if (m.te + 1 < t.n && m.type == Mention.PERSON && t.keyIs(m.te, "as") && t.adjacent(m.te)
                && (t.has(m.te + 1, POSSESSIVE | DETERMINER) || t.is(m.te + 1, Tokens.LOWER)) && m.ts > 0
                && APPOINTING.contains(t.key(m.ts - 1))) {
            // "appointed Mr David Achebe as its new headteacher", "named Ann Ray as its chief executive", "hired
            // Ann Ray as chief executive"
            Mention d = startingAt[m.te + 1];
            if (d != null && (d.type == Mention.ROLE || d.type == Mention.GROUP) && !d.plural
                    && d.kind != ActorKind.ORGANISATION) {
                attach(m, m.te + 1, d.te, "apposition.as", startingAt);
            }
            return;
        }
        int copula = m.te + 2 < t.n && t.punct(m.te) == ',' && t.keyIs(m.te + 1, "who") ? m.te + 2 : m.te;
        if (m.type == Mention.PERSON && copula + 1 < t.n && t.adjacent(copula) && t.adjacent(copula + 1)
                && t.keyIn(copula, SINGULAR_COPULAS)) {
            // "Ruth Kane is the chief executive of Orbix.", "Samira Haddad, who is chief scientist at Arclight AI,",
            // "Ruth Kane was named chief executive of Orbix in 2019"
            int p0 = APPOINTING.contains(t.key(copula + 1)) ? copula + 2 : copula + 1;
            if (p0 > copula + 1 && t.keyIs(p0, "as")) {
                p0++; // "was named as chief executive"
            }
            int p1 = roleEnd(p0, phraseEnd(p0));
            if (p1 > p0 && positionAt(p0, p1) && rolePhrase(p0, p1)) {
                attach(m, p0, p1, "apposition.copula", startingAt);
            }
            return;
        }
        if (m.te < t.n && t.punct(m.te) == ',') {
            int p0 = m.te + 1;
            if (p0 + 1 < t.n && (t.keyIs(p0, "now") || t.keyIs(p0, "also") || t.keyIs(p0, "then"))
                    && (t.has(p0 + 1, DETERMINER) || t.is(p0 + 1, Tokens.LOWER))) {
                p0++; // "said Murphy, now a consultant on Burma", "Netanyahu, now prime minister": what follows
            } else if (p0 + 2 < t.n && t.is(p0, Tokens.NUM) && t.end[p0] - t.start[p0] <= 3 && t.punct(p0 + 1) == ','
                    && t.has(p0 + 2, DETERMINER)) {
                p0 += 2; // "Bishnu Thapa, 29, a teacher from Pokhara": the role after the age
            }
            int p1 = phraseEnd(p0);
            Mention next = p1 + 1 < t.n && t.punct(p1) == ',' ? startingAt[p1 + 1] : null;
            p1 = roleEnd(p0, p1);
            Mention first = at(startingAt, p0);
            if (fullName(first) && !t.is(first.te, Tokens.POSS)) {
                return; // a list of names ("Vermont Sen. Tom Hale, Maine Gov. Lisa Crane and …"; not "Donald Trump's")
            }
            if (p1 > p0 && rolePhrase(p0, p1) && !(next != null && next.type == Mention.PERSON && m.ts > 0
                    && t.is(m.ts - 1, Tokens.LOWER))) {
                // (not "… refilled Gatun Lake, the canal's administrator, Ricaurte Vasquez, said": after a name
                // that ends a clause, the role is the name's after it)
                attach(m, p0, p1, "apposition.after", startingAt);
            }
        }
    }

    /**
     * Whether the phrase [p0, p1) after "is" or "was" holds a position at a named body or for a named person: a
     * listed title before the complement ({@code the chief executive of Orbix}, {@code campaign manager for Mr.
     * Bloomberg}), rather than says what someone is like, was to someone or will be ({@code a self-made person},
     * {@code a critic of Orbix}, {@code a cousin of King Charles}, {@code the first woman elected}, {@code our next
     * president of the United States}).
     */
    private boolean positionAt(int p0, int p1) {
        boolean named = false;
        boolean title = false;
        for (int k = p0; k < p1; k++) {
            if (t.is(k, Tokens.LOWER) && (t.keyIn(k, JUDGING) || andOr(k))) {
                return false; // (nor two things at once: "the author of The Quiet Coast and lives in Leeds")
            }
            if (k > p0 && k + 1 < p1 && t.is(k, Tokens.LOWER) && (t.keyIs(k, "of") || t.keyIs(k, "at")
                    || t.keyIs(k, "for"))) {
                int x = t.keyIs(k + 1, "the") && k + 2 < p1 ? k + 2 : k + 1;
                named |= title && t.is(x, Tokens.CAP | Tokens.UPPER);
            } else if (!named) {
                // a listed title heads it: not "a critic of", "a fan of", "the daughter of"
                title |= t.has(k, Lexicon.TITLE) && !t.has(k, Lexicon.KIN);
            }
        }
        return named;
    }

    /**
     * Words that rank, judge or foretell rather than name a position: "the first woman", "the right leader for",
     * "our next president". Facts.
     */
    private static final String[] JUDGING = {"first", "next", "only", "last", "best", "second", "third", "latest",
        "future", "right", "wrong", "ideal", "perfect"};

    /**
     * Where a role read from p0 ends, before a time said after it: {@code chief executive since 2019}, {@code a nurse
     * at Fenbury for 20 years}, {@code chief executive until she retired}.
     *
     * @param p0 the role's first token
     * @param p1 the end of the phrase it stands in, or -1 (returned as it is)
     * @return the end of the role
     */
    private int roleEnd(int p0, int p1) {
        for (int k = p0 + 1; k < p1; k++) {
            if (t.is(k, Tokens.LOWER) && (t.keyIn(k, CLAUSE_ADVERBIALS)
                    || k + 1 < p1 && t.has(k, Lexicon.PREPOSITION | Lexicon.AFTER_GROUP_WORD) && !t.keyIs(k, "of")
                    && time(k + 1))) { // (not "a veteran of 22 years")
                return k;
            }
        }
        return p1;
    }

    /**
     * Whether a time opens at token k: a year ({@code 2019}), a decade ({@code the 1980s}) or a number of a unit of
     * time ({@code 20 years}); not a name that opens with a number ({@code 3M}, {@code 9/11 families}, {@code 60
     * Minutes}, {@code 10 Downing Street}).
     */
    private boolean time(int k) {
        int x = t.keyIs(k, "the") ? k + 1 : k;
        if (!t.is(x, Tokens.NUM)) {
            return false;
        }
        int s = t.start[x];
        int length = t.end[x] - s;
        boolean year = (length == 4 || length == 5 && t.text.charAt(s + 4) == 's') // "2019", "1980s"
                && (t.text.charAt(s) == '1' || t.text.charAt(s) == '2') && Character.isDigit(t.text.charAt(s + 1))
                && Character.isDigit(t.text.charAt(s + 2)) && Character.isDigit(t.text.charAt(s + 3));
        return year || x + 1 < t.n && t.is(x + 1, Tokens.LOWER) && t.keyIn(x + 1, TIME_UNITS);
    }

    /** Units of time a number counts. Facts. */
    private static final String[] TIME_UNITS = {"years", "year", "months", "month", "weeks", "week", "days", "day",
        "decades", "decade", "hours", "minutes"};

    /**
     * Before a name: "The US ambassador in Moscow, John Sullivan," / "the head of European diplomacy, Josep
     * Borrell".
     */
    private void before(Mention m, Mention[] startingAt, Mention[] endingAt) {
        if (m.ts >= 2 && t.punct(m.ts - 1) == ',') {
            int p1 = m.ts - 1;
            Mention r = at(endingAt, p1);
            if (fullName(r) && (phraseStart(p1) >= r.ts || t.is(r.ts - 1, Tokens.LOWER)
                    && (t.has(r.ts - 1, VERB) || t.keyEndsWith(r.ts - 1, "ed")))) {
                // a list of names ("Massachusetts Sen. Elizabeth Warren, Rhode Island Gov. Gina Raimondo", "included
                // Vermont Sen. Tom Hale, Maine Gov. Lisa Crane"): the phrase before the comma is a name, not a role
                // (but "A white accountant from Apollo Beach, Shenefield" is one, whatever the name it ends with)
                return;
            }
            // a role, or one person's description closed off by the name ("said the cellist, Yo-Han Seo."; not
            // "as the nominee, Devine suggested": the name opens a clause)
            boolean role = r != null && (r.type == Mention.ROLE || onePerson(r)
                    && (m.te >= t.n || !t.is(m.te, Tokens.WORD)));
            int p0 = role ? r.ts : phraseStart(p1);
            if (!role && p0 + 1 < p1 && t.is(p0, Tokens.LOWER) && t.has(p0, Lexicon.SAYING)) {
                p0++; // "…,” said the president of the Liguria region, Marco Bucci: the phrase after the cue
            }
            if (role) {
                // the whole phrase the mention is the end of: "Tidewright's founder and chief executive, Jonas
                // Holt"; after a preposition, "A spokeswoman for the mayor, Linda Osei" (the spokeswoman's phrase,
                // not the mayor's)
                int q = phraseStart(p1);
                boolean longer = r.type != Mention.ROLE ? q < p0 : p0 >= 1 && prepositionAt(p0 - 1) && q < p0 - 1;
                if (longer && rolePhrase(q, p1)) {
                    p0 = q;
                }
            }
            if (p0 < p1 && (role || rolePhrase(p0, p1))) {
                attach(m, p0, p1, "apposition.before", startingAt);
            }
        }
    }

    /**
     * "a worker named Antonio Arroyo": the description of one person right before "named" and a name is a mention of
     * that person, not someone else (the description is no role: "a man named …").
     */
    private void namedAfterDescription(Mention m, Mention[] endingAt) {
        if (m.ts >= 2 && t.adjacent(m.ts) && t.is(m.ts - 1, Tokens.LOWER) && t.keyIs(m.ts - 1, "named")
                && t.adjacent(m.ts - 1)) {
            Mention d = at(endingAt, m.ts - 1);
            if (onePerson(d) && d.redirect == null) {
                d.redirect = m;
            }
        }
    }

    /** The forms of "be" and "become" that say what one person is ({@code was}, not {@code were}). */
    private static final String[] SINGULAR_COPULAS = {"is", "was", "became", "remains", "remained"};

    /** Verbs after which "a" + noun says what the subject is (a predicate), not who else is there. */
    static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "being", "became",
            "become", "becomes", "remains", "remained");

    /** Whether a description names one person: singular, not an organisation's or a collective noun. */
    private static boolean onePerson(Mention d) {
        return d != null && d.type == Mention.GROUP && !d.plural && d.kind != ActorKind.ORGANISATION
                && d.gender != COLLECTIVE;
    }

    /**
     * A lower-case title right before the name ("Kremlin spokesman Dmitry Peskov"), or the description of one
     * person ("said former employee Dana Cruz", "her neighbour Tom Hale"): the person's role, not an actor of its
     * own.
     */
    private void titleBefore(Mention m, Mention[] startingAt, Mention[] endingAt) {
        if (!m.roles().isEmpty() || m.ts < 1 || !t.adjacent(m.ts) || !t.is(m.ts - 1, Tokens.LOWER)) {
            return;
        }
        Mention d = at(endingAt, m.ts);
        if (!t.has(m.ts - 1, Lexicon.TITLE | MODIFIER) && onePerson(d)) {
            // (not a noun that is an adjective too: "the conservative Gun Owners of America")
            int p0 = d.ts;
            if (article(p0)) {
                p0++;
            }
            m.addRole(new Role(slice(t.start[p0], t.end[m.ts - 1]), doc.view().span(t.start[p0], t.end[m.ts - 1])));
            d.redirect = m;
            return;
        }
        if (t.has(m.ts - 1, Lexicon.TITLE) && !(t.is(m.ts - 1, Tokens.DOTTED) && t.keyIs(m.ts - 1, "pm"))) {
            // (a time, "8:45 p.m. Marco Rubio spoke", is no prime minister)
            int p0 = m.ts - 1;
            while (p0 - 1 >= 0 && m.ts - p0 < 5 && t.adjacent(p0) && t.is(p0 - 1, Tokens.WORD)
                    && !t.is(p0 - 1, Tokens.SENT) && !t.has(p0 - 1, DETERMINER | VERB | CONNECTOR)
                    && (t.is(p0 - 1, Tokens.CAP | Tokens.UPPER) || t.has(p0 - 1, MODIFIER)
                    || t.has(p0 - 1, Lexicon.TITLE_WORD) && !t.has(p0 - 1, Lexicon.PREPOSITION | Lexicon.KIN))) {
                // (a word of a title: "managing director Rob Scott")
                p0--;
            }
            if (p0 > 0 && t.adjacent(p0) && t.is(p0 - 1, Tokens.SENT) && opensTitle(p0 - 1, m, startingAt)) {
                p0--; // "Chief executive Andy Jassy said", "White House press secretary Karine Jean-Pierre said"
            }
            String title = slice(t.start[p0], t.end[m.ts - 1]);
            m.addRole(new Role(title, doc.view().span(t.start[p0], t.end[m.ts - 1])));
            Mention g = at(endingAt, m.ts);
            if (g != null && (g.type == Mention.GROUP || g.type == Mention.ROLE)) {
                g.redirect = m;
            }
        } else if (d == null && t.has(m.ts - 1, Lexicon.GROUP_NOUN | Lexicon.ROLE_NOUN)
                && !t.has(m.ts - 1, MODIFIER)
                && !(m.te < t.n && t.is(m.te, Tokens.LOWER) && t.has(m.te, Lexicon.AUXILIARY))) {
            // "said resident Ellen Marsh", "psychologist Mary Alvord": a singular role noun without an article labels
            // the name that follows it (not an adjective, "conservative Catholics", nor an object before its
            // clause, "whatever real authority Manafort had")
            if (personNoun(m.ts - 1)) {
                int p = m.ts - 1;
                m.addRole(new Role(slice(t.start[p], t.end[p]), doc.view().span(t.start[p], t.end[p])));
            }
        } else if (d == null) {
            int p0 = capitalisedBeforeNoun(m);
            if (p0 >= 0) {
                m.addRole(new Role(slice(t.start[p0], t.end[m.ts - 1]), doc.view().span(t.start[p0], t.end[m.ts - 1])));
            }
        }
    }

    /**
     * "said Liberal Democrat peer Lord Anstruther", "Tory grandee Michael Heseltine said": a name of two words or
     * more after a lower-case noun no list holds, itself after capitalised words (a party, a place, a body), where
     * a speaker stands (after an inverting saying verb, or opening the sentence before a saying verb): the
     * capitalised words and the noun are the name's role.
     *
     * @return the first token of the role, or -1
     */
    private int capitalisedBeforeNoun(Mention m) {
        int w = m.ts - 1;
        if (m.te - m.ts < 2 || w < 1 || t.has(w, OPENS_NO_TITLE | Lexicon.NON_NAME | MODIFIER) || t.keyEndsWith(w, "ly")
                || t.keyEndsWith(w, "ing") || t.keyEndsWith(w, "ed") || !t.adjacent(w)) {
            return -1;
        }
        int p0 = w;
        while (p0 - 1 >= 0 && w - p0 < 3 && t.is(p0 - 1, Tokens.CAP | Tokens.UPPER) && t.adjacent(p0)
                && !t.has(p0 - 1, OPENS_NO_TITLE)) {
            p0--;
            if (t.is(p0, Tokens.SENT)) {
                break;
            }
        }
        if (p0 == w) {
            return -1;
        }
        boolean inverted = p0 >= 1 && t.is(p0 - 1, Tokens.LOWER) && INVERTING.contains(t.key(p0 - 1));
        boolean subject = t.is(p0, Tokens.SENT) && m.te < t.n && t.is(m.te, Tokens.LOWER)
                && t.has(m.te, Lexicon.SAYING);
        return inverted || subject ? p0 : -1;
    }

    /**
     * Whether the word at k, which opens its sentence, is the first word of the title that runs from it to the name
     * of m: a word of a name found there ({@code White House press secretary}), or a capitalised word that no list
     * reads as a function word, a verb, a sentence opener or an adverb ({@code Chief executive}, {@code Managing
     * director}; not {@code Meanwhile}, {@code Separately}, {@code Asked}).
     */
    private boolean opensTitle(int k, Mention m, Mention[] startingAt) {
        Mention first = startingAt[k];
        if (isName(first) && first != m && first.te <= m.ts && !t.has(k, DETERMINER)) {
            return true;
        }
        return t.is(k, Tokens.CAP) && !t.is(k, Tokens.UPPER) && !t.keyEndsWith(k, "ly")
                && !t.has(k, OPENS_NO_TITLE);
    }

    /** Whether x is a mention of a name found by a list or a rule (not a lone capitalised word, not a pronoun). */
    private static boolean isName(Mention x) {
        return x != null && x.type != Mention.SINGLE && x.type != Mention.PRONOUN;
    }

    /** The bits of words that never open a title before a name: function words, verbs, sentence openers. */
    private static final int OPENS_NO_TITLE = DETERMINER | VERB | CONNECTOR | Lexicon.PREPOSITION | Lexicon.PRONOUN
            | Lexicon.AUXILIARY | Lexicon.NON_NAME | Lexicon.WHO | Lexicon.QUANTIFIER | Lexicon.FIRST_NAME;

    /**
     * @return the end of the phrase from p0: the punctuation that closes it, or a relative pronoun after its first
     *         word ({@code a bus driver in Aarhus who has worked there for 22 years}: the clause is no part of it);
     *         -1 when it runs on past {@link #MAX_PHRASE} tokens or into a quotation, colon or parenthesis (not
     *         right after a word's full stop)
     */
    private int phraseEnd(int p0) {
        int k = p0;
        while (k < t.n && k - p0 < MAX_PHRASE && t.sentence[k] == t.sentence[p0] && t.sameBlock(k, p0)) {
            if (k > p0 && t.is(k, Tokens.LOWER) && t.has(k, Lexicon.WHO)) {
                return k;
            }
            char c = t.punct(k);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '(' || t.is(k, Tokens.QUOTE)
                    || c == '\u2014' || c == '\u2013') {
                // (after a word's full stop, which ended the sentence: "an analyst at Lyle Inc. “We …")
                return c == ',' || c == '.' || c == ';' || c == ')' || c == '\u2014' || c == '\u2013'
                        || t.is(k - 1, Tokens.DOTTED) ? k : -1;
            }
            k++;
        }
        return k - p0 < MAX_PHRASE ? k : -1; // (or the text's end: "… an analyst at broker Lyle & Co.")
    }

    private int phraseStart(int p1) {
        int k = p1 - 1;
        while (k >= 0 && p1 - k <= MAX_PHRASE && t.sentence[k] == t.sentence[p1 - 1]
                && t.sameBlock(k, p1 - 1)) {
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
        boolean det = article(p0) || t.has(p0, POSSESSIVE);
        boolean title = false;
        for (int k = p0; k < p1; k++) {
            if (t.is(k, Tokens.POSS) && k - p0 <= 4) {
                det = true;
            }
            if (!t.is(k, Tokens.WORD)) {
                continue;
            }
            int kb = t.bits(k);
            if (t.is(k, Tokens.LOWER) && (kb & VERB) != 0 && !(k > p0 && t.keyIs(k - 1, "of")) // "head of claims"
                    || t.keyIs(k, "who") || t.keyIs(k, "which") || t.keyIs(k, "that") || pastAfterName(k, p0)) {
                return false;
            }
            if (k - p0 < 7 && ((kb & Lexicon.TITLE) != 0 || (kb & Lexicon.TITLE_WORD) != 0 && t.is(k, Tokens.CAP)
                    || personNoun(k) && !modifiesNext(k, p1) || dirTitles && dir.titles().contains(t.key(k))
                    || occupation(k, p1))) {
                title = true;
            }
        }
        if (!det && t.is(p0, Tokens.CAP) && t.has(p0, Lexicon.TITLE)) {
            det = true; // "Jens Stoltenberg, NATO Secretary General," / "Foreign Minister Sergei Lavrov"
        }
        if (!det && bareRole(p0, p1)) {
            det = true; // "James Comey, director of the FBI," / "Priya Nair, chief economist at the NAR,"
        }
        if (!det) {
            Match lex = lexicon(p0, p1);
            det = lex != null && lex.end < p1 && titleEnd(lex.end, p1) > 0;
        }
        return det && title;
    }

    /**
     * Whether the lower-case word at k reads as the past tense of a clause whose subject is the name before it: a
     * word in {@code -ed} right after a capitalised word inside the phrase, with an object after it ({@code The
     * charity ship Ocean Viking rescued 84 people, SOS Méditerranée said}: a sentence, not a role of the speaker;
     * not {@code a reporter for U.S. News & World Report arrested in Moscow}).
     */
    private boolean pastAfterName(int k, int p0) {
        return k - 1 > p0 && t.is(k, Tokens.LOWER) && t.end[k] - t.start[k] >= 5 && t.keyEndsWith(k, "ed")
                && t.is(k - 1, Tokens.CAP) && t.adjacent(k)
                && k + 1 < t.n && t.is(k + 1, Tokens.WORD) && !prepositionAt(k + 1);
    }

    /**
     * Whether the lower-case word at k names an occupation no list holds by its ending ({@code astrophysicist},
     * {@code historian}; {@code postman}, {@code frontman} from seven letters, which leaves out {@code woman}, {@code
     * human}) and heads its phrase: the phrase ends after it or goes on with a preposition ({@code Nikku Rao, an
     * astrophysicist at Cambridge,}).
     */
    private boolean occupation(int k, int p1) {
        int length = t.end[k] - t.start[k];
        return t.is(k, Tokens.LOWER) && (length >= 6 && (t.keyEndsWith(k, "ist") || t.keyEndsWith(k, "ian"))
                || length >= 7 && t.keyEndsWith(k, "man")) && (k + 1 == p1 || prepositionAt(k + 1));
    }

    /** Function words that open no role: {@code as chairman of …}, {@code to be president}. */
    private static final Set<String> NOT_ROLE_WORDS = Set.of("as", "to", "be", "now", "then", "also", "once",
            "still", "not", "only", "like", "than");

    /**
     * Whether [p0, p1) is a role without an article: a few lower-case words whose last, before a preposition or
     * the end, is a title or a person's noun ({@code director of the FBI}, {@code chief economist at the NAR},
     * {@code former mayor}).
     */
    private boolean bareRole(int p0, int p1) {
        for (int k = p0; k < p1 && k - p0 < 4; k++) {
            if (!t.is(k, Tokens.LOWER) || NOT_ROLE_WORDS.contains(t.key(k)) || t.has(k, VERB | DETERMINER
                    | Lexicon.PRONOUN | Lexicon.AUXILIARY | Lexicon.PREPOSITION | CONNECTOR
                    | Lexicon.AFTER_GROUP_WORD)) {
                return false; // (not "as chairman of …", "to be president", "now prime minister")
            }
            if (k + 1 == p1 || t.has(k + 1, Lexicon.PREPOSITION | Lexicon.AFTER_GROUP_WORD)) {
                return t.has(k, Lexicon.TITLE) || personNoun(k); // the head
            }
        }
        return false;
    }

    /**
     * Whether the noun at k, one that modifies other nouns as often as it names someone ({@link Lexicon#ROLE_NOUN}),
     * modifies the lower-case noun right after it that heads the phrase [k, p1): {@code Mr. Bush's family values -
     * of …}, {@code its customer service} (but {@code a nurse at the clinic}, {@code a patient and a friend}, {@code
     * a veteran diplomat}, {@code a veteran political commentator}, {@code a customer based in Boston}).
     */
    private boolean modifiesNext(int k, int p1) {
        int h = k + 1;
        return t.has(k, Lexicon.ROLE_NOUN) && h < p1 && t.adjacent(h) && t.is(h, Tokens.LOWER)
                && !t.has(h, Lexicon.PREPOSITION | CONNECTOR | Lexicon.TITLE | Lexicon.ROLE_NOUN | Lexicon.GROUP_NOUN
                | Lexicon.WHO | VERB) && !t.keyEndsWith(h, "ed") && !t.keyEndsWith(h, "ing")
                && (h + 1 == p1 || !t.is(h + 1, Tokens.WORD) || prepositionAt(h + 1));
    }

    /**
     * Whether token k is a noun for one person: a singular group noun of the lists that names no organisation
     * ({@code resident}, {@code analyst}), or a singular listed as not read alone ({@code driver}, {@code nurse}).
     */
    private boolean personNoun(int k) {
        if (t.has(k, Lexicon.ROLE_NOUN)) {
            return true;
        }
        Lexicon.GroupNoun g = lx.groupNoun(t.word(k));
        return g != null && !g.plural() && !g.organisation();
    }

    /** Whether tokens [p0, k) hold more than articles and adverbs, so a description from k is not the role. */
    private boolean rolePrefix(int p0, int k) {
        for (int x = p0; x < k; x++) {
            if (t.is(x, Tokens.WORD) && !t.has(x, DETERMINER) && !t.keyIs(x, "now") && !t.keyIs(x, "also")
                    && !t.keyIs(x, "then")) {
                return true;
            }
        }
        return false;
    }

    private static Mention at(Mention[] byIndex, int k) {
        return k >= 0 && k < byIndex.length ? byIndex[k] : null;
    }

    /**
     * Ends the descriptions of persons that lie inside the role phrase [p0, p1) and are shorter than it: the
     * phrase is one description of the person it stands by ("The company’s chief" in "The company’s chief
     * financial officer, Colette Kress,", "chief executive" in "Nvidia’s founder and chief executive"). Names,
     * organisations, groups and the complement of a preposition ("the mayor" in "a spokeswoman for the mayor")
     * stay.
     */
    private void endInside(int p0, int p1) {
        int lo = 0;
        int hi = sortedMentions; // sorted by position; the roles added after them are an apposition's own
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).ts < p0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sortedMentions && mentions.get(i).ts < p1; i++) {
            Mention d = mentions.get(i);
            boolean complement = d.ts > p0 && prepositionAt(d.ts - 1);
            if ((d.type == Mention.ROLE || d.type == Mention.GROUP) && d.te <= p1 && d.te - d.ts < p1 - p0
                    && d.redirect == null && d.kind != ActorKind.ORGANISATION && !d.plural && !complement) {
                d.dead = true;
            }
        }
    }

    private void attach(Mention person, int p0, int p1, String rule, Mention[] startingAt) {
        int r0 = p0;
        if (article(p0)) {
            r0 = p0 + 1;
        }
        if (r0 >= p1) {
            return;
        }
        String title = slice(t.start[r0], t.end[p1 - 1]);
        person.addRole(new Role(title, doc.view().span(t.start[r0], t.end[p1 - 1])));
        boolean covered = false;
        for (int k = p0 + 1; k < p1 && !covered; k++) {
            Mention d = at(startingAt, k);
            if (d != null && (d.type == Mention.ROLE || d.type == Mention.GROUP) && d.te == p1
                    && d.kind != ActorKind.ORGANISATION && !rolePrefix(p0, k)) {
                // "now the Republican Party’s nominee": the description inside is the mention
                d.redirect = person;
                d.rule = rule;
                d.clearRoles();
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
                    d.clearRoles();
                    covered = true;
                } else if (d.ts == p0) {
                    d.dead = true; // "The head" of "The head of the central bank": the whole phrase is the mention
                }
                break;
            }
        }
        if (person.type == Mention.PERSON) {
            // (a lone name may stay unconfirmed: "her husband of 62 years, Walter" keeps the husband)
            endInside(p0, p1);
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
