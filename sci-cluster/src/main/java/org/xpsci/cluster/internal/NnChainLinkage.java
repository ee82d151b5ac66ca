package org.xpsci.cluster.internal;

/**
 * The nearest-neighbour chain algorithm (SciPy's {@code nn_chain}) for the reducible methods: complete,
 * average, weighted and ward. O(n^2) time, in place on the condensed distances; scans visit only the
 * live clusters, in ascending order, so ties resolve as in SciPy.
 */
final class NnChainLinkage {

    private NnChainLinkage() {
    }

    /**
     * The linkage matrix ((n-1) x 4, row-major) of the condensed distances of n observations; {@code dists} is
     * the working matrix and is overwritten.
     */
    static double[] run(double[] dists, int n, DistanceUpdate update) {
        double[] z = new double[(n - 1) * 4];
        double[] d = dists;
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        ActiveClusters live = new ActiveClusters(n);
        int[] chain = new int[n];
        double[] found = new double[1];
        int length = 0;
        for (int k = 0; k < n - 1; k++) {
            if (length == 0) {
                chain[0] = live.get(0);
                length = 1;
            }
            int x;
            int y;
            double min;
            while (true) {
                x = chain[length - 1];
                // prefer the previous element of the chain as the minimum, so the chain cannot cycle
                int previous = length > 1 ? chain[length - 2] : -1;
                double bound = length > 1 ? d[live.index(x, previous)] : Double.POSITIVE_INFINITY;
                y = live.nearest(d, x, bound, previous, found);
                min = found[0];
                if (y < 0) {
                    throw new IllegalArgumentException("linkage: no finite distance is left between the clusters;"
                            + " the distances are too large for the update formula (their squares overflow float64)");
                }
                if (length > 1 && y == previous) {
                    break;
                }
                chain[length++] = y;
            }
            length -= 2;
            if (x > y) {
                int t = x;
                x = y;
                y = t;
            }
            int nx = size[x];
            int ny = size[y];
            z[4 * k] = x;
            z[4 * k + 1] = y;
            z[4 * k + 2] = min;
            z[4 * k + 3] = nx + ny;
            size[x] = 0;
            size[y] = nx + ny;
            live.remove(x);
            for (int p = 0; p < live.count(); p++) {
                int i = live.get(p);
                if (i == y) {
                    continue;
                }
                int iy = live.index(i, y);
                d[iy] = update.apply(d[live.index(i, x)], d[iy], min, nx, ny, size[i]);
            }
        }
        return LinkageRows.sortAndLabel(z, n);
    }
}
