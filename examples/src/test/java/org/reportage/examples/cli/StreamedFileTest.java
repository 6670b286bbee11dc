package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Files over the streaming threshold go through {@code ReportParser.read}, in order with the others. */
class StreamedFileTest {

    @Test
    void bigFilesAreStreamedInOrderAndTheirDecodingErrorsReported(@TempDir Path tmp) throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Monday, May 6\n\nFirst\n\nBody.\n");
        Path b = Files.write(tmp.resolve("b.txt"), new byte[] {'o', 'k', '\n', (byte) 0xFF});
        Path c = Files.writeString(tmp.resolve("c.txt"), "Tuesday, May 7\n\nThird\n\nBody.\n");

        ParseCommand cmd = new ParseCommand();
        new CommandLine(cmd).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--format", "jsonl", "--reference-date", "none", tmp.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env env = new Env(System.in, System.out, new PrintStream(err, true, StandardCharsets.UTF_8), false,
                Cli.TODAY);
        StringWriter out = new StringWriter();
        Pipeline pipeline = new Pipeline(cmd.options, env, cmd.options.parser(null), new Sinks.JsonLines(out));
        pipeline.streamThreshold = 10; // a.txt and c.txt are larger: streamed; b.txt is read whole
        List<Source> sources = new Sources(List.of(), List.of(), false).expand(List.of(tmp.toString()));

        int code = pipeline.run(sources);

        assertThat(code).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(b + ":2:1: invalid UTF-8: byte 0xFF at byte "
                + "offset 3 (if the file is in another encoding, name it with --charset, e.g. --charset windows-1252)\n");
        assertThat(out.toString().lines().map(l -> l.substring(0, l.indexOf("\",\"span\""))))
                .containsExactly("{\"source_id\":\"" + a, "{\"source_id\":\"" + c);
    }
}
