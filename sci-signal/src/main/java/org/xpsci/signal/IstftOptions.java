package org.xpsci.signal;

import java.util.Objects;

/**
 * The keyword arguments of {@code scipy.signal.istft}, with SciPy's defaults ({@link #defaults()}); each
 * {@code with*} returns a copy.
 *
 * @param fs            sampling frequency, in Hz (default 1.0)
 * @param window        the window the STFT was computed with (default {@code 'hann_periodic'})
 * @param nperseg       samples per segment; null for what the frequency axis implies
 * @param noverlap      samples shared by neighbouring segments; null for nperseg/2
 * @param nfft          FFT length, at least nperseg; null for what the frequency axis implies
 * @param inputOnesided whether the STFT is one-sided (default true)
 * @param boundary      whether the STFT was computed with a boundary extension, which is cut off (default true)
 * @param timeAxis      the STFT's segment axis (default -1)
 * @param freqAxis      the STFT's frequency axis (default -2)
 * @param scaling       spectrum (default) or density, as the STFT was scaled
 */
public record IstftOptions(double fs, WindowSpec window, Integer nperseg, Integer noverlap, Integer nfft,
                           boolean inputOnesided, boolean boundary, int timeAxis, int freqAxis, Scaling scaling) {

    /**
     * Checks that the object arguments are present.
     *
     * @throws NullPointerException naming a missing window or scaling
     */
    public IstftOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(scaling, "scaling");
    }

    /** SciPy's defaults: fs 1, 'hann_periodic', one-sided input with a boundary, time axis -1, freq axis -2. */
    public static IstftOptions defaults() {
        return new IstftOptions(1.0, WindowSpec.of("hann_periodic"), null, null, null, true, true, -1, -2,
                Scaling.SPECTRUM);
    }

    /** With a sampling frequency in Hz. */
    public IstftOptions withFs(double value) {
        return new IstftOptions(value, window, nperseg, noverlap, nfft, inputOnesided, boundary, timeAxis, freqAxis,
                scaling);
    }

    /** With a window. */
    public IstftOptions withWindow(WindowSpec value) {
        return new IstftOptions(fs, value, nperseg, noverlap, nfft, inputOnesided, boundary, timeAxis, freqAxis,
                scaling);
    }

    /** With a window by name. */
    public IstftOptions withWindow(String name) {
        return withWindow(WindowSpec.of(name));
    }

    /** With a window given by its values (length nperseg). */
    public IstftOptions withWindow(org.xpsci.xp.NdArray values) {
        return withWindow(WindowSpec.of(values));
    }

    /** With a segment length (null for the default). */
    public IstftOptions withNperseg(Integer value) {
        return new IstftOptions(fs, window, value, noverlap, nfft, inputOnesided, boundary, timeAxis, freqAxis,
                scaling);
    }

    /** With an overlap (null for nperseg/2). */
    public IstftOptions withNoverlap(Integer value) {
        return new IstftOptions(fs, window, nperseg, value, nfft, inputOnesided, boundary, timeAxis, freqAxis,
                scaling);
    }

    /** With an FFT length (null for the default). */
    public IstftOptions withNfft(Integer value) {
        return new IstftOptions(fs, window, nperseg, noverlap, value, inputOnesided, boundary, timeAxis, freqAxis,
                scaling);
    }

    /** With one-sided or two-sided input. */
    public IstftOptions withInputOnesided(boolean value) {
        return new IstftOptions(fs, window, nperseg, noverlap, nfft, value, boundary, timeAxis, freqAxis, scaling);
    }

    /** With or without cutting off a boundary extension. */
    public IstftOptions withBoundary(boolean value) {
        return new IstftOptions(fs, window, nperseg, noverlap, nfft, inputOnesided, value, timeAxis, freqAxis,
                scaling);
    }

    /** With the STFT's segment axis. */
    public IstftOptions withTimeAxis(int value) {
        return new IstftOptions(fs, window, nperseg, noverlap, nfft, inputOnesided, boundary, value, freqAxis,
                scaling);
    }

    /** With the STFT's frequency axis. */
    public IstftOptions withFreqAxis(int value) {
        return new IstftOptions(fs, window, nperseg, noverlap, nfft, inputOnesided, boundary, timeAxis, value,
                scaling);
    }

    /** With a scaling. */
    public IstftOptions withScaling(Scaling value) {
        return new IstftOptions(fs, window, nperseg, noverlap, nfft, inputOnesided, boundary, timeAxis, freqAxis,
                value);
    }

    /**
     * With a scaling by SciPy's name for istft: "spectrum", or "psd" (density).
     *
     * @throws IllegalArgumentException for any other name, in SciPy's words
     */
    public IstftOptions withScaling(String value) {
        if ("psd".equals(value)) {
            return withScaling(Scaling.DENSITY);
        }
        if ("spectrum".equals(value)) {
            return withScaling(Scaling.SPECTRUM);
        }
        throw new IllegalArgumentException("Parameter scaling='" + value + "' not in ['spectrum', 'psd']!");
    }
}
