package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;

/**
 * Texts assembled at random from the lines the structure stage treats specially (date lines, headers, bylines,
 * datelines, separators, live times, blank and white-space lines, entities, CR/LF variants): parsing never
 * throws, every span keeps the offset contract, and the streaming reader agrees with {@code parse}.
 */
class StructureFuzzTest {
    private static final String[] LINES = {
        "Thursday, February 2", "Thursday 3 February 2022 14.05 GMT", "Feb. 3", "3 Feb", "2022-02-03",
        "2022-02-03T09:30:00Z", "03/02/2022", "Monday, February 30", "Friday, 3 February 2022", "29 February 2023",
        "Title: Council approves budget", "Date: 2022-02-03", "Published: 3 February 2022",
        "Updated: Feb 3, 2022 10:45 AM ET", "Source: Example Wire", "Date: not a date", "Name: value",
        "By Tomas Reiner", "By Wednesday afternoon, it was over.", "MOSCOW, Feb 2 (Reuters) - The ministry said so.",
        "LONDON (AP) \u2014 Lawmakers voted.", "WASHINGTON \u2014", "Kyiv, 2 February 2022 \u2013 Trains ran late.",
        "(Reuters) -", "---", "***", "###", "- - -", "10:32 GMT Entry text",
        "9.15am", "11:05 -", "3:40 p.m.", "10.25 million people", "", "", "", "   ", "\u00A0", "\t",
        "Short headline here", "A longer paragraph of ordinary text that ends like a sentence.",
        "\u201CA quote,\u201D she said.", "&amp; &#8220;entity&#8221; &nbsp;", "\uFEFF", "\u200B", "x", ":", "By", "()",
        "ODESA, Ukraine, Aug 5, 2022 (Reuters) - Ships left.", "Wednesday", "\u0000\u0001\u0002", "\uD83D\uDE00 emoji",
        "\uD83D", "Sept. 14, 2023 at 9:15 pm EST",
    };
    private static final String[] ENDS = {"\n", "\n", "\n", "\r\n", "\r"};

    @Test
    void randomLayoutsNeverBreakTheContract() throws IOException {
        Random rnd = new Random(2023);
        ReportParser[] parsers = {ReportParser.create(),
            ReportParser.builder().referenceDate(LocalDate.of(2023, 6, 1)).yearHint(2022)
                    .dateOrder(DateOrder.MONTH_FIRST).build()};
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = rnd.nextInt(40);
            for (int i = 0; i < lines; i++) {
                sb.append(LINES[rnd.nextInt(LINES.length)]).append(ENDS[rnd.nextInt(ENDS.length)]);
            }
            if (rnd.nextBoolean() && sb.length() > 0) {
                sb.setLength(sb.length() - 1);
            }
            String in = sb.toString();
            for (ReportParser p : parsers) {
                List<Article> whole = p.parse(in).articles();
                for (Article a : whole) {
                    StructureFixtureTest.OffsetContract.check(in, a);
                }
                List<Article> streamed = new ArrayList<>();
                try (ReportReader r = p.read(new StringReader(in))) {
                    r.forEach(streamed::add);
                }
                assertThat(streamed).as("round %d: %s", round, in).isEqualTo(whole);
            }
        }
    }
}
