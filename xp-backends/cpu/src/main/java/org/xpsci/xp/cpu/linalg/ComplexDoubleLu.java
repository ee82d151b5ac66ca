package org.xpsci.xp.cpu.linalg;

/**
 * LU factorisation with partial pivoting ({@code zgetrf}) and its solves ({@code zgetrs}) on row-major
 * interleaved complex128 storage. Unblocked: complex factorisations are not on the GEMM path. Offsets are in complex elements. Pivots are chosen by
 * {@code |re| + |im|}, as LAPACK's {@code izamax} does.
 *
 * <p>The complex64 twin, {@code ComplexFloatLu}, is generated from this file by the build.
 */
public final class ComplexDoubleLu {

    private ComplexDoubleLu() {
    }

    /**
     * Factors the n x n matrix in place.
     *
     * @return 0, or 1 + the index of the first exactly zero pivot
     */
    public static int factor(int n, double[] a, int off, int[] piv) {
        int info = 0;
        int base = 2 * off;
        int row = 2 * n;
        for (int j = 0; j < n; j++) {
            int p = j;
            double best = -1;
            for (int i = j; i < n; i++) {
                int e = base + i * row + 2 * j;
                double v = Math.abs(a[e]) + Math.abs(a[e + 1]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            piv[j] = p;
            if (p != j) {
                for (int c = 0; c < row; c++) {
                    double t = a[base + j * row + c];
                    a[base + j * row + c] = a[base + p * row + c];
                    a[base + p * row + c] = t;
                }
            }
            int dj = base + j * row + 2 * j;
            double dr = a[dj];
            double di = a[dj + 1];
            if (dr == 0 && di == 0) {
                if (info == 0) {
                    info = j + 1;
                }
                continue;
            }
            double mag = dr * dr + di * di;
            for (int i = j + 1; i < n; i++) {
                int ri = base + i * row;
                double xr = a[ri + 2 * j];
                double xi = a[ri + 2 * j + 1];
                double lr = (xr * dr + xi * di) / mag;
                double li = (xi * dr - xr * di) / mag;
                a[ri + 2 * j] = lr;
                a[ri + 2 * j + 1] = li;
                int rj = base + j * row;
                for (int c = 2 * (j + 1); c < row; c += 2) {
                    double ur = a[rj + c];
                    double ui = a[rj + c + 1];
                    a[ri + c] -= lr * ur - li * ui;
                    a[ri + c + 1] -= lr * ui + li * ur;
                }
            }
        }
        return info;
    }

    /** Solves A X = B in place of the row-major n x nrhs B from A's factors. */
    public static void solve(int n, double[] lu, int off, int[] piv, double[] b, int bOff, int nrhs) {
        int base = 2 * off;
        int bb = 2 * bOff;
        int w = 2 * nrhs;
        for (int j = 0; j < n; j++) {
            if (piv[j] != j) {
                for (int c = 0; c < w; c++) {
                    double t = b[bb + j * w + c];
                    b[bb + j * w + c] = b[bb + piv[j] * w + c];
                    b[bb + piv[j] * w + c] = t;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                int e = base + 2 * (i * n + p);
                subtractScaled(lu[e], lu[e + 1], b, bb + p * w, bb + i * w, w);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                int e = base + 2 * (i * n + p);
                subtractScaled(lu[e], lu[e + 1], b, bb + p * w, bb + i * w, w);
            }
            int d = base + 2 * (i * n + i);
            divide(b, bb + i * w, w, lu[d], lu[d + 1]);
        }
    }

    /** y[0:w] -= (sr + i si) * x[0:w] over interleaved pairs. */
    private static void subtractScaled(double sr, double si, double[] b, int x, int y, int w) {
        for (int c = 0; c < w; c += 2) {
            double xr = b[x + c];
            double xi = b[x + c + 1];
            b[y + c] -= sr * xr - si * xi;
            b[y + c + 1] -= sr * xi + si * xr;
        }
    }

    /** y[0:w] /= (dr + i di) over interleaved pairs. */
    private static void divide(double[] b, int y, int w, double dr, double di) {
        double mag = dr * dr + di * di;
        for (int c = 0; c < w; c += 2) {
            double xr = b[y + c];
            double xi = b[y + c + 1];
            b[y + c] = (xr * dr + xi * di) / mag;
            b[y + c + 1] = (xi * dr - xr * di) / mag;
        }
    }
}
