package org.xpsci.xp.cpu.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * NumPy's pairwise summation ({@code pairwise_sum} in NumPy's {@code loops_utils.h}), step for step, so that a
 * float64 or complex128 run sums to NumPy's result to the last bit: runs of at most 128 values (64 complex)
 * are added with eight accumulators, longer runs are split in two at a multiple of 8 and the halves added.
 * The rounding error grows like O(log n)·eps rather than O(n)·eps. Large runs split along the same tree over
 * the worker pool, so the parallel sum equals the serial one exactly.
 */
public final class PairwiseSum {

    /** Runs of at most this many doubles are summed directly (NumPy's {@code PW_BLOCKSIZE}). */
    static final int LEAF = 128;

    /**
     * Supplies the values of a run as unit-stride doubles (interleaved pairs for complex runs), at most
     * {@link StridedLoop#BLOCK} elements at a time: straight from storage, converted, or transformed.
     */
    public abstract static class Values {

        /** The array the last {@link #load} left its values in. */
        protected double[] array;
        /** Set instead of {@link #array} when the values are float32 storage read in place (real runs only). */
        protected float[] floats;

        /** Loads n elements starting at element {@code off}, {@code stride} apart; returns where they start. */
        protected abstract int load(int off, int stride, int n);
    }

    /**
     * Values of storage of any dtype read through a {@link BlockInput} of kind DOUBLE or COMPLEX: in place for
     * float64 and complex128, and for contiguous float32 (summed with double accumulators), else converted.
     */
    public static final class BlockValues extends Values {

        private final BlockInput in;
        private final float[] float32;

        /** Values of {@code data} (of {@code dtype}) read in {@code kind}, DOUBLE or COMPLEX. */
        public BlockValues(Object data, org.xpsci.xp.DType dtype, Kind kind) {
            this.in = new BlockInput(data, dtype, kind);
            this.float32 = kind == Kind.DOUBLE && dtype == org.xpsci.xp.DType.FLOAT32 ? (float[]) data : null;
        }

        @Override
        protected int load(int off, int stride, int n) {
            if (float32 != null && stride == 1) {
                floats = float32;
                return off;
            }
            floats = null;
            array = (double[]) Runs.read(in, off, stride, n);
            return in.at();
        }
    }

    private PairwiseSum() {
    }

    // ---- real ---------------------------------------------------------------------------------------

    /** The pairwise sum of the run of n values at {@code off}, {@code stride} apart. */
    public static double sum(Values v, int off, int stride, int n) {
        if (n <= StridedLoop.BLOCK) {
            int at = v.load(off, stride, n);
            return v.floats != null ? sum(v.floats, at, n) : sum(v.array, at, n);
        }
        int n2 = split(n);
        return sum(v, off, stride, n2) + sum(v, off + n2 * stride, stride, n - n2);
    }

    /** The pairwise sum of {@code a[off .. off+n)}. */
    public static double sum(double[] a, int off, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= LEAF) {
            return leaf(a, off, n);
        }
        int n2 = split(n);
        return sum(a, off, n2) + sum(a, off + n2, n - n2);
    }

    private static double leaf(double[] a, int off, int n) {
        double r0 = a[off], r1 = a[off + 1], r2 = a[off + 2], r3 = a[off + 3];
        double r4 = a[off + 4], r5 = a[off + 5], r6 = a[off + 6], r7 = a[off + 7];
        int end = n - n % 8;
        int i = 8;
        for (; i < end; i += 8) {
            int p = off + i;
            r0 += a[p];
            r1 += a[p + 1];
            r2 += a[p + 2];
            r3 += a[p + 3];
            r4 += a[p + 4];
            r5 += a[p + 5];
            r6 += a[p + 6];
            r7 += a[p + 7];
        }
        double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        for (; i < n; i++) {
            res += a[off + i];
        }
        return res;
    }

    /** {@link #sum(double[], int, int)} over float32 storage, accumulating in double. */
    public static double sum(float[] a, int off, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= LEAF) {
            return leaf(a, off, n);
        }
        int n2 = split(n);
        return sum(a, off, n2) + sum(a, off + n2, n - n2);
    }

    private static double leaf(float[] a, int off, int n) {
        double r0 = a[off], r1 = a[off + 1], r2 = a[off + 2], r3 = a[off + 3];
        double r4 = a[off + 4], r5 = a[off + 5], r6 = a[off + 6], r7 = a[off + 7];
        int end = n - n % 8;
        int i = 8;
        for (; i < end; i += 8) {
            int p = off + i;
            r0 += a[p];
            r1 += a[p + 1];
            r2 += a[p + 2];
            r3 += a[p + 3];
            r4 += a[p + 4];
            r5 += a[p + 5];
            r6 += a[p + 6];
            r7 += a[p + 7];
        }
        double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        for (; i < n; i++) {
            res += a[off + i];
        }
        return res;
    }

    /** Where NumPy splits a real run longer than {@link #LEAF}: half, rounded down to a multiple of 8. */
    static int split(int n) {
        int n2 = n / 2;
        return n2 - n2 % 8;
    }

    // ---- complex ------------------------------------------------------------------------------------

    /**
     * The pairwise sum of a run of n complex values; the real part goes to {@code res[0]}, the imaginary part
     * to {@code res[1]}.
     */
    public static void sumComplex(Values v, int off, int stride, int n, double[] res) {
        if (n <= StridedLoop.BLOCK) {
            int at = v.load(off, stride, n);
            sumComplex(v.array, at, n, res);
            return;
        }
        int n2 = splitComplex(n);
        sumComplex(v, off, stride, n2, res);
        double re = res[0];
        double im = res[1];
        sumComplex(v, off + n2 * stride, stride, n - n2, res);
        res[0] = re + res[0];
        res[1] = im + res[1];
    }

    /** The pairwise sum of the interleaved complex values {@code a[2*off .. 2*(off+n))} into {@code res}. */
    public static void sumComplex(double[] a, int off, int n, double[] res) {
        if (2 * n < 8) {
            double rr = -0.0;
            double ri = -0.0;
            for (int i = 0; i < n; i++) {
                rr += a[2 * (off + i)];
                ri += a[2 * (off + i) + 1];
            }
            res[0] = rr;
            res[1] = ri;
            return;
        }
        if (2 * n <= LEAF) {
            leafComplex(a, off, n, res);
            return;
        }
        int n2 = splitComplex(n);
        sumComplex(a, off, n2, res);
        double re = res[0];
        double im = res[1];
        sumComplex(a, off + n2, n - n2, res);
        res[0] = re + res[0];
        res[1] = im + res[1];
    }

    private static void leafComplex(double[] a, int off, int n, double[] res) {
        int b = 2 * off;
        double r0 = a[b], r1 = a[b + 1], r2 = a[b + 2], r3 = a[b + 3];
        double r4 = a[b + 4], r5 = a[b + 5], r6 = a[b + 6], r7 = a[b + 7];
        int end = n - n % 4;
        int i = 4;
        for (; i < end; i += 4) {
            int p = b + 2 * i;
            r0 += a[p];
            r1 += a[p + 1];
            r2 += a[p + 2];
            r3 += a[p + 3];
            r4 += a[p + 4];
            r5 += a[p + 5];
            r6 += a[p + 6];
            r7 += a[p + 7];
        }
        double rr = (r0 + r2) + (r4 + r6);
        double ri = (r1 + r3) + (r5 + r7);
        for (; i < n; i++) {
            rr += a[b + 2 * i];
            ri += a[b + 2 * i + 1];
        }
        res[0] = rr;
        res[1] = ri;
    }

    /** Where NumPy splits a complex run (it counts doubles: half of 2n, rounded down to a multiple of 8). */
    static int splitComplex(int n) {
        return (n - n % 8) / 2;
    }

    // ---- parallel -----------------------------------------------------------------------------------

    /**
     * {@link #sum(Values, int, int, int)} with the top of the tree cut into about {@code pieces} subtrees that
     * the worker pool sums; they are added back in the tree's order, so the result is the serial one.
     */
    public static double sumParallel(Supplier<Values> values, int off, int stride, int n, int pieces) {
        List<int[]> tasks = new ArrayList<>();
        int depth = depthFor(pieces);
        collect(0, n, depth, false, tasks);
        double[] parts = new double[tasks.size()];
        Parallel.forEach(tasks.size(), t -> {
            int[] task = tasks.get(t);
            parts[t] = sum(values.get(), off + task[0] * stride, stride, task[1]);
        });
        return combine(n, depth, false, parts, new int[1]);
    }

    /** {@link #sumComplex(Values, int, int, int, double[])} over the worker pool, with the serial result. */
    public static void sumComplexParallel(Supplier<Values> values, int off, int stride, int n, int pieces,
                                          double[] res) {
        List<int[]> tasks = new ArrayList<>();
        int depth = depthFor(pieces);
        collect(0, n, depth, true, tasks);
        double[] re = new double[tasks.size()];
        double[] im = new double[tasks.size()];
        Parallel.forEach(tasks.size(), t -> {
            int[] task = tasks.get(t);
            double[] r = new double[2];
            sumComplex(values.get(), off + task[0] * stride, stride, task[1], r);
            re[t] = r[0];
            im[t] = r[1];
        });
        res[0] = combine(n, depth, true, re, new int[1]);
        res[1] = combine(n, depth, true, im, new int[1]);
    }

    private static int depthFor(int pieces) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, pieces - 1));
    }

    private static boolean splits(int n, boolean complex) {
        return complex ? 2 * n > LEAF : n > LEAF;
    }

    private static void collect(int start, int n, int depth, boolean complex, List<int[]> tasks) {
        if (depth == 0 || !splits(n, complex)) {
            tasks.add(new int[] {start, n});
            return;
        }
        int n2 = complex ? splitComplex(n) : split(n);
        collect(start, n2, depth - 1, complex, tasks);
        collect(start + n2, n - n2, depth - 1, complex, tasks);
    }

    private static double combine(int n, int depth, boolean complex, double[] parts, int[] next) {
        if (depth == 0 || !splits(n, complex)) {
            return parts[next[0]++];
        }
        int n2 = complex ? splitComplex(n) : split(n);
        double left = combine(n2, depth - 1, complex, parts, next);
        double right = combine(n - n2, depth - 1, complex, parts, next);
        return left + right;
    }
}
