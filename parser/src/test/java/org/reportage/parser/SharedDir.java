package org.reportage.parser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared} (the seed report and the corpus), which CI may not have: tests that need a file from it
 * call {@link #require(String)} and are skipped, not failed, when it is absent.
 */
public final class SharedDir {
    private SharedDir() {
    }

    /** @return the shared folder (Maven runs tests in the module folder, so it is two levels up), or null */
    public static Path find() {
        for (Path p : new Path[] {Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * @param relative a path inside the shared folder
     * @return the file; the calling test is skipped when it is absent
     */
    public static Path require(String relative) {
        Path dir = find();
        Assumptions.assumeTrue(dir != null, "../shared is absent");
        Path file = dir.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> file + " is absent");
        return file;
    }
}
