package org.reportage.parser.quotes;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared} (the seed report), which CI may not have: a test that needs a file from it calls
 * {@link #require(String)} and is skipped, not failed, when it is absent.
 */
final class SharedCorpus {
    private SharedCorpus() {
    }

    static Path require(String relative) {
        Path dir = null;
        for (Path p : new Path[] {Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            if (Files.isDirectory(p)) {
                dir = p;
                break;
            }
        }
        Assumptions.assumeTrue(dir != null, "../shared is absent");
        Path file = dir.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> file + " is absent");
        return file;
    }
}
