package org.xpsci.xp.spi.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lane FFT against a direct DFT (float64, and its generated float32 twin against float64), and its loading
 * and storing (strides, cropping, halving, scale, conjugation).
 */
class LaneFftTest {

    private static final int LANES = 20;

    /** x[c][j]: lane c's samples; the last lane holds an infinity and a NaN (lanes stay independent). */
    private static double[][] signals(int n) {
        SplittableRandom r = new SplittableRandom(n);
        double[][] x = new double[LANES][n];
        for (double[] lane : x) {
            for (int j = 0; j < n; j++) {
                lane[j] = r.nextGaussian();
            }
        }
        x[LANES - 1][0] = Double.POSITIVE_INFINITY;
        x[LANES - 1][n - 1] = Double.NaN;
        return x;
    }

    /** The rfft of every lane through a kernel, as interleaved complex rows of n/2 + 1 bins. */
    private static double[] transform(DoubleLaneFft f, double[][] x, int n) {
        double[] flat = flatten(x, n);
        f.load(flat, 0, n, 1, n, 0, LANES, 0.5);
        f.transform(null);
        double[] out = new double[LANES * (n / 2 + 1) * 2];
        f.store(out, 0, n / 2 + 1, LANES, 1, false);
        return out;
    }

    private static double[] flatten(double[][] x, int n) {
        double[] flat = new double[LANES * n];
        for (int c = 0; c < LANES; c++) {
            System.arraycopy(x[c], 0, flat, c * n, n);
        }
        return flat;
    }

    @Test
    void matchesTheDirectTransform() {
        for (int n = 2; n <= 512; n *= 2) {
            double[][] x = signals(n);
            double[] out = transform(new DoubleLaneFft(n, LANES), x, n);
            for (int c = 0; c < LANES - 1; c++) {
                for (int k = 0; k <= n / 2; k++) {
                    double re = 0;
                    double im = 0;
                    for (int j = 0; j < n; j++) {
                        re += x[c][j] * Math.cos(2 * Math.PI * ((long) j * k % n) / n);
                        im -= x[c][j] * Math.sin(2 * Math.PI * ((long) j * k % n) / n);
                    }
                    int at = 2 * (c * (n / 2 + 1) + k);
                    assertEquals(re, out[at], 1e-12 * n, "n=" + n + " lane " + c + " bin " + k);
                    assertEquals(im, out[at + 1], 1e-12 * n, "n=" + n + " lane " + c + " bin " + k);
                }
            }
        }
    }

    @Test
    void float32TwinIsClose() {
        int n = 1024;
        double[][] x = signals(n);
        double[] want = transform(new DoubleLaneFft(n, LANES), x, n);
        double[] d = flatten(x, n);
        float[] flat = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            flat[i] = (float) d[i];
        }
        FloatLaneFft f = new FloatLaneFft(n, LANES);
        f.load(flat, 0, n, 1, n, 0, LANES, 0.5f);
        f.transform(null);
        float[] got = new float[want.length];
        f.store(got, 0, n / 2 + 1, LANES, 1f, false);
        for (int i = 0; i < (LANES - 1) * (n / 2 + 1) * 2; i++) {
            assertEquals(want[i], got[i], 2e-4 * Math.sqrt(n), "at " + i);
        }
    }

    /** Strided lines, cropped rows, zeros, scale and conjugation: ihfft-style output of reversed lines. */
    @Test
    void loadsStridedLinesAndStoresScaledConjugates() {
        int n = 8;
        double[] x = new double[3 * 2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 7 - 3;
        }
        DoubleLaneFft f = new DoubleLaneFft(n, 4);
        // lanes: lines 2, 1, 0 of x viewed as (3, 2n) with stride 2 along the line, first 6 samples only
        f.load(x, 2 * 2 * n, -2 * n, 2, 6, 0, 3, 0.5);
        f.zero(6, n, 0, 3);
        f.transform(null);
        double[] out = new double[3 * (n / 2 + 1) * 2];
        f.store(out, 0, n / 2 + 1, 3, 0.25, true);
        for (int c = 0; c < 3; c++) {
            int line = 2 - c;
            for (int k = 0; k <= n / 2; k++) {
                double re = 0;
                double im = 0;
                for (int j = 0; j < 6; j++) {
                    double v = x[line * 2 * n + 2 * j];
                    re += v * Math.cos(2 * Math.PI * j * k / n);
                    im -= v * Math.sin(2 * Math.PI * j * k / n);
                }
                int at = 2 * (c * (n / 2 + 1) + k);
                assertEquals(0.25 * re, out[at], 1e-12);
                assertEquals(-0.25 * im, out[at + 1], 1e-12);
            }
        }
    }
}
