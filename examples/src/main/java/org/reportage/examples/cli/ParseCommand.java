package org.reportage.examples.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reportage parse}: reports in, articles out, in one of five formats. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Parses reports into articles: date (with how it was found), headline, dateline, byline, "
                + "paragraphs, quotes with speakers, actors. With no INPUT, parses the built-in sample report.",
        footerHeading = "%nFormats:%n",
        footer = {
            "  summary  a readable account of each article (default for raw text)",
            "  json     one pretty JSON array holding every article, in input order",
            "  jsonl    one article per line (default with --jsonl); source_id: file name or record id",
            "  table    who said what: date, speaker, kind, quote, cue; long quotes cut to --width",
            "  csv      one row per quote (RFC 4180) with source_id, dates, speaker, kind, quote, cue",
            "",
            "Examples:",
            "  reportage parse report.txt",
            "  reportage parse --reference-date 2024-06-01 --format json report.txt",
            "  reportage parse --format jsonl --include '*.txt' --output articles.jsonl archive/",
            "  reportage parse --jsonl --id-field doc_id --text-field body feed.jsonl",
            "  cat report.txt | reportage parse --format table -"
        })
final class ParseCommand implements Callable<Integer> {

    /** Output formats of {@code parse}. */
    enum Format {
        /** Readable account of each article. */
        SUMMARY,
        /** One JSON array. */
        JSON,
        /** JSON Lines. */
        JSONL,
        /** Who-said-what table. */
        TABLE,
        /** One CSV row per quote. */
        CSV
    }

    @ParentCommand
    ReportageCommand parent;

    @Mixin
    InputOptions options = new InputOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "summary, json, jsonl, table or csv (default: summary, or jsonl with --jsonl).")
    Format format;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "110",
            description = "Width of the table and summary (default: ${DEFAULT-VALUE}).")
    int width;

    @Override
    public Integer call() {
        Format f = format != null ? format : options.jsonl ? Format.JSONL : Format.SUMMARY;
        return Runs.run(options, parent.env, (out, reference) -> switch (f) {
            case SUMMARY -> new Sinks.Summary(out, width, reference);
            case JSON -> new Sinks.JsonArray(out);
            case JSONL -> new Sinks.JsonLines(out);
            case TABLE -> new Sinks.Table(out, width, null);
            case CSV -> new Sinks.QuoteCsv(out, null);
        });
    }
}
