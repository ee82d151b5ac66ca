package org.xpsci.cluster.internal;

import org.xpsci.cluster.ClusterWarning;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * SciPy's {@code is_valid_linkage} rules for a linkage matrix, in SciPy's words, checked on host values: float64,
 * two-dimensional with 4 columns and at least one row; with two rows or more, no negative ids, distances or
 * counts, no count above the number of observations, no cluster used before it is formed or used twice.
 */
public final class LinkageCheck {

    private LinkageCheck() {
    }

    /** The first violated rule's message about the array's dtype or shape, or null. */
    public static String shapeProblem(DType dtype, int[] shape, String name) {
        String ns = named(name);
        if (dtype != DType.FLOAT64) {
            return "Linkage matrix " + ns + "must contain doubles.";
        }
        if (shape.length != 2) {
            return "Linkage matrix " + ns + "must have shape=2 (i.e. be two-dimensional).";
        }
        if (shape[1] != 4) {
            return "Linkage matrix " + ns + "must have 4 columns.";
        }
        if (shape[0] == 0) {
            return "Linkage must be computed on at least two observations.";
        }
        return null;
    }

    /** The first violated rule's message about the values of a well-shaped matrix ({@code rows} x 4), or null. */
    public static String valueProblem(double[] z, int rows, String name) {
        if (rows < 2) {
            return null;
        }
        String ns = named(name);
        boolean negId = false;
        boolean negDist = false;
        boolean negCount = false;
        boolean excessive = false;
        boolean early = false;
        for (int i = 0; i < rows; i++) {
            double a = z[4 * i];
            double b = z[4 * i + 1];
            negId |= a < 0 || b < 0;
            negDist |= z[4 * i + 2] < 0;
            negCount |= z[4 * i + 3] < 0;
            excessive |= z[4 * i + 3] > rows + 1;
            early |= Math.max(a, b) >= rows + 1 + i;
        }
        if (negId) {
            return "Linkage " + ns + "contains negative indices.";
        }
        if (negDist) {
            return "Linkage " + ns + "contains negative distances.";
        }
        if (negCount) {
            return "Linkage " + ns + "contains negative counts.";
        }
        if (excessive) {
            return "Linkage " + ns + "contains excessive observations in a cluster";
        }
        if (early) {
            return "Linkage " + ns + "uses non-singleton cluster before it is formed.";
        }
        if (distinctIds(z, rows) < 2 * rows) {
            return "Linkage " + ns + "uses the same cluster more than once.";
        }
        return null;
    }

    /**
     * Applies SciPy's {@code warning}/{@code throw} flags to a problem: throws it, warns it (ClusterWarning), and
     * says whether the matrix is valid.
     */
    public static boolean report(String problem, boolean warning, boolean throwError, String function) {
        if (problem == null) {
            return true;
        }
        if (throwError) {
            throw new IllegalArgumentException(problem);
        }
        if (warning) {
            ClusterWarningChannel.warn(ClusterWarning.Category.CLUSTER_WARNING, function, "scipy.cluster: " + problem);
        }
        return false;
    }

    /**
     * The values of a linkage matrix argument, validated as SciPy validates it with {@code throw=True}.
     *
     * @param toFloat64 whether the function converts Z to float64 first (cophenet, inconsistent, fcluster) or
     *                  requires float64 (leaves_list, cut_tree)
     * @throws IllegalArgumentException naming the violated rule
     */
    public static double[] read(NdArray z, boolean toFloat64, String function) {
        HostValues.requireHost(z, function, "Z");
        DType dtype = toFloat64 && !z.dtype().isComplexFloating() ? DType.FLOAT64 : z.dtype();
        report(shapeProblem(dtype, z.shape(), "Z"), false, true, function);
        double[] v = HostValues.doubles(z, function, "Z");
        int rows = z.shape(0);
        report(valueProblem(v, rows, "Z"), false, true, function);
        if (rows == 1 && !(v[0] + v[1] == 1 && Math.min(v[0], v[1]) == 0)) {
            throw new IllegalArgumentException(function + ": a one-row linkage matrix must join observations 0"
                    + " and 1; got ids " + v[0] + " and " + v[1]);
        }
        return v;
    }

    private static int distinctIds(double[] z, int rows) {
        double[] ids = new double[2 * rows];
        for (int i = 0; i < rows; i++) {
            ids[2 * i] = z[4 * i];
            ids[2 * i + 1] = z[4 * i + 1];
        }
        java.util.Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || Double.compare(ids[i], ids[i - 1]) != 0) {
                distinct++;
            }
        }
        return distinct;
    }

    private static String named(String name) {
        return name == null || name.isEmpty() ? "" : "'" + name + "' ";
    }
}
