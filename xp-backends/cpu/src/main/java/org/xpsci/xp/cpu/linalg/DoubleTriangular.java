package org.xpsci.xp.cpu.linalg;

/**
 * Triangular solves {@code T X = B} in place of B on float64 storage (BLAS {@code dtrsm}, left side). T is a
 * strided view, so a transposed factor is the same call with its strides swapped; B is row-major with
 * {@code ldb} elements between rows. Blocked: each block of {@link #NB} rows first subtracts the product of
 * the rows already solved (one {@link DoubleGemm} call), then solves its small triangle by row operations.
 *
 * <p>The float32 twin, {@code FloatTriangular}, is generated from this file by the build.
 */
public final class DoubleTriangular {

    /** Rows per block. */
    static final int NB = 64;

    private DoubleTriangular() {
    }

    /** Solves {@code L X = B} with L lower triangular (unit diagonal when {@code unit}) of order n. */
    public static void lower(int n, int nrhs, boolean unit, double[] t, int tOff, int tRs, int tCs,
                             double[] b, int bOff, int ldb, boolean parallel) {
        for (int i0 = 0; i0 < n; i0 += NB) {
            int ib = Math.min(NB, n - i0);
            if (i0 > 0) {
                DoubleGemm.gemm(ib, nrhs, i0, -1, t, tOff + i0 * tRs, tRs, tCs, b, bOff, ldb, 1,
                        b, bOff + i0 * ldb, ldb, 1, parallel);
            }
            for (int i = i0; i < i0 + ib; i++) {
                int bi = bOff + i * ldb;
                for (int p = i0; p < i; p++) {
                    axpy(nrhs, -t[tOff + i * tRs + p * tCs], b, bOff + p * ldb, b, bi);
                }
                if (!unit) {
                    scale(nrhs, t[tOff + i * tRs + i * tCs], b, bi);
                }
            }
        }
    }

    /** Solves {@code U X = B} with U upper triangular (unit diagonal when {@code unit}) of order n. */
    public static void upper(int n, int nrhs, boolean unit, double[] t, int tOff, int tRs, int tCs,
                             double[] b, int bOff, int ldb, boolean parallel) {
        int last = ((n - 1) / NB) * NB;
        for (int i0 = last; i0 >= 0; i0 -= NB) {
            int ib = Math.min(NB, n - i0);
            int done = i0 + ib;
            if (done < n) {
                DoubleGemm.gemm(ib, nrhs, n - done, -1, t, tOff + i0 * tRs + done * tCs, tRs, tCs,
                        b, bOff + done * ldb, ldb, 1, b, bOff + i0 * ldb, ldb, 1, parallel);
            }
            for (int i = done - 1; i >= i0; i--) {
                int bi = bOff + i * ldb;
                for (int p = i + 1; p < done; p++) {
                    axpy(nrhs, -t[tOff + i * tRs + p * tCs], b, bOff + p * ldb, b, bi);
                }
                if (!unit) {
                    scale(nrhs, t[tOff + i * tRs + i * tCs], b, bi);
                }
            }
        }
    }

    private static void axpy(int n, double alpha, double[] x, int xOff, double[] y, int yOff) {
        for (int j = 0; j < n; j++) {
            y[yOff + j] += alpha * x[xOff + j];
        }
    }

    private static void scale(int n, double divisor, double[] y, int yOff) {
        for (int j = 0; j < n; j++) {
            y[yOff + j] /= divisor;
        }
    }
}
