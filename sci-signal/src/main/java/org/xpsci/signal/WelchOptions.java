package org.xpsci.signal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xpsci.xp.NdArray;

/**
 * The keyword arguments of {@code scipy.signal.welch} and {@code csd}, with SciPy's defaults
 * ({@link #defaults()}); each {@code with*} returns a copy. Values are checked when the function runs, with
 * SciPy's messages.
 *
 * @param fs             sampling frequency, in Hz (default 1.0)
 * @param window         the window (default {@code 'hann_periodic'})
 * @param nperseg        samples per segment; null for 256, or the window's length for an array window
 * @param noverlap       samples shared by neighbouring segments; null for nperseg/2 (negative values leave gaps)
 * @param nfft           FFT length, at least nperseg (zero padding); null for nperseg
 * @param detrend        how each segment is detrended (default constant)
 * @param returnOnesided one-sided spectrum for real input (default true; complex input is always two-sided)
 * @param scaling        density (V²/Hz, default) or spectrum (V²)
 * @param axis           the axis of the input to analyse (default -1)
 * @param average        mean (default) or median of the segments' periodograms
 */
public record WelchOptions(double fs, WindowSpec window, Integer nperseg, Integer noverlap, Integer nfft,
                           Detrender detrend, boolean returnOnesided, Scaling scaling, int axis, Average average) {

    /**
     * Checks that the object arguments are present.
     *
     * @throws NullPointerException naming a missing window, detrend, scaling or average
     */
    public WelchOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(detrend, "detrend (use Detrender.NONE for no detrending)");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(average, "average");
    }

    /** SciPy's defaults: fs 1, 'hann_periodic', nperseg 256, noverlap nperseg/2, constant detrend, density. */
    public static WelchOptions defaults() {
        return new WelchOptions(1.0, WindowSpec.of("hann_periodic"), null, null, null, Detrender.CONSTANT, true,
                Scaling.DENSITY, -1, Average.MEAN);
    }

    /** With a sampling frequency in Hz. */
    public WelchOptions withFs(double value) {
        return new WelchOptions(value, window, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, axis,
                average);
    }

    /** With a window. */
    public WelchOptions withWindow(WindowSpec value) {
        return new WelchOptions(fs, value, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, axis, average);
    }

    /** With a window by name. */
    public WelchOptions withWindow(String name) {
        return withWindow(WindowSpec.of(name));
    }

    /** With a window given by its values. */
    public WelchOptions withWindow(NdArray values) {
        return withWindow(WindowSpec.of(values));
    }

    /** With a segment length (null for the default). */
    public WelchOptions withNperseg(Integer value) {
        return new WelchOptions(fs, window, value, noverlap, nfft, detrend, returnOnesided, scaling, axis, average);
    }

    /** With an overlap (null for the default nperseg/2). */
    public WelchOptions withNoverlap(Integer value) {
        return new WelchOptions(fs, window, nperseg, value, nfft, detrend, returnOnesided, scaling, axis, average);
    }

    /** With an FFT length (null for nperseg). */
    public WelchOptions withNfft(Integer value) {
        return new WelchOptions(fs, window, nperseg, noverlap, value, detrend, returnOnesided, scaling, axis, average);
    }

    /** With a detrending. */
    public WelchOptions withDetrend(Detrender value) {
        return new WelchOptions(fs, window, nperseg, noverlap, nfft, value, returnOnesided, scaling, axis, average);
    }

    /** With a detrending by name: "constant", "linear" or "false". */
    public WelchOptions withDetrend(String value) {
        return withDetrend(Detrender.parse(value));
    }

    /** With a custom detrending function over {@code (..., k, nperseg)} blocks of segments. */
    public WelchOptions withDetrend(UnaryOperator<NdArray> function) {
        return withDetrend(Detrender.custom(function));
    }

    /** With or without a one-sided spectrum. */
    public WelchOptions withReturnOnesided(boolean value) {
        return new WelchOptions(fs, window, nperseg, noverlap, nfft, detrend, value, scaling, axis, average);
    }

    /** With a scaling. */
    public WelchOptions withScaling(Scaling value) {
        return new WelchOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, value, axis, average);
    }

    /** With a scaling by name: "density" or "spectrum". */
    public WelchOptions withScaling(String value) {
        return withScaling(Scaling.parse(value));
    }

    /** With an axis. */
    public WelchOptions withAxis(int value) {
        return new WelchOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, value, average);
    }

    /** With an averaging. */
    public WelchOptions withAverage(Average value) {
        return new WelchOptions(fs, window, nperseg, noverlap, nfft, detrend, returnOnesided, scaling, axis, value);
    }

    /** With an averaging by name: "mean" or "median". */
    public WelchOptions withAverage(String value) {
        return withAverage(Average.parse(value));
    }
}
