package org.xpsci.cluster.internal;

/**
 * Single linkage through Prim's minimum spanning tree over the condensed distances (SciPy's
 * {@code mst_single_linkage}): O(n^2) time, O(n) extra memory.
 */
final class MstLinkage {

    private MstLinkage() {
    }

    /** The linkage matrix ((n-1) x 4, row-major) of the condensed distances of n observations. */
    static double[] run(double[] dists, int n) {
        double[] z = new double[(n - 1) * 4];
        boolean[] merged = new boolean[n];
        double[] d = new double[n];
        java.util.Arrays.fill(d, Double.POSITIVE_INFINITY);
        int[] rowStart = new int[n];
        for (int i = 0; i < n; i++) {
            rowStart[i] = (int) Condensed.rowStart(n, i);
        }
        int x = 0;
        int y = 0;
        for (int k = 0; k < n - 1; k++) {
            double min = Double.POSITIVE_INFINITY;
            merged[x] = true;
            int below = x - 1;
            int above = rowStart[x] - x - 1;
            for (int i = 0; i < n; i++) {
                if (merged[i]) {
                    continue;
                }
                double dist = dists[i < x ? rowStart[i] + (below - i) : above + i];
                if (d[i] > dist) {
                    d[i] = dist;
                }
                if (d[i] < min) {
                    y = i;
                    min = d[i];
                }
            }
            z[4 * k] = x;
            z[4 * k + 1] = y;
            z[4 * k + 2] = min;
            x = y;
        }
        return LinkageRows.sortAndLabel(z, n);
    }
}
