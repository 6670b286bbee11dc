package org.reportage.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Severity;
import org.reportage.core.Span;
import org.reportage.parser.internal.ArticleAssembler;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.Workspace;
import org.reportage.parser.internal.text.DecodingReader;
import org.reportage.parser.internal.text.TextView;

/**
 * Parses raw dated news reports into {@link Article}s: date (with provenance), headline, dateline, byline,
 * paragraphs, actors and quotes, every part with offsets into the input.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.builder()
 *         .referenceDate(LocalDate.of(2023, 6, 1))
 *         .build();
 * Article article = parser.parse(text).article();
 * }</pre>
 *
 * <p><b>Thread safety.</b> A parser is immutable: build it once and share it. Every call to {@code parse} or
 * {@code read} works on state no other call touches, so any number of threads may parse at the same time. (To
 * allocate less, a parser keeps some working buffers between calls, one set per call running at the same time;
 * they never hold a report's text or results.)
 *
 * <p><b>Determinism.</b> The parser never reads the clock or the default locale or zone: the same input and
 * options give the same output. Without a reference date, years that the text does not state stay unknown.
 *
 * <p><b>Exception handling.</b> Dirty input is not an error: whatever the parser could not use or had to guess
 * is reported as a {@link Diagnostic} on the result or the article, and text it could not place stays
 * reachable through {@link Article#unplaced()}. The parser throws {@link ReportParseException} (unchecked,
 * with offset, line and column) only for input it will not read: a report longer than
 * {@link Limits#maxReportChars()}. Arguments that are null or invalid throw {@link NullPointerException} or
 * {@link IllegalArgumentException}. Bytes that are not valid in their charset throw {@link ReportParseException} with
 * the byte offset, or are replaced, as {@link Builder#malformedInput(MalformedInput)} says.
 * {@link IOException} is thrown only when a {@link Path} is opened; other failures while reading a stream
 * surface as {@link java.io.UncheckedIOException}.
 */
public final class ReportParser {
    private final Settings settings;
    /** Working buffers reused from call to call, one set per concurrent caller (see {@link Workspace}). */
    private final Workspace.Pool workspaces = new Workspace.Pool();
    private final MalformedInput malformedInput;

    private ReportParser(Settings settings, MalformedInput malformedInput) {
        this.settings = settings;
        this.malformedInput = malformedInput;
    }

    /**
     * What {@link #read(InputStream, Charset)} and {@link #read(Path, Charset)} do with bytes that are not valid
     * in the charset (including a character cut off by the end of the input).
     */
    public enum MalformedInput {
        /** Throw {@link ReportParseException} whose {@link ReportParseException#offset()} is the byte offset. */
        REPORT,
        /**
         * Read each bad sequence as U+FFFD and add an {@code input.malformed_bytes} warning, with the byte offset
         * of the first, to the article that holds them.
         */
        REPLACE
    }

    /** @return a builder with the defaults: no reference date, no year hint, day-first numeric dates */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a parser with the default options */
    public static ReportParser create() {
        return builder().build();
    }

    /**
     * Parses a text holding one report or a feed of several.
     *
     * @param input the text exactly as read; offsets in the result point into it
     * @return the articles and input-level diagnostics; blank input gives no article and an {@code input.empty}
     *         diagnostic
     * @throws ReportParseException if a report is longer than {@link Limits#maxReportChars()}
     */
    public ParseResult parse(CharSequence input) {
        Objects.requireNonNull(input, "input");
        String text = input.toString();
        int max = settings.limits().maxReportChars();
        if (text.length() > max) {
            throw new ReportParseException("input of " + text.length() + " chars exceeds the report size limit of "
                    + max + " (Limits.maxReportChars; use ReportParser.read to stream a feed)", max, -1, -1,
                    "", null);
        }
        Workspace workspace = workspaces.acquire();
        List<Article> articles;
        try {
            articles = ArticleAssembler.parse(TextView.of(text, 0, workspace), settings, workspace);
        } finally {
            workspaces.release(workspace);
        }
        List<Diagnostic> diagnostics = articles.isEmpty()
                ? List.of(new Diagnostic("input.empty", Severity.WARNING,
                        text.isEmpty() ? "the input is empty" : "the input holds only white space",
                        new Span(0, 0, "")))
                : List.of();
        return new ParseResult(text, articles, diagnostics);
    }

    /**
     * Streams the reports of a feed, one at a time, in memory bounded by the largest report.
     *
     * @param in the feed; closed when the returned reader is closed
     * @return a reader of the feed's articles
     */
    public ReportReader read(Reader in) {
        return new ReportReader(Objects.requireNonNull(in, "in"), settings);
    }

    /**
     * Streams the reports of a feed of bytes. Bytes that are not valid in the charset are handled as
     * {@link Builder#malformedInput(MalformedInput)} says (by default the reader throws
     * {@link ReportParseException} with the byte offset when it reaches them).
     *
     * @param in      the feed's bytes; closed when the returned reader is closed
     * @param charset how they are encoded
     * @return a reader of the feed's articles
     */
    public ReportReader read(InputStream in, Charset charset) {
        return read(new DecodingReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(charset, "charset"),
                malformedInput == MalformedInput.REPLACE));
    }

    /**
     * Streams the reports of a file; bad bytes are handled as in {@link #read(InputStream, Charset)}.
     *
     * @param path    a file holding a report or a feed
     * @param charset how it is encoded
     * @return a reader of its articles; close it to close the file
     * @throws IOException if the file cannot be opened
     */
    public ReportReader read(Path path, Charset charset) throws IOException {
        return read(Files.newInputStream(path), charset);
    }

    /** @return the reference date, or {@code null} */
    public LocalDate referenceDate() {
        return settings.referenceDate();
    }

    /** @return the limits this parser applies */
    public Limits limits() {
        return settings.limits();
    }

    /** @return what the byte readers do with bytes that are not valid in their charset */
    public MalformedInput malformedInput() {
        return malformedInput;
    }

    /**
     * Builds {@link ReportParser}s. Not thread-safe; the parsers it builds are.
     */
    public static final class Builder {
        private LocalDate referenceDate;
        private Integer yearHint;
        private DateOrder dateOrder = DateOrder.DAY_FIRST;
        private ZoneId zone;
        private Limits limits = Limits.DEFAULT;
        private ActorDirectory directory = ActorDirectory.empty();
        private MalformedInput malformedInput = MalformedInput.REPORT;
        private final List<String> titles = new ArrayList<>();
        private final List<String> maleNames = new ArrayList<>();
        private final List<String> femaleNames = new ArrayList<>();
        private final List<String> groupNouns = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the date that years are inferred and relative dates resolved against: usually the day the
         * reports were collected. Without one, years the text does not state stay unknown.
         *
         * @param date the reference date, or {@code null} for none
         * @return this builder
         */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /**
         * Says which year the reports are from when they do not say. A hint that contradicts a stated weekday
         * keeps the stated date and adds a warning.
         *
         * @param year the year, or {@code null} for none
         * @return this builder
         */
        public Builder yearHint(Integer year) {
            this.yearHint = year;
            return this;
        }

        /**
         * @param order how to read all-numeric dates such as {@code 03/02/2022} (default {@link DateOrder#DAY_FIRST})
         * @return this builder
         */
        public Builder dateOrder(DateOrder order) {
            this.dateOrder = Objects.requireNonNull(order, "order");
            return this;
        }

        /**
         * @param zone the zone of reports whose times state none, or {@code null}
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /**
         * @param limits bounds for hostile input (default {@link Limits#DEFAULT})
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @param directory actors known in advance (default: none)
         * @return this builder
         */
        public Builder actorDirectory(ActorDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * @param action what the byte readers do with bytes not valid in their charset (default
         *               {@link MalformedInput#REPORT}: throw {@link ReportParseException} with the byte offset)
         * @return this builder
         */
        public Builder malformedInput(MalformedInput action) {
            this.malformedInput = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * Adds titles to the built-in list, so that a name after one is a person with that role
         * ({@code Undersecretary Ana Ruiz}) and a phrase built on one is a role. To add organisations, media or
         * places, give them as {@link ActorDirectory} entries instead.
         *
         * @param words titles, in any case ({@code Undersecretary}, {@code Chief Rabbi})
         * @return this builder
         */
        public Builder titles(Collection<String> words) {
            titles.addAll(List.copyOf(words));
            return this;
        }

        /**
         * Adds first names to the built-in lists: a capitalised sequence starting with one is a person, and its
         * gender guides pronoun links.
         *
         * @param male   male first names
         * @param female female first names
         * @return this builder
         */
        public Builder firstNames(Collection<String> male, Collection<String> female) {
            maleNames.addAll(List.copyOf(male));
            femaleNames.addAll(List.copyOf(female));
            return this;
        }

        /**
         * Adds nouns that describe a person or group by role ({@code negotiator}: "a negotiator", "negotiators"
         * become group actors).
         *
         * @param words singular nouns
         * @return this builder
         */
        public Builder groupNouns(Collection<String> words) {
            groupNouns.addAll(List.copyOf(words));
            return this;
        }

        /**
         * @return a parser with these options
         * @throws IllegalArgumentException if the year hint is outside 1–9999
         */
        public ReportParser build() {
            if (yearHint != null && (yearHint < 1 || yearHint > 9999)) {
                throw new IllegalArgumentException("year hint out of range: " + yearHint);
            }
            ActorDirectory known = titles.isEmpty() && maleNames.isEmpty() && femaleNames.isEmpty()
                    && groupNouns.isEmpty() ? directory
                    : directory.withWords(titles, maleNames, femaleNames, groupNouns);
            return new ReportParser(new Settings(referenceDate, yearHint, dateOrder, zone, limits, known),
                    malformedInput);
        }
    }
}
