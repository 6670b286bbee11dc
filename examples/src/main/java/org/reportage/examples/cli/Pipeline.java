package org.reportage.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.LineIndex;
import org.reportage.core.Position;
import org.reportage.core.Severity;
import org.reportage.parser.ParseResult;
import org.reportage.parser.ReportParseException;
import org.reportage.parser.ReportParser;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the sources, parses them on a pool of threads with one shared parser, and hands the articles to a
 * {@link Sink} in input order. Errors go to stderr in input order too, as {@code path:line:column: message}
 * (or {@code path: message} when the whole file is concerned), and the run goes on.
 *
 * <p>Order is kept by a window of futures consumed from the head: at most {@code threads * 8} units are in
 * flight, so memory stays bounded however many files there are. Files larger than {@link #streamThreshold}
 * bytes are not read into memory but streamed through {@link ReportParser#read(Reader)} on the writing thread.
 */
final class Pipeline {

    /**
     * One parsed article on its way to the output.
     *
     * @param source where it came from
     * @param label  the source's name, with the JSON Lines line number for JSON Lines records
     * @param input  the text the article's offsets point into, or {@code null} when it was streamed
     * @param number 1-based number of the article within its input text (a file, or a JSON Lines record)
     * @param article the article, with its {@code source_id} set
     */
    record Parsed(Source source, String label, String input, int number, Article article) {
    }

    /** Where articles go: a format or a view. Called on one thread, in input order. */
    interface Sink {
        /**
         * @param parsed the next article
         * @throws IOException if writing fails
         */
        void accept(Parsed parsed) throws IOException;

        /**
         * Called once after the last article.
         *
         * @throws IOException if writing fails
         */
        default void finish() throws IOException {
        }
    }

    private record Unit(Source source, String label, String input, List<Article> articles,
                        List<Diagnostic> inputDiagnostics, String error, long bytes, boolean lastOfSource) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Files larger than this many bytes are streamed instead of read whole. */
    long streamThreshold = 32L << 20;

    /** One parser per reference date, for {@code --date-field}; all share the other options. */
    private final Map<LocalDate, ReportParser> parsersByDate = new ConcurrentHashMap<>();

    private final InputOptions options;
    /** The inputs' encoding ({@code --charset}), or {@code null}: UTF-8, or UTF-16 after its byte order mark. */
    private final Charset charset;
    private final Env env;
    private final ReportParser parser;
    private final Sink sink;
    private final PrintStream err;
    private final boolean progressBar;
    private Progress progress;
    private int failures;
    private int warnings;
    private int filesDone;
    private long bytesDone;
    private long articleCount;
    private int streamed;

    Pipeline(InputOptions options, Env env, ReportParser parser, Sink sink) {
        this.options = options;
        this.charset = options.charset();
        this.env = env;
        this.parser = parser;
        this.sink = sink;
        this.err = env.err();
        this.progressBar = options.showProgress(env.errIsTerminal());
    }

    /**
     * @param sources the inputs, in output order
     * @return the exit code
     * @throws IOException if writing the output fails
     */
    int run(List<Source> sources) throws IOException {
        long totalBytes = 0;
        int totalFiles = 0;
        for (Source s : sources) {
            totalBytes += s.size();
            totalFiles += s.kind() == Source.Kind.ERROR ? 0 : 1;
        }
        if (progressBar) {
            progress = new Progress(err, totalFiles, totalBytes, System::nanoTime);
        }
        long started = System.nanoTime();
        int threads = options.threadCount();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reportage-parse");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Unit>> window = new ArrayDeque<>();
        int max = threads * 8;
        try {
            for (Source s : sources) {
                switch (s.kind()) {
                    case ERROR -> push(window, max, done(new Unit(s, s.name(), null, List.of(), List.of(), s.error(),
                            0, false)));
                    case SAMPLE -> push(window, max, pool.submit(() -> parseText(s, SampleReport.text(), 0)));
                    case STDIN, FILE -> {
                        if (options.jsonl) {
                            readJsonLines(s, pool, window, max);
                        } else if (s.kind() == Source.Kind.FILE && s.size() > streamThreshold) {
                            drain(window);
                            stream(s);
                        } else {
                            push(window, max, pool.submit(() -> readAndParse(s)));
                        }
                    }
                    default -> throw new IllegalStateException(s.kind().toString());
                }
            }
            drain(window);
            sink.finish();
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.finish();
            }
        }
        if (options.verbose) {
            err.printf("reportage: %d input%s, %d article%s, %d failed, %.1f s%n", totalFiles,
                    totalFiles == 1 ? "" : "s", articleCount, articleCount == 1 ? "" : "s", failures,
                    (System.nanoTime() - started) / 1e9);
        }
        return failures > 0 || options.strict && warnings > 0 ? Main.EXIT_INPUT_FAILED : Main.EXIT_OK;
    }

    private void push(Deque<Future<Unit>> window, int max, Future<Unit> f) throws IOException {
        window.add(f);
        while (window.size() >= max) {
            emit(await(window.poll()));
        }
    }

    private void drain(Deque<Future<Unit>> window) throws IOException {
        while (!window.isEmpty()) {
            emit(await(window.poll()));
        }
    }

    private static Future<Unit> done(Unit u) {
        return CompletableFuture.completedFuture(u);
    }

    private static Unit await(Future<Unit> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    // ---- work done on the pool ------------------------------------------------------------------------------

    private Unit readAndParse(Source s) {
        String text;
        try (Reader r = new StrictReader(open(s), charset)) {
            text = readAll(r, s.size());
        } catch (UndecodableInputException e) {
            return failed(s, s.name() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), s.size());
        } catch (IOException | UncheckedIOException e) {
            return failed(s, s.name() + ": cannot read: " + Sources.reason(e instanceof UncheckedIOException u
                    ? u.getCause() : e), s.size());
        }
        return parseText(s, text, s.size());
    }

    private Unit parseText(Source s, String text, long bytes) {
        try {
            ParseResult result = parser.parse(text);
            List<Article> articles = new ArrayList<>(result.articles().size());
            for (Article a : result.articles()) {
                articles.add(a.withSourceId(s.name()));
            }
            return new Unit(s, s.name(), text, articles, result.diagnostics(), null, bytes, true);
        } catch (ReportParseException e) {
            return failed(s, s.name() + where(e) + ": " + plainMessage(e), bytes);
        } catch (RuntimeException e) {
            return failed(s, s.name() + ": internal error while parsing: " + e, bytes);
        }
    }

    private Unit parseRecord(Source s, int lineNumber, String line) {
        String label = s.name() + ":" + lineNumber;
        long bytes = line.length() + 1L;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            return failedRecord(s, label, s.name() + ":" + lineNumber + ":" + column + ": malformed JSON: "
                    + e.getOriginalMessage(), bytes);
        }
        if (node == null || !node.isObject()) {
            return failedRecord(s, label, label + ":1: expected a JSON object per line", bytes);
        }
        JsonNode textNode = node.get(options.textField);
        if (textNode == null || !textNode.isString()) {
            return failedRecord(s, label, label + ":1: no string field \"" + options.textField + "\" in the record"
                    + (options.textField.equals("text") ? " (see --text-field)" : ""), bytes);
        }
        ReportParser recordParser = parser;
        String dateError = null;
        if (options.dateField != null) {
            JsonNode dateNode = node.get(options.dateField);
            if (dateNode != null && !dateNode.isNull()) {
                LocalDate date = dateNode.isString() ? leadingIsoDate(dateNode.stringValue()) : null;
                if (date == null) {
                    dateError = label + ":1: field \"" + options.dateField + "\" is not a date (" + dateNode
                            + "); parsed with the default reference date";
                } else {
                    recordParser = parsersByDate.computeIfAbsent(date, options::parser);
                }
            }
        }
        JsonNode idNode = node.get(options.idField);
        String id = idNode == null || idNode.isNull() ? null : idNode.isValueNode() ? idNode.asString()
                : idNode.toString();
        String text = textNode.stringValue();
        try {
            ParseResult result = recordParser.parse(text);
            List<Article> articles = new ArrayList<>(result.articles().size());
            for (Article a : result.articles()) {
                articles.add(a.withSourceId(id));
            }
            return new Unit(s, label, text, articles, result.diagnostics(), dateError, bytes, false);
        } catch (ReportParseException e) {
            return failedRecord(s, label, label + ": text" + where(e) + ": " + plainMessage(e), bytes);
        } catch (RuntimeException e) {
            return failedRecord(s, label, label + ": internal error while parsing: " + e, bytes);
        }
    }

    /** @return the date at the start of {@code s} ({@code 2015-11-11} or {@code 2015-11-11T09:30:00Z}), or null */
    static LocalDate leadingIsoDate(String s) {
        if (s.length() < 10 || s.length() > 10 && Character.isDigit(s.charAt(10))) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Unit failed(Source s, String message, long bytes) {
        return new Unit(s, s.name(), null, List.of(), List.of(), message, bytes, true);
    }

    private static Unit failedRecord(Source s, String label, String message, long bytes) {
        return new Unit(s, label, null, List.of(), List.of(), message, bytes, false);
    }

    private static String where(ReportParseException e) {
        return e.line() > 0 ? ":" + e.line() + ":" + e.column() : "";
    }

    private static String plainMessage(ReportParseException e) {
        String m = e.getMessage();
        String prefix = e.line() + ":" + e.column() + ": ";
        return e.line() > 0 && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    // ---- work done on the writing thread --------------------------------------------------------------------

    private InputStream open(Source s) throws IOException {
        if (s.kind() == Source.Kind.STDIN) {
            return new java.io.FilterInputStream(env.in()) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        return Files.newInputStream(s.path());
    }

    private static String readAll(Reader r, long sizeHint) throws IOException {
        StringBuilder sb = new StringBuilder((int) Math.min(Math.max(sizeHint, 16), 1 << 26));
        char[] buf = new char[1 << 14];
        int n;
        while ((n = r.read(buf)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private void readJsonLines(Source s, ExecutorService pool, Deque<Future<Unit>> window, int max)
            throws IOException {
        String failure = null;
        try (BufferedReader lines = new BufferedReader(new StrictReader(open(s), charset), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int n = number;
                String l = line;
                push(window, max, pool.submit(() -> parseRecord(s, n, l)));
            }
        } catch (UndecodableInputException e) {
            failure = s.name() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
        } catch (IOException | UncheckedIOException e) {
            failure = s.name() + ": cannot read: " + Sources.reason(e instanceof UncheckedIOException u
                    ? u.getCause() : e);
        }
        push(window, max, done(new Unit(s, s.name(), null, List.of(), List.of(), failure, 0, true)));
    }

    private void stream(Source s) throws IOException {
        String failure = null;
        streamed = 0;
        try (var reader = parser.read(new StrictReader(open(s), charset))) {
            for (Article a : reader) {
                Unit u = new Unit(s, s.name(), null, List.of(a.withSourceId(s.name())), List.of(), null, 0, false);
                emit(u);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof UndecodableInputException m) {
                failure = s.name() + ":" + m.line() + ":" + m.column() + ": " + m.getMessage();
            } else {
                failure = s.name() + ": cannot read: " + Sources.reason(e.getCause());
            }
        } catch (IOException e) {
            failure = s.name() + ": cannot read: " + Sources.reason(e);
        } catch (ReportParseException e) {
            failure = s.name() + ": " + e.getMessage();
        }
        emit(new Unit(s, s.name(), null, List.of(), List.of(), failure, s.size(), true));
    }

    private void emit(Unit u) throws IOException {
        if (u.error() != null) {
            failures++;
            err.println(u.error());
        }
        LineIndex lines = null;
        for (Diagnostic d : u.inputDiagnostics()) {
            lines = report(u, d, lines);
        }
        int number = 0;
        for (Article a : u.articles()) {
            number = u.input() == null ? ++streamed : number + 1;
            sink.accept(new Parsed(u.source(), u.label(), u.input(), number, a));
            articleCount++;
            for (Diagnostic d : a.diagnostics()) {
                lines = report(u, d, lines);
            }
        }
        bytesDone += u.bytes();
        if (u.lastOfSource()) {
            filesDone++;
        }
        if (progress != null) {
            progress.update(filesDone, bytesDone, articleCount);
        }
    }

    private LineIndex report(Unit u, Diagnostic d, LineIndex lines) {
        boolean serious = d.severity() != Severity.INFO;
        if (serious) {
            warnings++;
        }
        if (!(options.verbose || options.strict && serious)) {
            return lines;
        }
        String where;
        LineIndex index = lines;
        if (u.input() == null) {
            where = u.label() + ": offset " + d.span().start();
        } else {
            if (index == null) {
                index = LineIndex.of(u.input());
            }
            Position p = index.position(Math.min(d.span().start(), u.input().length()));
            where = options.jsonl ? u.label() + ": text " + p : u.label() + ":" + p;
        }
        err.println(where + ": " + d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message()
                + " [" + d.code() + "]");
        return index;
    }
}
