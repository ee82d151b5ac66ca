package org.xpsci.xp.cpu.fft;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Complex-to-complex transforms of length {@code n} (forward {@code exp(-2 pi i jk/n)} or inverse), computed in
 * double precision and rounded on store for complex64; complex128 lines going to unit-stride output are
 * transformed in the output's storage ({@link DirectLine}).
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
    public boolean complexInput() {
        return true;
    }

    @Override
    public boolean complexOutput() {
        return true;
    }

    @Override
    public Line newLine() {
        DoubleFFT_1D plan = FftPlans.get(n);
        return new DirectLine(true, n, n) {
            @Override
            void transform(double[] buf, int at) {
                if (forward) {
                    plan.complexForward(buf, at);
                } else {
                    plan.complexInverse(buf, at, false);
                }
                LineTransform.multiply(buf, at, 2 * n, scale);
            }
        };
    }
}
