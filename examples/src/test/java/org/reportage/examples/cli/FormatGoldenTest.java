package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every output format and view on fixed, hand-built articles ({@link Fixtures}): these goldens change only when
 * a format changes, never when the parser improves.
 */
class FormatGoldenTest {

    private static String render(Pipeline.Sink sink, StringWriter out, Pipeline.Parsed... parsed) throws IOException {
        for (Pipeline.Parsed p : parsed) {
            sink.accept(p);
        }
        sink.finish();
        return out.toString();
    }

    private static Pipeline.Parsed[] two() {
        return new Pipeline.Parsed[] {Fixtures.parsed("news/a.txt"), Fixtures.parsed("news/b.txt")};
    }

    @Test
    void summaryShowsDateProvenanceHeadlineWhoSaidWhatAndActors() throws IOException {
        StringWriter w = new StringWriter();
        String out = render(new Sinks.Summary(w, 110, LocalDate.of(2025, 1, 15)), w, Fixtures.parsed("news/a.txt"));
        Golden.check("format-summary.txt", out);
        assertThat(out).contains("Tuesday, March 12, 2024  (2024-03-12; year inferred from the weekday, reference "
                + "date 2025-01-15)");
        assertThat(out).contains("Elena Varga").contains("Quotes       4 (1 direct, 1 partial, 1 indirect, 1 scare)");
    }

    @Test
    void tableCutsLongQuotesToTheWidthAndShowsWhenEachWasSaid() throws IOException {
        StringWriter w = new StringWriter();
        String out = render(new Sinks.Table(w, 100, null), w, two());
        Golden.check("format-table.txt", out);
        for (String line : out.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
        }
        assertThat(out).contains("2024-03-11  Elena Varga").contains("…”  said");
        assertThat(out).contains("-                       scare     “living wall”");
        assertThat(out).contains("Officials               indirect  work on the quays starts in May ");
    }

    @Test
    void csvQuotesFieldsAsRfc4180Says() throws IOException {
        StringWriter w = new StringWriter();
        String out = render(new Sinks.QuoteCsv(w, null), w, two());
        Golden.check("format-quotes.csv", out);
        assertThat(out).startsWith(String.join(",", QuoteRow.COLUMNS) + "\r\n");
        assertThat(out).contains(",partial,\"years of debt, \"\"real\"\" debt\",warned,");
        assertThat(out.split("\r\n")).hasSize(1 + 2 * 4);
    }

    @Test
    void jsonIsOneArrayOfArticlesThatReadBack() throws IOException {
        StringWriter w = new StringWriter();
        String out = render(new Sinks.JsonArray(w), w, two());
        Golden.check("format-articles.json", out);
        JsonNode array = JsonMapper.builder().build().readTree(out);
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
        Article back = ReportageJson.compact().read(array.get(1).toString());
        assertThat(back).isEqualTo(Fixtures.article().withSourceId("news/b.txt"));
    }

    @Test
    void emptyJsonIsAnEmptyArray() throws IOException {
        StringWriter w = new StringWriter();
        assertThat(render(new Sinks.JsonArray(w), w)).isEqualTo("[]\n");
    }

    @Test
    void jsonLinesHasOneArticlePerLineWithSourceId() throws IOException {
        StringWriter w = new StringWriter();
        String out = render(new Sinks.JsonLines(w), w, two());
        Golden.check("format-articles.jsonl", out);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(ReportageJson.compact().read(lines.get(0)).sourceId()).isEqualTo("news/a.txt");
        assertThat(lines.get(0)).contains("\"source_id\":\"news/a.txt\"").contains("\"quotes\":[{");
    }

    @Test
    void quotesViewFiltersBySpeakerNameAliasOrMention() throws IOException {
        StringWriter w = new StringWriter();
        String out = render(new Sinks.Table(w, 100, "varga"), w, two());
        Golden.check("view-quotes-varga.txt", out);
        assertThat(out).contains("Elena Varga").doesNotContain("Brenner").doesNotContain("living wall");

        StringWriter none = new StringWriter();
        assertThat(render(new Sinks.Table(none, 100, "Nobody"), none, two()))
                .isEqualTo("No quotes by a speaker matching \"Nobody\".\n");
    }

    @Test
    void quotesViewAsJsonLinesHasFlatRows() throws IOException {
        StringWriter w = new StringWriter();
        String out = render(new Sinks.QuoteJson(w, "Brenner", true), w, two());
        Golden.check("view-quotes-brenner.jsonl", out);
        JsonNode row = JsonMapper.builder().build().readTree(out.lines().findFirst().orElseThrow());
        assertThat(row.get("speaker").asString()).isEqualTo("Tomasz Brenner");
        assertThat(row.get("source_id").asString()).isEqualTo("news/a.txt");
        assertThat(row.get("kind").asString()).isEqualTo("partial");
    }

    @Test
    void actorsViewMergesActorsAcrossArticlesAndCountsTheirQuotes() throws IOException {
        StringWriter table = new StringWriter();
        String out = render(new ActorTally(table, ActorTally.Format.TABLE), table, two());
        Golden.check("view-actors.txt", out);
        assertThat(out.lines().skip(1).findFirst().orElseThrow())
                .startsWith("Elena Varga").contains("person").contains("Mayor");

        ActorTally tally = new ActorTally(new StringWriter(), ActorTally.Format.JSON);
        for (Pipeline.Parsed p : two()) {
            tally.accept(p);
        }
        assertThat(tally.rows()).extracting(ActorTally.Row::name, ActorTally.Row::quotes, ActorTally.Row::articles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Elena Varga", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("Tomasz Brenner", 2, 2));

        StringWriter csv = new StringWriter();
        Golden.check("view-actors.csv", render(new ActorTally(csv, ActorTally.Format.CSV), csv, two()));
        StringWriter json = new StringWriter();
        Golden.check("view-actors.json", render(new ActorTally(json, ActorTally.Format.JSON), json, two()));
    }
}
