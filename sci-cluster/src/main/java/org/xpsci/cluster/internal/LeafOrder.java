package org.xpsci.cluster.internal;

/**
 * The leaves of a linkage tree from left to right (SciPy's {@code prelist}, behind {@code leaves_list}): a
 * pre-order walk from the root that visits each node's first column before its second.
 */
public final class LeafOrder {

    private LeafOrder() {
    }

    /** The observation ids in leaf order, for a valid linkage matrix {@code z} of n observations. */
    public static int[] leaves(double[] z, int n) {
        int[] members = new int[n];
        int[] stack = new int[n];
        boolean[] visited = new boolean[2 * n - 1];
        int count = 0;
        int k = 0;
        stack[0] = 2 * n - 2;
        walk:
        while (k >= 0) {
            int root = stack[k] - n;
            for (int side = 0; side < 2; side++) {
                int child = (int) z[4 * root + side];
                if (!visited[child]) {
                    visited[child] = true;
                    if (child >= n) {
                        stack[++k] = child;
                        continue walk;
                    }
                    members[count++] = child;
                }
            }
            k--;
        }
        return members;
    }
}
