package org.xpsci.signal.internal;

/** Windows built on the exponential function: gaussian, general_gaussian and exponential (Poisson). */
final class ExponentialWindows {

    private ExponentialWindows() {
    }

    /** {@code gaussian(M, std, sym)}. */
    static double[] gaussian(int m, double std, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double sig2 = 2 * std * std;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double k = i - (n - 1.0) / 2.0;
            w[i] = Math.exp(-(k * k) / sig2);
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code general_gaussian(M, p, sig, sym)}: exp(-|k/sig|^(2p)/2). */
    static double[] generalGaussian(int m, double p, double sig, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double k = i - (n - 1.0) / 2.0;
            w[i] = Math.exp(-0.5 * Math.pow(Math.abs(k / sig), 2 * p));
        }
        return WindowLength.truncate(w, sym);
    }

    /**
     * {@code exponential(M, center, tau, sym)}; center null is SciPy's None (the middle of the window).
     *
     * @throws IllegalArgumentException when a center is given for a symmetric window, as SciPy refuses
     */
    static double[] exponential(int m, Double center, double tau, boolean sym) {
        if (sym && center != null) {
            throw new IllegalArgumentException("If sym==True, center must be None.");
        }
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double c = center == null ? (n - 1) / 2.0 : center;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(-Math.abs(i - c) / tau);
        }
        return WindowLength.truncate(w, sym);
    }
}
