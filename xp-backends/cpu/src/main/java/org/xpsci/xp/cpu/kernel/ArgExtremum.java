package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;

/**
 * {@code argmax} and {@code argmin} along one axis: the index of the first maximum (minimum) of each line,
 * where NaN counts as the extreme value, so the first NaN wins (NumPy's rule). Elements are compared through
 * long keys whose signed order is the elements' order: integers as they are (unsigned ones with the sign bit
 * flipped), bool as 0/1, floating-point values through their bits (negative ones with the magnitude bits
 * flipped, -0.0 as 0.0, NaN as the extreme key). Lines contiguous in memory are scanned one by one (a single
 * long line in pieces over the worker pool); otherwise a block of lines advances together one row at a time.
 */
public final class ArgExtremum {

    private ArgExtremum() {
    }

    /**
     * Writes the index of each line's first extreme element into {@code out} (C order over the shape without
     * {@code axis}). Lines must be non-empty.
     */
    public static void run(HostBuffer x, int axis, long[] out, boolean max) {
        int[] shape = x.shape();
        int[] strides = x.strides();
        int len = shape[axis];
        int[] outer = AxisLines.outer(shape, axis);
        long lineCount = org.xpsci.xp.Axes.size(outer);
        if (lineCount == 0) {
            return;
        }
        int xa = strides[axis];
        if (lineCount == 1 && len >= 2 * Reduction.GRAIN) {
            out[0] = parallelLine(x, max, xa, len);
            return;
        }
        boolean lines = AxisLines.innermost(shape, strides, axis);
        int grain = Math.max(1, Parallel.CHEAP_GRAIN / len);
        StridedLoop.run(outer, new int[][] {AxisLines.outer(strides, axis), DlpackTensor.contiguousStrides(outer)},
                new int[] {x.offset(), 0}, grain, () -> {
                    Keys keys = new Keys(x, max);
                    Best best = new Best(StridedLoop.BLOCK, max);
                    return (offs, st, n) -> {
                        if (lines) {
                            for (int j = 0; j < n; j++) {
                                best.clear();
                                line(keys, best, offs[0] + j * st[0], xa, len);
                                out[offs[1] + j * st[1]] = best.index[0];
                            }
                        } else {
                            columns(keys, best, offs[0], st[0], n, xa, len);
                            for (int j = 0; j < n; j++) {
                                out[offs[1] + j * st[1]] = best.index[j];
                            }
                        }
                    };
                });
    }

    /** Scans the len elements of one line into slot 0 of {@code best}. */
    private static void line(Keys keys, Best best, int xo, int xa, int len) {
        for (int done = 0; done < len; done += StridedLoop.BLOCK) {
            int m = Math.min(StridedLoop.BLOCK, len - done);
            best.scanLine(keys.read(xo + done * xa, xa, m), m, done);
        }
    }

    /** Scans n lines starting {@code xs} apart, row by row, into slots 0..n-1 of {@code best}. */
    private static void columns(Keys keys, Best best, int xo, int xs, int n, int xa, int len) {
        System.arraycopy(keys.read(xo, xs, n), 0, best.key, 0, n);
        Arrays.fill(best.index, 0, n, 0L);
        for (int k = 1; k < len; k++) {
            best.scanColumns(keys.read(xo + k * xa, xs, n), n, k);
        }
    }

    private static long parallelLine(HostBuffer x, boolean max, int xa, int len) {
        int pieces = (int) Math.min(Reduction.MAX_PIECES, len / Reduction.GRAIN);
        int per = (len + pieces - 1) / pieces;
        Best parts = new Best(pieces, max);
        Parallel.forEach(pieces, p -> {
            int s = p * per;
            Best best = new Best(1, max);
            best.clear();
            line(new Keys(x, max), best, x.offset() + s * xa, xa, Math.min(len, s + per) - s);
            parts.key[p] = best.key[0];
            parts.index[p] = best.index[0] + s;
        });
        Best result = new Best(1, max);
        result.clear();
        for (int p = 0; p < pieces; p++) {
            if (result.index[0] < 0 || result.beats(parts.key[p], result.key[0])) {
                result.key[0] = parts.key[p];
                result.index[0] = parts.index[p];
            }
        }
        return result.index[0];
    }

    /** Reads runs of the input as order-preserving long keys. */
    private static final class Keys {

        private final BlockInput in;
        private final boolean real;
        private final long flip;
        private final long nan;
        private final long[] scratch = new long[StridedLoop.BLOCK];

        Keys(HostBuffer x, boolean max) {
            DType d = x.dtype();
            real = d.isRealFloating();
            in = new BlockInput(x.data(), d, real ? Kind.DOUBLE : Kind.LONG);
            flip = d.isUnsignedInteger() ? Long.MIN_VALUE : 0;
            nan = max ? Long.MAX_VALUE : Long.MIN_VALUE;
        }

        /** The keys of the n elements at {@code off}, {@code stride} apart, in {@code [0, n)} of the result. */
        long[] read(int off, int stride, int n) {
            Object block = Runs.read(in, off, stride, n);
            int at = in.at();
            if (real) {
                double[] v = (double[]) block;
                for (int i = 0; i < n; i++) {
                    double d = v[at + i];
                    long b = Double.doubleToRawLongBits(d + 0.0);
                    scratch[i] = d != d ? nan : b ^ ((b >> 63) & Long.MAX_VALUE);
                }
            } else {
                long[] v = (long[]) block;
                for (int i = 0; i < n; i++) {
                    scratch[i] = v[at + i] ^ flip;
                }
            }
            return scratch;
        }
    }

    /** The best keys so far and their indices, for a block of lines; index -1 means none yet. */
    private static final class Best {

        final long[] key;
        final long[] index;
        private final boolean max;

        Best(int n, boolean max) {
            key = new long[n];
            index = new long[n];
            this.max = max;
        }

        void clear() {
            index[0] = -1;
        }

        /** Whether key k strictly beats key b (ties keep the first occurrence). */
        boolean beats(long k, long b) {
            return max ? k > b : k < b;
        }

        /** Slot 0 takes the best of keys [0, n) of one line whose first has index {@code base}. */
        void scanLine(long[] keys, int n, long base) {
            int start = 0;
            if (index[0] < 0) {
                key[0] = keys[0];
                index[0] = base;
                start = 1;
            }
            long bk = key[0];
            long bi = index[0];
            for (int i = start; i < n; i++) {
                if (beats(keys[i], bk)) {
                    bk = keys[i];
                    bi = base + i;
                }
            }
            key[0] = bk;
            index[0] = bi;
        }

        /** Slot i takes key i of row k when it beats the best so far. */
        void scanColumns(long[] keys, int n, long k) {
            for (int i = 0; i < n; i++) {
                if (beats(keys[i], key[i])) {
                    key[i] = keys[i];
                    index[i] = k;
                }
            }
        }
    }
}
