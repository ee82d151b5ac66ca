package org.xpsci.signal.internal;

import java.util.List;

/**
 * The host path of spectrogram and stft: every segment of every line transformed by a
 * {@link SegmentTransform} on the worker threads and written, as its mode asks, to
 * {@code [line][segment][frequency]} (complex interleaved).
 */
final class HostFrames {

    private HostFrames() {
    }

    /** The per-segment values, each spectrum multiplied by binScale (psd: its square) before the mode. */
    static double[] run(SegmentSpec spec, SegmentSource src, int lines, int nseg, FrameMode mode, boolean single,
                        double[] binScale) {
        int nfreq = spec.nfreq();
        int width = mode.complex() ? 2 : 1;
        double[] out = new double[Math.toIntExact((long) lines * nseg * nfreq * width)];
        List<WorkSplit> work = WorkSplit.of(lines, nseg, spec.nfft());
        HostPool.forEach(work.size(), t -> {
            WorkSplit w = work.get(t);
            SegmentTransform tr = SegmentTransform.create(spec, single);
            double[] re = new double[nfreq];
            double[] im = new double[nfreq];
            for (int line = w.line0(); line < w.line1(); line++) {
                for (int p = w.p0(); p < w.p1(); p++) {
                    tr.transform(src, line, p);
                    tr.spectrum(re, im);
                    write(mode, re, im, binScale, out, ((line * nseg) + p) * nfreq * width);
                }
            }
        });
        return out;
    }

    private static void write(FrameMode mode, double[] re, double[] im, double[] s, double[] out, int off) {
        int nfreq = re.length;
        switch (mode) {
            case PSD -> {
                for (int f = 0; f < nfreq; f++) {
                    out[off + f] = (re[f] * re[f] + im[f] * im[f]) * s[f];
                }
            }
            case COMPLEX -> {
                for (int f = 0; f < nfreq; f++) {
                    out[off + 2 * f] = re[f] * s[f];
                    out[off + 2 * f + 1] = im[f] * s[f];
                }
            }
            case MAGNITUDE -> {
                for (int f = 0; f < nfreq; f++) {
                    out[off + f] = Math.hypot(re[f] * s[f], im[f] * s[f]);
                }
            }
            case ANGLE, PHASE -> {
                for (int f = 0; f < nfreq; f++) {
                    out[off + f] = Math.atan2(im[f] * s[f], re[f] * s[f]);
                }
                if (mode == FrameMode.PHASE) {
                    unwrap(out, off, nfreq);
                }
            }
        }
    }

    /** NumPy's {@code unwrap} (period 2π, discont π) of a[off, off + n), in place. */
    static void unwrap(double[] a, int off, int n) {
        double correction = 0;
        double prev = n > 0 ? a[off] : 0;
        for (int i = 1; i < n; i++) {
            double cur = a[off + i];
            double dd = cur - prev;
            double ddmod = floorMod(dd + Math.PI, 2 * Math.PI) - Math.PI;
            if (ddmod == -Math.PI && dd > 0) {
                ddmod = Math.PI;
            }
            double ph = Math.abs(dd) < Math.PI ? 0 : ddmod - dd;
            correction += ph;
            a[off + i] = cur + correction;
            prev = cur;
        }
    }

    /** Python's float modulo (the sign of the divisor), as NumPy's remainder computes it. */
    private static double floorMod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }
}
