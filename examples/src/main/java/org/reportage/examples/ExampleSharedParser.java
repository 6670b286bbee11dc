package org.reportage.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.reportage.core.Article;
import org.reportage.parser.ReportParser;

/**
 * A service shares one parser across all its threads: a {@code ReportParser} is immutable and thread-safe, and
 * every call to {@code parse} works on its own state. Build it once (lexicons load once), never per request.
 */
public final class ExampleSharedParser {
    private static final ReportParser PARSER = ReportParser.builder()
            .referenceDate(LocalDate.of(2025, 1, 15))
            .build();

    private ExampleSharedParser() {
    }

    /**
     * Runs the example with 4 threads and 200 requests.
     *
     * @param args ignored
     * @throws Exception if a request fails
     */
    public static void main(String[] args) throws Exception {
        run(System.out, 4, 200);
    }

    /**
     * Parses {@code requests} reports on {@code threads} threads with one parser and checks that the results are
     * those of parsing them one by one.
     *
     * @param out      where to print
     * @param threads  worker threads
     * @param requests reports to parse
     * @return the articles, in request order
     * @throws InterruptedException if interrupted
     * @throws ExecutionException   if a request fails
     */
    public static List<Article> run(PrintStream out, int threads, int requests)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String report = report(i);
                futures.add(pool.submit(() -> PARSER.parse(report).article()));
            }
            List<Article> articles = new ArrayList<>();
            for (Future<Article> f : futures) {
                articles.add(f.get());
            }
            boolean same = true;
            for (int i = 0; i < requests; i++) {
                same &= articles.get(i).equals(PARSER.parse(report(i)).article());
            }
            out.println("requests: " + requests + " on " + threads + " threads");
            out.println("same as sequential: " + same);
            return articles;
        } finally {
            pool.shutdown();
        }
    }

    static String report(int i) {
        return "Friday, March " + (1 + i % 28) + "\n\nRequest " + i + " handled\n\n“Request " + i
                + " is done,” the clerk said.\n";
    }
}
