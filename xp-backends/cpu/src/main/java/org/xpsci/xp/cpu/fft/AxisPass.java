package org.xpsci.xp.cpu.fft;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.cpu.kernel.Loader;
import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * Applies a {@link LineTransform} to every line of an array along one axis, batched over the other axes. Lines
 * are split over the backend's pool when there are many short ones; a single long power-of-two line is left
 * to JTransforms' own threads instead, so the two never compete. When the axis is strided (not the innermost),
 * lines are processed in tiles of {@link #TILE} neighbours along the innermost other axis, so that gathering
 * and scattering read and write whole cache lines instead of one element per line.
 */
public final class AxisPass {

    /** Transformed elements per chunk below which lines stay on one thread. */
    static final int GRAIN = 1 << 15;
    /** Neighbouring lines gathered together when the axis is strided. */
    static final int TILE = 16;

    private AxisPass() {
    }

    /**
     * Transforms {@code src} along {@code axis} into {@code dst}. Both have the same shape except along the axis,
     * where {@code dst} has {@code t.outLength()} elements. {@code dst} may share storage with {@code src} only
     * if every line sits at the same place in both (an in-place pass).
     */
    public static void run(HostBuffer src, HostBuffer dst, int axis, LineTransform t) {
        int[] shape = dst.shape();
        int tileAxis = tileAxis(src, dst, axis);
        int tile = tileAxis < 0 ? 1 : Math.min(TILE, shape[tileAxis]);
        long units = 1;
        for (int k = 0; k < shape.length; k++) {
            if (k != axis) {
                units *= k == tileAxis ? (shape[k] + tile - 1) / tile : shape[k];
            }
        }
        if (units == 0) {
            return;
        }
        long total = units;
        long work = units * tile * Math.max(t.inLength(), t.outLength());
        int chunks = FftPlans.parallelInside(t.inLength()) || FftPlans.parallelInside(t.outLength()) ? 1
                : (int) Math.min(units, Parallel.chunks(work, GRAIN));
        long per = (total + chunks - 1) / chunks;
        Parallel.forEach(chunks, c -> {
            long start = c * per;
            long end = Math.min(total, start + per);
            if (start < end) {
                new Walk(src, dst, axis, tileAxis, tile, t).run(start, end);
            }
        });
    }

    /**
     * The axis to tile over: when the transformed axis is strided in the source or the destination, the other
     * axis (of length above 1) with the smallest destination stride; else -1 (lines are contiguous already).
     */
    private static int tileAxis(HostBuffer src, HostBuffer dst, int axis) {
        int[] shape = dst.shape();
        if (src.strides()[axis] == 1 && dst.strides()[axis] == 1) {
            return -1;
        }
        int best = -1;
        for (int k = 0; k < shape.length; k++) {
            if (k != axis && shape[k] > 1
                    && (best < 0 || Math.abs(dst.strides()[k]) < Math.abs(dst.strides()[best]))) {
                best = k;
            }
        }
        return best;
    }

    /** Copies {@code nb} values of width {@code w} from {@code row} to {@code to[at + b*step]}. */
    private static void spread(double[] row, int nb, int w, double[] to, int at, int step) {
        if (w == 2) {
            for (int b = 0; b < nb; b++) {
                to[at + b * step] = row[2 * b];
                to[at + b * step + 1] = row[2 * b + 1];
            }
        } else {
            for (int b = 0; b < nb; b++) {
                to[at + b * step] = row[b];
            }
        }
    }

    /** Copies {@code nb} values of width {@code w} from {@code from[at + b*step]} into {@code row}. */
    private static void collect(double[] from, int at, int step, int nb, int w, double[] row) {
        if (w == 2) {
            for (int b = 0; b < nb; b++) {
                row[2 * b] = from[at + b * step];
                row[2 * b + 1] = from[at + b * step + 1];
            }
        } else {
            for (int b = 0; b < nb; b++) {
                row[b] = from[at + b * step];
            }
        }
    }

    /** One thread's walk over a range of units (single lines, or tiles of neighbouring lines). */
    private static final class Walk {
        private final HostBuffer src;
        private final HostBuffer dst;
        private final int axis;
        private final int tileAxis;
        private final int tile;
        private final LineTransform t;
        private final LineTransform.Line line;
        private final int[] counts;
        private double[] tileIn;
        private double[] tileOut;
        private double[] row;

        Walk(HostBuffer src, HostBuffer dst, int axis, int tileAxis, int tile, LineTransform t) {
            this.src = src;
            this.dst = dst;
            this.axis = axis;
            this.tileAxis = tileAxis;
            this.tile = tile;
            this.t = t;
            this.line = t.newLine();
            int[] shape = dst.shape();
            counts = shape.clone();
            counts[axis] = 1;
            if (tileAxis >= 0) {
                counts[tileAxis] = (shape[tileAxis] + tile - 1) / tile;
            }
        }

        void run(long start, long end) {
            int[] idx = new int[counts.length];
            long rest = start;
            for (int k = counts.length - 1; k >= 0; k--) {
                idx[k] = (int) (rest % counts[k]);
                rest /= counts[k];
            }
            for (long u = start; u < end; u++) {
                if (tileAxis < 0) {
                    single(idx);
                } else {
                    tiled(idx);
                }
                for (int k = counts.length - 1; k >= 0; k--) {
                    if (++idx[k] < counts[k]) {
                        break;
                    }
                    idx[k] = 0;
                }
            }
        }

        private int offset(HostBuffer b, int[] idx) {
            int off = b.offset();
            int[] st = b.strides();
            for (int k = 0; k < idx.length; k++) {
                off += (k == tileAxis ? idx[k] * tile : idx[k]) * st[k];
            }
            return off;
        }

        private void single(int[] idx) {
            line.apply(src.data(), src.dtype(), offset(src, idx), src.strides()[axis], src.shape()[axis], dst.data(),
                    dst.dtype(), offset(dst, idx), dst.strides()[axis]);
        }

        /** Gathers up to {@code tile} neighbouring lines, transforms each, scatters them back. */
        private void tiled(int[] idx) {
            int nb = Math.min(tile, dst.shape()[tileAxis] - idx[tileAxis] * tile);
            int in = t.inLength();
            int out = t.outLength();
            int wi = t.complexInput() ? 2 : 1;
            int wo = t.complexOutput() ? 2 : 1;
            if (tileIn == null) {
                tileIn = new double[tile * in * wi];
                tileOut = new double[tile * out * wo];
                row = new double[2 * tile];
            }
            int m = Math.min(in, src.shape()[axis]);
            int soff = offset(src, idx);
            int sk = src.strides()[tileAxis];
            int sa = src.strides()[axis];
            for (int i = 0; i < m; i++) {
                if (wi == 2) {
                    Loader.toComplex(src.data(), src.dtype(), soff + i * sa, sk, nb, row);
                } else {
                    Loader.toDouble(src.data(), src.dtype(), soff + i * sa, sk, nb, row);
                }
                spread(row, nb, wi, tileIn, wi * i, wi * in);
            }
            DType inType = wi == 2 ? DType.COMPLEX128 : DType.FLOAT64;
            DType outType = wo == 2 ? DType.COMPLEX128 : DType.FLOAT64;
            for (int b = 0; b < nb; b++) {
                line.apply(tileIn, inType, b * in, 1, m, tileOut, outType, b * out, 1);
            }
            int doff = offset(dst, idx);
            int dk = dst.strides()[tileAxis];
            int da = dst.strides()[axis];
            for (int j = 0; j < out; j++) {
                collect(tileOut, wo * j, wo * out, nb, wo, row);
                if (wo == 2) {
                    Loader.fromComplex(row, nb, dst.data(), dst.dtype(), doff + j * da, dk);
                } else {
                    Loader.fromDouble(row, nb, dst.data(), dst.dtype(), doff + j * da, dk);
                }
            }
        }
    }
}
