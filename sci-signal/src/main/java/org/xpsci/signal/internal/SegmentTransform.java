package org.xpsci.signal.internal;

/**
 * The per-thread transform of one segment on the host: load it from a {@link SegmentSource}, detrend, window,
 * zero-pad and FFT with JTransforms into an internal buffer (JTransforms' packed layout for real FFTs,
 * interleaved for complex ones), from which spectra are accumulated or unpacked. Not thread-safe: each worker
 * makes its own.
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

    /** Transforms segment {@code p} (starting at sample p·hop) of output line {@code line} of {@code s}. */
    abstract void transform(SegmentSource s, int line, int p);

    /** Real part of bin k of the last transform. */
    abstract double re(int k);

    /** Imaginary part of bin k of the last transform. */
    abstract double im(int k);

    /** Adds |X[k]|² of the last transform to acc[off + k] for every bin. */
    abstract void addPower(double[] acc, int off);

    /**
     * Adds conj(X[k])·Y[k] (this transform is X, {@code y} is Y, of the same precision) to acc[off + 2k] (real)
     * and acc[off + 2k + 1] (imaginary) for every bin.
     */
    abstract void addCross(SegmentTransform y, double[] acc, int off);

    /** Writes the bins of the last transform to re and im. */
    void spectrum(double[] re, double[] im) {
        int nfreq = spec.nfreq();
        for (int k = 0; k < nfreq; k++) {
            re[k] = re(k);
            im[k] = im(k);
        }
    }

    /**
     * The buffer index of the real part of bin k in JTransforms' packed real layout of length n, or -1 where
     * the value is zero (the imaginary parts of DC and of the even-length Nyquist bin); {@code imag} selects
     * the imaginary part.
     */
    static int packed(int k, int n, boolean imag) {
        int half = n / 2;
        if (k == 0) {
            return imag ? -1 : 0;
        }
        if (k == half) {
            if (n % 2 == 0) {
                return imag ? -1 : 1;
            }
            return imag ? 1 : n - 1;
        }
        return imag ? 2 * k + 1 : 2 * k;
    }
}
