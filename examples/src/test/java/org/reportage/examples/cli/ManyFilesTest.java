package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A directory of 10,000 generated reports: everything parsed, in order, with a progress bar when asked. */
class ManyFilesTest {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    @Test
    @Timeout(value = 300)
    void tenThousandReportsInOrderWithProgressAndExitCode(@TempDir Path tmp) throws Exception {
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            Path dir = tmp.resolve(String.format(Locale.ROOT, "d%02d", i % 10));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "r%05d.txt", i)),
                    DAYS[i % 5] + ", March " + (1 + i % 28) + "\n\nStory number " + i + "\n\n“Item " + i
                            + " is ready,” the clerk said.\n");
        }
        Cli.Result r = Cli.run(new ByteArrayInputStream(new byte[0]), false, "parse", "--reference-date=2025-01-15",
                "--format", "jsonl", "--progress", "always", tmp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // The bar was drawn, then erased; no error line.
        assertThat(r.err()).contains("/10000 files").contains("articles/s").contains("ETA")
                .doesNotContain("cannot").endsWith("\r");
        // Every file once, in directory-then-name order whatever thread parsed it.
        List<String> ids = r.out().lines().map(l -> l.substring(0, l.indexOf("\",\"span\"")))
                .distinct().toList();
        assertThat(ids).hasSize(n);
        assertThat(ids).isSorted();
    }

    @Test
    void progressBarIsSilentWhenStderrIsNotATerminal(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Monday, May 6\n\nHeadline\n\nBody.\n");
        assertThat(Cli.run(new ByteArrayInputStream(new byte[0]), false, "parse", tmp.toString()).err()).isEmpty();
        assertThat(Cli.run(new ByteArrayInputStream(new byte[0]), true, "parse", tmp.toString()).err())
                .contains("1/1 files");
        assertThat(Cli.run(new ByteArrayInputStream(new byte[0]), true, "parse", "--quiet", tmp.toString()).err())
                .isEmpty();
    }
}
