package org.xpsci.xp.cpu.linalg;

/**
 * LU factorisation with partial pivoting, {@code P A = L U}, in place on row-major float64 storage (LAPACK
 * {@code dgetrf}), and the solves that use it ({@code dgetrs}). Blocked right-looking: each panel of
 * {@link #NB} columns is factored by row operations, its block row of U comes from a triangular solve, and
 * the trailing matrix is updated by one {@link DoubleGemm} call, so large factorisations run at GEMM speed.
 *
 * <p>Pivots follow LAPACK's {@code ipiv}, zero-based: at step j rows j and {@code piv[j]} were swapped.
 *
 * <p>The float32 twin, {@code FloatLu}, is generated from this file by the build.
 */
public final class DoubleLu {

    /** Columns per panel. */
    static final int NB = 64;

    private DoubleLu() {
    }

    /**
     * Factors the m x n matrix at {@code a[off + i*lda + j]} in place: L below the diagonal (unit diagonal
     * implied), U on and above it.
     *
     * @param piv receives min(m, n) pivot rows
     * @return 0, or 1 + the index of the first exactly zero pivot (the factorisation is still completed)
     */
    public static int factor(int m, int n, double[] a, int off, int lda, int[] piv, boolean parallel) {
        int kmax = Math.min(m, n);
        int info = 0;
        for (int j0 = 0; j0 < kmax; j0 += NB) {
            int jb = Math.min(NB, kmax - j0);
            int panelInfo = panel(m, n, j0, jb, a, off, lda, piv);
            if (info == 0 && panelInfo > 0) {
                info = panelInfo;
            }
            int right = j0 + jb;
            if (right < n) {
                DoubleTriangular.lower(jb, n - right, true, a, off + j0 * lda + j0, lda, 1,
                        a, off + j0 * lda + right, lda, parallel);
                if (right < m) {
                    DoubleGemm.gemm(m - right, n - right, jb, -1, a, off + right * lda + j0, lda, 1,
                            a, off + j0 * lda + right, lda, 1, a, off + right * lda + right, lda, 1, parallel);
                }
            }
        }
        return info;
    }

    /** Factors columns j0..j0+jb of rows j0..m by row operations, swapping whole rows. */
    private static int panel(int m, int n, int j0, int jb, double[] a, int off, int lda, int[] piv) {
        int info = 0;
        int end = j0 + jb;
        for (int j = j0; j < end; j++) {
            int p = j;
            double best = Math.abs(a[off + j * lda + j]);
            for (int i = j + 1; i < m; i++) {
                double v = Math.abs(a[off + i * lda + j]);
                if (v > best || (best != best)) {
                    best = v;
                    p = i;
                }
            }
            piv[j] = p;
            if (p != j) {
                swapRows(a, off + j * lda, off + p * lda, n);
            }
            double d = a[off + j * lda + j];
            if (d == 0) {
                if (info == 0) {
                    info = j + 1;
                }
                continue;
            }
            int rj = off + j * lda;
            for (int i = j + 1; i < m; i++) {
                int ri = off + i * lda;
                double l = a[ri + j] / d;
                a[ri + j] = l;
                for (int c = j + 1; c < end; c++) {
                    a[ri + c] -= l * a[rj + c];
                }
            }
        }
        return info;
    }

    private static void swapRows(double[] a, int r1, int r2, int n) {
        for (int c = 0; c < n; c++) {
            double t = a[r1 + c];
            a[r1 + c] = a[r2 + c];
            a[r2 + c] = t;
        }
    }

    /**
     * Solves {@code A X = B} (or {@code A^T X = B} when {@code transpose}) in place of the row-major n x nrhs
     * B, given the factors of the n x n A.
     */
    public static void solve(int n, double[] lu, int off, int lda, int[] piv, double[] b, int bOff, int ldb,
                             int nrhs, boolean transpose, boolean parallel) {
        if (!transpose) {
            permute(n, piv, b, bOff, ldb, nrhs, false);
            DoubleTriangular.lower(n, nrhs, true, lu, off, lda, 1, b, bOff, ldb, parallel);
            DoubleTriangular.upper(n, nrhs, false, lu, off, lda, 1, b, bOff, ldb, parallel);
        } else {
            DoubleTriangular.lower(n, nrhs, false, lu, off, 1, lda, b, bOff, ldb, parallel);
            DoubleTriangular.upper(n, nrhs, true, lu, off, 1, lda, b, bOff, ldb, parallel);
            permute(n, piv, b, bOff, ldb, nrhs, true);
        }
    }

    /** Applies the row interchanges to B (forward), or their inverse (backward). */
    static void permute(int n, int[] piv, double[] b, int bOff, int ldb, int nrhs, boolean backward) {
        int k = Math.min(n, piv.length);
        if (!backward) {
            for (int j = 0; j < k; j++) {
                if (piv[j] != j) {
                    swapRows(b, bOff + j * ldb, bOff + piv[j] * ldb, nrhs);
                }
            }
        } else {
            for (int j = k - 1; j >= 0; j--) {
                if (piv[j] != j) {
                    swapRows(b, bOff + j * ldb, bOff + piv[j] * ldb, nrhs);
                }
            }
        }
    }
}
