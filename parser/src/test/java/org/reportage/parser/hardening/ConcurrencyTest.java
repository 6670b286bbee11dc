package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;
import org.reportage.parser.ReportParser;
import org.reportage.parser.SharedDir;
import tools.jackson.databind.JsonNode;

/**
 * One parser shared by 8 threads over the evaluation corpus (each line's {@code text}), each thread in its own
 * order, gives byte for byte the JSON that one thread gives. Skipped when {@code ../shared} is absent.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final ReportageJson JSON = ReportageJson.compact();

    private static List<String> corpus() {
        try (Stream<JsonNode> records = SharedDir.records(SharedDir.DEV_CORPUS)) {
            return records.map(r -> r.get("text")).filter(x -> x != null && x.isString()).map(JsonNode::asString)
                    .toList();
        }
    }

    private static byte[] json(ReportParser parser, String text) {
        StringBuilder sb = new StringBuilder();
        for (Article a : parser.parse(text).articles()) {
            sb.append(JSON.write(a)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void eightThreadsSharingOneParserGiveTheBytesOneThreadGives() throws Exception {
        List<String> texts = corpus();
        assertThat(texts).isNotEmpty();
        ReportParser parser = ReportParser.builder().referenceDate(java.time.LocalDate.of(2016, 1, 1)).build();
        List<byte[]> expected = new ArrayList<>(texts.size());
        for (String t : texts) {
            expected.add(json(parser, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[][]>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(t));
                results.add(pool.submit(() -> {
                    start.await();
                    byte[][] out = new byte[texts.size()][];
                    for (int i : order) {
                        out[i] = json(parser, texts.get(i));
                    }
                    return out;
                }));
            }
            start.countDown();
            for (Future<byte[][]> f : results) {
                byte[][] got = f.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(Arrays.equals(got[i], expected.get(i))).as("corpus line %d", i + 1).isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
