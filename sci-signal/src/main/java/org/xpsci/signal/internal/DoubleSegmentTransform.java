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
    void transform(SegmentSource s, int line, int p, double[] re, double[] im) {
        int m = spec.nperseg();
        boolean c = spec.twoSided();
        load(s, line, p);
        if (spec.detrend() != null) {
            detrend(c ? 2 : 1, 0);
            if (c) {
                detrend(2, 1);
            }
        }
        double[] w = spec.window();
        if (c) {
            for (int j = 0; j < m; j++) {
                buf[2 * j] *= w[j];
                buf[2 * j + 1] *= w[j];
            }
            Arrays.fill(buf, 2 * m, buf.length, 0);
            fft.complexForward(buf);
            for (int k = 0; k < spec.nfft(); k++) {
                re[k] = buf[2 * k];
                im[k] = buf[2 * k + 1];
            }
        } else {
            for (int j = 0; j < m; j++) {
                buf[j] *= w[j];
            }
            Arrays.fill(buf, m, buf.length, 0);
            fft.realForward(buf);
            unpackReal(buf, spec.nfft(), re, im);
        }
    }

    private void detrend(int step, int off) {
        if (spec.detrend() == DetrendType.CONSTANT) {
            HostDetrend.constant(buf, off, spec.nperseg(), step);
        } else {
            HostDetrend.linear(buf, off, spec.nperseg(), step);
        }
    }

    /** Copies the segment's samples into buf (interleaved when two-sided), zeros past the input's end. */
    private void load(SegmentSource s, int line, int p) {
        int m = spec.nperseg();
        int start = p * spec.hop();
        int avail = Math.max(0, Math.min(m, s.length() - start));
        int base = s.base()[line] + start * s.stride();
        int stride = s.stride();
        boolean c = spec.twoSided();
        if (s.data() instanceof double[] d) {
            if (!c) {
                if (stride == 1) {
                    System.arraycopy(d, base, buf, 0, avail);
                } else {
                    for (int j = 0, i = base; j < avail; j++, i += stride) {
                        buf[j] = d[i];
                    }
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
                    buf[j] = f[i];
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
    }
}
