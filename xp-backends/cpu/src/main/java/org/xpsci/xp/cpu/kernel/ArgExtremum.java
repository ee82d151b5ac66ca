package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;

/**
 * {@code argmax} and {@code argmin} along one axis: the index of the first maximum (minimum) of each line,
 * where NaN counts as the extreme value, so the first NaN wins (NumPy's rule); -0.0 and 0.0 tie. Lines
 * contiguous in memory are scanned one by one (a single long line in pieces over the worker pool): each block's
 * extreme by a loop without branches, then its first position only when it beats the best so far. Otherwise a
 * block of lines advances together one row at a time, comparing long keys whose signed order is the elements'
 * order: integers as they are (unsigned ones with the sign bit flipped), bool as 0/1, floating-point values
 * through their bits (negative ones with the magnitude bits flipped, -0.0 as 0.0, NaN as the extreme key).
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
                    LineScan scan = LineScan.of(x, max);
                    return (offs, st, n) -> {
                        if (lines) {
                            for (int j = 0; j < n; j++) {
                                scan.line(offs[0] + j * st[0], xa, len);
                                out[offs[1] + j * st[1]] = scan.index;
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
            LineScan scan = LineScan.of(x, max);
            scan.line(x.offset() + s * xa, xa, Math.min(len, s + per) - s);
            parts.key[p] = scan.key();
            parts.index[p] = scan.index + s;
        });
        int best = 0;
        for (int p = 1; p < pieces; p++) {
            if (parts.beats(parts.key[p], parts.key[best])) {
                best = p;
            }
        }
        return parts.index[best];
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
                    scratch[i] = key(v[at + i], nan);
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

    /** The order key of a double: its bits, negative values' magnitude bits flipped, -0.0 as 0.0. */
    static long key(double d, long nan) {
        long b = Double.doubleToRawLongBits(d + 0.0);
        return d != d ? nan : b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    /**
     * Finds the first extreme element of one line, a block at a time: the block's extreme first (a plain loop
     * without branches), its first position only when it beats the best so far.
     */
    private abstract static class LineScan {

        final BlockInput in;
        final boolean max;
        /** The index of the best element so far (-1: none). */
        long index;

        LineScan(BlockInput in, boolean max) {
            this.in = in;
            this.max = max;
        }

        static LineScan of(HostBuffer x, boolean max) {
            return x.dtype().isRealFloating() ? new RealScan(x, max)
                    : new IntegerScan(x, max, x.dtype().isUnsignedInteger() ? Long.MIN_VALUE : 0);
        }

        /** Scans the len elements of the line at {@code off}, {@code stride} apart. */
        void line(int off, int stride, int len) {
            index = -1;
            for (int done = 0; done < len && !settled(); done += StridedLoop.BLOCK) {
                int m = Math.min(StridedLoop.BLOCK, len - done);
                block(Runs.read(in, off + done * stride, stride, m), in.at(), m, done);
            }
        }

        /** Takes the first extreme of block v[at..at+n), whose first element has index base, if it beats. */
        abstract void block(Object v, int at, int n, long base);

        /** Whether nothing can beat the best any more (a NaN was found). */
        abstract boolean settled();

        /** The best element's order key. */
        abstract long key();
    }

    private static final class RealScan extends LineScan {
        private double best;

        RealScan(HostBuffer x, boolean max) {
            super(new BlockInput(x.data(), x.dtype(), Kind.DOUBLE), max);
        }

        @Override
        void block(Object block, int at, int n, long base) {
            double[] v = (double[]) block;
            double e = max ? Extremum.max(v[at], v, at, n) : Extremum.min(v[at], v, at, n);
            boolean nan = e != e;
            if (index >= 0 && !nan && !(max ? e > best : e < best)) {
                return;
            }
            int i = 0;
            while (nan ? v[at + i] == v[at + i] : v[at + i] != e) {
                i++;
            }
            best = e;
            index = base + i;
        }

        @Override
        boolean settled() {
            return index >= 0 && best != best;
        }

        @Override
        long key() {
            return ArgExtremum.key(best, max ? Long.MAX_VALUE : Long.MIN_VALUE);
        }
    }

    private static final class IntegerScan extends LineScan {
        private final long flip;
        private long best;

        IntegerScan(HostBuffer x, boolean max, long flip) {
            super(new BlockInput(x.data(), x.dtype(), Kind.LONG), max);
            this.flip = flip;
        }

        @Override
        void block(Object block, int at, int n, long base) {
            long[] v = (long[]) block;
            long m0 = v[at] ^ flip, m1 = m0, m2 = m0, m3 = m0;
            int i = 1;
            for (; i + 3 < n; i += 4) {
                m0 = pick(m0, v[at + i] ^ flip);
                m1 = pick(m1, v[at + i + 1] ^ flip);
                m2 = pick(m2, v[at + i + 2] ^ flip);
                m3 = pick(m3, v[at + i + 3] ^ flip);
            }
            for (; i < n; i++) {
                m0 = pick(m0, v[at + i] ^ flip);
            }
            long e = pick(pick(m0, m1), pick(m2, m3));
            if (index >= 0 && !(max ? e > best : e < best)) {
                return;
            }
            int k = 0;
            while ((v[at + k] ^ flip) != e) {
                k++;
            }
            best = e;
            index = base + k;
        }

        private long pick(long a, long b) {
            return max ? Math.max(a, b) : Math.min(a, b);
        }

        @Override
        boolean settled() {
            return false;
        }

        @Override
        long key() {
            return best;
        }
    }

    /** The best keys so far and their indices, for a block of lines advancing together. */
    private static final class Best {

        final long[] key;
        final long[] index;
        private final boolean max;

        Best(int n, boolean max) {
            key = new long[n];
            index = new long[n];
            this.max = max;
        }

        /** Whether key k strictly beats key b (ties keep the first occurrence). */
        boolean beats(long k, long b) {
            return max ? k > b : k < b;
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
