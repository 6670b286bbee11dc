package org.reportage.examples.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reportage actors}: the actors of all inputs, with roles and quote counts. */
@Command(name = "actors", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the actors across all inputs with their roles, quote, article and mention counts.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  reportage actors archive/",
            "  reportage actors --format csv --output actors.csv archive/"
        })
final class ActorsCommand implements Callable<Integer> {

    @ParentCommand
    ReportageCommand parent;

    @Mixin
    InputOptions options = new InputOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ActorTally.Format format;

    @Override
    public Integer call() {
        return Runs.run(options, parent.env, out -> new ActorTally(out, format));
    }
}
