package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-output files under {@code src/test/resources/golden}. To regenerate them all after a deliberate change
 * of output (a parser stage landing, a format change), run
 * {@code ./mvnw -q -pl examples -am test -Dreportage.updateGolden=true} and review the diff with {@code git diff}.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean("reportage.updateGolden");
    }

    /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
    static void check(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing: run the tests with -Dreportage.updateGolden=true",
                    file).exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("output differs from %s (regenerate with -Dreportage.updateGolden=true if "
                    + "the change is intended)", file).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
