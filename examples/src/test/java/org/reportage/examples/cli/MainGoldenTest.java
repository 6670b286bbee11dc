package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;

/**
 * Every format and view end to end through {@link Main}, on the fixture reports under
 * {@code src/test/resources/reports}. These goldens record what the parser finds today: when a parser stage
 * lands, regenerate them with {@code ./mvnw -q -pl examples -am test -Dreportage.updateGolden=true} and review
 * the diff. The assertions next to each golden check what must hold whatever the parser finds.
 */
class MainGoldenTest {
    private static final String REPORTS = "src/test/resources/reports";
    private static final String FEED = "src/test/resources/feed.jsonl";
    private static final String REF = "--reference-date=2025-01-15";

    @Test
    void noArgumentsPrintsASummaryOfTheBuiltInSample() {
        Cli.Result r = Cli.run();
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.check("main-sample-summary.txt", r.out());
        assertThat(r.out()).startsWith("== sample").contains("Date ").contains("Paragraphs").contains("Who said what")
                .contains("Actors");
        // Same as `parse` with no input, whose reference date defaults to today (fixed in tests).
        assertThat(Cli.run("parse", REF).out()).isEqualTo(r.out());
    }

    @Test
    void parseDefaultsToASummaryPerArticle() {
        Cli.Result r = Cli.run("parse", REF, REPORTS);
        assertThat(r.code()).isZero();
        Golden.check("main-parse-summary.txt", r.out());
        assertThat(r.out()).contains("== " + REPORTS + "/ferry-strike.txt").contains("== " + REPORTS
                + "/library-vote.txt");
        assertThat(r.out().indexOf("ferry-strike")).isLessThan(r.out().indexOf("library-vote"));
    }

    @Test
    void parseJsonIsOneArrayInInputOrder() throws Exception {
        Cli.Result r = Cli.run("parse", REF, "--format", "json", REPORTS + "/library-vote.txt",
                REPORTS + "/ferry-strike.txt");
        assertThat(r.code()).isZero();
        Golden.check("main-parse.json", r.out());
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.out());
        assertThat(tree.isArray()).isTrue();
        assertThat(tree.get(0).get("source_id").asString()).endsWith("library-vote.txt");
        assertThat(tree.get(1).get("source_id").asString()).endsWith("ferry-strike.txt");
    }

    @Test
    void parseJsonLinesOffsetsPointIntoTheFile() throws Exception {
        Cli.Result r = Cli.run("parse", REF, "--format", "jsonl", REPORTS);
        assertThat(r.code()).isZero();
        Golden.check("main-parse.jsonl", r.out());
        for (String line : r.out().lines().toList()) {
            Article a = ReportageJson.compact().read(line);
            String input = Files.readString(Path.of(a.sourceId()), StandardCharsets.UTF_8);
            assertThat(input.substring(a.span().start(), a.span().end())).isEqualTo(a.span().text());
            a.paragraphs().forEach(p -> assertThat(input.substring(p.start(), p.end())).isEqualTo(p.text()));
        }
    }

    @Test
    void parseTableAndCsv() {
        Cli.Result table = Cli.run("parse", REF, "--format", "table", REPORTS);
        assertThat(table.code()).isZero();
        Golden.check("main-parse-table.txt", table.out());
        Cli.Result csv = Cli.run("parse", REF, "--format", "csv", REPORTS);
        assertThat(csv.code()).isZero();
        Golden.check("main-parse.csv", csv.out());
        assertThat(csv.out()).startsWith(String.join(",", QuoteRow.COLUMNS) + "\r\n");
    }

    @Test
    void jsonLinesInputGivesJsonLinesWithTheRecordIdAsSourceId() {
        Cli.Result r = Cli.run("parse", REF, "--jsonl", "--id-field", "doc", "--text-field", "body", FEED);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.check("main-jsonl-in.jsonl", r.out());
        assertThat(r.out().lines().map(l -> ReportageJson.compact().read(l).sourceId()))
                .containsExactly("n-1", "2");
    }

    @Test
    void dateFieldGivesEachRecordItsOwnReferenceDate(@TempDir Path tmp) throws Exception {
        String text = "Thursday, February 2\n\nTalks resume\n\nBody.";
        Path feed = Files.writeString(tmp.resolve("dated.jsonl"), String.join("\n",
                "{\"id\": \"old\", \"date\": \"2017-03-01\", \"text\": \"" + text.replace("\n", "\\n") + "\"}",
                "{\"id\": \"new\", \"date\": \"2023-06-01T09:30:00Z\", \"text\": \"" + text.replace("\n", "\\n")
                        + "\"}",
                "{\"id\": \"none\", \"text\": \"" + text.replace("\n", "\\n") + "\"}",
                "{\"id\": \"bad\", \"date\": \"soon\", \"text\": \"" + text.replace("\n", "\\n") + "\"}") + "\n");
        Cli.Result r = Cli.run("parse", "--jsonl", "--date-field", "date", "--reference-date", "2013-01-01",
                feed.toString());
        assertThat(r.out().lines().map(l -> ReportageJson.compact().read(l).date().year()))
                .containsExactly(2017, 2023, 2012, 2012);
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err()).isEqualTo(feed + ":4:1: field \"date\" is not a date (\"soon\"); parsed with the default "
                + "reference date\n");
    }

    @Test
    void quotesAndActorsViews() {
        Cli.Result quotes = Cli.run("quotes", REF, "--speaker", "Ortiz", REPORTS);
        assertThat(quotes.code()).isZero();
        Golden.check("main-quotes-ortiz.txt", quotes.out());
        assertThat(quotes.out()).doesNotContain("Kowal");
        Cli.Result actors = Cli.run("actors", REF, REPORTS);
        assertThat(actors.code()).isZero();
        Golden.check("main-actors.txt", actors.out());
    }

    @Test
    void standardInputAndOutputFile(@TempDir Path tmp) throws Exception {
        byte[] report = Files.readAllBytes(Path.of(REPORTS, "ferry-strike.txt"));
        Path out = tmp.resolve("out.jsonl");
        Cli.Result r = Cli.runWithStdin(report, "parse", REF, "--format", "jsonl", "--output", out.toString(), "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        Article a = ReportageJson.compact().read(Files.readString(out).strip());
        assertThat(a.sourceId()).isEqualTo("-");
        String input = new String(report, StandardCharsets.UTF_8);
        assertThat(input.substring(a.span().start(), a.span().end())).isEqualTo(a.span().text());
        assertThat(a.span().text()).contains("Ferry crews end strike");
    }

    @Test
    void outputIsTheSameWhateverTheNumberOfThreads() {
        Cli.Result one = Cli.run("parse", REF, "--format", "jsonl", "-j", "1", REPORTS, FEED, REPORTS);
        Cli.Result four = Cli.run("parse", REF, "--format", "jsonl", "-j", "4", REPORTS, FEED, REPORTS);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.code()).isEqualTo(one.code());
    }

    @Test
    void verboseSaysTheReferenceDateDefaultsToToday() {
        Cli.Result r = Cli.run("parse", "--verbose", "--format", "jsonl", REPORTS);
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("reference date " + Cli.TODAY + " (today");
        assertThat(r.err()).contains("2 inputs, 2 articles, 0 failed");
        assertThat(Cli.run("parse", "--verbose", "--reference-date", "none", REPORTS).err())
                .contains("reference date none");
    }

    @Test
    void helpHasExamplesAndVersionPrintsTheVersion() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Examples:").contains("reportage parse report.txt").contains("quotes")
                .contains("actors");
        Cli.Result parseHelp = Cli.run("parse", "--help");
        assertThat(parseHelp.out()).contains("--reference-date").contains("--jsonl").contains("Formats:");
        Cli.Result version = Cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("reportage ").doesNotContain("${");
    }

    @Test
    void completionScriptCanBePrinted() {
        Cli.Result r = Cli.run("generate-completion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete").contains("reportage").contains("--reference-date");
    }
}
