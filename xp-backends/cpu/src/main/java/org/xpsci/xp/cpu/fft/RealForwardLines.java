package org.xpsci.xp.cpu.fft;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * Real-to-complex forward transforms of length {@code n}: the {@code n/2+1} non-negative frequency terms
 * (rfft), optionally conjugated (ihfft).
 *
 * @param n         the transform length (real input points)
 * @param scale     the factor applied to the result
 * @param conjugate whether the output is conjugated
 */
public record RealForwardLines(int n, double scale, boolean conjugate) implements LineTransform {

    @Override
    public int inLength() {
        return n;
    }

    @Override
    public int outLength() {
        return n / 2 + 1;
    }

    @Override
    public Line newLine() {
        DoubleFFT_1D plan = FftPlans.get(n);
        int out = n / 2 + 1;
        double[] buf = new double[2 * out];
        return (src, sdt, soff, sstride, avail, dst, ddt, doff, dstride) -> {
            int m = Math.min(avail, n);
            Loader.toDouble(src, sdt, soff, sstride, m, buf);
            Arrays.fill(buf, m, buf.length, 0.0);
            plan.realForward(buf);
            unpack(buf, n);
            LineTransform.multiply(buf, 2 * out, scale);
            if (conjugate) {
                LineTransform.conjugate(buf, out);
            }
            Loader.fromComplex(buf, out, dst, ddt, doff, dstride);
        };
    }

    /**
     * Turns JTransforms' packed real-transform layout ({@code a[1]} holds Re[n/2] for even n, Im[(n-1)/2] for
     * odd n) into {@code n/2+1} interleaved complex values, in place ({@code a} has room for them).
     */
    static void unpack(double[] a, int n) {
        if (n == 1) {
            a[1] = 0;
            return;
        }
        a[n] = a[1];
        a[1] = 0;
        if (n % 2 == 0) {
            a[n + 1] = 0;
        }
    }
}
