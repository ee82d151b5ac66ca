package org.xpsci.xp.cpu.fft;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * Complex-to-complex transforms of length {@code n} (forward {@code exp(-2 pi i jk/n)} or inverse), computed in
 * double precision and rounded on store for complex64. complex128 lines going to a unit-stride complex128
 * output are transformed right there, without scratch.
 *
 * @param n       the transform length
 * @param forward forward or inverse
 * @param scale   the factor applied to the result
 */
public record ComplexLines(int n, boolean forward, double scale) implements LineTransform {

    @Override
    public int inLength() {
        return n;
    }

    @Override
    public int outLength() {
        return n;
    }

    @Override
    public Line newLine() {
        DoubleFFT_1D plan = FftPlans.get(n);
        return new Line() {
            private double[] scratch;

            @Override
            public void apply(Object src, DType sdt, int soff, int sstride, int avail, Object dst, DType ddt,
                    int doff, int dstride) {
                int m = Math.min(avail, n);
                boolean direct = sdt == DType.COMPLEX128 && ddt == DType.COMPLEX128 && dstride == 1;
                double[] buf;
                int at;
                if (direct) {
                    buf = (double[]) dst;
                    at = 2 * doff;
                    LineTransform.gather((double[]) src, soff, sstride, 2, m, buf, at);
                } else {
                    if (scratch == null) {
                        scratch = new double[2 * n];
                    }
                    buf = scratch;
                    at = 0;
                    Loader.toComplex(src, sdt, soff, sstride, m, buf);
                }
                Arrays.fill(buf, at + 2 * m, at + 2 * n, 0.0);
                if (forward) {
                    plan.complexForward(buf, at);
                } else {
                    plan.complexInverse(buf, at, false);
                }
                LineTransform.multiply(buf, at, 2 * n, scale);
                if (!direct) {
                    Loader.fromComplex(buf, n, dst, ddt, doff, dstride);
                }
            }
        };
    }
}
