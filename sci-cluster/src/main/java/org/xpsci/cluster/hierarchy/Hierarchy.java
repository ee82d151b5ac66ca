package org.xpsci.cluster.hierarchy;

import org.xpsci.cluster.internal.Arguments;
import org.xpsci.cluster.internal.Fcluster;
import org.xpsci.cluster.internal.HierarchyCalls;
import org.xpsci.cluster.internal.Linkage;
import org.xpsci.xp.NdArray;

/**
 * {@code scipy.cluster.hierarchy}: agglomerative clustering and the functions that read its linkage matrices.
 *
 * <p>A linkage matrix Z is float64 with n - 1 rows {@code [id_a, id_b, distance, size]} for n observations;
 * row k forms cluster n + k. As in SciPy, where these algorithms run in compiled code on NumPy arrays only, they
 * run on host memory: arrays of any backend whose memory is on the host are read explicitly (cpu in place, strict
 * through a DLPack copy) and the results are returned in the input's namespace; an array on a device is an error
 * that names the explicit copy ({@link org.xpsci.xp.DeviceTransferException}). {@link #isValidLinkage} is
 * written with the standard and runs anywhere. Warnings go to {@link org.xpsci.cluster.ClusterWarnings}.
 */
public final class Hierarchy {

    private Hierarchy() {
    }

    /** {@code linkage(y)}: single linkage, Euclidean metric. */
    public static NdArray linkage(NdArray y) {
        return linkage(y, LinkageMethod.SINGLE, Metric.EUCLIDEAN);
    }

    /** {@code linkage(y, method)} with the Euclidean metric. */
    public static NdArray linkage(NdArray y, LinkageMethod method) {
        return linkage(y, method, Metric.EUCLIDEAN);
    }

    /**
     * Hierarchical clustering ({@code scipy.cluster.hierarchy.linkage(y, method, metric)}).
     *
     * @param y      condensed distances (1-d, length n(n-1)/2) or n observations (2-d, one per row), any real
     *               dtype (computed in float64)
     * @param method the linkage method
     * @param metric the distance between observations (2-d y only); centroid, median and ward need Euclidean
     * @return Z, float64 (n-1, 4)
     * @throws IllegalArgumentException for a bad rank, a length that is not a binomial coefficient, fewer than two
     *                                  observations, non-finite distances, a non-Euclidean metric with centroid,
     *                                  median or ward
     */
    public static NdArray linkage(NdArray y, LinkageMethod method, Metric metric) {
        return Linkage.linkage(Arguments.array(y, "y"), Arguments.orDefault(method, LinkageMethod.SINGLE),
                Arguments.orDefault(metric, Metric.EUCLIDEAN), "linkage");
    }

    /** {@code fcluster(Z, t)}: the inconsistent criterion with depth 2. */
    public static NdArray fcluster(NdArray z, double t) {
        return fcluster(z, t, FclusterOptions.defaults());
    }

    /** {@code fcluster(Z, t, criterion)} with SciPy's other defaults. */
    public static NdArray fcluster(NdArray z, double t, FclusterCriterion criterion) {
        return fcluster(z, t, FclusterOptions.defaults().withCriterion(criterion));
    }

    /**
     * Flat clusters from a linkage matrix ({@code scipy.cluster.hierarchy.fcluster}).
     *
     * @param t the threshold: a cutoff for inconsistent, distance and monocrit; the maximum number of clusters
     *          (at least 1, fractions truncated) for maxclust and maxclust_monocrit
     * @return int32 labels from 1, one per observation
     * @throws IllegalArgumentException for an invalid Z or R, a negative depth, a missing or misshapen monocrit
     */
    public static NdArray fcluster(NdArray z, double t, FclusterOptions options) {
        FclusterOptions o = Arguments.orDefault(options, FclusterOptions.defaults());
        return Fcluster.fcluster(Arguments.array(z, "Z"), t,
                Arguments.orDefault(o.criterion(), FclusterCriterion.INCONSISTENT), o.depth(), o.r(),
                o.monocrit(), "fcluster");
    }

    /** {@code fclusterdata(X, t)} with SciPy's defaults. */
    public static NdArray fclusterdata(NdArray x, double t) {
        return fclusterdata(x, t, FclusterdataOptions.defaults());
    }

    /**
     * Clusters observations in one call ({@code scipy.cluster.hierarchy.fclusterdata}): pairwise distances,
     * linkage, then {@code fcluster}.
     *
     * @param x n observations (2-d, one per row)
     * @return int32 labels from 1, one per observation
     * @throws IllegalArgumentException when x is not 2-d, or as linkage and fcluster
     */
    public static NdArray fclusterdata(NdArray x, double t, FclusterdataOptions options) {
        return HierarchyCalls.fclusterdata(Arguments.array(x, "X"), t,
                Arguments.orDefault(options, FclusterdataOptions.defaults()));
    }

    /**
     * The cophenetic distances of a linkage tree ({@code scipy.cluster.hierarchy.cophenet(Z)}): for each pair of
     * observations the height at which they join, condensed, float64.
     */
    public static NdArray cophenet(NdArray z) {
        return HierarchyCalls.cophenet(Arguments.array(z, "Z"));
    }

    /**
     * The cophenetic correlation coefficient of a linkage tree and the distances it was built from
     * ({@code scipy.cluster.hierarchy.cophenet(Z, Y)}), with the cophenetic distances.
     *
     * @param y condensed distances of the same observations
     * @throws IllegalArgumentException for an invalid Z, or a Y that is not a condensed matrix of Z's observations
     */
    public static CophenetResult cophenet(NdArray z, NdArray y) {
        return HierarchyCalls.cophenet(Arguments.array(z, "Z"), Arguments.array(y, "Y"));
    }

    /** {@code inconsistent(Z)} with depth 2. */
    public static NdArray inconsistent(NdArray z) {
        return inconsistent(z, 2);
    }

    /**
     * The inconsistency statistics of each link ({@code scipy.cluster.hierarchy.inconsistent(Z, d)}): float64
     * (n-1, 4) rows {@code [mean, std, count, coefficient]} over the links at most d - 1 levels below.
     *
     * @throws IllegalArgumentException for an invalid Z or a negative d
     */
    public static NdArray inconsistent(NdArray z, int d) {
        return HierarchyCalls.inconsistent(Arguments.array(z, "Z"), d);
    }

    /**
     * The observation ids in the order of the dendrogram's leaves, left to right
     * ({@code scipy.cluster.hierarchy.leaves_list}), int32.
     *
     * @throws IllegalArgumentException for an invalid Z (which must be float64)
     */
    public static NdArray leavesList(NdArray z) {
        return HierarchyCalls.leavesList(Arguments.array(z, "Z"));
    }

    /** {@code is_valid_linkage(Z)}: whether Z is a valid linkage matrix, silently. */
    public static boolean isValidLinkage(NdArray z) {
        return isValidLinkage(z, false, false, null);
    }

    /**
     * Whether Z is a valid linkage matrix ({@code scipy.cluster.hierarchy.is_valid_linkage}): float64, (n-1, 4),
     * no negative ids, distances or counts, no cluster used before it is formed or twice.
     *
     * @param warning    warn (ClusterWarning) with the first violated rule
     * @param throwError throw the first violated rule as an IllegalArgumentException instead of returning false
     * @param name       the name the messages use for Z, or null
     */
    public static boolean isValidLinkage(NdArray z, boolean warning, boolean throwError, String name) {
        return HierarchyCalls.isValidLinkage(Arguments.array(z, "Z"), warning, throwError, name);
    }

    /**
     * The full cut tree ({@code scipy.cluster.hierarchy.cut_tree(Z)}): int64 (n, n), column c holds every
     * observation's cluster after c merges, clusters numbered from 0.
     */
    public static NdArray cutTree(NdArray z) {
        return HierarchyCalls.cutTree(Arguments.array(z, "Z"), null, null);
    }

    /**
     * The cut tree at the given numbers of clusters ({@code cut_tree(Z, n_clusters=...)}): int64 (n, counts),
     * one column per count. SciPy 1.17's quirks are kept: a count of n or more (no merge) fills only the first
     * column with the unmerged state, whichever count that column asks for, and leaves its own column zero;
     * counts below 1 give zero columns.
     */
    public static NdArray cutTreeClusters(NdArray z, int... nClusters) {
        return HierarchyCalls.cutTree(Arguments.array(z, "Z"), nClusters, null);
    }

    /**
     * The cut tree at the given heights ({@code cut_tree(Z, height=...)}, for ultrametric trees): int64
     * (n, heights), column i after the merges below {@code height[i]}; a height at or below every merge behaves as
     * a count of n in {@link #cutTreeClusters}.
     */
    public static NdArray cutTreeHeights(NdArray z, double... height) {
        return HierarchyCalls.cutTree(Arguments.array(z, "Z"), null, height);
    }

}
