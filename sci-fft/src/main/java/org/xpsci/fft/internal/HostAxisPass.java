package org.xpsci.fft.internal;

import java.util.function.Supplier;
import org.xpsci.xp.HostBuffer;

/**
 * Runs a line operation along one axis of a host buffer into another, batched over the other axes and split
 * over {@link LinePool} within the {@code workers} bound. The destination's lines are visited; a destination
 * line whose position lies outside the source (zero padding along another axis) is left as it is (zero), and
 * source lines are cropped or zero-padded to the destination's length along the axis.
 */
final class HostAxisPass {

    /** Transforms one line held in {@code line[0..n)} in place. */
    @FunctionalInterface
    interface LineOp {
        /** Transforms the line in place. */
        void apply(double[] line);
    }

    private HostAxisPass() {
    }

    /**
     * Applies the operations made by {@code ops} (one per thread) along {@code axis}, for each part (1 for real
     * buffers, 2 for complex ones: real and imaginary lines separately).
     */
    static void run(HostBuffer src, HostBuffer dst, int axis, int workers, Supplier<LineOp> ops) {
        int[] shape = dst.shape();
        int n = shape[axis];
        long lines = 1;
        for (int k = 0; k < shape.length; k++) {
            if (k != axis) {
                lines *= shape[k];
            }
        }
        if (lines == 0) {
            return;
        }
        int parts = dst.dtype().isComplexFloating() ? 2 : 1;
        long total = lines;
        int chunks = LinePool.chunks(lines, n, workers);
        long per = (total + chunks - 1) / chunks;
        LinePool.forEach(chunks, c -> {
            long start = c * per;
            long end = Math.min(total, start + per);
            if (start < end) {
                runLines(src, dst, axis, parts, ops.get(), start, end);
            }
        });
    }

    private static void runLines(HostBuffer src, HostBuffer dst, int axis, int parts, LineOp op, long start,
            long end) {
        int[] shape = dst.shape();
        int[] srcShape = src.shape();
        int n = shape[axis];
        int m = Math.min(n, srcShape[axis]);
        double[] line = new double[n];
        int[] idx = new int[shape.length];
        long rest = start;
        for (int k = shape.length - 1; k >= 0; k--) {
            if (k != axis) {
                idx[k] = (int) (rest % shape[k]);
                rest /= shape[k];
            }
        }
        for (long l = start; l < end; l++) {
            if (inside(idx, srcShape, axis)) {
                int soff = offset(src, idx);
                int doff = offset(dst, idx);
                for (int part = 0; part < parts; part++) {
                    HostLines.load(src, soff, src.strides()[axis], part, m, line);
                    java.util.Arrays.fill(line, m, n, 0.0);
                    op.apply(line);
                    HostLines.store(line, n, dst, doff, dst.strides()[axis], part);
                }
            }
            for (int k = shape.length - 1; k >= 0; k--) {
                if (k == axis) {
                    continue;
                }
                if (++idx[k] < shape[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
    }

    private static boolean inside(int[] idx, int[] srcShape, int axis) {
        for (int k = 0; k < idx.length; k++) {
            if (k != axis && idx[k] >= srcShape[k]) {
                return false;
            }
        }
        return true;
    }

    private static int offset(HostBuffer b, int[] idx) {
        int off = b.offset();
        int[] st = b.strides();
        for (int k = 0; k < idx.length; k++) {
            off += idx[k] * st[k];
        }
        return off;
    }
}
