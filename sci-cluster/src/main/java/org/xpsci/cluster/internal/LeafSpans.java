package org.xpsci.cluster.internal;

/**
 * Where each node of a linkage tree sits in the leaf order: in {@link LeafOrder} every cluster's observations
 * are contiguous, {@code leaves[start[node] .. start[node] + size[node])}. Nodes are numbered as in the linkage
 * matrix (observations 0..n-1, row r is node n + r).
 *
 * @param leaves the observations in leaf order
 * @param size   the number of observations under each node
 * @param start  the position of each node's first observation in {@code leaves}
 */
record LeafSpans(int[] leaves, int[] size, int[] start) {

    /** The spans of a valid linkage matrix {@code z} of n observations. */
    static LeafSpans of(double[] z, int n) {
        int[] size = new int[2 * n - 1];
        int[] start = new int[2 * n - 1];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
        }
        for (int r = 0; r < n - 1; r++) {
            size[n + r] = size[(int) z[4 * r]] + size[(int) z[4 * r + 1]];
        }
        for (int r = n - 2; r >= 0; r--) {
            int left = (int) z[4 * r];
            start[left] = start[n + r];
            start[(int) z[4 * r + 1]] = start[n + r] + size[left];
        }
        return new LeafSpans(LeafOrder.leaves(z, n), size, start);
    }
}
