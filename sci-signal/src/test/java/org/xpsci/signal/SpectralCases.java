package org.xpsci.signal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The cases of gen_signal.py's SPECTRAL table (welch, csd, coherence, periodogram), each computing
 * {f, spectrum} from the fixture's inputs with the options the table gives.
 */
final class SpectralCases {

    private SpectralCases() {
    }

    static Fixture fixture() {
        return Fixtures.load("signal/spectral.npz");
    }

    static NdArray in(ArrayNamespace xp, String name) {
        return fixture().get(xp, "in:" + name);
    }

    /** Case name to computation (namespace, fixture) -> {f, result}. */
    static Map<String, BiFunction<ArrayNamespace, Fixture, NdArray[]>> all() {
        Map<String, BiFunction<ArrayNamespace, Fixture, NdArray[]>> m = new LinkedHashMap<>();
        WelchOptions d = WelchOptions.defaults();
        welch(m, "welch:default", "x", d);
        welch(m, "welch:hamming64", "x", d.withWindow("hamming").withNperseg(64).withNoverlap(16).withNfft(100)
                .withScaling(Scaling.SPECTRUM).withFs(1000.0));
        welch(m, "welch:kaiserlinear", "x", d.withWindow(WindowSpec.of("kaiser", 5.0)).withNperseg(128)
                .withNoverlap(100).withDetrend(Detrender.LINEAR));
        welch(m, "welch:twosided", "x", d.withNperseg(100).withDetrend(Detrender.NONE).withReturnOnesided(false));
        welch(m, "welch:nfftodd", "x", d.withNperseg(64).withNfft(99));
        welch(m, "welch:gaps", "x", d.withNperseg(64).withNoverlap(-20));
        welch(m, "welch:median", "x", d.withNperseg(100).withAverage(Average.MEDIAN));
        welch(m, "welch:medianodd", "x", d.withNperseg(128).withNoverlap(0).withAverage("median"));
        welch(m, "welch:mediannan", "xnan", d.withNperseg(100).withAverage(Average.MEDIAN));
        welch(m, "welch:complex", "xc", d.withNperseg(64));
        welch(m, "welch:complex64", "xc64", d.withNperseg(64).withWindow("blackman"));
        welch(m, "welch:float32", "x32", d.withNperseg(128));
        welch(m, "welch:float32median", "x32", d.withNperseg(100).withAverage(Average.MEDIAN));
        welch(m, "welch:int", "xi", d.withNperseg(64));
        welch(m, "welch:axis0", "x2", d.withNperseg(64).withAxis(0));
        welch(m, "welch:axis1of3", "x3", d.withNperseg(50).withNoverlap(10).withAxis(1).withDetrend("linear"));
        welch(m, "welch:short", "short", d);
        m.put("welch:arraywindow", (xp, f) -> pair(Spectral.welch(in(xp, "x"),
                d.withWindow(in(xp, "win")).withNoverlap(30))));
        welch(m, "welch:onesegment", "x", d.withNperseg(512).withAverage(Average.MEDIAN));
        welch(m, "welch:customdetrend", "x", d.withNperseg(64).withDetrend(SpectralCases::firstSample));
        welch(m, "welch:complexlinear", "xc", d.withNperseg(64).withNfft(80).withDetrend(Detrender.LINEAR));
        welch(m, "welch:oddnperseg", "x", d.withNperseg(63).withNfft(70).withWindow("flattop"));
        csd(m, "csd:default", "x", "y", d.withNperseg(128));
        csd(m, "csd:padded", "x", "y400", d.withNperseg(100).withWindow("hann"));
        csd(m, "csd:broadcast", "x3", "y3", d.withNperseg(64).withAxis(-2));
        csd(m, "csd:complex", "xc", "xc", d.withNperseg(64).withReturnOnesided(false));
        csd(m, "csd:median", "x", "y", d.withNperseg(100).withAverage(Average.MEDIAN).withScaling("spectrum"));
        csd(m, "csd:float32", "x32", "y32", d.withNperseg(128));
        csd(m, "csd:mediancomplex", "xc", "xc", d.withNperseg(64).withNoverlap(32).withAverage(Average.MEDIAN));
        csd(m, "csd:int", "xi", "xi", d.withNperseg(50).withDetrend(Detrender.NONE));
        CoherenceOptions c = CoherenceOptions.defaults();
        coherence(m, "coherence:default", "x", "y", c.withNperseg(128));
        coherence(m, "coherence:padded", "x", "y400", c.withNperseg(100));
        coherence(m, "coherence:float32", "x32", "y32", c.withNperseg(64).withDetrend(Detrender.LINEAR));
        coherence(m, "coherence:broadcast", "x3", "y3", c.withNperseg(40).withAxis(-2));
        PeriodogramOptions p = PeriodogramOptions.defaults();
        periodogram(m, "periodogram:default", "x", p);
        periodogram(m, "periodogram:hann", "x", p.withWindow("hann").withScaling(Scaling.SPECTRUM).withFs(8.0));
        periodogram(m, "periodogram:nfftlong", "x", p.withNfft(600));
        periodogram(m, "periodogram:nfftshort", "x", p.withNfft(350).withDetrend(Detrender.LINEAR));
        periodogram(m, "periodogram:complex", "xc", p);
        periodogram(m, "periodogram:axis0", "x2", p.withAxis(0).withReturnOnesided(false));
        periodogram(m, "periodogram:float32", "x32", p.withDetrend(Detrender.NONE));
        return m;
    }

    private static void welch(Map<String, BiFunction<ArrayNamespace, Fixture, NdArray[]>> m, String name, String x,
                              WelchOptions o) {
        m.put(name, (xp, f) -> pair(Spectral.welch(in(xp, x), o)));
    }

    private static void csd(Map<String, BiFunction<ArrayNamespace, Fixture, NdArray[]>> m, String name, String x,
                            String y, WelchOptions o) {
        m.put(name, (xp, f) -> {
            CrossSpectrum r = Spectral.csd(in(xp, x), in(xp, y), o);
            return new NdArray[] {r.f(), r.pxy()};
        });
    }

    private static void coherence(Map<String, BiFunction<ArrayNamespace, Fixture, NdArray[]>> m, String name,
                                  String x, String y, CoherenceOptions o) {
        m.put(name, (xp, f) -> {
            Coherence r = Spectral.coherence(in(xp, x), in(xp, y), o);
            return new NdArray[] {r.f(), r.cxy()};
        });
    }

    private static void periodogram(Map<String, BiFunction<ArrayNamespace, Fixture, NdArray[]>> m, String name,
                                    String x, PeriodogramOptions o) {
        m.put(name, (xp, f) -> pair(Spectral.periodogram(in(xp, x), o)));
    }

    /** gen_signal.py's custom detrending: each segment minus its first sample. */
    static NdArray firstSample(NdArray segments) {
        return segments.subtract(segments.get(Index.ellipsis(), Index.range(0, 1)));
    }

    private static NdArray[] pair(Spectrum s) {
        return new NdArray[] {s.f(), s.pxx()};
    }
}
