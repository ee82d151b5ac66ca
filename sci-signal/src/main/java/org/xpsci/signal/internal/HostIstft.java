package org.xpsci.signal.internal;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.xp.HostBuffer;

/**
 * The host path of istft: per line, each segment's spectrum inverse-transformed with JTransforms, cut to
 * nperseg samples, unscaled, windowed and overlap-added; lines run on the worker threads. Values are
 * {@code [line][sample]}, complex interleaved for two-sided input, before the boundary cut and normalisation.
 */
final class HostIstft {

    private HostIstft() {
    }

    /** The overlap-added lines (not yet divided by the window norm). */
    static double[] run(IstftPlan p, HostBuffer z, double[] window) {
        int rank = z.shape().length;
        int nfreq = z.shape()[rank - 2];
        int[] outer = Arrays.copyOf(z.shape(), rank - 2);
        SegmentSource src = SegmentSource.of(z, rank - 2, append(outer, p.nseg));
        int lines = 1;
        for (int s : outer) {
            lines *= s;
        }
        int len = p.outputLength();
        int parts = p.onesided ? 1 : 2;
        double[] out = new double[Math.toIntExact((long) lines * len * parts)];
        double unscale = p.unscale();
        HostPool.forEach(lines, line -> {
            DoubleFFT_1D fft = FftPlans.forDouble(p.nfft);
            double[] a = new double[p.onesided ? p.nfft : 2 * p.nfft];
            for (int ii = 0; ii < p.nseg; ii++) {
                int base = src.base()[line * p.nseg + ii];
                if (p.onesided) {
                    packReal(src, base, nfreq, p.nfft, a);
                    fft.realInverse(a, true);
                } else {
                    packComplex(src, base, nfreq, p.nfft, a);
                    fft.complexInverse(a, true);
                }
                int o = (line * len + ii * p.hop()) * parts;
                for (int j = 0; j < p.nperseg; j++) {
                    double w = window[j] * unscale;
                    if (p.onesided) {
                        out[o + j] += a[j] * w;
                    } else {
                        out[o + 2 * j] += a[2 * j] * w;
                        out[o + 2 * j + 1] += a[2 * j + 1] * w;
                    }
                }
            }
        });
        return out;
    }

    /** Bins into JTransforms' packed real layout for an inverse of length n (cropped or zero-padded). */
    private static void packReal(SegmentSource s, int base, int nfreq, int n, double[] a) {
        Arrays.fill(a, 0);
        int half = n / 2;
        int bins = Math.min(nfreq, half + 1);
        for (int k = 0; k < bins; k++) {
            double re = real(s, base, k);
            double im = imag(s, base, k);
            if (k == 0) {
                a[0] = re;
            } else if (n % 2 == 0 && k == half) {
                a[1] = re;
            } else if (n % 2 == 1 && k == half) {
                a[n - 1] = re;
                a[1] = im;
            } else {
                a[2 * k] = re;
                a[2 * k + 1] = im;
            }
        }
    }

    /** Bins into an interleaved complex array of length n (cropped or zero-padded). */
    private static void packComplex(SegmentSource s, int base, int nfreq, int n, double[] a) {
        Arrays.fill(a, 0);
        for (int k = 0; k < Math.min(nfreq, n); k++) {
            a[2 * k] = real(s, base, k);
            a[2 * k + 1] = imag(s, base, k);
        }
    }

    private static double real(SegmentSource s, int base, int k) {
        int i = 2 * (base + k * s.stride());
        return s.data() instanceof double[] d ? d[i] : ((float[]) s.data())[i];
    }

    private static double imag(SegmentSource s, int base, int k) {
        int i = 2 * (base + k * s.stride()) + 1;
        return s.data() instanceof double[] d ? d[i] : ((float[]) s.data())[i];
    }

    private static int[] append(int[] a, int v) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }
}
