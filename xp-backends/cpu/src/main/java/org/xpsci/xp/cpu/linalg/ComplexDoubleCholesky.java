package org.xpsci.xp.cpu.linalg;

/**
 * Cholesky factorisation ({@code zpotrf}) in place on row-major interleaved complex128 storage; offsets in
 * complex elements.
 *
 * <p>The complex64 twin, {@code ComplexFloatCholesky}, is generated from this file by the build.
 */
@SuppressWarnings("cast") // (double) casts of Math results become the (float) casts the float32 twin needs
public final class ComplexDoubleCholesky {

    private ComplexDoubleCholesky() {
    }

    /**
     * Cholesky factorisation in place: lower L with A = L L^H (reading the lower triangle), or upper U with
     * A = U^H U (reading the upper triangle); the other triangle is zeroed.
     *
     * @return false when the matrix is not positive definite
     */
    public static boolean factor(int n, double[] a, int off, boolean upper) {
        int base = 2 * off;
        if (upper) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    a[base + 2 * (j * n + i)] = a[base + 2 * (i * n + j)];
                    a[base + 2 * (j * n + i) + 1] = -a[base + 2 * (i * n + j) + 1];
                }
            }
        }
        for (int j = 0; j < n; j++) {
            int rj = base + 2 * j * n;
            double d = a[rj + 2 * j];
            for (int k = 0; k < j; k++) {
                d -= a[rj + 2 * k] * a[rj + 2 * k] + a[rj + 2 * k + 1] * a[rj + 2 * k + 1];
            }
            if (!(d > 0)) {
                return false;
            }
            double ljj = (double) Math.sqrt(d);
            a[rj + 2 * j] = ljj;
            a[rj + 2 * j + 1] = 0;
            for (int i = j + 1; i < n; i++) {
                int ri = base + 2 * i * n;
                double sr = a[ri + 2 * j];
                double si = a[ri + 2 * j + 1];
                for (int k = 0; k < j; k++) {
                    double xr = a[ri + 2 * k];
                    double xi = a[ri + 2 * k + 1];
                    double yr = a[rj + 2 * k];
                    double yi = -a[rj + 2 * k + 1];
                    sr -= xr * yr - xi * yi;
                    si -= xr * yi + xi * yr;
                }
                a[ri + 2 * j] = sr / ljj;
                a[ri + 2 * j + 1] = si / ljj;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int up = base + 2 * (i * n + j);
                int lo = base + 2 * (j * n + i);
                if (upper) {
                    a[up] = a[lo];
                    a[up + 1] = -a[lo + 1];
                    a[lo] = 0;
                    a[lo + 1] = 0;
                } else {
                    a[up] = 0;
                    a[up + 1] = 0;
                }
            }
        }
        return true;
    }
}
