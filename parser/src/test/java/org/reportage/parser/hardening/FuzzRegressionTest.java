package org.reportage.parser.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every committed fuzz input ({@code src/test/resources/fuzz/<target>/*}: findings of fuzzing sessions
 * and hand-made seeds) through its target in every build, without the fuzzer.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FuzzRegressionTest {
    private static final Path DIR = Path.of("src", "test", "resources", "fuzz");

    static Stream<Arguments> inputs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String target : new String[] {"parse", "reader", "json"}) {
            Path dir = DIR.resolve(target);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> out.add(Arguments.of(target,
                        f.getFileName().toString())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("inputs")
    void replays(String target, String file) throws IOException {
        byte[] data = Files.readAllBytes(DIR.resolve(target).resolve(file));
        switch (target) {
            case "parse":
                FuzzTargets.parse(data);
                break;
            case "reader":
                FuzzTargets.reader(data);
                break;
            default:
                FuzzTargets.json(data);
                break;
        }
    }
}
