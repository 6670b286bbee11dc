package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reportage.bench.tools.FeedGenerator;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.parser.ParseResult;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.structure.Layout;

/** The code paths of ParseBenchmark's stage benchmarks, on a generated feed. */
class StagesTest {
    private static final FeedGenerator.Feed FEED = FeedGenerator.feed(FeedGenerator.DEFAULT_SEED, 200);
    private static final byte[] BYTES = FEED.text().getBytes(StandardCharsets.UTF_8);
    private final Stages stages = new Stages();

    @Test
    void theStageCutsAgreeWithTheFullParse() {
        List<Layout> layouts = stages.structure(BYTES);
        ActorAnalysis[] actors = stages.actors(BYTES);
        ParseResult full = stages.full(BYTES);
        assertThat(layouts).hasSameSizeAs(full.articles()).isNotEmpty();
        assertThat(actors).hasSameSizeAs(full.articles());
        for (int i = 0; i < actors.length; i++) {
            Article a = full.articles().get(i);
            assertThat(actors[i].actors()).isEqualTo(a.actors());
            assertThat(a.span().text()).isEqualTo(FEED.text().substring(a.span().start(), a.span().end()));
        }
    }

    @Test
    void structureFindsEveryReportOfTheFeed() {
        assertThat(stages.structure(BYTES).size()).isBetween(FEED.minArticles(), FEED.maxArticles());
        assertThat(stages.full(BYTES).articles().size()).isBetween(FEED.minArticles(), FEED.maxArticles());
    }

    @Test
    void actorsFindEveryQuotedPerson() {
        Set<String> names = new HashSet<>();
        for (ActorAnalysis a : stages.actors(BYTES)) {
            for (Actor actor : a.actors()) {
                names.add(actor.name());
                names.addAll(actor.aliases());
            }
        }
        for (FeedGenerator.Block b : FEED.blocks()) {
            assertThat(names).containsAll(b.speakers());
        }
    }

    @Test
    void theFullParseFindsEverySimpleQuote() {
        List<String> found = stages.full(BYTES).articles().stream()
                .flatMap(a -> a.quotes().stream()).map(Quote::text).toList();
        for (FeedGenerator.Block b : FEED.blocks()) {
            for (String q : b.simpleQuotes()) {
                assertThat(found).as("quote %s", q).anyMatch(t -> t.contains(q));
            }
        }
    }
}
