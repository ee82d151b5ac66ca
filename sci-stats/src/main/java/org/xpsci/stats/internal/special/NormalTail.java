package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * The standard normal distribution (the Student t distribution with infinite degrees of freedom) at
 * {@code x >= 0}: upper tail, its logarithm, the central mass {@code P(0 < Z < x)} and the log density.
 * {@code e^{-x²/2}} is formed from a split of x so that the tail keeps full relative accuracy.
 */
final class NormalTail {

    /** ln √(2π). */
    static final double LN_SQRT_2PI = 0.9189385332046727417803297;
    private static final double INV_SQRT_2PI = 0.39894228040143267794;
    /** Beyond this, e^{-x²/2} underflows to 0 (and x² could overflow). */
    private static final double UNDERFLOW_X = 40.0;
    private static final double SQRT1_2 = 0.70710678118654752440;

    private NormalTail() {
    }

    /** {@code e^{-x²/2}} for {@code x >= 0} (finite), accurate to a few ulps. */
    static <V, B> V expHalfSquare(VectorAlgebra<V, B> m, V x) {
        V h = m.div(m.floor(m.mul(x, 16.0)), 16.0);
        V l = m.sub(x, h);
        return m.mul(m.exp(m.mul(m.mul(h, h), -0.5)), m.exp(m.mul(m.mul(l, m.add(x, h)), -0.5)));
    }

    /** Tail values at {@code x >= 0} (finite). */
    static <V, B> TailValues<V> at(VectorAlgebra<V, B> m, V x) {
        V y = m.mul(x, SQRT1_2);
        V erfcx = ErrorFunction.erfcx(m, y);
        V halfSquare = m.mul(m.mul(x, x), -0.5);
        V gauss = expHalfSquare(m, m.minimum(x, m.full(UNDERFLOW_X)));
        V q = m.mul(m.mul(gauss, erfcx), 0.5);
        V logQ = m.add(halfSquare, m.log(m.mul(erfcx, 0.5)));
        B small = m.lessEqual(y, ErrorFunction.SMALL);
        V central = m.where(small, m.mul(ErrorFunction.erfSmall(m, m.where(small, y, 0.0)), 0.5), m.sub(0.5, q));
        V logPdf = m.sub(halfSquare, LN_SQRT_2PI);
        return new TailValues<>(q, logQ, central, logPdf, m.mul(gauss, INV_SQRT_2PI));
    }
}
