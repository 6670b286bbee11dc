package org.reportage.examples.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.reportage.parser.ReportParser;

/** What the three views share: validate options, open the output, expand inputs, run the pipeline, close. */
final class Runs {
    private Runs() {
    }

    /**
     * A {@link PrintStream} swallows write errors; this turns them into {@link IOException}s so that a closed
     * pipe ({@code reportage parse archive/ | head}) stops the run instead of parsing on for nothing.
     */
    private static OutputStream failLoudly(OutputStream stream) {
        if (!(stream instanceof PrintStream ps)) {
            return stream;
        }
        return new FilterOutputStream(ps) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ps.write(b, off, len);
                check();
            }

            @Override
            public void write(int b) throws IOException {
                ps.write(b);
                check();
            }

            @Override
            public void flush() throws IOException {
                check();
            }

            @Override
            public void close() throws IOException {
                flush();
            }

            private void check() throws IOException {
                if (ps.checkError()) {
                    throw new OutputClosedException();
                }
            }
        };
    }

    /** Standard output failed, almost always because the reader closed the pipe. */
    static final class OutputClosedException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputClosedException() {
            super("the output was closed");
        }
    }

    static int run(InputOptions options, Env env, Function<Writer, Pipeline.Sink> sinkFactory) {
        return run(options, env, (w, ref) -> sinkFactory.apply(w));
    }

    /** Creates a sink that may need the reference date. */
    interface SinkFactory {
        Pipeline.Sink create(Writer out, LocalDate reference);
    }

    static int run(InputOptions options, Env env, SinkFactory sinkFactory) {
        options.validate();
        LocalDate reference = options.referenceDate(env.today());
        ReportParser parser = options.parser(reference);
        if (options.verbose) {
            env.err().println("reportage: reference date " + (reference == null ? "none (unstated years stay unknown)"
                    : reference + (options.referenceDate == null ? " (today; set it with --reference-date)" : "")));
        }
        List<Source> sources = options.inputs.isEmpty()
                ? List.of(new Source(SampleReport.NAME, Source.Kind.SAMPLE, null, 0, null))
                : new Sources(options.includes, options.excludes, options.jsonl).expand(options.inputs);
        if (options.inputs.isEmpty() && options.verbose) {
            env.err().println("reportage: no input given, parsing the built-in sample report");
        }
        long stdin = options.inputs.stream().filter("-"::equals).count();
        if (stdin > 1) {
            throw options.usage("standard input (-) can be read only once");
        }
        OutputStream stream;
        try {
            stream = options.output == null ? env.out() : Files.newOutputStream(options.output);
        } catch (IOException | RuntimeException e) {
            throw options.usage("cannot write --output " + options.output + ": " + Sources.reason(e));
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(failLoudly(stream), StandardCharsets.UTF_8), 1 << 16);
        int code;
        try {
            code = new Pipeline(options, env, parser, sinkFactory.create(out, reference)).run(sources);
            if (options.output != null) {
                out.close();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            if (!(options.output == null && e instanceof OutputClosedException)) {
                // A reader that stopped early (| head) is not worth a message, as with other command-line tools.
                env.err().println("reportage: cannot write the output: " + Sources.reason(e));
            }
            code = Main.EXIT_INPUT_FAILED;
            if (options.output != null) {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // already reported the first failure
                }
            }
        }
        return code;
    }
}
