package org.xpsci.signal.internal;

/**
 * The per-thread transform of one segment on the host: load it from a {@link SegmentSource}, detrend, window,
 * zero-pad, FFT with JTransforms, and unpack the spectrum into double real and imaginary parts. Not
 * thread-safe: each worker makes its own.
 */
abstract class SegmentTransform {

    final SegmentSpec spec;

    SegmentTransform(SegmentSpec spec) {
        this.spec = spec;
    }

    /** A transform computing in float32 ({@code single}, all inputs float32) or float64. */
    static SegmentTransform create(SegmentSpec spec, boolean single) {
        return single ? new FloatSegmentTransform(spec) : new DoubleSegmentTransform(spec);
    }

    /**
     * Transforms segment {@code p} (starting at sample p·hop) of output line {@code line} of {@code s} and
     * writes its {@link SegmentSpec#nfreq()} bins to re and im.
     */
    abstract void transform(SegmentSource s, int line, int p, double[] re, double[] im);

    /** Unpacks JTransforms' in-place real-FFT layout of length n into bins 0..n/2. */
    static void unpackReal(double[] a, int n, double[] re, double[] im) {
        re[0] = a[0];
        im[0] = 0;
        int half = n / 2;
        if (n % 2 == 0) {
            for (int k = 1; k < half; k++) {
                re[k] = a[2 * k];
                im[k] = a[2 * k + 1];
            }
            if (n > 1) {
                re[half] = a[1];
                im[half] = 0;
            }
        } else {
            for (int k = 1; k < half; k++) {
                re[k] = a[2 * k];
                im[k] = a[2 * k + 1];
            }
            if (half > 0) {
                re[half] = a[n - 1];
                im[half] = a[1];
            }
        }
    }

    /** {@link #unpackReal(double[], int, double[], double[])} of a float32 transform. */
    static void unpackReal(float[] a, int n, double[] re, double[] im) {
        re[0] = a[0];
        im[0] = 0;
        int half = n / 2;
        if (n % 2 == 0) {
            for (int k = 1; k < half; k++) {
                re[k] = a[2 * k];
                im[k] = a[2 * k + 1];
            }
            if (n > 1) {
                re[half] = a[1];
                im[half] = 0;
            }
        } else {
            for (int k = 1; k < half; k++) {
                re[k] = a[2 * k];
                im[k] = a[2 * k + 1];
            }
            if (half > 0) {
                re[half] = a[n - 1];
                im[half] = a[1];
            }
        }
    }
}
