package org.reportage.parser.hardening;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared} (the corpus), which CI may not have: a test that needs it is skipped, not failed,
 * when it is absent. Maven runs tests in the module folder, so it is two levels up.
 */
final class Shared {
    private Shared() {
    }

    /**
     * @param relative a path inside the shared folder
     * @return the file; the calling test is skipped when it is absent
     */
    static Path require(String relative) {
        for (Path dir : new Path[] {Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            Path file = dir.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        Assumptions.assumeTrue(false, () -> "../shared/" + relative + " is absent");
        return null;
    }
}
