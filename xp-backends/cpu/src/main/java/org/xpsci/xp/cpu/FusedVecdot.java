package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * {@code vecdot} of two C-contiguous arrays of one shape and one floating dtype in a single read of each:
 * {@code out[o, i] = sum over s of conj(x1[o, s, i]) x2[o, s, i]} (s along the contracted axis), accumulated in
 * float64 in the order of s, split over the pool by output elements (for x1 == x2, complex: the squares of real
 * and imaginary parts apart, then added). float32 and complex64 add up to {@link #FLOAT_RUN} products in float32
 * (a loop the JIT vectorises, where one that widens each product to float64 stays scalar) and each such partial
 * sum in float64: more accurate than NumPy, which sums in float32 throughout. Other operands take the general
 * path (a batch of matrix products over a conjugated copy).
 */
final class FusedVecdot {

    /** How many float32 products are summed in float32 before the partial sum joins the float64 total. */
    static final int FLOAT_RUN = 8;

    private FusedVecdot() {
    }

    /** Whether the fused loop handles these operands. */
    static boolean applies(CpuArray a, CpuArray b) {
        DType d = a.dtype();
        return d == b.dtype() && (d.isRealFloating() || d.isComplexFloating()) && a.ndim() > 0
                && Arrays.equals(a.shapeRef(), b.shapeRef()) && a.isContiguous() && b.isContiguous();
    }

    /** vecdot along axis {@code ax} (normalised) of operands for which {@link #applies} holds. */
    static CpuArray run(CpuNamespace ns, CpuArray a, CpuArray b, int ax) {
        int[] shape = a.shapeRef();
        int len = shape[ax];
        long inner = 1;
        for (int k = ax + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        int[] outShape = new int[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != ax) {
                outShape[j++] = shape[k];
            }
        }
        CpuArray out = CpuArray.allocate(ns, a.dtype(), outShape);
        long total = out.size();
        if (total == 0) {
            return out;
        }
        Columns job = new Columns(a, b, out, len, Math.toIntExact(inner), a.dtype().isComplexFloating());
        int chunks = (int) Math.min(total, Parallel.chunks(total * Math.max(len, 1), Parallel.CHEAP_GRAIN));
        long per = (total + chunks - 1) / chunks;
        Parallel.forEach(chunks, c -> job.range(c * per, Math.min(total, (c + 1) * per)));
        return out;
    }

    /** The sums for output elements q0 .. q1 - 1, one run of neighbouring columns i at a time. */
    private record Columns(CpuArray a, CpuArray b, CpuArray out, int len, int inner, boolean complex) {

        void range(long q0, long q1) {
            int w = complex ? 2 : 1;
            boolean self = complex && a.data() == b.data() && a.offset() == b.offset();
            double[] acc = new double[(int) Math.min(inner, q1 - q0) * w];
            float[] part = a.data() instanceof float[] ? new float[acc.length] : null;
            for (long q = q0; q < q1; ) {
                long o = q / inner;
                int i0 = (int) (q - o * inner);
                int i1 = (int) Math.min(inner, q1 - o * inner);
                int n = i1 - i0;
                Arrays.fill(acc, 0, n * w, 0);
                int first = Math.toIntExact(o * len * inner + i0);
                if (part == null) {
                    sumDoubles(first, n, self, acc);
                } else {
                    sumFloats(first, n, self, part, acc);
                }
                if (self) {
                    pairSquares(acc, n);
                }
                store(acc, Math.toIntExact(q), n);
                q += n;
            }
        }

        /** Adds into acc the products of rows s = 0 .. len - 1 over columns first .. first + n - 1 (float64). */
        private void sumDoubles(int first, int n, boolean self, double[] acc) {
            double[] x = (double[]) a.data();
            double[] y = (double[]) b.data();
            for (int s = 0; s < len; s++) {
                int at = first + s * inner;
                if (self) {
                    addSquares(x, 2 * (a.offset() + at), 2 * n, acc);
                } else if (complex) {
                    addComplex(x, 2 * (a.offset() + at), y, 2 * (b.offset() + at), n, acc);
                } else {
                    addReal(x, a.offset() + at, y, b.offset() + at, n, acc);
                }
            }
        }

        /**
         * As {@link #sumDoubles} for float32 and complex64: runs of {@link #FLOAT_RUN} rows summed in float32 into
         * {@code part}, each run's sums then added into acc.
         */
        private void sumFloats(int first, int n, boolean self, float[] part, double[] acc) {
            float[] x = (float[]) a.data();
            float[] y = (float[]) b.data();
            int width = (complex ? 2 : 1) * n;
            for (int s0 = 0; s0 < len; s0 += FLOAT_RUN) {
                Arrays.fill(part, 0, width, 0);
                for (int s = s0; s < Math.min(len, s0 + FLOAT_RUN); s++) {
                    int at = first + s * inner;
                    if (self) {
                        addSquares(x, 2 * (a.offset() + at), 2 * n, part);
                    } else if (complex) {
                        addComplex(x, 2 * (a.offset() + at), y, 2 * (b.offset() + at), n, part);
                    } else {
                        addReal(x, a.offset() + at, y, b.offset() + at, n, part);
                    }
                }
                for (int j = 0; j < width; j++) {
                    acc[j] += part[j];
                }
            }
        }

        /**
         * x1 and x2 are one array: acc[j] += x[p + j]² over n values from slot p (real and imaginary parts apart, a
         * loop the JIT vectorises), which {@link #pairSquares} then adds up per element.
         */
        private static void addSquares(double[] x, int p, int n, double[] acc) {
            for (int j = 0; j < n; j++) {
                acc[j] += x[p + j] * x[p + j];
            }
        }

        /** As above in float32. */
        private static void addSquares(float[] x, int p, int n, float[] acc) {
            for (int j = 0; j < n; j++) {
                acc[j] += x[p + j] * x[p + j];
            }
        }

        /** acc[2j] = acc[2j] + acc[2j + 1] and acc[2j + 1] = 0 for j < n: |x|² summed, imaginary part 0. */
        private static void pairSquares(double[] acc, int n) {
            for (int j = 0; j < n; j++) {
                acc[2 * j] += acc[2 * j + 1];
                acc[2 * j + 1] = 0;
            }
        }

        /** acc[j] += x[p + j] y[r + j] for j < n (real). */
        private static void addReal(double[] x, int p, double[] y, int r, int n, double[] acc) {
            for (int j = 0; j < n; j++) {
                acc[j] += x[p + j] * y[r + j];
            }
        }

        /** As above in float32. */
        private static void addReal(float[] x, int p, float[] y, int r, int n, float[] acc) {
            for (int j = 0; j < n; j++) {
                acc[j] += x[p + j] * y[r + j];
            }
        }

        /** acc[j] += conj(x[j]) y[j] for j < n, complex values interleaved from slots p0 and r0. */
        private static void addComplex(double[] x, int p0, double[] y, int r0, int n, double[] acc) {
            for (int j = 0, p = p0, r = r0; j < n; j++, p += 2, r += 2) {
                acc[2 * j] += x[p] * y[r] + x[p + 1] * y[r + 1];
                acc[2 * j + 1] += x[p] * y[r + 1] - x[p + 1] * y[r];
            }
        }

        /** As above in float32. */
        private static void addComplex(float[] x, int p0, float[] y, int r0, int n, float[] acc) {
            for (int j = 0, p = p0, r = r0; j < n; j++, p += 2, r += 2) {
                acc[2 * j] += x[p] * y[r] + x[p + 1] * y[r + 1];
                acc[2 * j + 1] += x[p] * y[r + 1] - x[p + 1] * y[r];
            }
        }

        /** out elements q .. q + n - 1 from acc (rounded to float32 for float32 and complex64). */
        private void store(double[] acc, int q, int n) {
            int w = complex ? 2 : 1;
            if (out.data() instanceof double[] o) {
                System.arraycopy(acc, 0, o, w * q, w * n);
            } else {
                float[] o = (float[]) out.data();
                for (int j = 0; j < w * n; j++) {
                    o[w * q + j] = (float) acc[j];
                }
            }
        }
    }
}
