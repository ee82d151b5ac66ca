package org.xpsci.signal.internal;

/**
 * The first discrete prolate spheroidal (Slepian) sequence, as {@code get_window(('dpss', NW), M)} returns
 * it: the eigenvector of the largest eigenvalue of SciPy's tridiagonal matrix, positive in sum, scaled to a
 * maximum of 1 and by SciPy's "approximate" correction for even lengths.
 */
final class DpssWindow {

    private DpssWindow() {
    }

    /**
     * {@code dpss(M, NW, sym=sym)} with Kmax None (one window) and norm 'approximate'.
     *
     * @param nw the standardised half bandwidth, in (0, M/2)
     * @throws IllegalArgumentException when NW is not in (0, M/2), in SciPy's words
     */
    static double[] dpss(int m, double nw, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        if (nw >= m / 2.0) {
            throw new IllegalArgumentException("NW must be less than M/2.; got NW=" + nw + " for M=" + m);
        }
        if (!(nw > 0)) {
            throw new IllegalArgumentException("NW must be positive; got NW=" + nw);
        }
        int n = WindowLength.extended(m, sym);
        double bandwidth = nw / n;
        double c = Math.cos(2 * Math.PI * bandwidth);
        double[] d = new double[n];
        double[] e = new double[n - 1];
        for (int i = 0; i < n; i++) {
            double h = (n - 1 - 2.0 * i) / 2.0;
            d[i] = h * h * c;
            if (i > 0) {
                e[i - 1] = i * (double) (n - i) / 2.0;
            }
        }
        double[] w = TridiagonalEigen.largestEigenvector(d, e);
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (sum < 0) {
                w[i] = -w[i];
            }
            max = Math.max(max, w[i]);
        }
        double correction = n % 2 == 0 ? (double) n * n / ((double) n * n + nw) : 1.0;
        for (int i = 0; i < n; i++) {
            w[i] = w[i] / max;
            if (n % 2 == 0) {
                w[i] *= correction;
            }
        }
        return WindowLength.truncate(w, sym);
    }
}
