package org.xpsci.xp.cpu.fft;

import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * Applies a {@link LineTransform} to every line of an array along one axis, batched over the other axes. Lines
 * are split over the backend's pool when there are many short ones; a single long power-of-two line is left
 * to JTransforms' own threads instead, so the two never compete.
 */
public final class AxisPass {

    /** Transformed elements per chunk below which lines stay on one thread. */
    static final int GRAIN = 1 << 15;

    private AxisPass() {
    }

    /**
     * Transforms {@code src} along {@code axis} into {@code dst}. Both have the same shape except along the axis,
     * where {@code dst} has {@code t.outLength()} elements. {@code dst} may share storage with {@code src} only
     * if every line sits at the same place in both (an in-place pass).
     */
    public static void run(HostBuffer src, HostBuffer dst, int axis, LineTransform t) {
        int[] shape = dst.shape();
        long lines = 1;
        for (int k = 0; k < shape.length; k++) {
            if (k != axis) {
                lines *= shape[k];
            }
        }
        if (lines == 0) {
            return;
        }
        long total = lines;
        int chunks = FftPlans.parallelInside(t.inLength()) || FftPlans.parallelInside(t.outLength()) ? 1
                : (int) Math.min(lines, Parallel.chunks(lines * Math.max(t.inLength(), t.outLength()), GRAIN));
        long per = (total + chunks - 1) / chunks;
        Parallel.forEach(chunks, c -> {
            long start = c * per;
            long end = Math.min(total, start + per);
            if (start < end) {
                runLines(src, dst, axis, t, start, end);
            }
        });
    }

    private static void runLines(HostBuffer src, HostBuffer dst, int axis, LineTransform t, long start, long end) {
        LineTransform.Line line = t.newLine();
        int[] shape = dst.shape();
        int[] idx = new int[shape.length];
        long rest = start;
        for (int k = shape.length - 1; k >= 0; k--) {
            if (k != axis) {
                idx[k] = (int) (rest % shape[k]);
                rest /= shape[k];
            }
        }
        int[] ss = src.strides();
        int[] ds = dst.strides();
        int avail = src.shape()[axis];
        for (long l = start; l < end; l++) {
            int soff = src.offset();
            int doff = dst.offset();
            for (int k = 0; k < shape.length; k++) {
                soff += idx[k] * ss[k];
                doff += idx[k] * ds[k];
            }
            line.apply(src.data(), src.dtype(), soff, ss[axis], avail, dst.data(), dst.dtype(), doff, ds[axis]);
            for (int k = shape.length - 1; k >= 0; k--) {
                if (k != axis && ++idx[k] < shape[k]) {
                    break;
                }
                if (k != axis) {
                    idx[k] = 0;
                }
            }
        }
    }
}
