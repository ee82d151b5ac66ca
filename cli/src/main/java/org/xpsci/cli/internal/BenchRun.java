package org.xpsci.cli.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xpsci.bench.Workload;
import org.xpsci.xp.ArrayNamespace;

/**
 * One {@code xpsci bench} measurement: the workload's inputs are generated (untimed), it runs once untimed
 * as a warm-up, then {@code repeat} timed runs; the median and minimum wall-clock times are reported.
 *
 * @param workload   the workload's name
 * @param backend    the backend's name
 * @param n          the problem size used
 * @param fastPaths  whether consumer fast paths were on
 * @param secondsRun the wall-clock time of each timed run, in seconds, in order
 */
public record BenchRun(String workload, String backend, long n, boolean fastPaths, double[] secondsRun) {

    /** Copies the times. */
    public BenchRun {
        secondsRun = secondsRun.clone();
    }

    /**
     * Measures {@code workload} of size {@code n} (0: the workload's default) in {@code xp}.
     *
     * @throws IllegalArgumentException when {@code repeat} or {@code n} is not positive
     */
    public static BenchRun measure(Workload workload, ArrayNamespace xp, long n, int repeat, boolean fastPaths) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be a positive integer; got " + repeat);
        }
        if (n < 0) {
            throw new IllegalArgumentException("n must be a positive integer; got " + n);
        }
        long size = n == 0 ? workload.defaultSize() : n;
        Workload.Prepared p = workload.prepare(xp, size);
        p.await(p.run());
        double[] times = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            Object r = p.run();
            p.await(r);
            times[i] = (System.nanoTime() - t0) * 1e-9;
        }
        return new BenchRun(workload.name(), xp.name(), size, fastPaths, times);
    }

    /** The times of the timed runs (a copy). */
    @Override
    public double[] secondsRun() {
        return secondsRun.clone();
    }

    /** The median of the timed runs, in seconds (the mean of the middle two for an even count). */
    public double medianSeconds() {
        double[] s = secondsRun.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }

    /** The fastest timed run, in seconds. */
    public double minSeconds() {
        return Arrays.stream(secondsRun).min().orElse(Double.NaN);
    }

    /** The JSON object {@code xpsci bench --json} prints (keys as bench_scipy.py writes them). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", workload);
        m.put("backend", backend);
        m.put("n", n);
        m.put("median_s", medianSeconds());
        m.put("min_s", minSeconds());
        m.put("repeat", secondsRun.length);
        m.put("fast_paths", fastPaths);
        m.put("times_s", Arrays.stream(secondsRun).boxed().toList());
        m.put("versions", Map.of("java", System.getProperty("java.version")));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        return m;
    }

    /** One readable line: workload, backend, paths, size, median and minimum. */
    public String toText() {
        return String.format("%s on %s (%s), n=%d: median %.2f ms, min %.2f ms over %d runs", workload, backend,
                fastPaths ? "fast paths" : "portable paths", n, medianSeconds() * 1e3, minSeconds() * 1e3,
                secondsRun.length);
    }

    /** Equal when every field is equal (times by content). */
    @Override
    public boolean equals(Object o) {
        return o instanceof BenchRun b && workload.equals(b.workload) && backend.equals(b.backend) && n == b.n
                && fastPaths == b.fastPaths && Arrays.equals(secondsRun, b.secondsRun);
    }

    @Override
    public int hashCode() {
        return List.of(workload, backend, n, fastPaths, Arrays.hashCode(secondsRun)).hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }
}
