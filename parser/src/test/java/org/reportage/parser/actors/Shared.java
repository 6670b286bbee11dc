package org.reportage.parser.actors;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared folder (seed report, corpus), which CI may not have. */
final class Shared {
    private Shared() {
    }

    /**
     * @param relative a path inside the shared folder
     * @return the path (which may not exist)
     */
    static Path file(String relative) {
        Path a = Path.of("..", "..", "shared").resolve(relative);
        if (Files.exists(a)) {
            return a;
        }
        return Path.of("..", "shared").resolve(relative);
    }
}
