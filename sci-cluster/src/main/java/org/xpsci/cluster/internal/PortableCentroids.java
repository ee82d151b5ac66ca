package org.xpsci.cluster.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The update step of k-means written with the standard alone (SciPy's {@code update_cluster_means}): per
 * cluster, the sum and the count of its rows, built block by block from a one-hot matrix through
 * {@code matmul}, so memory stays bounded by one block x k.
 */
final class PortableCentroids {

    /** Per-cluster sums (k, d) in the dtype of x and counts (k,) int64. */
    record Sums(NdArray sums, NdArray counts) {
    }

    private PortableCentroids() {
    }

    /** The sums and counts of the rows of x (n, d) by label (int32, values in [0, k)). */
    static Sums sums(ArrayNamespace xp, NdArray x, NdArray labels, int k) {
        int n = x.shape(0);
        NdArray ids = xp.expandDims(xp.arange(0, k, 1, DType.INT32, x.device()), 0);
        NdArray sums = xp.zeros(new int[] {k, x.shape(1)}, x.dtype(), x.device());
        NdArray counts = xp.zeros(new int[] {k}, DType.INT64, x.device());
        int block = PortableNearest.blockRows(n, k);
        for (int r0 = 0; r0 < n; r0 += block) {
            int r1 = Math.min(n, r0 + block);
            NdArray lb = xp.expandDims(labels.get(Index.range(r0, r1)), 1);
            NdArray member = xp.equal(lb, ids);
            NdArray oneHot = xp.astype(member, x.dtype());
            sums = xp.add(sums, xp.matmul(xp.matrixTranspose(oneHot), x.get(Index.range(r0, r1), Index.all())));
            // a block's counts are exact in the data's dtype (at most 2^20 rows), then accumulate as integers
            counts = xp.add(counts, xp.astype(xp.sum(oneHot, new int[] {0}, null, false), DType.INT64));
        }
        return new Sums(sums, counts);
    }

    /**
     * The new centroids: each cluster's mean, and for a cluster without rows its previous centroid (kmeans2's
     * handling; kmeans drops such clusters afterwards).
     */
    static NdArray means(ArrayNamespace xp, Sums s, NdArray previous) {
        NdArray has = xp.expandDims(xp.greater(s.counts(), xp.zerosLike(s.counts())), 1);
        NdArray divisor = xp.expandDims(xp.astype(xp.maximum(s.counts(), xp.onesLike(s.counts())),
                s.sums().dtype()), 1);
        return xp.where(has, xp.divide(s.sums(), divisor), previous);
    }
}
