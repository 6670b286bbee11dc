package org.reportage.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared folder ({@code ../shared} next to the checkout), which CI may not have: tests that
 * need it skip themselves when {@link #find()} returns {@code null}.
 */
final class SharedDir {
    private SharedDir() {
    }

    /** @return the shared folder, or {@code null} when absent */
    static Path find() {
        for (Path p : new Path[] {Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }
}
