package org.xpsci.cluster.internal;

/**
 * Müllner's generic clustering algorithm (SciPy's {@code fast_linkage}), used for the non-reducible methods
 * centroid and median: nearest-neighbour candidates with lower bounds kept in a heap. O(n^2) typical,
 * O(n^3) worst-case time, in place on the condensed distances.
 */
final class GenericLinkage {

    private GenericLinkage() {
    }

    /**
     * The linkage matrix ((n-1) x 4, row-major) of the condensed distances of n observations; {@code dists} is
     * the working matrix and is overwritten.
     */
    static double[] run(double[] dists, int n, DistanceUpdate update) {
        double[] z = new double[(n - 1) * 4];
        double[] d = dists;
        int[] size = new int[n];
        int[] clusterId = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            clusterId[i] = i;
        }
        int[] neighbor = new int[n - 1];
        double[] minDist = new double[n - 1];
        for (int x = 0; x < n - 1; x++) {
            nearest(n, d, size, x, neighbor, minDist);
        }
        MinHeap heap = new MinHeap(minDist);
        for (int k = 0; k < n - 1; k++) {
            int x = 0;
            int y = 0;
            double dist = 0;
            for (int i = 0; i < n - k; i++) {
                x = heap.minKey();
                dist = heap.minValue();
                y = neighbor[x];
                if (dist == d[(int) Condensed.index(n, x, y)]) {
                    break;
                }
                nearest(n, d, size, x, neighbor, minDist);
                y = neighbor[x];
                dist = minDist[x];
                heap.changeValue(x, dist);
            }
            heap.removeMin();
            merge(z, k, n, x, y, dist, d, size, clusterId, update);
            reassign(n, d, size, x, y, neighbor, minDist, heap);
        }
        return z;
    }

    private static void merge(double[] z, int k, int n, int x, int y, double dist, double[] d, int[] size,
                              int[] clusterId, DistanceUpdate update) {
        int idX = clusterId[x];
        int idY = clusterId[y];
        int nx = size[x];
        int ny = size[y];
        z[4 * k] = Math.min(idX, idY);
        z[4 * k + 1] = Math.max(idX, idY);
        z[4 * k + 2] = dist;
        z[4 * k + 3] = nx + ny;
        size[x] = 0;
        size[y] = nx + ny;
        clusterId[y] = n + k;
        for (int i = 0; i < n; i++) {
            int ni = size[i];
            if (ni == 0 || i == y) {
                continue;
            }
            int iy = (int) Condensed.index(n, i, y);
            d[iy] = update.apply(d[(int) Condensed.index(n, i, x)], d[iy], dist, nx, ny, ni);
        }
    }

    private static void reassign(int n, double[] d, int[] size, int x, int y, int[] neighbor, double[] minDist,
                                 MinHeap heap) {
        // candidates that pointed at x now point at the merged cluster y (a guess the heap loop verifies)
        for (int i = 0; i < x; i++) {
            if (size[i] > 0 && neighbor[i] == x) {
                neighbor[i] = y;
            }
        }
        for (int i = 0; i < y; i++) {
            if (size[i] == 0) {
                continue;
            }
            double dist = d[(int) Condensed.index(n, i, y)];
            if (dist < minDist[i]) {
                neighbor[i] = y;
                minDist[i] = dist;
                heap.changeValue(i, dist);
            }
        }
        if (y < n - 1) {
            nearest(n, d, size, y, neighbor, minDist);
            heap.changeValue(y, minDist[y]);
        }
    }

    /** The nearest live cluster above {@code x} and its distance, stored in neighbor/minDist. */
    private static void nearest(int n, double[] d, int[] size, int x, int[] neighbor, double[] minDist) {
        double min = Double.POSITIVE_INFINITY;
        int y = -1;
        long start = Condensed.rowStart(n, x) - x - 1;
        for (int i = x + 1; i < n; i++) {
            if (size[i] == 0) {
                continue;
            }
            double dist = d[(int) (start + i)];
            if (dist < min) {
                min = dist;
                y = i;
            }
        }
        if (y == -1) {
            throw new IllegalArgumentException("find_min_dist cannot find any neighbors closer than inf away. Check"
                    + " that distances contain no negative/infinite/NaN entries. (linkage: the centroid and median"
                    + " updates give NaN for distances that are not Euclidean)");
        }
        neighbor[x] = y;
        minDist[x] = min;
    }
}
