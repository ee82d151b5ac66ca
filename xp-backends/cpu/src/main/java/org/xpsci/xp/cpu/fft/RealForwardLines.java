package org.xpsci.xp.cpu.fft;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * Real-to-complex forward transforms of length {@code n}: the {@code n/2+1} non-negative frequency terms
 * (rfft), optionally conjugated (ihfft). float64 lines going to a unit-stride complex128 output are transformed
 * right there (the {@code n} reals fit in the {@code n/2+1} complex slots), without scratch.
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
        return new Line() {
            private double[] scratch;

            @Override
            public void apply(Object src, DType sdt, int soff, int sstride, int avail, Object dst, DType ddt,
                    int doff, int dstride) {
                int m = Math.min(avail, n);
                boolean direct = sdt == DType.FLOAT64 && ddt == DType.COMPLEX128 && dstride == 1;
                double[] buf;
                int at;
                if (direct) {
                    buf = (double[]) dst;
                    at = 2 * doff;
                    LineTransform.gather((double[]) src, soff, sstride, 1, m, buf, at);
                } else {
                    if (scratch == null) {
                        scratch = new double[2 * out];
                    }
                    buf = scratch;
                    at = 0;
                    Loader.toDouble(src, sdt, soff, sstride, m, buf);
                }
                Arrays.fill(buf, at + m, at + 2 * out, 0.0);
                plan.realForward(buf, at);
                unpack(buf, at, n);
                LineTransform.multiply(buf, at, 2 * out, scale);
                if (conjugate) {
                    LineTransform.conjugate(buf, at, out);
                }
                if (!direct) {
                    Loader.fromComplex(buf, out, dst, ddt, doff, dstride);
                }
            }
        };
    }

    /**
     * Turns JTransforms' packed real-transform layout at {@code a[at..]} ({@code a[at+1]} holds Re[n/2] for even
     * n, Im[(n-1)/2] for odd n) into {@code n/2+1} interleaved complex values, in place.
     */
    static void unpack(double[] a, int at, int n) {
        if (n > 1) {
            a[at + n] = a[at + 1];
            if (n % 2 == 0) {
                a[at + n + 1] = 0;
            }
        }
        a[at + 1] = 0;
    }
}
