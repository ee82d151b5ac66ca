package org.xpsci.signal;

import org.xpsci.signal.internal.CrossSpectra;
import org.xpsci.signal.internal.FrameSpectra;
import org.xpsci.signal.internal.InverseStft;
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
     * conj(X)·Y over segments. The shorter input is zero-padded; the other axes broadcast. As in SciPy, passing
     * the same array object as x and y gives welch's real spectrum.
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

    /** {@code spectrogram(x)} with SciPy's defaults. */
    public static Spectrogram spectrogram(NdArray x) {
        return spectrogram(x, SpectrogramOptions.defaults());
    }

    /**
     * A spectrogram ({@code scipy.signal.spectrogram}): the spectrum of every segment, as psd (scaled like
     * welch), the scaled complex STFT, its magnitude, angle, or angle unwrapped along frequency. Complex input
     * gives a two-sided spectrogram with SciPy's warning.
     *
     * @throws IllegalArgumentException for invalid options, in SciPy's words
     */
    public static Spectrogram spectrogram(NdArray x, SpectrogramOptions options) {
        return FrameSpectra.spectrogram(x, options);
    }

    /** {@code stft(x)} with SciPy's defaults. */
    public static Stft stft(NdArray x) {
        return stft(x, StftOptions.defaults());
    }

    /**
     * The short-time Fourier transform ({@code scipy.signal.stft}): the signal extended at both ends and padded
     * as asked, each segment windowed and transformed, scaled to a magnitude (or density) spectrum.
     *
     * @throws IllegalArgumentException for invalid options, in SciPy's words
     */
    public static Stft stft(NdArray x, StftOptions options) {
        return FrameSpectra.stft(x, options);
    }

    /** {@code istft(zxx)} with SciPy's defaults. */
    public static Istft istft(NdArray zxx) {
        return istft(zxx, IstftOptions.defaults());
    }

    /**
     * The inverse short-time Fourier transform ({@code scipy.signal.istft}) by weighted overlap-add, with
     * SciPy's warning when the NOLA condition fails. As in SciPy 1.17, the returned times have as many samples
     * as the first axis of the signal (the signal's length for 1-d results).
     *
     * @throws IllegalArgumentException for an input of fewer than 2 dimensions, equal time and frequency axes,
     *                                  or invalid options, in SciPy's words
     */
    public static Istft istft(NdArray zxx, IstftOptions options) {
        return InverseStft.istft(zxx, options);
    }
}
