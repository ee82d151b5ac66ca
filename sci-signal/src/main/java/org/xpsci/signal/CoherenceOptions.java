package org.xpsci.signal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xpsci.xp.NdArray;

/**
 * The keyword arguments of {@code scipy.signal.coherence}, with SciPy's defaults ({@link #defaults()}); each
 * {@code with*} returns a copy.
 *
 * @param fs       sampling frequency, in Hz (default 1.0)
 * @param window   the window (default {@code 'hann_periodic'})
 * @param nperseg  samples per segment; null for 256, or the window's length for an array window
 * @param noverlap samples shared by neighbouring segments; null for nperseg/2
 * @param nfft     FFT length, at least nperseg; null for nperseg
 * @param detrend  how each segment is detrended (default constant)
 * @param axis     the axis of the inputs to analyse (default -1)
 */
public record CoherenceOptions(double fs, WindowSpec window, Integer nperseg, Integer noverlap, Integer nfft,
                               Detrender detrend, int axis) {

    /**
     * Checks that the object arguments are present.
     *
     * @throws NullPointerException naming a missing window or detrend
     */
    public CoherenceOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(detrend, "detrend (use Detrender.NONE for no detrending)");
    }

    /** SciPy's defaults: fs 1, 'hann_periodic', nperseg 256, noverlap nperseg/2, constant detrend. */
    public static CoherenceOptions defaults() {
        return new CoherenceOptions(1.0, WindowSpec.of("hann_periodic"), null, null, null, Detrender.CONSTANT, -1);
    }

    /** With a sampling frequency in Hz. */
    public CoherenceOptions withFs(double value) {
        return new CoherenceOptions(value, window, nperseg, noverlap, nfft, detrend, axis);
    }

    /** With a window. */
    public CoherenceOptions withWindow(WindowSpec value) {
        return new CoherenceOptions(fs, value, nperseg, noverlap, nfft, detrend, axis);
    }

    /** With a window by name. */
    public CoherenceOptions withWindow(String name) {
        return withWindow(WindowSpec.of(name));
    }

    /** With a window given by its values. */
    public CoherenceOptions withWindow(NdArray values) {
        return withWindow(WindowSpec.of(values));
    }

    /** With a segment length (null for the default). */
    public CoherenceOptions withNperseg(Integer value) {
        return new CoherenceOptions(fs, window, value, noverlap, nfft, detrend, axis);
    }

    /** With an overlap (null for the default). */
    public CoherenceOptions withNoverlap(Integer value) {
        return new CoherenceOptions(fs, window, nperseg, value, nfft, detrend, axis);
    }

    /** With an FFT length (null for nperseg). */
    public CoherenceOptions withNfft(Integer value) {
        return new CoherenceOptions(fs, window, nperseg, noverlap, value, detrend, axis);
    }

    /** With a detrending. */
    public CoherenceOptions withDetrend(Detrender value) {
        return new CoherenceOptions(fs, window, nperseg, noverlap, nfft, value, axis);
    }

    /** With a detrending by name: "constant", "linear" or "false". */
    public CoherenceOptions withDetrend(String value) {
        return withDetrend(Detrender.parse(value));
    }

    /** With a custom detrending function over {@code (..., k, nperseg)} blocks of segments. */
    public CoherenceOptions withDetrend(UnaryOperator<NdArray> function) {
        return withDetrend(Detrender.custom(function));
    }

    /** With an axis. */
    public CoherenceOptions withAxis(int value) {
        return new CoherenceOptions(fs, window, nperseg, noverlap, nfft, detrend, value);
    }

    /** The same arguments as welch and csd take them (mean averaging, one-sided density). */
    public WelchOptions toWelch() {
        return new WelchOptions(fs, window, nperseg, noverlap, nfft, detrend, true, Scaling.DENSITY, axis,
                Average.MEAN);
    }
}
