package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reportage.bench.tools.Inputs;

class FloorTest {

    @Test
    void countsEveryQuoteMarkAndSentenceEndOfASmallText() {
        // marks: “ ” ‘ ’ « » " " ’(apostrophe) = 9; ends: "Go." before ”, "left!" before space, "it?" at end
        // of a line, "…" at the end; not: "3.5", "e.g" (no space after the first dot), "U.N" inside a word
        String text = "He said: \u201CGo.\u201D Then \u2018she\u2019 left! Is it?\n\u00ABOui\u00BB \"no\" "
                + "3.5 e.gx U.Nx Russia\u2019s\u2026";
        Floor.Counts c = Floor.unpack(Floor.count(text));
        assertThat(c.quoteMarks()).isEqualTo(9);
        assertThat(c.sentenceEnds()).isEqualTo(4);
    }

    @Test
    void decodingTheBytesGivesTheSameCountsAsTheText() {
        String text = "\u201EJa,\u201C sagte sie. \u2039Non\u203A! 'x'";
        assertThat(Floor.scan(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(Floor.count(text));
        assertThat(Floor.unpack(Floor.count(text))).isEqualTo(new Floor.Counts(6, 2));
    }

    @Test
    void agreesWithASlowReferenceOnTheGeneratedFeed() {
        String feed = Inputs.generatedFeed().text();
        Matcher marks = Pattern.compile("[\"'\u201C\u201D\u2018\u2019\u201A\u201E\u201F\u201B\u00AB\u00BB\u2039\u203A]")
                .matcher(feed);
        int quoteMarks = 0;
        while (marks.find()) {
            quoteMarks++;
        }
        Matcher ends = Pattern.compile("[.!?\u2026](?=[ \n\r\t\u00A0\"'\u201C\u201D\u2018\u2019\u201A\u201E"
                + "\u201F\u201B\u00AB\u00BB\u2039\u203A]|\\z)").matcher(feed);
        int sentenceEnds = 0;
        while (ends.find()) {
            sentenceEnds++;
        }
        Floor.Counts c = Floor.unpack(Floor.scan(feed.getBytes(StandardCharsets.UTF_8)));
        assertThat(c.quoteMarks()).isEqualTo(quoteMarks).isPositive();
        assertThat(c.sentenceEnds()).isEqualTo(sentenceEnds).isPositive();
    }
}
