package org.reportage.bench.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs every benchmark reads, as UTF-8 documents: the generated feed (always there), the seed report and
 * the corpus articles rendered as raw reports (both only when {@code shared/} is present; they are read at run
 * time and never copied into the project).
 */
public final class Inputs {
    /** How many blocks the generated benchmark feed has (about 1.5 MB; 2,443 to 3,533 articles). */
    public static final int GENERATED_BLOCKS = 2_000;
    private static final String SEED_FILE = "seed/report-2-february.txt";
    private static final String CORPUS_FILE = "corpus/polnear-dev.jsonl";

    /** The input sources, by the name the {@code source} benchmark parameter uses. */
    public enum Source {
        /** The deterministic generated feed, one document. */
        GENERATED,
        /** {@code shared/seed/report-2-february.txt}, one document. */
        SEED,
        /** The articles of {@code shared/corpus/polnear-dev.jsonl}, each a document with a date line prepended. */
        CORPUS;

        /**
         * @param name the parameter value, any case
         * @return the source
         */
        public static Source of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The documents of a source.
     *
     * @param source    which source
     * @param documents each document's UTF-8 bytes
     * @param bytes     the total size
     */
    public record Documents(Source source, List<byte[]> documents, long bytes) {
        /** Copies the list. */
        public Documents {
            documents = List.copyOf(documents);
        }

        /**
         * @param source    which source
         * @param documents the documents
         * @return them with their total size
         */
        public static Documents of(Source source, List<byte[]> documents) {
            long n = 0;
            for (byte[] d : documents) {
                n += d.length;
            }
            return new Documents(source, documents, n);
        }
    }

    private Inputs() {
    }

    /**
     * @param source which source
     * @return its documents
     * @throws IllegalStateException if the source needs {@code shared/} and it is absent
     */
    public static Documents load(Source source) {
        switch (source) {
            case GENERATED:
                return Documents.of(source, List.of(generatedFeed().text().getBytes(StandardCharsets.UTF_8)));
            case SEED:
                return Documents.of(source, List.of(read(requireShared().resolve(SEED_FILE))));
            case CORPUS:
                return Documents.of(source, corpusReports(requireShared().resolve(CORPUS_FILE)));
            default:
                throw new IllegalArgumentException(source.toString());
        }
    }

    /**
     * @param source which source
     * @return whether {@link #load} can read it here (the seed and the corpus need {@code shared/})
     */
    public static boolean available(Source source) {
        switch (source) {
            case SEED:
                return shared().map(p -> Files.isRegularFile(p.resolve(SEED_FILE))).orElse(false);
            case CORPUS:
                return shared().map(p -> Files.isRegularFile(p.resolve(CORPUS_FILE))).orElse(false);
            default:
                return true;
        }
    }

    /** @return the generated benchmark feed */
    public static FeedGenerator.Feed generatedFeed() {
        return FeedGenerator.feed(FeedGenerator.DEFAULT_SEED, GENERATED_BLOCKS);
    }

    /**
     * Finds {@code shared/}: the system property {@code reportage.shared}, else {@code ../shared} (from the
     * repository root), else {@code ../../shared} (from a module directory).
     *
     * @return the folder, if present
     */
    public static Optional<Path> shared() {
        String prop = System.getProperty("reportage.shared");
        if (prop != null) {
            Path p = Path.of(prop);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path p : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))) {
            if (Files.isDirectory(p.resolve("seed")) || Files.isDirectory(p.resolve("corpus"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Path requireShared() {
        return shared().orElseThrow(() -> new IllegalStateException(
                "shared/ not found (set -Dreportage.shared=DIR); run with -p source=generated"));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders every corpus article as a raw report: a date line made from its {@code date} field (in one of three
     * forms, by position), a blank line, then its text.
     *
     * @param jsonl the corpus file
     * @return one UTF-8 document per article
     */
    public static List<byte[]> corpusReports(Path jsonl) {
        ObjectMapper mapper = JsonMapper.builder().build();
        List<byte[]> out = new ArrayList<>();
        try {
            int i = 0;
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                String report = dateLine(LocalDate.parse(node.get("date").asString()), i++) + "\n\n"
                        + node.get("text").asString();
                out.add(report.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * @param d a date
     * @param i which of three forms: {@code Wednesday, November 11, 2015}, {@code 2015-11-11},
     *          {@code 11 November 2015}
     * @return the date line
     */
    static String dateLine(LocalDate d, int i) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        switch (i % 3) {
            case 0:
                return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + month + " "
                        + d.getDayOfMonth() + ", " + d.getYear();
            case 1:
                return d.toString();
            default:
                return d.getDayOfMonth() + " " + month + " " + d.getYear();
        }
    }
}
