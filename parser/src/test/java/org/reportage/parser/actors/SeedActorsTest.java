package org.reportage.parser.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Article;
import org.reportage.parser.ReportParser;

/** The actors table of the seed report (read from the shared folder; skipped when it is absent). */
class SeedActorsTest {

    private static Article seed() throws IOException {
        Path p = Shared.file("seed/report-2-february.txt");
        Assumptions.assumeTrue(Files.exists(p), "seed report not available");
        List<Article> articles = ReportParser.create().parse(Files.readString(p, StandardCharsets.UTF_8))
                .articles();
        assertThat(articles).isNotEmpty();
        return articles.get(0);
    }

    @Test
    void dump() throws IOException {
        System.out.println(Dump.actors(seed()));
    }
}
