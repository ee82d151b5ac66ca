package org.xpsci.fft;

import org.xpsci.fft.internal.FhtCoefficients;
import org.xpsci.fft.internal.Fftlog;
import org.xpsci.xp.NdArray;

/**
 * {@code scipy.fft}'s fast Hankel transform (FFTLog, Hamilton 2000) of logarithmically spaced periodic
 * sequences, along the last axis: {@code fht}, its inverse {@code ifht}, and {@code fhtoffset}. Host arrays run
 * on JTransforms; others on the namespace's fft extension. A singular transform (a pole of the coefficients)
 * is logged at WARNING on the {@code org.xpsci.fft} logger, as SciPy warns, and handled as SciPy does. Integer
 * input is transformed as float64; float32 input gives float32, also with a bias (where SciPy's float64 bias
 * weights promote the result to float64); complex input is an error, as in SciPy.
 */
public final class Fht {

    private Fht() {
    }

    /**
     * The fast Hankel transform ({@code scipy.fft.fht(a, dln, mu)}) with offset 0 and bias 0.
     *
     * @param dln the uniform logarithmic spacing of the input
     * @param mu  the order of the Hankel transform
     */
    public static NdArray fht(NdArray a, double dln, double mu) {
        return fht(a, dln, mu, 0, 0);
    }

    /**
     * The fast Hankel transform ({@code scipy.fft.fht}) with an output offset and a power-law bias.
     *
     * @throws IllegalArgumentException for complex or 0-d input, an empty last axis, a zero dln
     */
    public static NdArray fht(NdArray a, double dln, double mu, double offset, double bias) {
        return Fftlog.transform(a, dln, mu, offset, bias, false);
    }

    /** The inverse fast Hankel transform ({@code scipy.fft.ifht(A, dln, mu)}) with offset 0 and bias 0. */
    public static NdArray ifht(NdArray a, double dln, double mu) {
        return ifht(a, dln, mu, 0, 0);
    }

    /**
     * The inverse fast Hankel transform ({@code scipy.fft.ifht}) with an offset and a bias.
     *
     * @throws IllegalArgumentException for complex or 0-d input, an empty last axis, a zero dln
     */
    public static NdArray ifht(NdArray a, double dln, double mu, double offset, double bias) {
        return Fftlog.transform(a, dln, mu, offset, bias, true);
    }

    /** The optimal offset for {@code fht} ({@code scipy.fft.fhtoffset(dln, mu)}), starting from 0 with bias 0. */
    public static double fhtoffset(double dln, double mu) {
        return fhtoffset(dln, mu, 0, 0);
    }

    /**
     * The offset closest to {@code initial} that fulfils the low-ringing condition of {@code fht}
     * ({@code scipy.fft.fhtoffset}).
     *
     * @throws IllegalArgumentException when dln is zero or a parameter is not finite
     */
    public static double fhtoffset(double dln, double mu, double initial, double bias) {
        return FhtCoefficients.offset(dln, mu, initial, bias);
    }
}
