package org.reportage.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.core.Span;
import org.reportage.parser.internal.Workspace;

class TextViewTest {

    @Test
    void cleanInputIsItsOwnView() {
        TextView v = TextView.of("Plain text.\nSecond line.");
        assertThat(v.text()).isEqualTo("Plain text.\nSecond line.");
        assertThat(v.span(6, 10)).isEqualTo(new Span(6, 10, "text"));
    }

    @Test
    void crlfAndLoneCrBecomeNewlinesAndSpansCoverBothCharacters() {
        String in = "one\r\ntwo\rthree";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("one\ntwo\nthree");
        int two = v.text().indexOf("two");
        assertThat(v.span(two, two + 3)).isEqualTo(Span.of(in, 5, 8));
        // a span ending on the normalised newline covers the whole CRLF
        assertThat(v.span(0, 4)).isEqualTo(Span.of(in, 0, 5));
        int three = v.text().indexOf("three");
        assertThat(v.span(three, three + 5).text()).isEqualTo("three");
    }

    @Test
    void editsAroundTheScansChunkBoundariesAreFound() {
        // the first pass reads 512 characters at a time: a CRLF split across a boundary, a no-break space as the
        // last character of a chunk and a character reference starting in one chunk and ending in the next
        Workspace w = new Workspace();
        String crlf = "a".repeat(511) + "\r\n" + "b".repeat(600);
        assertThat(TextView.of(crlf, 0, w).text()).isEqualTo("a".repeat(511) + "\n" + "b".repeat(600));
        String nbsp = "a".repeat(1023) + "\u00A0" + "b";
        assertThat(TextView.of(nbsp, 0, w).text()).isEqualTo("a".repeat(1023) + " b");
        String ref = "a".repeat(510) + "&amp;" + "b";
        TextView v = TextView.of(ref, 0, w);
        assertThat(v.text()).isEqualTo("a".repeat(510) + "&b");
        assertThat(v.span(510, 511)).isEqualTo(Span.of(ref, 510, 515));
    }

    @Test
    void bomAndZeroWidthCharactersAreDroppedButOffsetsPointIntoTheInput() {
        String in = "\uFEFFNATO\u200B said";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("NATO said");
        assertThat(v.span(0, 4)).isEqualTo(Span.of(in, 1, 5));
        assertThat(v.span(5, 9)).isEqualTo(Span.of(in, 7, 11));
    }

    @Test
    void unicodeSpacesBecomePlainSpaces() {
        String in = "Mr\u00A0Blinken\u2009said\tso";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("Mr Blinken said so");
        assertThat(v.span(3, 10).text()).isEqualTo("Blinken");
    }

    @Test
    void htmlEntitiesAreDecodedAndSpansCoverTheWholeReference() {
        String in = "AT&amp;T said &#8220;yes&#8221; &unknown; & more";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("AT&T said \u201Cyes\u201D &unknown; & more");
        int open = v.text().indexOf('\u201C');
        Span quote = v.span(open, open + 5);
        assertThat(quote.text()).isEqualTo("&#8220;yes&#8221;");
        assertThat(v.span(0, 4).text()).isEqualTo("AT&amp;T");
        int tail = v.text().indexOf("& more");
        assertThat(v.span(tail, tail + 6).text()).isEqualTo("& more");
        assertThat(v.span(tail, tail + 1).text()).isEqualTo("&"); // a bare '&' is one character
    }

    @Test
    void aSpanEndingOnADecodedAmpersandCoversItsWholeReference() {
        String in = "Smith &amp; Sons and Barnes &#38; Noble &#x26; Co";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("Smith & Sons and Barnes & Noble & Co");
        int from = 0;
        for (String ref : new String[] {"&amp;", "&#38;", "&#x26;"}) {
            int amp = v.text().indexOf('&', from);
            assertThat(v.span(amp, amp + 1).text()).isEqualTo(ref);
            assertThat(v.span(0, amp + 1).text()).endsWith(ref);
            from = amp + 1;
        }
    }

    @Test
    void entityDecodingToASurrogatePairMapsBothCharsToTheReference() {
        String in = "a &#x1F600; b";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("a \uD83D\uDE00 b");
        assertThat(v.span(2, 4).text()).isEqualTo("&#x1F600;");
        assertThat(v.span(5, 6)).isEqualTo(Span.of(in, 12, 13));
    }

    @Test
    void baseOffsetIsAddedToEverySpan() {
        TextView v = TextView.of("ab\r\ncd", 100);
        assertThat(v.span(3, 5)).isEqualTo(new Span(104, 106, "cd"));
    }

    @Test
    void everyViewRangeMapsToAValidInputSpan() {
        String in = "\uFEFFA\r\nB&amp;C\u00A0D\u200B\rE&#8220;F&#x1F600;G";
        TextView v = TextView.of(in);
        for (int s = 0; s <= v.length(); s++) {
            for (int e = s; e <= v.length(); e++) {
                Span span = v.span(s, e);
                assertThat(span.text()).isEqualTo(in.substring(span.start(), span.end()));
                assertThat(span.end()).isLessThanOrEqualTo(in.length());
            }
        }
    }

    @Test
    void aSpanAcrossManyEditsEndsWhereItsLastCharacterEnds() {
        // a long span's end is searched for forward from its start (in growing steps); the span of its last
        // character alone is found by a search of that character: both must end at the same input offset, across
        // any number of edits (dropped, widened, narrowed and multi-char ones)
        String in = "Ab\r\nc&amp;d\u200B\u200Be&#x1F600;f\u00A0g\r".repeat(12);
        TextView v = TextView.of(in);
        for (int s = 0; s < v.length(); s++) {
            for (int e = s + 1; e <= v.length(); e++) {
                Span span = v.span(s, e);
                assertThat(span.start()).isEqualTo(v.span(s, s + 1).start());
                assertThat(span.end()).isEqualTo(v.span(e - 1, e).end());
            }
        }
    }

    @Test
    void rangesReadInAnyOrderMapAsSpansDo() {
        // the mentions of an actor are converted by one Ranges in order of their starts (each search goes on from the
        // last); a start before the last one must still map right
        String in = "Ab\r\nc&amp;d\u200B\u200Be&#x1F600;f\u00A0g\r".repeat(6) + "plain" + "x&lt;y\u200B".repeat(5);
        TextView v = TextView.of(in);
        TextView.Ranges forward = v.ranges();
        for (int s = 0; s < v.length(); s++) {
            for (int e = s; e <= v.length(); e += 3) {
                Span span = v.span(s, e);
                assertThat(forward.start(s)).isEqualTo(span.start());
                assertThat(forward.end(e)).isEqualTo(span.end());
            }
        }
        TextView.Ranges backward = v.ranges();
        for (int s = v.length() - 1; s >= 0; s -= 2) {
            Span span = v.span(s, v.length());
            assertThat(backward.start(s)).isEqualTo(span.start());
            assertThat(backward.end(v.length())).isEqualTo(span.end());
            assertThat(backward.end(s)).isEqualTo(span.start()); // an empty range
        }
        TextView plain = TextView.of("no edits here", 7);
        TextView.Ranges r = plain.ranges();
        assertThat(r.start(3)).isEqualTo(3); // offsets not counting the base, as documented
        assertThat(r.end(8)).isEqualTo(8);
    }

    @Test
    void runsKeptAsTheyAreAroundEditsReadAsWithoutTheFastCopy() {
        // long runs the view keeps (copied at once) between edits of every kind: the text is the input with each
        // edit applied (written out by hand below), and a span of a run maps to that run in the input
        String run = "Long run of kept text, \u201Ctypographic\u201D too \u00E9\u00E8 and a\nnew line. ";
        String in = run + "&amp;" + run + "\r\n" + run + "\u200B" + run + "\u0007" + run + "&bogus;" + run;
        TextView v = TextView.of(in);
        String expected = run + "&" + run + "\n" + run + run + "\u0007" + run + "&bogus;" + run;
        assertThat(v.text()).isEqualTo(expected);
        assertThat(v.hasControls()).isTrue();
        int second = run.length() + 1;
        assertThat(v.span(second, second + run.length())).isEqualTo(Span.of(in, run.length() + 5,
                2 * run.length() + 5));
        assertThat(TextView.of(run + "&amp;" + run).hasControls()).isFalse();
    }

    @Test
    @Timeout(20) // a hang detector: walking every edit point of the run on each look-up takes minutes
    void aLongRunOfDroppedCharactersMapsToItsEndOnEveryLookUp() {
        // a run of dropped characters shifts one view index by a million: a look-up there must not walk the run
        String in = "a" + "\u200B".repeat(1_000_000) + "b";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("ab");
        for (int i = 0; i < 100_000; i++) {
            assertThat(v.ranges().start(1)).isEqualTo(1_000_001);
        }
        assertThat(v.span(1, 2)).isEqualTo(new Span(1_000_001, 1_000_002, "b"));
        assertThat(v.span(0, 1)).isEqualTo(new Span(0, 1, "a"));
    }

    @Test
    void anAmpersandThatStartsNoReferenceLeavesTheInputAsItIs() {
        String in = "Q&A with AT&T; R&D & co";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo(in);
        assertThat(v.span(9, 14)).isEqualTo(new Span(9, 14, "AT&T;"));
    }

    @Test
    void spacesReplacedOneForOneKeepEveryOffset() {
        String in = "Kyiv,\u00A0Feb\u00A02\u00A0\u2014 the\u00A0talks & more";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("Kyiv, Feb 2 \u2014 the talks & more");
        assertThat(v.span(6, 11)).isEqualTo(Span.of(in, 6, 11));
        assertThat(TextView.of("a\rb\rc").text()).isEqualTo("a\nb\nc");
    }

    @Test
    void differentReplacementsAndEditsAfterThemAreAllApplied() {
        String in = "one\u00A0two\tthree\u2009four\r\nfive &quot;six&quot;";
        TextView v = TextView.of(in);
        assertThat(v.text()).isEqualTo("one two three four\nfive \"six\"");
        int five = v.text().indexOf("five");
        assertThat(v.span(five, five + 4)).isEqualTo(Span.of(in, five + 1, five + 5));
        assertThat(v.span(five + 5, five + 6).text()).isEqualTo("&quot;");
        // a space replaced before a CRLF and a lone CR before a dropped character
        TextView w = TextView.of("a\u00A0b\r\nc\rd\u200Be");
        assertThat(w.text()).isEqualTo("a b\nc\nde");
        assertThat(w.span(7, 8)).isEqualTo(Span.of("a\u00A0b\r\nc\rd\u200Be", 9, 10));
    }

    @Test
    void controlCharactersAreNoticedAsTheViewWritesThem() {
        assertThat(TextView.of("a\r\nb\tc\u00A0d\re &amp; f").hasControls()).isFalse();
        assertThat(TextView.of("a\u0001b").hasControls()).isTrue();
        assertThat(TextView.of("a\u00A0b\u0085").hasControls()).isTrue();
        assertThat(TextView.of("\uFEFFundecodable \uFFFD").hasControls()).isTrue();
        assertThat(TextView.of("escaped &#1; bell").hasControls()).isTrue();
    }
}
