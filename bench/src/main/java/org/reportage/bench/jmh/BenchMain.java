package org.reportage.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks from an IDE: the JMH command line (same options as {@code benchmarks.jar}) layered over
 * defaults that match the scripts: {@code -prof gc} and JSON results in
 * {@code bench/target/jmh/ide/results.json}. Run it with the repository root as working directory so that
 * {@code ../shared} is found.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /**
     * @param args JMH command-line options, e.g. {@code ParseBenchmark -p source=generated -f 1}
     * @throws Exception if the options are wrong or a benchmark fails to run
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Path out = Path.of("bench", "target", "jmh", "ide");
        Files.createDirectories(out);
        ChainedOptionsBuilder opts = new OptionsBuilder().parent(cli);
        if (cli.getProfilers().isEmpty()) {
            opts.addProfiler(GCProfiler.class);
        }
        if (!cli.getResult().hasValue()) {
            opts.resultFormat(ResultFormatType.JSON).result(out.resolve("results.json").toString());
        }
        new Runner(opts.build()).run();
    }
}
