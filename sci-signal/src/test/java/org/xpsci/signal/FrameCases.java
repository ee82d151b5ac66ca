package org.xpsci.signal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;

/**
 * The cases of gen_signal.py's FRAMES and ISTFT tables: spectrogram and stft give {f, t, values}, istft gives
 * {t, x}, each from the fixture's inputs with the options the table gives.
 */
final class FrameCases {

    private FrameCases() {
    }

    static Fixture fixture() {
        return Fixtures.load("signal/frames.npz");
    }

    /** spectrogram and stft cases: namespace -> {f, t, values}. */
    static Map<String, Function<ArrayNamespace, NdArray[]>> frames() {
        Map<String, Function<ArrayNamespace, NdArray[]>> m = new LinkedHashMap<>();
        SpectrogramOptions s = SpectrogramOptions.defaults();
        spectrogram(m, "spectrogram:default", "x", s);
        spectrogram(m, "spectrogram:hann64", "xf", s.withWindow("hann").withNperseg(64).withNoverlap(16)
                .withScaling(Scaling.SPECTRUM));
        spectrogram(m, "spectrogram:complexmode", "xf", s.withNperseg(64).withMode(SpectrogramMode.COMPLEX)
                .withFs(100.0));
        spectrogram(m, "spectrogram:magnitude", "xf", s.withNperseg(64).withMode("magnitude"));
        spectrogram(m, "spectrogram:angle", "xf", s.withNperseg(64).withMode(SpectrogramMode.ANGLE));
        spectrogram(m, "spectrogram:phase", "xf", s.withNperseg(64).withMode(SpectrogramMode.PHASE));
        spectrogram(m, "spectrogram:complexinput", "xc", s.withNperseg(64));
        spectrogram(m, "spectrogram:float32", "x32", s.withNperseg(64));
        spectrogram(m, "spectrogram:float32complex", "x32", s.withNperseg(64).withMode(SpectrogramMode.COMPLEX));
        spectrogram(m, "spectrogram:axis0", "x2", s.withNperseg(32).withAxis(0).withMode(SpectrogramMode.MAGNITUDE));
        spectrogram(m, "spectrogram:axis1of3", "x3", s.withNperseg(40).withAxis(1).withDetrend(Detrender.LINEAR));
        spectrogram(m, "spectrogram:twosidedodd", "xf", s.withNperseg(64).withNfft(99).withReturnOnesided(false));
        spectrogram(m, "spectrogram:gaps", "xf", s.withNperseg(64).withNoverlap(-10));
        spectrogram(m, "spectrogram:short", "short", s);
        m.put("spectrogram:arraywindow", xp -> {
            Spectrogram r = Spectral.spectrogram(SpectralCases.in(xp, "xf"),
                    s.withWindow(SpectralCases.in(xp, "win")).withDetrend(Detrender.NONE));
            return new NdArray[] {r.f(), r.t(), r.sxx()};
        });
        spectrogram(m, "spectrogram:customdetrend", "xf", s.withNperseg(64)
                .withDetrend(SpectralCases::firstSample));
        spectrogram(m, "spectrogram:axis0complex", "x2", s.withNperseg(32).withAxis(0)
                .withMode(SpectrogramMode.COMPLEX));
        StftOptions t = StftOptions.defaults();
        stft(m, "stft:default", "x", t);
        stft(m, "stft:even", "xf", t.withNperseg(64).withBoundary(Boundary.EVEN));
        stft(m, "stft:odd", "xf", t.withNperseg(64).withBoundary("odd").withPadded(false));
        stft(m, "stft:constant", "xf", t.withNperseg(64).withBoundary(Boundary.CONSTANT));
        stft(m, "stft:none", "xf", t.withNperseg(64).withBoundary(Boundary.NONE).withPadded(false));
        stft(m, "stft:psd", "xf", t.withNperseg(64).withScaling("psd").withFs(50.0));
        stft(m, "stft:complex", "xc", t.withNperseg(64));
        stft(m, "stft:float32", "x32", t.withNperseg(64).withWindow("hamming"));
        stft(m, "stft:axis0", "x2", t.withNperseg(32).withAxis(0));
        stft(m, "stft:detrend", "xf", t.withNperseg(64).withDetrend(Detrender.CONSTANT));
        stft(m, "stft:nfft", "xf", t.withNperseg(64).withNoverlap(40).withNfft(100));
        stft(m, "stft:one", "short", t.withNperseg(1).withNoverlap(0));
        stft(m, "stft:complexeven", "xc", t.withNperseg(32).withBoundary(Boundary.EVEN)
                .withDetrend(Detrender.LINEAR));
        return m;
    }

    /** istft cases: namespace -> {t, x}. */
    static Map<String, Function<ArrayNamespace, NdArray[]>> inverses() {
        Map<String, Function<ArrayNamespace, NdArray[]>> m = new LinkedHashMap<>();
        IstftOptions d = IstftOptions.defaults();
        m.put("istft:default", xp -> pair(Spectral.istft(fixture().get(xp, "stft:default:s"), d)));
        istft(m, "istft:hamming", d.withWindow("hamming").withNperseg(64).withNoverlap(48));
        istft(m, "istft:noboundary", d.withNperseg(64).withBoundary(false));
        istft(m, "istft:twosided", d.withNperseg(64).withInputOnesided(false));
        istft(m, "istft:psd", d.withNperseg(64).withScaling("psd").withFs(20.0));
        istft(m, "istft:oddnperseg", d.withNperseg(65));
        istft(m, "istft:complex64", d.withNperseg(64));
        istft(m, "istft:nola", d.withNperseg(64).withNoverlap(0).withWindow("hann"));
        istft(m, "istft:gaps", d.withNperseg(64).withNoverlap(-16).withWindow("boxcar").withBoundary(false));
        istft(m, "istft:axes", d.withNperseg(32).withFreqAxis(0).withTimeAxis(1));
        return m;
    }

    private static void spectrogram(Map<String, Function<ArrayNamespace, NdArray[]>> m, String name, String x,
                                    SpectrogramOptions o) {
        m.put(name, xp -> {
            Spectrogram r = Spectral.spectrogram(SpectralCases.in(xp, x), o);
            return new NdArray[] {r.f(), r.t(), r.sxx()};
        });
    }

    private static void stft(Map<String, Function<ArrayNamespace, NdArray[]>> m, String name, String x,
                             StftOptions o) {
        m.put(name, xp -> {
            Stft r = Spectral.stft(SpectralCases.in(xp, x), o);
            return new NdArray[] {r.f(), r.t(), r.zxx()};
        });
    }

    private static void istft(Map<String, Function<ArrayNamespace, NdArray[]>> m, String name, IstftOptions o) {
        m.put(name, xp -> pair(Spectral.istft(fixture().get(xp, name + ":in"), o)));
    }

    private static NdArray[] pair(Istft r) {
        return new NdArray[] {r.t(), r.x()};
    }
}
