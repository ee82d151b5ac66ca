package org.xpsci.signal;

import org.xpsci.signal.internal.CrossSpectra;
import org.xpsci.xp.NdArray;

/**
 * SciPy's spectral estimators ({@code scipy.signal.periodogram, welch, csd, coherence, spectrogram, stft,
 * istft}) with SciPy 1.17's defaults, results and errors. Each works on the namespace of its input: arrays in
 * host memory take a multi-core path that reads segments straight from the input and never builds the
 * segment matrix (float32 computed in float32); other arrays, or every array with fast paths off
 * ({@code -Dxpsci.fastpaths=false}), take a portable path on the array API standard and its fft extension.
 * Integer and bool inputs are computed in float64. Results live in the input's namespace and on its device;
 * frequencies and times are float64.
 */
public final class Spectral {

    private Spectral() {
    }

    /** {@code welch(x)} with SciPy's defaults. */
    public static Spectrum welch(NdArray x) {
        return welch(x, WelchOptions.defaults());
    }

    /**
     * Welch's power spectral density estimate ({@code scipy.signal.welch}): the mean (or median) of modified
     * periodograms of overlapping, windowed, detrended segments.
     *
     * @throws IllegalArgumentException for invalid options (nperseg, noverlap, nfft, fs, window), in SciPy's
     *                                  words; an axis out of range; complex y with a one-sided spectrum
     */
    public static Spectrum welch(NdArray x, WelchOptions options) {
        return CrossSpectra.welch(x, options);
    }

    /** {@code csd(x, y)} with SciPy's defaults. */
    public static CrossSpectrum csd(NdArray x, NdArray y) {
        return csd(x, y, WelchOptions.defaults());
    }

    /**
     * The cross power spectral density by Welch's method ({@code scipy.signal.csd}): the average of
     * conj(X)·Y over segments. The shorter input is zero-padded; the other axes broadcast.
     *
     * @throws IllegalArgumentException for invalid options, shapes that do not broadcast, or complex y with a
     *                                  one-sided spectrum of real x
     */
    public static CrossSpectrum csd(NdArray x, NdArray y, WelchOptions options) {
        return CrossSpectra.csd(x, y, options);
    }

    /** {@code coherence(x, y)} with SciPy's defaults. */
    public static Coherence coherence(NdArray x, NdArray y) {
        return coherence(x, y, CoherenceOptions.defaults());
    }

    /**
     * The magnitude-squared coherence |Pxy|²/(Pxx·Pyy) by Welch's method ({@code scipy.signal.coherence}).
     *
     * @throws IllegalArgumentException for invalid options or shapes that do not broadcast
     */
    public static Coherence coherence(NdArray x, NdArray y, CoherenceOptions options) {
        return CrossSpectra.coherence(x, y, options);
    }

    /** {@code periodogram(x)} with SciPy's defaults. */
    public static Spectrum periodogram(NdArray x) {
        return periodogram(x, PeriodogramOptions.defaults());
    }

    /**
     * The periodogram ({@code scipy.signal.periodogram}): one windowed segment of the whole signal, zero-padded
     * to nfft (or truncated to nfft samples when nfft is shorter).
     *
     * @throws IllegalArgumentException for invalid options or an array window of the wrong length
     */
    public static Spectrum periodogram(NdArray x, PeriodogramOptions options) {
        return CrossSpectra.periodogram(x, options);
    }
}
