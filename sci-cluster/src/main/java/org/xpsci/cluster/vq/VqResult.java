package org.xpsci.cluster.vq;

import org.xpsci.xp.NdArray;

/**
 * The result of {@code scipy.cluster.vq.vq}.
 *
 * @param code for each observation, the index of its nearest code (int32 for floating input, int64 otherwise,
 *             as SciPy)
 * @param dist for each observation, the Euclidean distance to that code (the promoted floating dtype; float64
 *             for integer input)
 */
public record VqResult(NdArray code, NdArray dist) {
}
