package org.xpsci.signal.internal;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.signal.DetrendType;

/** {@link SegmentTransform} in float64, reading float64 or float32 storage. */
final class DoubleSegmentTransform extends SegmentTransform {

    private final DoubleFFT_1D fft;
    private final double[] buf;

    DoubleSegmentTransform(SegmentSpec spec) {
        super(spec);
        this.fft = FftPlans.doubles(spec.nfft());
        this.buf = new double[spec.twoSided() ? 2 * spec.nfft() : spec.nfft()];
    }

    @Override
    void transform(SegmentSource s, int line, int p) {
        int m = spec.nperseg();
        double[] w = spec.window();
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
            double mean = sum / m;
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
        int i = packed(k, spec.nfft(), false);
        return buf[i];
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
                acc[off + k] += buf[2 * k] * buf[2 * k] + buf[2 * k + 1] * buf[2 * k + 1];
            }
            return;
        }
        int half = n / 2;
        acc[off] += buf[0] * buf[0];
        for (int k = 1; k < half; k++) {
            acc[off + k] += buf[2 * k] * buf[2 * k] + buf[2 * k + 1] * buf[2 * k + 1];
        }
        if (n % 2 == 0 && n > 1) {
            acc[off + half] += buf[1] * buf[1];
        } else if (n % 2 == 1 && half > 0) {
            acc[off + half] += buf[n - 1] * buf[n - 1] + buf[1] * buf[1];
        }
    }

    @Override
    void addCross(SegmentTransform y, double[] acc, int off) {
        double[] b = ((DoubleSegmentTransform) y).buf;
        int n = spec.nfft();
        int nfreq = spec.nfreq();
        if (spec.twoSided() || n % 2 == 1) {
            for (int k = 0; k < nfreq; k++) {
                double xr = re(k);
                double xi = im(k);
                double yr = y.re(k);
                double yi = y.im(k);
                acc[off + 2 * k] += xr * yr + xi * yi;
                acc[off + 2 * k + 1] += xr * yi - xi * yr;
            }
            return;
        }
        int half = n / 2;
        acc[off] += buf[0] * b[0];
        for (int k = 1; k < half; k++) {
            double xr = buf[2 * k];
            double xi = buf[2 * k + 1];
            double yr = b[2 * k];
            double yi = b[2 * k + 1];
            acc[off + 2 * k] += xr * yr + xi * yi;
            acc[off + 2 * k + 1] += xr * yi - xi * yr;
        }
        if (n > 1) {
            acc[off + 2 * half] += buf[1] * b[1];
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
        boolean c = spec.twoSided();
        double sum = 0;
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
                    double v = f[i];
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
