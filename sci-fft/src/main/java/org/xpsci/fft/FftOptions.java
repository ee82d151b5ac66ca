package org.xpsci.fft;

import org.xpsci.xp.FftNorm;

/**
 * The keyword arguments of scipy.fft's one-dimensional transforms ({@code fft, ifft, rfft, irfft, hfft, ihfft}),
 * with SciPy's defaults: {@code n=None, axis=-1, norm="backward", workers=None}.
 *
 * @param n       transform length: the input is cropped or zero-padded to it (for irfft and hfft it is the
 *                output length, default {@code 2*(m-1)}); null keeps the input's length
 * @param axis    the axis to transform (negative counts from the end)
 * @param norm    the normalisation mode; null means {@link FftNorm#BACKWARD}
 * @param workers threads for host fast paths, as SciPy's {@code workers} (see {@link Fft}); null is the default
 */
public record FftOptions(Integer n, int axis, FftNorm norm, Integer workers) {

    /** SciPy's defaults: {@code n=None, axis=-1, norm="backward", workers=None}. */
    public static FftOptions defaults() {
        return new FftOptions(null, -1, FftNorm.BACKWARD, null);
    }

    /** A copy with the transform length {@code n} (null keeps the input's length). */
    public FftOptions withN(Integer value) {
        return new FftOptions(value, axis, norm, workers);
    }

    /** A copy transforming along {@code axis}. */
    public FftOptions withAxis(int value) {
        return new FftOptions(n, value, norm, workers);
    }

    /** A copy with the normalisation mode. */
    public FftOptions withNorm(FftNorm value) {
        return new FftOptions(n, axis, value, workers);
    }

    /**
     * A copy with the normalisation mode given by name ("backward", "ortho", "forward").
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public FftOptions withNorm(String value) {
        return withNorm(FftNorm.parse(value));
    }

    /** A copy with the number of workers (SciPy's rules: negative counts back from the number of cores). */
    public FftOptions withWorkers(Integer value) {
        return new FftOptions(n, axis, norm, value);
    }
}
