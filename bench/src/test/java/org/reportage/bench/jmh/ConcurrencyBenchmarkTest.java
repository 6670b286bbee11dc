package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.reportage.bench.tools.FeedGenerator;
import org.reportage.core.Article;

/** The code path of ConcurrencyBenchmark: one parser shared by two threads gives what one thread gives. */
class ConcurrencyBenchmarkTest {

    @Test
    void twoThreadsSharingOneParserGetTheSameArticlesAsOne() throws Exception {
        byte[] feed = FeedGenerator.feed(FeedGenerator.DEFAULT_SEED, 300).text().getBytes(StandardCharsets.UTF_8);
        Stages shared = new Stages();
        List<Article> alone = shared.full(feed).articles();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Article>>> runs = List.of(
                    pool.submit(() -> shared.full(feed).articles()),
                    pool.submit(() -> shared.full(feed).articles()),
                    pool.submit(() -> shared.full(feed).articles()),
                    pool.submit(() -> shared.full(feed).articles()));
            for (Future<List<Article>> f : runs) {
                assertThat(f.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
