package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.json.ReportageJson;

/** {@code --actors FILE}: a directory of known actors merges what the text never states. */
class ActorDirectoryOptionTest {
    private static final String REPORT = "Monday, May 6\n\nPort talks resume\n\n"
            + "The Harbour Minister met the unions on Sunday and said that the port would reopen.\n";

    @Test
    void directoryEntryMergesARoleTheTextNeverTiesToTheName(@TempDir Path tmp) throws Exception {
        Path report = Files.writeString(tmp.resolve("r.txt"), REPORT);
        Path dir = Files.writeString(tmp.resolve("actors.json"),
                "{\"actors\": [{\"name\": \"Lena Okafor\", \"kind\": \"person\", \"aliases\": [],"
                        + " \"roles\": [\"Harbour Minister\"]}]}");
        Cli.Result r = Cli.run("parse", "--reference-date=2025-01-15", "--format", "jsonl", "--actors",
                dir.toString(), report.toString());
        assertThat(r.code()).isZero();
        Article a = ReportageJson.compact().read(r.out().strip());
        Actor okafor = a.actors().stream().filter(x -> x.name().equals("Lena Okafor")).findFirst().orElseThrow();
        assertThat(okafor.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("The Harbour Minister"));

        Cli.Result without = Cli.run("parse", "--reference-date=2025-01-15", "--format", "jsonl", report.toString());
        assertThat(ReportageJson.compact().read(without.out().strip()).actors()).extracting(Actor::name)
                .doesNotContain("Lena Okafor");
    }

    @Test
    void unreadableOrInvalidDirectoryIsAUsageError(@TempDir Path tmp) throws Exception {
        Path report = Files.writeString(tmp.resolve("r.txt"), REPORT);
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"actors\": 7}");
        Cli.Result invalid = Cli.run("parse", "--actors", bad.toString(), report.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("Invalid actor directory");
        Cli.Result missing = Cli.run("parse", "--actors", tmp.resolve("none.json").toString(), report.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Cannot read the actor directory");
    }
}
