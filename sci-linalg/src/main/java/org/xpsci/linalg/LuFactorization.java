package org.xpsci.linalg;

import org.xpsci.xp.NdArray;

/**
 * The compact LU factorisation of {@link Linalg#luFactor}, the input of {@link Linalg#luSolve} (SciPy's
 * {@code (lu, piv)}).
 *
 * @param lu  U on and above the diagonal, L's multipliers below it (unit diagonal implied), shape (..., M, N)
 * @param piv int32 pivot indices, shape (..., K): row i was interchanged with row piv[i] (LAPACK's ipiv,
 *            zero-based)
 */
public record LuFactorization(NdArray lu, NdArray piv) {
}
