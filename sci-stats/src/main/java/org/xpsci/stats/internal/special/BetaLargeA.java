package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * {@code ln I_z(a, 1/2)} for large {@code a} (at least {@link #MIN_A}) by DiDonato and Morris' asymptotic
 * expansion BGRAT (ACM TOMS 708, 1992, eqs. 9-9.6; Boost's beta_small_b_large_a_series) with b = 1/2, where
 * the incomplete gamma function it needs is {@code Q(1/2, u) = erfc(√u)}. Everything is carried in log space
 * relative to {@code e^{-u}}, so tails far below the double range keep their logarithm. The continued
 * fraction loses accuracy in proportion to {@code a} near its crossover; this expansion does not.
 */
final class BetaLargeA {

    /** The smallest a the expansion is used for (16 terms reach 1e-16 from here on). */
    static final double MIN_A = 8.0;

    private static final int TERMS = 16;
    private static final double B = 0.5;
    private static final double INV_SQRT_PI = 0.56418958354775628695;
    private static final double[] P = coefficients(TERMS);

    private BetaLargeA() {
    }

    /** The expansion's coefficients p_n for b = 1/2 (DiDonato and Morris eq. 9.3). */
    private static double[] coefficients(int terms) {
        double[] fact = new double[2 * terms + 2];
        fact[0] = 1;
        for (int k = 1; k < fact.length; k++) {
            fact[k] = fact[k - 1] * k;
        }
        double[] p = new double[terms];
        p[0] = 1;
        for (int n = 1; n < terms; n++) {
            double s = 0;
            for (int mm = 1; mm < n; mm++) {
                s += (mm * B - n) * p[n - mm] / fact[2 * mm + 1];
            }
            p[n] = s / n + (B - 1) / fact[2 * n + 1];
        }
        return p;
    }

    /**
     * {@code ln I_z(a, 1/2)}.
     *
     * @param a    the first shape parameter, at least {@link #MIN_A}
     * @param logZ {@code ln z} (non-positive), computed without cancellation
     */
    static <V, B> V logIncompleteBeta(VectorAlgebra<V, B> m, V a, V logZ) {
        V t = m.sub(a, 0.25);
        V u = m.neg(m.mul(t, logZ));
        V logR = m.sub(m.neg(LogGammaRatio.halfRatio(m, a)), m.mul(m.log(t), 0.5));
        V su = m.sqrt(u);
        V k = ErrorFunction.erfcx(m, su);
        V sum = k;
        V lx2 = m.mul(m.mul(logZ, logZ), 0.25);
        V lxp = m.full(1.0);
        V t4 = m.mul(m.mul(t, t), 4.0);
        V c = m.mul(su, INV_SQRT_PI);
        for (int n = 1; n < TERMS; n++) {
            double b2n = B + 2 * (n - 1);
            k = m.div(m.add(m.mul(k, b2n * (b2n + 1)), m.mul(m.mul(c, m.add(u, b2n + 1)), lxp)), t4);
            lxp = m.mul(lxp, lx2);
            sum = m.add(sum, m.mul(k, P[n]));
        }
        return m.add(m.sub(logR, u), m.log(sum));
    }
}
