package org.xpsci.cli.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * The seed paper's test signal for Welch's method (the example of {@code scipy.signal.welch}'s documentation): a
 * sine of amplitude {@code amplitude} volts at {@code frequency} Hz sampled at {@code fs} Hz, plus white noise
 * whose power spectral density is {@code noiseDensity} V²/Hz (variance {@code noiseDensity * fs / 2}).
 *
 * @param fs           sampling frequency, in Hz
 * @param frequency    the sine's frequency, in Hz
 * @param amplitude    the sine's amplitude, in volts (peak)
 * @param noiseDensity the one-sided power spectral density of the noise, in V²/Hz
 */
public record TestSignal(double fs, double frequency, double amplitude, double noiseDensity) {

    /** The paper's signal: fs = 10 kHz, a 2 Vrms (2√2 V peak) sine at 1234 Hz, noise of 0.001 V²/Hz. */
    public static final TestSignal PAPER = new TestSignal(10e3, 1234.0, 2 * Math.sqrt(2), 1e-3);

    private static final int CHUNK = 1 << 16;

    /** The noise variance, {@code noiseDensity * fs / 2}, in V². */
    public double noiseVariance() {
        return noiseDensity * fs / 2;
    }

    /** The sine's RMS value, {@code amplitude / √2}, in volts. */
    public double rms() {
        return amplitude / Math.sqrt(2);
    }

    /**
     * {@code n} float64 samples in {@code xp}: {@code amplitude * sin(2π frequency t) + noise} at
     * {@code t = i / fs}. The noise is normal, drawn on the host from {@code seed} in fixed chunks (so the same
     * seed gives the same signal however many threads draw it), and the samples enter {@code xp} through
     * {@code asarray}.
     *
     * @throws IllegalArgumentException when n is not positive
     */
    public NdArray generate(ArrayNamespace xp, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be a positive number of samples; got " + n);
        }
        double[] x = new double[n];
        double sd = Math.sqrt(noiseVariance());
        double w = 2 * Math.PI * frequency / fs;
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + c);
            for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                x[i] = amplitude * Math.sin(w * i) + sd * r.nextGaussian();
            }
        });
        return xp.asarray(x, DType.FLOAT64, null, null);
    }
}
