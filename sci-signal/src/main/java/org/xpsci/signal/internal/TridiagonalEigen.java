package org.xpsci.signal.internal;

/**
 * The largest eigenvalue of a symmetric tridiagonal matrix and its eigenvector, by bisection on Sturm
 * sequence counts and inverse iteration (what LAPACK's stebz and stein do for {@code eigh_tridiagonal} with
 * {@code select='i'}).
 */
final class TridiagonalEigen {

    private static final double EPS = Math.ulp(1.0);

    private TridiagonalEigen() {
    }

    /**
     * The unit eigenvector of the largest eigenvalue of the matrix with diagonal d and off-diagonal e.
     *
     * @param d diagonal, length n &ge; 1
     * @param e off-diagonal, length n - 1
     */
    static double[] largestEigenvector(double[] d, double[] e) {
        double lambda = largestEigenvalue(d, e);
        return inverseIteration(d, e, lambda);
    }

    /** The largest eigenvalue, bisected to the rounding level. */
    static double largestEigenvalue(double[] d, double[] e) {
        int n = d.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double r = (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < n - 1 ? Math.abs(e[i]) : 0);
            lo = Math.min(lo, d[i] - r);
            hi = Math.max(hi, d[i] + r);
        }
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        lo -= 2 * EPS * scale * n + Double.MIN_NORMAL;
        hi += 2 * EPS * scale * n + Double.MIN_NORMAL;
        // invariant: fewer than n eigenvalues lie below lo, all n lie below hi
        for (int iter = 0; iter < 2000; iter++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (countBelow(d, e, mid) == n) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The number of eigenvalues smaller than x (Sturm sequence of the LDL^T factorisation of T - xI). */
    private static int countBelow(double[] d, double[] e, double x) {
        int count = 0;
        double q = d[0] - x;
        double pivmin = Double.MIN_NORMAL;
        if (Math.abs(q) < pivmin) {
            q = -pivmin;
        }
        if (q < 0) {
            count++;
        }
        for (int i = 1; i < d.length; i++) {
            q = d[i] - x - e[i - 1] * e[i - 1] / q;
            if (Math.abs(q) < pivmin) {
                q = -pivmin;
            }
            if (q < 0) {
                count++;
            }
        }
        return count;
    }

    /** Inverse iteration with a tridiagonal LU factorisation of T - lambda I with partial pivoting. */
    private static double[] inverseIteration(double[] d, double[] e, double lambda) {
        int n = d.length;
        if (n == 1) {
            return new double[] {1.0};
        }
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(d[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < n - 1 ? Math.abs(e[i]) : 0));
        }
        double tiny = EPS * norm;
        // factor A = T - lambda I = P L U; U has three diagonals (u0, u1, u2), L unit lower with multipliers m
        double[] u0 = new double[n];
        double[] u1 = new double[n];
        double[] u2 = new double[n];
        double[] mult = new double[n];
        boolean[] swapped = new boolean[n];
        double diag = d[0] - lambda;
        double upper = e[0];
        for (int i = 0; i < n - 1; i++) {
            double sub = e[i];
            double nextDiag = d[i + 1] - lambda;
            double nextUpper = i + 1 < n - 1 ? e[i + 1] : 0;
            if (Math.abs(diag) >= Math.abs(sub)) {
                double m = diag == 0 ? 0 : sub / (diag);
                u0[i] = diag;
                u1[i] = upper;
                u2[i] = 0;
                mult[i] = m;
                diag = nextDiag - m * upper;
                upper = nextUpper;
            } else {
                double m = diag / sub;
                swapped[i] = true;
                u0[i] = sub;
                u1[i] = nextDiag;
                u2[i] = nextUpper;
                mult[i] = m;
                diag = upper - m * nextDiag;
                upper = -m * nextUpper;
            }
            if (Math.abs(u0[i]) < tiny) {
                u0[i] = u0[i] < 0 ? -tiny : tiny;
            }
        }
        u0[n - 1] = Math.abs(diag) < tiny ? (diag < 0 ? -tiny : tiny) : diag;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 + 0.25 * Math.sin(0.7 + 1.3 * i); // a start vector with no special structure
        }
        for (int iter = 0; iter < 5; iter++) {
            for (int i = 0; i < n - 1; i++) { // solve L (with row swaps) y = v
                if (swapped[i]) {
                    double t = v[i];
                    v[i] = v[i + 1];
                    v[i + 1] = t - mult[i] * v[i];
                } else {
                    v[i + 1] -= mult[i] * v[i];
                }
            }
            v[n - 1] /= u0[n - 1]; // solve U x = y
            v[n - 2] = (v[n - 2] - u1[n - 2] * v[n - 1]) / u0[n - 2];
            for (int i = n - 3; i >= 0; i--) {
                v[i] = (v[i] - u1[i] * v[i + 1] - u2[i] * v[i + 2]) / u0[i];
            }
            double s = 0;
            for (double x : v) {
                s += x * x;
            }
            s = Math.sqrt(s);
            for (int i = 0; i < n; i++) {
                v[i] /= s;
            }
        }
        return v;
    }
}
