package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;

/** Every bad-input case end to end through {@link Main}: the message, the exit code, and that the run goes on. */
class MainErrorsTest {
    private static final String REF = "--reference-date=2025-01-15";
    private static final String REPORT = "Monday, May 6\n\nA headline\n\nA paragraph of the body.\n";

    @Test
    void missingFileIsReportedAndTheOtherFilesAreStillParsed(@TempDir Path tmp) throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), REPORT);
        Path missing = tmp.resolve("missing.txt");
        Cli.Result r = Cli.run("parse", REF, "--format", "jsonl", missing.toString(), good.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err()).isEqualTo(missing + ": cannot read: no such file or directory\n");
        assertThat(r.out().lines()).hasSize(1);
        assertThat(ReportageJson.compact().read(r.out().strip()).sourceId()).isEqualTo(good.toString());
    }

    @Test
    void directoryWithAnUnreadableFileGoesOn(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), REPORT);
        Files.createSymbolicLink(tmp.resolve("b.txt"), tmp.resolve("target-that-does-not-exist"));
        Files.writeString(tmp.resolve("c.txt"), REPORT);
        Cli.Result r = Cli.run("parse", REF, "--format", "jsonl", tmp.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err()).isEqualTo(tmp.resolve("b.txt") + ": cannot read: no such file or directory\n");
        assertThat(r.out().lines().map(l -> ReportageJson.compact().read(l).sourceId()))
                .containsExactly(tmp.resolve("a.txt").toString(), tmp.resolve("c.txt").toString());
    }

    @Test
    void fileWithoutReadPermission(@TempDir Path tmp) throws Exception {
        Path locked = Files.writeString(tmp.resolve("locked.txt"), REPORT);
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
        Cli.Result r = Cli.run("parse", REF, "--format", "jsonl", locked.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err()).isEqualTo(locked + ": cannot read: permission denied\n");
    }

    @Test
    void invalidUtf8IsReportedWithLineAndColumnNotReplaced(@TempDir Path tmp) throws Exception {
        byte[] head = "Monday, May 6\r\n\r\nCaf\u00e9 owners protest\r\n\r\nThe ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        Path file = tmp.resolve("latin.txt");
        Files.write(file, concat(head, bad, " rest\n".getBytes(StandardCharsets.UTF_8)));
        Path good = Files.writeString(tmp.resolve("ok.txt"), REPORT);
        Cli.Result r = Cli.run("parse", REF, "--format", "jsonl", file.toString(), good.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err()).isEqualTo(file + ":5:5: invalid UTF-8: byte 0xC3 at byte offset " + head.length
                + " (if the file is in another encoding, name it with --charset, e.g. --charset windows-1252)\n");
        assertThat(r.out()).doesNotContain("\uFFFD").contains("\"source_id\":\"" + good + "\"");
    }

    @Test
    void aWindows1252FileIsReadWithCharsetAndAUtf16FileByItsByteOrderMark(@TempDir Path tmp) throws Exception {
        // curly quotes are 0x93/0x94 in windows-1252: invalid UTF-8, so without --charset the file is refused
        String report = "Monday, May 6\n\nCaf\u00e9 owners protest\n\n\u201cWe will stay open,\u201d said Ana Ruiz.\n";
        Path cp1252 = Files.write(tmp.resolve("cp1252.txt"), report.getBytes("windows-1252"));
        Cli.Result refused = Cli.run("parse", REF, "--format", "jsonl", cp1252.toString());
        assertThat(refused.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(refused.err()).contains("invalid UTF-8: byte 0xE9").contains("--charset windows-1252");

        Cli.Result read = Cli.run("parse", REF, "--format", "jsonl", "--charset", "windows-1252", cp1252.toString());
        assertThat(read.code()).isEqualTo(Main.EXIT_OK);
        Article a = ReportageJson.compact().read(read.out().strip());
        assertThat(a.headline().text()).isEqualTo("Caf\u00e9 owners protest");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will stay open,");
            assertThat(a.actor(q.speaker()).name()).isEqualTo("Ana Ruiz");
        });

        // UTF-16 with its byte order mark, as Windows tools save "Unicode" text: no option needed; the mark is not
        // part of the text, so offsets are those of the report itself
        Path utf16 = Files.write(tmp.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                report.getBytes(StandardCharsets.UTF_16LE)));
        Cli.Result bom = Cli.run("parse", REF, "--format", "jsonl", utf16.toString());
        assertThat(bom.code()).isEqualTo(Main.EXIT_OK);
        Article b = ReportageJson.compact().read(bom.out().strip());
        assertThat(b.withSourceId(null)).isEqualTo(a.withSourceId(null));

        Cli.Result unknown = Cli.run("parse", REF, "--charset", "klingon-8", cp1252.toString());
        assertThat(unknown.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(unknown.err()).contains("'klingon-8' is not an encoding");
    }

    @Test
    void malformedJsonLinesRecordIsReportedAndTheOtherRecordsAreParsed(@TempDir Path tmp) throws Exception {
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"Monday, May 6\\n\\nFirst\\n\\nBody one.\"}",
                "{\"id\": \"b\", \"text\": \"Monday, May 6\\n\\nSecond\\n\\nBody two.\"",
                "",
                "{\"id\": \"c\", \"txt\": \"no text field\"}",
                "[1, 2]",
                "{\"id\": \"d\", \"text\": \"Monday, May 6\\n\\nFourth\\n\\nBody four.\"}") + "\n");
        Cli.Result r = Cli.run("parse", REF, "--jsonl", feed.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err().lines()).hasSize(3);
        assertThat(r.err().lines().toList().get(0)).startsWith(feed + ":2:").contains("malformed JSON");
        assertThat(r.err().lines().toList().get(1)).startsWith(feed + ":4:1: no string field \"text\"");
        assertThat(r.err().lines().toList().get(2)).startsWith(feed + ":5:1: expected a JSON object");
        assertThat(r.out().lines().map(l -> ReportageJson.compact().read(l).sourceId())).containsExactly("a", "d");
    }

    @Test
    void invalidUtf8InJsonLinesKeepsTheRecordsBeforeIt(@TempDir Path tmp) throws Exception {
        byte[] first = "{\"id\": \"a\", \"text\": \"Monday, May 6\\n\\nFirst\"}\n{\"id\": \"b\", \"text\": \"x"
                .getBytes(StandardCharsets.UTF_8);
        Path feed = tmp.resolve("feed.jsonl");
        Files.write(feed, concat(first, new byte[] {(byte) 0xFF}, "\"}\n".getBytes(StandardCharsets.UTF_8)));
        Cli.Result r = Cli.run("parse", REF, "--jsonl", feed.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err()).startsWith(feed + ":2:23: invalid UTF-8: byte 0xFF at byte offset " + first.length);
        assertThat(r.out().lines()).hasSize(1);
    }

    @Test
    void usageErrorsExitWith2() {
        assertUsage(Cli.run("parse", "--no-such-option"), "Unknown option: '--no-such-option'");
        assertUsage(Cli.run("parse", "--reference-date", "12/03/2024"), "--reference-date");
        assertUsage(Cli.run("parse", "--format", "xml"), "--format");
        assertUsage(Cli.run("parse", "--id-field", "doc", "x.txt"), "need --jsonl");
        assertUsage(Cli.run("parse", "--date-field", "date", "x.txt"), "need --jsonl");
        assertUsage(Cli.run("parse", "--month-first", "--day-first"), "mutually exclusive");
        assertUsage(Cli.run("parse", "--threads", "0"), "--threads");
        assertUsage(Cli.run("parse", "--max-quote-chars", "0"), "limit");
        assertUsage(Cli.run("parse", "--year-hint", "0"), "year hint");
        assertUsage(Cli.run("parse", "-", "-"), "standard input");
        assertUsage(Cli.run("frobnicate"), "frobnicate");
    }

    @Test
    void unwritableOutputIsAUsageError(@TempDir Path tmp) {
        Cli.Result r = Cli.run("parse", REF, "--output", tmp.resolve("no/such/dir/out.json").toString());
        assertUsage(r, "cannot write --output");
    }

    private static void assertUsage(Cli.Result r, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains(message).contains("--help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void strictTurnsWarningsIntoFailuresWithPositions(@TempDir Path tmp) throws Exception {
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "\n\n   \n");
        Cli.Result lenient = Cli.run("parse", REF, "--format", "jsonl", blank.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.err()).isEmpty();
        Cli.Result strict = Cli.run("parse", REF, "--strict", "--format", "jsonl", blank.toString());
        assertThat(strict.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(strict.err()).startsWith(blank + ":1:1: warning: ").contains("[input.empty]");
    }

    @Test
    void reportOverTheSizeLimitIsAnInputFailure(@TempDir Path tmp) throws Exception {
        Path big = Files.writeString(tmp.resolve("big.txt"), REPORT.repeat(10));
        Path ok = Files.writeString(tmp.resolve("ok.txt"), REPORT);
        Cli.Result r = Cli.run("parse", REF, "--max-report-chars", "100", "--format", "jsonl", big.toString(),
                ok.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(r.err()).startsWith(big + ": ").contains("limit");
        assertThat(r.out().lines()).hasSize(1);
    }

    @Test
    void closedStandardOutputStopsTheRunQuietly(@TempDir Path tmp) throws Exception {
        for (int i = 0; i < 50; i++) {
            Files.writeString(tmp.resolve("r" + i + ".txt"), REPORT);
        }
        java.io.OutputStream closed = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[] {"parse", REF, "--format", "json", tmp.toString()},
                new Env(java.io.InputStream.nullInputStream(), new java.io.PrintStream(closed, false,
                        StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8), false,
                        Cli.TODAY));
        assertThat(code).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
