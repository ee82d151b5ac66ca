package org.xpsci.xp.cpu.fft;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * Complex-to-complex transforms of length {@code n} (forward {@code exp(-2 pi i jk/n)} or inverse), computed in
 * double precision and rounded on store for complex64.
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
        double[] buf = new double[2 * n];
        return (src, sdt, soff, sstride, avail, dst, ddt, doff, dstride) -> {
            int m = Math.min(avail, n);
            Loader.toComplex(src, sdt, soff, sstride, m, buf);
            Arrays.fill(buf, 2 * m, 2 * n, 0.0);
            if (forward) {
                plan.complexForward(buf);
            } else {
                plan.complexInverse(buf, false);
            }
            LineTransform.multiply(buf, 2 * n, scale);
            Loader.fromComplex(buf, n, dst, ddt, doff, dstride);
        };
    }
}
