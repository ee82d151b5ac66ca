package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.VectorAlgebra;

/** Polynomial evaluation by Horner's rule over a {@link VectorAlgebra}. */
final class Polynomial {

    private Polynomial() {
    }

    /**
     * {@code c[0] x^k + c[1] x^(k-1) + ... + c[k]}: coefficients from the highest degree down.
     *
     * @param coefficients at least two coefficients, highest degree first
     */
    static <V, B> V eval(VectorAlgebra<V, B> m, V x, double... coefficients) {
        V r = m.add(m.mul(x, coefficients[0]), coefficients[1]);
        for (int i = 2; i < coefficients.length; i++) {
            r = m.add(m.mul(r, x), coefficients[i]);
        }
        return r;
    }
}
