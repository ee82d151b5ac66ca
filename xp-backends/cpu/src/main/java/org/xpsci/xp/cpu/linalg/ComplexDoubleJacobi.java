package org.xpsci.xp.cpu.linalg;

/**
 * Jacobi methods on interleaved complex128 storage, where EJML has no complex eigensolver or SVD: the cyclic
 * two-sided method for Hermitian eigenproblems and the one-sided (Hestenes) method for the SVD. Each rotation
 * is a real Jacobi rotation after a phase that makes the pivot real; sweeps repeat until every pair is
 * orthogonal to working precision. Both cost O(n^3) per sweep (typically 6 to 10 sweeps) and are accurate to
 * high relative precision. Offsets are in complex elements; matrices are row-major.
 *
 * <p>The complex64 twin, {@code ComplexFloatJacobi}, is generated from this file by the build.
 */
@SuppressWarnings("cast") // (double) casts of Math results become the (float) casts the float32 twin needs
public final class ComplexDoubleJacobi {

    private static final double EPS = Math.ulp((double) 1);
    private static final int MAX_SWEEPS = 80;

    private ComplexDoubleJacobi() {
    }

    /**
     * Eigenvalues (ascending) and optionally eigenvectors (columns of the n x n {@code v}) of the Hermitian
     * matrix whose lower triangle is at {@code a}; a is overwritten.
     *
     * @return false when the sweeps did not converge
     */
    public static boolean eigh(int n, double[] a, int off, double[] w, int wOff, double[] v, int vOff) {
        int base = 2 * off;
        int row = 2 * n;
        for (int i = 0; i < n; i++) {
            a[base + i * row + 2 * i + 1] = 0;
            for (int j = i + 1; j < n; j++) {
                a[base + i * row + 2 * j] = a[base + j * row + 2 * i];
                a[base + i * row + 2 * j + 1] = -a[base + j * row + 2 * i + 1];
            }
        }
        double[] vt = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            vt[i * row + 2 * i] = 1;
        }
        double floor = frobenius(a, base, n * n) * EPS * EPS;
        boolean converged = false;
        for (int sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
            converged = true;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (rotateHermitian(n, a, base, vt, p, q, floor)) {
                        converged = false;
                    }
                }
            }
        }
        if (!converged) {
            return false;
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[base + i * row + 2 * i];
        }
        int[] order = order(values, true);
        for (int i = 0; i < n; i++) {
            w[wOff + i] = values[order[i]];
        }
        if (v != null) {
            for (int c = 0; c < n; c++) {
                int src = order[c] * row;
                for (int r = 0; r < n; r++) {
                    v[2 * vOff + r * row + 2 * c] = vt[src + 2 * r];
                    v[2 * vOff + r * row + 2 * c + 1] = vt[src + 2 * r + 1];
                }
            }
        }
        return true;
    }

    /** One rotation of the (p, q) plane of A (and of the rows p, q of V^T); false when already negligible. */
    private static boolean rotateHermitian(int n, double[] a, int base, double[] vt, int p, int q, double floor) {
        int row = 2 * n;
        int pq = base + p * row + 2 * q;
        double gr = a[pq];
        double gi = a[pq + 1];
        double g = (double) Math.hypot(gr, gi);
        double app = a[base + p * row + 2 * p];
        double aqq = a[base + q * row + 2 * q];
        if (g <= floor || g <= EPS * (double) Math.sqrt(Math.abs(app * aqq)) * (double) 0.5) {
            return false;
        }
        double[] cs = rotation(app, aqq, g);
        double c = cs[0];
        double s = cs[1];
        double er = gr / g;
        double ei = -gi / g;
        // columns: a_p' = c a_p - s e a_q ; a_q' = s a_p + c e a_q, with e = exp(-i phi)
        for (int r = 0; r < n; r++) {
            int ip = base + r * row + 2 * p;
            int iq = base + r * row + 2 * q;
            double pr = a[ip];
            double pi = a[ip + 1];
            double qr = er * a[iq] - ei * a[iq + 1];
            double qi = er * a[iq + 1] + ei * a[iq];
            a[ip] = c * pr - s * qr;
            a[ip + 1] = c * pi - s * qi;
            a[iq] = s * pr + c * qr;
            a[iq + 1] = s * pi + c * qi;
        }
        // rows: a_p' = c a_p - s conj(e) a_q ; a_q' = s a_p + c conj(e) a_q
        rotateRows(a, base + p * row, base + q * row, row, c, s, er, -ei);
        a[pq] = 0;
        a[pq + 1] = 0;
        int qp = base + q * row + 2 * p;
        a[qp] = 0;
        a[qp + 1] = 0;
        a[base + p * row + 2 * p + 1] = 0;
        a[base + q * row + 2 * q + 1] = 0;
        // eigenvectors are the columns of V; V' = V G updates rows p, q of V^T like the columns of A
        rotateRows(vt, p * row, q * row, row, c, s, er, ei);
        return true;
    }

    /** x' = c x - s (er + i ei) y ; y' = s x + c (er + i ei) y over interleaved rows of length len. */
    private static void rotateRows(double[] m, int x, int y, int len, double c, double s, double er, double ei) {
        for (int k = 0; k < len; k += 2) {
            double xr = m[x + k];
            double xi = m[x + k + 1];
            double yr = er * m[y + k] - ei * m[y + k + 1];
            double yi = er * m[y + k + 1] + ei * m[y + k];
            m[x + k] = c * xr - s * yr;
            m[x + k + 1] = c * xi - s * yi;
            m[y + k] = s * xr + c * yr;
            m[y + k + 1] = s * xi + c * yi;
        }
    }

    /** The real Jacobi rotation (c, s) that diagonalises [[app, g], [g, aqq]] (Golub and Van Loan 8.5.2). */
    private static double[] rotation(double app, double aqq, double g) {
        double tau = (aqq - app) / (2 * g);
        double t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + (double) Math.sqrt(1 + tau * tau));
        double c = 1 / (double) Math.sqrt(1 + t * t);
        return new double[] {c, t * c};
    }

    /**
     * Singular value decomposition of the m x n matrix at {@code a} (left untouched): singular values
     * descending into s, and unless {@code u} is null, U (m x uc) and V^H (vr x n), where uc = m and vr = n
     * when {@code full}, else min(m, n).
     *
     * @return false when the sweeps did not converge
     */
    public static boolean svd(int m, int n, double[] a, int off, boolean full, double[] u, int uOff, double[] s,
                              int sOff, double[] vh, int vhOff) {
        boolean tall = m >= n;
        int rows = tall ? m : n;
        int cols = tall ? n : m;
        // W^T: row j is column j of W, where W = A (tall) or A^H (wide); V^T starts as the identity
        double[] wt = new double[2 * rows * cols];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int src = 2 * (off + i * n + j);
                int dst = tall ? 2 * (j * rows + i) : 2 * (i * rows + j);
                wt[dst] = a[src];
                wt[dst + 1] = tall ? a[src + 1] : -a[src + 1];
            }
        }
        double[] vt = new double[2 * cols * cols];
        for (int i = 0; i < cols; i++) {
            vt[2 * (i * cols + i)] = 1;
        }
        double norm = frobenius(wt, 0, rows * cols);
        double floor = norm * norm * EPS * EPS;
        boolean converged = false;
        for (int sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
            converged = true;
            for (int p = 0; p < cols - 1; p++) {
                for (int q = p + 1; q < cols; q++) {
                    if (orthogonalise(wt, rows, vt, cols, p, q, floor)) {
                        converged = false;
                    }
                }
            }
        }
        if (!converged) {
            return false;
        }
        double[] sigma = new double[cols];
        for (int j = 0; j < cols; j++) {
            sigma[j] = (double) Math.sqrt(dot(wt, j * rows, j * rows, rows)[0]);
        }
        int[] order = order(sigma, false);
        for (int j = 0; j < cols; j++) {
            s[sOff + j] = sigma[order[j]];
        }
        if (u == null) {
            return true;
        }
        // left vectors W e_j / sigma_j (completed where sigma_j vanishes), right vectors the columns of V
        double[] left = ComplexDoubleCompletion.orthonormalColumns(wt, rows, cols, sigma, order, full);
        int lc = full ? rows : cols;
        if (tall) {
            copyInto(left, rows, lc, u, uOff, m, full ? m : cols);
            writeVh(vt, cols, order, vh, vhOff, n, full);
        } else {
            // A = (W)^H: U is V of W, V is the left factor of W
            int uc = full ? m : cols;
            for (int c = 0; c < uc; c++) {
                int src = 2 * order[c] * cols;
                for (int r = 0; r < m; r++) {
                    u[2 * (uOff + r * uc + c)] = vt[src + 2 * r];
                    u[2 * (uOff + r * uc + c) + 1] = vt[src + 2 * r + 1];
                }
            }
            int vr = full ? n : cols;
            for (int r = 0; r < vr; r++) {
                for (int c = 0; c < n; c++) {
                    int e = 2 * (c * lc + r);
                    vh[2 * (vhOff + r * n + c)] = left[e];
                    vh[2 * (vhOff + r * n + c) + 1] = -left[e + 1];
                }
            }
        }
        return true;
    }

    /** Rotates columns p, q of W (rows of W^T) to be orthogonal; false when they already are. */
    private static boolean orthogonalise(double[] wt, int len, double[] vt, int cols, int p, int q, double floor) {
        double alpha = dot(wt, p * len, p * len, len)[0];
        double beta = dot(wt, q * len, q * len, len)[0];
        double[] gamma = dot(wt, p * len, q * len, len);
        double g = (double) Math.hypot(gamma[0], gamma[1]);
        if (g <= floor || g <= EPS * (double) Math.sqrt(alpha * beta)) {
            return false;
        }
        double[] cs = rotation(alpha, beta, g);
        double er = gamma[0] / g;
        double ei = -gamma[1] / g;
        rotateRows(wt, 2 * p * len, 2 * q * len, 2 * len, cs[0], cs[1], er, ei);
        rotateRows(vt, 2 * p * cols, 2 * q * cols, 2 * cols, cs[0], cs[1], er, ei);
        return true;
    }

    /** The Frobenius norm of {@code count} interleaved complex elements from {@code base} (in doubles). */
    private static double frobenius(double[] m, int base, int count) {
        double sum = 0;
        for (int k = 0; k < 2 * count; k++) {
            sum += m[base + k] * m[base + k];
        }
        return (double) Math.sqrt(sum);
    }

    /** x^H y over len interleaved complex elements starting at complex offsets x, y. */
    private static double[] dot(double[] m, int x, int y, int len) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < len; k++) {
            double xr = m[2 * (x + k)];
            double xi = m[2 * (x + k) + 1];
            double yr = m[2 * (y + k)];
            double yi = m[2 * (y + k) + 1];
            re += xr * yr + xi * yi;
            im += xr * yi - xi * yr;
        }
        return new double[] {re, im};
    }

    private static void writeVh(double[] vt, int cols, int[] order, double[] vh, int vhOff, int n, boolean full) {
        int vr = full ? n : cols;
        for (int r = 0; r < vr; r++) {
            int src = 2 * order[r] * cols;
            for (int c = 0; c < n; c++) {
                vh[2 * (vhOff + r * n + c)] = vt[src + 2 * c];
                vh[2 * (vhOff + r * n + c) + 1] = -vt[src + 2 * c + 1];
            }
        }
    }

    private static void copyInto(double[] src, int rows, int srcCols, double[] dst, int dstOff, int m, int dstCols) {
        for (int r = 0; r < m; r++) {
            System.arraycopy(src, 2 * r * srcCols, dst, 2 * (dstOff + r * dstCols), 2 * dstCols);
        }
    }

    /** The permutation sorting values ascending (or descending). */
    static int[] order(double[] values, boolean ascending) {
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> ascending ? Double.compare(values[x], values[y])
                : Double.compare(values[y], values[x]));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
