package org.xpsci.signal.internal;

/**
 * Windows given by closed formulas of the sample index, each as SciPy computes it: boxcar, triang, bartlett,
 * parzen, bohman, barthann, cosine, lanczos and tukey.
 */
final class PiecewiseWindows {

    private PiecewiseWindows() {
    }

    /** {@code boxcar(M, sym)}. */
    static double[] boxcar(int m, boolean sym) {
        return WindowLength.ones(m);
    }

    /** {@code triang(M, sym)}. */
    static double[] triang(int m, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        int half = (n + 1) / 2;
        double[] w = new double[n];
        for (int i = 0; i < half; i++) {
            double k = i + 1;
            double v = n % 2 == 0 ? (2 * k - 1.0) / n : 2 * k / (n + 1.0);
            w[i] = v;
            w[n - 1 - i] = v;
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code bartlett(M, sym)}. */
    static double[] bartlett(int m, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = i <= (n - 1) / 2.0 ? 2.0 * i / (n - 1) : 2.0 - 2.0 * i / (n - 1);
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code parzen(M, sym)}. */
    static double[] parzen(int m, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        double start = -(n - 1) / 2.0;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(start + i);
            double r = a / (n / 2.0);
            if (a <= (n - 1) / 4.0) {
                w[i] = 1 - 6 * Math.pow(r, 2.0) + 6 * Math.pow(r, 3.0);
            } else {
                w[i] = 2 * Math.pow(1 - r, 3.0);
            }
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code bohman(M, sym)}. */
    static double[] bohman(int m, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        if (n > 2) {
            double[] grid = CosineSums.linspace(-1, 1, n);
            for (int i = 1; i < n - 1; i++) {
                double fac = Math.abs(grid[i]);
                w[i] = (1 - fac) * Math.cos(Math.PI * fac) + 1.0 / Math.PI * Math.sin(Math.PI * fac);
            }
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code barthann(M, sym)}. */
    static double[] barthann(int m, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double fac = Math.abs(i / (n - 1.0) - 0.5);
            w[i] = 0.62 - 0.48 * fac + 0.38 * Math.cos(2 * Math.PI * fac);
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code cosine(M, sym)}. */
    static double[] cosine(int m, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        double step = Math.PI / n;
        for (int i = 0; i < n; i++) {
            w[i] = Math.sin(step * (i + 0.5));
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code lanczos(M, sym)}: the sinc window. */
    static double[] lanczos(int m, boolean sym) {
        if (WindowLength.trivial(m)) {
            return WindowLength.ones(m);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        // right half from the centre, as SciPy's _calc_right_side_lanczos over arange(ceil(n/2), n)
        int first = (n + 1) / 2;
        for (int i = first; i < n; i++) {
            double v = sinc(2.0 * i / (n - 1) - 1.0);
            w[i] = v;
            w[n - 1 - i] = v;
        }
        if (n % 2 == 1) {
            w[n / 2] = 1.0;
        }
        return WindowLength.truncate(w, sym);
    }

    /** {@code tukey(M, alpha, sym)}: a cosine taper over the fraction alpha of the window. */
    static double[] tukey(int m, double alpha, boolean sym) {
        if (WindowLength.trivial(m) || alpha <= 0) {
            return WindowLength.ones(m);
        }
        if (alpha >= 1.0) {
            return CosineSums.hann(m, sym);
        }
        int n = WindowLength.extended(m, sym);
        double[] w = new double[n];
        int width = (int) Math.floor(alpha * (n - 1) / 2.0);
        for (int i = 0; i < n; i++) {
            if (i <= width) {
                w[i] = 0.5 * (1 + Math.cos(Math.PI * (-1 + 2.0 * i / alpha / (n - 1))));
            } else if (i >= n - width - 1) {
                w[i] = 0.5 * (1 + Math.cos(Math.PI * (-2.0 / alpha + 1 + 2.0 * i / alpha / (n - 1))));
            } else {
                w[i] = 1.0;
            }
        }
        return WindowLength.truncate(w, sym);
    }

    /** NumPy's normalised sinc, sin(pi x)/(pi x), 1 at 0. */
    private static double sinc(double x) {
        double y = Math.PI * (x == 0 ? 1.0e-20 : x);
        return Math.sin(y) / y;
    }
}
