package org.xpsci.cluster.vq;

import org.xpsci.xp.NdArray;

/**
 * The result of {@code scipy.cluster.vq.kmeans2}.
 *
 * @param centroid the centroids after the last iteration, (k, N) (or (k,) for 1-d data), in the data's dtype
 * @param label    for each observation, the index of its nearest centroid at the last iteration (int32)
 */
public record KMeans2Result(NdArray centroid, NdArray label) {
}
