package org.xpsci.signal.internal;

/**
 * Windows that are weighted sums of cosines ({@code general_cosine} and its named cases: hann, hamming,
 * general_hamming, blackman, nuttall, blackmanharris, flattop), computed as SciPy does: over
 * {@code linspace(-pi, pi, M)}.
 */
final class CosineSums {

    private static final double[] BLACKMAN = {0.42, 0.5, 0.08};
    private static final double[] NUTTALL = {0.3635819, 0.4891775, 0.1365995, 0.0106411};
    private static final double[] BLACKMAN_HARRIS = {0.35875, 0.48829, 0.14128, 0.01168};
    private static final double[] FLATTOP = {0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368};

    private CosineSums() {
    }

    /** {@code general_cosine(M, a, sym)}. */
    static double[] generalCosine(int m, double[] a, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] fac = linspace(-Math.PI, Math.PI, n);
        double[] w = new double[n];
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < n; i++) {
                w[i] += a[k] * Math.cos(k * fac[i]);
            }
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code general_hamming(M, alpha, sym)}: coefficients alpha and 1 - alpha. */
    static double[] generalHamming(int m, double alpha, boolean sym) {
        return generalCosine(m, new double[] {alpha, 1.0 - alpha}, sym);
    }

    /** {@code hann(M, sym)}. */
    static double[] hann(int m, boolean sym) {
        return generalHamming(m, 0.5, sym);
    }

    /** {@code hamming(M, sym)}. */
    static double[] hamming(int m, boolean sym) {
        return generalHamming(m, 0.54, sym);
    }

    /** {@code blackman(M, sym)}. */
    static double[] blackman(int m, boolean sym) {
        return generalCosine(m, BLACKMAN, sym);
    }

    /** {@code nuttall(M, sym)}. */
    static double[] nuttall(int m, boolean sym) {
        return generalCosine(m, NUTTALL, sym);
    }

    /** {@code blackmanharris(M, sym)}. */
    static double[] blackmanHarris(int m, boolean sym) {
        return generalCosine(m, BLACKMAN_HARRIS, sym);
    }

    /** {@code flattop(M, sym)}. */
    static double[] flattop(int m, boolean sym) {
        return generalCosine(m, FLATTOP, sym);
    }

    /** NumPy's {@code linspace(start, stop, n)} with the endpoint (n &ge; 2). */
    static double[] linspace(double start, double stop, int n) {
        double[] y = new double[n];
        double step = (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            y[i] = i * step + start;
        }
        y[n - 1] = stop;
        return y;
    }
}
