package org.reportage.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.bench.tools.Inputs;
import org.reportage.bench.tools.Profile;

/** The profile tool records the full parse and attributes its CPU samples to the parser's stages. */
class ProfileTest {
    @Test
    @Timeout(120)
    void theProfileSharesTheFullParseOutAmongItsStages() throws Exception {
        String md = Profile.run(Inputs.Source.GENERATED, 2, 1);
        Matcher samples = Pattern.compile("(\\d[\\d,]*) CPU samples").matcher(md);
        assertThat(samples.find()).isTrue();
        assertThat(Integer.parseInt(samples.group(1).replace(",", ""))).isPositive();
        Matcher actors = Pattern.compile("\\| actors \\| (\\d+\\.\\d)% \\|").matcher(md);
        assertThat(actors.find()).as(md).isTrue();
        // every sample of the loop is inside ReportParser.parse, and the actor stage is a real part of it
        assertThat(Double.parseDouble(actors.group(1))).isGreaterThan(5.0);
        assertThat(md).contains("| method (self time) |", "| allocating line (first parser frame) |");
    }
}
