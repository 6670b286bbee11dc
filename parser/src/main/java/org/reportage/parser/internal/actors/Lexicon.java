package org.reportage.parser.internal.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.reportage.core.ActorKind;

/**
 * The compiled word lists of the actor stage (resource files next to this class, each with a header saying what
 * it holds and where the facts come from), loaded once and shared read-only by every parse. Keys are
 * {@link Tokens#normalise normalised}: lower case, dots dropped; a multi-word key joins its tokens' keys with
 * one space.
 */
final class Lexicon {

    /** What kind of name a lexicon phrase is. */
    enum Type {
        /** The actor's own name or an alias of it. */
        NAME,
        /** A capital or other city standing for a place (and, when it acts, for its country's government). */
        CAPITAL,
        /** An adjective or singular demonym standing for a country ({@code Russian}). */
        DEMONYM,
        /** A plural demonym naming a group of people ({@code Americans}). */
        PEOPLE
    }

    /**
     * One lexicon phrase.
     *
     * @param name      canonical name of the actor it names
     * @param kind      kind of that actor
     * @param type      how the phrase names it
     * @param country   for a capital or plural demonym, the country's canonical name; else {@code null}
     * @param exactCase whether the phrase matches only when written in capitals (EU, US)
     * @param anaphoric whether it names the actor only after the actor was mentioned ({@code the Alliance})
     * @param form      the phrase as written, full stops dropped (compared exactly when {@code exactCase})
     * @param company   whether it is a company (a bare surname of a person in the article wins over it)
     * @param names     for an anaphoric alias, every actor it may name, {@code name} first: several share one
     *                  ({@code the central bank}), which names the one of them the report mentioned last; else
     *                  {@code name} alone
     */
    record Entry(String name, ActorKind kind, Type type, String country, boolean exactCase, boolean anaphoric,
                 String form, boolean company, List<String> names) {

        /** @return the same alias, naming another of its {@link #names} */
        Entry naming(String other) {
            return new Entry(other, kind, type, country, exactCase, anaphoric, form, company, names);
        }
    }

    /** A role noun of a group description ({@code official}, {@code officials}, {@code campaign}). */
    record GroupNoun(String singular, boolean plural, boolean organisation, char gender) {
        /** @return whether the noun describes one organisation ({@code the company}, {@code the union}) */
        boolean body() {
            return organisation && !plural;
        }
    }

    // Bits of a word ({@link #find}): the lists a word key is in. One table look-up per distinct word of a report
    // gives all of them, so the finder tests a token against a list with a mask, not a hash look-up per test.
    /** A pronoun ({@link #pronoun}). */
    static final int PRONOUN = 1;
    /** A name particle (von, de, al). */
    static final int PARTICLE = 1 << 1;
    /** A head word of an organisation, media or place name ({@link #orgHead}). */
    static final int ORG_HEAD = 1 << 2;
    /** A word of some title. */
    static final int TITLE_WORD = 1 << 3;
    /** A one-word title ({@link #title}). */
    static final int TITLE = 1 << 4;
    /** A first name ({@link #firstName}). */
    static final int FIRST_NAME = 1 << 5;
    /** An honorific ({@link #honorific}). */
    static final int HONORIFIC = 1 << 6;
    /** A capitalised word that is not a name. */
    static final int NON_NAME = 1 << 7;
    /** A group noun ({@link #groupNoun}). */
    static final int GROUP_NOUN = 1 << 8;
    /** A speech or action verb. */
    static final int VERB = 1 << 9;
    /** One of {@link #DETERMINERS}. */
    static final int DETERMINER = 1 << 10;
    /** One of {@link #POSSESSIVE_PRONOUNS}. */
    static final int POSSESSIVE = 1 << 11;
    /** One of {@link #MODIFIERS}. */
    static final int MODIFIER = 1 << 12;
    /** One of {@link #QUANTIFIERS}. */
    static final int QUANTIFIER = 1 << 13;
    /** One of {@link #AUXILIARIES}. */
    static final int AUXILIARY = 1 << 14;
    /** One of {@link #TITLE_HEADS}. */
    static final int TITLE_HEAD = 1 << 15;
    /** One of {@link #AMBIGUOUS_TITLES}. */
    static final int AMBIGUOUS_TITLE = 1 << 16;
    /** One of {@link #PREPOSITIONS}. */
    static final int PREPOSITION = 1 << 17;
    /** One of {@link #CONNECTORS}. */
    static final int CONNECTOR = 1 << 18;
    /** One of {@link #AFTER_GROUP}. */
    static final int AFTER_GROUP_WORD = 1 << 19;
    /** One of {@link #WHO_WORDS}. */
    static final int WHO = 1 << 20;
    /** One of {@link #SAYING_VERBS}. */
    static final int SAYING = 1 << 21;
    /** One of {@link #NO_SPEAKER_WORDS}. */
    static final int NO_SPEAKER = 1 << 22;
    /** One of {@link #VERB_ADVERBS}. */
    static final int VERB_ADVERB = 1 << 23;
    /** One of {@link #KINSHIP}. */
    static final int KIN = 1 << 24;
    /**
     * The singular of a group noun listed as not read alone ({@code !driver}): a role before a name or in apposition
     * to one ({@code driver Jan Hoff}, {@code Tamsin Boyd, a nurse,}), never a description by itself.
     */
    static final int ROLE_NOUN = 1 << 25;
    /** An acronym of a thing, measure or time ({@code EV}, {@code LNG}, {@code GMT}), never of an actor. */
    static final int THING_ACRONYM = 1 << 26;
    /** The first word of a two-word honorific ({@link #honorificPair}: {@code Tan Sri}, {@code Puan Sri}). */
    static final int HONORIFIC_PAIR = 1 << 27;
    /**
     * A company's noun listed as not read alone ({@code !chain}): it describes the name right after it ({@code
     * supermarket chain Greenway}), never someone by itself (not {@code an e-mail chain}) nor a person's role.
     */
    static final int BODY_BEFORE_NAME = 1 << 28;
    /** The highest bit a lexicon uses; a report's own bits ({@link Tokens#mark}) start above it. */
    static final int LAST_BIT = BODY_BEFORE_NAME;

    // Closed word classes of the finder's rules (function words, not facts about the world).
    static final List<String> DETERMINERS = List.of("a", "an", "the", "some", "many", "several", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
            "other", "these", "those", "few", "most", "all", "both", "his", "her", "their", "its", "our", "one",
            "another", "no", "any", "this", "each", "every", "various", "numerous", "more");
    /** Adverbs and negations that stand between a subject and its verb: "Starmer also said", "never said". */
    static final List<String> VERB_ADVERBS = List.of("also", "later", "earlier", "never", "not", "then", "again",
            "still", "already", "once", "repeatedly", "previously", "recently", "publicly", "privately", "often",
            "always", "first", "since", "long", "reportedly", "initially", "subsequently", "separately");
    /** Nouns of kinship: "his widow, Maria," names a person; "the mother said" is someone's mother. */
    static final List<String> KINSHIP = List.of("mother", "father", "wife", "husband", "son", "daughter",
            "brother", "sister", "widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "cousin",
            "niece", "nephew", "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "parent", "mum",
            "mom", "dad", "stepfather", "stepmother", "stepson", "stepdaughter", "grandson", "granddaughter",
            "sibling", "twin");
    static final List<String> POSSESSIVE_PRONOUNS = List.of("his", "her", "their", "its", "our");
    static final List<String> MODIFIERS = List.of("senior", "top", "former", "current", "local", "foreign",
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
            "humanitarian", "human", "rights", "civil", "civilian", "western-backed", "pro-russian", "interior",
            "fire", "transport", "transportation", "education", "housing", "immigration", "tax", "water",
            "planning", "coast");
    static final List<String> QUANTIFIERS = List.of("some", "many", "others", "both", "most", "few",
            "several", "one", "another", "each", "all", "those", "critics");
    static final List<String> AUXILIARIES = List.of("is", "was", "has", "had", "have", "will", "would",
            "could", "should", "may", "might", "must", "can", "did", "does", "are", "were");
    static final List<String> TITLE_HEADS = List.of("minister", "secretary", "commissioner", "spokesman",
            "spokeswoman", "spokesperson", "director", "chief", "adviser", "advisor", "envoy", "ambassador",
            "chairman", "chairwoman", "chair", "correspondent", "editor", "officer", "leader", "whip", "counsel",
            "representative", "governor", "mayor", "president", "senator", "judge", "general");
    /** Title words that are common nouns too ("a head", "the host"): a role only with "of" after them. */
    static final List<String> AMBIGUOUS_TITLES = List.of("head", "chief", "member", "partner", "owner",
            "general", "major", "star", "host", "anchor", "chair", "justice", "deputy", "officer", "leader",
            "executive", "manager", "author", "writer", "founder", "speaker", "father", "mother", "son", "daughter",
            "wife", "husband", "brother", "sister", "actor", "singer", "captain", "commander", "attorney",
            "secretary", "expert", "activist", "official", "delegate", "auditor", "treasurer", "developer");
    static final List<String> PREPOSITIONS = List.of("in", "at", "to", "from", "near", "into", "outside",
            "across", "around", "of", "via", "through", "toward", "towards", "inside", "within", "on");
    static final List<String> CONNECTORS = List.of("of", "for", "in", "and", "on", "de", "at");
    static final List<String> AFTER_GROUP = List.of("for", "of", "at", "with", "from", "in", "to");
    /** The relative pronouns that open a clause about a person or group. */
    static final List<String> WHO_WORDS = List.of("who", "whom", "whose");
    /**
     * Verbs that report what a speaker said, in the forms an attribution uses: whoever stands right before one
     * ({@code the coach said}) speaks. Fewer than {@link #VERB}'s list, which holds the verbs of thinking and
     * acting too ({@code the storm threatened}), and without the forms that are plural nouns too ({@code his
     * tweets}, {@code the states}, {@code the claims}).
     */
    static final List<String> SAYING_VERBS = List.of("said", "says", "told", "tells", "added", "adds", "explained",
            "explains", "insisted", "insists", "announced", "warned", "warns", "stated", "declared", "argued", "argues",
            "claimed", "noted", "stressed", "emphasized", "emphasised", "replied", "responded", "responds", "wrote",
            "tweeted", "admitted", "admits", "acknowledged", "acknowledges", "denied", "denies", "confirmed",
            "confirms", "concluded", "recalled", "urged", "complained", "countered", "conceded", "cautioned",
            "shouted", "answered", "retorted", "quipped", "joked", "boasted", "exclaimed", "remarked", "lamented",
            "reiterated", "testified", "pleaded", "yelled", "screamed", "roared", "bellowed");
    /**
     * Words that stand right before a saying verb but name no speaker: nouns of texts, records and findings, which
     * "say" things in news ({@code the statement said}, {@code one slide said}, {@code the sign says}), things and
     * weather ({@code the clock said}, {@code the storm warned}), time nouns ({@code the agency this week said}) and
     * adverbs that do not end in -ly ({@code the president often said}, {@code the company today said}). Facts:
     * common English words, compiled by the Reportage authors.
     */
    static final List<String> NO_SPEAKER_WORDS = List.of("statement", "statements", "report", "reports", "study",
            "studies", "letter", "letters", "document", "documents", "memo", "filing", "filings", "indictment",
            "complaint", "lawsuit", "suit", "ruling", "decision", "verdict", "order", "note", "notice", "post",
            "tweet", "message", "email", "e-mail", "release", "article", "story", "book", "text", "transcript",
            "video", "footage", "ad", "advert", "advertisement", "sign", "banner", "headline", "caption", "law",
            "bill", "resolution", "agreement", "deal", "treaty", "plan", "proposal", "draft", "analysis", "review",
            "audit", "inquiry", "probe", "investigation", "findings", "data", "figures", "records", "estimate",
            "estimates", "forecast", "model", "policy", "guidance", "guidelines", "rules", "summary", "account",
            "version", "testimony", "affidavit", "petition", "motion", "brief", "warrant", "announcement",
            "communique", "declaration", "manifesto", "platform", "page", "site", "app", "results", "research",
            "evidence", "paperwork", "contract", "budget", "bulletin", "update", "alert", "warning", "reply",
            "response", "speech", "interview", "remarks", "comments", "slide", "pitch", "measure", "measures",
            "latter", "former", "rest", "headlines", "signs", "label", "labels", "map", "screen", "clock", "receipt",
            "gauge", "meter", "thermometer", "thermostat", "door", "tape", "numbers", "figure", "chart", "graph",
            "weather", "storm", "wind", "flood", "fire", "smoke", "time", "times", "day", "days", "week", "weeks",
            "weekend", "month", "months", "year", "years", "season", "morning", "afternoon", "evening", "night",
            "hour", "hours", "emails", "messages", "posts", "tweets", "rule", "constitution", "autopsy", "image",
            "images", "song", "songs", "lyrics", "assessment", "twice", "often", "overall", "nationwide", "also",
            "still", "never", "always", "later", "again", "once", "too", "however", "then", "now", "instead", "alone",
            "together", "first", "last", "next", "today", "yesterday", "tonight", "himself", "herself", "itself",
            "themselves", "ever", "already", "soon", "recently");

    static final Lexicon BASE = load();

    /** Records demonym d as one person's noun when its plural is listed or it is a -man/-woman form. */
    private void personDemonym(String d, boolean pluralListed) {
        String k = key(d);
        if (pluralListed || k.endsWith("man")) {
            personDemonyms.add(k);
        }
    }

    final Map<String, Entry> phrases = new HashMap<>();
    int maxPhraseWords = 1;
    final Map<String, Character> titles = new HashMap<>();
    int maxTitleWords = 1;
    final Map<String, Character> honorifics = new HashMap<>();
    /** Two-word honorifics by their words' keys joined with a space ({@code tan sri}). */
    final Map<String, Character> honorificPairs = new HashMap<>();
    final Map<String, Character> firstNames = new HashMap<>();
    final Map<String, GroupNoun> groupNouns = new HashMap<>();
    /** The singulars of group nouns not read alone ({@link #ROLE_NOUN}). */
    final Set<String> roleNouns = new HashSet<>();
    /** The singulars of company nouns not read alone ({@link #BODY_BEFORE_NAME}). */
    final Set<String> bodiesBeforeName = new HashSet<>();
    /** The singulars of group nouns that describe a company ({@code the bank}, {@code the carmaker}). */
    final Set<String> businessNouns = new HashSet<>();
    /** Per word that names a sector of business ({@code bank}, {@code airline}): a bit for each sector it names. */
    final Map<String, Long> sectors = new HashMap<>();
    /** The singulars of group nouns that describe a news outlet ({@code the newspaper}, {@code the broadcaster}). */
    final Set<String> mediaNouns = new HashSet<>();
    /**
     * Nouns of a party's members that news writes capitalised and uses alone ({@code the Democrat said}), each with
     * the stems of the words that name the party in a person's role ({@code a Democrat}, {@code Democratic Sen.},
     * {@code GOP nominee}). Facts.
     */
    static final Map<String, String[]> PARTY_MEMBERS = Map.of("democrat", new String[] {"democrat"},
            "republican", new String[] {"republican", "gop"}, "conservative", new String[] {"conservative", "tory"},
            "liberal", new String[] {"liberal"});

    /** Head words of names, with the kind of actor they make: organisation, media or place. */
    final Map<String, ActorKind> orgHeads = new HashMap<>();
    /** The {@link #orgHeads} that are, in lower case too, a noun for one organisation ({@code service}). */
    final Set<String> bodyNouns = new HashSet<>();
    /** The {@link #orgHeads} that are a company's legal form, as written ({@code Inc.}, {@code SA}); set once. */
    private String[] legalForms;

    /** @return whether name[from, to) is one of the legal forms, compared in place (most names end in none) */
    boolean legalForm(String name, int from, int to) {
        for (String form : legalForms) {
            if (form.length() == to - from && name.startsWith(form, from)) {
                return true;
            }
        }
        return false;
    }
    final Set<String> particles = new HashSet<>();
    final Map<String, Character> pronouns = new HashMap<>();
    final Set<String> verbs = new HashSet<>();
    final Set<String> nonNames = new HashSet<>();
    private final Set<String> thingAcronyms = new HashSet<>();
    /** Every word of every title ({@code secretary}, {@code state}, {@code minister}). */
    final Set<String> titleWords = new HashSet<>();
    /**
     * The keys of the demonyms that are nouns for one person: those whose plural the lists hold ({@code German} /
     * {@code Germans}, {@code Briton}, {@code Czech}) and the {@code -man}/{@code -woman} forms ({@code Dutchman});
     * not an adjective for a whole people ({@code British}, {@code Dutch}, {@code Nepali}).
     */
    final Set<String> personDemonyms = new HashSet<>();
    private boolean company;

    // The word table: every word key of every list above, numbered; a token's key is looked up once per report.
    /**
     * The words, one after another, each as the length of its key, its bits (low and high 16), then its key: a
     * look-up that finds a word reads one short run of this array, not a String object per word and a table of
     * bits.
     */
    private char[] pool;
    /** Per word id: where the word starts in {@link #pool} (which may outgrow 16-bit offsets). */
    private int[] wordAt;
    /** Per word {@code i}: at {@code 2i} and {@code 2i + 1} the phrase- and title-trie nodes its root step reaches. */
    private int[] roots;
    private char[] pronounOf;
    private char[] firstNameOf;
    private char[] titleOf;
    private char[] honorificOf;
    private ActorKind[] orgHeadOf;
    private GroupNoun[] groupNounOf;
    /**
     * Open-addressing index of the words: per slot the word's {@code hashCode()} in the high half and its id + 1
     * in the low half (0 for an empty slot), so that a probe reads one array and compares ints before it reads a
     * key ({@link #wordAt} says where). Filled from a third to two thirds: small enough to stay in a fast cache,
     * which matters more than the slightly longer probes (most probes end in the cache line they start in).
     */
    private long[] slots;
    /** The size of {@link #filter} in bits: {@code 1 << FILTER_SHIFT}, some twenty times the number of words. */
    private static final int FILTER_SHIFT = 16;
    /**
     * One bit per {@code 2^-FILTER_SHIFT}-th part of the hash space, set where a word's hash falls: most words of a
     * report are in no list, and one look at this small table (which stays in a fast cache) says so without
     * probing {@link #slots}.
     */
    private final long[] filter = new long[(1 << FILTER_SHIFT) / 64];
    /** The phrases, word by word (word ids); a node's entry is the phrase that ends there. */
    private Trie phraseTrie;
    /** The titles, word by word (word ids). */
    private Trie titleTrie;

    private Lexicon() {
    }

    private static Lexicon load() {
        Lexicon x = new Lexicon();
        for (String[] f : rows("countries.txt")) {
            String country = f[0];
            x.phrase(country, country, ActorKind.COUNTRY, Type.NAME, null, false);
            for (String a : list(f, 1)) {
                x.phrase(a, country, ActorKind.COUNTRY, Type.NAME, null, false);
            }
            for (String c : list(f, 2)) {
                x.phrase(c, c, ActorKind.PLACE, Type.CAPITAL, country, false);
            }
            List<String> plurals = list(f, 4);
            for (String d : list(f, 3)) {
                x.phrase(d, country, ActorKind.COUNTRY, Type.DEMONYM, null, false);
                x.personDemonym(d, plurals.contains(d + "s"));
            }
            for (String d : plurals) {
                x.phrase(d, d, ActorKind.GROUP, Type.PEOPLE, country, false);
            }
        }
        for (String[] f : rows("organisations.txt")) {
            x.named(f, ActorKind.ORGANISATION);
            for (String a : list(f, 2)) {
                x.phrase(a, f[0], ActorKind.ORGANISATION, Type.NAME, null, true);
            }
            for (String d : list(f, 3)) {
                x.phrase(d, f[0], ActorKind.ORGANISATION, Type.DEMONYM, null, false);
            }
        }
        for (String[] f : rows("media.txt")) {
            x.named(f, ActorKind.MEDIA);
        }
        for (String[] f : rows("companies.txt")) {
            x.company = true;
            x.named(f, ActorKind.ORGANISATION);
            x.company = false;
        }
        for (String[] f : rows("places.txt")) {
            x.named(f, ActorKind.PLACE);
            for (String d : list(f, 2)) {
                x.phrase(d, f[0], ActorKind.PLACE, Type.DEMONYM, null, false);
                x.personDemonym(d, false);
            }
        }
        for (String[] f : rows("titles.txt")) {
            String k = key(f[0]);
            x.titles.put(k, gender(f, 1));
            x.titleWords.addAll(List.of(k.split(" ")));
            x.maxTitleWords = Math.max(x.maxTitleWords, words(k));
        }
        for (String[] f : rows("honorifics.txt")) {
            String k = key(f[0]);
            (k.indexOf(' ') < 0 ? x.honorifics : x.honorificPairs).put(k, gender(f, 1));
        }
        for (String[] f : rows("first-names-male.txt")) {
            x.firstNames.put(key(f[0]), 'm');
        }
        for (String[] f : rows("first-names-female.txt")) {
            x.firstNames.merge(key(f[0]), 'f', (a, b) -> a == b ? a : 'u');
        }
        for (String[] f : rows("group-nouns.txt")) {
            String kind = f.length > 2 ? f[2] : "";
            boolean org = kind.equals("organisation") || kind.equals("business") || kind.equals("media");
            char g = gender(f, 3);
            boolean pluralOnly = f[0].startsWith("!"); // the singular modifies or titles more than it describes
            String singular = pluralOnly ? f[0].substring(1) : f[0];
            if (kind.equals("business")) {
                x.businessNouns.add(key(singular));
            } else if (kind.equals("media")) {
                x.mediaNouns.add(key(singular));
            }
            if (!pluralOnly) {
                x.groupNouns.put(key(singular), new GroupNoun(singular, false, org, g));
            } else if (kind.equals("business")) {
                x.bodiesBeforeName.add(key(singular));
            } else {
                x.roleNouns.add(key(singular));
            }
            if (f.length > 1 && !f[1].isEmpty()) {
                x.groupNouns.put(key(f[1]), new GroupNoun(singular, true, org, g));
            }
        }
        List<String> legal = new ArrayList<>();
        for (String[] f : rows("org-heads.txt")) {
            x.orgHeads.put(key(f[0]), f.length > 1 && f[1].equals("media") ? ActorKind.MEDIA
                    : f.length > 1 && f[1].equals("place") ? ActorKind.PLACE : ActorKind.ORGANISATION);
            if (f.length > 1 && f[1].equals("body")) {
                x.bodyNouns.add(key(f[0]));
            } else if (f.length > 1 && f[1].equals("legal")) {
                legal.add(f[0]);
            }
        }
        x.legalForms = legal.toArray(new String[0]);
        List<String[]> sectorRows = rows("sectors.txt");
        for (int i = 0; i < sectorRows.size() && i < Long.SIZE; i++) {
            for (String w : list(sectorRows.get(i), 1)) {
                x.sectors.merge(key(w), 1L << i, (a, b) -> a | b);
            }
        }
        for (String[] f : rows("particles.txt")) {
            x.particles.add(key(f[0]));
        }
        for (String[] f : rows("pronouns.txt")) {
            x.pronouns.put(key(f[0]), f[1].charAt(0));
        }
        for (String[] f : rows("speech-verbs.txt")) {
            x.verbs.add(key(f[0]));
        }
        for (String[] f : rows("non-names.txt")) {
            x.nonNames.add(key(f[0]));
        }
        for (String[] f : rows("thing-acronyms.txt")) {
            x.thingAcronyms.add(key(f[0]));
        }
        x.index();
        return x;
    }

    /** Numbers every word of every list, sets its bits and values, and builds the phrase and title tries. */
    private void index() {
        Map<String, Integer> ids = new HashMap<>();
        List<String> order = new ArrayList<>();
        Map<Integer, Integer> flags = new HashMap<>();
        java.util.function.BiConsumer<java.util.Collection<String>, Integer> mark = (keys, bit) -> {
            for (String k : keys) {
                flags.merge(id(k, ids, order), bit, (a, b) -> a | b);
            }
        };
        mark.accept(pronouns.keySet(), PRONOUN);
        mark.accept(particles, PARTICLE);
        mark.accept(orgHeads.keySet(), ORG_HEAD);
        mark.accept(titleWords, TITLE_WORD);
        mark.accept(titles.keySet(), TITLE);
        mark.accept(firstNames.keySet(), FIRST_NAME);
        mark.accept(honorifics.keySet(), HONORIFIC);
        mark.accept(honorificPairs.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).toList(),
                HONORIFIC_PAIR);
        mark.accept(nonNames, NON_NAME);
        mark.accept(groupNouns.keySet(), GROUP_NOUN);
        mark.accept(verbs, VERB);
        mark.accept(DETERMINERS, DETERMINER);
        mark.accept(POSSESSIVE_PRONOUNS, POSSESSIVE);
        mark.accept(MODIFIERS, MODIFIER);
        mark.accept(QUANTIFIERS, QUANTIFIER);
        mark.accept(AUXILIARIES, AUXILIARY);
        mark.accept(TITLE_HEADS, TITLE_HEAD);
        mark.accept(AMBIGUOUS_TITLES, AMBIGUOUS_TITLE);
        mark.accept(PREPOSITIONS, PREPOSITION);
        mark.accept(CONNECTORS, CONNECTOR);
        mark.accept(AFTER_GROUP, AFTER_GROUP_WORD);
        mark.accept(WHO_WORDS, WHO);
        mark.accept(SAYING_VERBS, SAYING);
        mark.accept(NO_SPEAKER_WORDS, NO_SPEAKER);
        mark.accept(VERB_ADVERBS, VERB_ADVERB);
        mark.accept(KINSHIP, KIN);
        mark.accept(roleNouns, ROLE_NOUN);
        mark.accept(bodiesBeforeName, BODY_BEFORE_NAME);
        mark.accept(thingAcronyms, THING_ACRONYM);
        // the words of multi-word phrases and titles get ids too, for the tries
        for (String k : phrases.keySet()) {
            for (String w : k.split(" ", -1)) {
                id(w, ids, order);
            }
        }
        for (String k : titles.keySet()) {
            for (String w : k.split(" ", -1)) {
                id(w, ids, order);
            }
        }
        int n = order.size();
        String[] words = order.toArray(new String[0]);
        int[] at = new int[n];
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < n; i++) {
            at[i] = chars.length();
            int b = flags.getOrDefault(i, 0);
            chars.append((char) words[i].length()).append((char) (b & 0xFFFF)).append((char) (b >>> 16))
                    .append(words[i]);
        }
        if (n >= 0xFFFF) {
            throw new IllegalStateException("the lexicon outgrew its 16-bit word ids: " + n + " words");
        }
        pool = chars.toString().toCharArray();
        wordAt = at;
        pronounOf = new char[n];
        firstNameOf = new char[n];
        titleOf = new char[n];
        honorificOf = new char[n];
        orgHeadOf = new ActorKind[n];
        groupNounOf = new GroupNoun[n];
        for (int i = 0; i < n; i++) {
            String w = words[i];
            pronounOf[i] = pronouns.getOrDefault(w, '\0');
            firstNameOf[i] = firstNames.getOrDefault(w, '\0');
            titleOf[i] = titles.getOrDefault(w, '\0');
            honorificOf[i] = honorifics.getOrDefault(w, '\0');
            orgHeadOf[i] = orgHeads.get(w);
            groupNounOf[i] = groupNouns.get(w);
        }
        slots = new long[Integer.highestOneBit(Math.max(16, n + n / 2) - 1) << 1]; // a power of two >= 1.5 n
        int mask = slots.length - 1;
        for (int i = 0; i < n; i++) {
            int hash = words[i].hashCode();
            int slot = Tokens.mix(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) hash << 32 | (i + 1);
            int bit = filterBit(hash);
            filter[bit >>> 6] |= 1L << bit;
        }
        phraseTrie = new Trie();
        for (Map.Entry<String, Entry> e : phrases.entrySet()) {
            phraseTrie.put(path(e.getKey(), ids), e.getValue());
        }
        titleTrie = new Trie();
        for (String k : titles.keySet()) {
            titleTrie.put(path(k, ids), Boolean.TRUE);
        }
        roots = new int[2 * n];
        for (int i = 0; i < n; i++) {
            roots[2 * i] = phraseTrie.step(Trie.ROOT, i);
            roots[2 * i + 1] = titleTrie.step(Trie.ROOT, i);
        }
    }

    private static int id(String word, Map<String, Integer> ids, List<String> order) {
        Integer id = ids.get(word);
        if (id == null) {
            id = order.size();
            ids.put(word, id);
            order.add(word);
        }
        return id;
    }

    private static int[] path(String key, Map<String, Integer> ids) {
        String[] w = key.split(" ", -1);
        int[] out = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = ids.get(w[i]);
        }
        return out;
    }

    /**
     * The word whose key is the key of {@code text[from, to)} (see {@link Tokens#normalise}).
     *
     * @param hash the key's {@code String.hashCode()}, which {@link Tokens} computes as it reads the token
     * @return the word's bits in the high half and its id in the low half, or -1 when no list holds the word
     */
    long find(char[] text, int from, int to, int hash) {
        int bit = filterBit(hash);
        if ((filter[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = Tokens.mix(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long e = slots[slot];
            if ((int) (e >>> 32) == hash) {
                int id = (int) e - 1;
                int at = wordAt[id];
                if (Tokens.sameKey(pool, at + 3, pool[at], text, from, to)) {
                    return (long) (pool[at + 1] | pool[at + 2] << 16) << 32 | id;
                }
            }
        }
        return -1;
    }

    /** @return the bit of {@link #filter} for a hash (its high bits: the slot of {@link #slots} takes the low) */
    private static int filterBit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - FILTER_SHIFT);
    }

    /** @return the pronoun class of a word, or 0 */
    char pronoun(int word) {
        return word < 0 ? 0 : pronounOf[word];
    }

    /** @return the gender of a first name (m, f or u), or 0 */
    char firstName(int word) {
        return word < 0 ? 0 : firstNameOf[word];
    }

    /** @return the gender of a one-word title (m, f or u), or 0 */
    char title(int word) {
        return word < 0 ? 0 : titleOf[word];
    }

    /** @return the gender of an honorific (m, f or u), or 0 */
    char honorific(int word) {
        return word < 0 ? 0 : honorificOf[word];
    }

    /** @return the gender of the two-word honorific of these keys (m, f or u), or 0 */
    char honorificPair(String first, String second) {
        Character g = honorificPairs.get(first + ' ' + second);
        return g == null ? 0 : g;
    }

    /** @return the kind an organisation head word makes, or {@code null} */
    ActorKind orgHead(int word) {
        return word < 0 ? null : orgHeadOf[word];
    }

    /** @return the group noun, or {@code null} */
    GroupNoun groupNoun(int word) {
        return word < 0 ? null : groupNounOf[word];
    }

    /**
     * @param node a node of the phrase trie ({@link Trie#ROOT} to start)
     * @param word the next word's id
     * @return the node reached, or -1 when no phrase goes on with that word
     */
    int phraseStep(int node, int word) {
        if (node == Trie.ROOT) {
            return word < 0 ? -1 : roots[2 * word];
        }
        return phraseTrie.step(node, word);
    }

    /** @return the phrase that ends at a node of the phrase trie, or {@code null} */
    Entry phraseAt(int node) {
        return node < 0 ? null : (Entry) phraseTrie.value(node);
    }

    /** @return the node of the title trie reached from {@code node} by a word, or -1 */
    int titleStep(int node, int word) {
        if (node == Trie.ROOT) {
            return word < 0 ? -1 : roots[2 * word + 1];
        }
        return titleTrie.step(node, word);
    }

    /** @return whether a title ends at a node of the title trie */
    boolean titleAt(int node) {
        return node >= 0 && titleTrie.value(node) != null;
    }

    /**
     * Word sequences (word ids) with a value at the end, as a trie whose edges are one open-addressing table of
     * {@code (node, word)} pairs. Built once, read-only afterwards.
     */
    static final class Trie {
        /** The node every walk starts from. */
        static final int ROOT = 0;
        private long[] edges = new long[64];
        private int[] targets = new int[64];
        private int edgeCount;
        private Object[] values = new Object[16];
        private int nodes = 1;

        void put(int[] path, Object value) {
            int node = ROOT;
            for (int w : path) {
                int next = step(node, w);
                if (next < 0) {
                    next = nodes++;
                    if (nodes > values.length) {
                        values = java.util.Arrays.copyOf(values, values.length * 2);
                    }
                    link(node, w, next);
                }
                node = next;
            }
            if (values[node] == null) {
                values[node] = value; // the first phrase with a key wins, as in the phrase map
            }
        }

        int step(int node, int word) {
            if (node < 0 || word < 0) {
                return -1;
            }
            long key = edge(node, word);
            int mask = edges.length - 1;
            for (int slot = slot(key, mask); targets[slot] != 0; slot = (slot + 1) & mask) {
                if (edges[slot] == key) {
                    return targets[slot] - 1;
                }
            }
            return -1;
        }

        Object value(int node) {
            return values[node];
        }

        private void link(int node, int word, int target) {
            if ((edgeCount + 1) * 2 > edges.length) {
                long[] oldEdges = edges;
                int[] oldTargets = targets;
                edges = new long[oldEdges.length * 2];
                targets = new int[oldEdges.length * 2];
                for (int i = 0; i < oldEdges.length; i++) {
                    if (oldTargets[i] != 0) {
                        insert(oldEdges[i], oldTargets[i]);
                    }
                }
            }
            insert(edge(node, word), target + 1);
            edgeCount++;
        }

        private void insert(long key, int target) {
            int mask = edges.length - 1;
            int slot = slot(key, mask);
            while (targets[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            edges[slot] = key;
            targets[slot] = target;
        }

        private static long edge(int node, int word) {
            return (long) node << 32 | word;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }

    private void named(String[] f, ActorKind kind) {
        namedAs(f[0], f[0], kind);
        for (String a : list(f, 1)) {
            namedAs(a, f[0], kind);
        }
    }

    /** A name as written, and with its ampersand spelled out ({@code Ernst and Young} for {@code Ernst & Young}). */
    private void namedAs(String text, String name, ActorKind kind) {
        phrase(text, name, kind, Type.NAME, null, false);
        if (text.contains(" & ")) {
            phrase(text.replace(" & ", " and "), name, kind, Type.NAME, null, false);
        }
    }

    private void phrase(String text, String name, ActorKind kind, Type type, String country, boolean anaphoric) {
        String k = key(text);
        if (k.isEmpty()) {
            return;
        }
        Entry old = phrases.putIfAbsent(k, new Entry(name, kind, type, country, isAcronym(text), anaphoric,
                text.replace(".", ""), company, List.of(name)));
        if (old != null && anaphoric && old.anaphoric() && !old.names().contains(name)) {
            List<String> names = new ArrayList<>(old.names());
            names.add(name);
            phrases.put(k, new Entry(old.name(), old.kind(), old.type(), old.country(), old.exactCase(), true,
                    old.form(), old.company(), List.copyOf(names)));
        }
        maxPhraseWords = Math.max(maxPhraseWords, words(k));
    }

    /**
     * @param s a word or phrase
     * @return whether it is written as an acronym (two or more capitals, one word, no possessive: not "McDonald's"):
     *         matched only in capitals
     */
    static boolean isAcronym(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\'' || c == '\u2019') {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /**
     * @param phrase a phrase as written
     * @return its lookup key: its tokens' keys joined by one space
     */
    static String key(String phrase) {
        Tokens t = Tokens.of(phrase);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.n; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.key(i));
        }
        return sb.toString();
    }

    private static int words(String key) {
        int w = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                w++;
            }
        }
        return w;
    }

    private static char gender(String[] f, int i) {
        return f.length > i && !f[i].isEmpty() ? f[i].charAt(0) : 'u';
    }

    private static List<String> list(String[] f, int i) {
        if (f.length <= i || f[i].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : f[i].split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\\|", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
