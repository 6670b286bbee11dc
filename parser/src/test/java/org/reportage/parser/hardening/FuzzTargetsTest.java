package org.reportage.parser.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz tests (Jazzer). In a normal build they run in regression mode (no fuzzing); committed
 * findings replay in {@link FuzzRegressionTest}. To fuzz one target ({@code parse}, {@code reader} or
 * {@code json}) for ten minutes ({@code maxDuration}; the corpus in {@code parser/.cifuzz-corpus} carries over to
 * the next session):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl parser -am test -Dtest='FuzzTargetsTest#parse' -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.instrument='org.reportage.**' -Djazzer.keep_going=20
 * </pre>
 *
 * {@code jazzer.instrument} matters: by default Jazzer instruments for coverage only the test's own package, and
 * the fuzzer runs blind over the parser. A crash is written under
 * {@code src/test/resources/org/reportage/parser/hardening/FuzzTargetsTestInputs/<target>/}; move it to
 * {@code src/test/resources/fuzz/<target>/} so that every build replays it.
 */
class FuzzTargetsTest {
    @FuzzTest(maxDuration = "10m")
    void parse(byte[] data) {
        FuzzTargets.parse(data);
    }

    @FuzzTest(maxDuration = "10m")
    void reader(byte[] data) {
        FuzzTargets.reader(data);
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] data) {
        FuzzTargets.json(data);
    }
}
