package org.xpsci.fft.internal;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * One DCT/DST of {@code n} points on a host line, unnormalised, computed through a JTransforms FFT (the same
 * algorithms {@link PortableR2r} writes with the standard): DCT-II and III through a real FFT of the reordered
 * sequence with twiddles (Makhoul), DCT-I and DST-I through the real FFT of the even or odd extension, DCT-IV
 * through a complex FFT of n/2 points (even n) or of 2n zero-padded points (odd n), and DST-II to IV through
 * their DCT counterparts with sign flips and reversal. Holds scratch: one per thread.
 */
final class R2rLine {

    private final R2rType type;
    private final int n;
    private final DoubleFFT_1D plan;
    private final double[] buf;
    private final double[] cos;
    private final double[] sin;
    private final double[] cos2;
    private final double[] sin2;

    R2rLine(R2rType type, int n) {
        this.type = type;
        this.n = n;
        int fftLength = switch (type) {
            case DCT1 -> 2 * (n - 1);
            case DST1 -> 2 * (n + 1);
            case DCT4, DST4 -> n % 2 == 0 ? n / 2 : 2 * n;
            default -> n;
        };
        this.plan = PlanCache.get(fftLength);
        this.buf = new double[2 * fftLength + 2];
        Twiddles t = Twiddles.of(type, n);
        this.cos = t.cos();
        this.sin = t.sin();
        this.cos2 = t.cos2();
        this.sin2 = t.sin2();
    }

    /** Transforms {@code x[0..n)} in place. */
    void apply(double[] x) {
        switch (type) {
            case DCT1 -> dct1(x);
            case DCT2 -> dct2(x);
            case DCT3 -> dct3(x);
            case DCT4 -> dct4(x);
            case DST1 -> dst1(x);
            case DST2 -> {
                alternate(x);
                dct2(x);
                reverse(x);
            }
            case DST3 -> {
                reverse(x);
                dct3(x);
                alternate(x);
            }
            case DST4 -> {
                reverse(x);
                dct4(x);
                alternate(x);
            }
        }
    }

    private void dct1(double[] x) {
        int m = 2 * (n - 1);
        System.arraycopy(x, 0, buf, 0, n);
        for (int j = 1; j < n - 1; j++) {
            buf[m - j] = x[j];
        }
        plan.realForward(buf);
        x[0] = buf[0];
        x[n - 1] = buf[1];
        for (int k = 1; k < n - 1; k++) {
            x[k] = buf[2 * k];
        }
    }

    private void dst1(double[] x) {
        int m = 2 * (n + 1);
        buf[0] = 0;
        buf[n + 1] = 0;
        for (int j = 0; j < n; j++) {
            buf[j + 1] = x[j];
            buf[m - 1 - j] = -x[j];
        }
        plan.realForward(buf);
        for (int k = 0; k < n; k++) {
            x[k] = -buf[2 * k + 3];
        }
    }

    private void dct2(double[] x) {
        int half = (n + 1) / 2;
        for (int k = 0; k < half; k++) {
            buf[k] = x[2 * k];
        }
        for (int k = 0; k < n / 2; k++) {
            buf[n - 1 - k] = x[2 * k + 1];
        }
        plan.realForward(buf);
        unpack(buf, n);
        for (int k = 0; k <= n / 2; k++) {
            double re = buf[2 * k];
            double im = buf[2 * k + 1];
            x[k] = 2 * (cos[k] * re + sin[k] * im);
            if (k >= 1 && k <= (n - 1) / 2) {
                x[n - k] = -2 * (cos[k] * im - sin[k] * re);
            }
        }
    }

    private void dct3(double[] x) {
        for (int k = 0; k <= n / 2; k++) {
            double a = x[k];
            double b = k == 0 ? 0 : x[n - k];
            buf[2 * k] = a * cos[k] + b * sin[k];
            buf[2 * k + 1] = a * sin[k] - b * cos[k];
        }
        buf[1] = n == 1 ? 0 : buf[n];
        plan.realInverse(buf, true);
        for (int k = 0; k < (n + 1) / 2; k++) {
            x[2 * k] = n * buf[k];
        }
        for (int k = 0; k < n / 2; k++) {
            x[2 * k + 1] = n * buf[n - 1 - k];
        }
    }

    private void dct4(double[] x) {
        if (n % 2 == 0) {
            int m = n / 2;
            for (int j = 0; j < m; j++) {
                double a = x[2 * j];
                double b = x[n - 1 - 2 * j];
                buf[2 * j] = a * cos[j] + b * sin[j];
                buf[2 * j + 1] = b * cos[j] - a * sin[j];
            }
            plan.complexForward(buf);
            for (int k = 0; k < m; k++) {
                double re = buf[2 * k];
                double im = buf[2 * k + 1];
                x[2 * k] = 2 * (re * cos2[k] + im * sin2[k]);
                x[n - 1 - 2 * k] = -2 * (im * cos2[k] - re * sin2[k]);
            }
        } else {
            for (int j = 0; j < n; j++) {
                buf[2 * j] = x[j] * cos[j];
                buf[2 * j + 1] = -x[j] * sin[j];
            }
            java.util.Arrays.fill(buf, 2 * n, 4 * n, 0.0);
            plan.complexForward(buf);
            for (int k = 0; k < n; k++) {
                x[k] = 2 * (buf[2 * k] * cos2[k] + buf[2 * k + 1] * sin2[k]);
            }
        }
    }

    /** JTransforms' packed real-FFT layout to n/2+1 interleaved complex values, in place. */
    private static void unpack(double[] a, int n) {
        if (n > 1) {
            a[n] = a[1];
            if (n % 2 == 0) {
                a[n + 1] = 0;
            }
        }
        a[1] = 0;
    }

    private void alternate(double[] x) {
        for (int j = 1; j < n; j += 2) {
            x[j] = -x[j];
        }
    }

    private void reverse(double[] x) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }
}
