package org.xpsci.cluster.vq;

import org.xpsci.xp.NdArray;

/**
 * The result of {@code scipy.cluster.vq.kmeans}.
 *
 * @param codebook   the centroids (k', N) of the lowest-distortion run, in the data's dtype; clusters that lost
 *                   every observation are dropped, so k' may be less than k
 * @param distortion the mean (non-squared) Euclidean distance of the observations to their nearest centroid, a
 *                   0-d array of the data's dtype
 */
public record KMeansResult(NdArray codebook, NdArray distortion) {
}
