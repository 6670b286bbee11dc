package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;
import org.reportage.bench.tools.Inputs;

/**
 * The benchmark methods themselves, called once as JMH would: the counters that become MB/s and articles/s
 * must count exactly the input and the articles.
 */
class ParseBenchmarkTest {
    private static final Blackhole BH = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    private static ParseBenchmark benchmark(String source) {
        if (!source.equals("generated")) {
            assumeTrue(Inputs.shared().isPresent(), "shared/ is absent");
        }
        ParseBenchmark b = new ParseBenchmark();
        b.source = source;
        b.load();
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"generated", "seed", "corpus"})
    void everyBenchmarkCountsTheWholeInputAndTheStagesCountTheArticles(String source) {
        ParseBenchmark b = benchmark(source);
        Inputs.Documents docs = Inputs.load(Inputs.Source.of(source));
        long articles = 0;
        for (byte[] d : docs.documents()) {
            articles += new Stages().full(d).articles().size();
        }
        assertThat(articles).isPositive();

        Throughput t = new Throughput();
        b.floor(t, BH);
        assertThat(t.inputBytes).isEqualTo(docs.bytes());
        assertThat(t.articles).isZero();

        t.reset();
        b.regexReference(t, BH);
        assertThat(t.inputBytes).isEqualTo(docs.bytes());

        t.reset();
        b.stage1Structure(t, BH);
        assertThat(t.inputBytes).isEqualTo(docs.bytes());
        assertThat(t.articles).isEqualTo(articles);

        t.reset();
        b.stage2Actors(t, BH);
        assertThat(t.articles).isEqualTo(articles);

        t.reset();
        b.stage3Full(t, BH);
        b.stage3Full(t, BH);
        assertThat(t.inputBytes).isEqualTo(2 * docs.bytes());
        assertThat(t.articles).isEqualTo(2 * articles);
    }

    @Test
    void theCorpusIsRenderedAsRawReportsWithADateLine() throws Exception {
        assumeTrue(Inputs.shared().isPresent(), "shared/ is absent");
        var file = Inputs.shared().get().resolve("corpus/polnear-dev.jsonl");
        assumeTrue(Files.exists(file), "corpus absent");
        List<byte[]> docs = Inputs.corpusReports(file);
        assertThat(docs).hasSize((int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count());
        assertThat(new String(docs.get(0), StandardCharsets.UTF_8))
                .matches("(?s)[A-Z][a-z]+day, [A-Z][a-z]+ \\d{1,2}, \\d{4}\n\n.+");
        assertThat(new String(docs.get(1), StandardCharsets.UTF_8)).matches("(?s)\\d{4}-\\d{2}-\\d{2}\n\n.+");
        assertThat(new String(docs.get(2), StandardCharsets.UTF_8))
                .matches("(?s)\\d{1,2} [A-Z][a-z]+ \\d{4}\n\n.+");
    }
}
