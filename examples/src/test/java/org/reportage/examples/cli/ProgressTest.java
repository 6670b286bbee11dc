package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void showsFilesMegabytesRateAndTimeLeft() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 100,
                10_000_000, () -> 0L);
        assertThat(p.render(25, 2_500_000, 500, 10_000_000_000L))
                .isEqualTo("[======>                 ]  25%  25/100 files  2.5/10.0 MB  50 articles/s  ETA 0:30");
    }

    @Test
    void redrawsInPlaceAtMostTenTimesASecondAndErasesItselfAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 3, 300, now::get);
        now.set(50_000_000L);
        p.update(1, 100, 1); // too early: nothing drawn
        assertThat(bytes.size()).isZero();
        now.set(200_000_000L);
        p.update(1, 100, 1);
        p.update(2, 200, 2); // within 0.1 s of the last draw: skipped
        String once = bytes.toString(StandardCharsets.UTF_8);
        assertThat(once).startsWith("\r[").contains("1/3 files").doesNotContain("2/3 files");
        p.update(3, 300, 3); // finished: always drawn
        p.finish();
        String all = bytes.toString(StandardCharsets.UTF_8);
        assertThat(all).contains("3/3 files").endsWith("\r");
    }
}
