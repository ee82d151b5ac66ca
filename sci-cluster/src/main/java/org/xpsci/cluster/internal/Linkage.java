package org.xpsci.cluster.internal;

import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.hierarchy.LinkageMethod;
import org.xpsci.cluster.hierarchy.Metric;
import org.xpsci.xp.NdArray;

/**
 * SciPy's {@code linkage} on host memory: condensed distances or observations in (the latter through
 * {@link PairwiseDistances}), the algorithm SciPy picks for the method (minimum spanning tree for single,
 * nearest-neighbour chain for complete/average/weighted/ward, the generic algorithm for centroid/median), a
 * float64 (n-1) x 4 matrix out in the caller's namespace.
 */
public final class Linkage {

    private Linkage() {
    }

    /**
     * The linkage matrix of {@code y} (condensed distances, 1-d, or observations, 2-d).
     *
     * @throws IllegalArgumentException with SciPy's messages for a bad method/metric pair, rank, length or
     *                                  non-finite distances
     */
    public static NdArray linkage(NdArray y, LinkageMethod method, Metric metric, String function) {
        int n = observations(y, method, metric, function);
        double[] dists = condensed(y, metric, function);
        return HostResults.float64(y, compute(dists, n, method), n - 1, 4);
    }

    /**
     * The linkage matrix ((n-1) x 4, row-major) of the condensed distances of n observations; {@code dists} (a
     * private array: the host copy of the input, or pdist's output) is the working matrix and is overwritten by
     * the reducible and generic algorithms.
     */
    public static double[] compute(double[] dists, int n, LinkageMethod method) {
        DistanceUpdate update = DistanceUpdate.of(method);
        switch (method) {
            case SINGLE:
                return MstLinkage.run(dists, n);
            case CENTROID:
            case MEDIAN:
                return GenericLinkage.run(dists, n, update);
            default:
                return NnChainLinkage.run(dists, n, update);
        }
    }

    /**
     * The finite condensed distances of {@code y}: y itself when 1-d, pdist of its rows when 2-d (warning when
     * a 2-d y looks like a square distance matrix).
     */
    public static double[] condensed(NdArray y, Metric metric, String function) {
        double[] v = HostValues.doubles(y, function, "y");
        double[] d;
        if (y.ndim() == 1) {
            d = v;
        } else {
            int m = y.shape(0);
            int cols = y.shape(1);
            if (m == cols && looksLikeDistanceMatrix(v, m)) {
                ClusterWarningChannel.warn(ClusterWarning.Category.CLUSTER_WARNING, function, "The symmetric non-negative"
                        + " hollow observation matrix looks suspiciously like an uncondensed distance matrix");
            }
            d = PairwiseDistances.pdist(v, m, cols, metric);
        }
        for (double x : d) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("The condensed distance matrix must contain only finite values.");
            }
        }
        return d;
    }

    /** The number of observations y describes, after SciPy's argument checks. */
    private static int observations(NdArray y, LinkageMethod method, Metric metric, String function) {
        if (y.dtype().isComplexFloating()) {
            throw new IllegalArgumentException(function + ": y must be real; got a " + y.dtype() + " array");
        }
        if (method.needsEuclidean() && metric != Metric.EUCLIDEAN && y.ndim() == 2) {
            throw new IllegalArgumentException("`method=" + method.label() + "` requires the distance metric to be"
                    + " Euclidean; got metric=" + metric.label());
        }
        if (y.ndim() == 1) {
            return Condensed.observations(y.shape(0), "y");
        }
        if (y.ndim() == 2) {
            int m = y.shape(0);
            if (m < 2) {
                throw new IllegalArgumentException("The number of observations cannot be determined on an empty"
                        + " distance matrix. (y has " + m + " observation" + (m == 1 ? "" : "s") + ")");
            }
            return m;
        }
        throw new IllegalArgumentException("`y` must be 1 or 2 dimensional.; got ndim=" + y.ndim());
    }

    private static boolean looksLikeDistanceMatrix(double[] v, int m) {
        for (int i = 0; i < m; i++) {
            if (!(Math.abs(v[i * m + i]) <= 1e-8)) {
                return false;
            }
            for (int j = 0; j < m; j++) {
                double a = v[i * m + j];
                double b = v[j * m + i];
                if (!(a >= 0) || !(Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b))) {
                    return false;
                }
            }
        }
        return true;
    }
}
