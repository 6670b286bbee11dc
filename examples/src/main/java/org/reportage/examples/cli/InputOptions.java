package org.reportage.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.reportage.parser.ActorDirectory;
import org.reportage.parser.DateOrder;
import org.reportage.parser.Limits;
import org.reportage.parser.ReportParser;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every view shares: what to read, how to parse it, where to write, how much to say. */
final class InputOptions {

    /** When to draw the progress bar. */
    enum ProgressMode {
        /** When stderr is a terminal and {@code --quiet} is not given. */
        AUTO,
        /** Always (for testing the bar, or a terminal the JVM does not recognise). */
        ALWAYS,
        /** Never. */
        NEVER
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files, directories (searched recursively, see --include) or - for standard input. "
                    + "None: the built-in sample report.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Which files to read inside directories (repeatable; default *.txt, or *.jsonl with "
                    + "--jsonl). A glob without / matches the file name, else the path below the directory.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files to skip inside directories (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--jsonl", description = "Inputs are JSON Lines, one report per line: {\"id\": …, \"text\": …}.")
    boolean jsonl;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "JSON Lines field copied to each article's source_id (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "JSON Lines field holding the report text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "JSON Lines field holding each record's publication date (YYYY-MM-DD, or a timestamp "
                    + "starting with one): that record's reference date, instead of --reference-date.")
    String dateField;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Encoding of the inputs, e.g. windows-1252 or ISO-8859-1 (default: UTF-8, or UTF-16 when a "
                    + "file starts with its byte order mark). Bytes not valid in it are an error, never replaced.")
    String charset;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD|none",
            description = "Date to infer missing years and resolve 'on Wednesday' against (default: today, "
                    + "shown with --verbose; 'none' leaves unstated years unknown).")
    String referenceDate;

    @Option(names = "--year-hint", paramLabel = "YEAR", description = "The year the reports are from when they do not say.")
    Integer yearHint;

    @Option(names = "--month-first", description = "Read 03/02/2022 as March 2 (default: day-first, 3 February).")
    boolean monthFirst;

    @Option(names = "--day-first", description = "Read 03/02/2022 as 3 February (the default).")
    boolean dayFirst;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone of reports whose times state none (e.g. Europe/Madrid).")
    String zone;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor directory (JSON: known actors with aliases and roles) to merge what the text "
                    + "never states, e.g. 'the US Secretary of State' with Antony Blinken.")
    Path actors;

    @Option(names = "--strict",
            description = "Print warning and error diagnostics on stderr as path:line:column and exit with 1 when "
                    + "there are any.")
    boolean strict;

    @Option(names = "--max-report-chars", paramLabel = "N",
            description = "Longest report read, in characters (default: the library's, 64 MiB).")
    Integer maxReportChars;

    @Option(names = "--max-quote-chars", paramLabel = "N", description = "Longest quote before it is cut (default 20000).")
    Integer maxQuoteChars;

    @Option(names = "--max-diagnostics", paramLabel = "N", description = "Most diagnostics kept per article (default 200).")
    Integer maxDiagnostics;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Parser threads (default: the number of processors, at most 8). Output order is the "
                    + "input order whatever this is.")
    Integer threads;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no notes; errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Say the reference date, every diagnostic, and totals.")
    boolean verbose;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress bar on stderr: auto, always or never (default: auto: only when "
                    + "stderr is a terminal).")
    ProgressMode progress;

    /** @return the reference date the parser gets, or {@code null} for none */
    LocalDate referenceDate(LocalDate today) {
        if (referenceDate == null) {
            return today;
        }
        if (referenceDate.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return LocalDate.parse(referenceDate);
        } catch (DateTimeParseException e) {
            throw usage("Invalid value for option '--reference-date': '" + referenceDate
                    + "' is not a date of the form YYYY-MM-DD (or 'none')");
        }
    }

    /** @return the encoding named by {@code --charset}, or {@code null} for the default (see {@link StrictReader}) */
    Charset charset() {
        if (charset == null) {
            return null;
        }
        try {
            return Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--charset': '" + charset + "' is not an encoding this Java knows "
                    + "(e.g. UTF-8, UTF-16, windows-1252, ISO-8859-1)");
        }
    }

    /** @return the number of parser threads */
    int threadCount() {
        if (threads == null) {
            return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        }
        if (threads < 1) {
            throw usage("--threads must be at least 1");
        }
        return threads;
    }

    /** Checks combinations that picocli cannot. */
    void validate() {
        if (monthFirst && dayFirst) {
            throw usage("--month-first and --day-first are mutually exclusive");
        }
        boolean jsonlOnly = !"id".equals(idField) || !"text".equals(textField) || dateField != null;
        if (jsonlOnly && !jsonl) {
            throw usage("--id-field, --text-field and --date-field need --jsonl");
        }
        if (quiet && verbose) {
            throw usage("--quiet and --verbose are mutually exclusive");
        }
        threadCount();
        charset();
    }

    /**
     * @param reference the reference date, or {@code null}
     * @return the one parser the whole run shares
     */
    ReportParser parser(LocalDate reference) {
        Limits limits = Limits.DEFAULT;
        try {
            if (maxReportChars != null) {
                limits = limits.withMaxReportChars(maxReportChars);
            }
            if (maxQuoteChars != null) {
                limits = limits.withMaxQuoteChars(maxQuoteChars);
            }
            if (maxDiagnostics != null) {
                limits = limits.withMaxDiagnostics(maxDiagnostics);
            }
        } catch (IllegalArgumentException e) {
            throw usage("Invalid limit: " + e.getMessage());
        }
        ZoneId zoneId = null;
        if (zone != null) {
            try {
                zoneId = ZoneId.of(zone);
            } catch (RuntimeException e) {
                throw usage("Invalid value for option '--zone': " + e.getMessage());
            }
        }
        ActorDirectory directory = ActorDirectory.empty();
        if (actors != null) {
            try {
                directory = ActorDirectory.fromJson(actors);
            } catch (IOException | UncheckedIOException e) {
                throw usage("Cannot read the actor directory " + actors + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw usage("Invalid actor directory " + actors + ": " + e.getMessage());
            }
        }
        try {
            return ReportParser.builder()
                    .actorDirectory(directory)
                    .referenceDate(reference)
                    .yearHint(yearHint)
                    .dateOrder(monthFirst ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST)
                    .zone(zoneId)
                    .limits(limits)
                    .build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** @return whether the progress bar is drawn */
    boolean showProgress(boolean errIsTerminal) {
        return switch (progress) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> errIsTerminal && !quiet;
        };
    }

    ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }
}
