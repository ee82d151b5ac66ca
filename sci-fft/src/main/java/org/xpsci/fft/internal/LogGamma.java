package org.xpsci.fft.internal;

import org.xpsci.xp.Complex;

/**
 * The logarithm of the gamma function for complex arguments (SciPy's {@code scipy.special.loggamma}, up to
 * multiples of {@code 2 pi i} in the imaginary part, which the FFTLog coefficients only use through
 * {@code exp} or modulo 2): the argument is shifted up by the recurrence {@code lnG(z) = lnG(z+1) - ln z} until
 * its real part is at least 10, where the Stirling series with ten terms is accurate to rounding. Poles
 * (non-positive integers) give NaN, as in SciPy.
 */
final class LogGamma {

    /** {@code B_2k / (2k (2k-1))}, k = 1..10. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
        -3617.0 / 122400, 43867.0 / 244188, -174611.0 / 125400,
    };
    private static final double HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SHIFT_TO = 10;

    private LogGamma() {
    }

    /** {@code ln Gamma(re + i im)}. */
    static Complex of(double re, double im) {
        if (Double.isNaN(re) || Double.isNaN(im) || (im == 0 && re <= 0 && re == Math.floor(re))) {
            return new Complex(Double.NaN, Double.NaN);
        }
        double sumRe = 0;
        double sumIm = 0;
        double zr = re;
        while (zr < SHIFT_TO) {
            sumRe += Math.log(Math.hypot(zr, im));
            sumIm += Math.atan2(im, zr);
            zr += 1;
        }
        Complex s = stirling(zr, im);
        return new Complex(s.re() - sumRe, s.im() - sumIm);
    }

    /** The Stirling series {@code (z-1/2) ln z - z + ln(2 pi)/2 + sum B_2k/(2k(2k-1) z^(2k-1))}. */
    private static Complex stirling(double zr, double zi) {
        double lnAbs = Math.log(Math.hypot(zr, zi));
        double arg = Math.atan2(zi, zr);
        double re = (zr - 0.5) * lnAbs - zi * arg - zr + HALF_LN_2PI;
        double im = zi * lnAbs + (zr - 0.5) * arg - zi;
        double d = zr * zr + zi * zi;
        double wr = zr / d;
        double wi = -zi / d;
        double w2r = wr * wr - wi * wi;
        double w2i = 2 * wr * wi;
        double pr = STIRLING[STIRLING.length - 1];
        double pi = 0;
        for (int k = STIRLING.length - 2; k >= 0; k--) {
            double tr = pr * w2r - pi * w2i + STIRLING[k];
            double ti = pr * w2i + pi * w2r;
            pr = tr;
            pi = ti;
        }
        return new Complex(re + pr * wr - pi * wi, im + pr * wi + pi * wr);
    }
}
