package org.reportage.parser.internal.quotes;

/**
 * Small scans over the view text used by the quote stage: sentence boundaries, neighbouring characters and
 * words. Index loops only; every call reads a bounded stretch given by its caller.
 */
final class Text {
    private Text() {
    }

    /**
     * @param t  text
     * @param i  position of a {@code .}, {@code !} or {@code ?}
     * @param hi end of the stretch that may be read
     * @return whether a sentence ends at i: the mark is followed (after closing marks or brackets) by white
     *         space and an upper-case letter, a digit or an opening mark (also after an opening bracket), or by
     *         the end of the stretch; a full stop after an abbreviation or an initial does not end one, unless a
     *         word that opens sentences follows an abbreviation that never stands before a name ({@code … by
     *         Fenmore Ltd. The firm said}, {@code … in Tampa, Fla. It was}; not {@code Dr. He Jiankui})
     */
    static boolean isSentenceEnd(String t, int i, int hi) {
        char c = t.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < hi && (t.charAt(j) == ')' || t.charAt(j) == ']' || t.charAt(j) == '\u201D'
                || t.charAt(j) == '\u2019' || t.charAt(j) == '"' || t.charAt(j) == '\'')) {
            j++;
        }
        if (j >= hi) {
            return !(c == '.' && isAbbreviationBefore(t, i));
        }
        if (!Character.isWhitespace(t.charAt(j))) {
            return false;
        }
        while (j < hi && Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        if (j >= hi) {
            return !(c == '.' && isAbbreviationBefore(t, i));
        }
        char d = t.charAt(j);
        if ((d == '(' || d == '[') && j + 1 < hi) {
            d = t.charAt(j + 1); // "… is over. (The board disputes that.)": a sentence in brackets starts one
        }
        if (!(Character.isUpperCase(d) || Character.isDigit(d) || Marks.isMarkChar(d))) {
            return false;
        }
        if (d == '\u201C' || d == '"' || d == '\u00AB' || d == '\u201E'
                || d == '\'' && j + 1 < hi && t.charAt(j + 1) == '\'') {
            return true; // "… Jacksonville, Fla. “She …": a quotation opening after a full stop starts a sentence
        }
        return !(c == '.' && isAbbreviationBefore(t, i)) || c == '.' && openerAfterAbbreviation(t, i, j, hi);
    }

    /**
     * Words that open a sentence and never go on a name: after the full stop of an abbreviation they start a new
     * sentence.
     */
    private static final WordSet OPENERS = WordSet.of("the", "he", "she", "it", "they", "we", "this", "these",
            "those", "its", "his", "their", "our", "but", "however", "a", "an", "in");

    /**
     * Abbreviations written before a name, a number or an example ({@code Dr.}, {@code Gen.}, {@code St.},
     * {@code No.}, {@code v.}, {@code i.e.}): a word after one is read with it ({@code Dr. He Jiankui}, {@code Smith
     * v. The State}, {@code the firms, i.e. The Harlow Group and its partners}).
     */
    private static final WordSet BEFORE_NAMES = WordSet.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "lt", "col", "capt", "sgt", "prof", "adm", "maj", "cmdr", "pres", "supt", "rev", "hon", "messrs",
            "mmes", "gens", "sens", "reps", "st", "mt", "ft", "no", "vs", "v", "fig", "i.e", "e.g", "cf", "viz");

    /**
     * Whether the word at j (in [j, hi)) is one of the {@link #OPENERS} and the full stop at {@code dot} closes no
     * abbreviation of {@link #BEFORE_NAMES} ({@code Ltd.}, {@code Fla.}, {@code Jr.}, {@code U.S.}, {@code Plan B.}).
     */
    private static boolean openerAfterAbbreviation(String t, int dot, int j, int hi) {
        int e = j;
        while (e < hi && Character.isLetter(t.charAt(e))) {
            e++;
        }
        // the abbreviation with its inner full stops: "Ltd", "U.S", "i.e"
        return OPENERS.contains(t, j, e) && !BEFORE_NAMES.contains(t, wordBefore(t, dot, true), dot);
    }

    /**
     * @param dots whether the word goes on over a full stop between letters ({@code U.S}, {@code i.e})
     * @return the start of the word of letters that ends at {@code dot} (12 characters at most)
     */
    private static int wordBefore(String t, int dot, boolean dots) {
        int s = dot;
        while (s > 0 && dot - s < 12 && (Character.isLetter(t.charAt(s - 1))
                || dots && t.charAt(s - 1) == '.' && s >= 2 && Character.isLetter(t.charAt(s - 2)))) {
            s--;
        }
        return s;
    }

    private static boolean isAbbreviationBefore(String t, int dot) {
        int s = wordBefore(t, dot, false);
        if (s == dot || s > 0 && Character.isDigit(t.charAt(s - 1))) {
            return false; // (a unit after a number ends a sentence: "above 35C. Dr Bose said")
        }
        if (dot - s == 1 && Character.isUpperCase(t.charAt(s))) {
            return true; // an initial: "John F. Kennedy", "U.S."
        }
        if (s > 0 && t.charAt(s - 1) == '.') {
            return true; // "U.S." inner parts
        }
        // (in lower case, only those so written: "Roe v. Wade", "et al.")
        return Lexicon.ABBREVIATIONS.contains(t, s, dot) && (Character.isUpperCase(t.charAt(s))
                || Lexicon.LOWER_CASE_ABBREVIATIONS.contains(t, s, dot));
    }

    /**
     * @return the start of the sentence that contains position {@code to}, not before {@code lo}
     */
    static int sentenceStartBack(String t, int lo, int to) {
        for (int j = to - 1; j >= lo; j--) {
            char c = t.charAt(j);
            if ((c == '.' || c == '!' || c == '?') && isSentenceEnd(t, j, to)) {
                return j + 1;
            }
        }
        return lo;
    }

    /**
     * @return the end (after its mark) of the sentence that goes on at {@code from}, or {@code hi}: the forward
     *         twin of {@link #sentenceStartBack}
     */
    static int sentenceEnd(String t, int from, int hi) {
        for (int j = from; j < hi; j++) {
            char c = t.charAt(j);
            if ((c == '.' || c == '!' || c == '?') && isSentenceEnd(t, j, hi)) {
                return j + 1;
            }
        }
        return hi;
    }

    /**
     * The start of the sentence that holds a quotation opening at {@code to}: like
     * {@link #sentenceStartBack(String, int, int)}, but the sentence-end test may read up to {@code hi} (past the
     * opening mark, so that {@code Fla. “She …} ends a sentence at the abbreviation), and the start skips the
     * closing brackets and white space after the end ({@code (He was not.) “…”}).
     *
     * @param t  text
     * @param lo lowest start
     * @param to the opening mark
     * @param hi end of what the sentence-end test may read, at least {@code to}
     * @return the start, in [lo, to]
     */
    static int sentenceStartBefore(String t, int lo, int to, int hi) {
        for (int j = to - 1; j >= lo; j--) {
            char c = t.charAt(j);
            // or the opening mark glued to the full stop before it (named."We …), a space dropped
            if ((c == '.' || c == '!' || c == '?') && (isSentenceEnd(t, j, hi)
                    || j == to - 1 && to < hi && Marks.isMarkChar(t.charAt(to)))) {
                int s = j + 1;
                while (s < to && (Character.isWhitespace(t.charAt(s)) || t.charAt(s) == ')' || t.charAt(s) == ']')) {
                    s++;
                }
                return s;
            }
        }
        return lo;
    }

    /** {@link Character#isWhitespace}, with the ASCII answer first. */
    static boolean isSpace(char c) {
        return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'
                : Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, with the ASCII answer first. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** @return the position of the last non-space character in [from, to), or -1 */
    static int lastNonSpace(String t, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            if (!isSpace(t.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    /** @return the position of the first non-space character in [from, to), or -1 */
    static int firstNonSpace(String t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isSpace(t.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    /** @return the bounds of the last word in [from, to) after skipping a final {@code ,} or {@code :}, or null */
    private static int[] lastWord(String t, int from, int to) {
        int e = to;
        while (e > from && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == ','
                || t.charAt(e - 1) == ':')) {
            e--;
        }
        int s = e;
        while (s > from && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        return s < e ? new int[] {s, e} : null;
    }

    /** @return whether the stretch ends with a reporting verb, perhaps followed by a comma or colon */
    static boolean endsWithCue(String t, int from, int to) {
        int[] w = lastWord(t, from, to);
        return w != null && !Character.isUpperCase(t.charAt(w[0])) && Lexicon.CUES.contains(t, w[0], w[1])
                && (!Lexicon.WEAK_CUES.contains(t, w[0], w[1]) || Lexicon.PARTICIPLES.contains(t, w[0], w[1]))
                && !isNounAfterArticle(t, from, w[0]);
    }

    /** Words after which a quotation is a name the writer gives: {@code an operation codenamed “…”}. */
    private static final WordSet NAMING = WordSet.of("codenamed", "nicknamed", "named", "dubbed", "handle", "alias");

    /**
     * @return whether the stretch ends with words that introduce a name, perhaps followed by a comma: {@link
     *         #NAMING}, {@code known as}, {@code so-called}, {@code the brand name} (or trade, code name); not
     *         {@code called} alone, which as often reports a speaker's words ({@code what Tim Cook, the chief
     *         executive, called “…”})
     */
    static boolean endsWithNaming(String t, int from, int to) {
        int[] w = lastWord(t, from, to);
        if (w == null || Character.isUpperCase(t.charAt(w[0])) && firstNonSpace(t, from, to) != w[0]) {
            return false; // (but a sentence may open with it: Nicknamed “the Professor”, …)
        }
        if (NAMING.contains(t, w[0], w[1]) || wordIs(t, w, "called") && w[0] - 3 >= from
                && t.regionMatches(true, w[0] - 3, "so-", 0, 3)
                && (w[0] - 3 == from || !Character.isLetter(t.charAt(w[0] - 4)))) { // the so-called “not-spots”
            return true;
        }
        int[] p = lastWord(t, from, w[0]);
        if (p == null) {
            return false;
        }
        if (wordIs(t, w, "as")) {
            return wordIs(t, p, "known");
        }
        if (wordIs(t, w, "name")) {
            return wordIs(t, p, "brand") || wordIs(t, p, "trade") || wordIs(t, p, "code");
        }
        return false;
    }

    private static boolean wordIs(String t, int[] w, String lower) {
        return w[1] - w[0] == lower.length() && t.regionMatches(true, w[0], lower, 0, lower.length());
    }

    /**
     * @return whether the stretch ends with the noun of a named work, perhaps followed by a comma or colon
     *         ({@code in his 2012 book,})
     */
    static boolean endsWithWorkNoun(String t, int from, int to) {
        int[] w = lastWord(t, from, to);
        return w != null && !Character.isUpperCase(t.charAt(w[0])) && Lexicon.WORKS.contains(t, w[0], w[1]);
    }

    /** @return whether the stretch ends with a word of the set, perhaps followed by a comma or colon */
    static boolean endsWithWordIn(String t, int from, int to, WordSet words) {
        int[] w = lastWord(t, from, to);
        return w != null && words.contains(t, w[0], w[1]);
    }

    /**
     * @return whether the stretch ends with a verb that reports speech only in some uses ({@code chanted},
     *         {@code claims}, {@code called}), not used as a noun after an article
     */
    static boolean endsWithWeakCue(String t, int from, int to) {
        int[] w = lastWord(t, from, to);
        return w != null && !Character.isUpperCase(t.charAt(w[0])) && Lexicon.WEAK_CUES.contains(t, w[0], w[1])
                && Lexicon.CUES.contains(t, w[0], w[1]) && !isNounAfterArticle(t, from, w[0]);
    }

    /** @return whether the word before {@code word} is a possessive ({@code Russia’s demands}) */
    private static boolean afterPossessive(String t, int from, int word) {
        int e = word;
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e - 2 < from || e == word) {
            return false;
        }
        char a = t.charAt(e - 2);
        char b = t.charAt(e - 1);
        return (a == '\'' || a == '\u2019') && (b == 's' || b == 'S')
                || (b == '\'' || b == '\u2019') && (a == 's' || a == 'S');
    }

    private static boolean isNounAfterArticle(String t, int from, int word) {
        int e = word;
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > from && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        return s < e && (Lexicon.DETERMINERS.contains(t, s, e) && !Lexicon.PRONOUNS.contains(t, s, e));
    }

    /** @return whether the stretch ends with the given lower-case word and no punctuation after it */
    static boolean endsWithWord(String t, int from, int to, String word) {
        int e = to;
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        int s = e - word.length();
        if (s < from || s > 0 && Character.isLetter(t.charAt(s - 1))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(t.charAt(s + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quotation that follows the stretch continues a {@code that}-clause of reported speech: reading
     * back from the end, the word {@code that} comes before (to the right of) the nearest reporting verb
     * ({@code He adds that voters have two choices: “…”}, {@code tweeted that, “…”}, {@code said in an interview
     * that in 2009, “…”}). The quoted words then complete the reported clause: a partial quote.
     *
     * @param t    text
     * @param from start of the sentence
     * @param to   the opening mark
     * @return whether a {@code that} follows the last reporting verb
     */
    static boolean thatAfterCue(String t, int from, int to) {
        boolean that = false;
        int e = to;
        while (e > from) {
            while (e > from && !Character.isLetter(t.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > from && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '\'' || t.charAt(s - 1) == '\u2019')
                    && (Character.isLetter(t.charAt(s - 1)) || s - 1 > from && Character.isLetter(t.charAt(s - 2)))) {
                s--;
            }
            if (s == e) {
                break;
            }
            if (e - s == 4 && t.regionMatches(false, s, "that", 0, 4)) {
                that = true;
            } else if (!Character.isUpperCase(t.charAt(s)) && Lexicon.CUES.contains(t, s, e)
                    && !Lexicon.THINKING.contains(t, s, e)) {
                // "said Ruiz, who had denied that …: “…”": a that-clause inside an aside leaves the main cue's quote
                return that && !relativeBefore(t, from, s);
            }
            e = s;
        }
        return false;
    }

    /** @return whether {@code who} or {@code which} stands before position {@code to}, past auxiliaries only */
    private static boolean relativeBefore(String t, int from, int to) {
        int e = to;
        for (int words = 0; words < 4; words++) {
            while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > from && Character.isLetter(t.charAt(s - 1))) {
                s--;
            }
            if (s == e) {
                return false;
            }
            if (Lexicon.RELATIVE.contains(t, s, e) && !(e - s == 4 && t.regionMatches(true, s, "that", 0, 4))) {
                return true;
            }
            if (!Lexicon.AUX.contains(t, s, e)) {
                return false;
            }
            e = s;
        }
        return false;
    }

    /**
     * @return whether the stretch is a heading in capitals of at least two words ({@code HOW THE DECLINE AFFECTS
     *         THE WORLD “…”}, the digest convention): what follows starts afresh
     */
    static boolean capsHeading(String t, int from, int to) {
        int upper = 0;
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
            boolean letter = Character.isLetter(c);
            if (letter && !in) {
                words++;
            }
            in = letter || in && (c == '\'' || c == '\u2019');
        }
        return words >= 2 && upper >= 6;
    }

    /** @return whether the word starting at {@code at} (not past {@code to}) is one of the set */
    static boolean startsWithWord(String t, int at, int to, WordSet words) {
        if (at < 0) {
            return false;
        }
        int e = wordEnd(t, at, to);
        return e > at && words.contains(t, at, e);
    }

    /** @return the end of the run of letters starting at {@code from} (not past {@code to}) */
    static int wordEnd(String t, int from, int to) {
        int i = from;
        while (i < to && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return whether a reporting verb is among the last eight words of the stretch */
    static boolean cueNearEnd(String t, int from, int to) {
        return cueNearEnd(t, from, to, false);
    }

    /**
     * @param capitals whether a capitalised verb counts (a headline in title case: {@code Glenn Beck Says …})
     * @return whether a reporting verb is among the last eight words of the stretch
     */
    static boolean cueNearEnd(String t, int from, int to, boolean capitals) {
        int e = to;
        int words = 0;
        while (e > from && words < 8) {
            while (e > from && !Character.isLetter(t.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > from && Character.isLetter(t.charAt(s - 1))) {
                s--;
            }
            if (s == e) {
                break;
            }
            // not a compound ("so-called", "self-described") nor a markup tag ("<tweet")
            boolean bound = s == from || t.charAt(s - 1) != '-' && t.charAt(s - 1) != '<'
                    && !(s - 2 >= from && t.charAt(s - 2) == '-' && t.charAt(s - 1) == ' ');
            if (bound && Lexicon.CUES.contains(t, s, e) && !Lexicon.NAMING_VERBS.contains(t, s, e)
                    && (capitals || !Character.isUpperCase(t.charAt(s)))
                    && !isNounAfterArticle(t, from, s) && !afterPossessive(t, from, s)) {
                return true;
            }
            words++;
            e = s;
        }
        return false;
    }

    /**
     * @param max the most words the caller tells apart: the count stops past it
     * @return the number of words in the segments, or {@code max + 1} when there are more than {@code max}
     */
    static int words(String t, int[] segStart, int[] segEnd, int max) {
        int count = 0;
        for (int k = 0; k < segStart.length && count <= max; k++) {
            boolean in = false;
            for (int i = segStart[k]; i < segEnd[k]; i++) {
                char c = t.charAt(i);
                boolean w = isLetterOrDigit(c);
                if (w && !in) {
                    count++;
                    if (count > max) {
                        break;
                    }
                }
                in = w || in && (c == '\'' || c == '\u2019' || c == '-');
            }
        }
        return count;
    }
}
