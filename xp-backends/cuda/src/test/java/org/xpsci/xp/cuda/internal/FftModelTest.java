package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.xp.Xp;

/**
 * The FFT plans and the kernels' arithmetic, run on the host through {@link FftModel} and compared with NumPy
 * (fixture cuda_fft.npz from src/test/python/gen_fft.py): Stockham for every kernel radix, Bluestein for
 * prime and other lengths, the real transforms' pre and post steps.
 */
class FftModelTest {

    private static final Fixture F = Fixtures.load("cuda_fft.npz");

    private static double[] complex(String name) {
        return Xp.toComplexArray(F.get(Xp.backend("cpu"), name));
    }

    private static double[] real(String name) {
        return Xp.toDoubleArray(F.get(Xp.backend("cpu"), name));
    }

    /** max |a - b| / max |b|. */
    private static double relError(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < b.length; i++) {
            num = Math.max(num, Math.abs(a[i] - b[i]));
            den = Math.max(den, Math.abs(b[i]));
        }
        return num / Math.max(den, Double.MIN_NORMAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 16, 17, 30, 60, 64, 97, 100, 128})
    void forwardMatchesNumpy(int n) {
        double[] y = FftModel.complexRows(complex("x" + n), n, false);
        double e = relError(y, complex("fft" + n));
        assertTrue(e < 1e-13, "n=" + n + " relative error " + e);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 11, 13, 17, 60, 97, 100, 128})
    void inverseMatchesNumpy(int n) {
        double[] y = FftModel.complexRows(complex("x" + n), n, true);
        for (int i = 0; i < y.length; i++) {
            y[i] /= n;
        }
        double e = relError(y, complex("ifft" + n));
        assertTrue(e < 1e-13, "n=" + n + " relative error " + e);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 8, 16, 30})
    void realForwardByHalfLengthMatchesNumpy(int n) {
        double[] y = FftModel.rfftEven(real("r" + n), n);
        double e = relError(y, complex("rfft" + n));
        assertTrue(e < 1e-13, "n=" + n + " relative error " + e);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 8, 16, 30})
    void realInverseByHalfLengthMatchesNumpy(int n) {
        double[] y = FftModel.irfftEven(complex("h" + n), n);
        for (int i = 0; i < y.length; i++) {
            y[i] /= n;
        }
        double e = relError(y, real("irfft" + n));
        assertTrue(e < 1e-13, "n=" + n + " relative error " + e);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 9, 31})
    void realInverseOfOddLengthMatchesNumpy(int n) {
        double[] y = FftModel.irfftOdd(complex("h" + n), n);
        for (int i = 0; i < y.length; i++) {
            y[i] /= n;
        }
        double e = relError(y, real("irfft" + n));
        assertTrue(e < 1e-13, "n=" + n + " relative error " + e);
    }

    @Test
    void batchedRowsAreIndependent() {
        double[] a = complex("x12");
        double[] b = complex("x12");
        double[] two = new double[4 * 12];
        System.arraycopy(a, 0, two, 0, 24);
        for (int i = 0; i < 24; i++) {
            two[24 + i] = 2 * b[i];
        }
        double[] y = FftModel.complexRows(two, 12, false);
        double[] ref = complex("fft12");
        double[] want = new double[48];
        for (int i = 0; i < 24; i++) {
            want[i] = ref[i];
            want[24 + i] = 2 * ref[i];
        }
        assertTrue(relError(y, want) < 1e-13);
    }
}
