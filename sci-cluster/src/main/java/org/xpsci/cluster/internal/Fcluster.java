package org.xpsci.cluster.internal;

import org.xpsci.cluster.hierarchy.FclusterCriterion;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** SciPy's {@code fcluster} on host memory: flat cluster labels (int32, from 1) cut from a linkage tree. */
public final class Fcluster {

    private Fcluster() {
    }

    /**
     * The labels of a linkage matrix argument's observations.
     *
     * @param r        the inconsistency matrix or null (criterion inconsistent)
     * @param monocrit the monotone criterion or null (monocrit criteria)
     */
    public static NdArray fcluster(NdArray z, double t, FclusterCriterion criterion, int depth, NdArray r,
                                   NdArray monocrit, String function) {
        Xp.namespace(z, r, monocrit);
        double[] zv = LinkageCheck.read(z, true, function);
        int n = z.shape(0) + 1;
        double[] rv = r == null ? null : InconsistencyCheck.read(r, n - 1, function);
        double[] mc = monocrit == null ? null : monocrit(monocrit, n, function);
        return HostResults.int32(z, labels(zv, n, t, criterion, depth, rv, mc, function), n);
    }

    /** The labels for a validated linkage matrix {@code z} of n observations. */
    public static int[] labels(double[] z, int n, double t, FclusterCriterion criterion, int depth, double[] r,
                               double[] monocrit, String function) {
        switch (criterion) {
            case INCONSISTENT: {
                double[] stats = r != null ? r : Inconsistency.statistics(z, n, checkDepth(depth));
                double[] max = FlatClusters.maxBelow(z, n, FlatClusters.column(stats, n - 1, 3));
                return FlatClusters.monocrit(z, n, max, t);
            }
            case DISTANCE:
                return FlatClusters.monocrit(z, n, maxDistances(z, n), t);
            case MAXCLUST:
                return FlatClusters.maxclustMonocrit(z, n, maxDistances(z, n), maxClusters(t, function));
            case MONOCRIT:
                return FlatClusters.monocrit(z, n, requireMonocrit(monocrit, criterion, function), t);
            default:
                return FlatClusters.maxclustMonocrit(z, n, requireMonocrit(monocrit, criterion, function),
                        maxClusters(t, function));
        }
    }

    /**
     * Checks the depth of the inconsistency statistics.
     *
     * @throws IllegalArgumentException for a negative depth, in SciPy's words
     */
    public static int checkDepth(int d) {
        if (d < 0) {
            throw new IllegalArgumentException("The second argument d must be a nonnegative integer value.; got d="
                    + d);
        }
        return d;
    }

    private static double[] maxDistances(double[] z, int n) {
        return FlatClusters.maxBelow(z, n, FlatClusters.column(z, n - 1, 2));
    }

    private static int maxClusters(double t, String function) {
        if (!(t >= 1)) {
            throw new IllegalArgumentException(function + ": t is the maximum number of clusters for the maxclust"
                    + " criteria and must be at least 1; got t=" + t);
        }
        return t >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) t;
    }

    private static double[] requireMonocrit(double[] monocrit, FclusterCriterion criterion, String function) {
        if (monocrit == null) {
            throw new IllegalArgumentException(function + ": criterion '" + criterion.label() + "' needs a monocrit"
                    + " array (one value per row of Z); got none");
        }
        return monocrit;
    }

    private static double[] monocrit(NdArray monocrit, int n, String function) {
        if (monocrit.ndim() != 1 || monocrit.shape(0) != n - 1) {
            throw new IllegalArgumentException(function + ": monocrit must be a 1-d array with one value per row of Z"
                    + " (" + (n - 1) + "); got shape " + java.util.Arrays.toString(monocrit.shape()));
        }
        return HostValues.doubles(monocrit, function, "monocrit");
    }
}
