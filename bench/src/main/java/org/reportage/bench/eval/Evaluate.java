package org.reportage.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.reportage.parser.ReportParser;

/**
 * The {@code evaluate} command: scores the parser's quotes against gold JSON Lines (see {@link Scorer}) and
 * prints the scores as a table and as JSON.
 *
 * <pre>
 * Evaluate [--errors N] [--json FILE] [--limit ARTICLES] [--converter-types] [--reference] [--show ID] GOLD.jsonl
 * </pre>
 * {@code --errors N} adds the error analysis: failure patterns, most frequent first, with up to N examples
 * each. {@code --json FILE} also writes the JSON scores to a file. {@code --converter-types} takes the gold
 * {@code type} of every record as the file gives it, instead of re-deriving it for records holding the doubled
 * mark {@code ''} that the corpus converter did not read as a quotation mark. {@code --reference} also scores,
 * the same way, the naive regular-expression extractor of the benchmarks (a reference point, not a parser): its
 * direct-span rows, and with {@code --errors} its failure patterns.
 * {@code --show ID} prints, for the articles whose id contains ID, our quotes next to the gold records.
 */
public final class Evaluate {
    private Evaluate() {
    }

    /**
     * @param args command-line arguments
     * @throws IOException if the gold file cannot be read or the JSON not written
     */
    public static void main(String[] args) throws IOException {
        int errors = -1;
        Path json = null;
        Path gold = null;
        int limit = Integer.MAX_VALUE;
        boolean converterTypes = false;
        boolean reference = false;
        String show = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--errors":
                    errors = Integer.parseInt(args[++i]);
                    break;
                case "--json":
                    json = Path.of(args[++i]);
                    break;
                case "--show":
                    show = args[++i];
                    break;
                case "--converter-types":
                    converterTypes = true;
                    break;
                case "--reference":
                    reference = true;
                    break;
                case "--limit":
                    limit = Integer.parseInt(args[++i]);
                    break;
                default:
                    if (args[i].startsWith("--")) {
                        usage("unknown option " + args[i]);
                        return;
                    }
                    gold = Path.of(args[i]);
            }
        }
        if (gold == null) {
            usage("no gold file given");
            return;
        }
        List<Gold.Article> articles = Gold.read(gold);
        if (articles.size() > limit) {
            articles = articles.subList(0, limit);
        }
        if (show != null) {
            for (Gold.Article a : articles) {
                if (a.id().contains(show)) {
                    System.out.print(Scorer.show(a, ReportParser.create()));
                }
            }
            return;
        }
        Scorer.Failures failures = errors >= 0 ? new Scorer.Failures(errors) : null;
        long t0 = System.nanoTime();
        Scorer.Scores s = Scorer.score(articles, Scorer.of(ReportParser.create()), failures, converterTypes);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.print(s.table());
        System.out.println("(parsed and scored in " + ms + " ms)");
        System.out.println(s.json());
        if (json != null) {
            Files.writeString(json, s.json() + "\n", StandardCharsets.UTF_8);
        }
        if (reference) {
            System.out.println();
            System.out.println("Reference point, scored the same way: the naive regex extractor of the benchmarks"
                    + " (every match a direct quote, no speaker)");
            Scorer.Failures referenceFailures = errors >= 0 ? new Scorer.Failures(errors) : null;
            System.out.print(Scorer.score(articles, Scorer::regexReference, referenceFailures, converterTypes)
                    .directTable());
            if (referenceFailures != null) {
                System.out.println("Its failure patterns, most frequent first");
                System.out.print(referenceFailures.report());
            }
        }
        if (failures != null) {
            System.out.println();
            System.out.println("Error analysis: failure patterns, most frequent first");
            System.out.print(failures.report());
        }
    }

    private static void usage(String why) {
        System.err.println(why);
        System.err.println("usage: Evaluate [--errors N] [--json FILE] [--limit ARTICLES] [--converter-types] [--reference]"
                + " [--show ID] GOLD.jsonl");
        System.exit(2);
    }
}
