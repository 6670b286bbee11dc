package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.parser.ReportParser;
import org.reportage.parser.SharedDir;

/**
 * The seed report against {@code shared/seed/expected.md}: its 12 quotes (15 opening marks, one never closed),
 * with their kinds and the speaker mentions the text uses. Skipped when {@code ../shared} is absent.
 */
class SeedQuotesTest {

    private static List<Quote> marked() throws IOException {
        String text = Files.readString(SharedDir.require("seed/report-2-february.txt"), StandardCharsets.UTF_8);
        List<Article> articles = ReportParser.builder().referenceDate(LocalDate.of(2023, 6, 1)).build()
                .parse(text).articles();
        assertThat(articles).hasSize(1);
        return articles.get(0).quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT)
                .collect(Collectors.toList());
    }

    @Test
    void findsTheTwelveQuotesWithTheirKinds() throws IOException {
        List<Quote> q = marked();
        assertThat(q).extracting(Quote::kind).containsExactly(
                QuoteKind.DIRECT, QuoteKind.SCARE, QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.PARTIAL,
                QuoteKind.PARTIAL, QuoteKind.DIRECT, QuoteKind.DIRECT, QuoteKind.DIRECT, QuoteKind.DIRECT,
                QuoteKind.DIRECT, QuoteKind.DIRECT);
        // split quotes are one quote in two segments: 1, 6 and 12
        assertThat(q).extracting(x -> x.segments().size()).containsExactly(2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 2);
        assertThat(q.get(1).text()).isEqualTo("agreements");
        assertThat(q.get(4).text()).isEqualTo("next few days");
        assertThat(q.get(7).text()).startsWith("It reiterates").endsWith("European allies.");
    }

    @Test
    void attributesEachQuoteToTheMentionTheTextUses() throws IOException {
        List<Quote> q = marked();
        assertThat(q).extracting(x -> x.speakerMention() == null ? null : x.speakerMention().text())
                .containsExactly("Blinken", null, "Blinken", "The US Secretary of State", "Blinken", "he",
                        "Blinken", "Blinken", "Blinken", "the US Secretary of State", "Josep Borrell", "he");
        assertThat(q.get(1).speaker()).isNull();
        assertThat(q.get(1).cue()).isNull();
        assertThat(q.get(0).cue().text()).isEqualTo("explained");
        assertThat(q.get(6).cue().text()).isEqualTo("said");
        assertThat(q.get(8).cue().text()).isEqualTo("concluded");
        assertThat(q.get(10).cue().text()).isEqualTo("warned");
    }

    /**
     * The actors the twelve quotes resolve to, as expected.md lists them: "he" of 6 is Blinken, named alone as the
     * subject before "he will speak with the Russian Foreign Minister, Sergei Lavrov" — not Lavrov, the man of a
     * known first name nearer to it; 4 and 10 are the US Secretary of State, whom the text never names.
     */
    @Test
    void resolvesEachQuoteToTheActorExpected() throws IOException {
        String text = Files.readString(SharedDir.require("seed/report-2-february.txt"), StandardCharsets.UTF_8);
        Article a = ReportParser.builder().referenceDate(LocalDate.of(2023, 6, 1)).build().parse(text).articles()
                .get(0);
        List<String> speakers = a.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT)
                .map(q -> q.speaker() == null ? null : a.actor(q.speaker()).name()).collect(Collectors.toList());
        assertThat(speakers).containsExactly("Blinken", null, "Blinken", "US Secretary of State", "Blinken",
                "Blinken", "Blinken", "Blinken", "Blinken", "US Secretary of State", "Josep Borrell", "Josep Borrell");
    }

    @Test
    void theUnclosedQuoteEndsAtItsParagraphWithAWarning() throws IOException {
        String text = Files.readString(SharedDir.require("seed/report-2-february.txt"), StandardCharsets.UTF_8);
        Article a = ReportParser.create().parse(text).articles().get(0);
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("quote.unclosed")).hasSize(1);
        Quote eighth = a.quotes().stream().filter(x -> x.kind() != QuoteKind.INDIRECT).skip(7).findFirst()
                .orElseThrow();
        int end = eighth.end();
        assertThat(text.substring(end, Math.min(text.length(), end + 2))).isEqualTo("\n\n");
    }

    @Test
    void reportsTheIndirectSpeechWithoutMarks() throws IOException {
        String text = Files.readString(SharedDir.require("seed/report-2-february.txt"), StandardCharsets.UTF_8);
        List<Quote> indirect = ReportParser.create().parse(text).articles().get(0).quotes().stream()
                .filter(x -> x.kind() == QuoteKind.INDIRECT).collect(Collectors.toList());
        assertThat(indirect).extracting(x -> x.speakerMention().text())
                .contains("The Kremlin", "Jens Stoltenberg", "Blinken");
        assertThat(indirect).filteredOn(x -> x.speakerMention().text().equals("Jens Stoltenberg")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("NATO").endsWith("brief shortly"));
    }
}
