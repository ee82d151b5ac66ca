package org.xpsci.cluster.internal;

/**
 * The nearest-neighbour chain algorithm (SciPy's {@code nn_chain}) for the reducible methods: complete,
 * average, weighted and ward. O(n^2) time on a private copy of the condensed distances.
 */
final class NnChainLinkage {

    private NnChainLinkage() {
    }

    /** The linkage matrix ((n-1) x 4, row-major) of the condensed distances of n observations. */
    static double[] run(double[] dists, int n, DistanceUpdate update) {
        double[] z = new double[(n - 1) * 4];
        double[] d = dists.clone();
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        int[] chain = new int[n];
        int length = 0;
        int x = 0;
        int y = 0;
        for (int k = 0; k < n - 1; k++) {
            if (length == 0) {
                length = 1;
                chain[0] = firstAlive(size);
            }
            double min;
            while (true) {
                x = chain[length - 1];
                // prefer the previous element of the chain as the minimum, so the chain cannot cycle
                if (length > 1) {
                    y = chain[length - 2];
                    min = d[(int) Condensed.index(n, x, y)];
                } else {
                    min = Double.POSITIVE_INFINITY;
                }
                for (int i = 0; i < n; i++) {
                    if (size[i] == 0 || i == x) {
                        continue;
                    }
                    double dist = d[(int) Condensed.index(n, x, i)];
                    if (dist < min) {
                        min = dist;
                        y = i;
                    }
                }
                if (length > 1 && y == chain[length - 2]) {
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
            for (int i = 0; i < n; i++) {
                int ni = size[i];
                if (ni == 0 || i == y) {
                    continue;
                }
                int iy = (int) Condensed.index(n, i, y);
                d[iy] = update.apply(d[(int) Condensed.index(n, i, x)], d[iy], min, nx, ny, ni);
            }
        }
        return LinkageRows.sortAndLabel(z, n);
    }

    private static int firstAlive(int[] size) {
        for (int i = 0; i < size.length; i++) {
            if (size[i] > 0) {
                return i;
            }
        }
        return 0;
    }
}
