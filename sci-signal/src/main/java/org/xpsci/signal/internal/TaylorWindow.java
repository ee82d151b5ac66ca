package org.xpsci.signal.internal;

/** The Taylor window ({@code taylor}), as SciPy computes it from its nbar - 1 Fourier coefficients. */
final class TaylorWindow {

    private TaylorWindow() {
    }

    /**
     * {@code taylor(M, nbar, sll, norm, sym)}.
     *
     * @param nbar number of nearly constant-level sidelobes next to the main lobe (&ge; 1)
     * @param sll  sidelobe suppression in dB below the main lobe
     * @param norm whether to scale the window to 1 at its centre
     */
    static double[] taylor(int m, int nbar, double sll, boolean norm, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double b = Math.pow(10, sll / 20);
        double a = Hyperbolic.acosh(b) / Math.PI;
        double s2 = (double) nbar * nbar / (a * a + (nbar - 0.5) * (nbar - 0.5));
        int count = nbar - 1;
        double[] fm = new double[count];
        for (int mi = 0; mi < count; mi++) {
            double m2 = (double) (mi + 1) * (mi + 1);
            double numer = mi % 2 == 0 ? 1 : -1;
            double prodNumer = 1;
            double prodBefore = 1;
            double prodAfter = 1;
            for (int j = 0; j < count; j++) {
                double ma = j + 1;
                prodNumer *= 1 - m2 / s2 / (a * a + (ma - 0.5) * (ma - 0.5));
                if (j < mi) {
                    prodBefore *= 1 - m2 / (ma * ma);
                } else if (j > mi) {
                    prodAfter *= 1 - m2 / (ma * ma);
                }
            }
            fm[mi] = numer * prodNumer / (2 * prodBefore * prodAfter);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = sum(fm, i, n);
        }
        if (norm) {
            double scale = 1.0 / sum(fm, (n - 1) / 2.0, n);
            for (int i = 0; i < n; i++) {
                w[i] *= scale;
            }
        }
        return WindowLength.truncate(w, sym);
    }

    /** SciPy's {@code W(k)}: 1 + 2 sum_m F_m cos(2 pi m (k - M/2 + 1/2) / M). */
    private static double sum(double[] fm, double k, int n) {
        double s = 0;
        for (int j = 0; j < fm.length; j++) {
            s += fm[j] * Math.cos(2 * Math.PI * (j + 1) * (k - n / 2.0 + 0.5) / n);
        }
        return 1 + 2 * s;
    }
}
