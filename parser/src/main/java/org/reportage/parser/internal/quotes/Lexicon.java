package org.reportage.parser.internal.quotes;

import org.reportage.parser.internal.text.WorkNouns;

/**
 * The word lists the quote stage reads: reporting verbs (speech only, never verbs of thinking), auxiliaries and
 * adverbs that sit between a speaker and its verb, pronouns, determiners and the words that end a noun phrase.
 * Loaded once, shared read-only.
 */
final class Lexicon {
    private Lexicon() {
    }

    /**
     * Verbs that judge in someone's words ({@code blamed “…”}, {@code praised her “patience”}, {@code accused
     * him of “lies”}): the quotation after them is that someone's, but not the subject's in the passive ({@code
     * was accused of “…”}); weak cues, reporting no clause without "that". Not {@code dubbed}, {@code labeled},
     * {@code branded}: as often a passive naming ({@code a group dubbed “the Squad”}).
     */
    static final WordSet JUDGING = WordSet.of("blame", "blames", "blamed", "praise", "praises", "praised", "hail",
            "hails", "hailed", "decry", "decries", "decried", "condemn", "condemns", "condemned", "accuse",
            "accuses", "accused", "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized",
            "slam", "slams", "slammed", "blast", "blasts", "blasted", "mock", "mocks", "mocked", "apologise",
            "apologises", "apologised", "apologize", "apologizes", "apologized", "dismiss", "dismisses", "dismissed",
            "denounce", "denounces", "denounced", "describes", "credited", "commend", "commends",
            "commended", "applaud", "applauds", "applauded", "congratulate", "congratulates", "congratulated");

    /**
     * Participles that name or judge something in the subject's words ({@code …, calling him “a monument”}): the
     * quotation after them is the subject's, as after {@link #PARTICIPLES}; weak cues, so they report no clause.
     */
    static final WordSet NAMING_PARTICIPLES = WordSet.of("calling", "describing", "dubbing", "branding",
            "labelling", "labeling");

    /**
     * Verbs that name a thing in someone's words only with an object before the quotation ({@code Japan branded North
     * Korea an “outlaw nation”}); right before it or in the passive they give a name ({@code a storm dubbed “…”}),
     * and near a short quotation they make no fragment of speech ({@link Text#cueNearEnd}).
     */
    static final WordSet NAMING_VERBS = WordSet.of("branded", "labelled", "labeled", "termed", "dubbed");

    /** Reporting verbs of speech and writing, every form that can head an attribution. */
    static final WordSet CUES = WordSet.union(JUDGING, NAMING_PARTICIPLES, NAMING_VERBS, WordSet.of(
            "say", "says", "said", "saying",
            "tell", "tells", "told", "telling",
            "add", "adds", "added", "adding",
            "explain", "explains", "explained", "explaining",
            "insist", "insists", "insisted", "insisting",
            "announce", "announces", "announced", "announcing",
            "warn", "warns", "warned", "warning",
            "conclude", "concludes", "concluded", "concluding",
            "stress", "stresses", "stressed", "stressing",
            "note", "notes", "noted", "noting",
            "argue", "argues", "argued", "arguing",
            "write", "writes", "wrote", "writing", "written",
            "tweet", "tweets", "tweeted", "tweeting",
            "claim", "claims", "claimed", "claiming",
            "state", "states", "stated", "stating",
            "declare", "declares", "declared", "declaring",
            "assert", "asserts", "asserted", "asserting",
            "remark", "remarks", "remarked",
            "reply", "replies", "replied", "replying",
            "respond", "responds", "responded", "responding",
            "answer", "answers", "answered", "answering",
            "ask", "asks", "asked", "asking",
            "admit", "admits", "admitted", "admitting",
            "acknowledge", "acknowledges", "acknowledged", "acknowledging",
            "contend", "contends", "contended",
            "predict", "predicts", "predicted",
            "promise", "promises", "promised", "promising",
            "vow", "vows", "vowed", "vowing",
            "pledge", "pledges", "pledged", "pledging", "threaten", "threatens", "threatened", "urging",
            "repeat", "repeats", "repeated",
            "recall", "recalls", "recalled", "recalling",
            "continue", "continues", "continued", "continuing",
            "complain", "complains", "complained", "complaining",
            "joke", "jokes", "joked", "joking",
            "quip", "quips", "quipped",
            "boast", "boasts", "boasted", "boasting",
            "brag", "brags", "bragged",
            "concede", "concedes", "conceded",
            "ruled",
            "confirm", "confirms", "confirmed",
            "deny", "denies", "denied",
            "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
            "exclaim", "exclaims", "exclaimed",
            "mention", "mentions", "mentioned",
            "observe", "observes", "observed",
            "reveal", "reveals", "revealed",
            "urge", "urges", "urged",
            "yell", "yells", "yelled", "shout", "shouts", "shouted", "scream", "screams", "screamed",
            "roar", "roars", "roared", "bellow", "bellows", "bellowed", "exult", "exults", "exulted",
            "whisper", "whispered", "cry", "cried", "shouting", "chanting", "yelling", "screaming", "reading",
            "whispering", "crying", "bark", "barks", "barked", "snap", "snaps", "snapped", "echo", "echoes",
            "echoed", "sigh", "sighs", "sighed", "laugh", "laughs", "laughed", "chuckled", "cracked", "deadpanned",
            "gushed", "fumed", "ranted", "railed", "huffed", "pleaded", "begged", "implored", "reassured",
            "teased", "taunted", "rejoined", "riffed", "vented", "raged", "emailed", "texted", "messaged",
            "testify", "testifies", "testified",
            "post", "posted",
            "retort", "retorted", "counter", "countered",
            "charge", "charges", "charged",
            "allege", "alleges", "alleged",
            "proclaim", "proclaims", "proclaimed",
            "lament", "laments", "lamented",
            "muse", "mused",
            "reiterate", "reiterates", "reiterated",
            "recount", "recounted",
            "demand", "demands", "demanded",
            "object", "objected",
            "protest", "protested",
            "interject", "interjected",
            "grumble", "grumbled",
            "scoff", "scoffed",
            "thunder", "thundered",
            "caution", "cautions", "cautioned",
            "advise", "advises", "advised", "advising",
            "report", "reports", "reported",
            "read", "reads",
            "agree", "agrees", "agreed",
            "suggest", "suggests", "suggested",
            "point", "pointed",
            "clarify", "clarified",
            "opine", "opined",
            "blast", "blasted",
            "slam", "slammed",
            "mock", "mocked",
            "accuse", "accused",
            "criticize", "criticized", "criticise", "criticised",
            "describe", "described",
            "call", "calls", "called",
            "advance", "advanced",
            "indicate", "indicates", "indicated",
            "inform", "informed",
            "assure", "assured",
            "recommend", "recommended",
            "preach", "preached",
            "begin", "began",
            "launch", "launched",
            "intone", "intoned",
            "chant", "chanted",
            "sing", "sang",
            "put"));

    /**
     * Cues that report speech only in particular company ({@code called for}, {@code pointed out}, {@code put it},
     * {@code began:}); {@link Attribution} checks them.
     */
    static final WordSet WEAK_CUES = WordSet.union(JUDGING, NAMING_PARTICIPLES, NAMING_VERBS, WordSet.of("call",
            "calls", "called", "point", "pointed", "put", "begin",
            "began", "launch", "launched", "read", "reads", "advance", "advanced", "continue", "continues",
            "continued", "continuing", "post", "posted", "object", "objected", "state", "states", "agree",
            "agrees", "agreed", "describe", "described", "accuse", "accused", "charge", "charges", "charged",
            "sing", "sang", "chant", "chanted", "mock", "mocked", "blast", "blasted", "slam", "slammed",
            "criticize", "criticized", "criticise", "criticised", "recall", "recalls", "recalled", "recalling",
            "demand", "demands", "demanded", "indicate", "indicates", "indicated", "advises", "advising",
            "protest", "protested", "answer", "answers", "answered", "answering", "cry", "cried", "recommend",
            "recommended", "writing", "warning", "saying", "telling", "adding", "claims", "remarks", "answers",
            "writes", "ask", "asks", "asked", "asking", "inform", "informed", "note", "notes", "noting",
            "post", "posted", "claiming",
            "arguing", "explaining", "insisting", "announcing", "concluding", "stressing", "tweeting",
            "stating", "declaring", "replying", "responding", "admitting", "acknowledging", "joking",
            "boasting", "complaining", "whisper", "whispered", "ruled"));

    /** Present participles of speech verbs that report speech after a comma or dash ({@code …, saying …}). */
    static final WordSet PARTICIPLES = WordSet.of("saying", "telling", "adding", "noting", "arguing",
            "explaining", "insisting", "announcing", "warning", "stressing", "claiming", "declaring",
            "writing", "tweeting", "stating", "acknowledging", "admitting", "complaining", "suggesting",
            "promising", "predicting", "asserting", "contending", "conceding", "reiterating", "repeating");

    /** Participles that cite words right before the quotation of them ({@code X, citing “…,” said}). */
    static final WordSet CITING = WordSet.of("citing", "quoting");

    /** Auxiliaries, modals and adverbs that may stand between a speaker and its reporting verb. */
    static final WordSet AUX = WordSet.of("has", "have", "had", "is", "was", "were", "are", "be", "been", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do", "also",
            "later", "then", "previously", "once", "recently", "repeatedly", "simply", "flatly", "quickly",
            "again", "earlier", "further", "often", "always", "never", "frequently", "publicly", "privately",
            "reportedly", "allegedly", "already", "still", "even", "just", "since", "famously", "bluntly",
            "firmly", "openly", "angrily", "calmly", "proudly", "finally", "initially", "first", "ultimately",
            "subsequently", "tellingly", "pointedly", "plainly", "reportedly", "not", "n't", "only", "too",
            "ever", "memorably", "notably", "sharply", "similarly", "likewise", "herself", "himself",
            "themselves", "itself", "personally", "directly", "candidly", "explicitly", "separately",
            "specifically", "jokingly", "sarcastically", "succinctly", "defiantly", "loudly", "softly",
            "confidently", "emphatically", "cheerfully", "tersely", "wryly", "happily", "sadly", "now", "isn't",
            "wasn't", "doesn't", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "aren't",
            "weren't", "don't", "can't", "couldn't", "shouldn't", "'s", "'ve", "'d", "'ll", "reportedly",
            "indeed", "actually", "apparently", "specifically", "immediately", "previously", "long",
            "widely", "generally", "consistently", "loudly", "recently", "eventually", "soon", "quickly");

    /** Modals: the verbs that share one with them are bare ({@code would resign and leave}), never past. */
    static final WordSet MODALS = WordSet.of("would", "could", "might", "should", "will", "can", "may",
            "must", "wouldn't", "couldn't", "shouldn't", "won't", "can't", "cannot");

    /** Finite auxiliaries and modals of the past: a verb phrase they open is in the past. */
    static final WordSet PAST_AUX = WordSet.of("was", "were", "had", "did", "would", "could", "might", "should",
            "wasn't", "weren't", "hadn't", "didn't", "wouldn't", "couldn't", "shouldn't");

    /** Finite auxiliaries and modals of the present: a verb phrase they open is in the present. */
    static final WordSet PRESENT_AUX = WordSet.of("is", "are", "has", "have", "does", "do", "will", "can", "may",
            "must", "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't", "won't", "can't", "cannot");

    /** Auxiliaries that take a participle: {@code was drafted and passed} shares them. */
    static final WordSet BE_HAVE = WordSet.of("is", "are", "was", "were", "has", "have", "had", "be", "been",
            "being", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't");

    /** The forms of "be" that make a passive ({@code was told}) or a progressive ({@code is saying}). */
    static final WordSet FORMS_OF_BE = WordSet.of("is", "was", "were", "are", "be", "been", "being");

    /** Irregular simple past forms that are never participles: always a finite verb in the past. */
    static final WordSet SIMPLE_PAST = WordSet.of("took", "wrote", "gave", "went", "came", "saw", "ran", "began",
            "broke", "chose", "drove", "flew", "grew", "knew", "rose", "fell", "spoke", "stole", "threw", "wore",
            "drew", "ate", "sang", "swam", "shook", "forgot", "became", "overcame", "withdrew", "undertook",
            "oversaw", "forbade", "forgave", "froze", "hid", "rode", "sank", "woke", "swore", "tore", "arose");

    /** Irregular past forms that are participles too ({@code said}, {@code made}): past, or after have/be. */
    static final WordSet PAST_PARTICIPLES = WordSet.of("said", "told", "made", "left", "held", "met", "led", "won",
            "lost", "brought", "sent", "spent", "kept", "stood", "sat", "fought", "sought", "taught", "bought",
            "caught", "paid", "built", "found", "heard", "meant", "struck", "sold", "fled", "dealt", "got", "felt",
            "thought", "laid", "lent", "slept", "swept", "wept", "understood", "stuck", "spun", "bent",
            "shot", "lit", "fed", "bled", "hung", "dug");

    /** Words ending in "ed" that are not verbs. */
    static final WordSet NOT_PAST = WordSet.of("need", "needs", "feed", "seed", "shed", "deed", "greed", "breed",
            "speed", "steed", "weed", "hundred", "sacred", "naked", "wicked", "kindred", "bred", "shred",
            "sled", "embed", "biased", "indeed", "creed", "tweed", "succeed", "exceed", "proceed");

    /** Personal pronouns that may be the subject of a reporting verb. */
    static final WordSet PRONOUNS = WordSet.of("he", "she", "they", "we", "i", "it", "you");

    /** Pronouns that stand for a person. */
    static final WordSet PERSONAL = WordSet.of("he", "she", "i");

    /** Relative pronouns: a speaker found there stands for the noun before it. */
    static final WordSet RELATIVE = WordSet.of("who", "which", "whom", "whose", "that");

    /** Articles and possessives: the words that open a noun phrase and only that ({@code the}, {@code his}). */
    static final WordSet ARTICLES = WordSet.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your");

    /** Words that open a noun phrase. */
    static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "one", "another", "some", "many", "several",
            "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "two", "three",
            "four", "five", "both", "each", "every", "most", "other", "few", "no", "all", "former", "top",
            "senior");

    /** Words that can never be inside a speaker noun phrase: they end it. */
    static final WordSet NP_STOP = WordSet.of("that", "which", "who", "whom", "whose", "while", "when", "where",
            "because", "but", "if", "so", "or", "nor", "as", "than", "though", "although", "after", "before",
            "during", "until", "since", "in", "on", "at", "to", "from", "by", "with", "about", "into", "over",
            "under", "without", "through", "against", "between", "among", "per", "via", "upon", "whether",
            "what", "how", "why", "not", "there", "here", "yes", "no", "then", "now", "today", "yesterday",
            "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "this",
            "last", "next", "earlier", "later", "also", "however", "meanwhile", "instead", "too", "again",
            "for", "like", "unlike", "despite", "amid", "toward", "towards", "around", "near", "outside",
            "inside", "across", "behind", "beyond", "within", "just", "only", "even", "still", "already",
            "recently", "once", "back", "out", "up", "down", "off", "away", "please", "thank", "thanks",
            "said", "says", "say", "told", "tells");

    /** Words that open a prepositional or time phrase: a noun phrase found after a cue does not start with them. */
    static final WordSet TIME_WORDS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "recently", "earlier", "later",
            "last", "this", "next", "then", "once", "previously", "afterward", "afterwards", "repeatedly",
            "in", "on", "at", "during", "after", "before", "of", "about", "to", "that", "while", "when",
            "as", "with", "for", "from", "by", "through", "into", "over", "under", "again", "also", "now",
            "twice", "privately", "publicly", "flatly", "simply", "bluntly", "quietly", "loudly", "instead",
            "here", "there", "so", "back", "it", "this", "those", "these", "what", "how", "why", "whether",
            "if", "yes", "no", "not", "never", "only", "just", "even", "still", "repeatedly", "frequently",
            "often", "angrily", "firmly", "openly", "sharply");

    /** Names of days, which open a time phrase and never name a speaker. */
    static final WordSet DAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** One-word adverbs of a day: {@code yesterday}, {@code today}, {@code tonight}. */
    static final WordSet TIME_ADVERBS = WordSet.of("yesterday", "today", "tonight");

    /**
     * Abbreviations (of {@link #ABBREVIATIONS}) written in lower case; the others keep their full stop only when
     * capitalised ({@code Ill.}, not {@code was ill.}).
     */
    static final WordSet LOWER_CASE_ABBREVIATIONS = WordSet.of("vs", "v", "etc", "al", "approx");

    /** Abbreviations whose full stop does not end a sentence. */
    static final WordSet ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st",
            "jr", "sr", "lt", "col", "capt", "sgt", "prof", "inc", "co", "corp", "ltd", "no", "vs", "v", "mt",
            "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm",
            "maj", "cmdr", "pres", "supt", "rev", "hon", "messrs", "mmes", "est", "dept", "univ", "assn",
            "bros", "approx", "etc", "al", "ariz", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
            "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
            "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "fig", "ave", "blvd", "gens", "sens", "reps");

    /** Verbs of thinking and feeling: never a speech cue. */
    static final WordSet THINKING = WordSet.of("think", "thinks", "thought", "believe", "believes", "believed",
            "feel", "feels", "felt", "hope", "hopes", "hoped", "fear", "fears", "feared", "know", "knows", "knew",
            "expect", "expects", "expected", "want", "wants", "wanted", "wonder", "wonders", "wondered",
            "consider", "considers", "considered", "suspect", "suspects", "suspected", "doubt", "doubts");

    /** Nouns of named works ({@link WorkNouns}): a short quotation right after one is the work's title. */
    static final WordSet WORKS = WordSet.of(WorkNouns.NOUNS.toArray(new String[0]));

    /** Lower-case nouns that name speaking groups and roles without an article ({@code police said}). */
    static final WordSet GROUP_NOUNS = WordSet.of("police", "staff", "media", "press", "people", "management",
            "prosecutors", "officials", "sources", "aides", "experts", "analysts", "critics", "voters",
            "authorities", "investigators", "witnesses", "residents", "organizers", "organisers", "supporters",
            "opponents", "advisers", "advisors", "lawmakers", "officers", "spokesman", "spokeswoman",
            "spokesperson", "government", "administration", "campaign", "committee", "court", "judge");
}
