package org.reportage.core.json;

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
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@link Article}s (with their quotes, actors and diagnostics) as JSON.
 *
 * <p>The form is fixed and documented: one JSON object per record with exactly its components as fields,
 * snake_case field names ({@code source_id}, {@code speaker_mention}, {@code said_on}), lower-case enum values
 * ({@code year_inferred}, {@code thursday}), ISO-8601 dates ({@code 2023-02-02}) and times ({@code 09:30:00}),
 * {@code null} for absent values and {@code []} for empty lists. Values derived from the components
 * ({@code Span.length()}, {@code Mention.span()}, {@code Quote.text()}, {@code ReportDate.date()}) are not
 * written. The schema {@code org/reportage/core/json/article.schema.json} in this jar describes every field;
 * {@link #schema()} returns it.
 *
 * <p>Reading is strict about what it knows and safe on untrusted input: every field must be present (null where
 * the schema allows it), values are never coerced ({@code "12"} is not a number, {@code 1.5} is not an integer,
 * {@code 0} is not an enum value), duplicate fields and trailing content are rejected, the records' own checks
 * run (a span's text must have its length), and there is no polymorphic typing. Enum values are read in any
 * case ({@code YEAR_INFERRED} too). Unknown fields are ignored, so
 * output of a newer writer stays readable and type hints such as {@code "@class"} mean nothing. Input is
 * bounded by {@link #MAX_DOCUMENT_CHARS}, {@link #MAX_NESTING_DEPTH} and {@link #MAX_STRING_CHARS}. Any failure
 * raises a {@link JacksonException}, whose location gives line and column when the input itself is at fault.
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
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // Only record components are fields: derived methods (Span.isEmpty(), Quote.text()) are not written.
            .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // Unknown fields are ignored (a newer writer stays readable, "@class" and the like mean nothing);
            // everything else is strict, so that no value is silently changed or made up.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final ReportageJson COMPACT = new ReportageJson(MAPPER.writer());
    /** Two-space indent and {@code \n} line ends on every platform: the same article gives the same text. */
    private static final ReportageJson PRETTY = new ReportageJson(MAPPER.writer()
            .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))));

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

    /**
     * @return a codec that writes indented JSON for people to read (two spaces, {@code \n} line ends on every
     *         platform); it reads like {@link #compact()}
     */
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
     * @return the article, never {@code null}
     * @throws JacksonException if the JSON is malformed, exceeds a limit, lacks a field, holds a value of the
     *                          wrong type (no coercion: {@code "12"} is not a number, {@code 1.5} not an
     *                          integer), or does not describe a valid article (the records' checks run)
     */
    public Article read(String json) {
        Objects.requireNonNull(json, "json");
        Article a = reader.readValue(json);
        if (a == null) {
            throw MismatchedInputException.from(null, Article.class, "expected an article object, got null");
        }
        return a;
    }

    /**
     * Reads JSON Lines lazily, one article per non-blank line; a line ends at {@code \n} (a {@code \r} before it
     * is ignored). The stream reads from {@code in} as it is consumed and never holds more than one line, of at
     * most {@link #MAX_DOCUMENT_CHARS}; closing the stream closes {@code in}.
     *
     * @param in JSON Lines text
     * @return the articles in order
     * @throws JsonLinesException   (when consumed) if a line is malformed, too long or not a valid article; it
     *                              names the line and, when known, the column
     * @throws UncheckedIOException (when consumed) if reading fails
     */
    public Stream<Article> readLines(Reader in) {
        Objects.requireNonNull(in, "in");
        LineSource lines = new LineSource(in, MAX_DOCUMENT_CHARS);
        Iterator<Article> it = new Iterator<>() {
            private Article next;
            private int lineNumber;
            private boolean failed;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (failed) {
                        return false;
                    }
                    String line;
                    try {
                        line = lines.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (LineSource.LineTooLongException e) {
                        failed = true;
                        throw new JsonLinesException(lineNumber + 1,
                                new StreamConstraintsException(e.getMessage()));
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
                        in.close();
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
