package org.xpsci.signal.internal;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.signal.DetrendType;

/**
 * {@link SegmentTransform} in float64, reading float64 or float32 storage: the template of the float32 twin
 * ({@code FloatSegmentTransform}, for all-float32 inputs), which the build generates by turning the 64-bit
 * element type into the 32-bit one except on lines marked {@code // wide}: the sums, the spectra handed out
 * and their accumulators stay in 64-bit floating point in both.
 */
final class DoubleSegmentTransform extends SegmentTransform {

    private final DoubleFFT_1D fft;
    private final double[] buf;
    private final double[] window;

    DoubleSegmentTransform(SegmentSpec spec) {
        super(spec);
        this.fft = FftPlans.forDouble(spec.nfft());
        this.buf = new double[spec.twoSided() ? 2 * spec.nfft() : spec.nfft()];
        this.window = new double[spec.nperseg()];
        for (int j = 0; j < window.length; j++) {
            window[j] = (double) spec.window()[j];
        }
    }

    @Override
    void transform(SegmentSource s, int line, int p) {
        int m = spec.nperseg();
        double[] w = window;
        if (spec.twoSided()) {
            load(s, line, p);
            if (spec.detrend() != null) {
                detrend(2, 0);
                detrend(2, 1);
            }
            for (int j = 0; j < m; j++) {
                buf[2 * j] *= w[j];
                buf[2 * j + 1] *= w[j];
            }
            Arrays.fill(buf, 2 * m, buf.length, 0);
            fft.complexForward(buf);
            return;
        }
        var sum = load(s, line, p);
        if (spec.detrend() == DetrendType.CONSTANT) {
            double mean = (double) (sum / m);
            for (int j = 0; j < m; j++) {
                buf[j] = (buf[j] - mean) * w[j];
            }
        } else {
            if (spec.detrend() == DetrendType.LINEAR) {
                detrend(1, 0);
            }
            for (int j = 0; j < m; j++) {
                buf[j] *= w[j];
            }
        }
        Arrays.fill(buf, m, buf.length, 0);
        fft.realForward(buf);
    }

    @Override
    double re(int k) { // wide
        if (spec.twoSided()) {
            return buf[2 * k];
        }
        return buf[packed(k, spec.nfft(), false)];
    }

    @Override
    double im(int k) { // wide
        if (spec.twoSided()) {
            return buf[2 * k + 1];
        }
        int i = packed(k, spec.nfft(), true);
        return i < 0 ? 0 : buf[i];
    }

    @Override
    void addPower(double[] acc, int off) { // wide
        int n = spec.nfft();
        if (spec.twoSided()) {
            for (int k = 0; k < n; k++) {
                acc[off + k] += square(buf[2 * k], buf[2 * k + 1]);
            }
            return;
        }
        int half = n / 2;
        acc[off] += square(buf[0], 0);
        for (int k = 1; k < half; k++) {
            acc[off + k] += square(buf[2 * k], buf[2 * k + 1]);
        }
        if (n % 2 == 0 && n > 1) {
            acc[off + half] += square(buf[1], 0);
        } else if (n % 2 == 1 && half > 0) {
            acc[off + half] += square(buf[n - 1], buf[1]);
        }
    }

    /** re² + im², in 64-bit floating point. */
    private static double square(double re, double im) { // wide
        return re * re + im * im;
    }

    @Override
    void addCross(SegmentTransform y, double[] acc, int off) { // wide
        double[] b = ((DoubleSegmentTransform) y).buf;
        int n = spec.nfft();
        int nfreq = spec.nfreq();
        if (spec.twoSided() || n % 2 == 1) {
            for (int k = 0; k < nfreq; k++) {
                cross(re(k), im(k), y.re(k), y.im(k), acc, off + 2 * k);
            }
            return;
        }
        int half = n / 2;
        cross(buf[0], 0, b[0], 0, acc, off);
        for (int k = 1; k < half; k++) {
            cross(buf[2 * k], buf[2 * k + 1], b[2 * k], b[2 * k + 1], acc, off + 2 * k);
        }
        if (n > 1) {
            cross(buf[1], 0, b[1], 0, acc, off + 2 * half);
        }
    }

    /** acc[at], acc[at + 1] += conj(x)·y, in 64-bit floating point. */
    private static void cross(double xr, double xi, double yr, double yi, double[] acc, int at) { // wide
        acc[at] += xr * yr + xi * yi;
        acc[at + 1] += xr * yi - xi * yr;
    }

    private void detrend(int step, int off) {
        if (spec.detrend() == DetrendType.CONSTANT) {
            HostDetrend.constant(buf, off, spec.nperseg(), step);
        } else {
            HostDetrend.linear(buf, off, spec.nperseg(), step);
        }
    }

    /**
     * Copies the segment's samples into buf (interleaved when two-sided), zeros past the input's end; returns
     * the sum of the samples (of a real segment), accumulated in 64-bit floating point.
     */
    private double load(SegmentSource s, int line, int p) { // wide
        int m = spec.nperseg();
        int start = p * spec.hop();
        int avail = Math.max(0, Math.min(m, s.length() - start));
        int base = s.base()[line] + start * s.stride();
        int stride = s.stride();
        boolean c = spec.twoSided();
        var sum = 0.0;
        if (s.data() instanceof double[] d) {
            if (!c) {
                for (int j = 0, i = base; j < avail; j++, i += stride) {
                    double v = d[i];
                    buf[j] = v;
                    sum += v;
                }
            } else if (s.complex()) {
                for (int j = 0, i = base; j < avail; j++, i += stride) {
                    buf[2 * j] = d[2 * i];
                    buf[2 * j + 1] = d[2 * i + 1];
                }
            } else {
                for (int j = 0, i = base; j < avail; j++, i += stride) {
                    buf[2 * j] = d[i];
                    buf[2 * j + 1] = 0;
                }
            }
        } else {
            float[] f = (float[]) s.data();
            if (!c) {
                for (int j = 0, i = base; j < avail; j++, i += stride) {
                    float v = f[i];
                    buf[j] = v;
                    sum += v;
                }
            } else if (s.complex()) {
                for (int j = 0, i = base; j < avail; j++, i += stride) {
                    buf[2 * j] = f[2 * i];
                    buf[2 * j + 1] = f[2 * i + 1];
                }
            } else {
                for (int j = 0, i = base; j < avail; j++, i += stride) {
                    buf[2 * j] = f[i];
                    buf[2 * j + 1] = 0;
                }
            }
        }
        Arrays.fill(buf, c ? 2 * avail : avail, c ? 2 * m : m, 0);
        return sum;
    }
}
