package org.xpsci.signal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xpsci.xp.NdArray;

/**
 * The keyword arguments of {@code scipy.signal.periodogram}, with SciPy's defaults ({@link #defaults()});
 * each {@code with*} returns a copy.
 *
 * @param fs             sampling frequency, in Hz (default 1.0)
 * @param window         the window (default {@code 'boxcar'})
 * @param nfft           FFT length: longer than the input zero-pads, shorter truncates the input; null for the
 *                       input's length
 * @param detrend        how the signal is detrended (default constant)
 * @param returnOnesided one-sided spectrum for real input (default true)
 * @param scaling        density (V²/Hz, default) or spectrum (V²)
 * @param axis           the axis of the input to analyse (default -1)
 */
public record PeriodogramOptions(double fs, WindowSpec window, Integer nfft, Detrender detrend,
                                 boolean returnOnesided, Scaling scaling, int axis) {

    /**
     * Checks that the object arguments are present.
     *
     * @throws NullPointerException naming a missing window, detrend or scaling
     */
    public PeriodogramOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(detrend, "detrend (use Detrender.NONE for no detrending)");
        Objects.requireNonNull(scaling, "scaling");
    }

    /** SciPy's defaults: fs 1, 'boxcar', nfft the input's length, constant detrend, one-sided density. */
    public static PeriodogramOptions defaults() {
        return new PeriodogramOptions(1.0, WindowSpec.of("boxcar"), null, Detrender.CONSTANT, true, Scaling.DENSITY,
                -1);
    }

    /** With a sampling frequency in Hz. */
    public PeriodogramOptions withFs(double value) {
        return new PeriodogramOptions(value, window, nfft, detrend, returnOnesided, scaling, axis);
    }

    /** With a window. */
    public PeriodogramOptions withWindow(WindowSpec value) {
        return new PeriodogramOptions(fs, value, nfft, detrend, returnOnesided, scaling, axis);
    }

    /** With a window by name. */
    public PeriodogramOptions withWindow(String name) {
        return withWindow(WindowSpec.of(name));
    }

    /** With a window given by its values. */
    public PeriodogramOptions withWindow(NdArray values) {
        return withWindow(WindowSpec.of(values));
    }

    /** With an FFT length (null for the input's length). */
    public PeriodogramOptions withNfft(Integer value) {
        return new PeriodogramOptions(fs, window, value, detrend, returnOnesided, scaling, axis);
    }

    /** With a detrending. */
    public PeriodogramOptions withDetrend(Detrender value) {
        return new PeriodogramOptions(fs, window, nfft, value, returnOnesided, scaling, axis);
    }

    /** With a detrending by name: "constant", "linear" or "false". */
    public PeriodogramOptions withDetrend(String value) {
        return withDetrend(Detrender.parse(value));
    }

    /** With a custom detrending function over {@code (..., 1, n)} blocks. */
    public PeriodogramOptions withDetrend(UnaryOperator<NdArray> function) {
        return withDetrend(Detrender.custom(function));
    }

    /** With or without a one-sided spectrum. */
    public PeriodogramOptions withReturnOnesided(boolean value) {
        return new PeriodogramOptions(fs, window, nfft, detrend, value, scaling, axis);
    }

    /** With a scaling. */
    public PeriodogramOptions withScaling(Scaling value) {
        return new PeriodogramOptions(fs, window, nfft, detrend, returnOnesided, value, axis);
    }

    /** With a scaling by name: "density" or "spectrum". */
    public PeriodogramOptions withScaling(String value) {
        return withScaling(Scaling.parse(value));
    }

    /** With an axis. */
    public PeriodogramOptions withAxis(int value) {
        return new PeriodogramOptions(fs, window, nfft, detrend, returnOnesided, scaling, value);
    }
}
