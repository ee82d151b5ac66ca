package org.xpsci.linalg;

import org.xpsci.xp.NdArray;

/**
 * The result of {@link Linalg#luPermuted}: {@code a = pl @ u} (SciPy's {@code lu(a, permute_l=True)}).
 *
 * @param pl the row-permuted unit lower triangular factor, shape (..., M, K), K = min(M, N)
 * @param u  upper triangular (trapezoidal), shape (..., K, N)
 */
public record PermutedLuResult(NdArray pl, NdArray u) {
}
