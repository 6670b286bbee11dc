package org.reportage.parser.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz tests (Jazzer). In a normal build they run in regression mode (no fuzzing); committed
 * findings replay in {@link FuzzRegressionTest}. To fuzz one target, for example {@code parse}, for ten minutes:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl parser -am test -Dtest=FuzzTargetsTest#parse -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.max_duration=10m
 * </pre>
 *
 * A crash is written under {@code src/test/resources/org/reportage/parser/hardening/FuzzTargetsTestInputs/};
 * move it to {@code src/test/resources/fuzz/<target>/} so that every build replays it.
 */
class FuzzTargetsTest {
    @FuzzTest(maxDuration = "5m")
    void parse(byte[] data) {
        FuzzTargets.parse(data);
    }

    @FuzzTest(maxDuration = "5m")
    void reader(byte[] data) {
        FuzzTargets.reader(data);
    }

    @FuzzTest(maxDuration = "5m")
    void json(byte[] data) {
        FuzzTargets.json(data);
    }
}
