package org.xpsci.cluster.internal;

/**
 * Flat clusters cut from a linkage tree (SciPy's {@code cluster_monocrit}, {@code cluster_maxclust_monocrit},
 * {@code get_max_dist_for_each_cluster} and {@code get_max_Rfield_for_each_cluster}, behind {@code fcluster}).
 * Labels run from 1 in the order a depth-first walk from the root meets the clusters, first column first.
 */
public final class FlatClusters {

    private FlatClusters() {
    }

    /**
     * For each node, the maximum of {@code values} over the node and its non-singleton descendants.
     *
     * @param values one value per row of z
     */
    public static double[] maxBelow(double[] z, int n, double[] values) {
        double[] out = new double[n - 1];
        for (int r = 0; r < n - 1; r++) {
            double max = values[r];
            int left = (int) z[4 * r];
            int right = (int) z[4 * r + 1];
            if (left >= n && out[left - n] > max) {
                max = out[left - n];
            }
            if (right >= n && out[right - n] > max) {
                max = out[right - n];
            }
            out[r] = max;
        }
        return out;
    }

    /** Column {@code c} of a row-major matrix with 4 columns and {@code rows} rows. */
    public static double[] column(double[] m, int rows, int c) {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = m[4 * i + c];
        }
        return v;
    }

    /**
     * Labels from 1: each maximal subtree whose node value {@code mc} is at most {@code cutoff} is one cluster,
     * every other observation a singleton.
     */
    public static int[] monocrit(double[] z, int n, double[] mc, double cutoff) {
        int[] t = new int[n];
        int[] stack = new int[n];
        boolean[] visited = new boolean[2 * n - 1];
        int clusters = 0;
        int leader = -1;
        int k = 0;
        stack[0] = 2 * n - 2;
        while (k >= 0) {
            int root = stack[k] - n;
            int left = (int) z[4 * root];
            int right = (int) z[4 * root + 1];
            if (leader == -1 && mc[root] <= cutoff) {
                leader = root;
                clusters++;
            }
            if (left >= n && !visited[left]) {
                visited[left] = true;
                stack[++k] = left;
                continue;
            }
            if (right >= n && !visited[right]) {
                visited[right] = true;
                stack[++k] = right;
                continue;
            }
            if (left < n) {
                if (leader == -1) {
                    clusters++;
                }
                t[left] = clusters;
            }
            if (right < n) {
                if (leader == -1) {
                    clusters++;
                }
                t[right] = clusters;
            }
            if (leader == root) {
                leader = -1;
            }
            k--;
        }
        return t;
    }

    /**
     * Labels from 1 with at most {@code maxClusters} clusters: the {@link #monocrit} cut at the smallest value of
     * {@code mc} that gives no more clusters (found by bisection over mc, which must be sorted ascending as the
     * maxima below each node of a monotone tree are).
     */
    public static int[] maxclustMonocrit(double[] z, int n, double[] mc, int maxClusters) {
        if (maxClusters >= n) {
            int[] t = new int[n];
            for (int i = 0; i < n; i++) {
                t[i] = i + 1;
            }
            return t;
        }
        int lower = -1;
        int upper = n - 1;
        while (upper - lower > 1) {
            int i = (lower + upper) >> 1;
            if (countClusters(z, n, mc, mc[i], maxClusters) > maxClusters) {
                lower = i;
            } else {
                upper = i;
            }
        }
        return monocrit(z, n, mc, mc[Math.min(upper, n - 2)]);
    }

    /** The number of clusters a cut at {@code thresh} gives, counting stopped once it passes {@code limit}. */
    private static int countClusters(double[] z, int n, double[] mc, double thresh, int limit) {
        int[] stack = new int[n];
        boolean[] visited = new boolean[2 * n - 1];
        int clusters = 0;
        int k = 0;
        stack[0] = 2 * n - 2;
        walk:
        while (k >= 0) {
            int root = stack[k] - n;
            if (mc[root] <= thresh) {
                if (++clusters > limit) {
                    return clusters;
                }
                k--;
                visited[(int) z[4 * root]] = true;
                visited[(int) z[4 * root + 1]] = true;
                continue;
            }
            for (int side = 0; side < 2; side++) {
                int child = (int) z[4 * root + side];
                if (!visited[child]) {
                    visited[child] = true;
                    if (child >= n) {
                        stack[++k] = child;
                        continue walk;
                    }
                    if (++clusters > limit) {
                        return clusters;
                    }
                }
            }
            k--;
        }
        return clusters;
    }
}
