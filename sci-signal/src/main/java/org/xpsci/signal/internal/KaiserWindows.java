package org.xpsci.signal.internal;

/** The Kaiser window and the Kaiser-Bessel derived window built from it. */
final class KaiserWindows {

    private KaiserWindows() {
    }

    /** {@code kaiser(M, beta, sym)}: I0(beta sqrt(1 - (2k/(M-1) - 1)^2)) / I0(beta). */
    static double[] kaiser(int m, double beta, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double alpha = (n - 1) / 2.0;
        double denominator = BesselI0.i0(beta);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double r = (i - alpha) / alpha;
            w[i] = BesselI0.i0(beta * Math.sqrt(1 - r * r)) / denominator;
        }
        return WindowLength.truncate(w, sym);
    }

    /**
     * {@code kaiser_bessel_derived(M, beta, sym)}: defined for symmetric windows of even length only.
     *
     * @throws IllegalArgumentException for a periodic window or an odd length, in SciPy's words
     */
    static double[] kaiserBesselDerived(int m, double beta, boolean sym) {
        if (!sym) {
            throw new IllegalArgumentException("Kaiser-Bessel Derived windows are only defined for symmetric shapes");
        }
        if (m < 1) {
            return new double[0];
        }
        if (m % 2 == 1) {
            throw new IllegalArgumentException("Kaiser-Bessel Derived windows are only defined for even number of"
                    + " points; got M=" + m);
        }
        double[] k = kaiser(m / 2 + 1, beta, true);
        double[] csum = new double[k.length];
        double acc = 0;
        for (int i = 0; i < k.length; i++) {
            acc += k[i];
            csum[i] = acc;
        }
        double total = csum[k.length - 1];
        int half = m / 2;
        double[] w = new double[m];
        for (int i = 0; i < half; i++) {
            double v = Math.sqrt(csum[i] / total);
            w[i] = v;
            w[m - 1 - i] = v;
        }
        return w;
    }
}
