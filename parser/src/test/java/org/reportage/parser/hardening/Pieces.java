package org.reportage.parser.hardening;

import java.util.List;
import java.util.Random;

/**
 * The pieces generated reports are made of: every quote mark the parser knows, apostrophes, names with titles,
 * dates in the shapes of the format notes, cue verbs, blank lines and every line end, Unicode spaces,
 * combining marks, surrogate pairs (and lone halves), entities, separators and control characters. Property
 * tests draw lists of them; {@link #report(Random, int)} strings them together from a seed.
 */
final class Pieces {
    /** Every quote mark, straight and typographic, and the apostrophe-like marks. */
    static final List<String> MARKS = List.of("\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "\u00AB",
            "\u00BB", "\u2039", "\u203A", "\u201E", "\u201A", "`", "\u00AB\u00A0", "\u00A0\u00BB");

    /** Pieces of text; some are whole lines. */
    static final List<String> ALL = List.of(
            // quote marks, alone and in pairs
            "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u201E",
            "\u201A", "`", "\u00AB\u00A0", "\u00A0\u00BB", "\u201CWe will stay,\u201D ", "\u2018not now\u2019",
            "\"We are ready\" ", "'a plan' ", "\u00AB Nous restons \u00BB", "\u201EWir bleiben\u201C ",
            // apostrophes
            "the mayor\u2019s ", "rock \u2019n\u2019 roll ", "the \u201990s ", "Ghent's ", "don't ", "o'clock ",
            "the workers' ", "O\u2019Neill ",
            // names, titles, organisations, places
            "Minister Ilse Varga ", "Dr. Pieter Kols ", "Ms Ana Lindqvist ", "President Oruvo ", "Varga ",
            "the Harbour Authority ", "NATO ", "the European Union (EU) ", "Lisbon ", "LISBON, May 4 (Wire) - ",
            "By Jonas Meer\n", "officials ", "a senior ministry official ", "she ", "he ", "they ",
            // cues
            "said ", "said: ", ", said Varga. ", "told reporters ", "according to Kols, ", "added ", "warned ",
            "in a statement, ",
            // plain words and sentences
            "The ferry ", "crossed ", "the river ", "on Tuesday ", "last week ", "yesterday ", "at 10:30 GMT ",
            "three boats ", "and ", ". ", ", ", ": ", "; ", "? ", "! ", "\u2014 ", "(", ")",
            // dates
            "Monday, March 7\n", "2022-02-03\n", "3 February 2022\n", "Feb. 3, 2022 ", "03/02/2022 ",
            "Thursday 3 February 2022 14.05 GMT\n", "Title: Storm closes the port\n", "Date: 2022-02-03T09:30:00Z\n",
            "Published: 4 May 2021\n", "Saturday, 30 February 2021\n",
            // layout
            "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "---\n", "***\n", "   ", "\t", "\u00A0", "\u2003", "\u202F",
            "\u3000", "\u200B", "\uFEFF", "&#8220;", "&#8221;", "&amp;", "&quot;", "<p>", "</p>",
            // hard characters
            "e\u0301", "\u0301", "\u0308\u0308", "\uD83D\uDE00", "\uD835\uDC00 ", "\uD800", "\uDC00", "\u0000",
            "\u0007", "\u001B", "\u001C", "\u001F", "\u000B", "\f", "\u007F", "\u0085", "\u2028", "\u2029",
            "\uFFFD", "\uFFFF");

    private Pieces() {
    }

    /**
     * @param random where the choices come from
     * @param count  how many pieces
     * @return a report of that many pieces, sometimes headed by a date line and a headline
     */
    static String report(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        if (random.nextBoolean()) {
            sb.append("Tuesday, 8 March 2022\n\nFerry service resumes after the storm\n\n");
        }
        for (int i = 0; i < count; i++) {
            if (random.nextInt(4) == 0) {
                sb.append(MARKS.get(random.nextInt(MARKS.size())));
            } else {
                sb.append(ALL.get(random.nextInt(ALL.size())));
            }
        }
        return sb.toString();
    }
}
