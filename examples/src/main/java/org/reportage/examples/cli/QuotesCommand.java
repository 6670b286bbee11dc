package org.reportage.examples.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reportage quotes}: every quote across the inputs, optionally of one speaker. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists who said what across all inputs, optionally only quotes of one speaker.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  reportage quotes archive/",
            "  reportage quotes --speaker Varga --format csv archive/ > varga.csv",
            "  reportage quotes --jsonl --format jsonl feed.jsonl"
        })
final class QuotesCommand implements Callable<Integer> {

    /** Output formats of the quotes view. */
    enum Format {
        /** A table for a terminal. */
        TABLE,
        /** One CSV row per quote. */
        CSV,
        /** One flat JSON object per quote per line. */
        JSONL,
        /** One JSON array of flat quote objects. */
        JSON
    }

    @ParentCommand
    ReportageCommand parent;

    @Mixin
    InputOptions options = new InputOptions();

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only quotes whose speaker's name, alias or mention contains NAME (case-insensitive).")
    String speaker;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, jsonl or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "110",
            description = "Width of the table (default: ${DEFAULT-VALUE}).")
    int width;

    @Override
    public Integer call() {
        return Runs.run(options, parent.env, out -> switch (format) {
            case TABLE -> new Sinks.Table(out, width, speaker);
            case CSV -> new Sinks.QuoteCsv(out, speaker);
            case JSONL -> new Sinks.QuoteJson(out, speaker, true);
            case JSON -> new Sinks.QuoteJson(out, speaker, false);
        });
    }
}
