package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/**
 * The continued fraction of the regularised incomplete beta function,
 * {@code I_x(a, b) = x^a (1-x)^b / (a B(a, b)) · CF(a, b, x)}, evaluated with the modified Lentz method
 * (Numerical Recipes' betacf). Iterations are masked: an element stops changing once its update factor is
 * within one ulp of 1, so that the fixed iteration budget does not accumulate rounding; the loop ends early
 * when every element has converged (checked every few iterations). It converges quickly for
 * {@code x < (a + 1)/(a + b + 2)} and, for the Student t arguments used here, within {@link #MAX_ITERATIONS}.
 */
final class BetaContinuedFraction {

    /** The most iterations (each two convergents). */
    static final int MAX_ITERATIONS = 64;

    private static final int CHECK_EVERY = 8;
    private static final double TINY = 1e-300;
    private static final double EPS = 1.1102230246251565e-16;

    private BetaContinuedFraction() {
    }

    /** {@code CF(a, b, x)}. */
    static <V, B> V eval(VectorAlgebra<V, B> m, V a, V b, V x) {
        V qab = m.add(a, b);
        V qap = m.add(a, 1.0);
        V qam = m.sub(a, 1.0);
        V c = m.full(1.0);
        V d = reciprocal(m, m.sub(1.0, m.div(m.mul(qab, x), qap)));
        V h = d;
        B done = m.none();
        for (int k = 1; k <= MAX_ITERATIONS; k++) {
            V a2k = m.add(a, 2.0 * k);
            // even step: k (b - k) x / ((a + 2k - 1)(a + 2k))
            V aa = m.div(m.mul(m.mul(m.sub(b, k), x), k), m.mul(m.add(qam, 2.0 * k), a2k));
            d = reciprocal(m, m.add(m.mul(aa, d), 1.0));
            c = nonZero(m, m.add(m.div(aa, c), 1.0));
            h = m.where(done, h, m.mul(h, m.mul(d, c)));
            // odd step: -(a + k)(a + b + k) x / ((a + 2k)(a + 2k + 1))
            aa = m.neg(m.div(m.mul(m.mul(m.add(a, k), m.add(qab, k)), x), m.mul(a2k, m.add(qap, 2.0 * k))));
            d = reciprocal(m, m.add(m.mul(aa, d), 1.0));
            c = nonZero(m, m.add(m.div(aa, c), 1.0));
            V delta = m.mul(d, c);
            h = m.where(done, h, m.mul(h, delta));
            done = m.or(done, m.lessEqual(m.abs(m.sub(delta, 1.0)), EPS));
            if (k % CHECK_EVERY == 0 && m.all(done)) {
                break;
            }
        }
        return h;
    }

    private static <V, B> V nonZero(VectorAlgebra<V, B> m, V v) {
        return m.where(m.less(m.abs(v), TINY), TINY, v);
    }

    private static <V, B> V reciprocal(VectorAlgebra<V, B> m, V v) {
        return m.div(1.0, nonZero(m, v));
    }
}
