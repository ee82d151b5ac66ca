package org.xpsci.signal.internal;

import org.jtransforms.fft.DoubleFFT_1D;

/** The Dolph-Chebyshev window ({@code chebwin}), built in the frequency domain as SciPy does. */
final class ChebyshevWindow {

    private ChebyshevWindow() {
    }

    /** Whether SciPy warns for this attenuation (below 45 dB the window is unsuited to spectral analysis). */
    static boolean warns(double at) {
        return Math.abs(at) < 45;
    }

    /** The warning SciPy gives for an attenuation below 45 dB. */
    static String warning() {
        return "UserWarning: This window is not suitable for spectral analysis for attenuation values lower than"
                + " about 45dB because the equivalent noise bandwidth of a Chebyshev window does not grow"
                + " monotonically with increasing sidelobe attenuation when the attenuation is smaller than about"
                + " 45 dB.";
    }

    /** {@code chebwin(M, at, sym)}: sidelobes {@code at} dB below the main lobe. */
    static double[] chebwin(int m, double at, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double order = n - 1.0;
        double beta = Math.cosh(1.0 / order * Hyperbolic.acosh(Math.pow(10, Math.abs(at) / 20.0)));
        double[] p = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double x = beta * Math.cos(Math.PI * k / n);
            double v;
            if (x > 1) {
                v = Math.cosh(order * Hyperbolic.acosh(x));
            } else if (x < -1) {
                v = (2 * (n % 2) - 1) * Math.cosh(order * Hyperbolic.acosh(-x));
            } else {
                v = Math.cos(order * Math.acos(x));
            }
            if (n % 2 == 1) {
                p[2 * k] = v;
            } else {
                double theta = Math.PI / n * k;
                p[2 * k] = v * Math.cos(theta);
                p[2 * k + 1] = v * Math.sin(theta);
            }
        }
        new DoubleFFT_1D(n).complexForward(p);
        double[] w = new double[n];
        if (n % 2 == 1) {
            int h = (n + 1) / 2;
            for (int i = 0; i < h; i++) {
                w[h - 1 + i] = p[2 * i];
                w[h - 1 - i] = p[2 * i];
            }
        } else {
            int h = n / 2 + 1;
            for (int i = 1; i < h; i++) {
                w[h - 1 - i] = p[2 * i];
                w[h - 2 + i] = p[2 * i];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < n; i++) {
            w[i] /= max;
        }
        return WindowLength.truncate(w, sym);
    }
}
