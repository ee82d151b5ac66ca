package org.xpsci.signal.internal;

/**
 * Trend removal on host buffers, in place: the mean ({@code 'constant'}) or the least-squares line
 * ({@code 'linear'}), over n values spaced {@code step} apart (2 for one part of interleaved complex values;
 * real and imaginary parts are detrended separately, as a real least-squares fit of complex data is).
 */
final class HostDetrend {

    private HostDetrend() {
    }

    /** Subtracts the mean of a[off], a[off+step], ... (n values). */
    static void constant(double[] a, int off, int n, int step) {
        double s = 0;
        for (int i = 0, j = off; i < n; i++, j += step) {
            s += a[j];
        }
        double mean = s / n;
        for (int i = 0, j = off; i < n; i++, j += step) {
            a[j] -= mean;
        }
    }

    /** Subtracts the least-squares line through (i, a[off + i*step]), i = 0..n-1. */
    static void linear(double[] a, int off, int n, int step) {
        double centre = (n - 1) / 2.0;
        double s = 0;
        double st = 0;
        for (int i = 0, j = off; i < n; i++, j += step) {
            s += a[j];
            st += (i - centre) * a[j];
        }
        double mean = s / n;
        double slope = n > 1 ? st / (n * ((double) n * n - 1) / 12.0) : 0;
        for (int i = 0, j = off; i < n; i++, j += step) {
            a[j] -= mean + slope * (i - centre);
        }
    }

    /** {@link #constant(double[], int, int, int)} on float32 values, accumulating in double. */
    static void constant(float[] a, int off, int n, int step) {
        double s = 0;
        for (int i = 0, j = off; i < n; i++, j += step) {
            s += a[j];
        }
        float mean = (float) (s / n);
        for (int i = 0, j = off; i < n; i++, j += step) {
            a[j] -= mean;
        }
    }

    /** {@link #linear(double[], int, int, int)} on float32 values, accumulating in double. */
    static void linear(float[] a, int off, int n, int step) {
        double centre = (n - 1) / 2.0;
        double s = 0;
        double st = 0;
        for (int i = 0, j = off; i < n; i++, j += step) {
            s += a[j];
            st += (i - centre) * a[j];
        }
        double mean = s / n;
        double slope = n > 1 ? st / (n * ((double) n * n - 1) / 12.0) : 0;
        for (int i = 0, j = off; i < n; i++, j += step) {
            a[j] = (float) (a[j] - (mean + slope * (i - centre)));
        }
    }
}
