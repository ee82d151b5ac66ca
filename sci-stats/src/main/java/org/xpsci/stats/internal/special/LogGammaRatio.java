package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * {@code L(a) = ln(Γ(a) / Γ(a + 1/2))} for {@code a > 0}, with absolute error near one ulp of its value: for
 * {@code a >= 10} from the difference of Stirling's series (no large logarithms cancel), below that by
 * shifting the argument up with a product of ratios close to one. It gives the Student t normaliser
 * {@code ln B(a, 1/2) = ln √π + L(a)} without the cancellation of {@code lgamma(a) - lgamma(a + 1/2)}.
 */
final class LogGammaRatio {

    /** ln √π. */
    static final double LN_SQRT_PI = 0.5723649429247000870717137;

    /** Bernoulli terms B_2k / (2k (2k - 1)) of Stirling's series for ln Γ, k = 8 down to 1. */
    private static final double[] STIRLING = {
        -3617.0 / 122400.0, 1.0 / 156.0, -691.0 / 360360.0, 1.0 / 1188.0, -1.0 / 1680.0, 1.0 / 1260.0,
        -1.0 / 360.0, 1.0 / 12.0};

    private static final double SHIFT = 10.0;

    private LogGammaRatio() {
    }

    /**
     * Stirling's correction {@code ln Γ(x) - ((x - 1/2) ln x - x + ln √(2π))} for {@code x >= 10}
     * (error below 1e-17).
     */
    static <V, B> V stirlingCorrection(VectorAlgebra<V, B> m, V x) {
        V r = m.div(1.0, x);
        return m.mul(Polynomial.eval(m, m.mul(r, r), STIRLING), r);
    }

    /** {@code ln(Γ(a) / Γ(a + 1/2))} for {@code a > 0}. */
    static <V, B> V halfRatio(VectorAlgebra<V, B> m, V a) {
        B large = m.greaterEqual(a, SHIFT);
        V shift = m.where(large, 0.0, m.ceil(m.sub(SHIFT, a)));
        V s = m.add(a, shift);
        V sh = m.add(s, 0.5);
        // -(s - 1/2) ln(1 + 1/(2s)) - (1/2) ln(s + 1/2) + 1/2 + delta(s) - delta(s + 1/2)
        V big = m.neg(m.mul(m.sub(s, 0.5), m.log1p(m.div(0.5, s))));
        big = m.sub(big, m.mul(m.log(sh), 0.5));
        big = m.add(m.add(big, 0.5), m.sub(stirlingCorrection(m, s), stirlingCorrection(m, sh)));
        V product = m.full(1.0);
        for (int k = 0; k < SHIFT; k++) {
            V ak = m.add(a, k);
            product = m.where(m.greater(shift, k), m.mul(product, m.div(m.add(ak, 0.5), ak)), product);
        }
        return m.add(big, m.log(product));
    }

    /** {@code ln B(a, 1/2)} for {@code a > 0}. */
    static <V, B> V logBetaHalf(VectorAlgebra<V, B> m, V a) {
        return m.add(halfRatio(m, a), LN_SQRT_PI);
    }
}
