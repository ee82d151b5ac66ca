package org.xpsci.signal;

import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Inputs large enough that the host path splits the work over threads (groups of lines, and segment ranges
 * within a line), against SciPy (fixtures/signal/long.npz). The signals are a formula evaluated on both sides
 * (gen_signal.py's long_signal), so the fixture holds only outputs.
 */
class LongInputsTest {

    /** x[j, i] = sin(0.01 i) + 0.5 sin(0.37 i + j) + 0.25 sin(1.9 i + 2 j). */
    static NdArray signal(ArrayNamespace xp, int lines, int n) {
        double[][] v = new double[lines][n];
        for (int j = 0; j < lines; j++) {
            for (int i = 0; i < n; i++) {
                v[j][i] = Math.sin(0.01 * i) + 0.5 * Math.sin(0.37 * i + j) + 0.25 * Math.sin(1.9 * i + 2 * j);
            }
        }
        return xp.asarray(v);
    }

    private static Fixture f() {
        return Fixtures.load("signal/long.npz");
    }

    @XpTest
    void welchCsdCoherenceAndMedianOverManyLinesAndLongLines(ArrayNamespace xp) {
        NdArray few = signal(xp, 3, 200_000);
        NdArray many = signal(xp, 40, 5_000);
        NdArray fewReversed = xp.flip(few, 0);
        NdArray manyReversed = xp.flip(many, 0);
        WelchOptions d = WelchOptions.defaults();
        Tolerances.assertSpectrum(Spectral.welch(few, d.withNperseg(256)).pxx(), f(), "long:welchfew", "few");
        Tolerances.assertSpectrum(Spectral.welch(many, d.withNperseg(128).withDetrend(Detrender.LINEAR)).pxx(), f(),
                "long:welchmany", "many");
        Tolerances.assertSpectrum(Spectral.welch(few.get(Index.range(0, 1), Index.all()), d.withNperseg(128)
                .withAverage(Average.MEDIAN)).pxx(), f(), "long:mediafew", "median");
        Tolerances.assertSpectrum(Spectral.csd(few, fewReversed, d.withNperseg(256)).pxy(), f(), "long:csdfew", "csd");
        Tolerances.assertSpectrum(Spectral.coherence(many, manyReversed, CoherenceOptions.defaults().withNperseg(128))
                .cxy(), f(), "long:coherencemany", "coherence");
    }

    @XpTest
    void float32WelchCsdCoherenceAndMedianComputeInFloat32(ArrayNamespace xp) {
        NdArray few = xp.astype(signal(xp, 3, 200_000), DType.FLOAT32);
        NdArray many = xp.astype(signal(xp, 40, 5_000), DType.FLOAT32);
        WelchOptions d = WelchOptions.defaults();
        NdArray welch = Spectral.welch(few, d.withNperseg(256)).pxx();
        Tolerances.assertSpectrum(welch, f(), "long:welchfew32", "few");
        Tolerances.assertSpectrum(Spectral.welch(many, d.withNperseg(128).withDetrend(Detrender.LINEAR)).pxx(), f(),
                "long:welchmany32", "many");
        Tolerances.assertSpectrum(Spectral.welch(few.get(Index.range(0, 1), Index.all()), d.withNperseg(128)
                .withAverage(Average.MEDIAN)).pxx(), f(), "long:median32", "median");
        Tolerances.assertSpectrum(Spectral.csd(few, xp.flip(few, 0), d.withNperseg(256)).pxy(), f(), "long:csdfew32",
                "csd");
        // coherence is |Pxy|² / (Pxx Pyy) of sums over 77 segments that cancel in the weak bins: float32 rounding
        // of those sums moves it by up to ~4e-4 there (on the portable path too), hence an absolute 1e-3
        NdArray cxy = Spectral.coherence(many, xp.flip(many, 0), CoherenceOptions.defaults().withNperseg(128)).cxy();
        XpAssert.assertClose(cxy, f().get(xp, "long:coherencemany32"), AssertOptions.defaults().atol(1e-3)
                .message("coherence"));
    }

    @XpTest
    void stridedLinesHopsThatDoNotDivideAndPaddedInputs(ArrayNamespace xp) {
        NdArray few = signal(xp, 3, 200_000);
        NdArray many = signal(xp, 40, 5_000);
        WelchOptions d = WelchOptions.defaults();
        Tolerances.assertSpectrum(Spectral.welch(xp.asarray(xp.matrixTranspose(many), null, null, true),
                d.withNperseg(64).withDetrend(Detrender.NONE).withAxis(0)).pxx(), f(), "long:welchaxis0", "axis 0");
        NdArray first = few.get(Index.range(0, 1), Index.all());
        Tolerances.assertSpectrum(Spectral.welch(first, d.withNperseg(256).withNoverlap(100)
                .withWindow("blackman")).pxx(), f(), "long:welchhop", "hop");
        Tolerances.assertSpectrum(Spectral.csd(first, few.get(Index.range(1, 2), Index.range(0, 150_001)),
                d.withNperseg(512).withDetrend(Detrender.LINEAR)).pxy(), f(), "long:csdpadded", "padded");
    }

    @XpTest
    void nfftLongerThanNpersegZeroPadsEverySegment(ArrayNamespace xp) {
        NdArray first = signal(xp, 1, 200_000);
        WelchOptions o = WelchOptions.defaults().withNperseg(300).withNfft(512);
        Tolerances.assertSpectrum(Spectral.welch(first, o.withDetrend(Detrender.LINEAR)).pxx(), f(), "long:welchnfft",
                "float64");
        Tolerances.assertSpectrum(Spectral.welch(xp.astype(first, DType.FLOAT32), o).pxx(), f(), "long:welchnfft32",
                "float32");
    }

    @XpTest
    void spectrogramOfALongFloat32Line(ArrayNamespace xp) {
        NdArray x = xp.astype(signal(xp, 1, 40_000), DType.FLOAT32);
        Spectrogram s = Spectral.spectrogram(x, SpectrogramOptions.defaults().withNperseg(128).withNoverlap(0));
        Tolerances.assertSpectrum(s.sxx(), f(), "long:spectrogramfew", "spectrogram");
    }
}
