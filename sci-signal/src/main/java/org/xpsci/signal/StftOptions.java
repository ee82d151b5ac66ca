package org.xpsci.signal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xpsci.xp.NdArray;

/**
 * The keyword arguments of {@code scipy.signal.stft}, with SciPy's defaults ({@link #defaults()}); each
 * {@code with*} returns a copy.
 *
 * @param fs             sampling frequency, in Hz (default 1.0)
 * @param window         the window (default {@code 'hann_periodic'})
 * @param nperseg        samples per segment (default 256; an array window's length must match)
 * @param noverlap       samples shared by neighbouring segments; null for nperseg/2
 * @param nfft           FFT length, at least nperseg; null for nperseg
 * @param detrend        how each segment is detrended (default none)
 * @param returnOnesided one-sided spectrum for real input (default true)
 * @param boundary       how the signal is extended at both ends (default zeros)
 * @param padded         whether the signal is zero-padded to fill the last segment (default true)
 * @param axis           the axis of the input to analyse (default -1)
 * @param scaling        spectrum (default, SciPy's 'spectrum') or density (SciPy's 'psd')
 */
public record StftOptions(double fs, WindowSpec window, Integer nperseg, Integer noverlap, Integer nfft,
                          Detrender detrend, boolean returnOnesided, Boundary boundary, boolean padded, int axis,
                          Scaling scaling) {

    /**
     * Checks that the object arguments are present.
     *
     * @throws NullPointerException naming a missing window, detrend, boundary or scaling
     */
    public StftOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(detrend, "detrend (use Detrender.NONE for no detrending)");
        Objects.requireNonNull(boundary, "boundary (use Boundary.NONE for none)");
        Objects.requireNonNull(scaling, "scaling");
    }

    /** SciPy's defaults: fs 1, 'hann_periodic', nperseg 256, no detrending, zeros boundary, padded, spectrum. */
    public static StftOptions defaults() {
        return new StftOptions(1.0, WindowSpec.of("hann_periodic"), 256, null, null, Detrender.NONE, true,
                Boundary.ZEROS, true, -1, Scaling.SPECTRUM);
    }

    /** With a sampling frequency in Hz. */
    public StftOptions withFs(double value) {
        return new StftOptions(value, window, nperseg, noverlap, nfft, detrend, returnOnesided, boundary, padded,
                axis, scaling);
    }

    /** With a window. */
    public StftOptions withWindow(WindowSpec value) {
        return new StftOptions(fs, value, nperseg, noverlap, nfft, detrend, returnOnesided, boundary, padded, axis,
                scaling);
    }

    /** With a window by name. */
    public StftOptions withWindow(String name) {
        return withWindow(WindowSpec.of(name));
    }

    /** With a window given by its values; nperseg null takes its length. */
    public StftOptions withWindow(NdArray values) {
        return withWindow(WindowSpec.of(values));
    }

    /** With a segment length (null: the window's length for an array window, else 256). */
    public StftOptions withNperseg(Integer value) {
        return new StftOptions(fs, window, value, noverlap, nfft, detrend, returnOnesided, boundary, padded, axis,
                scaling);
    }

    /** With an overlap (null for nperseg/2). */
    public StftOptions withNoverlap(Integer value) {
        return new StftOptions(fs, window, nperseg, value, nfft, detrend, returnOnesided, boundary, padded, axis,
                scaling);
    }

    /** With an FFT length (null for nperseg). */
    public StftOptions withNfft(Integer value) {
        return new StftOptions(fs, window, nperseg, noverlap, value, detrend, returnOnesided, boundary, padded, axis,
                scaling);
    }

    /** With a detrending. */
    public StftOptions withDetrend(Detrender value) {
        return new StftOptions(fs, window, nperseg, noverlap, nfft, value, returnOnesided, boundary, padded, axis,
                scaling);
    }

    /** With a detrending by name: "constant", "linear" or "false". */
    public StftOptions withDetrend(String value) {
        return withDetrend(Detrender.parse(value));
    }

    /** With a custom detrending function over {@code (..., k, nperseg)} blocks of segments. */
    public StftOptions withDetrend(UnaryOperator<NdArray> function) {
        return withDetrend(Detrender.custom(function));
    }

    /** With or without a one-sided spectrum. */
    public StftOptions withReturnOnesided(boolean value) {
        return new StftOptions(fs, window, nperseg, noverlap, nfft, detrend, value, boundary, padded, axis, scaling);
    }

    /** With a boundary extension. */
    public StftOptions withBoundary(Boundary value) {
        return new StftOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, value, padded, axis,
                scaling);
    }

    /** With a boundary extension by name: "even", "odd", "constant", "zeros" or "none". */
    public StftOptions withBoundary(String value) {
        return withBoundary(Boundary.parse(value));
    }

    /** With or without zero padding to fill the last segment. */
    public StftOptions withPadded(boolean value) {
        return new StftOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, boundary, value, axis,
                scaling);
    }

    /** With an axis. */
    public StftOptions withAxis(int value) {
        return new StftOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, boundary, padded, value,
                scaling);
    }

    /** With a scaling. */
    public StftOptions withScaling(Scaling value) {
        return new StftOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, boundary, padded, axis,
                value);
    }

    /**
     * With a scaling by SciPy's name for stft: "spectrum", or "psd" (density).
     *
     * @throws IllegalArgumentException for any other name, in SciPy's words
     */
    public StftOptions withScaling(String value) {
        if ("psd".equals(value)) {
            return withScaling(Scaling.DENSITY);
        }
        if ("spectrum".equals(value)) {
            return withScaling(Scaling.SPECTRUM);
        }
        throw new IllegalArgumentException("Parameter scaling='" + value + "' not in ['spectrum', 'psd']!");
    }
}
