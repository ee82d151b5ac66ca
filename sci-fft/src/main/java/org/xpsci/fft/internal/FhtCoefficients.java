package org.xpsci.fft.internal;

import java.lang.System.Logger.Level;
import org.xpsci.xp.Complex;

/**
 * The FFTLog coefficients of SciPy's {@code fhtcoeff} and the low-ringing offset of {@code fhtoffset}
 * (Hamilton 2000). A singular transform is reported on the {@code org.xpsci.fft} logger at WARNING level, as
 * SciPy warns, and handled as SciPy handles it.
 */
public final class FhtCoefficients {

    private static final double LN_2 = Math.log(2);
    private static final System.Logger LOG = System.getLogger("org.xpsci.fft");

    private FhtCoefficients() {
    }

    /**
     * The {@code n/2+1} coefficients, interleaved (re, im): {@code u_m = 2^q Gamma((mu+1+q)/2 + i y_m) /
     * Gamma((mu+1-q)/2 - i y_m) exp(2 i y_m (ln 2 - offset))} with {@code y_m = pi m/(n dln)}.
     */
    static double[] of(int n, double dln, double mu, double offset, double bias, boolean inverse) {
        double xp = (mu + 1 + bias) / 2;
        double xm = (mu + 1 - bias) / 2;
        int h = n / 2 + 1;
        double stop = Math.PI * (n / 2) / (n * dln);
        double step = h > 1 ? stop / (h - 1) : 0;
        double[] u = new double[2 * h];
        for (int m = 0; m < h; m++) {
            double y = m == h - 1 && h > 1 ? stop : m * step;
            Complex p = LogGamma.of(xp, y);
            Complex v = LogGamma.of(xm, y);
            double re = p.re() - v.re() + LN_2 * bias;
            double im = p.im() + v.im() + y * (2 * (LN_2 - offset));
            double mag = re == Double.NEGATIVE_INFINITY ? 0 : Math.exp(re);
            u[2 * m] = mag == 0 ? 0 : mag * Math.cos(im);
            u[2 * m + 1] = mag == 0 ? 0 : mag * Math.sin(im);
        }
        if (n % 2 == 0) {
            u[2 * h - 1] = 0;
        }
        if (!Double.isFinite(u[0]) || !Double.isFinite(u[1])) {
            u[0] = Math.pow(2, bias) * poch(xm, xp - xm);
            u[1] = 0;
        }
        boolean infinite = Double.isInfinite(u[0]) || Double.isInfinite(u[1]);
        if (infinite && !inverse) {
            LOG.log(Level.WARNING, "fht: singular transform; consider changing the bias (mu=" + mu + ", bias="
                    + bias + ")");
            u[0] = 0;
            u[1] = 0;
        } else if (u[0] == 0 && u[1] == 0 && inverse) {
            LOG.log(Level.WARNING, "ifht: singular inverse transform; consider changing the bias (mu=" + mu
                    + ", bias=" + bias + ")");
            u[0] = Double.POSITIVE_INFINITY;
        }
        return u;
    }

    /** {@code 1/conj(u)} elementwise (the inverse transform's factors), 0 where u is infinite. */
    static double[] inverted(double[] u) {
        double[] w = new double[u.length];
        for (int m = 0; m < u.length; m += 2) {
            double re = u[m];
            double im = u[m + 1];
            if (Double.isInfinite(re) || Double.isInfinite(im)) {
                continue;
            }
            double d = re * re + im * im;
            w[m] = re / d;
            w[m + 1] = im / d;
        }
        return w;
    }

    /** Pochhammer's symbol {@code Gamma(a+m)/Gamma(a)}, with the limits SciPy's poch takes at poles. */
    static double poch(double a, double m) {
        double b = a + m;
        boolean poleA = a <= 0 && a == Math.floor(a);
        boolean poleB = b <= 0 && b == Math.floor(b);
        if (poleA && poleB) {
            long p = (long) -b;
            long q = (long) -a;
            double r = 1;
            for (long k = Math.min(p, q) + 1; k <= Math.max(p, q); k++) {
                r = q >= p ? r * k : r / k;
            }
            return (p - q) % 2 == 0 ? r : -r;
        }
        if (poleB) {
            return Double.POSITIVE_INFINITY;
        }
        if (poleA) {
            return 0;
        }
        Complex d = LogGamma.of(b, 0);
        Complex e = LogGamma.of(a, 0);
        return Math.exp(d.re() - e.re()) * Math.cos(d.im() - e.im());
    }

    /**
     * SciPy's {@code fhtoffset}: the offset closest to {@code initial} that satisfies the low-ringing condition.
     *
     * @throws IllegalArgumentException when dln is zero or not finite
     */
    public static double offset(double dln, double mu, double initial, double bias) {
        Fftlog.checkParameters(dln, mu, initial, bias);
        double xp = (mu + 1 + bias) / 2;
        double xm = (mu + 1 - bias) / 2;
        double y = Math.PI / (2 * dln);
        Complex zp = LogGamma.of(xp, y);
        Complex zm = LogGamma.of(xm, y);
        double arg = (LN_2 - initial) / dln + (zp.im() + zm.im()) / Math.PI;
        return initial + (arg - Math.rint(arg)) * dln;
    }
}
