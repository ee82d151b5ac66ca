package org.xpsci.bench.signal;

import java.util.SplittableRandom;
import org.xpsci.signal.Windows;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Times each standard operation of the portable welch's block loop on the cpu backend, one operation at a time:
 * the copy into the work array, the mean ({@code sum}), {@code -=} mean, {@code *=} window, {@code rfft} and
 * {@code vecdot}, over blocks of 256 segments of 1024 samples that tile 50 M samples (one of welch's two
 * overlap phases; the default 50% overlap does this twice). It prints the milliseconds per step for each
 * round, e.g.
 * {@code java -Dxpsci.threads=1 -cp benchmarks/target/benchmarks.jar org.xpsci.bench.signal.PortableSteps float32 10}.
 * A per-step account that a sampling profiler's attribution cannot blur; the sequence mirrors
 * {@code PortableSegments} and {@code PortableWelch} in sci-signal.
 */
public final class PortableSteps {

    private static final int NPERSEG = 1024;
    private static final int SEGMENTS = 256;
    private static final int BLOCKS = 190;
    private static final String[] STEPS = {"copy", "sum", "-=", "*=", "rfft", "vecdot"};

    private PortableSteps() {
    }

    /** Arguments: the dtype (float64, the default, or float32), then the number of rounds (default 10). */
    public static void main(String[] args) {
        DType dtype = args.length > 0 && args[0].equals("float32") ? DType.FLOAT32 : DType.FLOAT64;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ArrayNamespace xp = Xp.backend("cpu");
        NdArray signal = noise(xp, dtype);
        NdArray window = xp.astype(Windows.get("hann", NPERSEG), dtype);
        NdArray work = xp.empty(new int[] {SEGMENTS, NPERSEG}, dtype, null);
        for (int r = 0; r < rounds; r++) {
            long[] ns = round(xp, signal, window, work);
            StringBuilder line = new StringBuilder(dtype + " round " + (r + 1) + ":");
            long total = 0;
            for (int s = 0; s < STEPS.length; s++) {
                line.append(String.format(" %s %.0f", STEPS[s], ns[s] / 1e6));
                total += ns[s];
            }
            System.out.println(line.append(String.format(" | total %.0f ms", total / 1e6)));
        }
    }

    /** One pass over every block; the nanoseconds spent in each step. */
    private static long[] round(ArrayNamespace xp, NdArray signal, NdArray window, NdArray work) {
        long[] ns = new long[STEPS.length];
        int block = SEGMENTS * NPERSEG;
        for (int b = 0; b < BLOCKS; b++) {
            long t0 = System.nanoTime();
            NdArray frames = xp.reshape(signal.get(Index.range(b * block, (b + 1) * block)),
                    new int[] {SEGMENTS, NPERSEG});
            work.set(frames, Index.ellipsis());
            long t1 = System.nanoTime();
            NdArray mean = xp.sum(work, new int[] {-1}, null, true).divide(NPERSEG);
            long t2 = System.nanoTime();
            work.subtractInPlace(mean);
            long t3 = System.nanoTime();
            work.multiplyInPlace(window);
            long t4 = System.nanoTime();
            NdArray spectra = xp.fft().rfft(work, NPERSEG, -1, FftNorm.BACKWARD);
            long t5 = System.nanoTime();
            xp.real(xp.vecdot(spectra, spectra, -2));
            long t6 = System.nanoTime();
            long[] t = {t0, t1, t2, t3, t4, t5, t6};
            for (int s = 0; s < STEPS.length; s++) {
                ns[s] += t[s + 1] - t[s];
            }
        }
        return ns;
    }

    /** Unit white noise, BLOCKS blocks long (the timings do not depend on the values). */
    private static NdArray noise(ArrayNamespace xp, DType dtype) {
        double[] v = new double[BLOCKS * SEGMENTS * NPERSEG];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return xp.asarray(v, dtype, null, null);
    }
}
