package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;

/**
 * The tool on the project's seed report (read from {@code ../shared/seed}, skipped when absent): every view runs
 * cleanly and the date the summary shows is the one {@code expected.md} gives for a reference date of 2023-06-01.
 */
class SeedReportTest {

    private static Path seed() {
        Path shared = SharedDir.find();
        Path seed = shared == null ? null : shared.resolve("seed").resolve("report-2-february.txt");
        Assumptions.assumeTrue(seed != null && Files.exists(seed), "../shared/seed is absent");
        return seed;
    }

    @Test
    void everyViewRunsOnTheSeed() {
        String seed = seed().toString();
        Cli.Result summary = Cli.run("parse", "--reference-date", "2023-06-01", seed);
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("Thursday, February 2, 2023").contains("year inferred");

        Cli.Result jsonl = Cli.run("parse", "--reference-date", "2023-06-01", "--format", "jsonl", seed);
        assertThat(jsonl.code()).isZero();
        Article a = ReportageJson.compact().read(jsonl.out().strip());
        assertThat(a.sourceId()).isEqualTo(seed);
        assertThat(a.date().year()).isEqualTo(2023);

        for (String view : new String[] {"quotes", "actors"}) {
            Cli.Result r = Cli.run(view, "--reference-date", "2023-06-01", seed);
            assertThat(r.code()).as(view + ": " + r.err()).isZero();
            assertThat(r.out()).isNotBlank();
        }
        Cli.Result csv = Cli.run("parse", "--reference-date", "2023-06-01", "--format", "csv", seed);
        assertThat(csv.out().split("\r\n")).hasSize(1 + a.quotes().size());
    }
}
