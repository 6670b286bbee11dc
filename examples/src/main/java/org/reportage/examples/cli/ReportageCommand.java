package org.reportage.examples.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code reportage} command; its work is done by the subcommands {@code parse}, {@code quotes}
 * and {@code actors}. Public with a no-argument constructor so that picocli's {@code AutoComplete} can build the
 * completion script from it during the build.
 */
@Command(name = "reportage",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns raw dated news reports into typed data: date, headline, paragraphs, quotes, speakers, actors.",
            "Run with no arguments to parse a built-in sample report and print a summary."
        },
        subcommands = {ParseCommand.class, QuotesCommand.class, ActorsCommand.class,
            AutoComplete.GenerateCompletion.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reportage                                   summary of the built-in sample report",
            "  reportage parse report.txt                  summary of one report",
            "  reportage parse --format jsonl archive/     every article under a directory, one JSON per line",
            "  reportage parse --jsonl feed.jsonl          JSON Lines in ({\"id\":…,\"text\":…}), JSON Lines out",
            "  reportage quotes --speaker Varga archive/   who said what, one speaker",
            "  reportage actors archive/                   actors with roles and quote counts",
            "  source <(reportage generate-completion)     bash/zsh completion",
            "",
            "Exit status: 0 all inputs parsed, 1 some input failed (see stderr), 2 usage error."
        })
public final class ReportageCommand implements Runnable {
    /** Set by {@link Main}; {@code null} only when the completion generator instantiates the command. */
    Env env;

    @Spec
    CommandSpec spec;

    /** Creates the command; {@link Main} gives it its environment. */
    public ReportageCommand() {
    }

    /** Prints the usage (reached with options such as {@code reportage -q} but no subcommand). */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
