package org.xpsci.cluster.internal;

/**
 * The clusters still alive during agglomeration, in ascending order (so scans meet them in the order SciPy's
 * loops over all n slots do, and ties resolve the same way), with the condensed-matrix position of every pair.
 */
final class ActiveClusters {

    private final int n;
    private final int[] rowStart;
    private final int[] ids;
    private int count;

    ActiveClusters(int n) {
        this.n = n;
        this.rowStart = new int[n];
        this.ids = new int[n];
        for (int i = 0; i < n; i++) {
            rowStart[i] = (int) Condensed.rowStart(n, i);
            ids[i] = i;
        }
        this.count = n;
    }

    /** The number of live clusters. */
    int count() {
        return count;
    }

    /** The p-th live cluster in ascending order. */
    int get(int p) {
        return ids[p];
    }

    /** The position of pair (i, j), i != j, in the condensed matrix. */
    int index(int i, int j) {
        return i < j ? rowStart[i] + (j - i - 1) : rowStart[j] + (i - j - 1);
    }

    /** Removes a live cluster. */
    void remove(int x) {
        int p = java.util.Arrays.binarySearch(ids, 0, count, x);
        System.arraycopy(ids, p + 1, ids, p, count - p - 1);
        count--;
    }

    /**
     * The live cluster nearest to {@code x} (smallest index on ties) among those other than x, if closer than
     * {@code bound}; else {@code fallback}. The nearest distance is left in {@code dist[0]} (bound if none).
     */
    int nearest(double[] d, int x, double bound, int fallback, double[] dist) {
        double min = bound;
        int y = fallback;
        int p = 0;
        for (; p < count; p++) {
            int i = ids[p];
            if (i >= x) {
                break;
            }
            double v = d[rowStart[i] + (x - i - 1)];
            if (v < min) {
                min = v;
                y = i;
            }
        }
        int base = rowStart[x] - x - 1;
        for (; p < count; p++) {
            int i = ids[p];
            if (i == x) {
                continue;
            }
            double v = d[base + i];
            if (v < min) {
                min = v;
                y = i;
            }
        }
        dist[0] = min;
        return y;
    }

    /** The number of observations. */
    int observations() {
        return n;
    }
}
