package org.xpsci.bench.signal;

import java.util.List;
import java.util.SplittableRandom;
import org.xpsci.bench.Workload;
import org.xpsci.bench.WorkloadProvider;
import org.xpsci.signal.Spectral;
import org.xpsci.signal.WelchOptions;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;

/**
 * The sci-signal workloads (the twins of {@code signal} in bench_scipy.py): Welch's PSD of the seed paper's
 * signal — fs = 10 kHz, a 2 Vrms sine at 1234 Hz plus white noise of 0.001 V²/Hz, 50 M samples — with
 * nperseg = 1024, in float64 ({@code welch}) and float32 ({@code welch-f32}). Run with fast paths off
 * ({@code -p fastPaths=false}) for the portable path.
 */
public final class SignalWorkloads implements WorkloadProvider {

    /** Sampling frequency of the paper's signal, Hz. */
    static final double FS = 10e3;

    @Override
    public List<Workload> workloads() {
        return List.of(new Welch("welch", false), new Welch("welch-f32", true));
    }

    /**
     * The paper's signal as SciPy's welch example builds it: 2·√2·sin(2π·1234·t) plus normal noise of
     * variance 0.001·fs/2, from a fixed seed.
     */
    static NdArray signal(ArrayNamespace xp, long n, boolean single) {
        int len = Math.toIntExact(n);
        double amp = 2 * Math.sqrt(2);
        double noise = Math.sqrt(0.001 * FS / 2);
        SplittableRandom r = new SplittableRandom(42);
        if (single) {
            float[] v = new float[len];
            for (int i = 0; i < len; i++) {
                v[i] = (float) (amp * Math.sin(2 * Math.PI * 1234.0 * (i / FS)) + noise * r.nextGaussian());
            }
            return xp.asarray(v);
        }
        double[] v = new double[len];
        for (int i = 0; i < len; i++) {
            v[i] = amp * Math.sin(2 * Math.PI * 1234.0 * (i / FS)) + noise * r.nextGaussian();
        }
        return xp.asarray(v);
    }

    /** welch(x, fs=10e3, nperseg=1024) of the paper's signal. */
    private record Welch(String name, boolean single) implements Workload {
        @Override
        public long defaultSize() {
            return 50_000_000L;
        }

        @Override
        public Prepared prepare(ArrayNamespace xp, long size) {
            NdArray x = signal(xp, size, single);
            WelchOptions o = WelchOptions.defaults().withFs(FS).withNperseg(1024);
            return () -> Spectral.welch(x, o).pxx();
        }
    }
}
