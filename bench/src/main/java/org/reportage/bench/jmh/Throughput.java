package org.reportage.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread counters that JMH reports next to ops/s as rates: {@code inputBytes} (bytes of input per second:
 * divide by 10⁶ for MB/s) and {@code articles} (articles per second; 0 for benchmarks that make none).
 * Public fields, as JMH requires for {@link AuxCounters}; reset before every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughput {
    /** Input bytes consumed in this iteration. */
    public long inputBytes;
    /** Articles produced in this iteration. */
    public long articles;

    /** Resets both counters. */
    @Setup(Level.Iteration)
    public void reset() {
        inputBytes = 0;
        articles = 0;
    }
}
