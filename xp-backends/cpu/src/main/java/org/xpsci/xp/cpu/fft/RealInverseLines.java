package org.xpsci.xp.cpu.fft;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * Complex-to-real inverse transforms with {@code n} real output points from {@code n/2+1} Hermitian input terms
 * (irfft), optionally conjugating the input first (hfft). The imaginary parts of the zero (and, for even n,
 * Nyquist) terms are ignored, as in pocketfft.
 *
 * @param n         the output length
 * @param scale     the factor applied to the result
 * @param conjugate whether the input is conjugated first
 */
public record RealInverseLines(int n, double scale, boolean conjugate) implements LineTransform {

    @Override
    public int inLength() {
        return n / 2 + 1;
    }

    @Override
    public int outLength() {
        return n;
    }

    @Override
    public boolean complexInput() {
        return true;
    }

    @Override
    public boolean complexOutput() {
        return false;
    }

    @Override
    public Line newLine() {
        DoubleFFT_1D plan = FftPlans.get(n);
        int in = n / 2 + 1;
        double[] buf = new double[2 * in];
        // realInverse(.., true) returns the 1/n-normalised inverse
        double factor = scale * n;
        return (src, sdt, soff, sstride, avail, dst, ddt, doff, dstride) -> {
            int m = Math.min(avail, in);
            Loader.toComplex(src, sdt, soff, sstride, m, buf);
            Arrays.fill(buf, 2 * m, buf.length, 0.0);
            if (conjugate) {
                LineTransform.conjugate(buf, 0, in);
            }
            pack(buf, n);
            plan.realInverse(buf, true);
            LineTransform.multiply(buf, 0, n, factor);
            Loader.fromDouble(buf, n, dst, ddt, doff, dstride);
        };
    }

    /** Puts {@code n/2+1} interleaved complex values into JTransforms' packed real-transform layout, in place. */
    static void pack(double[] a, int n) {
        a[1] = n == 1 ? 0 : a[n];
    }
}
