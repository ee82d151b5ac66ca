package org.xpsci.cluster.hierarchy;

import org.xpsci.xp.NdArray;

/**
 * The keyword arguments of {@code scipy.cluster.hierarchy.fclusterdata}, with SciPy's defaults:
 * {@code criterion='inconsistent', metric='euclidean', depth=2, method='single', R=None}.
 *
 * @param criterion how clusters are cut (inconsistent, distance or maxclust); null means inconsistent
 * @param metric    the distance between observations; null means Euclidean
 * @param depth     the depth of the inconsistency statistics; at least 0
 * @param method    the linkage method; null means single
 * @param r         the inconsistency matrix to use instead of computing it, or null
 */
public record FclusterdataOptions(FclusterCriterion criterion, Metric metric, int depth, LinkageMethod method,
                                  NdArray r) {

    /** SciPy's defaults. */
    public static FclusterdataOptions defaults() {
        return new FclusterdataOptions(FclusterCriterion.INCONSISTENT, Metric.EUCLIDEAN, 2, LinkageMethod.SINGLE,
                null);
    }

    /** A copy with the criterion. */
    public FclusterdataOptions withCriterion(FclusterCriterion value) {
        return new FclusterdataOptions(value, metric, depth, method, r);
    }

    /** A copy with the metric. */
    public FclusterdataOptions withMetric(Metric value) {
        return new FclusterdataOptions(criterion, value, depth, method, r);
    }

    /** A copy with the inconsistency depth. */
    public FclusterdataOptions withDepth(int value) {
        return new FclusterdataOptions(criterion, metric, value, method, r);
    }

    /** A copy with the linkage method. */
    public FclusterdataOptions withMethod(LinkageMethod value) {
        return new FclusterdataOptions(criterion, metric, depth, value, r);
    }

    /** A copy with a precomputed inconsistency matrix. */
    public FclusterdataOptions withR(NdArray value) {
        return new FclusterdataOptions(criterion, metric, depth, method, value);
    }
}
