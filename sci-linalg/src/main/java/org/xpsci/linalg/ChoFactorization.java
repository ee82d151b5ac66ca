package org.xpsci.linalg;

import org.xpsci.xp.NdArray;

/**
 * The Cholesky factorisation of {@link Linalg#choFactor}, the input of {@link Linalg#choSolve} (SciPy's
 * {@code (c, lower)}).
 *
 * @param c     the factor in the triangle {@code lower} names; the other triangle holds a's entries and is
 *              not read
 * @param lower whether c holds the lower factor L (a = L L^H) rather than the upper U (a = U^H U)
 */
public record ChoFactorization(NdArray c, boolean lower) {
}
