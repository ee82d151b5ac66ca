package org.xpsci.xp.cpu;

import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * {@code sort} and {@code argsort} on the cpu, lane by lane along the axis, lanes split across the worker pool
 * (one long lane is value-sorted with {@link java.util.Arrays#parallelSort}). Both are always stable, so the
 * {@code stable} flag only permits what is done anyway; NaNs sort last (first when descending), -0.0 equals
 * 0.0, complex numbers sort lexicographically as in NumPy, bool and every integer dtype are accepted.
 */
final class SortingFunctions {

    /** One lane at least this long is value-sorted with every core. */
    private static final int PARALLEL_LANE = 1 << 17;

    private final CpuNamespace ns;

    SortingFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    /** Indices (int64) that sort x along axis; equal elements keep their order, descending too. */
    CpuArray argsort(CpuArray x, int axis, boolean descending, boolean stable) {
        int ax = Axes.normalize(axis, x.ndim());
        CpuArray out = CpuArray.allocate(ns, DType.INT64, x.shapeRef());
        Lanes in = Lanes.of(x, ax);
        Lanes to = Lanes.of(out, ax);
        int n = in.length();
        if (n == 0 || in.count() == 0) {
            return out;
        }
        long[] dst = (long[]) out.data();
        in.forEachRange(Parallel.EXPENSIVE_GRAIN, (from, until) -> {
            LaneSorter s = new LaneSorter(x.dtype(), n, false);
            int step = to.stride();
            for (int l = from; l < until; l++) {
                s.argsort(x.data(), in.base()[l], in.stride(), n, descending);
                int[] p = s.positions();
                int b = to.base()[l];
                for (int i = 0; i < n; i++) {
                    dst[b + i * step] = p[i];
                }
            }
        });
        return out;
    }

    /** x sorted along axis (a new array). */
    CpuArray sort(CpuArray x, int axis, boolean descending, boolean stable) {
        int ax = Axes.normalize(axis, x.ndim());
        CpuArray out = CpuArray.allocate(ns, x.dtype(), x.shapeRef());
        Lanes in = Lanes.of(x, ax);
        Lanes to = Lanes.of(out, ax);
        int n = in.length();
        if (n == 0 || in.count() == 0) {
            return out;
        }
        boolean oneLongLane = in.count() == 1 && n >= PARALLEL_LANE && Parallel.threads() > 1;
        in.forEachRange(Parallel.EXPENSIVE_GRAIN, (from, until) -> {
            LaneSorter s = new LaneSorter(x.dtype(), n, oneLongLane);
            for (int l = from; l < until; l++) {
                s.sortValues(x.data(), in.base()[l], in.stride(), out.data(), to.base()[l], to.stride(), n,
                        descending);
            }
        });
        return out;
    }
}
