package org.xpsci.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.WarningCapture;

/** Every error and warning of the spectral functions, with SciPy's messages. */
class ErrorsTest {

    private static NdArray x(ArrayNamespace xp) {
        return SpectralCases.in(xp, "x");
    }

    @XpTest
    void welchAndCsdRejectBadSegmenting(ArrayNamespace xp) {
        NdArray x = x(xp);
        WelchOptions d = WelchOptions.defaults();
        msg("Parameter nperseg=0 is not a positive integer!", () -> Spectral.welch(x, d.withNperseg(0)));
        msg("Parameter nperseg=-5 is not a positive integer!", () -> Spectral.welch(x, d.withNperseg(-5)));
        msg("nfft=32 must be greater than or equal to nperseg=64!",
                () -> Spectral.welch(x, d.withNperseg(64).withNfft(32)));
        msg("noverlap=64 must be less than nperseg=64!", () -> Spectral.welch(x, d.withNperseg(64).withNoverlap(64)));
        msg("Sampling frequency fs=0.0 must be positive!", () -> Spectral.welch(x, d.withFs(0)));
        msg("Sampling frequency fs=-1.0 must be positive!", () -> Spectral.csd(x, x, d.withFs(-1)));
        msg("Sampling frequency fs=NaN must be positive!", () -> Spectral.welch(x, d.withFs(Double.NaN)));
        msg("Invalid window name 'hanning'", () -> Spectral.welch(x, d.withWindow("hanning")));
        msg("'kaiser' must have parameters", () -> Spectral.welch(x, d.withWindow("kaiser")));
        assertThrows(AxisException.class, () -> Spectral.welch(x, d.withAxis(1)));
        assertThrows(AxisException.class, () -> Spectral.welch(xp.asarray(1.0), d));
        assertThrows(AxisException.class, () -> Spectral.csd(x, x, d.withAxis(-2)));
    }

    @XpTest
    void arrayWindowsAreChecked(ArrayNamespace xp) {
        NdArray x = x(xp);
        NdArray win = SpectralCases.in(xp, "win");
        WelchOptions d = WelchOptions.defaults();
        msg("nperseg=10 does not equal len(win)=100", () -> Spectral.welch(x, d.withWindow(win).withNperseg(10)));
        msg("Parameter win must be 1d, but win.shape=(2, 50)!",
                () -> Spectral.welch(x, d.withWindow(xp.reshape(win, 2, 50))));
        msg("Parameter win must be 1d, but win.shape=()!", () -> Spectral.welch(x, d.withWindow(xp.asarray(1.0))));
        NdArray nan = xp.concat(List.of(win.get(Index.range(0, 99)), xp.asarray(new double[] {Double.NaN})), 0);
        msg("Parameter win must have finite entries!", () -> Spectral.welch(x, d.withWindow(nan)));
        NdArray complex = xp.astype(win, DType.COMPLEX128);
        msg("window must be real", () -> Spectral.welch(x, d.withWindow(complex)));
        NdArray shortX = x.get(Index.range(0, 60));
        msg("no segment fits", () -> Spectral.welch(shortX, d.withWindow(win)));
        msg("must be >= ceil(nperseg/2) = 50", () -> Spectral.welch(x.get(Index.range(0, 40)), d.withWindow(win)));
        msg("the size of the window must be the same size of the input",
                () -> Spectral.periodogram(x, PeriodogramOptions.defaults().withWindow(win)));
    }

    @XpTest
    void csdShapesAndComplexY(ArrayNamespace xp) {
        NdArray x = x(xp);
        NdArray y3 = SpectralCases.in(xp, "y3");
        NdArray xc = SpectralCases.in(xp, "xc");
        WelchOptions d = WelchOptions.defaults().withNperseg(64);
        NdArray y4 = xp.zeros(new int[] {160, 4}, DType.FLOAT64, null);
        msg("x and y cannot be broadcast together", () -> Spectral.csd(SpectralCases.in(xp, "x2"), y4, d.withAxis(0)));
        assertArrayEquals(new int[] {2, 33, 3}, Spectral.csd(SpectralCases.in(xp, "x3"), y3, d.withAxis(-2)).pxy()
                .shape());
        msg("Complex-valued `y` not allowed", () -> Spectral.csd(x.get(Index.range(0, 300)), xc, d));
        // complex x makes the spectrum two-sided, silently, as in SciPy
        assertEquals(64, Spectral.csd(xc, x.get(Index.range(0, 300)), d).pxy().shape()[0]);
    }

    @XpTest
    void csdOfTheSameObjectIsWelchsRealSpectrumAsInScipy(ArrayNamespace xp) {
        NdArray x = x(xp);
        WelchOptions d = WelchOptions.defaults().withNperseg(64).withNoverlap(-20);
        CrossSpectrum same = Spectral.csd(x, x, d);
        assertEquals(DType.FLOAT64, same.pxy().dtype());
        Tolerances.assertSpectrum(same.pxy(), SpectralCases.fixture(), "welch:gaps:p", "csd(x, x)");
        assertEquals(DType.COMPLEX128, Spectral.csd(x, SpectralCases.in(xp, "x"), d).pxy().dtype());
    }

    @XpTest
    void emptyInputsGiveEmptyFloat64Results(ArrayNamespace xp) {
        NdArray e = xp.zeros(new int[] {3, 0}, DType.FLOAT32, null);
        Spectrum s = Spectral.welch(e);
        assertArrayEquals(new int[] {3, 0}, s.f().shape());
        assertArrayEquals(new int[] {3, 0}, s.pxx().shape());
        assertEquals(DType.FLOAT64, s.pxx().dtype());
        CrossSpectrum c = Spectral.csd(xp.zeros(new int[] {0, 5}, DType.FLOAT64, null), xp.zeros(new int[] {4, 5},
                DType.FLOAT64, null), WelchOptions.defaults().withAxis(0));
        assertArrayEquals(new int[] {0, 5}, c.pxy().shape());
        assertArrayEquals(new int[] {3, 0}, Spectral.periodogram(e).pxx().shape());
        assertArrayEquals(new int[] {3, 0}, Spectral.stft(e).zxx().shape());
        assertArrayEquals(new int[] {0, 4}, Spectral.spectrogram(xp.zeros(new int[] {0, 4}, DType.FLOAT64, null),
                SpectrogramOptions.defaults().withAxis(1)).sxx().shape());
        msg("Parameter Nx=0 is not a positive integer", () -> Spectral.spectrogram(e));
        assertArrayEquals(new int[] {3, 0}, Spectral.coherence(e, e).cxy().shape());
    }

    @XpTest
    void customDetrendMustKeepTheShape(ArrayNamespace xp) {
        NdArray x = x(xp);
        msg("the detrend function must return an array of the shape it was given", () -> Spectral.welch(x,
                WelchOptions.defaults().withNperseg(64).withDetrend(b -> b.get(Index.ellipsis(), Index.range(0, 1)))));
        msg("detrend='quadratic' is not accepted", () -> Detrender.parse("quadratic"));
        msg("a Detrender is a built-in type or a function, not both",
                () -> new Detrender(DetrendType.LINEAR, b -> b));
    }

    @XpTest
    void periodogramSpectrogramStftAndIstftArguments(ArrayNamespace xp) {
        NdArray x = x(xp);
        NdArray win = SpectralCases.in(xp, "win");
        msg("nfft must be a positive integer", () -> Spectral.periodogram(x, PeriodogramOptions.defaults().withNfft(0)));
        SpectrogramOptions s = SpectrogramOptions.defaults();
        msg("Parameter Nx=0 is not a positive integer", () -> Spectral.spectrogram(x, s.withNperseg(0)));
        msg("window is longer than input signal", () -> Spectral.spectrogram(x.get(Index.range(0, 50)),
                s.withWindow(win)));
        msg("window must be 1-D", () -> Spectral.spectrogram(x, s.withWindow(xp.reshape(win, 2, 50))));
        msg("value specified for nperseg is different from length of window",
                () -> Spectral.spectrogram(x, s.withWindow(win).withNperseg(64)));
        msg("nfft must be greater than or equal to nperseg.", () -> Spectral.spectrogram(x, s.withNperseg(64)
                .withNfft(10)));
        msg("noverlap must be less than nperseg.", () -> Spectral.spectrogram(x, s.withNperseg(64).withNoverlap(70)));
        StftOptions t = StftOptions.defaults();
        msg("nperseg must be a positive integer", () -> Spectral.stft(x, t.withNperseg(0)));
        msg("value specified for nperseg is different from length of window",
                () -> Spectral.stft(x, t.withWindow(win)));
        msg("Parameter scaling='magnitude' not in ['spectrum', 'psd']!", () -> t.withScaling("magnitude"));
        NdArray z = Spectral.stft(x, t.withNperseg(64)).zxx();
        IstftOptions i = IstftOptions.defaults();
        msg("Input stft must be at least 2d!", () -> Spectral.istft(x, i));
        msg("Must specify differing time and frequency axes!", () -> Spectral.istft(z, i.withFreqAxis(1)));
        msg("nperseg must be a positive integer", () -> Spectral.istft(z, i.withNperseg(0)));
        msg("nfft must be greater than or equal to nperseg.", () -> Spectral.istft(z, i.withNperseg(64).withNfft(60)));
        msg("noverlap must be less than nperseg.", () -> Spectral.istft(z, i.withNperseg(64).withNoverlap(64)));
        msg("window must have length of 64", () -> Spectral.istft(z, i.withNperseg(64).withWindow(win)));
        msg("window must be 1-D", () -> Spectral.istft(z, i.withNperseg(100).withWindow(xp.reshape(win, 100, 1))));
        assertThrows(AxisException.class, () -> Spectral.istft(z, i.withTimeAxis(2)));
    }

    @XpTest
    void enumsListTheAcceptedValues(ArrayNamespace xp) {
        msg("Parameter scaling='psd' not in {'spectrum', 'density'}!", () -> Scaling.parse("psd"));
        msg("Parameter average='max' must be 'median' or 'mean'!", () -> Average.parse("max"));
        msg("unknown value for mode spectrum, must be one of ['psd', 'complex', 'magnitude', 'angle', 'phase']",
                () -> SpectrogramMode.parse("spectrum"));
        msg("Unknown boundary option 'reflect'", () -> Boundary.parse("reflect"));
        assertEquals(Boundary.NONE, Boundary.parse(null));
        assertEquals(Scaling.SPECTRUM, Scaling.parse("Spectrum"));
        assertEquals(Detrender.NONE, Detrender.parse("false"));
    }

    @XpTest
    void scipysWarningsAreLogged(ArrayNamespace xp) {
        NdArray shortX = SpectralCases.in(xp, "short");
        assertWarns("nperseg=256 is greater than signal length max(len(x), len(y)) = 50, using nperseg = 50",
                () -> Spectral.welch(shortX));
        assertWarns("nperseg = 256 is greater than input length  = 50, using nperseg = 50",
                () -> Spectral.spectrogram(shortX));
        assertWarns("Input data is complex, switching to return_onesided=False",
                () -> Spectral.stft(SpectralCases.in(xp, "xc"), StftOptions.defaults().withNperseg(64)));
        NdArray z = Spectral.stft(x(xp), StftOptions.defaults().withNperseg(64).withNoverlap(0)).zxx();
        assertWarns("NOLA condition failed, STFT may not be invertible.",
                () -> Spectral.istft(z, IstftOptions.defaults().withNperseg(64).withNoverlap(0)));
        try (WarningCapture<String> log = SignalWarnings.capture()) {
            Spectral.welch(x(xp));
            assertTrue(log.warnings().isEmpty(), log.warnings().toString());
        }
    }

    private static void assertWarns(String fragment, Runnable call) {
        try (WarningCapture<String> log = SignalWarnings.capture()) {
            call.run();
            assertTrue(log.warnings().stream().anyMatch(m -> m.contains(fragment)),
                    "expected a warning containing '" + fragment + "'; got " + log.warnings());
        }
    }

    private static void msg(String fragment, org.junit.jupiter.api.function.Executable call) {
        WindowsTest.assertMessage(fragment, call);
    }
}
