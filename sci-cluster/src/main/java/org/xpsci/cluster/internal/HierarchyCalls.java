package org.xpsci.cluster.internal;

import org.xpsci.cluster.hierarchy.FclusterCriterion;
import org.xpsci.cluster.hierarchy.FclusterdataOptions;
import org.xpsci.cluster.hierarchy.CophenetResult;
import org.xpsci.cluster.hierarchy.LinkageMethod;
import org.xpsci.cluster.hierarchy.Metric;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** The bodies of the {@code Hierarchy} functions: argument checks, host reads, results in the input namespace. */
public final class HierarchyCalls {

    private HierarchyCalls() {
    }

    /** {@code fclusterdata}: pdist, linkage of the condensed distances, inconsistency, fcluster. */
    public static NdArray fclusterdata(NdArray x, double t, FclusterdataOptions o) {
        String f = "fclusterdata";
        if (x.ndim() != 2) {
            throw new IllegalArgumentException("The observation matrix X must be an n by m array.; got ndim="
                    + x.ndim());
        }
        Xp.namespace(x, o.r());
        FclusterCriterion criterion = Arguments.orDefault(o.criterion(), FclusterCriterion.INCONSISTENT);
        int n = x.shape(0);
        if (n < 2) {
            throw new IllegalArgumentException("The number of observations cannot be determined on an empty distance"
                    + " matrix. (X has " + n + " observation" + (n == 1 ? "" : "s") + ")");
        }
        double[] v = HostValues.doubles(x, f, "X");
        double[] d = PairwiseDistances.pdist(v, n, x.shape(1), Arguments.orDefault(o.metric(), Metric.EUCLIDEAN));
        for (double e : d) {
            if (!Double.isFinite(e)) {
                throw new IllegalArgumentException("The condensed distance matrix must contain only finite values.");
            }
        }
        double[] z = Linkage.compute(d, n, Arguments.orDefault(o.method(), LinkageMethod.SINGLE));
        double[] r = o.r() == null ? null : InconsistencyCheck.read(o.r(), n - 1, f);
        int[] labels = Fcluster.labels(z, n, t, criterion, Fcluster.checkDepth(o.depth()), r, null, f);
        return HostResults.int32(x, labels, n);
    }

    /** {@code cophenet(Z)}. */
    public static NdArray cophenet(NdArray z) {
        double[] zv = LinkageCheck.read(z, true, "cophenet");
        int n = z.shape(0) + 1;
        return HostResults.float64(z, Cophenetic.distances(zv, n),
                (int) Condensed.length(n));
    }

    /** {@code cophenet(Z, Y)}: the correlation of the cophenetic distances with Y, and the distances. */
    public static CophenetResult cophenet(NdArray z, NdArray y) {
        Xp.namespace(z, y);
        double[] zv = LinkageCheck.read(z, true, "cophenet");
        int n = z.shape(0) + 1;
        if (y.ndim() != 1) {
            throw new IllegalArgumentException("Condensed distance matrix 'Y' must have shape=1 (i.e. be"
                    + " one-dimensional).; got ndim=" + y.ndim());
        }
        int ny = Condensed.observations(y.shape(0), "Y");
        if (ny != n) {
            throw new IllegalArgumentException("cophenet: Y holds the distances of " + ny + " observations but Z"
                    + " links " + n);
        }
        double[] d = Cophenetic.distances(zv, n);
        double c = correlation(d, HostValues.doubles(y, "cophenet", "Y"));
        return new CophenetResult(HostResults.float64(z, new double[] {c}),
                HostResults.float64(z, d, d.length));
    }

    /** {@code inconsistent(Z, d)}. */
    public static NdArray inconsistent(NdArray z, int d) {
        Fcluster.checkDepth(d);
        double[] zv = LinkageCheck.read(z, true, "inconsistent");
        int n = z.shape(0) + 1;
        return HostResults.float64(z, Inconsistency.statistics(zv, n, d), n - 1, 4);
    }

    /** {@code leaves_list(Z)}. */
    public static NdArray leavesList(NdArray z) {
        double[] zv = LinkageCheck.read(z, false, "leaves_list");
        int n = z.shape(0) + 1;
        return HostResults.int32(z, LeafOrder.leaves(zv, n), n);
    }

    /** {@code is_valid_linkage}: host checks on the fast path, the standard's functions on the portable one. */
    public static boolean isValidLinkage(NdArray z, boolean warning, boolean throwError, String name) {
        String problem = LinkageCheck.shapeProblem(z.dtype(), z.shape(), name);
        if (problem == null) {
            problem = Xp.fastPathsEnabled() && Xp.hostBuffer(z).isPresent()
                    ? LinkageCheck.valueProblem(HostValues.doubles(z, "is_valid_linkage", "Z"), z.shape(0), name)
                    : PortableLinkageCheck.valueProblem(z, name);
        }
        return LinkageCheck.report(problem, warning, throwError, "is_valid_linkage");
    }

    /**
     * {@code cut_tree}: all columns when both selectors are null, else one column per number of clusters or per
     * height.
     */
    public static NdArray cutTree(NdArray z, int[] nClusters, double[] heights) {
        double[] zv = LinkageCheck.read(z, false, "cut_tree");
        int n = z.shape(0) + 1;
        int[] columns;
        if (nClusters != null) {
            columns = new int[nClusters.length];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = n - Math.max(0, Math.min(nClusters[i], n));
            }
        } else if (heights != null) {
            double[] h = CutTree.heights(zv, n);
            columns = new int[heights.length];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = searchLeft(h, heights[i]);
            }
        } else {
            columns = new int[n];
            for (int i = 0; i < n; i++) {
                columns[i] = i;
            }
        }
        return HostResults.int64(z, CutTree.groups(zv, n, columns), n, columns.length);
    }

    /** NumPy's {@code searchsorted(sorted, value, side='left')} (NaN sorts last). */
    private static int searchLeft(double[] sorted, double value) {
        int i = 0;
        while (i < sorted.length && (sorted[i] < value || Double.isNaN(value) && !Double.isNaN(sorted[i]))) {
            i++;
        }
        return i;
    }

    private static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < a.length; i++) {
            double x = b[i] - mb;
            double y = a[i] - ma;
            num += x * y;
            da += x * x;
            db += y * y;
        }
        return num / Math.sqrt(da * db);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
