package org.xpsci.linalg;

import org.xpsci.xp.NdArray;

/**
 * The result of {@link Linalg#lu}: {@code a = p @ l @ u} (SciPy's {@code (p, l, u)}).
 *
 * @param p the permutation: an (..., M, M) matrix of the real dtype of a's precision, or, when row indices
 *          were asked for, an (..., M) int32 array with {@code a = l[p, :] @ u}
 * @param l unit lower triangular (trapezoidal), shape (..., M, K), K = min(M, N)
 * @param u upper triangular (trapezoidal), shape (..., K, N)
 */
public record LuResult(NdArray p, NdArray l, NdArray u) {
}
