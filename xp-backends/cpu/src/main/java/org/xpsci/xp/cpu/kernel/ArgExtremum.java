package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;

/**
 * {@code argmax} and {@code argmin} along one axis: the index of the first maximum (minimum) of each line,
 * where NaN counts as the extreme value, so the first NaN wins (NumPy's rule). Real floating input is compared
 * in double, integers as longs (unsigned ones with the sign bit flipped, which maps unsigned order onto
 * signed order), bool as 0/1. Lines contiguous in memory are scanned one by one (a single long line in
 * pieces over the worker pool); otherwise a block of lines advances together one row at a time.
 */
public final class ArgExtremum {

    private ArgExtremum() {
    }

    /**
     * Writes the index of each line's first extreme element into {@code out} (C order over the shape without
     * {@code axis}). Lines must be non-empty.
     */
    public static void run(HostBuffer buffer, int axis, long[] out, boolean max) {
        Object x = buffer.data();
        DType dtype = buffer.dtype();
        int[] shape = buffer.shape();
        int[] strides = buffer.strides();
        int offset = buffer.offset();
        int len = shape[axis];
        int[] outer = without(shape, axis);
        long lines = org.xpsci.xp.Axes.size(outer);
        if (lines == 0) {
            return;
        }
        Finder finder = dtype.isRealFloating() ? new RealFinder(max)
                : new IntegerFinder(max, dtype.isUnsignedInteger() ? Long.MIN_VALUE : 0);
        int xa = strides[axis];
        if (lines == 1 && len >= 2 * Reduction.GRAIN) {
            out[0] = parallelLine(finder, x, dtype, offset, xa, len);
            return;
        }
        boolean contiguousLines = innermost(shape, strides, axis);
        int grain = Math.max(1, Parallel.CHEAP_GRAIN / len);
        StridedLoop.run(outer, new int[][] {without(strides, axis), DlpackTensor.contiguousStrides(outer)},
                new int[] {offset, 0}, grain, () -> {
                    BlockInput in = new BlockInput(x, dtype, finder.kind());
                    Finder.Best best = finder.newBest(StridedLoop.BLOCK);
                    return (offs, st, n) -> {
                        if (contiguousLines) {
                            for (int j = 0; j < n; j++) {
                                best.reset(0);
                                line(finder, in, best, offs[0] + j * st[0], xa, len);
                                out[offs[1] + j * st[1]] = best.index(0);
                            }
                        } else {
                            columns(finder, in, best, offs[0], st[0], n, xa, len);
                            for (int j = 0; j < n; j++) {
                                out[offs[1] + j * st[1]] = best.index(j);
                            }
                        }
                    };
                });
    }

    /** Scans the len elements of one line into slot 0 of {@code best}. */
    private static void line(Finder finder, BlockInput in, Finder.Best best, int xo, int xa, int len) {
        for (int done = 0; done < len; done += StridedLoop.BLOCK) {
            int m = Math.min(StridedLoop.BLOCK, len - done);
            Object v = Runs.read(in, xo + done * xa, xa, m);
            finder.scanLine(best, v, in.at(), m, done);
        }
    }

    private static void columns(Finder finder, BlockInput in, Finder.Best best, int xo, int xs, int n, int xa,
                                int len) {
        for (int k = 0; k < len; k++) {
            Object v = Runs.read(in, xo + k * xa, xs, n);
            if (k == 0) {
                best.load(v, in.at(), n);
            } else {
                finder.scanColumns(best, v, in.at(), n, k);
            }
        }
    }

    private static long parallelLine(Finder finder, Object x, DType dtype, int offset, int xa, int len) {
        int pieces = (int) Math.min(Reduction.MAX_PIECES, len / Reduction.GRAIN);
        int per = (len + pieces - 1) / pieces;
        Finder.Best all = finder.newBest(pieces);
        Parallel.forEach(pieces, p -> {
            int s = p * per;
            int e = Math.min(len, s + per);
            BlockInput in = new BlockInput(x, dtype, finder.kind());
            Finder.Best best = finder.newBest(1);
            best.reset(0);
            line(finder, in, best, offset + s * xa, xa, e - s);
            all.copy(p, best, 0, s);
        });
        Finder.Best result = finder.newBest(1);
        result.reset(0);
        for (int p = 0; p < pieces; p++) {
            finder.mergeSlot(result, all, p);
        }
        return result.index(0);
    }

    /** Whether the axis has the smallest stride of x's axes (of length &gt; 1). */
    private static boolean innermost(int[] shape, int[] strides, int axis) {
        for (int i = 0; i < shape.length; i++) {
            if (i != axis && shape[i] > 1 && Math.abs(strides[i]) < Math.abs(strides[axis])) {
                return false;
            }
        }
        return true;
    }

    private static int[] without(int[] a, int axis) {
        int[] out = new int[a.length - 1];
        for (int i = 0, j = 0; i < a.length; i++) {
            if (i != axis) {
                out[j++] = a[i];
            }
        }
        return out;
    }

    /** The comparisons of one compute kind. */
    private abstract static class Finder {

        /** Best values and their indices for a block of lines; index -1 means nothing seen yet. */
        abstract static class Best {
            final long[] idx;

            Best(int n) {
                idx = new long[n];
            }

            long index(int i) {
                return idx[i];
            }

            void reset(int i) {
                idx[i] = -1;
            }

            /** Takes row 0 of a block of lines as the best so far. */
            abstract void load(Object v, int at, int n);

            /** Copies slot j of {@code from} into slot i, shifting its index by {@code shift}. */
            abstract void copy(int i, Best from, int j, long shift);
        }

        abstract Kind kind();

        abstract Best newBest(int n);

        /** Scans block v[at..at+n) of one line whose first element has index {@code base}, into slot 0. */
        abstract void scanLine(Best best, Object v, int at, int n, long base);

        /** Row k of a block of lines: slot i takes v[at+i] when it is strictly better. */
        abstract void scanColumns(Best best, Object v, int at, int n, long k);

        /** Slot 0 of {@code best} takes slot j of {@code other} when it is strictly better (or best is unset). */
        abstract void mergeSlot(Best best, Best other, int j);
    }

    private static final class RealFinder extends Finder {
        private final boolean max;

        RealFinder(boolean max) {
            this.max = max;
        }

        /** Whether v beats b: larger (smaller), or the first NaN. */
        private boolean better(double v, double b) {
            return (max ? v > b : v < b) || (v != v && b == b);
        }

        private static final class RealBest extends Best {
            final double[] val;

            RealBest(int n) {
                super(n);
                val = new double[n];
            }

            @Override
            void load(Object v, int at, int n) {
                System.arraycopy(v, at, val, 0, n);
                java.util.Arrays.fill(idx, 0, n, 0L);
            }

            @Override
            void copy(int i, Best from, int j, long shift) {
                val[i] = ((RealBest) from).val[j];
                idx[i] = from.idx[j] + shift;
            }
        }

        @Override
        Kind kind() {
            return Kind.DOUBLE;
        }

        @Override
        Best newBest(int n) {
            return new RealBest(n);
        }

        @Override
        void scanLine(Best best, Object v, int at, int n, long base) {
            double[] a = (double[]) v;
            RealBest b = (RealBest) best;
            int start = 0;
            if (b.idx[0] < 0) {
                b.val[0] = a[at];
                b.idx[0] = base;
                start = 1;
            }
            double bv = b.val[0];
            long bi = b.idx[0];
            for (int i = start; i < n; i++) {
                double x = a[at + i];
                if (better(x, bv)) {
                    bv = x;
                    bi = base + i;
                }
            }
            b.val[0] = bv;
            b.idx[0] = bi;
        }

        @Override
        void scanColumns(Best best, Object v, int at, int n, long k) {
            double[] a = (double[]) v;
            RealBest b = (RealBest) best;
            for (int i = 0; i < n; i++) {
                if (better(a[at + i], b.val[i])) {
                    b.val[i] = a[at + i];
                    b.idx[i] = k;
                }
            }
        }

        @Override
        void mergeSlot(Best best, Best other, int j) {
            RealBest b = (RealBest) best;
            RealBest o = (RealBest) other;
            if (o.idx[j] >= 0 && (b.idx[0] < 0 || better(o.val[j], b.val[0]))) {
                b.copy(0, o, j, 0);
            }
        }
    }

    private static final class IntegerFinder extends Finder {
        private final boolean max;
        private final long flip;

        IntegerFinder(boolean max, long flip) {
            this.max = max;
            this.flip = flip;
        }

        private boolean better(long v, long b) {
            return max ? (v ^ flip) > (b ^ flip) : (v ^ flip) < (b ^ flip);
        }

        private static final class IntegerBest extends Best {
            final long[] val;

            IntegerBest(int n) {
                super(n);
                val = new long[n];
            }

            @Override
            void load(Object v, int at, int n) {
                System.arraycopy(v, at, val, 0, n);
                java.util.Arrays.fill(idx, 0, n, 0L);
            }

            @Override
            void copy(int i, Best from, int j, long shift) {
                val[i] = ((IntegerBest) from).val[j];
                idx[i] = from.idx[j] + shift;
            }
        }

        @Override
        Kind kind() {
            return Kind.LONG;
        }

        @Override
        Best newBest(int n) {
            return new IntegerBest(n);
        }

        @Override
        void scanLine(Best best, Object v, int at, int n, long base) {
            long[] a = (long[]) v;
            IntegerBest b = (IntegerBest) best;
            int start = 0;
            if (b.idx[0] < 0) {
                b.val[0] = a[at];
                b.idx[0] = base;
                start = 1;
            }
            long bv = b.val[0];
            long bi = b.idx[0];
            for (int i = start; i < n; i++) {
                if (better(a[at + i], bv)) {
                    bv = a[at + i];
                    bi = base + i;
                }
            }
            b.val[0] = bv;
            b.idx[0] = bi;
        }

        @Override
        void scanColumns(Best best, Object v, int at, int n, long k) {
            long[] a = (long[]) v;
            IntegerBest b = (IntegerBest) best;
            for (int i = 0; i < n; i++) {
                if (better(a[at + i], b.val[i])) {
                    b.val[i] = a[at + i];
                    b.idx[i] = k;
                }
            }
        }

        @Override
        void mergeSlot(Best best, Best other, int j) {
            IntegerBest b = (IntegerBest) best;
            IntegerBest o = (IntegerBest) other;
            if (o.idx[j] >= 0 && (b.idx[0] < 0 || better(o.val[j], b.val[0]))) {
                b.copy(0, o, j, 0);
            }
        }
    }
}
