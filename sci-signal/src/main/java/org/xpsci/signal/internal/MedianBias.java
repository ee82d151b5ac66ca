package org.xpsci.signal.internal;

/** SciPy's {@code _median_bias}: the bias of the median of n periodograms of χ²₂ noise (1 + Σ 1/(2i+1) − 1/(2i)). */
final class MedianBias {

    private MedianBias() {
    }

    /** The bias for n segments. */
    static double of(int n) {
        double s = 0;
        for (int i = 1; i <= (n - 1) / 2; i++) {
            double ii2 = 2.0 * i;
            s += 1.0 / (ii2 + 1) - 1.0 / ii2;
        }
        return 1 + s;
    }
}
