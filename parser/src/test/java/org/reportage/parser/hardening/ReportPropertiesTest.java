package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;
import org.reportage.parser.ParseResult;
import org.reportage.parser.ReportParseException;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;

/**
 * Properties of the whole parse over generated reports (jqwik): random mixtures of every quote mark,
 * apostrophes, names, dates, blank lines and line ends, Unicode spaces, combining marks, surrogate pairs and
 * control characters. Whatever the mixture, the parse throws nothing but {@link ReportParseException}, keeps the
 * offset contract ({@link Contract}), gives the same JSON on a second run and on other threads, and the streaming
 * reader gives the same articles as {@code parse}.
 */
class ReportPropertiesTest {
    private static final ReportParser PARSER = ReportParser.create();
    private static final ReportageJson JSON = ReportageJson.compact();
    private static ExecutorService pool;

    @BeforeContainer
    static void startPool() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterContainer
    static void stopPool() {
        pool.shutdownNow();
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(Pieces.ALL), Arbitraries.of(Pieces.MARKS),
                Arbitraries.strings().ofMaxLength(3));
        Arbitrary<String> body = piece.list().ofMaxSize(200).map(l -> String.join("", l));
        return Arbitraries.oneOf(body,
                body.map(b -> "Tuesday, 8 March 2022\n\nFerry service resumes after the storm\n\n" + b),
                body.list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("\n---\n", l)));
    }

    @Property(tries = 1000)
    void theParseKeepsTheOffsetContract(@ForAll("reports") String input) {
        ParseResult r = parseOrTyped(input);
        if (r != null) {
            Contract.check(r);
        }
    }

    @Property(tries = 300)
    void theOutputIsTheSameOnASecondRunAndOnOtherThreads(@ForAll("reports") String input) throws Exception {
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

    @Property(tries = 300)
    void theStreamingReaderGivesTheSameArticlesAsParse(@ForAll("reports") String input) {
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
