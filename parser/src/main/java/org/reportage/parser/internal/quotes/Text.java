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
     *         space and an upper-case letter, a digit or an opening mark, or by the end of the stretch; a full
     *         stop after an abbreviation or an initial does not end one
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
        if (!(Character.isUpperCase(d) || Character.isDigit(d) || Marks.isMarkChar(d))) {
            return false;
        }
        if (d == '\u201C' || d == '"' || d == '\u00AB' || d == '\u201E'
                || d == '\'' && j + 1 < hi && t.charAt(j + 1) == '\'') {
            return true; // "… Jacksonville, Fla. “She …": a quotation opening after a full stop starts a sentence
        }
        return !(c == '.' && isAbbreviationBefore(t, i));
    }

    private static boolean isAbbreviationBefore(String t, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(t.charAt(s - 1)) && dot - s < 12) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        if (dot - s == 1 && Character.isUpperCase(t.charAt(s))) {
            return true; // an initial: "John F. Kennedy", "U.S."
        }
        if (s > 0 && t.charAt(s - 1) == '.') {
            return true; // "U.S." inner parts
        }
        return Lexicon.ABBREVIATIONS.contains(t, s, dot) && Character.isUpperCase(t.charAt(s));
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
     * @return the end (exclusive, the sentence mark included) of the sentence that continues at {@code from},
     *         not after {@code hi}
     */
    static int sentenceEndForward(String t, int from, int hi) {
        for (int j = from; j < hi; j++) {
            char c = t.charAt(j);
            if ((c == '.' || c == '!' || c == '?') && isSentenceEnd(t, j, hi)) {
                return j + 1;
            }
        }
        return hi;
    }

    /** @return the position of the last non-space character in [from, to), or -1 */
    static int lastNonSpace(String t, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            if (!Character.isWhitespace(t.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    /** @return the position of the first non-space character in [from, to), or -1 */
    static int firstNonSpace(String t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!Character.isWhitespace(t.charAt(j))) {
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

    /** @return whether a reporting verb is among the last eight words of the stretch */
    static boolean cueNearEnd(String t, int from, int to) {
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
            if (Lexicon.CUES.contains(t, s, e) && !Character.isUpperCase(t.charAt(s))) {
                return true;
            }
            words++;
            e = s;
        }
        return false;
    }

    /** @return the number of words in the segments (stops counting past 64) */
    static int words(String t, int[] segStart, int[] segEnd) {
        int count = 0;
        for (int k = 0; k < segStart.length && count <= 64; k++) {
            boolean in = false;
            for (int i = segStart[k]; i < segEnd[k]; i++) {
                boolean w = Character.isLetterOrDigit(t.charAt(i));
                if (w && !in) {
                    count++;
                    if (count > 64) {
                        break;
                    }
                }
                in = w || in && (t.charAt(i) == '\'' || t.charAt(i) == '\u2019' || t.charAt(i) == '-');
            }
        }
        return count;
    }
}
