package org.reportage.core.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.reportage.core.Article;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@link Article}s (with their quotes, actors and diagnostics) as JSON.
 *
 * <p>The form is fixed and documented: snake_case field names, lower-case enum values, ISO-8601 dates
 * ({@code 2023-02-02}), {@code null} for absent values and {@code []} for empty lists. The schema
 * {@code org/reportage/core/json/article.schema.json} in this jar describes every field; {@link #schema()}
 * returns it.
 *
 * <p>Reading is safe on untrusted input: no polymorphic typing, unknown fields ignored (so newer writers stay
 * readable), and the limits of {@link #MAX_DOCUMENT_CHARS}, {@link #MAX_NESTING_DEPTH} and
 * {@link #MAX_STRING_CHARS}. A malformed document raises {@link JacksonException}, whose location gives line and
 * column.
 *
 * <p>Instances are immutable and thread-safe; get them from {@link #compact()} or {@link #pretty()}.
 */
public final class ReportageJson {

    /** Largest document (one article, or one JSON Lines record) read, in characters: 256 MiB. */
    public static final long MAX_DOCUMENT_CHARS = 256L << 20;
    /** Deepest nesting of arrays and objects read. The article form needs 6. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value read, in characters: 128 MiB. */
    public static final int MAX_STRING_CHARS = 128 << 20;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_CHARS)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .build())
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private static final ReportageJson COMPACT = new ReportageJson(MAPPER.writer());
    private static final ReportageJson PRETTY = new ReportageJson(MAPPER.writerWithDefaultPrettyPrinter());

    private final ObjectWriter writer;
    private final ObjectReader reader;

    private ReportageJson(ObjectWriter writer) {
        this.writer = writer;
        this.reader = MAPPER.readerFor(Article.class);
    }

    /** @return a codec that writes each article on one line (the JSON Lines form) */
    public static ReportageJson compact() {
        return COMPACT;
    }

    /** @return a codec that writes indented JSON for people to read; it reads like {@link #compact()} */
    public static ReportageJson pretty() {
        return PRETTY;
    }

    /**
     * @param article an article
     * @return its JSON
     */
    public String write(Article article) {
        Objects.requireNonNull(article, "article");
        return writer.writeValueAsString(article);
    }

    /**
     * Writes one article as a JSON Lines record: compact JSON and a {@code \n}, whatever the codec's layout.
     *
     * @param article an article
     * @param out     where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeLine(Article article, Writer out) {
        try {
            out.write(COMPACT.write(article));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param json one JSON document holding an article
     * @return the article
     * @throws JacksonException if the JSON is malformed, exceeds a limit or does not describe a valid article
     */
    public Article read(String json) {
        Objects.requireNonNull(json, "json");
        return reader.readValue(json);
    }

    /**
     * Reads JSON Lines lazily, one article per non-blank line. The stream reads from {@code in} as it is
     * consumed; closing the stream closes {@code in}.
     *
     * @param in JSON Lines text
     * @return the articles in order
     * @throws JacksonException     (when consumed) if a line is malformed; its message names the line number
     * @throws UncheckedIOException (when consumed) if reading fails
     */
    public Stream<Article> readLines(Reader in) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Iterator<Article> it = new Iterator<>() {
            private Article next;
            private int lineNumber;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String line;
                    try {
                        line = lines.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (!line.isBlank()) {
                        try {
                            next = read(line);
                        } catch (JacksonException e) {
                            throw new JsonLinesException(lineNumber, e);
                        }
                    }
                }
                return true;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Article a = next;
                next = null;
                return a;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                        Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        lines.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** @return the JSON Schema (draft 2020-12) of one article, as text */
    public static String schema() {
        try (var in = ReportageJson.class.getResourceAsStream("article.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("article.schema.json missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
