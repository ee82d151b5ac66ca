package org.xpsci.linalg;

import org.xpsci.xp.NdArray;

/**
 * The result of {@link Linalg#pinvWithRank} (SciPy's {@code pinv(a, return_rank=True)}).
 *
 * @param pinv the pseudo-inverse, shape (..., N, M)
 * @param rank the effective rank (int64, batch-shaped)
 */
public record PinvResult(NdArray pinv, NdArray rank) {
}
