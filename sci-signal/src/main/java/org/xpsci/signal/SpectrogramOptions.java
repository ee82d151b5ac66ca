package org.xpsci.signal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xpsci.xp.NdArray;

/**
 * The keyword arguments of {@code scipy.signal.spectrogram}, with SciPy's defaults ({@link #defaults()});
 * each {@code with*} returns a copy.
 *
 * @param fs             sampling frequency, in Hz (default 1.0)
 * @param window         the window (default {@code ('tukey_periodic', 0.25)})
 * @param nperseg        samples per segment; null for 256, or the window's length for an array window
 * @param noverlap       samples shared by neighbouring segments; null for nperseg/8
 * @param nfft           FFT length, at least nperseg; null for nperseg
 * @param detrend        how each segment is detrended (default constant)
 * @param returnOnesided one-sided spectrum for real input (default true)
 * @param scaling        density (V²/Hz, default) or spectrum (V²)
 * @param axis           the axis of the input to analyse (default -1)
 * @param mode           what is returned per segment and frequency (default psd)
 */
public record SpectrogramOptions(double fs, WindowSpec window, Integer nperseg, Integer noverlap, Integer nfft,
                                 Detrender detrend, boolean returnOnesided, Scaling scaling, int axis,
                                 SpectrogramMode mode) {

    /**
     * Checks that the object arguments are present.
     *
     * @throws NullPointerException naming a missing window, detrend, scaling or mode
     */
    public SpectrogramOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(detrend, "detrend (use Detrender.NONE for no detrending)");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(mode, "mode");
    }

    /** SciPy's defaults: fs 1, ('tukey_periodic', 0.25), nperseg 256, noverlap nperseg/8, constant, psd. */
    public static SpectrogramOptions defaults() {
        return new SpectrogramOptions(1.0, WindowSpec.of("tukey_periodic", 0.25), null, null, null,
                Detrender.CONSTANT, true, Scaling.DENSITY, -1, SpectrogramMode.PSD);
    }

    /** With a sampling frequency in Hz. */
    public SpectrogramOptions withFs(double value) {
        return new SpectrogramOptions(value, window, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, axis,
                mode);
    }

    /** With a window. */
    public SpectrogramOptions withWindow(WindowSpec value) {
        return new SpectrogramOptions(fs, value, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, axis,
                mode);
    }

    /** With a window by name. */
    public SpectrogramOptions withWindow(String name) {
        return withWindow(WindowSpec.of(name));
    }

    /** With a window given by its values. */
    public SpectrogramOptions withWindow(NdArray values) {
        return withWindow(WindowSpec.of(values));
    }

    /** With a segment length (null for the default). */
    public SpectrogramOptions withNperseg(Integer value) {
        return new SpectrogramOptions(fs, window, value, noverlap, nfft, detrend, returnOnesided, scaling, axis,
                mode);
    }

    /** With an overlap (null for the default nperseg/8). */
    public SpectrogramOptions withNoverlap(Integer value) {
        return new SpectrogramOptions(fs, window, nperseg, value, nfft, detrend, returnOnesided, scaling, axis,
                mode);
    }

    /** With an FFT length (null for nperseg). */
    public SpectrogramOptions withNfft(Integer value) {
        return new SpectrogramOptions(fs, window, nperseg, noverlap, value, detrend, returnOnesided, scaling, axis,
                mode);
    }

    /** With a detrending. */
    public SpectrogramOptions withDetrend(Detrender value) {
        return new SpectrogramOptions(fs, window, nperseg, noverlap, nfft, value, returnOnesided, scaling, axis,
                mode);
    }

    /** With a detrending by name: "constant", "linear" or "false". */
    public SpectrogramOptions withDetrend(String value) {
        return withDetrend(Detrender.parse(value));
    }

    /** With a custom detrending function over {@code (..., k, nperseg)} blocks of segments. */
    public SpectrogramOptions withDetrend(UnaryOperator<NdArray> function) {
        return withDetrend(Detrender.custom(function));
    }

    /** With or without a one-sided spectrum. */
    public SpectrogramOptions withReturnOnesided(boolean value) {
        return new SpectrogramOptions(fs, window, nperseg, noverlap, nfft, detrend, value, scaling, axis, mode);
    }

    /** With a scaling. */
    public SpectrogramOptions withScaling(Scaling value) {
        return new SpectrogramOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, value, axis,
                mode);
    }

    /** With a scaling by name: "density" or "spectrum". */
    public SpectrogramOptions withScaling(String value) {
        return withScaling(Scaling.parse(value));
    }

    /** With an axis. */
    public SpectrogramOptions withAxis(int value) {
        return new SpectrogramOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, value,
                mode);
    }

    /** With a mode. */
    public SpectrogramOptions withMode(SpectrogramMode value) {
        return new SpectrogramOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, axis,
                value);
    }

    /** With a mode by name: "psd", "complex", "magnitude", "angle" or "phase". */
    public SpectrogramOptions withMode(String value) {
        return withMode(SpectrogramMode.parse(value));
    }
}
