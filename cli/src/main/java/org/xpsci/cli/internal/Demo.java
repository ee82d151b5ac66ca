package org.xpsci.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.xpsci.cluster.vq.KMeans2Options;
import org.xpsci.cluster.vq.KMeans2Result;
import org.xpsci.cluster.vq.Vq;
import org.xpsci.fft.Fft;
import org.xpsci.signal.Spectral;
import org.xpsci.signal.Spectrum;
import org.xpsci.signal.WelchOptions;
import org.xpsci.stats.Stats;
import org.xpsci.stats.TtestOptions;
import org.xpsci.stats.TtestResult;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Device;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * {@code xpsci demo}: the seed paper's test signal analysed on one backend — Welch's PSD (the noise floor and
 * the sine's RMS), a real FFT (the sine's frequency and amplitude), Welch's t-test (do the two halves have the
 * same mean?) and k-means (which PSD bins are the peak) — each step timed on a first and a warm run.
 */
public final class Demo {

    /** Samples per Welch segment, as in the paper. */
    public static final int NPERSEG = 1024;

    private final ArrayNamespace xp;
    private final int n;
    private final long seed;
    private final TestSignal signal = TestSignal.PAPER;
    private final List<DemoStep> steps = new ArrayList<>();
    private NdArray x;
    private Spectrum psd;

    private Demo(ArrayNamespace xp, int n, long seed) {
        this.xp = xp;
        this.n = n;
        this.seed = seed;
    }

    /**
     * Runs every step twice (the first run includes the JIT's compilation) and returns the demo with its
     * results.
     *
     * @throws IllegalArgumentException when n is below {@code 2 * NPERSEG}
     */
    public static Demo run(ArrayNamespace xp, int n, long seed) {
        if (n < 2 * NPERSEG) {
            throw new IllegalArgumentException("n must be at least " + 2 * NPERSEG + " samples (two Welch segments"
                    + " of " + NPERSEG + "); got " + n);
        }
        Demo d = new Demo(xp, n, seed);
        d.all();
        return d;
    }

    /** The steps in order, with their timings and results. */
    public List<DemoStep> steps() {
        return List.copyOf(steps);
    }

    /** The Welch PSD (density) of the signal, for the plot. */
    public Spectrum psd() {
        return psd;
    }

    /** The signal's parameters. */
    public TestSignal signal() {
        return signal;
    }

    private void all() {
        step("signal", "the paper's test signal", () -> {
            x = signal.generate(xp, n, seed);
            double rms = Math.sqrt(xp.mean(x.multiply(x)).doubleValue());
            double expected = Math.sqrt(signal.rms() * signal.rms() + signal.noiseVariance());
            return String.format("%,d float64 samples (%.1f s), rms %.3f V (expected %.3f V)", n, n / signal.fs(),
                    rms, expected);
        });
        step("welch", "hann, nperseg=" + NPERSEG, this::welchDensity);
        step("welch", "flattop, scaling=spectrum", this::welchSpectrum);
        step("rfft", "whole signal", this::rfft);
        step("ttest_ind", "equal_var=false", this::ttest);
        step("kmeans2", "k=2 on log10(PSD)", this::kmeans);
    }

    private String welchDensity() {
        psd = Spectral.welch(x, WelchOptions.defaults().withFs(signal.fs()).withNperseg(NPERSEG));
        double[] f = host(psd.f());
        double[] p = host(psd.pxx());
        int peak = argmax(p);
        double floor = 0;
        int count = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] >= 2000 && f[i] < signal.fs() / 2) {
                floor += p[i];
                count++;
            }
        }
        return String.format("peak at %.1f Hz (bins %.2f Hz wide); noise floor %.3e V²/Hz (expected %.3e)",
                f[peak], signal.fs() / NPERSEG, floor / count, signal.noiseDensity());
    }

    private String welchSpectrum() {
        Spectrum s = Spectral.welch(x, WelchOptions.defaults().withFs(signal.fs()).withWindow("flattop")
                .withNperseg(NPERSEG).withScaling("spectrum"));
        double rms = Math.sqrt(xp.max(s.pxx()).doubleValue());
        return String.format("sine rms %.3f V (expected %.3f V)", rms, signal.rms());
    }

    private String rfft() {
        NdArray spectrum = xp.abs(Fft.rfft(x));
        int k = (int) xp.argmax(spectrum).longValue();
        double amplitude = 2 * spectrum.get((long) k).doubleValue() / n;
        return String.format("peak at %.2f Hz, amplitude %.3f V (expected %.2f Hz, %.3f V)", k * signal.fs() / n,
                amplitude, signal.frequency(), signal.amplitude());
    }

    private String ttest() {
        int half = n / 2;
        TtestResult r = Stats.ttestInd(x.get(Index.range(0, half)), x.get(Index.range(half, 2 * half)),
                TtestOptions.defaults().withEqualVar(false));
        double p = r.pvalue().doubleValue();
        return String.format("first vs second half: t = %.3f, p = %.3f (%s)", r.statistic().doubleValue(), p,
                p < 0.01 ? "the mean drifts" : "no evidence that the mean drifts");
    }

    private String kmeans() {
        NdArray logPsd = xp.reshape(xp.log10(psd.pxx()), -1, 1);
        KMeans2Result r = Vq.kmeans2(logPsd, 2, KMeans2Options.defaults().withMinit("++").withSeed(seed));
        double[] centroids = host(r.centroid());
        int peakCluster = centroids[1] > centroids[0] ? 1 : 0;
        double[] f = host(psd.f());
        long[] labels = Xp.toLongArray(Xp.backend("cpu").fromDlpack(r.label(), Device.CPU, true));
        double lo = Double.NaN;
        double hi = Double.NaN;
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == peakCluster) {
                lo = count == 0 ? f[i] : Math.min(lo, f[i]);
                hi = count == 0 ? f[i] : Math.max(hi, f[i]);
                count++;
            }
        }
        return String.format("%d peak bins at %.1f-%.1f Hz (10^%.2f V²/Hz) vs %d noise bins (10^%.2f V²/Hz)",
                count, lo, hi, centroids[peakCluster], labels.length - count, centroids[1 - peakCluster]);
    }

    private void step(String name, String detail, Supplier<String> body) {
        long t0 = System.nanoTime();
        body.get();
        double first = (System.nanoTime() - t0) * 1e-6;
        long t1 = System.nanoTime();
        String result = body.get();
        double warm = (System.nanoTime() - t1) * 1e-6;
        steps.add(new DemoStep(name, detail, first, warm, result));
    }

    /** A small result array copied to the host explicitly (any backend), as doubles. */
    public static double[] host(NdArray a) {
        return Xp.toDoubleArray(Xp.backend("cpu").fromDlpack(a, Device.CPU, true));
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
