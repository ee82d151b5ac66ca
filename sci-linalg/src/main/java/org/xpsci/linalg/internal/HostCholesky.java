package org.xpsci.linalg.internal;

/**
 * Locates a Cholesky failure on the host: LAPACK's {@code potrf} info for a matrix that is not positive
 * definite, to word the error the way SciPy does.
 */
final class HostCholesky {

    private HostCholesky() {
    }

    /**
     * The 1-based order of the first leading minor that is not positive definite in the first matrix of the
     * stack that has one (reading the triangle {@code lower} names), or 0 when every matrix factors.
     */
    static long failedMinor(HostStack s, boolean lower) {
        int n = s.rows();
        int w = s.width();
        for (int b = 0; b < s.count(); b++) {
            double[] a = new double[w * n * n];
            int base = s.offset(b);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    int src = lower ? i * n + j : j * n + i;
                    a[w * (i * n + j)] = s.data()[base + w * src];
                    if (w == 2) {
                        a[2 * (i * n + j) + 1] = (lower ? 1 : -1) * s.data()[base + 2 * src + 1];
                    }
                }
            }
            long k = firstFailure(a, n, w);
            if (k > 0) {
                return k;
            }
        }
        return 0;
    }

    /** Runs the lower factorisation on a (lower triangle filled); 1-based failing order or 0. */
    private static long firstFailure(double[] a, int n, int w) {
        for (int j = 0; j < n; j++) {
            double d = a[w * (j * n + j)];
            for (int k = 0; k < j; k++) {
                d -= sq(a, w * (j * n + k), w);
            }
            if (!(d > 0)) {
                return j + 1;
            }
            double root = Math.sqrt(d);
            a[w * (j * n + j)] = root;
            if (w == 2) {
                a[2 * (j * n + j) + 1] = 0;
            }
            for (int i = j + 1; i < n; i++) {
                double sr = a[w * (i * n + j)];
                double si = w == 2 ? a[2 * (i * n + j) + 1] : 0;
                for (int k = 0; k < j; k++) {
                    double xr = a[w * (i * n + k)];
                    double xi = w == 2 ? a[2 * (i * n + k) + 1] : 0;
                    double yr = a[w * (j * n + k)];
                    double yi = w == 2 ? -a[2 * (j * n + k) + 1] : 0;
                    sr -= xr * yr - xi * yi;
                    si -= xr * yi + xi * yr;
                }
                a[w * (i * n + j)] = sr / root;
                if (w == 2) {
                    a[2 * (i * n + j) + 1] = si / root;
                }
            }
        }
        return 0;
    }

    private static double sq(double[] a, int e, int w) {
        return w == 2 ? a[e] * a[e] + a[e + 1] * a[e + 1] : a[e] * a[e];
    }
}
