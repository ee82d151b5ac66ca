package org.xpsci.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics and JSON of a bench measurement. */
class BenchRunTest {

    @Test
    void medianOfAnOddAndAnEvenNumberOfRuns() {
        assertEquals(2.0, new BenchRun("w", "cpu", 8, true, new double[] {3, 1, 2}).medianSeconds());
        assertEquals(2.5, new BenchRun("w", "cpu", 8, true, new double[] {4, 1, 3, 2}).medianSeconds());
        assertEquals(1.0, new BenchRun("w", "cpu", 8, true, new double[] {4, 1, 3, 2}).minSeconds());
    }

    @Test
    void jsonHasTheKeysBenchScipyWrites() {
        Map<String, Object> m = new BenchRun("fft", "cpu", 8, false, new double[] {0.5, 0.25}).toJson();
        assertEquals(List.of("workload", "backend", "n", "median_s", "min_s", "repeat", "fast_paths", "times_s",
                "versions", "cores"), List.copyOf(m.keySet()));
        assertEquals(0.375, m.get("median_s"));
        assertEquals(2, m.get("repeat"));
    }
}
