package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * {@code vecdot} of two C-contiguous arrays of one shape and one floating dtype in a single read of each:
 * {@code out[o, i] = sum over s of conj(x1[o, s, i]) x2[o, s, i]} (s along the contracted axis), accumulated in
 * float64 in the order of s, split over the pool by output elements (for x1 == x2, complex: the squares of real
 * and imaginary parts apart, then added). Other operands take the general path (a batch of matrix products
 * over a conjugated copy).
 */
final class FusedVecdot {

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
            for (long q = q0; q < q1; ) {
                long o = q / inner;
                int i0 = (int) (q - o * inner);
                int i1 = (int) Math.min(inner, q1 - o * inner);
                Arrays.fill(acc, 0, (i1 - i0) * w, 0);
                for (int s = 0; s < len; s++) {
                    int at = Math.toIntExact((o * len + s) * inner + i0);
                    if (self) {
                        addSquares(2 * (a.offset() + at), 2 * (i1 - i0), acc);
                    } else {
                        add(a.offset() + at, b.offset() + at, i1 - i0, acc);
                    }
                }
                if (self) {
                    pairSquares(acc, i1 - i0);
                }
                store(acc, Math.toIntExact(q), i1 - i0);
                q += i1 - i0;
            }
        }

        /**
         * x1 and x2 are one array: acc[j] += a[p + j]² over its n doubles or floats from slot p (real and
         * imaginary parts apart, a loop the JIT vectorises), which {@link #pairSquares} then adds up per element.
         */
        private void addSquares(int p, int n, double[] acc) {
            if (a.data() instanceof double[] x) {
                for (int j = 0; j < n; j++) {
                    acc[j] += x[p + j] * x[p + j];
                }
            } else {
                float[] x = (float[]) a.data();
                for (int j = 0; j < n; j++) {
                    double v = x[p + j];
                    acc[j] += v * v;
                }
            }
        }

        /** acc[2j] = acc[2j] + acc[2j + 1] and acc[2j + 1] = 0 for j < n: |x|² summed, imaginary part 0. */
        private static void pairSquares(double[] acc, int n) {
            for (int j = 0; j < n; j++) {
                acc[2 * j] += acc[2 * j + 1];
                acc[2 * j + 1] = 0;
            }
        }

        /** acc[j] += conj(a[ea + j]) b[eb + j] for j < n (element offsets). */
        private void add(int ea, int eb, int n, double[] acc) {
            if (a.data() instanceof double[] x && b.data() instanceof double[] y) {
                if (complex) {
                    addComplex(x, 2 * ea, y, 2 * eb, n, acc);
                } else {
                    for (int j = 0; j < n; j++) {
                        acc[j] += x[ea + j] * y[eb + j];
                    }
                }
            } else {
                float[] x = (float[]) a.data();
                float[] y = (float[]) b.data();
                if (complex) {
                    for (int j = 0, p = 2 * ea, r = 2 * eb; j < n; j++, p += 2, r += 2) {
                        acc[2 * j] += (double) x[p] * y[r] + (double) x[p + 1] * y[r + 1];
                        acc[2 * j + 1] += (double) x[p] * y[r + 1] - (double) x[p + 1] * y[r];
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        acc[j] += (double) x[ea + j] * y[eb + j];
                    }
                }
            }
        }

        private static void addComplex(double[] x, int p0, double[] y, int r0, int n, double[] acc) {
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
