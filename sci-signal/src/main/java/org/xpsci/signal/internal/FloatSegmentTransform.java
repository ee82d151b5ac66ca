package org.xpsci.signal.internal;

import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;
import org.xpsci.signal.DetrendType;

/** {@link SegmentTransform} in float32, for float32 and complex64 storage (every input single precision). */
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
        if (c) {
            for (int j = 0; j < m; j++) {
                buf[2 * j] *= window[j];
                buf[2 * j + 1] *= window[j];
            }
            Arrays.fill(buf, 2 * m, buf.length, 0);
            fft.complexForward(buf);
            for (int k = 0; k < spec.nfft(); k++) {
                re[k] = buf[2 * k];
                im[k] = buf[2 * k + 1];
            }
        } else {
            for (int j = 0; j < m; j++) {
                buf[j] *= window[j];
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
        float[] f = (float[]) s.data();
        boolean c = spec.twoSided();
        if (!c) {
            if (stride == 1) {
                System.arraycopy(f, base, buf, 0, avail);
            } else {
                for (int j = 0, i = base; j < avail; j++, i += stride) {
                    buf[j] = f[i];
                }
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
    }
}
