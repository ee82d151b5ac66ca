package org.xpsci.cli;

import java.nio.file.Path;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Results;
import org.xpsci.cli.internal.Session;
import org.xpsci.cli.internal.WindowArg;
import org.xpsci.signal.Coherence;
import org.xpsci.signal.CoherenceOptions;
import org.xpsci.signal.CrossSpectrum;
import org.xpsci.signal.Detrend;
import org.xpsci.signal.DetrendType;
import org.xpsci.signal.PeriodogramOptions;
import org.xpsci.signal.Spectral;
import org.xpsci.signal.Spectrum;
import org.xpsci.signal.WelchOptions;
import org.xpsci.signal.Windows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The scipy.signal commands: spectral estimation, windows and detrending. */
@CommandGroup("Spectral analysis (scipy.signal)")
final class SignalCommands {

    private static final String WINDOW_HELP = "Desired window (SciPy: window): NAME, NAME,PARAM,... (SciPy's tuple,"
            + " e.g. kaiser,8.0 or tukey,0.25), or a .npy file of the window's values";

    private SignalCommands() {
    }

    /** The options welch, csd and coherence share: {@code fs, window, nperseg, noverlap, nfft, detrend, axis}. */
    static final class Segments {
        @Option(names = "--fs", paramLabel = "FS", defaultValue = "1.0",
                description = "Sampling frequency in Hz (SciPy: fs; default: ${DEFAULT-VALUE}).")
        double fs;

        @Option(names = "--window", paramLabel = "WINDOW", defaultValue = "hann",
                description = WINDOW_HELP + " (default: ${DEFAULT-VALUE}, periodic).")
        String window;

        @Option(names = "--nperseg", paramLabel = "N",
                description = "Length of each segment (SciPy: nperseg; default: 256, or the window's length).")
        Integer nperseg;

        @Option(names = "--noverlap", paramLabel = "N",
                description = "Points to overlap between segments (SciPy: noverlap; default: nperseg // 2).")
        Integer noverlap;

        @Option(names = "--nfft", paramLabel = "N",
                description = "Length of the FFT, for zero padding (SciPy: nfft; default: nperseg).")
        Integer nfft;

        @Option(names = "--detrend", paramLabel = "TYPE", defaultValue = "constant",
                description = "How to detrend each segment (SciPy: detrend): constant, linear or false (default:"
                        + " ${DEFAULT-VALUE}).")
        String detrend;

        @Option(names = "--axis", paramLabel = "AXIS", defaultValue = "-1",
                description = "Axis along which the spectrum is computed (SciPy: axis; default: ${DEFAULT-VALUE}).")
        int axis;

        WelchOptions welch(Session s) {
            return WelchOptions.defaults().withFs(fs).withWindow(WindowArg.parse(window, s)).withNperseg(nperseg)
                    .withNoverlap(noverlap).withNfft(nfft).withDetrend(detrend).withAxis(axis);
        }
    }

    /** The options of welch and csd beyond {@link Segments}: {@code return_onesided, scaling, average}. */
    static final class Averaging {
        @Option(names = "--return-onesided", paramLabel = "BOOL", defaultValue = "true", arity = "1",
                description = "One-sided spectrum for real data (SciPy: return_onesided; complex data always"
                        + " gets two; default: ${DEFAULT-VALUE}).")
        boolean returnOnesided;

        @Option(names = "--scaling", paramLabel = "MODE", defaultValue = "density",
                description = "density (V**2/Hz) or spectrum (V**2) (SciPy: scaling; default: ${DEFAULT-VALUE}).")
        String scaling;

        @Option(names = "--average", paramLabel = "METHOD", defaultValue = "mean",
                description = "How to average the segments' periodograms: mean or median (SciPy: average;"
                        + " default: ${DEFAULT-VALUE}).")
        String average;

        WelchOptions apply(WelchOptions o) {
            return o.withReturnOnesided(returnOnesided).withScaling(scaling).withAverage(average);
        }
    }

    @Command(name = "welch", description = "Power spectral density by Welch's method, scipy.signal.welch."
            + " Writes: f, pxx.")
    static int welch(@Option(names = "--x", required = true, paramLabel = "FILE.npy",
                             description = "Time series of measurement values (SciPy: x).") Path x,
                     @Mixin Segments seg, @Mixin Averaging avg, @Mixin Session s) {
        Spectrum r = Spectral.welch(s.read(x, "x"), avg.apply(seg.welch(s)));
        return s.write(Results.of("f", r.f(), "pxx", r.pxx()));
    }

    @Command(name = "csd", description = "Cross power spectral density by Welch's method, scipy.signal.csd."
            + " Writes: f, pxy.")
    static int csd(@Option(names = "--x", required = true, paramLabel = "FILE.npy",
                           description = "Time series of measurement values (SciPy: x).") Path x,
                   @Option(names = "--y", required = true, paramLabel = "FILE.npy",
                           description = "Time series of measurement values (SciPy: y).") Path y,
                   @Mixin Segments seg, @Mixin Averaging avg, @Mixin Session s) {
        CrossSpectrum r = Spectral.csd(s.read(x, "x"), s.read(y, "y"), avg.apply(seg.welch(s)));
        return s.write(Results.of("f", r.f(), "pxy", r.pxy()));
    }

    @Command(name = "coherence", description = "Magnitude-squared coherence by Welch's method,"
            + " scipy.signal.coherence. Writes: f, cxy.")
    static int coherence(@Option(names = "--x", required = true, paramLabel = "FILE.npy",
                                 description = "Time series of measurement values (SciPy: x).") Path x,
                         @Option(names = "--y", required = true, paramLabel = "FILE.npy",
                                 description = "Time series of measurement values (SciPy: y).") Path y,
                         @Mixin Segments seg, @Mixin Session s) {
        CoherenceOptions o = CoherenceOptions.defaults().withFs(seg.fs).withWindow(WindowArg.parse(seg.window, s))
                .withNperseg(seg.nperseg).withNoverlap(seg.noverlap).withNfft(seg.nfft).withDetrend(seg.detrend)
                .withAxis(seg.axis);
        Coherence r = Spectral.coherence(s.read(x, "x"), s.read(y, "y"), o);
        return s.write(Results.of("f", r.f(), "cxy", r.cxy()));
    }

    @Command(name = "periodogram", description = "Power spectral density by a periodogram,"
            + " scipy.signal.periodogram. Writes: f, pxx.")
    static int periodogram(@Option(names = "--x", required = true, paramLabel = "FILE.npy",
                                   description = "Time series of measurement values (SciPy: x).") Path x,
                           @Option(names = "--fs", paramLabel = "FS", defaultValue = "1.0",
                                   description = "Sampling frequency in Hz (SciPy: fs; default: ${DEFAULT-VALUE}).")
                           double fs,
                           @Option(names = "--window", paramLabel = "WINDOW", defaultValue = "boxcar",
                                   description = WINDOW_HELP + " (default: ${DEFAULT-VALUE}).") String window,
                           @Option(names = "--nfft", paramLabel = "N",
                                   description = "Length of the FFT (SciPy: nfft; default: the input's length).")
                           Integer nfft,
                           @Option(names = "--detrend", paramLabel = "TYPE", defaultValue = "constant",
                                   description = "constant, linear or false (SciPy: detrend; default:"
                                           + " ${DEFAULT-VALUE}).") String detrend,
                           @Option(names = "--return-onesided", paramLabel = "BOOL", defaultValue = "true",
                                   arity = "1", description = "One-sided spectrum for real data (SciPy:"
                                   + " return_onesided; default: ${DEFAULT-VALUE}).") boolean returnOnesided,
                           @Option(names = "--scaling", paramLabel = "MODE", defaultValue = "density",
                                   description = "density or spectrum (SciPy: scaling; default: ${DEFAULT-VALUE}).")
                           String scaling,
                           @Option(names = "--axis", paramLabel = "AXIS", defaultValue = "-1",
                                   description = "Axis along which the periodogram is computed (SciPy: axis;"
                                           + " default: ${DEFAULT-VALUE}).") int axis,
                           @Mixin Session s) {
        PeriodogramOptions o = PeriodogramOptions.defaults().withFs(fs).withWindow(WindowArg.parse(window, s))
                .withNfft(nfft).withDetrend(detrend).withReturnOnesided(returnOnesided).withScaling(scaling)
                .withAxis(axis);
        Spectrum r = Spectral.periodogram(s.read(x, "x"), o);
        return s.write(Results.of("f", r.f(), "pxx", r.pxx()));
    }

    @Command(name = "get-window", description = "A window of a given length and type, scipy.signal.get_window."
            + " Writes: w.")
    static int getWindow(@Option(names = "--window", required = true, paramLabel = "WINDOW",
                                 description = "The type of window (SciPy: window): NAME or NAME,PARAM,... (e.g."
                                         + " kaiser,8.0), or a number (a Kaiser window's beta).") String window,
                         @Option(names = "--nx", required = true, paramLabel = "N",
                                 description = "The number of samples in the window (SciPy: Nx).") int nx,
                         @Option(names = "--fftbins", paramLabel = "BOOL", defaultValue = "true", arity = "1",
                                 description = "true: periodic window, for spectral analysis; false: symmetric, for"
                                         + " filter design (SciPy: fftbins; default: ${DEFAULT-VALUE}).")
                         boolean fftbins,
                         @Mixin Session s) {
        return s.write(Results.of("w", Windows.get(WindowArg.parse(window), nx, fftbins, s.namespace(), null)));
    }

    @Command(name = "detrend", description = "Removes a linear trend or the mean along an axis,"
            + " scipy.signal.detrend. Writes: out.")
    static int detrend(@Option(names = "--data", required = true, paramLabel = "FILE.npy",
                               description = "The input data (SciPy: data).") Path data,
                       @Option(names = "--axis", paramLabel = "AXIS", defaultValue = "-1",
                               description = "The axis along which to detrend (SciPy: axis; default:"
                                       + " ${DEFAULT-VALUE}).") int axis,
                       @Option(names = "--type", paramLabel = "TYPE", defaultValue = "linear",
                               description = "linear (least-squares line) or constant (mean) (SciPy: type;"
                                       + " default: ${DEFAULT-VALUE}).") String type,
                       @Mixin Session s) {
        return s.write(Results.of("out", Detrend.detrend(s.read(data, "data"), axis, DetrendType.parse(type))));
    }
}
