package org.reportage.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportage.core.Span;

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
}
