package org.reportage.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    /** The development corpus of annotated news, inside the shared folder. */
    public static final String DEV_CORPUS = "corpus/polnear-dev.jsonl";

    /**
     * @param relative a JSON Lines file inside the shared folder
     * @return its records, read line by line as the stream is consumed (close it); the calling test is skipped when
     *         the file is absent
     */
    public static Stream<JsonNode> records(String relative) {
        Path file = require(relative);
        JsonMapper json = JsonMapper.builder().build();
        try {
            return Files.lines(file, StandardCharsets.UTF_8).filter(l -> !l.isBlank()).map(json::readTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
