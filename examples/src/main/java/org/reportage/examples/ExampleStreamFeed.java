package org.reportage.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;

/**
 * Stream a large feed — many reports separated by {@code ---} lines — and count quotes per speaker, without
 * holding the feed in memory: the reader parses one report at a time. The feed here is generated on the fly by
 * a {@link Reader}; in real use it is {@code parser.read(path, StandardCharsets.UTF_8)}.
 */
public final class ExampleStreamFeed {
    private ExampleStreamFeed() {
    }

    /**
     * Runs the example on a feed of 2,000 reports.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out, 2_000);
    }

    /**
     * Counts quotes per speaker over a generated feed.
     *
     * @param out     where to print
     * @param reports how many reports the feed holds
     * @return quotes per speaker name ({@code (unattributed)} for quotes without one)
     */
    public static Map<String, Integer> run(PrintStream out, int reports) {
        ReportParser parser = ReportParser.create();
        Map<String, Integer> perSpeaker = new TreeMap<>();
        long articles = 0;
        long quotes = 0;
        try (ReportReader reader = parser.read(new GeneratedFeed(reports))) {
            for (Article article : reader) {
                articles++;
                for (Quote q : article.quotes()) {
                    quotes++;
                    String who = q.speaker() == null ? "(unattributed)" : article.actor(q.speaker()).name();
                    perSpeaker.merge(who, 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("articles: " + articles);
        out.println("quotes:   " + quotes);
        perSpeaker.forEach((who, n) -> out.println("  " + n + "  " + who));
        return perSpeaker;
    }

    /** A feed of invented reports, produced as it is read: memory does not grow with its length. */
    static final class GeneratedFeed extends Reader {
        private static final String[] SPEAKERS = {"Paula Mendes", "Omar Haddad", "Lena Ortiz"};
        private final int reports;
        private int next;
        private String chunk = "";
        private int pos;

        GeneratedFeed(int reports) {
            this.reports = reports;
        }

        private String report(int i) {
            return (i == 0 ? "" : "\n---\n\n") + "Tuesday, March " + (1 + i % 28) + "\n\nUpdate " + i
                    + " on the harbour works\n\n“Stage " + i + " is finished,” said " + SPEAKERS[i % SPEAKERS.length]
                    + ".\n";
        }

        @Override
        public int read(char[] buf, int off, int len) {
            while (pos == chunk.length()) {
                if (next == reports) {
                    return -1;
                }
                chunk = report(next++);
                pos = 0;
            }
            int n = Math.min(len, chunk.length() - pos);
            chunk.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            next = reports;
            chunk = "";
            pos = 0;
        }
    }
}
