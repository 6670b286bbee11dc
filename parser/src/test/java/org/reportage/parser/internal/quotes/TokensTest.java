package org.reportage.parser.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The token buffer reused across the sentences of a report reads every stretch as a new buffer would. */
class TokensTest {
    private static final String TEXT = "The harbour master, Ines O\u2019Dwyer-Lund, told reporters on Tuesday that "
            + "the U.S. Navy\u2019s tugs had left. \u201CWe are ready,\u201D she said. Mr. Abara\u00EFde SAID the "
            + "Pilots\u2019 union would vote: 9 to 2. Some 2,000 came.";

    /** Every token of a buffer as text, with its word flag and whether it is capitalised. */
    private static List<String> read(Tokens k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            out.add(TEXT.substring(k.start(i), k.end(i)) + (k.isWord(i) ? "/w" : "/p")
                    + (k.isCapitalised(i) ? "/C" : ""));
        }
        return out;
    }

    @Test
    void aReusedBufferReadsEachStretchAsANewOne() {
        Tokens reused = new Tokens(TEXT, 4); // small: it must grow on the first, long stretch
        int[][] stretches = {{0, TEXT.length()}, {20, 45}, {0, TEXT.length()}, {TEXT.indexOf('\u201C'), TEXT.length()},
            {3, 3}, {TEXT.indexOf("Mr."), TEXT.indexOf("union")}};
        int before = 0;
        for (int[] s : stretches) {
            Tokens fresh = new Tokens(TEXT, 4).reset(s[0], s[1]);
            Tokens again = reused.reset(s[0], s[1]);
            assertThat(read(again)).isEqualTo(read(fresh));
            // past its last token the buffer reads as empty, as a new one does, whatever a longer stretch left there
            for (int i = again.size(); i < before; i++) {
                assertThat(again.isWord(i)).isFalse();
                assertThat(again.isPunct(i, '.')).isFalse();
                assertThat(again.in(i, Lexicon.CUES)).isFalse();
            }
            before = again.size();
        }
    }

    @Test
    void aWordInCapitalsAmongLowerCaseWordsIsAnAcronymNotAFunctionWord() {
        String text = "The WHO said the IT team was ready. WHO SAYS IT IS READY";
        Tokens k = new Tokens(text, 4).reset(0, text.length());
        assertThat(k.in(1, Lexicon.RELATIVE)).as("the WHO").isFalse();
        assertThat(k.in(4, Lexicon.PRONOUNS)).as("the IT team").isFalse();
        assertThat(k.in(2, Lexicon.CUES)).as("said").isTrue();
        assertThat(k.in(9, Lexicon.RELATIVE)).as("WHO in a line of capitals").isTrue();
        assertThat(k.in(11, Lexicon.PRONOUNS)).as("IT in a line of capitals").isTrue();
    }

    @Test
    void wordsKeepInnerMarksAbbreviationsAndPluralPossessives() {
        Tokens k = new Tokens(TEXT, 4).reset(0, TEXT.length());
        List<String> words = read(k);
        assertThat(words).contains("O\u2019Dwyer-Lund/w/C", "U.S./w/C", "Mr./w/C", "Pilots\u2019/w/C", "SAID/w/C",
                "9/w", ",/p", "2,000/w");
    }

    @Test
    void aLowerCaseWordEndsItsSentenceWhereTheCapitalisedAbbreviationKeepsItsStop() {
        String text = "Asked about the fare, the skipper said no. Berth No. 4 stays shut. The cook was ill. "
                + "Ill. Route 9 is open, etc. and more.";
        Tokens k = new Tokens(text, 4).reset(0, text.length());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            tokens.add(text.substring(k.start(i), k.end(i)));
        }
        assertThat(tokens).containsSubsequence("said", "no", ".", "Berth", "No.", "4", "was", "ill", ".", "Ill.",
                "Route", "etc.", "and");
        assertThat(tokens).doesNotContain("no.", "ill.");
    }

    @Test
    void aSentenceInBracketsStartsAfterTheStop() {
        String text = "The firm said the ferry was safe. (The union disputes that.) Sen. (D) Holt agreed.";
        Tokens k = new Tokens(text, 4);
        int first = text.indexOf("safe.") + 5;
        assertThat(k.sentenceEnd(0, text.length())).isEqualTo(first);
        // an abbreviation before a bracket does not end one
        int sen = text.indexOf("Sen.");
        assertThat(k.sentenceEnd(sen, text.length())).isEqualTo(text.length());
    }

    @Test
    void lexiconQuestionsAnswerAsTheSetsDo() {
        Tokens k = new Tokens(TEXT, 4).reset(0, TEXT.length());
        WordSet[] sets = {Lexicon.CUES, Lexicon.WEAK_CUES, Lexicon.PARTICIPLES, Lexicon.AUX, Lexicon.PRONOUNS,
            Lexicon.RELATIVE, Lexicon.DETERMINERS, Lexicon.NP_STOP, Lexicon.TIME_WORDS, Lexicon.THINKING,
            Lexicon.GROUP_NOUNS, Lexicon.ABBREVIATIONS, Lexicon.PERSONAL};
        int hits = 0;
        for (int i = 0; i < k.size(); i++) {
            for (int j = 0; j < sets.length; j++) {
                // SAID stands among lower-case words: an acronym for the sets (see the test above)
                boolean acronym = TEXT.startsWith("SAID ", k.start(i));
                boolean expected = k.isWord(i) && !acronym && sets[j].contains(TEXT, k.start(i), k.end(i));
                assertThat(k.in(i, sets[j])).as("%s in set %d", TEXT.substring(k.start(i), k.end(i)), j)
                        .isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
        }
        assertThat(hits).isGreaterThan(10); // told, said, she, the, that, on, Tuesday, …
    }

    @Test
    void sentencesEndAtTheirMarksButNotAtAbbreviationsOrInitials() {
        Tokens k = new Tokens(TEXT, 4);
        int first = TEXT.indexOf("left.") + 5;
        assertThat(k.sentenceEnd(0, TEXT.length())).isEqualTo(first); // not at "U.S."
        int mr = TEXT.indexOf("Mr.");
        assertThat(k.sentenceEnd(mr, TEXT.length())).isEqualTo(TEXT.indexOf("2.") + 2); // not at "Mr."
        assertThat(k.sentenceEnd(0, first - 1)).isEqualTo(first - 1); // no end before the bound
    }

    @Test
    void theBuffersOfAReportInALongerTextReadItAsTheWholeTextDoes() {
        String feed = "Rain fell on the quay. " + TEXT + " Officials said 3,000 left.";
        int from = feed.indexOf(TEXT);
        int to = from + TEXT.length();
        Tokens.Buffers w = new Tokens.Buffers().on(feed, from, to);
        Tokens whole = new Tokens(feed, 4);
        for (int a = from; a <= to; a += 7) {
            for (int b = a; b <= to; b += 5) {
                // the sentence ends and marks found in the report's characters are those of the whole text's
                assertThat(w.before.sentenceEnd(a, b)).isEqualTo(whole.sentenceEnd(a, b));
                int colon = feed.indexOf(':', a);
                assertThat(w.before.next(':', a, b)).isEqualTo(colon >= 0 && colon < b ? colon : b);
                Tokens k = w.before.reset(a, b);
                Tokens expected = whole.reset(a, b);
                assertThat(k.size()).isEqualTo(expected.size());
                for (int i = 0; i < k.size(); i++) {
                    assertThat(k.start(i)).isEqualTo(expected.start(i));
                    assertThat(k.end(i)).isEqualTo(expected.end(i));
                    assertThat(k.isWord(i)).isEqualTo(expected.isWord(i));
                    assertThat(k.in(i, Lexicon.CUES)).isEqualTo(expected.in(i, Lexicon.CUES));
                }
            }
        }
        w.on(null, 0, 0);
        assertThat(w.before.text()).isNull();
    }

    @Test
    void aBufferPutOnAnotherTextReadsThatText() {
        String other = "Rain fell on the quay, officials said.";
        Tokens k = new Tokens(TEXT, 4).reset(0, other.length());
        assertThat(k.is(0, "the")).isTrue();
        k.on(other, other.toCharArray(), 0).reset(0, other.length()); // the same bounds: read again, not answered from the last read
        assertThat(k.is(0, "rain")).isTrue();
        assertThat(k.in(k.size() - 2, Lexicon.CUES)).isTrue();
        assertThat(k.text()).isSameAs(other);
    }
}
