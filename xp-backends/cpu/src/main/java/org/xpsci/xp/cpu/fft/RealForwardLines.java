package org.xpsci.xp.cpu.fft;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Real-to-complex forward transforms of length {@code n}: the {@code n/2+1} non-negative frequency terms
 * (rfft), optionally conjugated (ihfft). float64 lines going to unit-stride complex128 output are transformed in
 * the output's storage ({@link DirectLine}): the {@code n} reals fit in the {@code n/2+1} complex slots.
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
    public boolean complexInput() {
        return false;
    }

    @Override
    public boolean complexOutput() {
        return true;
    }

    @Override
    public Line newLine() {
        DoubleFFT_1D plan = FftPlans.get(n);
        int out = n / 2 + 1;
        return new DirectLine(false, n, out) {
            @Override
            void transform(double[] buf, int at) {
                plan.realForward(buf, at);
                unpack(buf, at, n);
                LineTransform.multiply(buf, at, 2 * out, scale);
                if (conjugate) {
                    LineTransform.conjugate(buf, at, out);
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
