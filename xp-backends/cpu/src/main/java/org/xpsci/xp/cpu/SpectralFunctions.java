package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;
import org.xpsci.xp.SvdResult;

/**
 * The functions of the linalg extension built on the singular values: {@code matrix_rank} and {@code pinv},
 * with NumPy's default tolerance max(M, N) * eps of the dtype relative to the largest singular value.
 */
final class SpectralFunctions {

    private final CpuNamespace ns;
    private final Decompositions decompositions;

    SpectralFunctions(CpuNamespace ns, Decompositions decompositions) {
        this.ns = ns;
        this.decompositions = decompositions;
    }

    CpuArray matrixRank(CpuArray x, Double rtol) {
        MatrixChecks.stacked("matrix_rank", x);
        int m = Decompositions.rows(x);
        int n = Decompositions.cols(x);
        int k = Math.min(m, n);
        CpuArray s = ns.dataTypes().copy(decompositions.svdvals(x), DType.FLOAT64);
        double[] v = (double[]) s.data();
        double rel = relativeTolerance(x, rtol, m, n);
        int count = Decompositions.count(x);
        CpuArray out = CpuArray.allocate(ns, DType.INT64, MatrixStack.batchShape(x));
        long[] r = (long[]) out.data();
        for (int b = 0; b < count; b++) {
            double cut = k == 0 ? 0 : v[b * k] * rel;
            long rank = 0;
            for (int j = 0; j < k; j++) {
                rank += v[b * k + j] > cut ? 1 : 0;
            }
            r[b] = rank;
        }
        return out;
    }

    /** {@code pinv}: V diag(1/s) U^H over the singular values above the cut-off. */
    CpuArray pinv(CpuArray x, Double rtol) {
        MatrixChecks.stacked("pinv", x);
        int m = Decompositions.rows(x);
        int n = Decompositions.cols(x);
        int k = Math.min(m, n);
        int[] batch = MatrixStack.batchShape(x);
        DType dt = MatrixChecks.floating(x.dtype());
        if (k == 0) {
            return CpuArray.allocate(ns, dt, Decompositions.withTail(batch, n, m));
        }
        SvdResult svd = decompositions.svd(x, false);
        CpuArray s = ns.dataTypes().copy((CpuArray) svd.s(), DType.FLOAT64);
        double[] sv = (double[]) s.data();
        double rel = relativeTolerance(x, rtol, m, n);
        int count = Decompositions.count(x);
        double[] scale = new double[count * k];
        for (int b = 0; b < count; b++) {
            double cut = sv[b * k] * rel;
            for (int j = 0; j < k; j++) {
                double v = sv[b * k + j];
                scale[b * k + j] = v > cut ? 1 / v : 0;
            }
        }
        // rows of V^H scaled by 1/s, then (scaled V^H)^H @ U^H
        CpuArray vh = (CpuArray) svd.vh();
        CpuArray u = (CpuArray) svd.u();
        scaleRows(vh, scale, n);
        CpuArray left = conjugateTranspose(vh);
        CpuArray right = conjugateTranspose(u);
        return ns.linearAlgebra().product(left, right, batch, dt);
    }

    /** Multiplies row i of every (rows x cols) matrix of the contiguous stack by scale[i] (complex: both parts). */
    private static void scaleRows(CpuArray a, double[] scale, int cols) {
        int w = a.dtype().isComplexFloating() ? 2 : 1;
        int rowLen = w * cols;
        for (int r = 0; r < scale.length; r++) {
            double f = scale[r];
            int base = r * rowLen;
            if (a.data() instanceof double[] d) {
                for (int j = 0; j < rowLen; j++) {
                    d[base + j] *= f;
                }
            } else {
                float[] d = (float[]) a.data();
                for (int j = 0; j < rowLen; j++) {
                    d[base + j] = (float) (d[base + j] * f);
                }
            }
        }
    }

    private CpuArray conjugateTranspose(CpuArray a) {
        CpuArray c = a.dtype().isComplexFloating() ? ns.linearAlgebra().conjugateCopy(a, a.dtype()) : a;
        return ns.manipulation().matrixTranspose(c);
    }

    private static double relativeTolerance(CpuArray x, Double rtol, int m, int n) {
        if (rtol != null) {
            return rtol;
        }
        return Math.max(m, n) * MatrixChecks.floating(x.dtype()).toReal().finfo().eps();
    }
}
