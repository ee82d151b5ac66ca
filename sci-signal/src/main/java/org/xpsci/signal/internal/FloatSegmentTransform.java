package org.xpsci.signal.internal;

import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;
import org.xpsci.signal.DetrendType;

/**
 * {@link SegmentTransform} in float32, for float32 and complex64 storage (every input single precision): the
 * float64 transform's steps on float buffers, with sums (the mean) accumulated in float64.
 */
final class FloatSegmentTransform extends SegmentTransform {

    private final FloatFFT_1D fft;
    private final float[] buf;
    private final float[] window;

    FloatSegmentTransform(SegmentSpec spec) {
        super(spec);
        this.fft = FftPlans.floats(spec.nfft());
        this.buf = new float[spec.twoSided() ? 2 * spec.nfft() : spec.nfft()];
        this.window = new float[spec.nperseg()];
        for (int j = 0; j < window.length; j++) {
            window[j] = (float) spec.window()[j];
        }
    }

    @Override
    void transform(SegmentSource s, int line, int p) {
        int m = spec.nperseg();
        float[] w = window;
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
        double sum = load(s, line, p);
        if (spec.detrend() == DetrendType.CONSTANT) {
            float mean = (float) (sum / m);
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
    double re(int k) {
        if (spec.twoSided()) {
            return buf[2 * k];
        }
        return buf[packed(k, spec.nfft(), false)];
    }

    @Override
    double im(int k) {
        if (spec.twoSided()) {
            return buf[2 * k + 1];
        }
        int i = packed(k, spec.nfft(), true);
        return i < 0 ? 0 : buf[i];
    }

    @Override
    void addPower(double[] acc, int off) {
        int n = spec.nfft();
        if (spec.twoSided()) {
            for (int k = 0; k < n; k++) {
                double r = buf[2 * k];
                double i = buf[2 * k + 1];
                acc[off + k] += r * r + i * i;
            }
            return;
        }
        int half = n / 2;
        acc[off] += (double) buf[0] * buf[0];
        for (int k = 1; k < half; k++) {
            double r = buf[2 * k];
            double i = buf[2 * k + 1];
            acc[off + k] += r * r + i * i;
        }
        if (n % 2 == 0 && n > 1) {
            acc[off + half] += (double) buf[1] * buf[1];
        } else if (n % 2 == 1 && half > 0) {
            acc[off + half] += (double) buf[n - 1] * buf[n - 1] + (double) buf[1] * buf[1];
        }
    }

    @Override
    void addCross(SegmentTransform y, double[] acc, int off) {
        int nfreq = spec.nfreq();
        for (int k = 0; k < nfreq; k++) {
            double xr = re(k);
            double xi = im(k);
            double yr = y.re(k);
            double yi = y.im(k);
            acc[off + 2 * k] += xr * yr + xi * yi;
            acc[off + 2 * k + 1] += xr * yi - xi * yr;
        }
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
     * the sum of the samples (of a real segment).
     */
    private double load(SegmentSource s, int line, int p) {
        int m = spec.nperseg();
        int start = p * spec.hop();
        int avail = Math.max(0, Math.min(m, s.length() - start));
        int base = s.base()[line] + start * s.stride();
        int stride = s.stride();
        float[] f = (float[]) s.data();
        boolean c = spec.twoSided();
        double sum = 0;
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
        Arrays.fill(buf, c ? 2 * avail : avail, c ? 2 * m : m, 0);
        return sum;
    }
}
