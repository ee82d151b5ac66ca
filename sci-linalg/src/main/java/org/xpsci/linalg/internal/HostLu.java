package org.xpsci.linalg.internal;

/**
 * LU factorisation with partial pivoting ({@code getrf}) of one row-major matrix in host memory, in place,
 * real or interleaved complex, and the solves from its factors ({@code getrs}). Pivots are chosen by |x| for
 * real and |re| + |im| for complex matrices, as LAPACK's {@code idamax}/{@code izamax} do; ties go to the first.
 */
final class HostLu {

    private HostLu() {
    }

    /**
     * Factors the m x n matrix at {@code a[off..]} in place.
     *
     * @param piv receives min(m, n) zero-based pivot rows
     * @return 0, or 1 + the index of the first exactly zero pivot
     */
    static int factor(double[] a, int off, int m, int n, boolean complex, int[] piv) {
        return complex ? factorComplex(a, off, m, n, piv) : factorReal(a, off, m, n, piv);
    }

    /**
     * Real LU on the matrix's rows as separate arrays, so the elimination loop {@code ri[c] -= l * rj[c]} is
     * indexed by its loop variable alone and C2 vectorises it.
     */
    private static int factorReal(double[] a, int off, int m, int n, int[] piv) {
        double[][] rows = new double[m][];
        for (int i = 0; i < m; i++) {
            rows[i] = java.util.Arrays.copyOfRange(a, off + i * n, off + (i + 1) * n);
        }
        int info = 0;
        int k = Math.min(m, n);
        for (int j = 0; j < k; j++) {
            int p = j;
            double best = Math.abs(rows[j][j]);
            for (int i = j + 1; i < m; i++) {
                double v = Math.abs(rows[i][j]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            piv[j] = p;
            double[] rj = rows[p];
            rows[p] = rows[j];
            rows[j] = rj;
            double d = rj[j];
            if (d == 0) {
                info = info == 0 ? j + 1 : info;
                continue;
            }
            for (int i = j + 1; i < m; i++) {
                double[] ri = rows[i];
                double l = ri[j] / d;
                ri[j] = l;
                for (int c = j + 1; c < n; c++) {
                    ri[c] -= l * rj[c];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            System.arraycopy(rows[i], 0, a, off + i * n, n);
        }
        return info;
    }

    private static int factorComplex(double[] a, int off, int m, int n, int[] piv) {
        int info = 0;
        int k = Math.min(m, n);
        int w = 2 * n;
        for (int j = 0; j < k; j++) {
            int p = j;
            double best = -1;
            for (int i = j; i < m; i++) {
                int e = off + i * w + 2 * j;
                double v = Math.abs(a[e]) + Math.abs(a[e + 1]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            piv[j] = p;
            swap(a, off + j * w, off + p * w, w);
            int dj = off + j * w + 2 * j;
            double dr = a[dj];
            double di = a[dj + 1];
            if (dr == 0 && di == 0) {
                info = info == 0 ? j + 1 : info;
                continue;
            }
            double mag = dr * dr + di * di;
            for (int i = j + 1; i < m; i++) {
                int ri = off + i * w;
                double xr = a[ri + 2 * j];
                double xi = a[ri + 2 * j + 1];
                double lr = (xr * dr + xi * di) / mag;
                double li = (xi * dr - xr * di) / mag;
                a[ri + 2 * j] = lr;
                a[ri + 2 * j + 1] = li;
                int rj = off + j * w;
                for (int c = 2 * (j + 1); c < w; c += 2) {
                    double ur = a[rj + c];
                    double ui = a[rj + c + 1];
                    a[ri + c] -= lr * ur - li * ui;
                    a[ri + c + 1] -= lr * ui + li * ur;
                }
            }
        }
        return info;
    }

    private static void swap(double[] a, int r1, int r2, int len) {
        if (r1 == r2) {
            return;
        }
        for (int c = 0; c < len; c++) {
            double t = a[r1 + c];
            a[r1 + c] = a[r2 + c];
            a[r2 + c] = t;
        }
    }

    /**
     * Solves op(A) X = B in place of the row-major n x nrhs B at {@code b[bOff..]}, from the factors of the
     * n x n A at {@code lu[off..]}; op is A, A^T or A^H.
     */
    static void solve(double[] lu, int off, int n, int[] piv, double[] b, int bOff, int nrhs, boolean complex,
                      org.xpsci.linalg.Trans trans) {
        int w = complex ? 2 : 1;
        int rowLen = w * nrhs;
        if (trans == org.xpsci.linalg.Trans.N) {
            for (int j = 0; j < n; j++) {
                swap(b, bOff + j * rowLen, bOff + piv[j] * rowLen, rowLen);
            }
            HostTriangular.solve(lu, off, n, n, 1, b, bOff, nrhs, complex, true, true, false);
            HostTriangular.solve(lu, off, n, n, 1, b, bOff, nrhs, complex, false, false, false);
        } else {
            boolean conj = trans == org.xpsci.linalg.Trans.C;
            // op(A) = U^op L^op P: solve with the transposed triangles (strides swapped), then undo the swaps
            HostTriangular.solve(lu, off, n, 1, n, b, bOff, nrhs, complex, true, false, conj);
            HostTriangular.solve(lu, off, n, 1, n, b, bOff, nrhs, complex, false, true, conj);
            for (int j = n - 1; j >= 0; j--) {
                swap(b, bOff + j * rowLen, bOff + piv[j] * rowLen, rowLen);
            }
        }
    }
}
