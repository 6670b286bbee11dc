package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;
import org.reportage.parser.ParseResult;
import org.reportage.parser.ReportParseException;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;

/**
 * Properties of the whole parse over generated reports (seeded, so a failure names the seed that reproduces it):
 * random mixtures of every quote mark,
 * apostrophes, names, dates, blank lines and line ends, Unicode spaces, combining marks, surrogate pairs and
 * control characters. Whatever the mixture, the parse throws nothing but {@link ReportParseException}, keeps the
 * offset contract ({@link Contract}), gives the same JSON on a second run and on other threads, and the streaming
 * reader gives the same articles as {@code parse}.
 */
class ReportPropertiesTest {
    private static final ReportParser PARSER = ReportParser.create();
    private static final ReportageJson JSON = ReportageJson.compact();
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    static LongStream seeds1000() {
        return LongStream.range(0, 1000);
    }

    static LongStream seeds300() {
        return LongStream.range(0, 300);
    }

    // A report from a seed: a body of up to 200 random pieces (every quote mark, names, dates, spaces, line ends,
    // combining marks, surrogates, control characters, or up to 3 random chars), bare, under a date line and
    // headline, or several bodies separated by '---'.
    static String report(long seed) {
        Random r = new Random(seed);
        return switch (r.nextInt(3)) {
            case 0 -> body(r);
            case 1 -> "Tuesday, 8 March 2022\n\nFerry service resumes after the storm\n\n" + body(r);
            default -> {
                int n = 2 + r.nextInt(3);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    parts.add(body(r));
                }
                yield String.join("\n---\n", parts);
            }
        };
    }

    private static String body(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(201);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(3)) {
                case 0 -> sb.append(Pieces.ALL.get(r.nextInt(Pieces.ALL.size())));
                case 1 -> sb.append(Pieces.MARKS.get(r.nextInt(Pieces.MARKS.size())));
                default -> {
                    int len = r.nextInt(4);
                    for (int k = 0; k < len; k++) {
                        sb.append((char) r.nextInt(Character.MAX_VALUE + 1));
                    }
                }
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds1000")
    void theParseKeepsTheOffsetContract(long seed) {
        String input = report(seed);
        ParseResult r = parseOrTyped(input);
        if (r != null) {
            Contract.check(r);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds300")
    void theOutputIsTheSameOnASecondRunAndOnOtherThreads(long seed) throws Exception {
        String input = report(seed);
        ParseResult first = parseOrTyped(input);
        if (first == null) {
            return;
        }
        String once = json(first.articles());
        assertThat(json(PARSER.parse(input).articles())).isEqualTo(once);
        List<Future<String>> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(pool.submit(() -> json(PARSER.parse(input).articles())));
        }
        for (Future<String> f : others) {
            assertThat(f.get()).isEqualTo(once);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds300")
    void theStreamingReaderGivesTheSameArticlesAsParse(long seed) {
        String input = report(seed);
        ParseResult r = parseOrTyped(input);
        if (r == null) {
            return;
        }
        List<Article> streamed = new ArrayList<>();
        try (ReportReader reader = PARSER.read(new StringReader(input))) {
            reader.forEach(streamed::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Article a : streamed) {
            Contract.check(input, a);
        }
        assertThat(json(streamed)).isEqualTo(json(r.articles()));
    }

    // null when the parser refused the input with its typed exception (the only exception it may throw)
    private static ParseResult parseOrTyped(String input) {
        try {
            return PARSER.parse(input);
        } catch (ReportParseException e) {
            assertThat(e.offset()).isBetween(-1L, (long) input.length());
            return null;
        }
    }

    private static String json(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            sb.append(JSON.write(a)).append('\n');
        }
        return sb.toString();
    }
}
